# Generated from forms/welcome.ui by tools/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from itadesk.ui.widgets import (ThaiSpinBox, UnitsEditor)

class Ui_WelcomeDialog(object):
    def setupUi(self, WelcomeDialog):
        if not WelcomeDialog.objectName():
            WelcomeDialog.setObjectName(u"WelcomeDialog")
        WelcomeDialog.resize(760, 640)
        self.layout = QVBoxLayout(WelcomeDialog)
        self.layout.setSpacing(10)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(WelcomeDialog)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.intro = QLabel(WelcomeDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.orgBox = QGroupBox(WelcomeDialog)
        self.orgBox.setObjectName(u"orgBox")
        self.form = QFormLayout(self.orgBox)
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(self.orgBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.orgBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.typeLabel = QLabel(self.orgBox)
        self.typeLabel.setObjectName(u"typeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(self.orgBox)
        self.typeCombo.setObjectName(u"typeCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.districtLabel = QLabel(self.orgBox)
        self.districtLabel.setObjectName(u"districtLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.districtLabel)

        self.districtEdit = QLineEdit(self.orgBox)
        self.districtEdit.setObjectName(u"districtEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.districtEdit)

        self.provinceLabel = QLabel(self.orgBox)
        self.provinceLabel.setObjectName(u"provinceLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.provinceLabel)

        self.provinceEdit = QLineEdit(self.orgBox)
        self.provinceEdit.setObjectName(u"provinceEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.provinceEdit)

        self.unitsLabel = QLabel(self.orgBox)
        self.unitsLabel.setObjectName(u"unitsLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unitsLabel)

        self.unitsEditor = UnitsEditor(self.orgBox)
        self.unitsEditor.setObjectName(u"unitsEditor")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unitsEditor)

        self.yearLabel = QLabel(self.orgBox)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearSpin = ThaiSpinBox(self.orgBox)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2500)
        self.yearSpin.setMaximum(2700)

        self.yearRow.addWidget(self.yearSpin)

        self.yearHint = QLabel(self.orgBox)
        self.yearHint.setObjectName(u"yearHint")
        self.yearHint.setWordWrap(True)

        self.yearRow.addWidget(self.yearHint)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.yearRow)


        self.layout.addWidget(self.orgBox)

        self.message = QLabel(WelcomeDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.startRow = QHBoxLayout()
        self.startRow.setObjectName(u"startRow")
        self.startStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startRow.addItem(self.startStretch)

        self.startButton = QPushButton(WelcomeDialog)
        self.startButton.setObjectName(u"startButton")

        self.startRow.addWidget(self.startButton)


        self.layout.addLayout(self.startRow)

        self.otherBox = QGroupBox(WelcomeDialog)
        self.otherBox.setObjectName(u"otherBox")
        self.otherLayout = QHBoxLayout(self.otherBox)
        self.otherLayout.setObjectName(u"otherLayout")
        self.importButton = QPushButton(self.otherBox)
        self.importButton.setObjectName(u"importButton")

        self.otherLayout.addWidget(self.importButton)

        self.wordImportButton = QPushButton(self.otherBox)
        self.wordImportButton.setObjectName(u"wordImportButton")

        self.otherLayout.addWidget(self.wordImportButton)

        self.restoreButton = QPushButton(self.otherBox)
        self.restoreButton.setObjectName(u"restoreButton")

        self.otherLayout.addWidget(self.restoreButton)

        self.otherStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.otherLayout.addItem(self.otherStretch)


        self.layout.addWidget(self.otherBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.districtLabel.setBuddy(self.districtEdit)
        self.provinceLabel.setBuddy(self.provinceEdit)
        self.unitsLabel.setBuddy(self.unitsEditor)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.districtEdit)
        QWidget.setTabOrder(self.districtEdit, self.provinceEdit)
        QWidget.setTabOrder(self.provinceEdit, self.unitsEditor)
        QWidget.setTabOrder(self.unitsEditor, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.startButton)
        QWidget.setTabOrder(self.startButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.wordImportButton)
        QWidget.setTabOrder(self.wordImportButton, self.restoreButton)

        self.retranslateUi(WelcomeDialog)

        self.startButton.setDefault(True)

    # setupUi

    def retranslateUi(self, WelcomeDialog):
        WelcomeDialog.setWindowTitle(QCoreApplication.translate("WelcomeDialog", u"\u0e40\u0e23\u0e34\u0e48\u0e21\u0e15\u0e49\u0e19\u0e43\u0e0a\u0e49\u0e07\u0e32\u0e19", None))
        self.heading.setText(QCoreApplication.translate("WelcomeDialog", u"\u0e22\u0e34\u0e19\u0e14\u0e35\u0e15\u0e49\u0e2d\u0e19\u0e23\u0e31\u0e1a\u0e2a\u0e39\u0e48 ITA Desk", None))
        self.intro.setText(QCoreApplication.translate("WelcomeDialog", u"\u0e42\u0e1b\u0e23\u0e41\u0e01\u0e23\u0e21\u0e19\u0e35\u0e49\u0e0a\u0e48\u0e27\u0e22\u0e08\u0e31\u0e14\u0e17\u0e33 \u201c\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e1c\u0e25\u0e01\u0e32\u0e23\u0e14\u0e33\u0e40\u0e19\u0e34\u0e19\u0e01\u0e32\u0e23\u0e40\u0e1e\u0e37\u0e48\u0e2d\u0e2a\u0e48\u0e07\u0e40\u0e2a\u0e23\u0e34\u0e21\u0e04\u0e38\u0e13\u0e18\u0e23\u0e23\u0e21\u0e41\u0e25\u0e30\u0e04\u0e27\u0e32\u0e21\u0e42\u0e1b\u0e23\u0e48\u0e07\u0e43\u0e2a\u0e20\u0e32\u0e22\u0e43\u0e19\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19\u201d \u0e2a\u0e33\u0e2b\u0e23\u0e31\u0e1a\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e40\u0e21\u0e34\u0e19 ITA \u0e01\u0e23\u0e2d\u0e01\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19\u0e02\u0e2d\u0e07\u0e17\u0e48\u0e32\u0e19\u0e14\u0e49\u0e32\u0e19\u0e25\u0e48\u0e32\u0e07 \u0e41\u0e25\u0e49\u0e27\u0e01\u0e14 \u201c\u0e40\u0e23\u0e34\u0e48\u0e21\u0e43\u0e0a\u0e49\u0e07\u0e32\u0e19\u201d \u0e41\u0e01\u0e49\u0e44\u0e02\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e40\u0e2b\u0e25"
                        "\u0e48\u0e32\u0e19\u0e35\u0e49\u0e44\u0e14\u0e49\u0e20\u0e32\u0e22\u0e2b\u0e25\u0e31\u0e07\u0e40\u0e2a\u0e21\u0e2d", None))
        self.orgBox.setTitle(QCoreApplication.translate("WelcomeDialog", u"\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19", None))
        self.nameLabel.setText(QCoreApplication.translate("WelcomeDialog", u"\u0e0a\u0e37\u0e48\u0e2d\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("WelcomeDialog", u"\u0e40\u0e0a\u0e48\u0e19 \u0e40\u0e17\u0e28\u0e1a\u0e32\u0e25\u0e15\u0e33\u0e1a\u0e25\u0e02\u0e32\u0e21\u0e17\u0e30\u0e40\u0e25\u0e2a\u0e2d", None))
        self.typeLabel.setText(QCoreApplication.translate("WelcomeDialog", u"\u0e1b\u0e23\u0e30\u0e40\u0e20\u0e17", None))
        self.districtLabel.setText(QCoreApplication.translate("WelcomeDialog", u"\u0e2d\u0e33\u0e40\u0e20\u0e2d", None))
        self.districtEdit.setPlaceholderText(QCoreApplication.translate("WelcomeDialog", u"\u0e40\u0e0a\u0e48\u0e19 \u0e02\u0e32\u0e21\u0e17\u0e30\u0e40\u0e25\u0e2a\u0e2d", None))
        self.provinceLabel.setText(QCoreApplication.translate("WelcomeDialog", u"\u0e08\u0e31\u0e07\u0e2b\u0e27\u0e31\u0e14", None))
        self.provinceEdit.setPlaceholderText(QCoreApplication.translate("WelcomeDialog", u"\u0e40\u0e0a\u0e48\u0e19 \u0e19\u0e04\u0e23\u0e23\u0e32\u0e0a\u0e2a\u0e35\u0e21\u0e32", None))
        self.unitsLabel.setText(QCoreApplication.translate("WelcomeDialog", u"\u0e01\u0e2d\u0e07 / \u0e2a\u0e48\u0e27\u0e19\u0e23\u0e32\u0e0a\u0e01\u0e32\u0e23", None))
        self.yearLabel.setText(QCoreApplication.translate("WelcomeDialog", u"\u0e1b\u0e35\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13 \u0e1e.\u0e28.", None))
        self.startButton.setText(QCoreApplication.translate("WelcomeDialog", u"\u0e40\u0e23\u0e34\u0e48\u0e21\u0e43\u0e0a\u0e49\u0e07\u0e32\u0e19", None))
        self.otherBox.setTitle(QCoreApplication.translate("WelcomeDialog", u"\u0e21\u0e35\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e08\u0e32\u0e01\u0e40\u0e04\u0e23\u0e37\u0e48\u0e2d\u0e07\u0e2d\u0e37\u0e48\u0e19\u0e2b\u0e23\u0e37\u0e2d\u0e1b\u0e35\u0e01\u0e48\u0e2d\u0e19\u0e2d\u0e22\u0e39\u0e48\u0e41\u0e25\u0e49\u0e27", None))
        self.importButton.setText(QCoreApplication.translate("WelcomeDialog", u"\u0e19\u0e33\u0e40\u0e02\u0e49\u0e32\u0e44\u0e1f\u0e25\u0e4c\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19 (.json)\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("WelcomeDialog", u"\u0e44\u0e1f\u0e25\u0e4c\u0e17\u0e35\u0e48\u0e44\u0e14\u0e49\u0e08\u0e32\u0e01\u0e40\u0e21\u0e19\u0e39 \u201c\u0e2a\u0e48\u0e07\u0e2d\u0e2d\u0e01\u0e44\u0e1f\u0e25\u0e4c\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u201d \u0e02\u0e2d\u0e07 ITA Desk", None))
#endif // QT_CONFIG(tooltip)
        self.wordImportButton.setText(QCoreApplication.translate("WelcomeDialog", u"\u0e19\u0e33\u0e40\u0e02\u0e49\u0e32\u0e08\u0e32\u0e01\u0e44\u0e1f\u0e25\u0e4c Word\u2026", None))
#if QT_CONFIG(tooltip)
        self.wordImportButton.setToolTip(QCoreApplication.translate("WelcomeDialog", u"\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e1b\u0e35\u0e17\u0e35\u0e48\u0e41\u0e25\u0e49\u0e27\u0e17\u0e35\u0e48\u0e17\u0e33\u0e44\u0e27\u0e49\u0e43\u0e19 Word (.docx): \u0e44\u0e21\u0e48\u0e15\u0e49\u0e2d\u0e07\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e43\u0e2b\u0e21\u0e48", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("WelcomeDialog", u"\u0e01\u0e39\u0e49\u0e04\u0e37\u0e19\u0e08\u0e32\u0e01\u0e44\u0e1f\u0e25\u0e4c\u0e2a\u0e33\u0e23\u0e2d\u0e07\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u2026", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("WelcomeDialog", u"\u0e44\u0e1f\u0e25\u0e4c .itabackup \u0e17\u0e35\u0e48\u0e44\u0e14\u0e49\u0e08\u0e32\u0e01\u0e40\u0e21\u0e19\u0e39 \u201c\u0e2a\u0e33\u0e23\u0e2d\u0e07\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u201d", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

