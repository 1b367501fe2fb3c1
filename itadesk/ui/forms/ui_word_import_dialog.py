# Generated from forms/word_import_dialog.ui by tools/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'word_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QSpinBox,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_WordImportDialog(object):
    def setupUi(self, WordImportDialog):
        if not WordImportDialog.objectName():
            WordImportDialog.setObjectName(u"WordImportDialog")
        WordImportDialog.resize(900, 620)
        self.layout = QVBoxLayout(WordImportDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(WordImportDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.orgLabel = QLabel(WordImportDialog)
        self.orgLabel.setObjectName(u"orgLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.orgLabel)

        self.orgEdit = QLineEdit(WordImportDialog)
        self.orgEdit.setObjectName(u"orgEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.orgEdit)

        self.yearLabel = QLabel(WordImportDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(WordImportDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2500)
        self.yearSpin.setMaximum(2700)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearSpin)


        self.layout.addLayout(self.form)

        self.measuresHeading = QLabel(WordImportDialog)
        self.measuresHeading.setObjectName(u"measuresHeading")

        self.layout.addWidget(self.measuresHeading)

        self.measuresTree = QTreeWidget(WordImportDialog)
        self.measuresTree.setObjectName(u"measuresTree")
        self.measuresTree.setRootIsDecorated(False)
        self.measuresTree.setAlternatingRowColors(True)
        self.measuresTree.setWordWrap(True)

        self.layout.addWidget(self.measuresTree)

        self.unitsLabel = QLabel(WordImportDialog)
        self.unitsLabel.setObjectName(u"unitsLabel")
        self.unitsLabel.setWordWrap(True)

        self.layout.addWidget(self.unitsLabel)

        self.notPlacedHeading = QLabel(WordImportDialog)
        self.notPlacedHeading.setObjectName(u"notPlacedHeading")
        self.notPlacedHeading.setWordWrap(True)

        self.layout.addWidget(self.notPlacedHeading)

        self.notPlacedList = QListWidget(WordImportDialog)
        self.notPlacedList.setObjectName(u"notPlacedList")
        self.notPlacedList.setWordWrap(True)
        self.notPlacedList.setMaximumSize(QSize(16777215, 140))

        self.layout.addWidget(self.notPlacedList)

        self.message = QLabel(WordImportDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(WordImportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.orgLabel.setBuddy(self.orgEdit)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.orgEdit, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.measuresTree)
        QWidget.setTabOrder(self.measuresTree, self.notPlacedList)

        self.retranslateUi(WordImportDialog)
    # setupUi

    def retranslateUi(self, WordImportDialog):
        WordImportDialog.setWindowTitle(QCoreApplication.translate("WordImportDialog", u"\u0e19\u0e33\u0e40\u0e02\u0e49\u0e32\u0e08\u0e32\u0e01\u0e44\u0e1f\u0e25\u0e4c Word", None))
        self.intro.setText(QCoreApplication.translate("WordImportDialog", u"\u0e15\u0e23\u0e27\u0e08\u0e2a\u0e2d\u0e1a\u0e2a\u0e34\u0e48\u0e07\u0e17\u0e35\u0e48\u0e42\u0e1b\u0e23\u0e41\u0e01\u0e23\u0e21\u0e2d\u0e48\u0e32\u0e19\u0e44\u0e14\u0e49\u0e08\u0e32\u0e01\u0e44\u0e1f\u0e25\u0e4c Word \u0e01\u0e48\u0e2d\u0e19\u0e19\u0e33\u0e40\u0e02\u0e49\u0e32 \u0e22\u0e31\u0e07\u0e44\u0e21\u0e48\u0e21\u0e35\u0e01\u0e32\u0e23\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e08\u0e19\u0e01\u0e27\u0e48\u0e32\u0e08\u0e30\u0e01\u0e14 \u201c\u0e19\u0e33\u0e40\u0e02\u0e49\u0e32\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e19\u0e35\u0e49\u201d", None))
        self.orgLabel.setText(QCoreApplication.translate("WordImportDialog", u"\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19", None))
        self.orgEdit.setPlaceholderText(QCoreApplication.translate("WordImportDialog", u"\u0e40\u0e0a\u0e48\u0e19 \u0e40\u0e17\u0e28\u0e1a\u0e32\u0e25\u0e15\u0e33\u0e1a\u0e25\u0e2b\u0e19\u0e2d\u0e07\u0e1a\u0e31\u0e27", None))
        self.yearLabel.setText(QCoreApplication.translate("WordImportDialog", u"\u0e1b\u0e35\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13 \u0e1e.\u0e28.", None))
        self.measuresHeading.setText(QCoreApplication.translate("WordImportDialog", u"\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e17\u0e35\u0e48\u0e1e\u0e1a", None))
        ___qtreewidgetitem = self.measuresTree.headerItem()
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("WordImportDialog", u"\u0e1c\u0e39\u0e49\u0e23\u0e31\u0e1a\u0e1c\u0e34\u0e14\u0e0a\u0e2d\u0e1a", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("WordImportDialog", u"\u0e23\u0e30\u0e22\u0e30\u0e40\u0e27\u0e25\u0e32", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("WordImportDialog", u"\u0e1c\u0e25\u0e25\u0e31\u0e1e\u0e18\u0e4c", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("WordImportDialog", u"\u0e1c\u0e25\u0e01\u0e32\u0e23\u0e14\u0e33\u0e40\u0e19\u0e34\u0e19\u0e01\u0e32\u0e23", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("WordImportDialog", u"\u0e02\u0e31\u0e49\u0e19\u0e15\u0e2d\u0e19", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("WordImportDialog", u"\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23/\u0e42\u0e04\u0e23\u0e07\u0e01\u0e32\u0e23/\u0e01\u0e34\u0e08\u0e01\u0e23\u0e23\u0e21", None))
    # retranslateUi

