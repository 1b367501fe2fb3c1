"""The window's web page export: the report and the plan saved as HTML off
the GUI thread, the file read back; a path that may not be written is
explained, and the database is never overwritten."""

from lxml import html as lhtml

from itadesk.ui.report_html import suggested_html_name, with_html_suffix

from .conftest import wait_until


def _page(path):
    return lhtml.document_fromstring(path.read_bytes().decode("utf-8"))


def test_export_the_report_and_the_plan_as_web_pages(sample_file, open_window, tmp_path, qtbot):
    window = open_window(sample_file)
    assert window.ui.actionExportHtml.isEnabled() and window.ui.actionExportPlanHtml.isEnabled()
    path = tmp_path / suggested_html_name(window.report)
    assert path.name == "รายงานผล-ITA-2568-เทศบาลตำบลขามทะเลสอ.html"
    with qtbot.waitSignal(window.html.exported, timeout=60000) as signal:
        window.export_html(path)
    assert signal.args == [str(path), path.stat().st_size]
    doc = _page(path)
    assert doc.get("lang") == "th"
    assert len(doc.xpath("//tbody/tr")) == len(window.report.measures)
    assert "ผลการดำเนินการตามมาตรการหรือกิจกรรม" in doc.xpath("//thead")[0].text_content()
    assert "บันทึกหน้าเว็บแล้ว" in window.statusBar().currentMessage()

    plan = tmp_path / suggested_html_name(window.report, "plan")
    with qtbot.waitSignal(window.html.exported, timeout=60000):
        window.export_html(plan, document="plan")
    text = _page(plan).body.text_content()
    assert "การกำกับติดตาม" in text and "ผลการดำเนินการตามมาตรการหรือกิจกรรม" not in text

    # saved again over the first: replaced whole
    with qtbot.waitSignal(window.html.exported, timeout=60000):
        window.export_html(path, document="plan")
    assert "การกำกับติดตาม" in _page(path).body.text_content()


def test_the_database_is_never_overwritten(sample_file, open_window, answers):
    window = open_window(sample_file)
    before = sample_file.read_bytes()
    window.export_html(sample_file)
    wait_until(lambda: answers.errors)
    assert "ฐานข้อมูล" in answers.told[-1]
    assert sample_file.read_bytes() == before


def test_the_file_name_gets_its_suffix(tmp_path):
    assert with_html_suffix(tmp_path / "ITA") == tmp_path / "ITA.html"
    assert with_html_suffix(tmp_path / "ITA.HTM") == tmp_path / "ITA.HTM"
