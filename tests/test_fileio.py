"""fileio: the output rule, short temporary names, files held open (issue 12)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from itadesk import fileio, messages
from itadesk.errors import OutputError


def test_a_file_held_open_is_retried_then_refused_in_thai(tmp_path: Path, monkeypatch) -> None:
    """Windows refuses to replace a PDF open in Acrobat (PermissionError):
    retried briefly, then a Thai "open in another program", and no temporary
    file left behind. Only Windows can show the real sharing violation."""
    target = tmp_path / "report.pdf"
    target.write_bytes(b"last time")
    calls = []

    def held_open(src: object, dst: object) -> None:
        calls.append(dst)
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(fileio.os, "replace", held_open)
    monkeypatch.setattr(fileio, "REPLACE_PAUSE", 0.001)
    with pytest.raises(OutputError) as caught:
        fileio.atomic_write_bytes(target, b"new")
    assert caught.value.reason == "in_use"
    assert len(calls) == fileio.REPLACE_TRIES
    assert "โปรแกรมอื่น" in messages.describe(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]
    assert target.read_bytes() == b"last time"


def test_a_file_freed_while_retrying_is_written(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"last time")
    real = os.replace
    tries = []

    def scanned_once(src: str, dst: str) -> None:
        tries.append(dst)
        if len(tries) == 1:
            raise PermissionError(13, "being scanned")
        real(src, dst)

    monkeypatch.setattr(fileio.os, "replace", scanned_once)
    monkeypatch.setattr(fileio, "REPLACE_PAUSE", 0.001)
    fileio.atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_temporary_names_stay_short() -> None:
    long_name = "ก" * 80 + ".pdf"  # 244 bytes
    prefix = fileio.temp_prefix(long_name)
    assert len(prefix.encode()) + 20 < 255
    assert prefix.endswith(".pdf.")
    assert fileio.temp_prefix("report.pdf") == ".report.pdf."
