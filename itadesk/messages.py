"""Every sentence the clerk reads about a problem, in one voice.

The core raises named exceptions carrying facts; ``describe()`` turns one into
plain Thai that says what happened and what to do. The command line prints
it; the window shows it (``itadesk.ui`` calls this and nothing else).
"""

from __future__ import annotations

from . import errors as e
from .errors import Problem

BAD_BUDGET = "งบประมาณต้องเป็นจำนวนเงินเป็นบาท เช่น 12450.50 หรือ ๑๒,๔๕๐.๕๐ หรือพิมพ์ว่า ไม่ใช้งบประมาณ"

# What each rule of the exchange format says when a field breaks it.
PROBLEMS: dict[str, str] = {
    "missing": "ไม่มีข้อมูลที่จำเป็น",
    "empty": "ต้องไม่เว้นว่าง",
    "unknown_field": "ไม่รู้จักช่องข้อมูลนี้",
    "not_text": "ต้องเป็นข้อความ",
    "not_list": "ต้องเป็นรายการ",
    "not_object": "รูปแบบข้อมูลไม่ถูกต้อง",
    "not_integer": "ต้องเป็นจำนวนเต็ม",
    "negative": "ต้องไม่ติดลบ",
    "bad_date": "วันที่ไม่ถูกต้อง",
    "ends_before_start": "วันสิ้นสุดอยู่ก่อนวันเริ่มต้น",
    "year_range": "ปีงบประมาณต้องอยู่ระหว่าง พ.ศ. 2500 ถึง 2700",
    "bad_item": "รายการต้องเป็นข้อความ",
    "bad_list_style": "รูปแบบรายการต้องเป็น numbered, bulleted หรือ plain",
    "bad_characters": "มีอักขระที่เสียหาย",
    "control_characters": "มีอักขระควบคุมที่มองไม่เห็นและพิมพ์ไม่ได้ ลบออกจากข้อความนั้นก่อน",
    "too_deep": "รายการย่อยซ้อนกันลึกเกินไป (ไม่เกิน ๘ ชั้น)",
    "bad_json": "ข้อมูลเสียหาย (อ่านไม่ได้)",
    "bad_digits": "รูปแบบตัวเลขต้องเป็น thai หรือ arabic",
    "bad_logo": "รูปตราสัญลักษณ์เสียหาย",
    "not_boolean": "ต้องเป็น true หรือ false",
    "bad_markers": "ลำดับเลขต้องมี ๑ ถึง ๓ ชั้น ชั้นละแบบหนึ่งที่โปรแกรมรู้จัก",
    "bad_amount": "งบประมาณต้องเป็นจำนวนเงิน เช่น 12450.50 หรือคำว่า ไม่ใช้งบประมาณ",
    "bad_photo_type": "ภาพต้องเป็นชนิด image/jpeg หรือ image/png",
    "bad_photo": "ภาพเสียหาย ไม่ใช่ไฟล์ภาพ หรือไฟล์ไม่ครบ (ถูกตัดท้าย)",
    "photo_too_large": "ภาพมีขนาดไฟล์ใหญ่เกินไป (ไม่เกิน ๑๖ เมกะไบต์ต่อภาพ) ย่อภาพก่อนแล้วส่งออกใหม่",
    "photo_too_many_pixels": "ภาพมีจำนวนพิกเซลมากเกินไป (อาจเป็นไฟล์ที่ตั้งใจทำให้โปรแกรมค้าง)",
    "wrong_format": "ไม่ใช่ไฟล์รายงานของ ITA Desk",
    "wrong_version": "เป็นไฟล์รุ่นที่โปรแกรมนี้ไม่รู้จัก",
    "not_report": "ไม่ใช่ไฟล์รายงานของ ITA Desk",
    # warnings
    "outside_fiscal_year": "อยู่นอกปีงบประมาณ",
    "above_target": "ผู้เข้าร่วมมากกว่ากลุ่มเป้าหมาย",
}

_NOT_JSON = {
    "missing": "ไม่พบไฟล์ {path} ตรวจสอบชื่อและตำแหน่งไฟล์แล้วลองอีกครั้ง",
    "unreadable": "เปิดไฟล์ {path} ไม่ได้ ตรวจสอบว่าไฟล์ไม่ได้เปิดอยู่ในโปรแกรมอื่นแล้วลองอีกครั้ง",
    "empty": "ไฟล์ {path} ว่างเปล่า เลือกไฟล์รายงาน (.json) ที่ส่งออกจาก ITA Desk",
    "encoding": "ไฟล์ {path} ไม่ใช่ไฟล์ข้อความ UTF-8 เลือกไฟล์รายงาน (.json) ที่ส่งออกจาก ITA Desk",
    "truncated": "ไฟล์ {path} ไม่ครบ (อาจคัดลอกมาไม่สมบูรณ์) คัดลอกไฟล์มาใหม่แล้วลองอีกครั้ง",
    "invalid": "ไฟล์ {path} ไม่ใช่ไฟล์รายงานของ ITA Desk (ไม่ใช่ JSON) เลือกไฟล์ .json ที่ส่งออกจาก ITA Desk",
}

_SAVE_AS_DOCX = "เปิดไฟล์นี้ใน Word หรือ LibreOffice แล้วบันทึกเป็น (Save As) ชนิด Word (.docx) จากนั้นนำเข้าไฟล์ .docx นั้น"
_WORD_FILE = {
    "missing": "ไม่พบไฟล์ {path} ตรวจสอบชื่อและตำแหน่งไฟล์แล้วลองอีกครั้ง",
    "unreadable": "เปิดไฟล์ {path} ไม่ได้ ตรวจสอบว่าไฟล์ไม่ได้เปิดอยู่ในโปรแกรมอื่นแล้วลองอีกครั้ง",
    "empty": "ไฟล์ {path} ว่างเปล่า เลือกไฟล์รายงานที่เป็น Word (.docx)",
    "doc": "ไฟล์ {path} เป็นไฟล์ Word รุ่นเก่า (.doc) ซึ่งโปรแกรมอ่านไม่ได้ " + _SAVE_AS_DOCX,
    "encrypted": (
        "ไฟล์ {path} มีรหัสผ่าน โปรแกรมจึงอ่านไม่ได้ เปิดไฟล์ใน Word ใส่รหัสผ่าน "
        "แล้วเอารหัสผ่านออก (แฟ้ม > ข้อมูล > ป้องกันเอกสาร) บันทึกแล้วนำเข้าอีกครั้ง"
    ),
    "odt": "ไฟล์ {path} เป็นไฟล์ OpenDocument (.odt) " + _SAVE_AS_DOCX,
    "pdf": (
        "ไฟล์ {path} เป็นไฟล์ PDF ซึ่งนำเข้าไม่ได้ ใช้ไฟล์ Word (.docx) ต้นฉบับที่ใช้ทำ PDF นั้น "
        "หรือเปิดใน Word แล้วบันทึกเป็น .docx"
    ),
    "rtf": "ไฟล์ {path} เป็นไฟล์ RTF " + _SAVE_AS_DOCX,
    "not_docx": "ไฟล์ {path} ไม่ใช่ไฟล์ Word (.docx) เลือกไฟล์รายงานที่บันทึกจาก Word หรือ LibreOffice เป็น .docx",
    "corrupt": "ไฟล์ {path} เสียหายหรือคัดลอกมาไม่ครบ เปิดไฟล์ใน Word แล้วบันทึกใหม่เป็น .docx หรือคัดลอกไฟล์มาใหม่",
    "too_large": (
        "ไฟล์ {path} มีข้อมูลข้างในใหญ่ผิดปกติ (มากกว่าที่รายงานจะมีได้) จึงไม่เปิดเพื่อความปลอดภัย "
        "เปิดไฟล์ใน Word ลบรูปภาพที่ไม่จำเป็น แล้วบันทึกเป็น .docx ใหม่"
    ),
}
# Said after every refused Word import.
_NOTHING_IMPORTED = " (ยังไม่ได้นำเข้าข้อมูลใด)"

_OUTPUT = {
    "readonly": "บันทึกไฟล์ {path} ไม่ได้ เพราะตำแหน่งนี้เป็นแบบอ่านอย่างเดียว เลือกโฟลเดอร์อื่นแล้วลองอีกครั้ง",
    "full": "บันทึกไฟล์ {path} ไม่ได้ เพราะพื้นที่ในไดรฟ์เต็ม ลบไฟล์ที่ไม่ใช้หรือเลือกไดรฟ์อื่นแล้วลองอีกครั้ง",
    "missing": "บันทึกไฟล์ {path} ไม่ได้ เพราะไม่พบโฟลเดอร์ปลายทาง เลือกโฟลเดอร์ที่มีอยู่แล้วลองอีกครั้ง",
    "removed": "บันทึกไฟล์ {path} ไม่ได้ อาจถอดแฟลชไดรฟ์ออกระหว่างบันทึก เสียบกลับแล้วลองอีกครั้ง",
    "exists": "มีไฟล์ชื่อ {path} อยู่แล้ว และไม่ใช่ไฟล์สำรองข้อมูล จึงไม่บันทึกทับ ตั้งชื่อไฟล์ใหม่แล้วลองอีกครั้ง",
    "verify": "บันทึกไฟล์ {path} ไม่สำเร็จ เพราะอ่านกลับมาแล้วไม่ตรงกับข้อมูล แฟลชไดรฟ์อาจเสีย ลองใช้แฟลชไดรฟ์อื่น",
    "other": "บันทึกไฟล์ {path} ไม่ได้ ลองเลือกโฟลเดอร์อื่นแล้วลองอีกครั้ง",
    "too_large": (
        "บันทึกไฟล์ {path} ไม่ได้ เพราะไฟล์ใหญ่เกินกว่าที่ไดรฟ์นี้หรือเครื่องนี้ยอมให้เก็บได้ในไฟล์เดียว "
        "เลือกไดรฟ์อื่น (แฟลชไดรฟ์แบบ FAT32 เก็บได้ไม่เกิน 4 GB ต่อไฟล์) แล้วลองอีกครั้ง"
    ),
    "in_use": (
        "บันทึกทับไฟล์ {path} ไม่ได้ เพราะไฟล์นี้เปิดอยู่ในโปรแกรมอื่น (เช่น Acrobat หรือ Edge) "
        "ปิดไฟล์นั้นแล้วลองอีกครั้ง หรือบันทึกเป็นชื่ออื่น"
    ),
}

_OUTPUT_REFUSED = {
    "database": ("ไม่บันทึกทับไฟล์ {path} เพราะเป็นไฟล์ฐานข้อมูลของ ITA Desk ที่เก็บข้อมูลทั้งหมดอยู่ ตั้งชื่อไฟล์อื่นแล้วลองอีกครั้ง"),
    "input": "ไม่บันทึกทับไฟล์ {path} เพราะเป็นไฟล์ที่โปรแกรมกำลังอ่านอยู่ ตั้งชื่อไฟล์ใหม่แล้วลองอีกครั้ง",
    "backups": (
        "ไม่บันทึกไฟล์ {path} ลงในโฟลเดอร์สำรองข้อมูลอัตโนมัติของโปรแกรม "
        "เลือกโฟลเดอร์อื่น เช่น เอกสาร (Documents) หรือแฟลชไดรฟ์ แล้วลองอีกครั้ง"
    ),
    "not_file": (
        "บันทึกไฟล์ลงที่ {path} ไม่ได้ เพราะที่นี่ไม่ใช่ไฟล์ธรรมดา (เป็นโฟลเดอร์หรืออุปกรณ์) "
        "ระบุชื่อไฟล์ใหม่ในโฟลเดอร์ที่ต้องการแล้วลองอีกครั้ง"
    ),
}

_INPUT_FILE = {
    "missing": "ไม่พบไฟล์ {path} ตรวจสอบชื่อไฟล์และโฟลเดอร์แล้วลองอีกครั้ง",
    "not_file": "{path} ไม่ใช่ไฟล์ธรรมดา (เป็นโฟลเดอร์ อุปกรณ์ หรือท่อข้อมูล) จึงไม่เปิด เลือกไฟล์ที่ต้องการแล้วลองอีกครั้ง",
    "too_large": "ไฟล์ {path} ใหญ่เกินกว่าที่โปรแกรมจะเปิดได้ (เกิน {limit}) ตรวจสอบว่าเลือกไฟล์ถูกต้อง",
    "unreadable": "อ่านไฟล์ {path} ไม่ได้ ตรวจสอบว่าไฟล์ยังอยู่และมีสิทธิ์เปิดอ่าน แล้วลองอีกครั้ง",
}

_DB_LOCATION = {
    "missing": "ไม่พบฐานข้อมูลหรือโฟลเดอร์ของฐานข้อมูล {path} ตรวจสอบว่าไดรฟ์ยังเชื่อมต่ออยู่แล้วเปิดโปรแกรมอีกครั้ง",
    "readonly": "บันทึกข้อมูลลงฐานข้อมูล {path} ไม่ได้ เพราะตำแหน่งนี้เป็นแบบอ่านอย่างเดียว ย้ายไฟล์ไปไว้ในเครื่องแล้วเปิดอีกครั้ง",
    "full": "บันทึกข้อมูลไม่ได้ เพราะพื้นที่ในไดรฟ์เต็ม ลบไฟล์ที่ไม่ใช้แล้วลองอีกครั้ง ข้อมูลที่บันทึกแล้วยังอยู่ครบ",
    "other": "ใช้ฐานข้อมูล {path} ไม่ได้ ปิดโปรแกรมแล้วเปิดใหม่ หากยังเป็นอยู่ให้กู้คืนจากไฟล์สำรองข้อมูล",
}

_BACKUP = {
    "missing": "ไม่พบไฟล์สำรองข้อมูล {path} ตรวจสอบว่าเสียบแฟลชไดรฟ์อยู่และเลือกไฟล์ถูก แล้วลองอีกครั้ง",
    "empty": "ไฟล์ {path} ว่างเปล่า ไม่ใช่ไฟล์สำรองข้อมูลที่ใช้ได้ เลือกไฟล์ .itabackup อื่น",
    "not_sqlite": "ไฟล์ {path} ไม่ใช่ไฟล์สำรองข้อมูลของ ITA Desk เลือกไฟล์ .itabackup",
    "truncated": (
        "ไฟล์สำรองข้อมูล {path} ไม่ครบ (อาจคัดลอกมาไม่สมบูรณ์ หรือถอดแฟลชไดรฟ์ก่อนบันทึกเสร็จ) "
        "คัดลอกไฟล์มาใหม่ หรือใช้ไฟล์สำรองอื่น"
    ),
    "foreign": "ไฟล์ {path} เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ไฟล์สำรองข้อมูลของ ITA Desk เลือกไฟล์ .itabackup",
    "corrupt": "ไฟล์สำรองข้อมูล {path} เสียหาย ใช้ไฟล์สำรองอื่นที่ทำไว้ก่อนหน้านี้",
    "no_manifest": ("ไฟล์ {path} ไม่ใช่ไฟล์สำรองข้อมูลที่สมบูรณ์ของ ITA Desk เลือกไฟล์ .itabackup ที่สร้างด้วยคำสั่งสำรองข้อมูล"),
    "checksum": "ข้อมูลในไฟล์สำรอง {path} ถูกแก้ไขหรือเสียหาย ใช้ไฟล์สำรองอื่นที่ทำไว้ก่อนหน้านี้",
    "schema": (
        "ไฟล์ {path} มีโครงสร้างที่ไม่ใช่ของ ITA Desk จึงไม่กู้คืนเพื่อความปลอดภัย ใช้ไฟล์สำรองที่สร้างด้วย ITA Desk โดยตรง"
    ),
    "unreadable": "อ่านไฟล์สำรองข้อมูล {path} ไม่ได้ ตรวจสอบแฟลชไดรฟ์แล้วลองอีกครั้ง",
    "not_file": "{path} ไม่ใช่ไฟล์ธรรมดา (เป็นโฟลเดอร์ อุปกรณ์ หรือท่อข้อมูล) เลือกไฟล์ .itabackup",
    "too_large": "ไฟล์ {path} ใหญ่เกินกว่าไฟล์สำรองข้อมูลของ ITA Desk จะเป็นได้ เลือกไฟล์ .itabackup ที่ถูกต้อง",
}

# Said after every refused restore: nothing in the database was touched.
_BACKUP_UNCHANGED = " ข้อมูลในเครื่องยังอยู่ครบเหมือนเดิม"

# The safety backup taken before a restore could not be written.
_SAFETY = {
    "readonly": "โฟลเดอร์ข้อมูลของโปรแกรมเป็นแบบอ่านอย่างเดียว ให้ผู้ดูแลเครื่องแก้ให้บันทึกได้ แล้วลองอีกครั้ง",
    "full": "พื้นที่ในไดรฟ์ของเครื่องเต็ม ลบไฟล์ที่ไม่ใช้แล้วลองอีกครั้ง",
    "missing": "ไม่พบโฟลเดอร์ข้อมูลของโปรแกรม ปิดโปรแกรมแล้วเปิดใหม่ แล้วลองอีกครั้ง",
    "removed": "ไดรฟ์ของโฟลเดอร์ข้อมูลไม่ตอบสนอง ปิดโปรแกรมแล้วเปิดใหม่ แล้วลองอีกครั้ง",
    "too_large": "ไฟล์สำรองใหญ่เกินกว่าที่เครื่องนี้ยอมให้เขียนได้ในไฟล์เดียว ให้ผู้ดูแลเครื่องตรวจสอบ แล้วลองอีกครั้ง",
}


_PLACES = {
    "title": "ชื่อมาตรการ",
    "steps": "ขั้นตอน",
    "results": "ผลการดำเนินการ",
    "outcomes": "ผลลัพธ์",
    "responsible_units": "ผู้รับผิดชอบ",
    "period_start": "วันเริ่มต้น",
    "period_end": "วันสิ้นสุด",
    "target_count": "กลุ่มเป้าหมาย",
    "participant_count": "จำนวนผู้เข้าร่วม",
    "organization": "หน่วยงาน",
    "name": "ชื่อ",
    "signatories": "ผู้ลงนาม",
    "items": "ข้อย่อย",
    "fiscal_year_be": "ปีงบประมาณ",
    "format": "ชนิดไฟล์",
    "version": "รุ่นของไฟล์",
    "list_styles": "รูปแบบเลขข้อของ",
    "units": "กอง",
    "type": "ประเภท",
    "district": "อำเภอ",
    "province": "จังหวัด",
    "role": "หน้าที่",
    "position": "ตำแหน่ง",
    "photos": "ภาพกิจกรรม ภาพที่",
    "caption": "คำบรรยายภาพ",
    "taken": "วันที่ถ่ายภาพ",
    "data": "ไฟล์ภาพ",
}


def place_name(path: str, style: str = "thai") -> str:
    """``measures[0].steps[1]`` → ``มาตรการที่ ๑ ขั้นตอน ข้อ ๒`` (for the clerk)."""
    import re

    from .thaifmt import digits

    if path == "title":
        return "ชื่อรายงาน"
    words = []
    for part in path.split("."):
        m = re.fullmatch(r"(\w+)(?:\[(\d+)\])?", part)
        if not m:
            words.append(part)
            continue
        key, index = m.group(1), m.group(2)
        if key == "measures":
            words.append("มาตรการที่ " + digits(str(int(index) + 1), style) if index is not None else "มาตรการ")
            continue
        words.append(_PLACES.get(key, key))
        if index is not None:
            words.append("ข้อ " + digits(str(int(index) + 1), style))
    return " ".join(words)


# Warnings about a date that is valid but questionable: the date is shown as
# the clerk writes it (``๓๐ ต.ค. ๒๕๖๘``), never as the file's ISO text.
_DATE_WARNINGS = ("outside_fiscal_year", "ends_before_start")


def _shown_value(problem: Problem, style: str) -> str:
    value = problem.value
    if problem.code in _DATE_WARNINGS and isinstance(value, str):
        import datetime as dt

        from . import thaifmt

        try:
            return thaifmt.date(dt.date.fromisoformat(value), style, abbreviated=True)
        except ValueError:
            pass
    if problem.code == "above_target" and isinstance(value, int):
        return _n(value, style)
    shown = value if isinstance(value, str) else repr(value)
    return shown[:40] + "…" if len(shown) > 40 else shown


def problem_line(problem: Problem, style: str = "thai") -> str:
    """``มาตรการที่ ๓ วันสิ้นสุด — measures[2].period_end: วันที่ไม่ถูกต้อง (2025-02-30)``
    (a wrong value as the file has it; a questionable date as a Thai date)."""
    text = PROBLEMS.get(problem.code, problem.code)
    if problem.value is not None and problem.code not in ("unknown_field", "not_object", "not_list"):
        text += f" ({_shown_value(problem, style)})"
    if not problem.path:
        return text
    # The path is what a technician looks for in the file; the place is what
    # the clerk recognises ("มาตรการที่ ๓ วันสิ้นสุด").
    place = place_name(problem.path, style)
    line = f"{problem.path}: {text}"
    return f"{place} — {line}" if place != problem.path else line


def describe(exc: BaseException, *, log_path: str | None = None, command_line: bool = False) -> str:
    """The Thai message for ``exc``: what happened and what to do
    (``command_line``: the advice names the command's options)."""
    if isinstance(exc, e.WordFileError):
        return _WORD_FILE.get(exc.reason, _WORD_FILE["corrupt"]).format(path=exc.path) + _NOTHING_IMPORTED
    if isinstance(exc, e.NoReportTableError):
        return (
            f"ไม่พบตารางรายงานในไฟล์ {exc.path} (ตารางที่มีหัวตาราง มาตรการ/โครงการ/กิจกรรม ขั้นตอน ผลการดำเนินการ "
            "ผู้รับผิดชอบ ระยะเวลา) ตรวจสอบว่าเลือกไฟล์รายงานผลการดำเนินการถูกไฟล์" + _NOTHING_IMPORTED
        )
    if isinstance(exc, e.TooManyRowsError):
        return (
            f"ตารางในไฟล์ {exc.path} มี {_n(exc.rows)} แถว มากกว่าที่รายงานหนึ่งฉบับจะมีได้ (ไม่เกิน {_n(exc.limit)} แถว) "
            "ตรวจสอบว่าเลือกไฟล์รายงานผลการดำเนินการถูกไฟล์" + _NOTHING_IMPORTED
        )
    if isinstance(exc, e.ImportFieldMissingError):
        if exc.field == "year":
            what = "ไฟล์นี้ไม่ได้ระบุปีงบประมาณ (เช่น ประจำปีงบประมาณ พ.ศ. ๒๕๖๘) "
            how = "ระบุปีด้วย --year เช่น --year 2568" if command_line else "เลือกปีงบประมาณก่อนนำเข้า"
        else:
            what = "ไฟล์นี้ไม่ได้ระบุชื่อหน่วยงาน (เช่น เทศบาลตำบล… หรือ องค์การบริหารส่วนตำบล…) "
            how = "ระบุชื่อด้วย --org เช่น --org เทศบาลตำบลหนองบัว" if command_line else "กรอกชื่อหน่วยงานก่อนนำเข้า"
        return what + how + _NOTHING_IMPORTED
    if isinstance(exc, e.FormatVersionError):
        return (
            f"ไฟล์รุ่น {exc.version} เก็บชื่อรายงานแบบหลายบรรทัด ลำดับเลข งบประมาณ การกำกับติดตาม "
            "และผลการวิเคราะห์ไม่ได้ จึงยังไม่ได้ส่งออก ส่งออกเป็นรุ่น 2 (ไม่ต้องระบุ --format-version)"
        )
    if isinstance(exc, e.NotJsonError):
        return _NOT_JSON.get(exc.reason, _NOT_JSON["invalid"]).format(path=exc.path)
    if isinstance(exc, e.ValidationError):
        problems = exc.problems
        head = "ไฟล์นี้มีข้อมูลไม่ถูกต้อง จึงยังไม่ได้นำเข้า แก้ไขไฟล์แล้วลองอีกครั้ง: "
        lines = "; ".join(problem_line(p) for p in problems[:3])
        more = f" และอีก {len(problems) - 3} รายการ" if len(problems) > 3 else ""
        return head + lines + more
    if isinstance(exc, e.UnexportableReportError):
        problems = exc.problems
        head = "ยังส่งออกไฟล์รายงานไม่ได้ เพราะไฟล์ที่ได้จะนำเข้ากลับไม่ได้: "
        lines = "; ".join(problem_line(p) for p in problems[:3])
        more = f" และอีก {len(problems) - 3} รายการ" if len(problems) > 3 else ""
        return head + lines + more + " กรอกข้อมูลนี้ให้ครบแล้วส่งออกอีกครั้ง"
    if isinstance(exc, e.ReportExistsError):
        what = f"มีรายงานปี {exc.year} ของ{exc.organization} อยู่แล้ว จึงยังไม่ได้เปลี่ยนแปลงข้อมูล "
        if command_line:
            return what + "หากต้องการแทนที่ด้วยไฟล์นี้ ให้สั่งอีกครั้งพร้อม --replace"
        return what + "เลือกปีนั้นจากรายการปีงบประมาณเพื่อแก้ไขรายงานที่มีอยู่"
    if isinstance(exc, e.ReportNotFoundError):
        what = f"ยังไม่มีรายงานปี {exc.year} ของ{exc.organization} ตรวจสอบปีงบประมาณ"
        return what + (" (ดูได้ด้วยคำสั่ง itadesk list)" if command_line else " ในรายการปีงบประมาณ")
    if isinstance(exc, e.OrganizationNotFoundError):
        return f"ไม่พบหน่วยงานชื่อ “{exc.name}” ตรวจสอบชื่อ (ดูได้ด้วยคำสั่ง itadesk list)"
    if isinstance(exc, e.OrganizationAmbiguousError):
        return "ฐานข้อมูลมีหลายหน่วยงาน ระบุหน่วยงานด้วย --org ชื่อหน่วยงาน: " + ", ".join(exc.names)
    if isinstance(exc, e.NoOrganizationError):
        return "ฐานข้อมูลยังไม่มีหน่วยงาน นำเข้ารายงานก่อนด้วยคำสั่ง itadesk import ไฟล์.json"
    if isinstance(exc, e.NewerDatabaseError):
        return f"ฐานข้อมูล {exc.path} สร้างด้วย ITA Desk รุ่นใหม่กว่า ติดตั้งโปรแกรมรุ่นล่าสุดแล้วเปิดอีกครั้ง"
    if isinstance(exc, e.NotADatabaseError):
        if exc.reason == "empty":
            return (
                f"ไฟล์ฐานข้อมูล {exc.path} ว่างเปล่า (ข้อมูลอาจหายไป) โปรแกรมจึงยังไม่ใช้ไฟล์นี้ "
                "กู้คืนจากไฟล์สำรองข้อมูลด้วยคำสั่ง itadesk restore หรือระบุฐานข้อมูลใหม่ด้วย --db"
            )
        if exc.reason == "foreign":
            return f"ไฟล์ {exc.path} เป็นฐานข้อมูลของโปรแกรมอื่น เลือกไฟล์ฐานข้อมูลของ ITA Desk"
        if exc.reason == "foreign_objects":
            return (
                f"ฐานข้อมูล {exc.path} ถูกโปรแกรมอื่นเพิ่มส่วนที่ไม่ใช่ของ ITA Desk ({exc.detail}) "
                "จึงไม่บันทึกข้อมูลลงไป เปิดดูและพิมพ์ได้ตามปกติ หากจะแก้ไขต่อ ให้กู้คืนจากไฟล์สำรองข้อมูล"
            )
        return f"ไฟล์ {exc.path} ไม่ใช่ฐานข้อมูลของ ITA Desk หรือเสียหาย เลือกไฟล์อื่น หรือกู้คืนจากไฟล์สำรองข้อมูล"
    if isinstance(exc, e.DatabaseBusyError):
        return f"ฐานข้อมูล {exc.path} กำลังถูกใช้งานโดย ITA Desk อีกหน้าต่างหนึ่ง ใช้หน้าต่างที่เปิดอยู่ หรือปิดหน้าต่างนั้นก่อนแล้วลองอีกครั้ง"
    if isinstance(exc, e.StoredDataError):
        table = {"organizations": "หน่วยงาน", "reports": "รายงาน", "measures": "มาตรการ"}.get(
            exc.table, "ข้อมูล"
        )
        field = _PLACES.get(exc.field, exc.field)
        return (
            f"อ่านข้อมูลในฐานข้อมูลไม่ได้: {table} รหัส {exc.id} ช่อง {field} ({exc.table}.{exc.field}) "
            "เสียหายหรือถูกแก้ไขด้วยโปรแกรมอื่น กู้คืนจากไฟล์สำรองข้อมูลด้วยคำสั่ง itadesk restore"
        )
    if isinstance(exc, e.DatabaseLocationError):
        return _DB_LOCATION.get(exc.reason, _DB_LOCATION["other"]).format(path=exc.path)
    if isinstance(exc, e.OutputRefusedError):
        return _OUTPUT_REFUSED.get(exc.what, _OUTPUT_REFUSED["not_file"]).format(path=exc.path)
    if isinstance(exc, e.InputFileError):
        text = _INPUT_FILE.get(exc.reason, _INPUT_FILE["unreadable"])
        return text.format(path=exc.path, limit=size_text(exc.limit))
    if isinstance(exc, e.OutputError):
        return _OUTPUT.get(exc.reason, _OUTPUT["other"]).format(path=exc.path)
    if isinstance(exc, e.MissingGlyphsError):
        chars = " ".join(exc.chars)
        places = ", ".join(place_name(w) for w in exc.where[:3])
        where = f" (ที่ {places})" if places else ""
        return f"แบบอักษร {exc.font} ไม่มีตัวอักษร {chars}{where} จึงพิมพ์เป็นกรอบสี่เหลี่ยม เลือกแบบอักษรอื่น หรือแก้ข้อความนั้น"
    if isinstance(exc, e.StackedMarksError):
        places = ", ".join(place_name(w) for w in exc.where[:3])
        where = f"ที่ {places} " if places else ""
        from .thaifmt import digits

        limit = digits(str(exc.limit))
        return (
            f"ข้อความ{where}มีสระหรือวรรณยุกต์ซ้อนกันบนตัวอักษรเดียวเกิน {limit} ตัว "
            f"จึงพิมพ์ไว้เพียง {limit} ตัว ตรวจแก้ข้อความนั้นแล้วพิมพ์ใหม่"
        )
    if isinstance(exc, e.FontError):
        if exc.reason == "no-thai":
            return f"แบบอักษร {exc.path} ไม่มีตัวอักษรไทย จึงพิมพ์ด้วยแบบอักษร Sarabun แทน เลือกแบบอักษรภาษาไทย (.ttf)"
        return f"ใช้แบบอักษร {exc.path} ไม่ได้ เลือกไฟล์แบบอักษร TrueType (.ttf) ที่รองรับภาษาไทย"
    if isinstance(exc, e.PhotoError):
        return photo_error(exc)
    if isinstance(exc, e.ImageError) and exc.reason == "photo":
        return "เปิดภาพกิจกรรมบางภาพไม่ได้ จึงพิมพ์โดยไม่มีภาพนั้น ลบภาพนั้นแล้วเพิ่มใหม่จากไฟล์ต้นฉบับ"
    if isinstance(exc, e.ImageError) and exc.reason == "too_large":
        return "รูปตราสัญลักษณ์มีขนาดพิกเซลใหญ่เกินไป จึงพิมพ์หน้าปกโดยไม่มีตรา ย่อรูปให้เล็กลงแล้วเลือกใหม่ในแท็บหน่วยงาน"
    if isinstance(exc, e.ImageError):
        return "เปิดรูปตราสัญลักษณ์ไม่ได้ จึงพิมพ์หน้าปกโดยไม่มีตรา เลือกรูปใหม่ (PNG หรือ JPEG) ในแท็บหน่วยงาน"
    if isinstance(exc, e.NewerBackupError):
        return f"ไฟล์นี้สร้างด้วย ITA Desk รุ่นใหม่กว่า ติดตั้งโปรแกรมรุ่นล่าสุดก่อนแล้วจึงกู้คืน ({exc.path})" + _BACKUP_UNCHANGED
    if isinstance(exc, e.SafetyBackupError):
        why = _SAFETY.get(exc.reason, "")
        return (
            "ยังไม่ได้กู้คืน เพราะบันทึกสำรองข้อมูลปัจจุบันไว้ก่อนไม่ได้"
            + (f" ({why})" if why else f" ({exc.path}) ลองอีกครั้ง หากยังเป็นอยู่โปรดแจ้งผู้ดูแลระบบ")
            + _BACKUP_UNCHANGED
        )
    if isinstance(exc, e.BackupRowsError):
        year = f" ปี {exc.year}" if exc.year is not None else ""
        more = f" และอีก {exc.count - 1} จุด" if exc.count > 1 else ""
        return (
            f"ไฟล์สำรองข้อมูล {exc.path} มีข้อมูลที่ไม่ถูกต้อง (ถูกแก้ไขด้วยโปรแกรมอื่นหรือเสียหาย) ที่ "
            f"{exc.organization}{year}: {problem_line(exc.problem)}{more} "
            "จึงไม่กู้คืน ใช้ไฟล์สำรองอื่นที่ทำไว้ก่อนหน้านี้" + _BACKUP_UNCHANGED
        )
    if isinstance(exc, e.BackupError):
        return _BACKUP.get(exc.reason, _BACKUP["corrupt"]).format(path=exc.path) + _BACKUP_UNCHANGED
    if isinstance(exc, e.DateInputError):
        return _date_input(exc)
    if isinstance(exc, e.PrinterError):
        return (
            f"สั่งพิมพ์ที่เครื่องพิมพ์ {exc.printer or ''} ไม่ได้ ตรวจสอบว่าเปิดเครื่องพิมพ์ ต่อสาย "
            "และมีกระดาษแล้ว หรือเลือกเครื่องพิมพ์อื่น แล้วลองอีกครั้ง (หรือบันทึกเป็น PDF แล้วพิมพ์จากไฟล์นั้น)"
        )
    if isinstance(exc, MemoryError):
        return "หน่วยความจำของเครื่องไม่พอ ปิดโปรแกรมอื่นแล้วลองอีกครั้ง"
    where = f" รายละเอียดถูกบันทึกไว้ที่ {log_path}" if log_path else ""
    return "เกิดข้อผิดพลาดที่ไม่คาดคิด ข้อมูลที่บันทึกแล้วยังอยู่ครบ ลองอีกครั้ง หากยังเป็นอยู่โปรดแจ้งผู้ดูแลระบบ" + where


def warning_line(problem: Problem, style: str = "thai") -> str:
    return "คำเตือน: " + problem_line(problem, style)


# --- the command line ----------------------------------------------------------------

WORD_ONLY_OPTIONS = (
    "คำสั่งไม่ถูกต้อง: --year และ --org ใช้กับไฟล์ Word (.docx) เท่านั้น "
    "ไฟล์ .json มีปีงบประมาณและหน่วยงานอยู่แล้ว ให้สั่งอีกครั้งโดยไม่ใส่ตัวเลือกนี้"
)
EMPTY_DATABASE = "ฐานข้อมูลยังว่างอยู่ นำเข้ารายงานด้วยคำสั่ง itadesk import ไฟล์.json"
NO_REPORT_YET = "ยังไม่มีรายงาน"
CANCELLED = "ยกเลิกแล้ว"
TYPE_YES_TO_RESTORE = " พิมพ์ y แล้วกด Enter เพื่อกู้คืน: "


def more_warnings(count: int) -> str:
    return f"และคำเตือนอีก {count} รายการ ตรวจดูได้ในหน้าต่างโปรแกรม หรือแก้ไฟล์แล้วนำเข้าใหม่ด้วย --replace"


def log_unavailable(where: str) -> str:
    return (
        f"หมายเหตุ: บันทึกประวัติการทำงานของโปรแกรม (log) ลงที่ {where} ไม่ได้ "
        "คำสั่งยังทำงานต่อตามปกติ หากพบปัญหาบ่อยให้แจ้งผู้ดูแลเครื่องตรวจสอบโฟลเดอร์นี้"
    )


def imported(organization: str, year_be: int, measures: int) -> str:
    return f"นำเข้าแล้ว: {organization} ปีงบประมาณ {year_be} มาตรการ {measures} รายการ"


def exported(path) -> str:
    return f"ส่งออกแล้ว: {path}"


def pdf_written(path, pages: int) -> str:
    return f"สร้างไฟล์ PDF แล้ว: {path} ({pages} หน้า)"


def html_written(path, size: int) -> str:
    return f"สร้างหน้าเว็บแล้ว: {path} ({max(1, round(size / 1024)):,} KB)"


def warning(exc: BaseException) -> str:
    return "คำเตือน: " + describe(exc)


def organization_line(name: str, district: str | None, province: str | None) -> str:
    """``อบต.หนองบัว (อำเภอเมือง จังหวัดอุดร)``, as ``itadesk list`` shows it."""
    place = " ".join(x for x in (district and f"อำเภอ{district}", province and f"จังหวัด{province}") if x)
    return name + (f" ({place})" if place else "")


def year_line(year_be: int, measures: int) -> str:
    return f"ปีงบประมาณ {year_be}: มาตรการ {measures} รายการ"


# argparse's English, said again in Thai.
_USAGE_PATTERNS = (
    (r"the following arguments are required: (.*)", "ขาด {0}"),
    (r"argument .*: invalid choice: '([^']*)'.*", "ไม่รู้จักคำสั่ง {0}"),
    (r"unrecognized arguments: (.*)", "ไม่รู้จัก {0}"),
    (r"argument ([^:]*): invalid int value: '([^']*)'", "{0} ต้องเป็นตัวเลข ไม่ใช่ {1}"),
    (r"argument ([^:]*): expected one argument", "{0} ต้องตามด้วยค่า"),
    (r"argument ([^:]*): year out of range: '([^']*)'", "{0} ต้องเป็นปีงบประมาณ พ.ศ. เช่น 2568 ไม่ใช่ {1}"),
)


def usage(argparse_message: str) -> str:
    import re

    for pattern, thai in _USAGE_PATTERNS:
        m = re.fullmatch(pattern, argparse_message)
        if m:
            return f"คำสั่งไม่ถูกต้อง: {thai.format(*m.groups())} ดูวิธีใช้ด้วย itadesk --help"
    return "คำสั่งไม่ถูกต้อง ดูวิธีใช้ด้วย itadesk --help"


# --- the window ----------------------------------------------------------------------
# Sentences the window shows next to a field or in a question; labels and
# buttons live in the forms (``forms/*.ui``).

_DATE_INPUT = {
    "format": "อ่านวันที่ “{text}” ไม่ได้ พิมพ์เช่น ๑ ต.ค. ๒๕๖๗ หรือ 1/10/2567 หรือกดปุ่มปฏิทิน",
    "month": "ไม่รู้จักเดือนใน “{text}” พิมพ์ชื่อเดือน เช่น ต.ค. หรือ ตุลาคม หรือเลขเดือน ๑ ถึง ๑๒",
    "year": "ปีใน “{text}” ไม่ถูกต้อง พิมพ์ปี พ.ศ. เช่น ๒๕๖๘",
    "no_such_day": "ไม่มีวันที่ {day} {month} {year} ในปฏิทิน ตรวจสอบวันที่อีกครั้ง",
}


def _date_input(exc: e.DateInputError) -> str:
    from . import thaifmt

    if (
        exc.reason == "no_such_day"
        and exc.day is not None
        and exc.month is not None
        and exc.year_be is not None
    ):
        return _DATE_INPUT["no_such_day"].format(
            day=thaifmt.digits(str(exc.day)),
            month=thaifmt.month_name(exc.month),
            year=thaifmt.year(exc.year_be),
        )
    return _DATE_INPUT.get(exc.reason, _DATE_INPUT["format"]).format(text=exc.text)


PASTE_CHANGES = {
    "invisible": "ลบอักขระที่มองไม่เห็น {n} ตัว",
    "spaces": "เปลี่ยนช่องว่างพิเศษเป็นช่องว่างธรรมดา {n} ตัว",
    "soft_hyphen": "ลบขีดตัดคำที่ซ่อนอยู่ {n} ตัว",
    "control": "ลบอักขระควบคุมที่มองไม่เห็น {n} ตัว",
    "sara_am": "รวม ํ กับ า เป็นสระอำ {n} แห่ง",
    "doubled_mark": "ลบสระหรือวรรณยุกต์ที่พิมพ์ซ้ำ {n} แห่ง",
    "mark_order": "สลับวรรณยุกต์กับสระให้ถูกลำดับ {n} แห่ง",
    "marker": "ตัดเลขข้อหรือขีดที่พิมพ์ไว้หน้าข้อความ {n} แห่ง (โปรแกรมใส่เลขข้อให้เอง)",
    "lines": "รวมบรรทัดที่ถูกตัดกลางข้อความ {n} แห่ง",
}


TYPED_MARKER_REMOVED = "เอาเลขข้อที่พิมพ์ไว้หน้าข้อความออกแล้ว เพราะโปรแกรมใส่เลขข้อให้เองตอนพิมพ์รายงาน"


def levels_brought_up(limit: int) -> str:
    """A list held more levels than the app keeps: the deepest items were moved up."""
    return f"รายการนี้มีข้อย่อยซ้อนกันเกิน {_n(limit)} ชั้น ข้อที่ลึกกว่านั้นจึงถูกยกขึ้นมาอยู่ชั้นที่ {_n(limit)}"


def paste_changes(changes: dict[str, int]) -> str:
    """What cleaning did to pasted text, in one line (``""`` if nothing)."""
    from . import thaifmt

    parts = [
        text.format(n=thaifmt.digits(str(changes[code])))
        for code, text in PASTE_CHANGES.items()
        if changes.get(code)
    ]
    return ("ปรับข้อความที่วางให้เรียบร้อยแล้ว: " + ", ".join(parts)) if parts else ""


def _n(value: int, style: str = "thai") -> str:
    from . import thaifmt

    return thaifmt.number(value, style) if value >= 1000 else thaifmt.digits(str(value), style)


def large_paste(length: int) -> str:
    return (
        f"ข้อความที่จะวางยาว {_n(length)} ตัวอักษร ซึ่งยาวกว่าปกติมาก "
        "(ช่องหนึ่งในรายงานมักยาวไม่เกิน ๒,๐๐๐ ตัวอักษร) อาจคัดลอกมาเกินที่ต้องการ "
        "ถ้าวางทั้งหมด รายงานอาจยาวหลายสิบหน้า ต้องการวางทั้งหมดหรือไม่"
    )


def pasted_items(count: int, *, levels: bool = False) -> str:
    if levels:
        return f"วางเป็น {_n(count)} ข้อ พร้อมข้อย่อยตามรายการที่คัดลอกมา"
    return f"วางเป็น {_n(count)} ข้อ ตามบรรทัดของข้อความที่คัดลอกมา"


END_BEFORE_START = "วันสิ้นสุดอยู่ก่อนวันเริ่มต้น โปรแกรมจึงยังไม่บันทึกวันที่นี้ แก้วันที่ให้ถูกต้อง"


def outside_fiscal_year(year_be: int, style: str = "thai") -> str:
    from . import thaifmt

    first, last = thaifmt.fiscal_year_bounds(year_be)
    return (
        f"คำเตือน: ระยะเวลาอยู่นอกปีงบประมาณ {thaifmt.year(year_be, style)} "
        f"({thaifmt.period(first, last, style, abbreviated=True)}) ตรวจสอบอีกครั้ง ถ้าถูกต้องแล้วก็ใช้ได้"
    )


BAD_COUNT = "กรอกเป็นตัวเลขจำนวนเต็ม เช่น ๗๐ หรือ 70 (ยังไม่ได้บันทึกช่องนี้)"
ABOVE_TARGET = "คำเตือน: ผู้เข้าร่วมมากกว่ากลุ่มเป้าหมาย ตรวจสอบจำนวนอีกครั้ง"


def percent_mismatch(stated: str, computed: str) -> str:
    return (
        f"คำเตือน: ผลการดำเนินการเขียนว่า {stated} แต่จากจำนวนที่กรอกไว้ได้ {computed} "
        "แก้ให้ตรงกัน หรือกดปุ่มเขียนจำนวนผู้เข้าร่วมอีกครั้ง"
    )


NO_TITLE = "ยังไม่ได้ใส่ชื่อมาตรการ"
NO_ORGANIZATION_NAME = "กรอกชื่อหน่วยงาน"
BAD_IMAGE = "เปิดไฟล์รูปนี้ไม่ได้ เลือกไฟล์รูป PNG หรือ JPG"
IMAGE_TOO_LARGE = "รูปนี้มีขนาดพิกเซลใหญ่เกินไปสำหรับตราสัญลักษณ์ ย่อรูปให้เล็กลง (ไม่เกิน ๕,๐๐๐ × ๕,๐๐๐ จุด) แล้วเลือกใหม่"
BAD_FONT = "ใช้ไฟล์นี้เป็นแบบอักษรไม่ได้ หรือแบบอักษรนี้ไม่มีตัวอักษรภาษาไทย เลือกไฟล์แบบอักษร .ttf ที่รองรับภาษาไทย"


# --- backups: what the clerk reads when things go right ----------------------------


# The backup and restore sentences take the digits of the organization open in
# the window (``style``); the command line prints Arabic digits.


def size_text(n: int, style: str = "arabic") -> str:
    """``1.4 เมกะไบต์``, ``820 กิโลไบต์``, ``512 ไบต์``."""
    from . import thaifmt

    if n >= 1024 * 1024:
        text = f"{n / (1024 * 1024):.1f} เมกะไบต์"
    elif n >= 1024:
        text = f"{round(n / 1024)} กิโลไบต์"
    else:
        text = f"{n} ไบต์"
    return thaifmt.digits(text, style)


def when_text(when, style: str = "arabic") -> str:
    """``25 พฤศจิกายน 2568 เวลา 14.30 น.`` (local time)."""
    from . import thaifmt

    local = when.astimezone() if when.tzinfo else when
    return f"{thaifmt.date(local.date(), style)} เวลา {thaifmt.clock(local, style)}"


def backup_saved(info, style: str = "arabic") -> str:
    """After ``make_backup``: where and how big (the path as it is on disk)."""
    return f"สำรองข้อมูลแล้ว: {info.path} ขนาด {size_text(info.size, style)}"


def contents_lines(organizations, style: str = "arabic") -> list[str]:
    """One line per organization: its years and measure counts."""
    from . import thaifmt

    if not organizations:
        return ["ไม่มีข้อมูลหน่วยงาน"]
    lines = []
    for org in organizations:
        name = org.name + (f" (จังหวัด{org.province})" if org.province else "")
        years = ", ".join(
            f"ปีงบประมาณ {thaifmt.year(y.year, style)} มาตรการ {_n(y.measures, style)} รายการ"
            for y in org.years
        )
        lines.append(f"{name}: {years or 'ยังไม่มีรายงาน'}")
    return lines


def backup_summary(manifest, style: str = "arabic") -> list[str]:
    """What a backup holds, for the question before restoring it (the
    program's version stays as it is written, ``ITA Desk 0.4.0``)."""
    orgs = manifest.organizations
    head = f"ไฟล์สำรองข้อมูลนี้สร้างเมื่อ {when_text(manifest.created, style)} ด้วย ITA Desk {manifest.app_version}"
    total = (
        f"รวม {_n(len(orgs), style)} หน่วยงาน {_n(manifest.report_count, style)} รายงาน "
        f"มาตรการ {_n(manifest.measure_count, style)} รายการ"
    )
    lines = [head, *contents_lines(orgs, style), total]
    if manifest.needs_migration:
        lines.append("ไฟล์นี้มาจากโปรแกรมรุ่นก่อน จะปรับให้ใช้กับรุ่นนี้ได้โดยอัตโนมัติหลังกู้คืน")
    return lines


RESTORE_CURRENT_HEADING = "ข้อมูลที่อยู่ในเครื่องตอนนี้ (จะถูกแทนที่):"
RESTORE_QUESTION = "กู้คืนข้อมูลจากไฟล์นี้แทนข้อมูลทั้งหมดที่อยู่ในเครื่องตอนนี้หรือไม่ (ข้อมูลปัจจุบันจะถูกสำรองไว้ให้อัตโนมัติก่อน)"
RESTORE_NO_ANSWER = "ยังไม่ได้กู้คืน เพราะไม่มีคำตอบยืนยัน หากต้องการกู้คืนโดยไม่ต้องถาม ให้สั่งอีกครั้งพร้อม --yes"
RESTORE_DECLINED = "ยกเลิกการกู้คืนแล้ว ข้อมูลในเครื่องยังเหมือนเดิม"


def restore_done(result, style: str = "arabic") -> list[str]:
    """After ``restore_backup``: what came back and where the old data is kept."""
    m = result.manifest
    lines = [
        f"กู้คืนข้อมูลแล้ว: {_n(len(m.organizations), style)} หน่วยงาน {_n(m.report_count, style)} รายงาน "
        f"มาตรการ {_n(m.measure_count, style)} รายการ (จากไฟล์สำรองเมื่อ {when_text(m.created, style)})"
    ]
    if result.safety_backup:
        lines.append(f"ข้อมูลเดิมก่อนกู้คืนถูกสำรองไว้ที่ {result.safety_backup} หากต้องการย้อนกลับ ให้กู้คืนจากไฟล์นั้น")
    return lines


def unsafe_location(path, kind: str, *, command_line: bool = False) -> str:
    """The live database is on a USB stick or a network drive."""
    where = "ไดรฟ์เครือข่าย" if kind == "network" else "แฟลชไดรฟ์หรือไดรฟ์ที่ถอดออกได้"
    how = "เมนู สำรองข้อมูล… หรือคำสั่ง itadesk backup" if command_line else "เมนู แฟ้ม > สำรองข้อมูล…"
    return (
        f"คำเตือน: ฐานข้อมูล {path} อยู่บน{where} ซึ่งข้อมูลอาจเสียหายได้หากการเชื่อมต่อหลุดระหว่างบันทึก "
        f"ให้เก็บฐานข้อมูลไว้ในเครื่อง และใช้การสำรองข้อมูล ({how}) เพื่อนำข้อมูลติดตัวไปแทน"
    )


def replace_year(organization: str, year_be: int) -> str:
    from . import thaifmt

    return (
        f"มีรายงานปีงบประมาณ {thaifmt.year(year_be)} ของ{organization} อยู่แล้ว "
        "ต้องการแทนที่ด้วยข้อมูลจากไฟล์นี้หรือไม่ (ข้อมูลเดิมของปีนั้นจะถูกแทนที่ทั้งหมด)"
    )


def imported_with_warnings(measures: int, style: str = "thai") -> str:
    return f"นำเข้ารายงานแล้ว {_n(measures, style)} มาตรการ มีบางจุดที่ควรตรวจสอบ (แก้ไขได้ในโปรแกรม):"


def warning_for_clerk(problem: Problem, style: str = "thai") -> str:
    """A warning about a measure, named as the clerk sees it: ``มาตรการที่ ๔
    วันสิ้นสุด: อยู่นอกปีงบประมาณ (๓๐ ต.ค. ๒๕๖๘)``."""
    import re

    if not re.match(r"measures\[\d+\]\.\w", problem.path):
        return problem_line(problem, style)
    text = f"{place_name(problem.path, style)}: {PROBLEMS.get(problem.code, problem.code)}"
    if problem.code in _DATE_WARNINGS or problem.code == "above_target":
        text += f" ({_shown_value(problem, style)})"
    return text


NOT_SAVED = "ยังไม่ได้บันทึก! ข้อมูลยังอยู่บนหน้าจอ โปรแกรมจะลองบันทึกอีกครั้ง"
UNDONE_DELETE = "นำมาตรการที่ลบกลับมาแล้ว"
RENDERING = "กำลังจัดหน้ารายงาน…"
PRINTING = "กำลังส่งรายงานไปที่เครื่องพิมพ์…"


def _short(title: str, limit: int = 60) -> str:
    title = title.strip() or "(ยังไม่มีชื่อ)"
    return title if len(title) <= limit else title[:limit] + "…"


def confirm_delete(number: str, title: str) -> str:
    return (
        f"ลบมาตรการที่ {number} “{_short(title)}” ออกจากรายงานหรือไม่ "
        "ถ้าลบแล้วเปลี่ยนใจ กดปุ่ม “เลิกลบ” หรือเมนู มาตรการ > เลิกลบมาตรการ เพื่อนำกลับมาได้"
    )


def deleted_measure(number: str, title: str) -> str:
    return f"ลบมาตรการที่ {number} “{_short(title)}” แล้ว ถ้าลบผิด กด “เลิกลบ”"


def added_from_catalog(count: int) -> str:
    return (
        f"เพิ่มมาตรการจากรายการที่ใช้บ่อยแล้ว {_n(count)} มาตรการ "
        "ตรวจสอบชื่อ ขั้นตอน และผู้รับผิดชอบให้ตรงกับที่หน่วยงานทำจริง แล้วกรอกผลการดำเนินการ"
    )


def year_started(year_be: int, source: int | None, style: str = "thai") -> str:
    from . import thaifmt

    if source is None:
        return f"เริ่มรายงานปีงบประมาณ {thaifmt.year(year_be, style)} แล้ว กด “+ เพิ่มมาตรการ” เพื่อเริ่มกรอก"
    return (
        f"เริ่มรายงานปีงบประมาณ {thaifmt.year(year_be, style)} แล้ว โดยคัดลอกมาตรการจากปี "
        f"{thaifmt.year(source, style)} กรอกผลการดำเนินการของปีใหม่ในแต่ละมาตรการ"
    )


def exported_json(path: str) -> str:
    return f"ส่งออกไฟล์รายงานแล้ว: {path}"


def exported_pdf(path: str, pages: int, style: str = "thai") -> str:
    from . import thaifmt

    return f"บันทึกไฟล์ PDF แล้ว ({thaifmt.digits(str(pages), style)} หน้า): {path}"


MAKING_WEB_PAGE = "กำลังสร้างหน้าเว็บ…"


def exported_html(path: str, size: int, style: str = "thai") -> str:
    from . import thaifmt

    kb = thaifmt.number(max(1, round(size / 1024)), style)
    return f"บันทึกหน้าเว็บแล้ว ({kb} KB) นำไฟล์นี้ขึ้นเว็บไซต์ของหน่วยงานได้เลย: {path}"


def printed(pages: int, style: str = "thai") -> str:
    from . import thaifmt

    return f"ส่งรายงาน {thaifmt.digits(str(pages), style)} หน้าไปที่เครื่องพิมพ์แล้ว"


def print_with_problems(where: str, problem: str) -> str:
    """``where``: ``มาตรการที่ ๒`` or ``หน่วยงาน`` (the tab to go back to)."""
    return (
        f"แท็บ “{where}” ยังมีข้อมูลที่ไม่ครบหรือไม่ถูกต้อง: {problem} "
        "ถ้าทำต่อตอนนี้ รายงานจะใช้ข้อมูลที่บันทึกไว้ล่าสุด ต้องการทำต่อไปหรือกลับไปแก้ไขก่อน"
    )


def rescue_question(path: str) -> str:
    return (
        "บันทึกการแก้ไขล่าสุดลงฐานข้อมูลไม่ได้ ถ้าปิดตอนนี้การแก้ไขล่าสุดจะหายไป "
        f"ให้โปรแกรมบันทึกรายงานนี้เป็นไฟล์ {path} ไว้ก่อนหรือไม่ "
        "(เปิดโปรแกรมครั้งหน้าแล้วนำเข้าไฟล์นี้ได้ที่เมนู แฟ้ม > นำเข้าไฟล์รายงาน)"
    )


def preview_ready(pages: int, style: str = "thai") -> str:
    from . import thaifmt

    return f"รายงานมีทั้งหมด {thaifmt.digits(str(pages), style)} หน้า ตรงกับที่จะพิมพ์และบันทึกเป็น PDF"


NO_MEASURES_YET = "รายงานปีนี้ยังไม่มีมาตรการ กดปุ่ม “+ เพิ่มมาตรการ” ที่มุมขวา หรือเลือกจากมาตรการที่หน่วยงานส่วนใหญ่ทำกันได้เลย"

AUTOSAVE_HINT = "โปรแกรมบันทึกทุกการแก้ไขให้เองทันที ไม่ต้องกดบันทึก"


def sentence_written(sentence: str) -> str:
    return f"เขียนลงในผลการดำเนินการแล้ว: “{sentence}”"


BACKING_UP = "กำลังสำรองข้อมูล…"


# --- importing a Word document -----------------------------------------------------

WORD_COLUMNS = {
    "title": "มาตรการ/โครงการ/กิจกรรม",
    "steps": "ขั้นตอนหรือวิธีการปฏิบัติ",
    "results": "ผลการดำเนินการ",
    "outcomes": "ผลลัพธ์หรือความสำเร็จ",
    "responsible_units": "ผู้รับผิดชอบ",
    "period": "ระยะเวลา",
    "number": "ลำดับ",
}

WORD_NOT_PLACED = {
    "unknown_column": "คอลัมน์ที่โปรแกรมไม่รู้จัก",
    "before_first_measure": "อยู่ก่อนมาตรการแรก",
    "period": "อ่านระยะเวลาไม่ได้ จึงเว้นระยะเวลาไว้ กรอกเองในโปรแกรม",
    "heading_row": "แถวหัวข้อที่คร่อมทั้งตาราง ไม่อยู่ในมาตรการใด",
}


def word_place(table: int, row: int, column: int, header: str | None, style: str = "thai") -> str:
    """``ตารางที่ ๒ แถวที่ ๓ คอลัมน์ที่ ๖ (ระยะเวลา)`` (counted from 1, as in Word;
    the table named only past the first)."""
    from . import thaifmt

    text = f"แถวที่ {thaifmt.digits(str(row), style)} คอลัมน์ที่ {thaifmt.digits(str(column), style)}"
    if table > 1:
        text = f"ตารางที่ {thaifmt.digits(str(table), style)} " + text
    return text + (f" ({header})" if header else "")


def word_recognized(result, style: str = "thai") -> list[str]:
    """What a Word import understood, line by line (``result``: a
    ``wordimport.WordImport``)."""
    from . import thaifmt

    r = result.report
    lines = [
        f"หน่วยงาน: {r.organization.name}" + (" (จากตัวเลือก)" if "org" in result.from_options else ""),
        f"ปีงบประมาณ: {thaifmt.year(r.fiscal_year_be, style)}"
        + (" (จากตัวเลือก)" if "year" in result.from_options else ""),
        f"พบมาตรการ {_n(len(r.measures), style)} มาตรการ",
    ]
    for i, m in enumerate(r.measures, 1):
        counts = ", ".join(
            f"{label} {_n(_count_items(m.items_of(name)), style)} ข้อ"
            for name, label in (("steps", "ขั้นตอน"), ("results", "ผลการดำเนินการ"), ("outcomes", "ผลลัพธ์"))
        )
        period = thaifmt.period(m.period_start, m.period_end, style, abbreviated=True) or "ไม่มีระยะเวลา"
        units = ", ".join(m.responsible_units) or "ไม่มีผู้รับผิดชอบ"
        lines.append(f"  {thaifmt.digits(str(i), style)}. {_short(m.title)}")
        lines.append(f"     {counts}; {period}; {units}")
    if r.organization.units:
        lines.append("กอง/ส่วนราชการ: " + ", ".join(r.organization.units))
    if result.levels_brought_up:
        from .outline import MAX_LEVEL

        lines.append(levels_brought_up(MAX_LEVEL))
    return lines


def _count_items(items) -> int:
    return sum(1 + _count_items(it.items) for it in items)


def word_not_placed_lines(result, style: str = "thai") -> list[str]:
    """Every piece of the table's text that landed in no field, with where it was."""
    if not result.not_placed:
        return []
    lines = [f"ข้อความที่ไม่ได้นำเข้า {_n(len(result.not_placed), style)} แห่ง (ตรวจสอบและกรอกเองในโปรแกรมถ้าจำเป็น):"]
    for piece in result.not_placed:
        why = WORD_NOT_PLACED.get(piece.reason, piece.reason)
        lines.append(
            f"  {word_place(piece.table, piece.row, piece.column, piece.header, style)}: {why}: “{_short(piece.text, 80)}”"
        )
    return lines


# --- importing a Word document, in the window ----------------------------------------------

WORD_YEAR_GUESSED = "ไฟล์นี้ไม่ได้ระบุปีงบประมาณ โปรแกรมจึงใส่ปีงบประมาณปัจจุบันไว้ให้ ตรวจสอบและแก้ให้ตรงกับปีของรายงานนี้"
WORD_NOTHING_LEFT_OUT = "ข้อความทุกส่วนในตารางถูกนำเข้าครบ"


def word_units(units: list[str]) -> str:
    return "กอง/ส่วนราชการที่พบ: " + (", ".join(units) if units else "ไม่พบ")


def word_not_placed_heading(count: int) -> str:
    return f"ข้อความ {_n(count)} แห่งที่โปรแกรมไม่รู้ว่าจะใส่ช่องใด จะไม่ถูกนำเข้า ถ้าจำเป็น ให้คัดลอกไปกรอกเองหลังนำเข้า:"


def word_not_placed_item(piece) -> str:
    why = WORD_NOT_PLACED.get(piece.reason, piece.reason)
    return f"{word_place(piece.table, piece.row, piece.column, piece.header)}: {why}\n“{piece.text}”"


def word_imported(measures: int, year_be: int, style: str = "thai") -> str:
    from . import thaifmt

    return (
        f"นำเข้ารายงานปีงบประมาณ {thaifmt.year(year_be, style)} แล้ว {_n(measures, style)} มาตรการ "
        "ตรวจสอบแต่ละมาตรการได้ในแท็บของมาตรการนั้น ถ้าจะทำรายงานปีถัดไปจากรายงานนี้ "
        "กดปุ่ม “เริ่มปีงบประมาณใหม่…”"
    )


# --- the readiness check (``itadesk.readiness``) --------------------------------------------

_READINESS_FIELDS = {
    "title": "ชื่อมาตรการ",
    "steps": "ขั้นตอนหรือวิธีการปฏิบัติ",
    "results": "ผลการดำเนินการ",
    "outcomes": "ผลลัพธ์หรือความสำเร็จ",
    "responsible_units": "ผู้รับผิดชอบ",
    "period_start": "ระยะเวลา",
    "period_end": "ระยะเวลา",
    "participant_count": "จำนวนผู้เข้าร่วม",
    "target_count": "กลุ่มเป้าหมาย",
    "budget": "งบประมาณ",
    "photos": "ภาพกิจกรรม",
    "taken": "ภาพกิจกรรม",
}


def readiness_place(finding, style: str = "thai") -> str:
    """Where a finding is, as the clerk finds it: ``มาตรการที่ ๓ ผลการดำเนินการ``,
    ``ชื่อรายงาน (แท็บหน่วยงาน)``, ``ผู้ลงนามคนที่ ๒ (แท็บหน่วยงาน)``."""
    from . import thaifmt

    if finding.measure is not None:
        where = f"มาตรการที่ {thaifmt.digits(str(finding.measure + 1), style)}"
        field = _READINESS_FIELDS.get(finding.field)
        return f"{where} {field}" if field and finding.kind != "no_measures" else where
    if finding.path == "title":
        return "ชื่อรายงาน (แท็บหน่วยงาน)"
    if finding.path == "title_lines.cover":
        return "ชื่อรายงานบนหน้าปก (แท็บหน่วยงาน)"
    if finding.path == "title_lines.heading":
        return "ชื่อรายงานเหนือตาราง (แท็บหน่วยงาน)"
    if finding.path == "ita.round":
        return "รอบการประเมิน ITA (แท็บหน่วยงาน)"
    if finding.path.startswith("signatories["):
        import re

        index = int(re.search(r"\[(\d+)\]", finding.path).group(1))  # type: ignore[union-attr]
        return f"ผู้ลงนามคนที่ {thaifmt.digits(str(index + 1), style)} (แท็บหน่วยงาน)"
    if finding.path == "signatories":
        return "ผู้ลงนาม (แท็บหน่วยงาน)"
    return "รายงาน"


_EMPTY_LIST = {
    "steps": "ยังว่างอยู่ ใส่ขั้นตอนที่หน่วยงานทำตามมาตรการนี้",
    "results": "ยังว่างอยู่ ใส่สิ่งที่ทำไปแล้วในปีงบประมาณนี้ (เช่น จัดกิจกรรมเมื่อใด มีผู้เข้าร่วมกี่คน)",
    "outcomes": "ยังว่างอยู่ ใส่ผลที่ได้หรือความสำเร็จของมาตรการนี้",
}


def readiness_problem(finding, style: str = "thai") -> str:
    """What is wrong and what to do, for one finding (without the place)."""
    import re

    from . import readiness as r
    from . import thaifmt

    k = finding.kind
    fy = thaifmt.year(finding.fiscal_year, style)
    if k == r.NO_MEASURES:
        return "รายงานยังไม่มีมาตรการ เพิ่มมาตรการก่อนเผยแพร่"
    if k in (r.OLD_YEAR_IN_REPORT_TITLE, r.OLD_YEAR_IN_TITLE):
        return f"ยังเขียนปี {thaifmt.year(finding.year, style)} ซึ่งเป็นปีก่อน แก้เป็นปี {fy} ถ้าเป็นรายงานของปีนี้"
    if k == r.NO_SIGNATORIES:
        return "ยังไม่มีผู้ลงนาม ถ้ารายงานต้องมีผู้รายงานหรือผู้อนุมัติลงนาม ให้เพิ่มในแท็บหน่วยงาน"
    if k == r.SIGNATORY_WITHOUT_NAME:
        return "ยังไม่ได้ใส่ชื่อผู้ลงนาม ใส่ชื่อ หรือลบแถวนี้ถ้าไม่ใช้"
    if k == r.EMPTY_TITLE:
        return "ยังไม่ได้ใส่ชื่อมาตรการ"
    if k == r.EMPTY_LIST:
        return _EMPTY_LIST.get(finding.field, "ยังว่างอยู่")
    if k == r.NO_UNITS:
        return "ยังไม่ได้เลือกกองหรือส่วนราชการที่รับผิดชอบ ติ๊กเลือกอย่างน้อยหนึ่งกอง"
    if k == r.NO_PERIOD:
        which = "วันเริ่มต้น" if finding.field == "period_start" else "วันสิ้นสุด"
        return f"ยังไม่ได้ใส่{which} ใส่วันที่ดำเนินการในปีงบประมาณ {fy}"
    if k == r.OUTSIDE_FISCAL_YEAR:
        which = "วันเริ่มต้น" if finding.field == "period_start" else "วันสิ้นสุด"
        first, last = thaifmt.fiscal_year_bounds(finding.fiscal_year)
        return (
            f"{which} {thaifmt.date(finding.date, style, abbreviated=True)} อยู่นอกปีงบประมาณ {fy} "
            f"({thaifmt.period(first, last, style, abbreviated=True)}) ตรวจสอบวันที่อีกครั้ง"
        )
    if k == r.ENDS_BEFORE_START:
        return "วันสิ้นสุดอยู่ก่อนวันเริ่มต้น แก้วันที่ให้ถูกต้อง"
    if k == r.PERCENT_MISMATCH:
        stated = thaifmt.percent_number(finding.stated, style)
        computed = thaifmt.percent_number(finding.computed, style)
        return f"เขียนว่าร้อยละ {stated} แต่จำนวนผู้เข้าร่วมกับกลุ่มเป้าหมายที่กรอกไว้คิดได้ร้อยละ {computed} แก้ให้ตรงกัน"
    if k == r.PARTICIPANTS_MISMATCH:
        stated = thaifmt.digits(str(finding.stated), style)
        computed = thaifmt.digits(str(finding.computed), style)
        return f"เขียนว่ามีผู้เข้าร่วม {stated} คน แต่ช่องจำนวนผู้เข้าร่วมกรอกไว้ {computed} คน แก้ให้ตรงกัน"
    if k == r.ABOVE_TARGET:
        return "ผู้เข้าร่วมมากกว่ากลุ่มเป้าหมาย ตรวจสอบจำนวนอีกครั้ง ถ้าถูกต้องแล้วก็ใช้ได้"
    if k == r.UNVERIFIED_ITEM_CODE:
        return (
            f"ยังไม่ได้ยืนยันรหัสข้อของรอบ ITA {thaifmt.year(finding.year, style)} กับคู่มือของ ป.ป.ช. "
            "ตรวจสอบรหัสข้อก่อนพิมพ์ หรือไม่ต้องพิมพ์รหัสข้อ"
        )
    if k == r.NO_BUDGET:
        return "ยังไม่ได้กรอกงบประมาณ กรอกจำนวนเงิน หรือพิมพ์ว่า ไม่ใช้งบประมาณ"
    if k == r.NO_EVIDENCE:
        return "ยังไม่มีภาพกิจกรรมเป็นหลักฐานว่าได้ดำเนินการแล้ว เพิ่มภาพถ่ายของกิจกรรมพร้อมคำบรรยาย"
    if k == r.PHOTO_OUTSIDE_FISCAL_YEAR:
        index = re.search(r"photos\[(\d+)\]", finding.path)
        which = f"ภาพที่ {thaifmt.digits(str(int(index.group(1)) + 1), style)} " if index else "ภาพ "
        first, last = thaifmt.fiscal_year_bounds(finding.fiscal_year)
        return (
            f"{which}ถ่ายเมื่อ {thaifmt.date(finding.date, style, abbreviated=True)} อยู่นอกปีงบประมาณ {fy} "
            f"({thaifmt.period(first, last, style, abbreviated=True)}) ผู้ตรวจอาจไม่นับเป็นหลักฐาน "
            "ตรวจวันที่ถ่าย หรือใช้ภาพของปีนี้"
        )
    return k


_PHOTO = {
    "not_image": "ไม่ใช่ไฟล์ภาพที่โปรแกรมเปิดได้ เลือกภาพ JPEG หรือ PNG",
    "heic": (
        "เป็นภาพ HEIC จากโทรศัพท์ ซึ่งโปรแกรมยังเปิดไม่ได้ ตั้งกล้องโทรศัพท์ให้ถ่ายเป็น JPEG "
        "(iPhone: การตั้งค่า > กล้อง > รูปแบบ > เข้ากันได้มากที่สุด) หรือส่งภาพผ่าน LINE แล้วบันทึกใหม่"
    ),
    "too_many_pixels": "ภาพมีจำนวนพิกเซลมากเกินไป (อาจเป็นไฟล์ที่ตั้งใจทำให้โปรแกรมค้าง) ย่อภาพให้เล็กลงแล้วเลือกใหม่",
    "truncated": "ไฟล์ภาพไม่ครบ (ถูกตัดท้ายระหว่างคัดลอกหรือดาวน์โหลด) คัดลอกภาพจากต้นฉบับมาใหม่แล้วเลือกอีกครั้ง",
    "too_large": "ไฟล์ภาพใหญ่เกินไป (ไม่เกิน {limit} เมกะไบต์) ย่อภาพให้เล็กลงแล้วเลือกใหม่",
    "unreadable": "เปิดไฟล์ภาพไม่ได้ ไฟล์อาจเสียหาย เลือกภาพอื่นหรือบันทึกภาพนั้นใหม่เป็น JPEG",
}


def photo_error(exc: e.PhotoError) -> str:
    """Why a photo was not added, and what to do."""
    text = _PHOTO.get(exc.reason, _PHOTO["unreadable"]).format(limit=exc.limit // (1024 * 1024))
    return f"ไม่ได้เพิ่มภาพ {exc.name}: {text}" if exc.name else f"ไม่ได้เพิ่มภาพ: {text}"


def readiness_line(finding, style: str = "thai") -> str:
    """``มาตรการที่ ๒ ผลการดำเนินการ: ยังว่างอยู่ …``: one finding, one line."""
    return f"{readiness_place(finding, style)}: {readiness_problem(finding, style)}"


def readiness_summary(count: int, style: str = "thai") -> str:
    if not count:
        return "ตรวจแล้ว ไม่พบสิ่งที่ต้องแก้ไข รายงานพร้อมพิมพ์และเผยแพร่"
    return f"พบ {_n(count, style)} จุดที่ผู้ตรวจประเมินอาจทักท้วง ดับเบิลคลิกรายการเพื่อไปที่ช่องนั้น แก้หรือไม่แก้ก็พิมพ์ได้"


def readiness_ok(organization: str, year_be: int) -> str:
    return f"ตรวจรายงานปีงบประมาณ {year_be} ของ{organization} แล้ว ไม่พบสิ่งที่ต้องแก้ไข"


def readiness_found(organization: str, year_be: int, count: int) -> str:
    return f"รายงานปีงบประมาณ {year_be} ของ{organization}: พบ {count} จุดที่ควรตรวจสอบก่อนเผยแพร่"


# --- find, zoom and help (the window) ------------------------------------------------------

FIND_NOT_FOUND = "ไม่พบคำนี้ในมาตรการใด"


def find_status(current: int, total: int, style: str = "thai") -> str:
    """``พบ ๓ จาก ๑๒ แห่ง``: which of the places found is shown."""
    return f"แห่งที่ {_n(current, style)} จาก {_n(total, style)}"


def zoom_text(percent: int, style: str = "thai") -> str:
    return f"ขนาดตัวอักษร {_n(percent, style)}% (Ctrl+0 กลับเป็นขนาดปกติ)"


HELP_HEADING = "วิธีทำรายงานผลการดำเนินการ (O37) ด้วย ITA Desk"

HELP_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "๑. เปิดโปรแกรมครั้งแรก",
        (
            "เลือกประเภทหน่วยงาน กรอกชื่อหน่วยงาน อำเภอ จังหวัด และปีงบประมาณ โปรแกรมใส่รายชื่อกองที่ใช้บ่อยไว้ให้ แก้ไขได้ในแท็บ “หน่วยงาน”",
            "ถ้ามีรายงานปีที่แล้วเป็นไฟล์ Word ให้กด “นำเข้าจากไฟล์ Word…” โปรแกรมจะแสดงมาตรการที่อ่านได้และข้อความที่วางไม่ได้ให้ตรวจก่อนบันทึก",
        ),
    ),
    (
        "๒. เริ่มรายงานปีใหม่",
        (
            "ถ้ามีรายงานปีก่อนอยู่ในโปรแกรมแล้ว กด “เริ่มปีงบประมาณใหม่…” โปรแกรมคัดลอกชื่อมาตรการ ขั้นตอน และผู้รับผิดชอบมาให้ เลื่อนระยะเวลาไปหนึ่งปี และเว้นผลการดำเนินการกับผลลัพธ์ไว้ให้กรอกใหม่",
            "ตรวจชื่อมาตรการที่ยังเขียนปีเก่า (เช่น “ในปี ๒๕๖๘”) แล้วแก้เป็นปีนี้",
        ),
    ),
    (
        "๓. กรอกแต่ละมาตรการ",
        (
            "แต่ละมาตรการมีแท็บของตัวเอง กรอกชื่อ ติ๊กกองที่รับผิดชอบ ใส่วันเริ่มต้นและวันสิ้นสุด (พิมพ์ เช่น ๑ ต.ค. ๖๗ หรือกดปุ่มปฏิทิน) และกรอกขั้นตอน ผลการดำเนินการ ผลลัพธ์ทีละข้อ",
            "กด Enter เพื่อเพิ่มข้อใหม่ Alt+ลูกศรขวา ทำเป็นข้อย่อย ไม่ต้องพิมพ์เลขข้อเอง โปรแกรมใส่ให้ตอนพิมพ์",
            "ถ้ามีจำนวนกลุ่มเป้าหมายและผู้เข้าร่วม ให้กรอกในช่องตัวเลข แล้วกดปุ่มเขียนจำนวนผู้เข้าร่วม โปรแกรมคิดร้อยละและเขียนประโยคลงในผลการดำเนินการให้",
            "ทุกการแก้ไขบันทึกให้เองทันที ไม่ต้องกดบันทึก ถ้าแก้ผิด กด Ctrl+Z เพื่อเลิกทำ",
        ),
    ),
    (
        "๔. ตรวจก่อนพิมพ์",
        (
            "กด F7 หรือเมนู รายงาน > ตรวจความพร้อมของรายงาน… โปรแกรมจะบอกสิ่งที่ผู้ตรวจประเมินอาจทักท้วง เช่น ช่องที่ยังว่าง ชื่อที่ยังเป็นปีเก่า ระยะเวลานอกปีงบประมาณ จำนวนที่ไม่ตรงกับข้อความ ดับเบิลคลิกรายการเพื่อไปที่ช่องนั้น",
            "รายการนี้แสดงก่อนพิมพ์และก่อนบันทึกเป็น PDF ด้วย แก้หรือไม่แก้ก็พิมพ์ต่อได้",
        ),
    ),
    (
        "๕. พิมพ์และเผยแพร่",
        (
            "กด “ดูตัวอย่างก่อนพิมพ์” เพื่อดูทุกหน้าตามที่จะพิมพ์ แล้วกด “บันทึกเป็น PDF…” (Ctrl+E)",
            "นำไฟล์ PDF ขึ้นเว็บไซต์ของหน่วยงาน ในหน้าการเปิดเผยข้อมูล ITA แล้วนำลิงก์ของไฟล์ไปกรอกในระบบ ITAS (itas.nacc.go.th) ตรวจว่าลิงก์เปิดได้จริง",
            "ถ้าต้องการให้อ่านบนโทรศัพท์ได้สะดวก ใช้เมนู รายงาน > บันทึกรายงานเป็นหน้าเว็บ (HTML)… ได้ไฟล์เดียวที่นำขึ้นเว็บไซต์ได้เลย แสดงเป็นตารางบนคอมพิวเตอร์และเป็นการ์ดทีละมาตรการบนโทรศัพท์",
        ),
    ),
    (
        "๖. สำรองข้อมูล",
        (
            "เมนู แฟ้ม > สำรองข้อมูล… บันทึกข้อมูลทั้งหมดเป็นไฟล์เดียวลงแฟลชไดรฟ์ ถ้าเครื่องเสียหรือเปลี่ยนเครื่อง ให้ใช้ แฟ้ม > กู้คืนข้อมูล… โปรแกรมสำรองข้อมูลให้อัตโนมัติในเครื่องทุกครั้งที่ปิดด้วย",
        ),
    ),
)

HELP_SHORTCUTS_HEADING = "ปุ่มลัด"

HELP_SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("F1", "เปิดหน้านี้"),
    ("Ctrl+F", "ค้นหาคำในทุกมาตรการ (ชื่อ ขั้นตอน ผลการดำเนินการ ผลลัพธ์ ผู้รับผิดชอบ)"),
    ("F3 / Shift+F3", "ไปที่คำที่พบถัดไป / ก่อนหน้า"),
    ("Ctrl++ / Ctrl+- / Ctrl+0", "ขยาย / ย่อ / คืนขนาดตัวอักษรในช่องกรอก (จำไว้ครั้งต่อไป)"),
    ("F7", "ตรวจความพร้อมของรายงาน"),
    ("Ctrl+N", "เพิ่มมาตรการใหม่"),
    ("Ctrl+Z / Ctrl+Y", "เลิกทำ / ทำซ้ำ"),
    ("Enter", "เพิ่มข้อใหม่ในรายการ"),
    ("Alt+↑ / Alt+↓", "เลื่อนข้อขึ้น / ลง"),
    ("Alt+→ / Alt+←", "ทำเป็นข้อย่อย / ยกเลิกข้อย่อย"),
    ("Ctrl+P", "พิมพ์รายงาน"),
    ("Ctrl+E", "บันทึกรายงานเป็น PDF"),
    ("Ctrl+Q", "ออกจากโปรแกรม"),
)
