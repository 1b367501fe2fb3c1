"""What the Linux build keeps of ICU's data (packaging/trim_icu.py); the bundle
check in CI proves the trimmed libraries print the report exactly as the full ones."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("trim_icu", ROOT / "packaging" / "trim_icu.py")
trim_icu = importlib.util.module_from_spec(spec)
spec.loader.exec_module(trim_icu)


@pytest.mark.parametrize(
    "item, profile, kept",
    [
        ("brkitr/thaidict.dict", "icu4py", True),
        ("brkitr/line.brk", "icu4py", True),
        ("brkitr/char.brk", "icu4py", True),
        ("brkitr/root.res", "icu4py", True),
        ("brkitr/res_index.res", "icu4py", True),
        ("brkitr/cjdict.dict", "icu4py", False),
        ("brkitr/line_normal_cj.brk", "qt", False),
        ("brkitr/de.res", "qt", False),
        ("th.res", "icu4py", True),
        ("th_TH.res", "qt", True),
        ("root.res", "icu4py", True),
        ("res_index.res", "icu4py", True),
        ("pool.res", "icu4py", True),
        ("zoneinfo64.res", "qt", True),
        ("likelySubtags.res", "icu4py", True),
        ("de.res", "icu4py", False),
        ("zh_Hant_TW.res", "qt", False),
        ("coll/th.res", "qt", True),
        ("coll/ucadata.icu", "qt", True),
        ("coll/th.res", "icu4py", False),
        ("coll/de.res", "qt", False),
        ("curr/th.res", "qt", False),
        ("zone/th.res", "qt", False),
        ("windows-874-2000.cnv", "qt", True),
        ("ibm-37_P100-1995.cnv", "qt", False),
        ("windows-874-2000.cnv", "icu4py", False),
        ("uts46.nrm", "qt", True),
        ("nfkc.nrm", "icu4py", True),
    ],
)
def test_kept_items(item, profile, kept):
    assert trim_icu.keep(item, profile) is kept
