"""Files made by earlier releases open, migrate, restore and import in this one.

``tests/data/upgrade/schema-<N>/`` holds what the release with database schema N
made (``tools/make_upgrade_fixtures.py``): a database with two organizations and
two fiscal years each, its backup, and each report as an exchange file. They are
never rewritten; each release whose schema changes adds its own folder.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from itadesk import exchange
from itadesk.backup import restore_backup
from itadesk.storage import SCHEMA_VERSION, Database

FIXTURES = sorted((Path(__file__).parent / "data" / "upgrade").glob("schema-*"))


def _reports(db: Database) -> dict[str, str]:
    """Every report of the database as its exchange document, by organization and year."""
    out = {}
    for s in db.summaries():
        report = db.load_report(s.organization_id, s.fiscal_year_be)
        out[f"{s.organization}/{s.fiscal_year_be}"] = exchange.dumps_report(report)
    return out


def _exported(folder: Path) -> dict[str, str]:
    out = {}
    for path in sorted(folder.glob("report-*.json")):
        report = exchange.load_report(path)
        out[f"{report.organization.name}/{report.fiscal_year_be}"] = exchange.dumps_report(report)
    return out


def test_there_is_a_fixture_of_this_schema():
    """A release that changes the schema adds the fixtures of its own."""
    assert f"schema-{SCHEMA_VERSION}" in {f.name for f in FIXTURES}


@pytest.mark.parametrize("folder", FIXTURES, ids=lambda f: f.name)
def test_an_old_database_opens_and_migrates(folder, tmp_path):
    path = tmp_path / "itadesk.db"
    shutil.copyfile(folder / "itadesk.db", path)
    with Database(path) as db:
        assert db.integrity_check() == "ok"
        reports = _reports(db)
    assert len(reports) == 4
    assert reports == _exported(folder)


@pytest.mark.parametrize("folder", FIXTURES, ids=lambda f: f.name)
def test_an_old_backup_restores(folder, tmp_path):
    with Database(tmp_path / "restored.db") as db:
        restore_backup(db, folder / "backup.itabackup", safety_folder=tmp_path / "safety")
        assert _reports(db) == _exported(folder)


@pytest.mark.parametrize("folder", FIXTURES, ids=lambda f: f.name)
def test_old_exchange_files_import(folder, tmp_path):
    with Database(tmp_path / "imported.db") as db:
        for path in sorted(folder.glob("report-*.json")):
            db.import_report(exchange.load_report(path))
        assert _reports(db) == _exported(folder)
