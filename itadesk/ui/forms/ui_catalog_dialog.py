# Generated from forms/catalog_dialog.ui by tools/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalog_dialog.ui'
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
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CatalogDialog(object):
    def setupUi(self, CatalogDialog):
        if not CatalogDialog.objectName():
            CatalogDialog.setObjectName(u"CatalogDialog")
        CatalogDialog.resize(760, 600)
        self.layout = QVBoxLayout(CatalogDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(CatalogDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.list = QListWidget(CatalogDialog)
        self.list.setObjectName(u"list")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)

        self.layout.addWidget(self.list)

        self.buttons = QDialogButtonBox(CatalogDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(CatalogDialog)
    # setupUi

    def retranslateUi(self, CatalogDialog):
        CatalogDialog.setWindowTitle(QCoreApplication.translate("CatalogDialog", u"\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e08\u0e32\u0e01\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e17\u0e35\u0e48\u0e43\u0e0a\u0e49\u0e1a\u0e48\u0e2d\u0e22", None))
        self.intro.setText(QCoreApplication.translate("CatalogDialog", u"\u0e15\u0e34\u0e4a\u0e01\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e17\u0e35\u0e48\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19\u0e17\u0e33\u0e43\u0e19\u0e1b\u0e35\u0e19\u0e35\u0e49 \u0e41\u0e25\u0e49\u0e27\u0e01\u0e14 \u201c\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e17\u0e35\u0e48\u0e40\u0e25\u0e37\u0e2d\u0e01\u201d \u0e42\u0e1b\u0e23\u0e41\u0e01\u0e23\u0e21\u0e08\u0e30\u0e43\u0e2a\u0e48\u0e0a\u0e37\u0e48\u0e2d\u0e41\u0e25\u0e30\u0e02\u0e31\u0e49\u0e19\u0e15\u0e2d\u0e19\u0e17\u0e35\u0e48\u0e43\u0e0a\u0e49\u0e01\u0e31\u0e19\u0e17\u0e31\u0e48\u0e27\u0e44\u0e1b\u0e43\u0e2b\u0e49 \u0e17\u0e48\u0e32\u0e19\u0e41\u0e01\u0e49\u0e44\u0e02\u0e43\u0e2b\u0e49\u0e15\u0e23\u0e07\u0e01\u0e31\u0e1a\u0e17\u0e35\u0e48\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19\u0e17\u0e33\u0e08\u0e23\u0e34\u0e07\u0e44\u0e14\u0e49\u0e20\u0e32\u0e22\u0e2b\u0e25\u0e31\u0e07", None))
    # retranslateUi

