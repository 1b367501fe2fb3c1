# Generated from forms/measure_page.ui by tools/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'measure_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from itadesk.ui.widgets import (AutoTextEdit, ListEditor, PhotoStrip, ThaiDateEdit,
    UnitPicker)

class Ui_MeasurePage(object):
    def setupUi(self, MeasurePage):
        if not MeasurePage.objectName():
            MeasurePage.setObjectName(u"MeasurePage")
        self.pageLayout = QVBoxLayout(MeasurePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(MeasurePage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.body = QWidget()
        self.body.setObjectName(u"body")
        self.bodyLayout = QVBoxLayout(self.body)
        self.bodyLayout.setSpacing(10)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.numberLabel = QLabel(self.body)
        self.numberLabel.setObjectName(u"numberLabel")

        self.headerRow.addWidget(self.numberLabel)

        self.headerStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerStretch)

        self.moveLeftButton = QPushButton(self.body)
        self.moveLeftButton.setObjectName(u"moveLeftButton")
        self.moveLeftButton.setFocusPolicy(Qt.NoFocus)

        self.headerRow.addWidget(self.moveLeftButton)

        self.moveRightButton = QPushButton(self.body)
        self.moveRightButton.setObjectName(u"moveRightButton")
        self.moveRightButton.setFocusPolicy(Qt.NoFocus)

        self.headerRow.addWidget(self.moveRightButton)

        self.duplicateButton = QPushButton(self.body)
        self.duplicateButton.setObjectName(u"duplicateButton")
        self.duplicateButton.setFocusPolicy(Qt.NoFocus)

        self.headerRow.addWidget(self.duplicateButton)

        self.deleteButton = QPushButton(self.body)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setFocusPolicy(Qt.NoFocus)

        self.headerRow.addWidget(self.deleteButton)


        self.bodyLayout.addLayout(self.headerRow)

        self.titleLabel = QLabel(self.body)
        self.titleLabel.setObjectName(u"titleLabel")

        self.bodyLayout.addWidget(self.titleLabel)

        self.titleEdit = AutoTextEdit(self.body)
        self.titleEdit.setObjectName(u"titleEdit")

        self.bodyLayout.addWidget(self.titleEdit)

        self.detailsRow = QHBoxLayout()
        self.detailsRow.setSpacing(10)
        self.detailsRow.setObjectName(u"detailsRow")
        self.unitsBox = QGroupBox(self.body)
        self.unitsBox.setObjectName(u"unitsBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.unitsBox.sizePolicy().hasHeightForWidth())
        self.unitsBox.setSizePolicy(sizePolicy)
        self.unitsLayout = QVBoxLayout(self.unitsBox)
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.unitPicker = UnitPicker(self.unitsBox)
        self.unitPicker.setObjectName(u"unitPicker")

        self.unitsLayout.addWidget(self.unitPicker)


        self.detailsRow.addWidget(self.unitsBox)

        self.periodBox = QGroupBox(self.body)
        self.periodBox.setObjectName(u"periodBox")
        sizePolicy.setHeightForWidth(self.periodBox.sizePolicy().hasHeightForWidth())
        self.periodBox.setSizePolicy(sizePolicy)
        self.periodLayout = QGridLayout(self.periodBox)
        self.periodLayout.setObjectName(u"periodLayout")
        self.startLabel = QLabel(self.periodBox)
        self.startLabel.setObjectName(u"startLabel")

        self.periodLayout.addWidget(self.startLabel, 0, 0, 1, 1)

        self.startEdit = ThaiDateEdit(self.periodBox)
        self.startEdit.setObjectName(u"startEdit")

        self.periodLayout.addWidget(self.startEdit, 0, 1, 1, 1)

        self.endLabel = QLabel(self.periodBox)
        self.endLabel.setObjectName(u"endLabel")

        self.periodLayout.addWidget(self.endLabel, 1, 0, 1, 1)

        self.endEdit = ThaiDateEdit(self.periodBox)
        self.endEdit.setObjectName(u"endEdit")

        self.periodLayout.addWidget(self.endEdit, 1, 1, 1, 1)

        self.periodMessage = QLabel(self.periodBox)
        self.periodMessage.setObjectName(u"periodMessage")
        self.periodMessage.setWordWrap(True)

        self.periodLayout.addWidget(self.periodMessage, 2, 0, 1, 2)


        self.detailsRow.addWidget(self.periodBox)

        self.countsBox = QGroupBox(self.body)
        self.countsBox.setObjectName(u"countsBox")
        sizePolicy.setHeightForWidth(self.countsBox.sizePolicy().hasHeightForWidth())
        self.countsBox.setSizePolicy(sizePolicy)
        self.countsLayout = QGridLayout(self.countsBox)
        self.countsLayout.setObjectName(u"countsLayout")
        self.targetLabel = QLabel(self.countsBox)
        self.targetLabel.setObjectName(u"targetLabel")

        self.countsLayout.addWidget(self.targetLabel, 0, 0, 1, 1)

        self.targetEdit = QLineEdit(self.countsBox)
        self.targetEdit.setObjectName(u"targetEdit")
        self.targetEdit.setMaximumWidth(110)

        self.countsLayout.addWidget(self.targetEdit, 0, 1, 1, 1)

        self.targetUnit = QLabel(self.countsBox)
        self.targetUnit.setObjectName(u"targetUnit")

        self.countsLayout.addWidget(self.targetUnit, 0, 2, 1, 1)

        self.participantLabel = QLabel(self.countsBox)
        self.participantLabel.setObjectName(u"participantLabel")

        self.countsLayout.addWidget(self.participantLabel, 1, 0, 1, 1)

        self.participantEdit = QLineEdit(self.countsBox)
        self.participantEdit.setObjectName(u"participantEdit")
        self.participantEdit.setMaximumWidth(110)

        self.countsLayout.addWidget(self.participantEdit, 1, 1, 1, 1)

        self.participantUnit = QLabel(self.countsBox)
        self.participantUnit.setObjectName(u"participantUnit")

        self.countsLayout.addWidget(self.participantUnit, 1, 2, 1, 1)

        self.percentLabel = QLabel(self.countsBox)
        self.percentLabel.setObjectName(u"percentLabel")
        self.percentLabel.setAlignment(Qt.AlignCenter)
        self.percentLabel.setMinimumWidth(120)

        self.countsLayout.addWidget(self.percentLabel, 0, 3, 2, 1)

        self.sentenceButton = QPushButton(self.countsBox)
        self.sentenceButton.setObjectName(u"sentenceButton")

        self.countsLayout.addWidget(self.sentenceButton, 2, 0, 1, 4)

        self.countsMessage = QLabel(self.countsBox)
        self.countsMessage.setObjectName(u"countsMessage")
        self.countsMessage.setWordWrap(True)

        self.countsLayout.addWidget(self.countsMessage, 3, 0, 1, 4)


        self.detailsRow.addWidget(self.countsBox)


        self.bodyLayout.addLayout(self.detailsRow)

        self.stepsBox = QGroupBox(self.body)
        self.stepsBox.setObjectName(u"stepsBox")
        self.stepsLayout = QVBoxLayout(self.stepsBox)
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.stepsEditor = ListEditor(self.stepsBox)
        self.stepsEditor.setObjectName(u"stepsEditor")

        self.stepsLayout.addWidget(self.stepsEditor)


        self.bodyLayout.addWidget(self.stepsBox)

        self.resultsBox = QGroupBox(self.body)
        self.resultsBox.setObjectName(u"resultsBox")
        self.resultsLayout = QVBoxLayout(self.resultsBox)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsEditor = ListEditor(self.resultsBox)
        self.resultsEditor.setObjectName(u"resultsEditor")

        self.resultsLayout.addWidget(self.resultsEditor)


        self.bodyLayout.addWidget(self.resultsBox)

        self.outcomesBox = QGroupBox(self.body)
        self.outcomesBox.setObjectName(u"outcomesBox")
        self.outcomesLayout = QVBoxLayout(self.outcomesBox)
        self.outcomesLayout.setObjectName(u"outcomesLayout")
        self.outcomesEditor = ListEditor(self.outcomesBox)
        self.outcomesEditor.setObjectName(u"outcomesEditor")

        self.outcomesLayout.addWidget(self.outcomesEditor)


        self.bodyLayout.addWidget(self.outcomesBox)

        self.planBox = QGroupBox(self.body)
        self.planBox.setObjectName(u"planBox")
        self.planForm = QFormLayout(self.planBox)
        self.planForm.setObjectName(u"planForm")
        self.budgetLabel = QLabel(self.planBox)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.planForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.budgetLabel)

        self.budgetRow = QHBoxLayout()
        self.budgetRow.setObjectName(u"budgetRow")
        self.budgetEdit = QLineEdit(self.planBox)
        self.budgetEdit.setObjectName(u"budgetEdit")
        self.budgetEdit.setMaximumWidth(220)

        self.budgetRow.addWidget(self.budgetEdit)

        self.budgetMessage = QLabel(self.planBox)
        self.budgetMessage.setObjectName(u"budgetMessage")
        self.budgetMessage.setWordWrap(True)

        self.budgetRow.addWidget(self.budgetMessage)


        self.planForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.budgetRow)

        self.followUpLabel = QLabel(self.planBox)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.planForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.followUpLabel)

        self.followUpEdit = AutoTextEdit(self.planBox)
        self.followUpEdit.setObjectName(u"followUpEdit")

        self.planForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.followUpEdit)


        self.bodyLayout.addWidget(self.planBox)

        self.photosBox = QGroupBox(self.body)
        self.photosBox.setObjectName(u"photosBox")
        self.photosLayout = QVBoxLayout(self.photosBox)
        self.photosLayout.setObjectName(u"photosLayout")
        self.photoStrip = PhotoStrip(self.photosBox)
        self.photoStrip.setObjectName(u"photoStrip")

        self.photosLayout.addWidget(self.photoStrip)


        self.bodyLayout.addWidget(self.photosBox)

        self.bottomStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.bodyLayout.addItem(self.bottomStretch)

        self.scroll.setWidget(self.body)

        self.pageLayout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.targetLabel.setBuddy(self.targetEdit)
        self.participantLabel.setBuddy(self.participantEdit)
        self.budgetLabel.setBuddy(self.budgetEdit)
        self.followUpLabel.setBuddy(self.followUpEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.unitPicker)
        QWidget.setTabOrder(self.unitPicker, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.targetEdit)
        QWidget.setTabOrder(self.targetEdit, self.participantEdit)
        QWidget.setTabOrder(self.participantEdit, self.sentenceButton)
        QWidget.setTabOrder(self.sentenceButton, self.stepsEditor)
        QWidget.setTabOrder(self.stepsEditor, self.resultsEditor)
        QWidget.setTabOrder(self.resultsEditor, self.outcomesEditor)
        QWidget.setTabOrder(self.outcomesEditor, self.budgetEdit)
        QWidget.setTabOrder(self.budgetEdit, self.followUpEdit)
        QWidget.setTabOrder(self.followUpEdit, self.photoStrip)

        self.retranslateUi(MeasurePage)
    # setupUi

    def retranslateUi(self, MeasurePage):
        self.numberLabel.setText(QCoreApplication.translate("MeasurePage", u"\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e17\u0e35\u0e48", None))
        self.moveLeftButton.setText(QCoreApplication.translate("MeasurePage", u"\u25c0 \u0e22\u0e49\u0e32\u0e22\u0e44\u0e1b\u0e01\u0e48\u0e2d\u0e19\u0e2b\u0e19\u0e49\u0e32", None))
#if QT_CONFIG(tooltip)
        self.moveLeftButton.setToolTip(QCoreApplication.translate("MeasurePage", u"\u0e22\u0e49\u0e32\u0e22\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e19\u0e35\u0e49\u0e02\u0e36\u0e49\u0e19\u0e44\u0e1b\u0e2b\u0e19\u0e36\u0e48\u0e07\u0e25\u0e33\u0e14\u0e31\u0e1a", None))
#endif // QT_CONFIG(tooltip)
        self.moveRightButton.setText(QCoreApplication.translate("MeasurePage", u"\u0e22\u0e49\u0e32\u0e22\u0e44\u0e1b\u0e16\u0e31\u0e14\u0e44\u0e1b \u25b6", None))
#if QT_CONFIG(tooltip)
        self.moveRightButton.setToolTip(QCoreApplication.translate("MeasurePage", u"\u0e22\u0e49\u0e32\u0e22\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e19\u0e35\u0e49\u0e25\u0e07\u0e44\u0e1b\u0e2b\u0e19\u0e36\u0e48\u0e07\u0e25\u0e33\u0e14\u0e31\u0e1a", None))
#endif // QT_CONFIG(tooltip)
        self.duplicateButton.setText(QCoreApplication.translate("MeasurePage", u"\u0e17\u0e33\u0e2a\u0e33\u0e40\u0e19\u0e32", None))
#if QT_CONFIG(tooltip)
        self.duplicateButton.setToolTip(QCoreApplication.translate("MeasurePage", u"\u0e2a\u0e23\u0e49\u0e32\u0e07\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e43\u0e2b\u0e21\u0e48\u0e17\u0e35\u0e48\u0e40\u0e2b\u0e21\u0e37\u0e2d\u0e19\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e19\u0e35\u0e49 \u0e44\u0e27\u0e49\u0e15\u0e48\u0e2d\u0e08\u0e32\u0e01\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e19\u0e35\u0e49", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("MeasurePage", u"\u0e25\u0e1a\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e19\u0e35\u0e49\u2026", None))
        self.titleLabel.setText(QCoreApplication.translate("MeasurePage", u"\u0e0a\u0e37\u0e48\u0e2d\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23 / \u0e42\u0e04\u0e23\u0e07\u0e01\u0e32\u0e23 / \u0e01\u0e34\u0e08\u0e01\u0e23\u0e23\u0e21", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("MeasurePage", u"\u0e40\u0e0a\u0e48\u0e19 \u0e01\u0e34\u0e08\u0e01\u0e23\u0e23\u0e21\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e01\u0e32\u0e28\u0e40\u0e08\u0e15\u0e19\u0e32\u0e23\u0e21\u0e13\u0e4c\u0e19\u0e42\u0e22\u0e1a\u0e32\u0e22 No Gift Policy", None))
        self.unitsBox.setTitle(QCoreApplication.translate("MeasurePage", u"\u0e1c\u0e39\u0e49\u0e23\u0e31\u0e1a\u0e1c\u0e34\u0e14\u0e0a\u0e2d\u0e1a", None))
        self.periodBox.setTitle(QCoreApplication.translate("MeasurePage", u"\u0e23\u0e30\u0e22\u0e30\u0e40\u0e27\u0e25\u0e32\u0e14\u0e33\u0e40\u0e19\u0e34\u0e19\u0e01\u0e32\u0e23", None))
        self.startLabel.setText(QCoreApplication.translate("MeasurePage", u"\u0e15\u0e31\u0e49\u0e07\u0e41\u0e15\u0e48\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48", None))
        self.endLabel.setText(QCoreApplication.translate("MeasurePage", u"\u0e16\u0e36\u0e07\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48", None))
        self.countsBox.setTitle(QCoreApplication.translate("MeasurePage", u"\u0e08\u0e33\u0e19\u0e27\u0e19\u0e1c\u0e39\u0e49\u0e40\u0e02\u0e49\u0e32\u0e23\u0e48\u0e27\u0e21 (\u0e16\u0e49\u0e32\u0e21\u0e35)", None))
        self.targetLabel.setText(QCoreApplication.translate("MeasurePage", u"\u0e01\u0e25\u0e38\u0e48\u0e21\u0e40\u0e1b\u0e49\u0e32\u0e2b\u0e21\u0e32\u0e22", None))
        self.targetEdit.setPlaceholderText(QCoreApplication.translate("MeasurePage", u"\u0e08\u0e33\u0e19\u0e27\u0e19", None))
        self.targetUnit.setText(QCoreApplication.translate("MeasurePage", u"\u0e04\u0e19", None))
        self.participantLabel.setText(QCoreApplication.translate("MeasurePage", u"\u0e1c\u0e39\u0e49\u0e40\u0e02\u0e49\u0e32\u0e23\u0e48\u0e27\u0e21", None))
        self.participantEdit.setPlaceholderText(QCoreApplication.translate("MeasurePage", u"\u0e08\u0e33\u0e19\u0e27\u0e19", None))
        self.participantUnit.setText(QCoreApplication.translate("MeasurePage", u"\u0e04\u0e19", None))
        self.sentenceButton.setText(QCoreApplication.translate("MeasurePage", u"\u0e40\u0e02\u0e35\u0e22\u0e19\u0e08\u0e33\u0e19\u0e27\u0e19\u0e1c\u0e39\u0e49\u0e40\u0e02\u0e49\u0e32\u0e23\u0e48\u0e27\u0e21\u0e25\u0e07\u0e43\u0e19\u0e1c\u0e25\u0e01\u0e32\u0e23\u0e14\u0e33\u0e40\u0e19\u0e34\u0e19\u0e01\u0e32\u0e23", None))
#if QT_CONFIG(tooltip)
        self.sentenceButton.setToolTip(QCoreApplication.translate("MeasurePage", u"\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e1b\u0e23\u0e30\u0e42\u0e22\u0e04 \u201c\u0e1c\u0e39\u0e49\u0e40\u0e02\u0e49\u0e32\u0e23\u0e48\u0e27\u0e21\u0e01\u0e34\u0e08\u0e01\u0e23\u0e23\u0e21 \u2026 \u0e04\u0e19 \u0e08\u0e32\u0e01\u0e01\u0e25\u0e38\u0e48\u0e21\u0e40\u0e1b\u0e49\u0e32\u0e2b\u0e21\u0e32\u0e22 \u2026 \u0e04\u0e19 \u0e04\u0e34\u0e14\u0e40\u0e1b\u0e47\u0e19\u0e23\u0e49\u0e2d\u0e22\u0e25\u0e30 \u2026\u201d \u0e40\u0e1b\u0e47\u0e19\u0e02\u0e49\u0e2d\u0e2b\u0e19\u0e36\u0e48\u0e07\u0e02\u0e2d\u0e07\u0e1c\u0e25\u0e01\u0e32\u0e23\u0e14\u0e33\u0e40\u0e19\u0e34\u0e19\u0e01\u0e32\u0e23", None))
#endif // QT_CONFIG(tooltip)
        self.stepsBox.setTitle(QCoreApplication.translate("MeasurePage", u"\u0e02\u0e31\u0e49\u0e19\u0e15\u0e2d\u0e19\u0e2b\u0e23\u0e37\u0e2d\u0e27\u0e34\u0e18\u0e35\u0e01\u0e32\u0e23\u0e1b\u0e0f\u0e34\u0e1a\u0e31\u0e15\u0e34", None))
        self.resultsBox.setTitle(QCoreApplication.translate("MeasurePage", u"\u0e1c\u0e25\u0e01\u0e32\u0e23\u0e14\u0e33\u0e40\u0e19\u0e34\u0e19\u0e01\u0e32\u0e23\u0e15\u0e32\u0e21\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e2b\u0e23\u0e37\u0e2d\u0e01\u0e34\u0e08\u0e01\u0e23\u0e23\u0e21", None))
        self.outcomesBox.setTitle(QCoreApplication.translate("MeasurePage", u"\u0e1c\u0e25\u0e25\u0e31\u0e1e\u0e18\u0e4c\u0e2b\u0e23\u0e37\u0e2d\u0e04\u0e27\u0e32\u0e21\u0e2a\u0e33\u0e40\u0e23\u0e47\u0e08\u0e02\u0e2d\u0e07\u0e01\u0e32\u0e23\u0e14\u0e33\u0e40\u0e19\u0e34\u0e19\u0e01\u0e32\u0e23", None))
        self.planBox.setTitle(QCoreApplication.translate("MeasurePage", u"\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13\u0e41\u0e25\u0e30\u0e01\u0e32\u0e23\u0e01\u0e33\u0e01\u0e31\u0e1a\u0e15\u0e34\u0e14\u0e15\u0e32\u0e21 (\u0e44\u0e21\u0e48\u0e1a\u0e31\u0e07\u0e04\u0e31\u0e1a)", None))
        self.budgetLabel.setText(QCoreApplication.translate("MeasurePage", u"\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13", None))
        self.budgetEdit.setPlaceholderText(QCoreApplication.translate("MeasurePage", u"\u0e40\u0e0a\u0e48\u0e19 12450.50 \u0e2b\u0e23\u0e37\u0e2d \u0e44\u0e21\u0e48\u0e43\u0e0a\u0e49\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13", None))
#if QT_CONFIG(tooltip)
        self.budgetEdit.setToolTip(QCoreApplication.translate("MeasurePage", u"\u0e08\u0e33\u0e19\u0e27\u0e19\u0e40\u0e07\u0e34\u0e19\u0e40\u0e1b\u0e47\u0e19\u0e1a\u0e32\u0e17 \u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e40\u0e25\u0e02\u0e44\u0e17\u0e22\u0e2b\u0e23\u0e37\u0e2d\u0e40\u0e25\u0e02\u0e2d\u0e32\u0e23\u0e1a\u0e34\u0e01\u0e01\u0e47\u0e44\u0e14\u0e49 \u0e2b\u0e23\u0e37\u0e2d\u0e1e\u0e34\u0e21\u0e1e\u0e4c \u0e44\u0e21\u0e48\u0e43\u0e0a\u0e49\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13 (\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e43\u0e19\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e40\u0e21\u0e37\u0e48\u0e2d\u0e40\u0e25\u0e37\u0e2d\u0e01\u0e43\u0e2b\u0e49\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e0a\u0e48\u0e2d\u0e07\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13\u0e17\u0e35\u0e48\u0e41\u0e17\u0e47\u0e1a\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19)", None))
#endif // QT_CONFIG(tooltip)
        self.followUpLabel.setText(QCoreApplication.translate("MeasurePage", u"\u0e01\u0e32\u0e23\u0e01\u0e33\u0e01\u0e31\u0e1a\u0e15\u0e34\u0e14\u0e15\u0e32\u0e21", None))
        self.followUpEdit.setPlaceholderText(QCoreApplication.translate("MeasurePage", u"\u0e40\u0e0a\u0e48\u0e19 \u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e1c\u0e25\u0e15\u0e48\u0e2d\u0e19\u0e32\u0e22\u0e01\u0e17\u0e38\u0e01\u0e44\u0e15\u0e23\u0e21\u0e32\u0e2a (\u0e43\u0e0a\u0e49\u0e43\u0e19\u0e41\u0e1c\u0e19\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23)", None))
        self.photosBox.setTitle(QCoreApplication.translate("MeasurePage", u"\u0e20\u0e32\u0e1e\u0e01\u0e34\u0e08\u0e01\u0e23\u0e23\u0e21 (\u0e2b\u0e25\u0e31\u0e01\u0e10\u0e32\u0e19\u0e01\u0e32\u0e23\u0e14\u0e33\u0e40\u0e19\u0e34\u0e19\u0e01\u0e32\u0e23 \u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e15\u0e48\u0e2d\u0e17\u0e49\u0e32\u0e22\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19)", None))
        pass
    # retranslateUi

