# Generated from forms/new_year_dialog.ui by tools/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_year_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

from itadesk.ui.widgets import ThaiSpinBox

class Ui_NewYearDialog(object):
    def setupUi(self, NewYearDialog):
        if not NewYearDialog.objectName():
            NewYearDialog.setObjectName(u"NewYearDialog")
        self.layout = QVBoxLayout(NewYearDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.yearLabel = QLabel(NewYearDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = ThaiSpinBox(NewYearDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2500)
        self.yearSpin.setMaximum(2700)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.sourceLabel = QLabel(NewYearDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(NewYearDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sourceCombo)


        self.layout.addLayout(self.form)

        self.explanation = QLabel(NewYearDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.message = QLabel(NewYearDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(NewYearDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.sourceLabel.setBuddy(self.sourceCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewYearDialog)
    # setupUi

    def retranslateUi(self, NewYearDialog):
        NewYearDialog.setWindowTitle(QCoreApplication.translate("NewYearDialog", u"\u0e40\u0e23\u0e34\u0e48\u0e21\u0e1b\u0e35\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13\u0e43\u0e2b\u0e21\u0e48", None))
        self.yearLabel.setText(QCoreApplication.translate("NewYearDialog", u"\u0e1b\u0e35\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13\u0e43\u0e2b\u0e21\u0e48 \u0e1e.\u0e28.", None))
        self.sourceLabel.setText(QCoreApplication.translate("NewYearDialog", u"\u0e04\u0e31\u0e14\u0e25\u0e2d\u0e01\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e08\u0e32\u0e01", None))
        self.explanation.setText(QCoreApplication.translate("NewYearDialog", u"\u0e23\u0e30\u0e1a\u0e1a\u0e08\u0e30\u0e04\u0e31\u0e14\u0e25\u0e2d\u0e01\u0e0a\u0e37\u0e48\u0e2d\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23 \u0e02\u0e31\u0e49\u0e19\u0e15\u0e2d\u0e19 \u0e1c\u0e39\u0e49\u0e23\u0e31\u0e1a\u0e1c\u0e34\u0e14\u0e0a\u0e2d\u0e1a \u0e41\u0e25\u0e30\u0e23\u0e39\u0e1b\u0e41\u0e1a\u0e1a\u0e40\u0e25\u0e02\u0e02\u0e49\u0e2d \u0e1e\u0e23\u0e49\u0e2d\u0e21\u0e40\u0e25\u0e37\u0e48\u0e2d\u0e19\u0e23\u0e30\u0e22\u0e30\u0e40\u0e27\u0e25\u0e32\u0e44\u0e1b\u0e2b\u0e19\u0e36\u0e48\u0e07\u0e1b\u0e35 \u0e2a\u0e48\u0e27\u0e19\u0e1c\u0e25\u0e01\u0e32\u0e23\u0e14\u0e33\u0e40\u0e19\u0e34\u0e19\u0e01\u0e32\u0e23 \u0e1c\u0e25\u0e25\u0e31\u0e1e\u0e18\u0e4c \u0e41\u0e25\u0e30\u0e08\u0e33\u0e19\u0e27\u0e19\u0e1c\u0e39\u0e49\u0e40\u0e02\u0e49\u0e32\u0e23\u0e48\u0e27\u0e21\u0e08\u0e30\u0e40\u0e27\u0e49\u0e19\u0e27\u0e48\u0e32\u0e07\u0e44\u0e27\u0e49\u0e43\u0e2b\u0e49\u0e01\u0e23\u0e2d\u0e01\u0e02\u0e2d\u0e07\u0e1b\u0e35\u0e43\u0e2b\u0e21\u0e48 \u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e1b\u0e35\u0e40\u0e14\u0e34\u0e21"
                        "\u0e44\u0e21\u0e48\u0e16\u0e39\u0e01\u0e41\u0e01\u0e49\u0e44\u0e02", None))
    # retranslateUi

