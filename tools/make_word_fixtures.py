"""Write tests/data/word/: the sample report as LibreOffice writes it.

The Word import tests make most of their .docx files with python-docx
(``tests/docxmaker.py``); these few are the same documents saved by another
writer, so that CI sees LibreOffice's own XML without needing LibreOffice.
Needs ``soffice`` on PATH (Debian: libreoffice-writer-nogui). Run from the
repository root:  .venv/bin/python tools/make_word_fixtures.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from itadesk.exchange import load_report  # noqa: E402
from itadesk.resources import SAMPLE_REPORT, resource  # noqa: E402
from tests.docxmaker import write_docx  # noqa: E402

OUT = ROOT / "tests" / "data" / "word"
DOCX = "docx:MS Word 2007 XML"


def convert(src: Path, target: str, outdir: Path) -> Path:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", target, "--outdir", str(outdir), str(src)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return outdir / (src.stem + "." + target.split(":")[0])


def main() -> None:
    report = load_report(resource(*SAMPLE_REPORT))
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        made, resaved, via_odt = tmp / "made", tmp / "resaved", tmp / "odt"
        for d in (made, resaved, via_odt):
            d.mkdir()
        # docx -> docx: LibreOffice rewrites the whole package
        seed = write_docx(report, made / "lo-seed.docx", "seed")
        shutil.copy(convert(seed, DOCX, resaved), OUT / "lo-seed.docx")
        # docx -> odt -> docx: a document that LibreOffice wrote from its own model
        for style in ("br", "numbering"):
            src = write_docx(report, made / f"lo-{style}-via-odt.docx", style)
            odt = convert(src, "odt", via_odt)
            shutil.copy(convert(odt, DOCX, resaved), OUT / f"lo-{style}-via-odt.docx")
            if style == "br":
                shutil.copy(odt, OUT / "sample.odt")  # a real .odt, which the import refuses with advice
    for p in sorted(OUT.iterdir()):
        print(p.relative_to(ROOT), p.stat().st_size)


if __name__ == "__main__":
    main()
