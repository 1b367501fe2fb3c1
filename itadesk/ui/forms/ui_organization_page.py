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
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QRadioButton, QScrollArea, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

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

        self.titleBox = QGroupBox(self.body)
        self.titleBox.setObjectName(u"titleBox")
        self.titleBoxLayout = QVBoxLayout(self.titleBox)
        self.titleBoxLayout.setObjectName(u"titleBoxLayout")
        self.roundRow = QHBoxLayout()
        self.roundRow.setObjectName(u"roundRow")
        self.roundLabel = QLabel(self.titleBox)
        self.roundLabel.setObjectName(u"roundLabel")
        self.roundLabel.setWordWrap(True)

        self.roundRow.addWidget(self.roundLabel)

        self.roundCombo = QComboBox(self.titleBox)
        self.roundCombo.setObjectName(u"roundCombo")

        self.roundRow.addWidget(self.roundCombo)

        self.showCodeCheck = QCheckBox(self.titleBox)
        self.showCodeCheck.setObjectName(u"showCodeCheck")

        self.roundRow.addWidget(self.showCodeCheck)

        self.roundStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roundRow.addItem(self.roundStretch)


        self.titleBoxLayout.addLayout(self.roundRow)

        self.roundNote = QLabel(self.titleBox)
        self.roundNote.setObjectName(u"roundNote")
        self.roundNote.setWordWrap(True)

        self.titleBoxLayout.addWidget(self.roundNote)

        self.printPhotosCheck = QCheckBox(self.titleBox)
        self.printPhotosCheck.setObjectName(u"printPhotosCheck")

        self.titleBoxLayout.addWidget(self.printPhotosCheck)

        self.coverLinesLabel = QLabel(self.titleBox)
        self.coverLinesLabel.setObjectName(u"coverLinesLabel")
        self.coverLinesLabel.setWordWrap(True)

        self.titleBoxLayout.addWidget(self.coverLinesLabel)

        self.coverLinesEdit = QPlainTextEdit(self.titleBox)
        self.coverLinesEdit.setObjectName(u"coverLinesEdit")
        self.coverLinesEdit.setMaximumHeight(70)
        self.coverLinesEdit.setTabChangesFocus(True)

        self.titleBoxLayout.addWidget(self.coverLinesEdit)

        self.headingLinesLabel = QLabel(self.titleBox)
        self.headingLinesLabel.setObjectName(u"headingLinesLabel")
        self.headingLinesLabel.setWordWrap(True)

        self.titleBoxLayout.addWidget(self.headingLinesLabel)

        self.headingLinesEdit = QPlainTextEdit(self.titleBox)
        self.headingLinesEdit.setObjectName(u"headingLinesEdit")
        self.headingLinesEdit.setMaximumHeight(70)
        self.headingLinesEdit.setTabChangesFocus(True)

        self.titleBoxLayout.addWidget(self.headingLinesEdit)

        self.markersLabel = QLabel(self.titleBox)
        self.markersLabel.setObjectName(u"markersLabel")
        self.markersLabel.setWordWrap(True)

        self.titleBoxLayout.addWidget(self.markersLabel)

        self.markersGrid = QGridLayout()
        self.markersGrid.setObjectName(u"markersGrid")
        self.markerLevel1Label = QLabel(self.titleBox)
        self.markerLevel1Label.setObjectName(u"markerLevel1Label")
        self.markerLevel1Label.setWordWrap(True)

        self.markersGrid.addWidget(self.markerLevel1Label, 0, 1, 1, 1)

        self.markerLevel2Label = QLabel(self.titleBox)
        self.markerLevel2Label.setObjectName(u"markerLevel2Label")
        self.markerLevel2Label.setWordWrap(True)

        self.markersGrid.addWidget(self.markerLevel2Label, 0, 2, 1, 1)

        self.markerLevel3Label = QLabel(self.titleBox)
        self.markerLevel3Label.setObjectName(u"markerLevel3Label")
        self.markerLevel3Label.setWordWrap(True)

        self.markersGrid.addWidget(self.markerLevel3Label, 0, 3, 1, 1)

        self.numberedMarkersLabel = QLabel(self.titleBox)
        self.numberedMarkersLabel.setObjectName(u"numberedMarkersLabel")
        self.numberedMarkersLabel.setWordWrap(True)

        self.markersGrid.addWidget(self.numberedMarkersLabel, 1, 0, 1, 1)

        self.numberedMarker1 = QComboBox(self.titleBox)
        self.numberedMarker1.setObjectName(u"numberedMarker1")

        self.markersGrid.addWidget(self.numberedMarker1, 1, 1, 1, 1)

        self.numberedMarker2 = QComboBox(self.titleBox)
        self.numberedMarker2.setObjectName(u"numberedMarker2")

        self.markersGrid.addWidget(self.numberedMarker2, 1, 2, 1, 1)

        self.numberedMarker3 = QComboBox(self.titleBox)
        self.numberedMarker3.setObjectName(u"numberedMarker3")

        self.markersGrid.addWidget(self.numberedMarker3, 1, 3, 1, 1)

        self.bulletedMarkersLabel = QLabel(self.titleBox)
        self.bulletedMarkersLabel.setObjectName(u"bulletedMarkersLabel")
        self.bulletedMarkersLabel.setWordWrap(True)

        self.markersGrid.addWidget(self.bulletedMarkersLabel, 2, 0, 1, 1)

        self.bulletedMarker1 = QComboBox(self.titleBox)
        self.bulletedMarker1.setObjectName(u"bulletedMarker1")

        self.markersGrid.addWidget(self.bulletedMarker1, 2, 1, 1, 1)

        self.bulletedMarker2 = QComboBox(self.titleBox)
        self.bulletedMarker2.setObjectName(u"bulletedMarker2")

        self.markersGrid.addWidget(self.bulletedMarker2, 2, 2, 1, 1)

        self.bulletedMarker3 = QComboBox(self.titleBox)
        self.bulletedMarker3.setObjectName(u"bulletedMarker3")

        self.markersGrid.addWidget(self.bulletedMarker3, 2, 3, 1, 1)

        self.plainMarkersLabel = QLabel(self.titleBox)
        self.plainMarkersLabel.setObjectName(u"plainMarkersLabel")
        self.plainMarkersLabel.setWordWrap(True)

        self.markersGrid.addWidget(self.plainMarkersLabel, 3, 0, 1, 1)

        self.plainMarker1 = QComboBox(self.titleBox)
        self.plainMarker1.setObjectName(u"plainMarker1")

        self.markersGrid.addWidget(self.plainMarker1, 3, 1, 1, 1)

        self.plainMarker2 = QComboBox(self.titleBox)
        self.plainMarker2.setObjectName(u"plainMarker2")

        self.markersGrid.addWidget(self.plainMarker2, 3, 2, 1, 1)

        self.plainMarker3 = QComboBox(self.titleBox)
        self.plainMarker3.setObjectName(u"plainMarker3")

        self.markersGrid.addWidget(self.plainMarker3, 3, 3, 1, 1)


        self.titleBoxLayout.addLayout(self.markersGrid)

        self.markerButtons = QHBoxLayout()
        self.markerButtons.setObjectName(u"markerButtons")
        self.defaultMarkersButton = QPushButton(self.titleBox)
        self.defaultMarkersButton.setObjectName(u"defaultMarkersButton")

        self.markerButtons.addWidget(self.defaultMarkersButton)

        self.markerStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.markerButtons.addItem(self.markerStretch)


        self.titleBoxLayout.addLayout(self.markerButtons)


        self.rightColumn.addWidget(self.titleBox)

        self.analysisBox = QGroupBox(self.body)
        self.analysisBox.setObjectName(u"analysisBox")
        self.analysisForm = QFormLayout(self.analysisBox)
        self.analysisForm.setObjectName(u"analysisForm")
        self.scoreLabel = QLabel(self.analysisBox)
        self.scoreLabel.setObjectName(u"scoreLabel")
        self.scoreLabel.setWordWrap(True)

        self.analysisForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scoreLabel)

        self.scoreRow = QHBoxLayout()
        self.scoreRow.setObjectName(u"scoreRow")
        self.scoreEdit = QLineEdit(self.analysisBox)
        self.scoreEdit.setObjectName(u"scoreEdit")
        self.scoreEdit.setMaximumWidth(120)

        self.scoreRow.addWidget(self.scoreEdit)

        self.levelLabel = QLabel(self.analysisBox)
        self.levelLabel.setObjectName(u"levelLabel")
        self.levelLabel.setWordWrap(True)

        self.scoreRow.addWidget(self.levelLabel)

        self.levelEdit = QLineEdit(self.analysisBox)
        self.levelEdit.setObjectName(u"levelEdit")
        self.levelEdit.setMaximumWidth(120)

        self.scoreRow.addWidget(self.levelEdit)

        self.scoreStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scoreRow.addItem(self.scoreStretch)


        self.analysisForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.scoreRow)

        self.weaknessesLabel = QLabel(self.analysisBox)
        self.weaknessesLabel.setObjectName(u"weaknessesLabel")
        self.weaknessesLabel.setWordWrap(True)

        self.analysisForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.weaknessesLabel)

        self.weaknessesEdit = QPlainTextEdit(self.analysisBox)
        self.weaknessesEdit.setObjectName(u"weaknessesEdit")
        self.weaknessesEdit.setMaximumHeight(90)
        self.weaknessesEdit.setTabChangesFocus(True)

        self.analysisForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.weaknessesEdit)

        self.improvementsLabel = QLabel(self.analysisBox)
        self.improvementsLabel.setObjectName(u"improvementsLabel")
        self.improvementsLabel.setWordWrap(True)

        self.analysisForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.improvementsLabel)

        self.improvementsEdit = QPlainTextEdit(self.analysisBox)
        self.improvementsEdit.setObjectName(u"improvementsEdit")
        self.improvementsEdit.setMaximumHeight(90)
        self.improvementsEdit.setTabChangesFocus(True)

        self.analysisForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.improvementsEdit)

        self.analysisNoteLabel = QLabel(self.analysisBox)
        self.analysisNoteLabel.setObjectName(u"analysisNoteLabel")
        self.analysisNoteLabel.setWordWrap(True)

        self.analysisForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.analysisNoteLabel)

        self.analysisNoteEdit = QPlainTextEdit(self.analysisBox)
        self.analysisNoteEdit.setObjectName(u"analysisNoteEdit")
        self.analysisNoteEdit.setMaximumHeight(90)
        self.analysisNoteEdit.setTabChangesFocus(True)

        self.analysisForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.analysisNoteEdit)


        self.rightColumn.addWidget(self.analysisBox)

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

        self.budgetColumnLabel = QLabel(self.printBox)
        self.budgetColumnLabel.setObjectName(u"budgetColumnLabel")

        self.printForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.budgetColumnLabel)

        self.budgetColumnCheck = QCheckBox(self.printBox)
        self.budgetColumnCheck.setObjectName(u"budgetColumnCheck")

        self.printForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.budgetColumnCheck)

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
        self.roundLabel.setBuddy(self.roundCombo)
        self.coverLinesLabel.setBuddy(self.coverLinesEdit)
        self.headingLinesLabel.setBuddy(self.headingLinesEdit)
        self.scoreLabel.setBuddy(self.scoreEdit)
        self.levelLabel.setBuddy(self.levelEdit)
        self.weaknessesLabel.setBuddy(self.weaknessesEdit)
        self.improvementsLabel.setBuddy(self.improvementsEdit)
        self.analysisNoteLabel.setBuddy(self.analysisNoteEdit)
        self.compactLabel.setBuddy(self.compactCheck)
        self.budgetColumnLabel.setBuddy(self.budgetColumnCheck)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.districtEdit)
        QWidget.setTabOrder(self.districtEdit, self.provinceEdit)
        QWidget.setTabOrder(self.provinceEdit, self.unitsEditor)
        QWidget.setTabOrder(self.unitsEditor, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.signatoriesTable)
        QWidget.setTabOrder(self.signatoriesTable, self.addSignatoryButton)
        QWidget.setTabOrder(self.addSignatoryButton, self.removeSignatoryButton)
        QWidget.setTabOrder(self.removeSignatoryButton, self.roundCombo)
        QWidget.setTabOrder(self.roundCombo, self.showCodeCheck)
        QWidget.setTabOrder(self.showCodeCheck, self.printPhotosCheck)
        QWidget.setTabOrder(self.printPhotosCheck, self.coverLinesEdit)
        QWidget.setTabOrder(self.coverLinesEdit, self.headingLinesEdit)
        QWidget.setTabOrder(self.headingLinesEdit, self.numberedMarker1)
        QWidget.setTabOrder(self.numberedMarker1, self.numberedMarker2)
        QWidget.setTabOrder(self.numberedMarker2, self.numberedMarker3)
        QWidget.setTabOrder(self.numberedMarker3, self.bulletedMarker1)
        QWidget.setTabOrder(self.bulletedMarker1, self.bulletedMarker2)
        QWidget.setTabOrder(self.bulletedMarker2, self.bulletedMarker3)
        QWidget.setTabOrder(self.bulletedMarker3, self.plainMarker1)
        QWidget.setTabOrder(self.plainMarker1, self.plainMarker2)
        QWidget.setTabOrder(self.plainMarker2, self.plainMarker3)
        QWidget.setTabOrder(self.plainMarker3, self.defaultMarkersButton)
        QWidget.setTabOrder(self.defaultMarkersButton, self.scoreEdit)
        QWidget.setTabOrder(self.scoreEdit, self.levelEdit)
        QWidget.setTabOrder(self.levelEdit, self.weaknessesEdit)
        QWidget.setTabOrder(self.weaknessesEdit, self.improvementsEdit)
        QWidget.setTabOrder(self.improvementsEdit, self.analysisNoteEdit)
        QWidget.setTabOrder(self.analysisNoteEdit, self.chooseLogoButton)
        QWidget.setTabOrder(self.chooseLogoButton, self.removeLogoButton)
        QWidget.setTabOrder(self.removeLogoButton, self.thaiDigitsRadio)
        QWidget.setTabOrder(self.thaiDigitsRadio, self.arabicDigitsRadio)
        QWidget.setTabOrder(self.arabicDigitsRadio, self.chooseFontButton)
        QWidget.setTabOrder(self.chooseFontButton, self.defaultFontButton)
        QWidget.setTabOrder(self.defaultFontButton, self.compactCheck)
        QWidget.setTabOrder(self.compactCheck, self.budgetColumnCheck)

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
        self.titleBox.setTitle(QCoreApplication.translate("OrganizationPage", u"\u0e23\u0e2d\u0e1a\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e40\u0e21\u0e34\u0e19 \u0e0a\u0e37\u0e48\u0e2d\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e17\u0e35\u0e48\u0e1e\u0e34\u0e21\u0e1e\u0e4c \u0e41\u0e25\u0e30\u0e25\u0e33\u0e14\u0e31\u0e1a\u0e40\u0e25\u0e02", None))
        self.roundLabel.setText(QCoreApplication.translate("OrganizationPage", u"\u0e23\u0e2d\u0e1a\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e40\u0e21\u0e34\u0e19 ITA", None))
        self.showCodeCheck.setText(QCoreApplication.translate("OrganizationPage", u"\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e23\u0e2b\u0e31\u0e2a\u0e02\u0e49\u0e2d (\u0e40\u0e0a\u0e48\u0e19 O37) \u0e43\u0e15\u0e49\u0e0a\u0e37\u0e48\u0e2d\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e1a\u0e19\u0e2b\u0e19\u0e49\u0e32\u0e1b\u0e01", None))
        self.roundNote.setText("")
        self.printPhotosCheck.setText(QCoreApplication.translate("OrganizationPage", u"\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e20\u0e32\u0e1e\u0e01\u0e34\u0e08\u0e01\u0e23\u0e23\u0e21\u0e02\u0e2d\u0e07\u0e41\u0e15\u0e48\u0e25\u0e30\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e15\u0e48\u0e2d\u0e17\u0e49\u0e32\u0e22\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19", None))
#if QT_CONFIG(tooltip)
        self.printPhotosCheck.setToolTip(QCoreApplication.translate("OrganizationPage", u"\u0e20\u0e32\u0e1e\u0e17\u0e35\u0e48\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e44\u0e27\u0e49\u0e43\u0e19\u0e41\u0e17\u0e47\u0e1a\u0e02\u0e2d\u0e07\u0e41\u0e15\u0e48\u0e25\u0e30\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23 \u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e40\u0e1b\u0e47\u0e19\u0e2b\u0e19\u0e49\u0e32 \u0e20\u0e32\u0e1e\u0e01\u0e34\u0e08\u0e01\u0e23\u0e23\u0e21 \u0e2b\u0e25\u0e31\u0e07\u0e15\u0e32\u0e23\u0e32\u0e07", None))
#endif // QT_CONFIG(tooltip)
        self.coverLinesLabel.setText(QCoreApplication.translate("OrganizationPage", u"\u0e0a\u0e37\u0e48\u0e2d\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e1a\u0e19\u0e2b\u0e19\u0e49\u0e32\u0e1b\u0e01 \u0e41\u0e22\u0e01\u0e1a\u0e23\u0e23\u0e17\u0e31\u0e14\u0e15\u0e32\u0e21\u0e17\u0e35\u0e48\u0e15\u0e49\u0e2d\u0e07\u0e01\u0e32\u0e23 (\u0e40\u0e27\u0e49\u0e19\u0e27\u0e48\u0e32\u0e07: \u0e42\u0e1b\u0e23\u0e41\u0e01\u0e23\u0e21\u0e41\u0e1a\u0e48\u0e07\u0e1a\u0e23\u0e23\u0e17\u0e31\u0e14\u0e40\u0e2d\u0e07)", None))
        self.coverLinesEdit.setPlaceholderText(QCoreApplication.translate("OrganizationPage", u"\u0e1a\u0e23\u0e23\u0e17\u0e31\u0e14\u0e25\u0e30\u0e2b\u0e19\u0e36\u0e48\u0e07\u0e1a\u0e23\u0e23\u0e17\u0e31\u0e14", None))
        self.headingLinesLabel.setText(QCoreApplication.translate("OrganizationPage", u"\u0e0a\u0e37\u0e48\u0e2d\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e40\u0e2b\u0e19\u0e37\u0e2d\u0e15\u0e32\u0e23\u0e32\u0e07 (\u0e40\u0e27\u0e49\u0e19\u0e27\u0e48\u0e32\u0e07: \u0e43\u0e0a\u0e49\u0e0a\u0e37\u0e48\u0e2d\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e14\u0e49\u0e32\u0e19\u0e1a\u0e19)", None))
        self.headingLinesEdit.setPlaceholderText(QCoreApplication.translate("OrganizationPage", u"\u0e1a\u0e23\u0e23\u0e17\u0e31\u0e14\u0e25\u0e30\u0e2b\u0e19\u0e36\u0e48\u0e07\u0e1a\u0e23\u0e23\u0e17\u0e31\u0e14", None))
        self.markersLabel.setText(QCoreApplication.translate("OrganizationPage", u"\u0e25\u0e33\u0e14\u0e31\u0e1a\u0e40\u0e25\u0e02\u0e02\u0e2d\u0e07\u0e23\u0e32\u0e22\u0e01\u0e32\u0e23\u0e41\u0e15\u0e48\u0e25\u0e30\u0e0a\u0e31\u0e49\u0e19 (\u0e43\u0e2b\u0e49\u0e15\u0e23\u0e07\u0e01\u0e31\u0e1a\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e09\u0e1a\u0e31\u0e1a\u0e40\u0e14\u0e34\u0e21\u0e44\u0e14\u0e49)", None))
        self.markerLevel1Label.setText(QCoreApplication.translate("OrganizationPage", u"\u0e0a\u0e31\u0e49\u0e19\u0e17\u0e35\u0e48 \u0e51", None))
        self.markerLevel2Label.setText(QCoreApplication.translate("OrganizationPage", u"\u0e0a\u0e31\u0e49\u0e19\u0e17\u0e35\u0e48 \u0e52", None))
        self.markerLevel3Label.setText(QCoreApplication.translate("OrganizationPage", u"\u0e0a\u0e31\u0e49\u0e19\u0e17\u0e35\u0e48 \u0e53", None))
        self.numberedMarkersLabel.setText(QCoreApplication.translate("OrganizationPage", u"\u0e23\u0e32\u0e22\u0e01\u0e32\u0e23\u0e40\u0e25\u0e02\u0e25\u0e33\u0e14\u0e31\u0e1a", None))
        self.bulletedMarkersLabel.setText(QCoreApplication.translate("OrganizationPage", u"\u0e23\u0e32\u0e22\u0e01\u0e32\u0e23\u0e02\u0e35\u0e14", None))
        self.plainMarkersLabel.setText(QCoreApplication.translate("OrganizationPage", u"\u0e22\u0e48\u0e2d\u0e2b\u0e19\u0e49\u0e32\u0e18\u0e23\u0e23\u0e21\u0e14\u0e32", None))
        self.defaultMarkersButton.setText(QCoreApplication.translate("OrganizationPage", u"\u0e43\u0e0a\u0e49\u0e25\u0e33\u0e14\u0e31\u0e1a\u0e40\u0e25\u0e02\u0e41\u0e1a\u0e1a\u0e40\u0e14\u0e34\u0e21\u0e02\u0e2d\u0e07\u0e42\u0e1b\u0e23\u0e41\u0e01\u0e23\u0e21", None))
        self.analysisBox.setTitle(QCoreApplication.translate("OrganizationPage", u"\u0e1c\u0e25\u0e01\u0e32\u0e23\u0e27\u0e34\u0e40\u0e04\u0e23\u0e32\u0e30\u0e2b\u0e4c\u0e1c\u0e25\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e40\u0e21\u0e34\u0e19 ITA \u0e1b\u0e35\u0e17\u0e35\u0e48\u0e1c\u0e48\u0e32\u0e19\u0e21\u0e32 (\u0e2a\u0e33\u0e2b\u0e23\u0e31\u0e1a\u0e41\u0e1c\u0e19\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23)", None))
        self.scoreLabel.setText(QCoreApplication.translate("OrganizationPage", u"\u0e04\u0e30\u0e41\u0e19\u0e19", None))
        self.scoreEdit.setPlaceholderText(QCoreApplication.translate("OrganizationPage", u"\u0e40\u0e0a\u0e48\u0e19 85.50", None))
        self.levelLabel.setText(QCoreApplication.translate("OrganizationPage", u"\u0e23\u0e30\u0e14\u0e31\u0e1a", None))
        self.levelEdit.setPlaceholderText(QCoreApplication.translate("OrganizationPage", u"\u0e40\u0e0a\u0e48\u0e19 A", None))
        self.weaknessesLabel.setText(QCoreApplication.translate("OrganizationPage", u"\u0e08\u0e38\u0e14\u0e2d\u0e48\u0e2d\u0e19\u0e17\u0e35\u0e48\u0e15\u0e49\u0e2d\u0e07\u0e41\u0e01\u0e49\u0e44\u0e02\u0e40\u0e23\u0e48\u0e07\u0e14\u0e48\u0e27\u0e19", None))
        self.weaknessesEdit.setPlaceholderText(QCoreApplication.translate("OrganizationPage", u"\u0e02\u0e49\u0e2d\u0e25\u0e30\u0e2b\u0e19\u0e36\u0e48\u0e07\u0e1a\u0e23\u0e23\u0e17\u0e31\u0e14", None))
        self.improvementsLabel.setText(QCoreApplication.translate("OrganizationPage", u"\u0e1b\u0e23\u0e30\u0e40\u0e14\u0e47\u0e19\u0e17\u0e35\u0e48\u0e15\u0e49\u0e2d\u0e07\u0e1e\u0e31\u0e12\u0e19\u0e32", None))
        self.improvementsEdit.setPlaceholderText(QCoreApplication.translate("OrganizationPage", u"\u0e02\u0e49\u0e2d\u0e25\u0e30\u0e2b\u0e19\u0e36\u0e48\u0e07\u0e1a\u0e23\u0e23\u0e17\u0e31\u0e14", None))
        self.analysisNoteLabel.setText(QCoreApplication.translate("OrganizationPage", u"\u0e02\u0e49\u0e2d\u0e04\u0e27\u0e32\u0e21\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e40\u0e15\u0e34\u0e21", None))
        self.analysisNoteEdit.setPlaceholderText("")
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
        self.budgetColumnLabel.setText(QCoreApplication.translate("OrganizationPage", u"\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13", None))
        self.budgetColumnCheck.setText(QCoreApplication.translate("OrganizationPage", u"\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e0a\u0e48\u0e2d\u0e07\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13\u0e43\u0e19\u0e15\u0e32\u0e23\u0e32\u0e07 (\u0e01\u0e23\u0e2d\u0e01\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13\u0e17\u0e35\u0e48\u0e41\u0e17\u0e47\u0e1a\u0e02\u0e2d\u0e07\u0e41\u0e15\u0e48\u0e25\u0e30\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23)", None))
        self.compactCheck.setText(QCoreApplication.translate("OrganizationPage", u"\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e41\u0e1a\u0e1a\u0e1b\u0e23\u0e30\u0e2b\u0e22\u0e31\u0e14\u0e01\u0e23\u0e30\u0e14\u0e32\u0e29 (\u0e15\u0e31\u0e27\u0e2d\u0e31\u0e01\u0e29\u0e23\u0e43\u0e19\u0e15\u0e32\u0e23\u0e32\u0e07\u0e40\u0e25\u0e47\u0e01\u0e25\u0e07 \u0e0a\u0e48\u0e2d\u0e07\u0e15\u0e32\u0e23\u0e32\u0e07\u0e41\u0e04\u0e1a\u0e25\u0e07)", None))
#if QT_CONFIG(tooltip)
        self.compactCheck.setToolTip(QCoreApplication.translate("OrganizationPage", u"\u0e15\u0e31\u0e27\u0e2d\u0e31\u0e01\u0e29\u0e23\u0e43\u0e19\u0e15\u0e32\u0e23\u0e32\u0e07\u0e40\u0e25\u0e47\u0e01\u0e25\u0e07\u0e2b\u0e19\u0e36\u0e48\u0e07\u0e02\u0e19\u0e32\u0e14\u0e41\u0e25\u0e30\u0e40\u0e27\u0e49\u0e19\u0e02\u0e2d\u0e1a\u0e0a\u0e48\u0e2d\u0e07\u0e19\u0e49\u0e2d\u0e22\u0e25\u0e07 \u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e08\u0e36\u0e07\u0e43\u0e0a\u0e49\u0e2b\u0e19\u0e49\u0e32\u0e01\u0e23\u0e30\u0e14\u0e32\u0e29\u0e19\u0e49\u0e2d\u0e22\u0e25\u0e07", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

