"""Thai for the words Qt itself shows (context menus, standard buttons, its
own file dialog): Qt ships no Thai translation, and the clerk must never see
English. On Windows the file and print dialogs are the system's own, in the
language of Windows."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

_THAI = {
    # context menus of text fields (QLineEdit, QWidgetTextControl)
    "&Undo": "เลิกทำ",
    "&Redo": "ทำซ้ำ",
    "Cu&t": "ตัด",
    "&Copy": "คัดลอก",
    "Copy &Link Location": "คัดลอกที่อยู่ลิงก์",
    "&Paste": "วาง",
    "Delete": "ลบ",
    "Select All": "เลือกทั้งหมด",
    "Insert Unicode control character": "แทรกอักขระควบคุม",
    # spin boxes
    "&Step up": "เพิ่มขึ้น",
    "Step &down": "ลดลง",
    # scroll bars
    "Scroll here": "เลื่อนมาที่นี่",
    "Left edge": "ซ้ายสุด",
    "Top": "บนสุด",
    "Right edge": "ขวาสุด",
    "Bottom": "ล่างสุด",
    "Page left": "ไปซ้ายหนึ่งหน้า",
    "Page up": "ขึ้นหนึ่งหน้า",
    "Page right": "ไปขวาหนึ่งหน้า",
    "Page down": "ลงหนึ่งหน้า",
    "Scroll left": "เลื่อนซ้าย",
    "Scroll up": "เลื่อนขึ้น",
    "Scroll right": "เลื่อนขวา",
    "Scroll down": "เลื่อนลง",
    # standard buttons (QPlatformTheme, QDialogButtonBox, QMessageBox)
    "OK": "ตกลง",
    "Save": "บันทึก",
    "Save All": "บันทึกทั้งหมด",
    "Open": "เปิด",
    "&Yes": "ใช่",
    "Yes to &All": "ใช่ทั้งหมด",
    "&No": "ไม่",
    "N&o to All": "ไม่ทั้งหมด",
    "Abort": "ยกเลิก",
    "Retry": "ลองอีกครั้ง",
    "Ignore": "ข้าม",
    "Close": "ปิด",
    "Cancel": "ยกเลิก",
    "Discard": "ไม่บันทึก",
    "Help": "วิธีใช้",
    "Apply": "ใช้",
    "Reset": "ตั้งค่าใหม่",
    "Restore Defaults": "คืนค่าเริ่มต้น",
    "Show Details...": "แสดงรายละเอียด…",
    "Hide Details...": "ซ่อนรายละเอียด",
    # Qt's own file dialog
    "Look in:": "ค้นหาใน:",
    "File &name:": "ชื่อไฟล์:",
    "Files of type:": "ชนิดไฟล์:",
    "&Open": "เปิด",
    "&Save": "บันทึก",
    "&Choose": "เลือก",
    "Save As": "บันทึกเป็น",
    "Back": "ย้อนกลับ",
    "Forward": "ไปข้างหน้า",
    "Parent Directory": "โฟลเดอร์ระดับบน",
    "Go back": "ย้อนกลับ",
    "Go forward": "ไปข้างหน้า",
    "Go to the parent directory": "ไปโฟลเดอร์ระดับบน",
    "Create New Folder": "สร้างโฟลเดอร์ใหม่",
    "Create a New Folder": "สร้างโฟลเดอร์ใหม่",
    "List View": "แสดงเป็นรายการ",
    "Detail View": "แสดงรายละเอียด",
    "Change to list view mode": "แสดงเป็นรายการ",
    "Change to detail view mode": "แสดงรายละเอียด",
    "Name": "ชื่อ",
    "Size": "ขนาด",
    "Type": "ชนิด",
    "Kind": "ชนิด",
    "Date Modified": "วันที่แก้ไข",
    "New Folder": "โฟลเดอร์ใหม่",
    "&New Folder": "โฟลเดอร์ใหม่",
    "&Delete": "ลบ",
    "&Rename": "เปลี่ยนชื่อ",
    "Show &hidden files": "แสดงไฟล์ที่ซ่อนอยู่",
    "Directory:": "โฟลเดอร์:",
    "All Files (*)": "ทุกไฟล์ (*)",
    "My Computer": "คอมพิวเตอร์",
    "Computer": "คอมพิวเตอร์",
    "Recent Places": "ตำแหน่งล่าสุด",
    "%1 already exists.\nDo you want to replace it?": "มีไฟล์ %1 อยู่แล้ว\nต้องการบันทึกทับหรือไม่",
    "%1\nFile not found.\nPlease verify the correct file name was given.":
        "%1\nไม่พบไฟล์นี้ ตรวจสอบชื่อไฟล์อีกครั้ง",
    "Are you sure you want to delete '%1'?": "ต้องการลบ '%1' หรือไม่",
}


class ThaiQtTranslator(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002
        return _THAI.get(source_text)  # None: no translation, Qt keeps the text

    def isEmpty(self) -> bool:  # noqa: N802
        return False
