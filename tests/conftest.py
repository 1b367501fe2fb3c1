"""Shared fixtures: real database files on disk, the bundled sample report."""

from __future__ import annotations

import gc
import json
import sqlite3
from pathlib import Path

import pytest

from itadesk import exchange
from itadesk.resources import SAMPLE_REPORT, resource
from itadesk.storage import Database

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Never touch the real per-user data folder or database."""
    home = tmp_path_factory.mktemp("itadesk-home")
    monkeypatch.setenv("ITADESK_HOME", str(home))
    monkeypatch.delenv("ITADESK_DB", raising=False)
    return home


@pytest.fixture
def gc_restored():
    """The cyclic garbage collector put back as the test found it."""
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


@pytest.fixture
def sample_path() -> Path:
    return resource(*SAMPLE_REPORT)


@pytest.fixture
def sample_doc(sample_path) -> dict:
    return json.loads(sample_path.read_text(encoding="utf-8"))


@pytest.fixture
def sample_report(sample_path):
    return exchange.load_report(sample_path)


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "itadesk.db"


@pytest.fixture
def db(db_path):
    with Database(db_path) as database:
        yield database


@pytest.fixture
def sample_db(db, sample_report):
    """A database holding the sample report."""
    db.import_report(sample_report)
    return db


def dump_db(path: Path) -> list[str]:
    """A full logical dump of a database file, for before/after comparisons."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
