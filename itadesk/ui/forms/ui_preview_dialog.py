# Generated from forms/preview_dialog.ui by tools/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preview_dialog.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PreviewDialog(object):
    def setupUi(self, PreviewDialog):
        if not PreviewDialog.objectName():
            PreviewDialog.setObjectName(u"PreviewDialog")
        PreviewDialog.resize(1000, 760)
        self.layout = QVBoxLayout(PreviewDialog)
        self.layout.setObjectName(u"layout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.statusLabel = QLabel(PreviewDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.topRow.addWidget(self.statusLabel)

        self.progress = QProgressBar(PreviewDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximumWidth(240)
        self.progress.setTextVisible(False)

        self.topRow.addWidget(self.progress)

        self.zoomOutButton = QPushButton(PreviewDialog)
        self.zoomOutButton.setObjectName(u"zoomOutButton")

        self.topRow.addWidget(self.zoomOutButton)

        self.fitButton = QPushButton(PreviewDialog)
        self.fitButton.setObjectName(u"fitButton")

        self.topRow.addWidget(self.fitButton)

        self.zoomInButton = QPushButton(PreviewDialog)
        self.zoomInButton.setObjectName(u"zoomInButton")

        self.topRow.addWidget(self.zoomInButton)


        self.layout.addLayout(self.topRow)

        self.warningsLabel = QLabel(PreviewDialog)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)

        self.layout.addWidget(self.warningsLabel)

        self.view = QPdfView(PreviewDialog)
        self.view.setObjectName(u"view")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.view.sizePolicy().hasHeightForWidth())
        self.view.setSizePolicy(sizePolicy1)

        self.layout.addWidget(self.view)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonStretch)

        self.printButton = QPushButton(PreviewDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.exportButton = QPushButton(PreviewDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonRow.addWidget(self.exportButton)

        self.closeButton = QPushButton(PreviewDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)


        self.retranslateUi(PreviewDialog)
    # setupUi

    def retranslateUi(self, PreviewDialog):
        PreviewDialog.setWindowTitle(QCoreApplication.translate("PreviewDialog", u"\u0e15\u0e31\u0e27\u0e2d\u0e22\u0e48\u0e32\u0e07\u0e01\u0e48\u0e2d\u0e19\u0e1e\u0e34\u0e21\u0e1e\u0e4c", None))
        self.zoomOutButton.setText(QCoreApplication.translate("PreviewDialog", u"\u0e22\u0e48\u0e2d", None))
        self.fitButton.setText(QCoreApplication.translate("PreviewDialog", u"\u0e1e\u0e2d\u0e14\u0e35\u0e04\u0e27\u0e32\u0e21\u0e01\u0e27\u0e49\u0e32\u0e07", None))
        self.zoomInButton.setText(QCoreApplication.translate("PreviewDialog", u"\u0e02\u0e22\u0e32\u0e22", None))
        self.printButton.setText(QCoreApplication.translate("PreviewDialog", u"\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("PreviewDialog", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e40\u0e1b\u0e47\u0e19 PDF\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PreviewDialog", u"\u0e1b\u0e34\u0e14", None))
    # retranslateUi

