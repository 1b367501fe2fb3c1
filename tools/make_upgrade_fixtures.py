"""Write the files today's release makes, for the upgrade tests to open in every later one.

    .venv/bin/python tools/make_upgrade_fixtures.py

Makes ``tests/data/upgrade/schema-<N>/`` (N: the database schema version of this
release), once per schema version: a database holding two organizations with two
fiscal years each, a backup of it, and each report as an exchange file. Commit the
folder and never change it: ``tests/test_upgrade.py`` checks that every such folder
still opens, migrates, restores and imports to the same reports.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    os.environ["ITADESK_HOME"] = tempfile.mkdtemp(prefix="itadesk-fixtures-")
    from itadesk import exchange
    from itadesk.backup import make_backup
    from itadesk.model import Analysis, Item, Organization
    from itadesk.resources import SAMPLE_REPORT, resource
    from itadesk.storage import SCHEMA_VERSION, Database

    out = ROOT / "tests" / "data" / "upgrade" / f"schema-{SCHEMA_VERSION}"
    if out.exists():
        print(f"{out} exists: fixtures of a release are never rewritten")
        return 1
    out.mkdir(parents=True)
    sample = exchange.load_report(resource(*SAMPLE_REPORT))
    other = copy.deepcopy(sample)
    other.organization = Organization(
        name="องค์การบริหารส่วนตำบลทดสอบ",
        type="องค์การบริหารส่วนตำบล",
        district="เมือง",
        province="ขอนแก่น",
        units=["สำนักปลัด", "กองคลัง", "กองช่าง"],
        digits="arabic",
    )
    for m in other.measures:
        m.responsible_units = ["สำนักปลัด"]
    # What schema 3 added (exchange v2), on the second organization's report.
    other.organization.budget_column = True
    other.ita_round = 2568
    other.show_item_code = True
    other.cover_lines = ["รายงานผลการดำเนินการ", "เพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"]
    other.markers = {"numbered": ["dot", "paren", "paren"]}
    other.analysis = Analysis(note="ข้อความ", score="85.50", level="A", weaknesses=["ก"], improvements=["ข"])
    other.measures[0].budget = "12450.50"
    other.measures[1].budget = "ไม่ใช้งบประมาณ"
    other.measures[0].follow_up = "รายงานผลทุกไตรมาส"
    other.measures[0].steps.append(Item("ข้อที่มีข้อย่อย", [Item("ชั้นสอง", [Item("ชั้นสาม", [Item("ชั้นสี่")])])]))
    # What schema 4 added: evidence photos (small ones: the fixtures stay small).
    other.measures[0].photos = [
        _photo(320, 240, "อบรมเจ้าหน้าที่", dt.date(2025, 1, 15)),
        _photo(180, 240, "", None),
    ]
    other.measures[2].photos = [_photo(300, 200, "ประชุมประชาคม", dt.date(2024, 12, 2))]
    other.print_photos = False
    with Database(out / "itadesk.db") as db:
        for report in (sample, other):
            stored = db.import_report(report)
            org_id = stored.organization.id
            assert org_id is not None
            db.new_year_from(org_id, report.fiscal_year_be, report.fiscal_year_be + 1)
        for summary in db.summaries():
            report = db.load_report(summary.organization_id, summary.fiscal_year_be)
            name = f"report-{summary.organization_id}-{summary.fiscal_year_be}.json"
            (out / name).write_text(exchange.dumps_report(report), encoding="utf-8")
        make_backup(db, out / "backup.itabackup")
    (out / "itadesk.db.lock").unlink(missing_ok=True)
    (out / "MADE.txt").write_text(
        f"made {dt.date.today().isoformat()} by schema {SCHEMA_VERSION}\n", encoding="utf-8"
    )
    print(f"wrote {out}")
    return 0


def _photo(width: int, height: int, caption: str, taken: dt.date | None):
    import io

    from PIL import Image, ImageDraw

    from itadesk.model import Photo
    from itadesk.photos import prepare

    img = Image.new("RGB", (width, height), (120, 170, 220))
    ImageDraw.Draw(img).ellipse((width // 4, height // 4, width // 2, height // 2), fill=(200, 60, 40))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return Photo(prepare(buf.getvalue()).data, caption=caption, taken=taken)


if __name__ == "__main__":
    sys.exit(main())
