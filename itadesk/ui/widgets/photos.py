"""The evidence photos of a measure (ภาพกิจกรรม): thumbnails in print order,
added from files (the dialog, dropped on the strip, or pasted), moved, removed,
each with a caption and the date taken.

The strip edits its own list of ``Photo``s and says what it did with
``edited(what, key)``; the measure page takes the list into the measure and
into the report's undo history. A picked file goes through
``itadesk.photos.prepare`` (checked by its header, turned, stripped of EXIF,
resized) before anything is kept; a refused one is said with ``refused``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import messages, photos, thaifmt
from ...errors import PhotoError
from ...model import Photo
from .dates import ThaiDateEdit

THUMB = 120
FILE_FILTER = "ภาพถ่าย (*.jpg *.jpeg *.png *.heic *.heif);;ทุกไฟล์ (*)"


class PhotoStrip(QWidget):
    edited = Signal(str, object)  # what was done (for the Edit menu), merge key
    refused = Signal(str)  # a Thai sentence: why a file was not added

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._photos: list[Photo] = []
        self._digits = "thai"
        self._thumbs: dict[int, QIcon] = {}  # by id() of the photo's bytes
        self.reference: dt.date | None = None
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setFixedHeight(THUMB + 48)
        self.list.setAcceptDrops(False)
        self.list.setToolTip("ลากไฟล์ภาพมาวางที่นี่ หรือคัดลอกภาพแล้วกด Ctrl+V")
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.addButton = QPushButton("เพิ่มภาพ…", self)
        self.leftButton = QPushButton("◀ เลื่อนไปก่อน", self)
        self.rightButton = QPushButton("เลื่อนไปหลัง ▶", self)
        self.removeButton = QPushButton("ลบภาพ", self)
        for b in (self.addButton, self.leftButton, self.rightButton, self.removeButton):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        details = QHBoxLayout()
        details.addWidget(QLabel("คำบรรยายภาพ", self))
        self.captionEdit = QLineEdit(self)
        self.captionEdit.setPlaceholderText("เช่น ประชุมชี้แจงเจ้าหน้าที่ ณ ห้องประชุมสำนักงาน")
        details.addWidget(self.captionEdit, 3)
        details.addWidget(QLabel("วันที่ถ่าย", self))
        self.dateEdit = ThaiDateEdit(self)
        details.addWidget(self.dateEdit, 1)
        layout.addLayout(details)
        self.addButton.clicked.connect(self.pick_files)
        self.leftButton.clicked.connect(lambda: self.move_selected(-1))
        self.rightButton.clicked.connect(lambda: self.move_selected(1))
        self.removeButton.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(lambda _r: self._show_selected())
        self.captionEdit.editingFinished.connect(self._caption_finished)
        self.dateEdit.dateEdited.connect(self._date_edited)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self.list)
        paste.activated.connect(self.paste)
        self._show_selected()

    # --- the list ---------------------------------------------------------------------------
    def photos(self) -> list[Photo]:
        return list(self._photos)

    def set_photos(self, photos_: list[Photo], digits: str = "thai") -> None:
        self._digits = digits
        self.dateEdit.set_digits(digits)
        row = self.list.currentRow()
        self._photos = list(photos_)
        self._rebuild(row)

    def adopt(self, stored: list[Photo]) -> None:
        """Take the ids the database gave the photos shown (after a save),
        without touching what is on screen."""
        if len(stored) == len(self._photos) and all(
            a.data is b.data or a.data == b.data for a, b in zip(stored, self._photos, strict=True)
        ):
            self._photos = list(stored)

    def _rebuild(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for k, photo in enumerate(self._photos):
            item = QListWidgetItem(self._icon(photo), self._label(k, photo))
            item.setToolTip(photo.caption or "(ยังไม่มีคำบรรยายภาพ)")
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self._photos:
            self.list.setCurrentRow(max(0, min(row, len(self._photos) - 1)))
        self._show_selected()

    def _label(self, k: int, photo: Photo) -> str:
        when = thaifmt.date(photo.taken, self._digits, abbreviated=True) if photo.taken else "ไม่ระบุวันที่"
        return f"ภาพที่ {thaifmt.digits(str(k + 1), self._digits)}\n{when}"

    def _icon(self, photo: Photo) -> QIcon:
        key = id(photo.data)
        icon = self._thumbs.get(key)
        if icon is None:
            image = QImage.fromData(photo.data)
            icon = QIcon(
                QPixmap.fromImage(
                    image.scaled(
                        THUMB,
                        THUMB,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            )
            self._thumbs[key] = icon
        return icon

    def _show_selected(self) -> None:
        row = self.list.currentRow()
        has = 0 <= row < len(self._photos)
        for w in (self.removeButton, self.captionEdit, self.dateEdit):
            w.setEnabled(has)
        self.leftButton.setEnabled(has and row > 0)
        self.rightButton.setEnabled(has and row < len(self._photos) - 1)
        photo = self._photos[row] if has else None
        self.captionEdit.setText(photo.caption if photo else "")
        self.dateEdit.reference = self.reference
        self.dateEdit.setDate(photo.taken if photo else None)

    def _changed(self, what: str, row: int, key: object = None) -> None:
        self._rebuild(row)
        self.edited.emit(what, key)

    # --- adding -------------------------------------------------------------------------------
    def pick_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, "เลือกภาพกิจกรรม", "", FILE_FILTER)
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        blobs = []
        for path in paths:
            try:
                blobs.append((path.read_bytes(), path.name))
            except OSError:
                self.refused.emit(messages.describe(PhotoError(reason="unreadable", name=path.name)))
        self.add_data(blobs)

    def add_data(self, blobs: list[tuple[bytes, str]]) -> None:
        """Prepare and add each (bytes, name); the refused ones are said, the others added as one step."""
        added = []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for data, name in blobs:
                try:
                    p = photos.prepare(data, name)
                except PhotoError as exc:
                    self.refused.emit(messages.describe(exc))
                    continue
                added.append(Photo(p.data, caption="", taken=p.taken))
        finally:
            QApplication.restoreOverrideCursor()
        if added:
            self._photos += added
            self._changed("เพิ่มภาพกิจกรรม", len(self._photos) - len(added))

    def paste(self) -> None:
        mime = QApplication.clipboard().mimeData()
        if mime is None:
            return
        if mime.hasUrls():
            self.add_files([Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()])
        elif mime.hasImage():
            image = QImage(mime.imageData())
            raw = QByteArray()
            buf = QBuffer(raw)
            buf.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buf, b"PNG")
            self.add_data([(bytes(raw.data()), "ภาพที่วาง")])

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        self.add_files([Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()

    # --- editing ------------------------------------------------------------------------------
    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        new = row + step
        if not (0 <= row < len(self._photos) and 0 <= new < len(self._photos)):
            return
        self._photos.insert(new, self._photos.pop(row))
        self._changed("เลื่อนภาพกิจกรรม", new)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._photos):
            del self._photos[row]
            self._changed("ลบภาพกิจกรรม", row)

    def _caption_finished(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._photos):
            return
        text = " ".join(self.captionEdit.text().split())
        photo = self._photos[row]
        if text != photo.caption:
            self._photos[row] = Photo(photo.data, text, photo.taken, photo.mime, photo.id)
            self._changed("แก้คำบรรยายภาพ", row)

    def _date_edited(self, d: dt.date | None) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._photos) and self._photos[row].taken != d:
            photo = self._photos[row]
            self._photos[row] = Photo(photo.data, photo.caption, d, photo.mime, photo.id)
            self._changed("แก้วันที่ถ่ายภาพ", row)
