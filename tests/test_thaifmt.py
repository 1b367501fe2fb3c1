"""Every formatting rule as a table of cases."""

import datetime as dt
from decimal import Decimal

import pytest

from itadesk import thaifmt as tf

D = dt.date


@pytest.mark.parametrize(
    "participants, target, expected",
    [
        (60, 70, "ร้อยละ ๘๕.๗๑"),
        (45, 50, "ร้อยละ ๙๐"),
        (53, 50, "ร้อยละ ๑๐๖"),
        (1, 3, "ร้อยละ ๓๓.๓๓"),
        (2, 3, "ร้อยละ ๖๖.๖๗"),
        (1, 8, "ร้อยละ ๑๒.๕"),  # 12.50 -> trailing zero dropped
        (1, 200, "ร้อยละ ๐.๕"),
        (1, 400, "ร้อยละ ๐.๒๕"),
        (1, 800, "ร้อยละ ๐.๑๓"),  # 0.125 half-up
        (0, 50, "ร้อยละ ๐"),
        (5, 0, ""),  # target 0: no percentage, no crash
        (5, None, ""),
        (None, 50, ""),
    ],
)
def test_percent(participants, target, expected):
    assert tf.percent(participants, target) == expected


def test_percent_half_up_not_bankers():
    # 0.125 and 0.135 both round up (Python's round() would give 0.12).
    assert tf.percentage(1, 800) == Decimal("0.13")
    assert tf.percentage(27, 20000) == Decimal("0.14")


def test_percent_arabic():
    assert tf.percent(60, 70, "arabic") == "ร้อยละ 85.71"


@pytest.mark.parametrize(
    "start, end, expected",
    [
        (D(2025, 1, 1), D(2025, 6, 30), "๑ มกราคม – ๓๐ มิถุนายน ๒๕๖๘"),
        (D(2024, 10, 1), D(2025, 9, 30), "๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘"),
        (D(2024, 12, 9), D(2024, 12, 9), "๙ ธันวาคม ๒๕๖๗"),
        (D(2024, 12, 9), None, "ตั้งแต่ ๙ ธันวาคม ๒๕๖๗"),
        (None, D(2025, 9, 30), "ถึง ๓๐ กันยายน ๒๕๖๘"),
        (None, None, ""),
    ],
)
def test_period(start, end, expected):
    assert tf.period(start, end) == expected


def test_period_arabic_and_abbreviated():
    assert (
        tf.period(D(2024, 10, 1), D(2025, 9, 30), "arabic", abbreviated=True) == "1 ต.ค. 2567 – 30 ก.ย. 2568"
    )


@pytest.mark.parametrize(
    "d, full, abbr",
    [
        (D(2024, 12, 9), "๙ ธันวาคม ๒๕๖๗", "๙ ธ.ค. ๒๕๖๗"),
        (D(2025, 2, 28), "๒๘ กุมภาพันธ์ ๒๕๖๘", "๒๘ ก.พ. ๒๕๖๘"),
        (D(2024, 2, 29), "๒๙ กุมภาพันธ์ ๒๕๖๗", "๒๙ ก.พ. ๒๕๖๗"),
        (D(2025, 5, 1), "๑ พฤษภาคม ๒๕๖๘", "๑ พ.ค. ๒๕๖๘"),
    ],
)
def test_date(d, full, abbr):
    assert tf.date(d) == full
    assert tf.date(d, abbreviated=True) == abbr


@pytest.mark.parametrize(
    "month, abbr",
    list(
        enumerate(
            ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."],
            start=1,
        )
    ),
)
def test_month_abbreviations(month, abbr):
    assert tf.month_name(month, abbreviated=True) == abbr


def test_fiscal_year_bounds():
    assert tf.fiscal_year_bounds(2568) == (D(2024, 10, 1), D(2025, 9, 30))


@pytest.mark.parametrize(
    "d, fy",
    [
        (D(2024, 9, 30), 2567),
        (D(2024, 10, 1), 2568),
        (D(2025, 9, 30), 2568),
        (D(2025, 10, 1), 2569),
        (D(2026, 11, 25), 2570),
    ],
)
def test_fiscal_year_of(d, fy):
    assert tf.fiscal_year_of(d) == fy


@pytest.mark.parametrize(
    "style, level, index, expected",
    [
        ("numbered", 1, 1, "๑."),
        ("numbered", 1, 12, "๑๒."),
        ("numbered", 2, 3, "(๓)"),
        ("numbered", 3, 1, "(ก)"),
        ("numbered", 3, 2, "(ข)"),
        ("numbered", 3, 5, "(จ)"),
        ("numbered", 4, 2, "(ข)"),
        ("bulleted", 1, 7, "-"),
        ("bulleted", 2, 2, "๒."),
        ("bulleted", 3, 4, "(๔)"),
        ("plain", 1, 3, ""),
        ("plain", 2, 1, "๑."),
        ("plain", 3, 1, "(๑)"),
    ],
)
def test_list_marker(style, level, index, expected):
    assert tf.list_marker(style, level, index) == expected


def test_list_marker_arabic():
    assert tf.list_marker("numbered", 2, 10, "arabic") == "(10)"


def test_thai_letters_skip_obsolete_and_continue():
    assert tf.thai_letter(1) == "ก"
    assert tf.thai_letter(3) == "ค"  # ฃ skipped
    assert tf.thai_letter(5) == "จ"  # ฅ skipped
    assert tf.thai_letter(len(tf.THAI_LETTERS)) == "ฮ"
    assert tf.thai_letter(len(tf.THAI_LETTERS) + 1) == "กก"


@pytest.mark.parametrize(
    "fn, expected",
    [
        (lambda: tf.page_number(2), "- ๒ -"),
        (lambda: tf.page_number(15, "arabic"), "- 15 -"),
        (lambda: tf.measure_number(1), "๑."),
        (lambda: tf.year(2568), "๒๕๖๘"),
        (lambda: tf.number(1200), "๑,๒๐๐"),
        (lambda: tf.number(12450.5, places=2), "๑๒,๔๕๐.๕๐"),
        (lambda: tf.number(60), "๖๐"),
    ],
)
def test_generated_numbers(fn, expected):
    assert fn() == expected


@pytest.mark.parametrize(
    "text, expected",
    [("60", 60), ("๖๐", 60), (" 1,200 ", 1200), ("๑,๒๐๐", 1200), ("", None), ("  ", None)],
)
def test_parse_count(text, expected):
    assert tf.parse_count(text) == expected


@pytest.mark.parametrize("text", ["-5", "5.5", "abc", "๕ คน"])
def test_parse_count_refuses(text):
    with pytest.raises(ValueError):
        tf.parse_count(text)


def test_participation_sentence():
    assert tf.participation_sentence(60, 70) == "ผู้เข้าร่วมกิจกรรม ๖๐ คน จากกลุ่มเป้าหมาย ๗๐ คน คิดเป็นร้อยละ ๘๕.๗๑"
    assert tf.participation_sentence(60, None) == "ผู้เข้าร่วมกิจกรรม ๖๐ คน"


def test_stated_percentages():
    text = "ผู้เข้าร่วม ๖๐ คน คิดเป็น ร้อยละ ๘๕.๗๑ ของกลุ่มเป้าหมาย และร้อยละ 90"
    assert tf.stated_percentages(text) == [Decimal("85.71"), Decimal("90")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ประชุม 3 ครั้ง", "ประชุม ๓ ครั้ง"),
        ("ตามตัวชี้วัด O37 ข้อ 2", "ตามตัวชี้วัด O37 ข้อ ๒"),
        ("ระบบ e-GP ปี 2568", "ระบบ e-GP ปี ๒๕๖๘"),
        (
            "ดูที่ https://www.example.go.th/ita/2568?id=37 ครับ 1",
            "ดูที่ https://www.example.go.th/ita/2568?id=37 ครับ ๑",
        ),
        ("อีเมล ita2568@example.go.th 10 ฉบับ", "อีเมล ita2568@example.go.th ๑๐ ฉบับ"),
        ("ไฟล์ report2568.pdf หน้า 4", "ไฟล์ report2568.pdf หน้า ๔"),
        ("สขร.1 เดือนละ 1 ครั้ง", "สขร.๑ เดือนละ ๑ ครั้ง"),
        ("www.khamthalesor.go.th", "www.khamthalesor.go.th"),
    ],
)
def test_convert_digits_leaves_urls_emails_codes(text, expected):
    assert tf.convert_digits_in_text(text) == expected


def test_convert_digits_back_to_arabic():
    assert tf.convert_digits_in_text("ร้อยละ ๘๕.๗๑", "arabic") == "ร้อยละ 85.71"


def test_shift_year_leap_day():
    assert tf.shift_year(D(2024, 2, 29)) == D(2025, 2, 28)
    assert tf.shift_year(D(2024, 10, 1)) == D(2025, 10, 1)


def test_literal_locale_tables_agree_with_babel():
    """The month names and number symbols written out in thaifmt (so that a
    report loads no locale data) are Babel's for th_TH; if CLDR changes them,
    paste what this test prints."""
    from babel.dates import get_month_names
    from babel.numbers import get_group_symbol, get_minus_sign_symbol

    for width, table in (("wide", tf.MONTHS_WIDE), ("abbreviated", tf.MONTHS_ABBREVIATED)):
        babel = tuple(get_month_names(width, locale="th_TH")[m] for m in range(1, 13))
        assert table == babel, f"{width}: {babel!r}"
    assert (get_group_symbol("th_TH"), get_minus_sign_symbol("th_TH")) == (tf.GROUP_SYMBOL, tf.MINUS_SIGN)


@pytest.mark.parametrize("style", ["thai", "arabic"])
def test_whole_numbers_without_babel_agree_with_babel(style):
    from babel.numbers import format_decimal

    values = [0, 7, -7, 999, 1000, -1000, 12_450, 999_999, 1_000_000, -123_456_789, 10**18 + 3]
    for value in values:
        want = tf.digits(format_decimal(value, format="#,##0", locale="th_TH"), style)
        assert tf.number(value, style) == want
        assert tf.number(value, style, places=0) == want
    assert tf.number(12450.5, style, places=2) == tf.digits("12,450.50", style)  # Babel's path still


def test_markers_per_level_and_amounts():
    from itadesk.model import MARKER_KINDS, NO_BUDGET

    assert tf.list_marker("numbered", 3, 1) == "(ก)"
    assert tf.list_marker("numbered", 3, 1, kinds=["dot", "paren", "paren"]) == "(๑)"
    assert tf.list_marker("numbered", 4, 2, kinds=["dot", "paren", "paren"]) == "(๒)"
    assert tf.list_marker("numbered", 2, 1, kinds=["dot"]) == "(๑)"  # levels not given: the style's
    expected = ["๒.", "(๒)", "(ข)", "ข.", "-", "\u2022", "2.", "(2)", ""]
    assert [tf.marker(k, 2) for k in MARKER_KINDS] == expected
    assert tf.parse_amount("๑๒,๔๕๐.๕ บาท") == "12450.50"
    assert tf.parse_amount(" 3000 ") == "3000"
    assert tf.parse_amount("ไม่ใช้งบประมาณ") == NO_BUDGET == tf.NO_BUDGET_WORDS
    assert tf.parse_amount("") is None
    with pytest.raises(ValueError):
        tf.parse_amount("หนึ่งพัน")
    assert tf.baht("12450.50") == "๑๒,๔๕๐.๕๐ บาท"
    assert tf.baht("3000", "arabic") == "3,000 บาท"
    assert tf.baht(NO_BUDGET) == NO_BUDGET


def test_ita_rounds_are_data():
    from itadesk import rounds

    assert rounds.report_code(2568) == "O37" and rounds.find(2568).plan.code == "O36"
    assert rounds.report_code(2567) == "O37"
    assert rounds.find(2569) is not None and not rounds.find(2569).verified
    assert rounds.report_code(2400) is None
