# Generated from forms/main_window.ui by tools/build_forms.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout,
    QLabel, QMainWindow, QMenu, QMenuBar,
    QPushButton, QSizePolicy, QSpacerItem, QStatusBar,
    QTabWidget, QToolButton, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 780)
        self.actionUndo = QAction(MainWindow)
        self.actionUndo.setObjectName(u"actionUndo")
        self.actionRedo = QAction(MainWindow)
        self.actionRedo.setObjectName(u"actionRedo")
        self.actionImport = QAction(MainWindow)
        self.actionImport.setObjectName(u"actionImport")
        self.actionImportWord = QAction(MainWindow)
        self.actionImportWord.setObjectName(u"actionImportWord")
        self.actionExportJson = QAction(MainWindow)
        self.actionExportJson.setObjectName(u"actionExportJson")
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
        self.actionRestore = QAction(MainWindow)
        self.actionRestore.setObjectName(u"actionRestore")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionAddMeasure = QAction(MainWindow)
        self.actionAddMeasure.setObjectName(u"actionAddMeasure")
        self.actionAddFromCatalog = QAction(MainWindow)
        self.actionAddFromCatalog.setObjectName(u"actionAddFromCatalog")
        self.actionDuplicate = QAction(MainWindow)
        self.actionDuplicate.setObjectName(u"actionDuplicate")
        self.actionMoveLeft = QAction(MainWindow)
        self.actionMoveLeft.setObjectName(u"actionMoveLeft")
        self.actionMoveRight = QAction(MainWindow)
        self.actionMoveRight.setObjectName(u"actionMoveRight")
        self.actionDelete = QAction(MainWindow)
        self.actionDelete.setObjectName(u"actionDelete")
        self.actionUndoDelete = QAction(MainWindow)
        self.actionUndoDelete.setObjectName(u"actionUndoDelete")
        self.actionNewYear = QAction(MainWindow)
        self.actionNewYear.setObjectName(u"actionNewYear")
        self.actionAddOrganization = QAction(MainWindow)
        self.actionAddOrganization.setObjectName(u"actionAddOrganization")
        self.actionPreview = QAction(MainWindow)
        self.actionPreview.setObjectName(u"actionPreview")
        self.actionPrint = QAction(MainWindow)
        self.actionPrint.setObjectName(u"actionPrint")
        self.actionExportPdf = QAction(MainWindow)
        self.actionExportPdf.setObjectName(u"actionExportPdf")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setSpacing(6)
        self.centralLayout.setObjectName(u"centralLayout")
        self.topBar = QHBoxLayout()
        self.topBar.setObjectName(u"topBar")
        self.orgLabel = QLabel(self.central)
        self.orgLabel.setObjectName(u"orgLabel")

        self.topBar.addWidget(self.orgLabel)

        self.orgCombo = QComboBox(self.central)
        self.orgCombo.setObjectName(u"orgCombo")
        self.orgCombo.setMinimumWidth(240)
        self.orgCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.topBar.addWidget(self.orgCombo)

        self.gap1 = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.topBar.addItem(self.gap1)

        self.yearLabel = QLabel(self.central)
        self.yearLabel.setObjectName(u"yearLabel")

        self.topBar.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(self.central)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setMinimumWidth(90)

        self.topBar.addWidget(self.yearCombo)

        self.newYearButton = QPushButton(self.central)
        self.newYearButton.setObjectName(u"newYearButton")

        self.topBar.addWidget(self.newYearButton)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topBar.addItem(self.stretch)

        self.previewButton = QPushButton(self.central)
        self.previewButton.setObjectName(u"previewButton")

        self.topBar.addWidget(self.previewButton)

        self.printButton = QPushButton(self.central)
        self.printButton.setObjectName(u"printButton")

        self.topBar.addWidget(self.printButton)

        self.exportPdfButton = QPushButton(self.central)
        self.exportPdfButton.setObjectName(u"exportPdfButton")

        self.topBar.addWidget(self.exportPdfButton)


        self.centralLayout.addLayout(self.topBar)

        self.noticeBar = QFrame(self.central)
        self.noticeBar.setObjectName(u"noticeBar")
        self.noticeBar.setFrameShape(QFrame.StyledPanel)
        self.noticeLayout = QHBoxLayout(self.noticeBar)
        self.noticeLayout.setObjectName(u"noticeLayout")
        self.noticeLayout.setContentsMargins(-1, 4, -1, 4)
        self.noticeLabel = QLabel(self.noticeBar)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.noticeLabel.sizePolicy().hasHeightForWidth())
        self.noticeLabel.setSizePolicy(sizePolicy)

        self.noticeLayout.addWidget(self.noticeLabel)

        self.noticeAction = QPushButton(self.noticeBar)
        self.noticeAction.setObjectName(u"noticeAction")

        self.noticeLayout.addWidget(self.noticeAction)

        self.noticeClose = QToolButton(self.noticeBar)
        self.noticeClose.setObjectName(u"noticeClose")

        self.noticeLayout.addWidget(self.noticeClose)


        self.centralLayout.addWidget(self.noticeBar)

        self.tabs = QTabWidget(self.central)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setElideMode(Qt.ElideNone)

        self.centralLayout.addWidget(self.tabs)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.fileMenu = QMenu(self.menubar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.editMenu = QMenu(self.menubar)
        self.editMenu.setObjectName(u"editMenu")
        self.measureMenu = QMenu(self.menubar)
        self.measureMenu.setObjectName(u"measureMenu")
        self.yearMenu = QMenu(self.menubar)
        self.yearMenu.setObjectName(u"yearMenu")
        self.reportMenu = QMenu(self.menubar)
        self.reportMenu.setObjectName(u"reportMenu")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.orgLabel.setBuddy(self.orgCombo)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.orgCombo, self.yearCombo)
        QWidget.setTabOrder(self.yearCombo, self.newYearButton)
        QWidget.setTabOrder(self.newYearButton, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.exportPdfButton)
        QWidget.setTabOrder(self.exportPdfButton, self.tabs)

        self.menubar.addAction(self.fileMenu.menuAction())
        self.menubar.addAction(self.editMenu.menuAction())
        self.menubar.addAction(self.measureMenu.menuAction())
        self.menubar.addAction(self.yearMenu.menuAction())
        self.menubar.addAction(self.reportMenu.menuAction())
        self.fileMenu.addAction(self.actionImport)
        self.fileMenu.addAction(self.actionImportWord)
        self.fileMenu.addAction(self.actionExportJson)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.actionBackup)
        self.fileMenu.addAction(self.actionRestore)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.actionQuit)
        self.editMenu.addAction(self.actionUndo)
        self.editMenu.addAction(self.actionRedo)
        self.measureMenu.addAction(self.actionAddMeasure)
        self.measureMenu.addAction(self.actionAddFromCatalog)
        self.measureMenu.addAction(self.actionDuplicate)
        self.measureMenu.addSeparator()
        self.measureMenu.addAction(self.actionMoveLeft)
        self.measureMenu.addAction(self.actionMoveRight)
        self.measureMenu.addSeparator()
        self.measureMenu.addAction(self.actionDelete)
        self.measureMenu.addAction(self.actionUndoDelete)
        self.yearMenu.addAction(self.actionNewYear)
        self.yearMenu.addAction(self.actionAddOrganization)
        self.reportMenu.addAction(self.actionPreview)
        self.reportMenu.addAction(self.actionPrint)
        self.reportMenu.addAction(self.actionExportPdf)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"ITA Desk", None))
        self.actionUndo.setText(QCoreApplication.translate("MainWindow", u"\u0e40\u0e25\u0e34\u0e01\u0e17\u0e33", None))
#if QT_CONFIG(shortcut)
        self.actionUndo.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Z", None))
#endif // QT_CONFIG(shortcut)
        self.actionRedo.setText(QCoreApplication.translate("MainWindow", u"\u0e17\u0e33\u0e0b\u0e49\u0e33", None))
#if QT_CONFIG(shortcut)
        self.actionRedo.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Y", None))
#endif // QT_CONFIG(shortcut)
        self.actionImport.setText(QCoreApplication.translate("MainWindow", u"\u0e19\u0e33\u0e40\u0e02\u0e49\u0e32\u0e44\u0e1f\u0e25\u0e4c\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19 (.json)\u2026", None))
        self.actionImportWord.setText(QCoreApplication.translate("MainWindow", u"\u0e19\u0e33\u0e40\u0e02\u0e49\u0e32\u0e08\u0e32\u0e01\u0e44\u0e1f\u0e25\u0e4c Word\u2026", None))
        self.actionExportJson.setText(QCoreApplication.translate("MainWindow", u"\u0e2a\u0e48\u0e07\u0e2d\u0e2d\u0e01\u0e44\u0e1f\u0e25\u0e4c\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19 (.json)\u2026", None))
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"\u0e2a\u0e33\u0e23\u0e2d\u0e07\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u2026", None))
        self.actionRestore.setText(QCoreApplication.translate("MainWindow", u"\u0e01\u0e39\u0e49\u0e04\u0e37\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"\u0e2d\u0e2d\u0e01\u0e08\u0e32\u0e01\u0e42\u0e1b\u0e23\u0e41\u0e01\u0e23\u0e21", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionAddMeasure.setText(QCoreApplication.translate("MainWindow", u"\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e43\u0e2b\u0e21\u0e48", None))
#if QT_CONFIG(shortcut)
        self.actionAddMeasure.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionAddFromCatalog.setText(QCoreApplication.translate("MainWindow", u"\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e08\u0e32\u0e01\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e17\u0e35\u0e48\u0e43\u0e0a\u0e49\u0e1a\u0e48\u0e2d\u0e22\u2026", None))
        self.actionDuplicate.setText(QCoreApplication.translate("MainWindow", u"\u0e17\u0e33\u0e2a\u0e33\u0e40\u0e19\u0e32\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e19\u0e35\u0e49", None))
        self.actionMoveLeft.setText(QCoreApplication.translate("MainWindow", u"\u0e22\u0e49\u0e32\u0e22\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e19\u0e35\u0e49\u0e44\u0e1b\u0e01\u0e48\u0e2d\u0e19\u0e2b\u0e19\u0e49\u0e32", None))
        self.actionMoveRight.setText(QCoreApplication.translate("MainWindow", u"\u0e22\u0e49\u0e32\u0e22\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e19\u0e35\u0e49\u0e44\u0e1b\u0e16\u0e31\u0e14\u0e44\u0e1b", None))
        self.actionDelete.setText(QCoreApplication.translate("MainWindow", u"\u0e25\u0e1a\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e19\u0e35\u0e49\u2026", None))
        self.actionUndoDelete.setText(QCoreApplication.translate("MainWindow", u"\u0e40\u0e25\u0e34\u0e01\u0e25\u0e1a\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23", None))
        self.actionNewYear.setText(QCoreApplication.translate("MainWindow", u"\u0e40\u0e23\u0e34\u0e48\u0e21\u0e1b\u0e35\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13\u0e43\u0e2b\u0e21\u0e48\u2026", None))
        self.actionAddOrganization.setText(QCoreApplication.translate("MainWindow", u"\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19\u0e43\u0e2b\u0e21\u0e48\u2026", None))
        self.actionPreview.setText(QCoreApplication.translate("MainWindow", u"\u0e14\u0e39\u0e15\u0e31\u0e27\u0e2d\u0e22\u0e48\u0e32\u0e07\u0e01\u0e48\u0e2d\u0e19\u0e1e\u0e34\u0e21\u0e1e\u0e4c", None))
        self.actionPrint.setText(QCoreApplication.translate("MainWindow", u"\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionPrint.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.actionExportPdf.setText(QCoreApplication.translate("MainWindow", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e40\u0e1b\u0e47\u0e19 PDF\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionExportPdf.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.orgLabel.setText(QCoreApplication.translate("MainWindow", u"\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19", None))
#if QT_CONFIG(tooltip)
        self.orgCombo.setToolTip(QCoreApplication.translate("MainWindow", u"\u0e40\u0e25\u0e37\u0e2d\u0e01\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19\u0e17\u0e35\u0e48\u0e08\u0e30\u0e17\u0e33\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19", None))
#endif // QT_CONFIG(tooltip)
        self.yearLabel.setText(QCoreApplication.translate("MainWindow", u"\u0e1b\u0e35\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13 \u0e1e.\u0e28.", None))
#if QT_CONFIG(tooltip)
        self.yearCombo.setToolTip(QCoreApplication.translate("MainWindow", u"\u0e40\u0e25\u0e37\u0e2d\u0e01\u0e1b\u0e35\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13\u0e02\u0e2d\u0e07\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19", None))
#endif // QT_CONFIG(tooltip)
        self.newYearButton.setText(QCoreApplication.translate("MainWindow", u"\u0e40\u0e23\u0e34\u0e48\u0e21\u0e1b\u0e35\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13\u0e43\u0e2b\u0e21\u0e48\u2026", None))
#if QT_CONFIG(tooltip)
        self.newYearButton.setToolTip(QCoreApplication.translate("MainWindow", u"\u0e2a\u0e23\u0e49\u0e32\u0e07\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e1b\u0e35\u0e16\u0e31\u0e14\u0e44\u0e1b\u0e42\u0e14\u0e22\u0e04\u0e31\u0e14\u0e25\u0e2d\u0e01\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e08\u0e32\u0e01\u0e1b\u0e35\u0e17\u0e35\u0e48\u0e41\u0e25\u0e49\u0e27", None))
#endif // QT_CONFIG(tooltip)
        self.previewButton.setText(QCoreApplication.translate("MainWindow", u"\u0e14\u0e39\u0e15\u0e31\u0e27\u0e2d\u0e22\u0e48\u0e32\u0e07\u0e01\u0e48\u0e2d\u0e19\u0e1e\u0e34\u0e21\u0e1e\u0e4c", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("MainWindow", u"\u0e41\u0e2a\u0e14\u0e07\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e17\u0e38\u0e01\u0e2b\u0e19\u0e49\u0e32\u0e15\u0e32\u0e21\u0e17\u0e35\u0e48\u0e08\u0e30\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e2d\u0e2d\u0e01\u0e21\u0e32", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("MainWindow", u"\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("MainWindow", u"\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e2d\u0e2d\u0e01\u0e40\u0e04\u0e23\u0e37\u0e48\u0e2d\u0e07\u0e1e\u0e34\u0e21\u0e1e\u0e4c (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.exportPdfButton.setText(QCoreApplication.translate("MainWindow", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e40\u0e1b\u0e47\u0e19 PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportPdfButton.setToolTip(QCoreApplication.translate("MainWindow", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e40\u0e1b\u0e47\u0e19\u0e44\u0e1f\u0e25\u0e4c PDF \u0e2a\u0e33\u0e2b\u0e23\u0e31\u0e1a\u0e40\u0e1c\u0e22\u0e41\u0e1e\u0e23\u0e48\u0e1a\u0e19\u0e40\u0e27\u0e47\u0e1a\u0e44\u0e0b\u0e15\u0e4c (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.noticeAction.setText(QCoreApplication.translate("MainWindow", u"\u0e40\u0e25\u0e34\u0e01\u0e25\u0e1a", None))
        self.noticeClose.setText(QCoreApplication.translate("MainWindow", u"\u0e1b\u0e34\u0e14", None))
#if QT_CONFIG(tooltip)
        self.noticeClose.setToolTip(QCoreApplication.translate("MainWindow", u"\u0e1b\u0e34\u0e14\u0e02\u0e49\u0e2d\u0e04\u0e27\u0e32\u0e21\u0e19\u0e35\u0e49", None))
#endif // QT_CONFIG(tooltip)
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"\u0e41\u0e1f\u0e49\u0e21", None))
        self.editMenu.setTitle(QCoreApplication.translate("MainWindow", u"\u0e41\u0e01\u0e49\u0e44\u0e02", None))
        self.measureMenu.setTitle(QCoreApplication.translate("MainWindow", u"\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23", None))
        self.yearMenu.setTitle(QCoreApplication.translate("MainWindow", u"\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19\u0e41\u0e25\u0e30\u0e1b\u0e35\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13", None))
        self.reportMenu.setTitle(QCoreApplication.translate("MainWindow", u"\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19", None))
    # retranslateUi

