"""The web page (``itadesk html``): the words of the PDF, in order; the app's
line breaks kept; the font embedded and cut; the accessibility rules
(language, table headers, heading order, contrast, alt text) checked over
the HTML with lxml; the command in its own process. The page in a real
browser: ``tests/test_web_browser.py``."""

from __future__ import annotations

import base64
import copy
import datetime as dt
import io
import os
import re
import subprocess
import sys

import pytest
from fontTools.ttLib import TTFont
from lxml import html as lhtml

from itadesk import doctext, linebreak, thaifmt
from itadesk.exchange import load_report
from itadesk.model import Analysis, Item, Photo, Signatory
from itadesk.photos import prepare
from itadesk.resources import SAMPLE_REPORT, resource
from itadesk.web import render_html
from itadesk.web.breaks import LONG, markup, pieces

from .generate import clusters_report
from .photomaker import photo_bytes
from .webcheck import accessibility_problems, contrast, document_texts, in_order, page_of


@pytest.fixture(scope="module")
def sample():
    return load_report(resource(*SAMPLE_REPORT))


@pytest.fixture(scope="module")
def full(sample):
    """The sample with everything a page can show: analysis, budget,
    follow-up, item codes, signatories, a logo and photos."""
    rep = copy.deepcopy(sample)
    rep.analysis = Analysis(
        note="ผลการประเมินลดลงจากปีที่ผ่านมาในตัวชี้วัดการเปิดเผยข้อมูล",
        score="85.50",
        level="A",
        weaknesses=["การเผยแพร่ข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน"],
        improvements=["ปรับปรุงเว็บไซต์ให้ค้นหาข้อมูลได้ง่าย"],
    )
    rep.organization.budget_column = True
    rep.organization.logo = photo_bytes(300, 300, fmt="PNG")
    for i, m in enumerate(rep.measures):
        m.budget = "ไม่ใช้งบประมาณ" if i % 2 else f"{(i + 1) * 12450}.50"
        m.follow_up = "รายงานความก้าวหน้าทุกไตรมาส\nสรุปผลเสนอนายกเทศมนตรีเมื่อสิ้นปีงบประมาณ"
    rep.measures[0].photos = [
        Photo(prepare(photo_bytes(1600, 1200, seed=1)).data, caption="ประชุมชี้แจง", taken=dt.date(2025, 1, 15)),
        Photo(prepare(photo_bytes(900, 1200, seed=2)).data),
    ]
    rep.show_item_code = True
    rep.signatories = [
        Signatory("ผู้รายงาน", "นางสาวกมลวรรณ ใจดี", "นักวิเคราะห์นโยบายและแผน"),
        Signatory("ผู้อนุมัติ", "นายสมชาย รักษ์ถิ่น", "นายกเทศมนตรีตำบลขามทะเลสอ"),
    ]
    return rep


# --- the words, in order ----------------------------------------------------------------------


@pytest.mark.parametrize("document", ["results", "plan"])
def test_every_text_of_the_sample_in_order(sample, document):
    result = render_html(sample, document=document)
    assert result.warnings == []
    text = page_of(result.html).body.text_content()
    assert in_order(text, document_texts(sample, document)) == []
    if document == "plan":
        assert "ผลการดำเนินการตามมาตรการ" not in text and "การกำกับติดตาม" in text


def test_arabic_digits_and_the_full_report(full):
    for document in ("results", "plan"):
        result = render_html(full, document=document, digits="arabic")
        text = page_of(result.html).body.text_content()
        assert in_order(text, document_texts(full, document, "arabic")) == []
        # what the app writes is Arabic (the clerk's typed digits print as typed, as in the PDF)
        doc = page_of(result.html)
        assert [k.text_content() for k in doc.xpath("//tbody/tr/th//span[@class='k']")][:2] == ["1.", "2."]
        assert "พ.ศ. 2568" in text and "พ.ศ. ๒๕๖๘" not in text
    text = page_of(render_html(full, document="plan").html).body.text_content()
    assert in_order(text, ["O36", "ผลคะแนน 85.50 คะแนน ระดับ A", *doctext.plan_signature_lines(full)]) == []
    text = page_of(render_html(full).html).body.text_content()
    lines = [ln for s in full.signatories for ln in doctext.signature_lines(s)]
    assert in_order(text, ["O37", *lines, "ภาพกิจกรรม", "ประชุมชี้แจง (๑๕ ม.ค. ๒๕๖๘)"]) == []


def test_lists_are_ol_and_ul_with_the_reports_markers(sample):
    rep = copy.deepcopy(sample)
    m = rep.measures[0]
    m.steps = [Item("ขั้นแรก", [Item("ย่อยหนึ่ง"), Item("ย่อยสอง")]), Item("ขั้นที่สอง")]
    m.list_styles = {"results": "bulleted"}
    rep.markers = {"numbered": ["arabic_dot", "letter_paren", "dash"]}
    doc = page_of(render_html(rep).html)
    row = doc.xpath("//tbody/tr")[0]
    steps = row.xpath("./td")[0]
    top = steps.xpath("./ol")[0]
    assert [li.xpath("./span[@class='k']")[0].text_content() for li in top.xpath("./li")] == ["1.", "2."]
    assert [s.text_content() for s in top.xpath("./li/ol/li/span[@class='k']")] == ["(ก)", "(ข)"]
    assert row.xpath("./td")[1].xpath("./ul")  # bulleted: <ul>, its markers written out
    bullets = row.xpath("./td")[1].xpath("./ul/li/span[@class='k']")
    assert bullets and {b.text_content() for b in bullets} == {thaifmt.list_marker("bulleted", 1, 1, "thai")}


# --- line breaks ----------------------------------------------------------------------------


PROTECTED = [
    "การจัดทำตัวชี้วัดของหน่วยงาน ระหว่างวันที่ ๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘",
    "มีผู้เข้าร่วม ๖๐ คน คิดเป็นร้อยละ ๘๕.๕๐ งบประมาณ ๑๒,๔๕๐.๕๐ บาท ครั้งที่ ๒",
    "ประชาสัมพันธ์ผ่าน E-Service และ No Gift Policy ที่ https://www.example.go.th/ita ภายใน พ.ศ. ๒๕๖๘",
    "กองสาธารณสุขและสิ่งแวดล้อมร่วมกับสำนักปลัดเทศบาล",
]


@pytest.mark.parametrize("text", PROTECTED)
def test_pieces_break_only_where_the_app_allows(text):
    with linebreak.division_names(["กองสาธารณสุขและสิ่งแวดล้อม", "สำนักปลัดเทศบาล"]):
        cut = pieces(text)
        b = linebreak.analyse(text, linebreak.current_names())
    assert "".join(cut) == text
    bounds = set()
    at = 0
    for p in cut[:-1]:
        at += len(p)
        bounds.add(at)
    assert bounds, text
    for pos in bounds:
        assert pos in b.allowed or (pos in b.fallback), (text, pos)
        if pos in b.fallback:  # only inside a piece longer than a phone's line allows
            piece_len = max(len(p) for p in cut)
            assert piece_len <= LONG or any(len(p) > LONG for p in cut)
    # every protected span (that fits a phone's line) lies inside one piece
    for sp in b.spans:
        if sp.end - sp.start <= LONG:
            assert not any(sp.start < pos < sp.end for pos in bounds), (text[sp.start : sp.end], sp.kind)


def test_markup_adds_tags_only():
    text = PROTECTED[0] + " <b>&"
    html = markup(text)
    assert lhtml.fragment_fromstring(f"<p>{html}</p>").text_content() == text
    assert "\u2060" not in html and "\u200b" not in html and "&lt;b&gt;&amp;" in html
    assert "<span>๓๐ กันยายน ๒๕๖๘</span>" in html
    assert "<span>๑ ตุลาคม ๒๕๖๗ –</span> " in html  # the dash stays with the date before it


# --- the font -----------------------------------------------------------------------------------


def _fonts(doc) -> list[TTFont]:
    css = doc.xpath("//style")[0].text
    out = []
    for data in re.findall(r"data:font/woff2;base64,([A-Za-z0-9+/=]+)", css):
        out.append(TTFont(io.BytesIO(base64.b64decode(data))))
    return out


def test_the_font_is_woff2_cut_to_the_text_with_its_layout_tables(sample):
    result = render_html(sample)
    doc = page_of(result.html)
    fonts = _fonts(doc)
    assert len(fonts) == 2  # regular and bold
    used = {c for c in doc.body.text_content() if not c.isspace()}
    for font in fonts:
        assert font.flavor == "woff2"
        assert {"GSUB", "GPOS", "GDEF"} <= set(font.keys())  # the browser shapes Thai itself
        cmap = font.getBestCmap()
        assert {c for c in used if ord(c) not in cmap} == set()
        assert len(cmap) < len(used) + 40  # cut: not the whole of Sarabun's ~500 characters
    assert len(result.html) < 120_000, len(result.html)


# --- accessibility, the project's own checks --------------------------------------------------


def test_contrast_formula_on_known_pairs():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic near miss


@pytest.mark.parametrize("document", ["results", "plan"])
def test_accessibility_rules(sample, full, document):
    for rep in (sample, full):
        assert accessibility_problems(render_html(rep, document=document).html) == []


def test_accessibility_checks_can_fail(sample):
    good = render_html(sample).html.decode("utf-8")
    bad = (
        good.replace('lang="th"', 'lang="en"')
        .replace('scope="col"', "", 1)
        .replace("<h1>", "<h3>", 1)
        .replace("</h1>", "</h3>", 1)
        .replace("</main>", '<img src="x.png"></main>')
        .replace("#1b1b1b", "#aaaaaa")
        .replace('role="cell"', "", 1)
    )
    problems = accessibility_problems(bad.encode("utf-8"))
    assert len(problems) >= 6, problems
    assert "a td without role=cell" in problems


def test_logo_and_photos_have_alt_text_and_captions(full):
    doc = page_of(render_html(full).html)
    logo = doc.xpath("//header//img")[0]
    assert logo.get("alt") == f"ตราสัญลักษณ์ของ{full.organization.name}"
    assert logo.get("src").startswith("data:image/png;base64,")
    figures = doc.xpath("//figure")
    assert len(figures) == 2
    assert figures[0].xpath("./img")[0].get("alt") == "ประชุมชี้แจง"
    assert figures[0].xpath("./figcaption")[0].text_content() == "ประชุมชี้แจง (๑๕ ม.ค. ๒๕๖๘)"
    assert figures[1].xpath("./img")[0].get("alt").startswith("มาตรการที่ ๑ ")  # no caption: the measure
    assert all(f.xpath("./img")[0].get("src").startswith("data:image/jpeg;base64,") for f in figures)
    rep = copy.deepcopy(full)
    rep.print_photos = False
    assert not page_of(render_html(rep).html).xpath("//figure")


def test_a_logo_no_browser_shows_is_left_out_with_a_warning(sample):
    from itadesk.errors import ImageError

    rep = copy.deepcopy(sample)
    rep.organization.logo = b"not an image at all"
    result = render_html(rep)
    assert not page_of(result.html).xpath("//img")
    assert [type(w) for w in result.warnings] == [ImageError]


def test_a_long_generated_report(tmp_path):
    rep = clusters_report(1500)
    result = render_html(rep)
    text = page_of(result.html).body.text_content()
    assert in_order(text, document_texts(rep, "results")) == []
    assert accessibility_problems(result.html) == []


# --- the command --------------------------------------------------------------------------------


def _itadesk(*args, cwd=None):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "itadesk", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
    )


def test_command_writes_both_pages_and_refuses_the_database(tmp_path, sample_path):
    db = tmp_path / "w.db"
    assert _itadesk("--db", db, "import", sample_path).returncode == 0
    out = tmp_path / "รายงาน.html"
    result = _itadesk("--db", db, "html", "--year", "2568", "-o", out)
    assert result.returncode == 0, result.stderr
    assert "สร้างหน้าเว็บแล้ว" in result.stdout and "KB" in result.stdout
    assert in_order(page_of(out.read_bytes()).body.text_content(), [doctext.COLUMN_TITLES[2]]) == []
    plan = tmp_path / "plan.html"
    result = _itadesk(
        "--db", db, "html", "--year", "2568", "--document", "plan", "--arabic-digits", "-o", plan
    )
    assert result.returncode == 0, result.stderr
    assert "พ.ศ. 2568" in page_of(plan.read_bytes()).body.text_content()
    before = db.read_bytes()
    result = _itadesk("--db", db, "html", "--year", "2568", "-o", db)
    assert result.returncode != 0 and "ฐานข้อมูล" in result.stderr
    assert db.read_bytes() == before
    result = _itadesk("--db", db, "html", "--year", "2570", "-o", tmp_path / "none.html")
    assert result.returncode != 0 and "2570" in result.stderr and not (tmp_path / "none.html").exists()


def test_importing_the_command_line_does_not_load_the_web_page():
    code = "import sys, itadesk.cli, itadesk.web; print(sorted(m for m in sys.modules if m.startswith(('fontTools', 'uharfbuzz', 'itadesk.web.'))))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr
