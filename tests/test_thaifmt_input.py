"""Reading dates and times the clerk typed."""

import datetime as dt

import pytest

from itadesk import messages, thaifmt
from itadesk.errors import DateInputError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1/10/2567", dt.date(2024, 10, 1)),
        ("01-10-2567", dt.date(2024, 10, 1)),
        ("๑/๑๐/๒๕๖๗", dt.date(2024, 10, 1)),
        ("๑ ตุลาคม ๒๕๖๗", dt.date(2024, 10, 1)),
        ("1 ต.ค. 2567", dt.date(2024, 10, 1)),
        ("1 ต.ค.67", dt.date(2024, 10, 1)),
        ("1 ตค 2567", dt.date(2024, 10, 1)),
        ("30 ก.ย. พ.ศ. 2568", dt.date(2025, 9, 30)),
        ("5 กุมภา 68", dt.date(2025, 2, 5)),
        ("9 ธันวาคม 2024", dt.date(2024, 12, 9)),
        ("29/2/2567", dt.date(2024, 2, 29)),
    ],
)
def test_parse_date(text, expected):
    assert thaifmt.parse_date(text) == expected


def test_parse_date_empty_is_none():
    assert thaifmt.parse_date("  ") is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("30/2/2568", "no_such_day"),
        ("31 เม.ย. 2568", "no_such_day"),
        ("29/2/2568", "no_such_day"),
        ("1/13/2568", "month"),
        ("1 ตุลาก 2567", "month"),
        ("hello", "format"),
        ("1/1/1800", "year"),
    ],
)
def test_impossible_dates_are_refused_with_thai_words(text, reason):
    with pytest.raises(DateInputError) as info:
        thaifmt.parse_date(text)
    assert info.value.reason == reason
    sentence = messages.describe(info.value)
    assert sentence and "ข้อผิดพลาดที่ไม่คาดคิด" not in sentence


def test_no_such_day_message_names_the_day():
    with pytest.raises(DateInputError) as info:
        thaifmt.parse_date("30/2/2568")
    assert messages.describe(info.value) == "ไม่มีวันที่ ๓๐ กุมภาพันธ์ ๒๕๖๘ ในปฏิทิน ตรวจสอบวันที่อีกครั้ง"


def test_clock():
    assert thaifmt.clock(dt.time(9, 5)) == "๐๙.๐๕ น."
    assert thaifmt.clock(dt.time(14, 32), "arabic") == "14.32 น."
