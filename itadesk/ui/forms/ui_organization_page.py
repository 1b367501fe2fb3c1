# Generated from forms/organization_page.ui by tools/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organization_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from itadesk.ui.widgets import (AutoTextEdit, UnitsEditor)

class Ui_OrganizationPage(object):
    def setupUi(self, OrganizationPage):
        if not OrganizationPage.objectName():
            OrganizationPage.setObjectName(u"OrganizationPage")
        self.pageLayout = QVBoxLayout(OrganizationPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(OrganizationPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.body = QWidget()
        self.body.setObjectName(u"body")
        self.columns = QHBoxLayout(self.body)
        self.columns.setSpacing(12)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.orgBox = QGroupBox(self.body)
        self.orgBox.setObjectName(u"orgBox")
        self.orgForm = QFormLayout(self.orgBox)
        self.orgForm.setObjectName(u"orgForm")
        self.nameLabel = QLabel(self.orgBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.orgForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.orgBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.orgForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.typeLabel = QLabel(self.orgBox)
        self.typeLabel.setObjectName(u"typeLabel")

        self.orgForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(self.orgBox)
        self.typeCombo.setObjectName(u"typeCombo")

        self.orgForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.districtLabel = QLabel(self.orgBox)
        self.districtLabel.setObjectName(u"districtLabel")

        self.orgForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.districtLabel)

        self.districtEdit = QLineEdit(self.orgBox)
        self.districtEdit.setObjectName(u"districtEdit")

        self.orgForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.districtEdit)

        self.provinceLabel = QLabel(self.orgBox)
        self.provinceLabel.setObjectName(u"provinceLabel")

        self.orgForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.provinceLabel)

        self.provinceEdit = QLineEdit(self.orgBox)
        self.provinceEdit.setObjectName(u"provinceEdit")

        self.orgForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.provinceEdit)

        self.orgMessage = QLabel(self.orgBox)
        self.orgMessage.setObjectName(u"orgMessage")
        self.orgMessage.setWordWrap(True)

        self.orgForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.orgMessage)


        self.leftColumn.addWidget(self.orgBox)

        self.unitsBox = QGroupBox(self.body)
        self.unitsBox.setObjectName(u"unitsBox")
        self.unitsLayout = QVBoxLayout(self.unitsBox)
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.unitsHint = QLabel(self.unitsBox)
        self.unitsHint.setObjectName(u"unitsHint")
        self.unitsHint.setWordWrap(True)

        self.unitsLayout.addWidget(self.unitsHint)

        self.unitsEditor = UnitsEditor(self.unitsBox)
        self.unitsEditor.setObjectName(u"unitsEditor")

        self.unitsLayout.addWidget(self.unitsEditor)


        self.leftColumn.addWidget(self.unitsBox)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.reportBox = QGroupBox(self.body)
        self.reportBox.setObjectName(u"reportBox")
        self.reportLayout = QVBoxLayout(self.reportBox)
        self.reportLayout.setObjectName(u"reportLayout")
        self.titleLabel = QLabel(self.reportBox)
        self.titleLabel.setObjectName(u"titleLabel")

        self.reportLayout.addWidget(self.titleLabel)

        self.titleEdit = AutoTextEdit(self.reportBox)
        self.titleEdit.setObjectName(u"titleEdit")

        self.reportLayout.addWidget(self.titleEdit)

        self.signatoriesLabel = QLabel(self.reportBox)
        self.signatoriesLabel.setObjectName(u"signatoriesLabel")

        self.reportLayout.addWidget(self.signatoriesLabel)

        self.signatoriesTable = QTableWidget(self.reportBox)
        if (self.signatoriesTable.columnCount() < 3):
            self.signatoriesTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.signatoriesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.signatoriesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.signatoriesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.signatoriesTable.setObjectName(u"signatoriesTable")
        self.signatoriesTable.setMinimumHeight(100)
        self.signatoriesTable.setMaximumHeight(240)

        self.reportLayout.addWidget(self.signatoriesTable)

        self.signatoryButtons = QHBoxLayout()
        self.signatoryButtons.setObjectName(u"signatoryButtons")
        self.addSignatoryButton = QPushButton(self.reportBox)
        self.addSignatoryButton.setObjectName(u"addSignatoryButton")

        self.signatoryButtons.addWidget(self.addSignatoryButton)

        self.removeSignatoryButton = QPushButton(self.reportBox)
        self.removeSignatoryButton.setObjectName(u"removeSignatoryButton")

        self.signatoryButtons.addWidget(self.removeSignatoryButton)

        self.sigStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signatoryButtons.addItem(self.sigStretch)


        self.reportLayout.addLayout(self.signatoryButtons)


        self.rightColumn.addWidget(self.reportBox)

        self.logoBox = QGroupBox(self.body)
        self.logoBox.setObjectName(u"logoBox")
        self.logoLayout = QHBoxLayout(self.logoBox)
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoPreview = QLabel(self.logoBox)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(110, 110))
        self.logoPreview.setMaximumSize(QSize(110, 110))
        self.logoPreview.setFrameShape(QFrame.StyledPanel)
        self.logoPreview.setAlignment(Qt.AlignCenter)

        self.logoLayout.addWidget(self.logoPreview)

        self.logoButtons = QVBoxLayout()
        self.logoButtons.setObjectName(u"logoButtons")
        self.chooseLogoButton = QPushButton(self.logoBox)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")

        self.logoButtons.addWidget(self.chooseLogoButton)

        self.removeLogoButton = QPushButton(self.logoBox)
        self.removeLogoButton.setObjectName(u"removeLogoButton")

        self.logoButtons.addWidget(self.removeLogoButton)

        self.logoHint = QLabel(self.logoBox)
        self.logoHint.setObjectName(u"logoHint")
        self.logoHint.setWordWrap(True)

        self.logoButtons.addWidget(self.logoHint)

        self.logoStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.logoButtons.addItem(self.logoStretch)


        self.logoLayout.addLayout(self.logoButtons)


        self.rightColumn.addWidget(self.logoBox)

        self.printBox = QGroupBox(self.body)
        self.printBox.setObjectName(u"printBox")
        self.printForm = QFormLayout(self.printBox)
        self.printForm.setObjectName(u"printForm")
        self.digitsLabel = QLabel(self.printBox)
        self.digitsLabel.setObjectName(u"digitsLabel")

        self.printForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.digitsLabel)

        self.digitsRow = QHBoxLayout()
        self.digitsRow.setObjectName(u"digitsRow")
        self.thaiDigitsRadio = QRadioButton(self.printBox)
        self.thaiDigitsRadio.setObjectName(u"thaiDigitsRadio")
        self.thaiDigitsRadio.setChecked(True)

        self.digitsRow.addWidget(self.thaiDigitsRadio)

        self.arabicDigitsRadio = QRadioButton(self.printBox)
        self.arabicDigitsRadio.setObjectName(u"arabicDigitsRadio")

        self.digitsRow.addWidget(self.arabicDigitsRadio)

        self.digitsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.digitsRow.addItem(self.digitsStretch)


        self.printForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.digitsRow)

        self.fontLabel = QLabel(self.printBox)
        self.fontLabel.setObjectName(u"fontLabel")

        self.printForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fontLabel)

        self.fontColumn = QVBoxLayout()
        self.fontColumn.setObjectName(u"fontColumn")
        self.fontName = QLabel(self.printBox)
        self.fontName.setObjectName(u"fontName")
        self.fontName.setWordWrap(True)

        self.fontColumn.addWidget(self.fontName)

        self.fontButtons = QHBoxLayout()
        self.fontButtons.setObjectName(u"fontButtons")
        self.chooseFontButton = QPushButton(self.printBox)
        self.chooseFontButton.setObjectName(u"chooseFontButton")

        self.fontButtons.addWidget(self.chooseFontButton)

        self.defaultFontButton = QPushButton(self.printBox)
        self.defaultFontButton.setObjectName(u"defaultFontButton")

        self.fontButtons.addWidget(self.defaultFontButton)

        self.fontStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fontButtons.addItem(self.fontStretch)


        self.fontColumn.addLayout(self.fontButtons)


        self.printForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fontColumn)

        self.compactLabel = QLabel(self.printBox)
        self.compactLabel.setObjectName(u"compactLabel")

        self.printForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.compactLabel)

        self.compactCheck = QCheckBox(self.printBox)
        self.compactCheck.setObjectName(u"compactCheck")

        self.printForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.compactCheck)


        self.rightColumn.addWidget(self.printBox)

        self.rightStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightStretch)


        self.columns.addLayout(self.rightColumn)

        self.scroll.setWidget(self.body)

        self.pageLayout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.districtLabel.setBuddy(self.districtEdit)
        self.provinceLabel.setBuddy(self.provinceEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.compactLabel.setBuddy(self.compactCheck)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.districtEdit)
        QWidget.setTabOrder(self.districtEdit, self.provinceEdit)
        QWidget.setTabOrder(self.provinceEdit, self.unitsEditor)
        QWidget.setTabOrder(self.unitsEditor, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.signatoriesTable)
        QWidget.setTabOrder(self.signatoriesTable, self.addSignatoryButton)
        QWidget.setTabOrder(self.addSignatoryButton, self.removeSignatoryButton)
        QWidget.setTabOrder(self.removeSignatoryButton, self.chooseLogoButton)
        QWidget.setTabOrder(self.chooseLogoButton, self.removeLogoButton)
        QWidget.setTabOrder(self.removeLogoButton, self.thaiDigitsRadio)
        QWidget.setTabOrder(self.thaiDigitsRadio, self.arabicDigitsRadio)
        QWidget.setTabOrder(self.arabicDigitsRadio, self.chooseFontButton)
        QWidget.setTabOrder(self.chooseFontButton, self.defaultFontButton)

        self.retranslateUi(OrganizationPage)
    # setupUi

    def retranslateUi(self, OrganizationPage):
        self.orgBox.setTitle(QCoreApplication.translate("OrganizationPage", u"\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19", None))
        self.nameLabel.setText(QCoreApplication.translate("OrganizationPage", u"\u0e0a\u0e37\u0e48\u0e2d\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("OrganizationPage", u"\u0e40\u0e0a\u0e48\u0e19 \u0e40\u0e17\u0e28\u0e1a\u0e32\u0e25\u0e15\u0e33\u0e1a\u0e25\u0e02\u0e32\u0e21\u0e17\u0e30\u0e40\u0e25\u0e2a\u0e2d", None))
        self.typeLabel.setText(QCoreApplication.translate("OrganizationPage", u"\u0e1b\u0e23\u0e30\u0e40\u0e20\u0e17", None))
        self.districtLabel.setText(QCoreApplication.translate("OrganizationPage", u"\u0e2d\u0e33\u0e40\u0e20\u0e2d", None))
        self.districtEdit.setPlaceholderText(QCoreApplication.translate("OrganizationPage", u"\u0e44\u0e21\u0e48\u0e15\u0e49\u0e2d\u0e07\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e04\u0e33\u0e27\u0e48\u0e32 \u201c\u0e2d\u0e33\u0e40\u0e20\u0e2d\u201d", None))
        self.provinceLabel.setText(QCoreApplication.translate("OrganizationPage", u"\u0e08\u0e31\u0e07\u0e2b\u0e27\u0e31\u0e14", None))
        self.provinceEdit.setPlaceholderText(QCoreApplication.translate("OrganizationPage", u"\u0e44\u0e21\u0e48\u0e15\u0e49\u0e2d\u0e07\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e04\u0e33\u0e27\u0e48\u0e32 \u201c\u0e08\u0e31\u0e07\u0e2b\u0e27\u0e31\u0e14\u201d", None))
        self.unitsBox.setTitle(QCoreApplication.translate("OrganizationPage", u"\u0e01\u0e2d\u0e07 / \u0e2a\u0e48\u0e27\u0e19\u0e23\u0e32\u0e0a\u0e01\u0e32\u0e23\u0e43\u0e19\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19", None))
        self.unitsHint.setText(QCoreApplication.translate("OrganizationPage", u"\u0e23\u0e32\u0e22\u0e0a\u0e37\u0e48\u0e2d\u0e19\u0e35\u0e49\u0e43\u0e0a\u0e49\u0e40\u0e25\u0e37\u0e2d\u0e01\u0e1c\u0e39\u0e49\u0e23\u0e31\u0e1a\u0e1c\u0e34\u0e14\u0e0a\u0e2d\u0e1a\u0e02\u0e2d\u0e07\u0e41\u0e15\u0e48\u0e25\u0e30\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23 \u0e14\u0e31\u0e1a\u0e40\u0e1a\u0e34\u0e25\u0e04\u0e25\u0e34\u0e01\u0e17\u0e35\u0e48\u0e0a\u0e37\u0e48\u0e2d\u0e40\u0e1e\u0e37\u0e48\u0e2d\u0e41\u0e01\u0e49\u0e44\u0e02", None))
        self.reportBox.setTitle(QCoreApplication.translate("OrganizationPage", u"\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e1b\u0e35\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13\u0e19\u0e35\u0e49", None))
        self.titleLabel.setText(QCoreApplication.translate("OrganizationPage", u"\u0e0a\u0e37\u0e48\u0e2d\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19 (\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e1a\u0e19\u0e2b\u0e19\u0e49\u0e32\u0e1b\u0e01\u0e41\u0e25\u0e30\u0e2b\u0e31\u0e27\u0e15\u0e32\u0e23\u0e32\u0e07)", None))
        self.signatoriesLabel.setText(QCoreApplication.translate("OrganizationPage", u"\u0e1c\u0e39\u0e49\u0e25\u0e07\u0e19\u0e32\u0e21\u0e17\u0e49\u0e32\u0e22\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19 (\u0e44\u0e21\u0e48\u0e1a\u0e31\u0e07\u0e04\u0e31\u0e1a \u0e40\u0e27\u0e49\u0e19\u0e27\u0e48\u0e32\u0e07\u0e44\u0e14\u0e49)", None))
        ___qtablewidgetitem = self.signatoriesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("OrganizationPage", u"\u0e2b\u0e19\u0e49\u0e32\u0e17\u0e35\u0e48", None))
        ___qtablewidgetitem1 = self.signatoriesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("OrganizationPage", u"\u0e0a\u0e37\u0e48\u0e2d-\u0e2a\u0e01\u0e38\u0e25", None))
        ___qtablewidgetitem2 = self.signatoriesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("OrganizationPage", u"\u0e15\u0e33\u0e41\u0e2b\u0e19\u0e48\u0e07", None))
        self.addSignatoryButton.setText(QCoreApplication.translate("OrganizationPage", u"\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e1c\u0e39\u0e49\u0e25\u0e07\u0e19\u0e32\u0e21", None))
        self.removeSignatoryButton.setText(QCoreApplication.translate("OrganizationPage", u"\u0e25\u0e1a\u0e1c\u0e39\u0e49\u0e25\u0e07\u0e19\u0e32\u0e21\u0e17\u0e35\u0e48\u0e40\u0e25\u0e37\u0e2d\u0e01", None))
        self.logoBox.setTitle(QCoreApplication.translate("OrganizationPage", u"\u0e15\u0e23\u0e32\u0e2a\u0e31\u0e0d\u0e25\u0e31\u0e01\u0e29\u0e13\u0e4c\u0e02\u0e2d\u0e07\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19 (\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e1a\u0e19\u0e2b\u0e19\u0e49\u0e32\u0e1b\u0e01)", None))
        self.chooseLogoButton.setText(QCoreApplication.translate("OrganizationPage", u"\u0e40\u0e25\u0e37\u0e2d\u0e01\u0e23\u0e39\u0e1b\u0e15\u0e23\u0e32\u0e2a\u0e31\u0e0d\u0e25\u0e31\u0e01\u0e29\u0e13\u0e4c\u2026", None))
        self.removeLogoButton.setText(QCoreApplication.translate("OrganizationPage", u"\u0e44\u0e21\u0e48\u0e43\u0e0a\u0e49\u0e23\u0e39\u0e1b", None))
        self.logoHint.setText(QCoreApplication.translate("OrganizationPage", u"\u0e43\u0e0a\u0e49\u0e44\u0e1f\u0e25\u0e4c\u0e23\u0e39\u0e1b PNG \u0e2b\u0e23\u0e37\u0e2d JPG", None))
        self.printBox.setTitle(QCoreApplication.translate("OrganizationPage", u"\u0e01\u0e32\u0e23\u0e1e\u0e34\u0e21\u0e1e\u0e4c", None))
        self.digitsLabel.setText(QCoreApplication.translate("OrganizationPage", u"\u0e15\u0e31\u0e27\u0e40\u0e25\u0e02\u0e43\u0e19\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19", None))
        self.thaiDigitsRadio.setText(QCoreApplication.translate("OrganizationPage", u"\u0e40\u0e25\u0e02\u0e44\u0e17\u0e22 (\u0e51 \u0e52 \u0e53)", None))
        self.arabicDigitsRadio.setText(QCoreApplication.translate("OrganizationPage", u"\u0e40\u0e25\u0e02\u0e2d\u0e32\u0e23\u0e1a\u0e34\u0e01 (1 2 3)", None))
        self.fontLabel.setText(QCoreApplication.translate("OrganizationPage", u"\u0e41\u0e1a\u0e1a\u0e2d\u0e31\u0e01\u0e29\u0e23", None))
        self.chooseFontButton.setText(QCoreApplication.translate("OrganizationPage", u"\u0e40\u0e25\u0e37\u0e2d\u0e01\u0e44\u0e1f\u0e25\u0e4c\u0e41\u0e1a\u0e1a\u0e2d\u0e31\u0e01\u0e29\u0e23\u2026", None))
#if QT_CONFIG(tooltip)
        self.chooseFontButton.setToolTip(QCoreApplication.translate("OrganizationPage", u"\u0e40\u0e0a\u0e48\u0e19 TH SarabunIT\u0e59 \u0e2b\u0e23\u0e37\u0e2d TH Sarabun New (.ttf) \u0e17\u0e35\u0e48\u0e21\u0e35\u0e43\u0e19\u0e40\u0e04\u0e23\u0e37\u0e48\u0e2d\u0e07", None))
#endif // QT_CONFIG(tooltip)
        self.defaultFontButton.setText(QCoreApplication.translate("OrganizationPage", u"\u0e43\u0e0a\u0e49\u0e41\u0e1a\u0e1a\u0e2d\u0e31\u0e01\u0e29\u0e23\u0e02\u0e2d\u0e07\u0e42\u0e1b\u0e23\u0e41\u0e01\u0e23\u0e21", None))
        self.compactLabel.setText(QCoreApplication.translate("OrganizationPage", u"\u0e15\u0e32\u0e23\u0e32\u0e07", None))
        self.compactCheck.setText(QCoreApplication.translate("OrganizationPage", u"\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e41\u0e1a\u0e1a\u0e1b\u0e23\u0e30\u0e2b\u0e22\u0e31\u0e14\u0e01\u0e23\u0e30\u0e14\u0e32\u0e29 (\u0e15\u0e31\u0e27\u0e2d\u0e31\u0e01\u0e29\u0e23\u0e43\u0e19\u0e15\u0e32\u0e23\u0e32\u0e07\u0e40\u0e25\u0e47\u0e01\u0e25\u0e07 \u0e0a\u0e48\u0e2d\u0e07\u0e15\u0e32\u0e23\u0e32\u0e07\u0e41\u0e04\u0e1a\u0e25\u0e07)", None))
#if QT_CONFIG(tooltip)
        self.compactCheck.setToolTip(QCoreApplication.translate("OrganizationPage", u"\u0e15\u0e31\u0e27\u0e2d\u0e31\u0e01\u0e29\u0e23\u0e43\u0e19\u0e15\u0e32\u0e23\u0e32\u0e07\u0e40\u0e25\u0e47\u0e01\u0e25\u0e07\u0e2b\u0e19\u0e36\u0e48\u0e07\u0e02\u0e19\u0e32\u0e14\u0e41\u0e25\u0e30\u0e40\u0e27\u0e49\u0e19\u0e02\u0e2d\u0e1a\u0e0a\u0e48\u0e2d\u0e07\u0e19\u0e49\u0e2d\u0e22\u0e25\u0e07 \u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e08\u0e36\u0e07\u0e43\u0e0a\u0e49\u0e2b\u0e19\u0e49\u0e32\u0e01\u0e23\u0e30\u0e14\u0e32\u0e29\u0e19\u0e49\u0e2d\u0e22\u0e25\u0e07", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

