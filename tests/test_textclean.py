"""Cleaning pasted text (headless)."""

import pytest

from itadesk import messages
from itadesk.textclean import clean_item, clean_text, split_items


@pytest.mark.parametrize(
    ("raw", "clean", "code"),
    [
        ("ประชุม\u200bชี้แจง", "ประชุมชี้แจง", "invisible"),
        ("\ufeffข้อความ", "ข้อความ", "invisible"),
        ("มาตรการ\u00a0ป้องกัน", "มาตรการ ป้องกัน", "spaces"),
        ("ผล\u202fการ", "ผล การ", "spaces"),
        ("คุณ\u00adธรรม", "คุณธรรม", "soft_hyphen"),
        ("ข้อ\x07ความ", "ข้อความ", "control"),
        ("ทํา", "ทำ", "sara_am"),
        ("นํ้า", "น้ำ", "sara_am"),
        ("ที่่", "ที่", "doubled_mark"),
        ("กิิจกรรม", "กิจกรรม", "doubled_mark"),
        ("ก่ี", "กี่", "mark_order"),
    ],
)
def test_clean_text_fixes_and_reports(raw, clean, code):
    result = clean_text(raw)
    assert result.text == clean
    assert result.changes[code] >= 1


def test_clean_text_leaves_good_thai_alone():
    text = "ผู้เข้าร่วมกิจกรรม ๖๐ คน คิดเป็นร้อยละ ๘๕.๗๑ (O37, e-GP) https://example.go.th/a?b=1&c=2"
    result = clean_text(text)
    assert result.text == text
    assert not result.changed


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("๑. ประชุมชี้แจง", "ประชุมชี้แจง"),
        ("1) ประชุม", "ประชุม"),
        ("(1) ประชุม", "ประชุม"),
        ("(๒) ประชุม", "ประชุม"),
        ("1.2. ประชุม", "ประชุม"),
        ("- ประชุม", "ประชุม"),
        ("• ประชุม", "ประชุม"),
        ("\uf0b7\tประชุม", "ประชุม"),
        ("(ก) ประชุม", "ประชุม"),
        ("๑.ประชุม", "ประชุม"),
    ],
)
def test_clean_item_takes_off_typed_markers(raw, clean):
    result = clean_item(raw)
    assert result.text == clean
    assert result.changes["marker"] == 1


@pytest.mark.parametrize("text", ["1.5 ล้านบาท", "2568 ปีงบประมาณ", "ก.พ. ๒๕๖๘", "E-Service", "-", "๑."])
def test_clean_item_keeps_numbers_that_are_content(text):
    assert clean_item(text).text == text


def test_clean_item_joins_lines():
    result = clean_item("ประชุมชี้แจง\nบุคลากร\r\nทุกกอง and\nmore")
    assert result.text == "ประชุมชี้แจงบุคลากรทุกกอง and more"
    assert result.changes["lines"] == 3


def test_split_items_each_line_an_item():
    items, changes = split_items("ประชุม\n\nอบรม\n")
    assert items == ["ประชุม", "อบรม"]
    assert not changes


def test_split_items_numbered_list_from_word():
    text = "1.\tประชุมชี้แจงบุคลากร\n2.\tจัดอบรม\nให้ความรู้\n3.\tสรุปผล"
    items, changes = split_items(text)
    assert items == ["ประชุมชี้แจงบุคลากร", "จัดอบรมให้ความรู้", "สรุปผล"]
    assert changes["marker"] == 3
    assert changes["lines"] == 1


def test_hundred_thousand_characters_clean_quickly():
    import time

    text = ("ประชุม\u200bชี้แจง\u00a0ทํา " * 6000)[:100_000]
    start = time.perf_counter()
    result = clean_text(text)
    assert time.perf_counter() - start < 1.0
    assert "\u200b" not in result.text and "ํา" not in result.text


def test_changes_are_worded_in_thai():
    result = clean_item("๑. ทํา\u200bงาน")
    line = messages.paste_changes(result.changes)
    assert "อักขระที่มองไม่เห็น ๑ ตัว" in line
    assert "สระอำ" in line and "เลขข้อ" in line
    assert messages.paste_changes({}) == ""


WORD_HTML = """<html><head><style>p.MsoListParagraph{mso-list:l0 level1 lfo1}</style></head><body>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='mso-list:Ignore'>1.<span style='font:7.0pt'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>ประชุมคณะทำงาน</p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span
style='mso-list:Ignore'>a.<span>&nbsp;&nbsp; </span></span><![endif]>กำหนดวัน</p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span
style='mso-list:Ignore'>b.<span>&nbsp;&nbsp; </span></span><![endif]>แจ้ง<b>ทุกกอง</b></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='mso-list:Ignore'>2.<span>&nbsp; </span></span><![endif]>รายงานผล</p>
</body></html>"""

LIBREOFFICE_HTML = (
    "<ol><li><p>ประชุมคณะทำงาน</p><ol><li><p>กำหนดวัน</p></li><li><p>แจ้งทุกกอง</p>"
    "<ul><li>ลึก</li></ul></li></ol></li><li><p>รายงานผล</p></li></ol>"
)


def test_html_lists_keep_their_levels():
    from itadesk.textclean import html_items

    rows, _changes = html_items(WORD_HTML)
    assert rows == [(1, "ประชุมคณะทำงาน"), (2, "กำหนดวัน"), (2, "แจ้งทุกกอง"), (1, "รายงานผล")]
    rows, _changes = html_items(LIBREOFFICE_HTML)
    assert rows == [(1, "ประชุมคณะทำงาน"), (2, "กำหนดวัน"), (2, "แจ้งทุกกอง"), (3, "ลึก"), (1, "รายงานผล")]
    assert html_items("<p>ไม่มีรายการ</p><p>สอง</p>") is None


def test_a_list_pasted_into_one_line_loses_every_marker():
    from itadesk.textclean import clean_item

    assert clean_item("1. ประชุม\n2. รายงาน\n- สรุป").text == "ประชุมรายงานสรุป"
