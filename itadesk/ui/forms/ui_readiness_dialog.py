# Generated from forms/readiness_dialog.ui by tools/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'readiness_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReadinessDialog(object):
    def setupUi(self, ReadinessDialog):
        if not ReadinessDialog.objectName():
            ReadinessDialog.setObjectName(u"ReadinessDialog")
        ReadinessDialog.resize(760, 480)
        self.layout = QVBoxLayout(ReadinessDialog)
        self.layout.setObjectName(u"layout")
        self.summaryLabel = QLabel(ReadinessDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.findingsList = QListWidget(ReadinessDialog)
        self.findingsList.setObjectName(u"findingsList")
        self.findingsList.setWordWrap(True)
        self.findingsList.setAlternatingRowColors(True)

        self.layout.addWidget(self.findingsList)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.goButton = QPushButton(ReadinessDialog)
        self.goButton.setObjectName(u"goButton")

        self.buttonRow.addWidget(self.goButton)

        self.recheckButton = QPushButton(ReadinessDialog)
        self.recheckButton.setObjectName(u"recheckButton")

        self.buttonRow.addWidget(self.recheckButton)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.stretch)

        self.proceedButton = QPushButton(ReadinessDialog)
        self.proceedButton.setObjectName(u"proceedButton")

        self.buttonRow.addWidget(self.proceedButton)

        self.closeButton = QPushButton(ReadinessDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)


        self.retranslateUi(ReadinessDialog)
    # setupUi

    def retranslateUi(self, ReadinessDialog):
        ReadinessDialog.setWindowTitle(QCoreApplication.translate("ReadinessDialog", u"\u0e15\u0e23\u0e27\u0e08\u0e04\u0e27\u0e32\u0e21\u0e1e\u0e23\u0e49\u0e2d\u0e21\u0e02\u0e2d\u0e07\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19", None))
#if QT_CONFIG(tooltip)
        self.findingsList.setToolTip(QCoreApplication.translate("ReadinessDialog", u"\u0e14\u0e31\u0e1a\u0e40\u0e1a\u0e34\u0e25\u0e04\u0e25\u0e34\u0e01\u0e23\u0e32\u0e22\u0e01\u0e32\u0e23\u0e40\u0e1e\u0e37\u0e48\u0e2d\u0e44\u0e1b\u0e17\u0e35\u0e48\u0e0a\u0e48\u0e2d\u0e07\u0e19\u0e31\u0e49\u0e19", None))
#endif // QT_CONFIG(tooltip)
        self.goButton.setText(QCoreApplication.translate("ReadinessDialog", u"\u0e44\u0e1b\u0e17\u0e35\u0e48\u0e0a\u0e48\u0e2d\u0e07\u0e19\u0e35\u0e49", None))
#if QT_CONFIG(tooltip)
        self.goButton.setToolTip(QCoreApplication.translate("ReadinessDialog", u"\u0e40\u0e1b\u0e34\u0e14\u0e41\u0e17\u0e47\u0e1a\u0e02\u0e2d\u0e07\u0e23\u0e32\u0e22\u0e01\u0e32\u0e23\u0e17\u0e35\u0e48\u0e40\u0e25\u0e37\u0e2d\u0e01\u0e41\u0e25\u0e30\u0e44\u0e1b\u0e17\u0e35\u0e48\u0e0a\u0e48\u0e2d\u0e07\u0e19\u0e31\u0e49\u0e19\u0e40\u0e1e\u0e37\u0e48\u0e2d\u0e41\u0e01\u0e49\u0e44\u0e02", None))
#endif // QT_CONFIG(tooltip)
        self.recheckButton.setText(QCoreApplication.translate("ReadinessDialog", u"\u0e15\u0e23\u0e27\u0e08\u0e2d\u0e35\u0e01\u0e04\u0e23\u0e31\u0e49\u0e07", None))
#if QT_CONFIG(tooltip)
        self.recheckButton.setToolTip(QCoreApplication.translate("ReadinessDialog", u"\u0e15\u0e23\u0e27\u0e08\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e2d\u0e35\u0e01\u0e04\u0e23\u0e31\u0e49\u0e07\u0e2b\u0e25\u0e31\u0e07\u0e41\u0e01\u0e49\u0e44\u0e02\u0e41\u0e25\u0e49\u0e27", None))
#endif // QT_CONFIG(tooltip)
        self.proceedButton.setText(QCoreApplication.translate("ReadinessDialog", u"\u0e17\u0e33\u0e15\u0e48\u0e2d\u0e44\u0e1b", None))
        self.closeButton.setText(QCoreApplication.translate("ReadinessDialog", u"\u0e1b\u0e34\u0e14", None))
    # retranslateUi

