"""Linux build step: ICU data libraries holding only what ITA Desk uses.

Two ICUs come into the Linux bundle, each with ~32 MB of data: icu4py's (Thai
line breaking for the report) and Qt's (text layout in the window). Most of
that data is collation for 170 languages, currency and region names, time
zones and code-page converters the app never touches. This takes the data
blob out of each ``libicudata`` (the ``icudtNN_dat`` symbol), drops those items
with ICU's ``icupkg`` (Debian: ``icu-devtools``), and assembles a library of
the same name and soname around the rest.

    python packaging/trim_icu.py LIBICUDATA OUT_DIR [--keep-for qt|icu4py]

Prints the new library's path. Needs readelf, nm, gcc and icupkg; without
them it exits 3 and the build keeps the full libraries (build.spec says so).
Windows is not concerned: Qt there has no ICU, and icu4py's data is a DLL.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# Locales whose data is kept: the report and the window speak Thai; English
# and root are ICU's fallbacks.
LOCALES = {"root", "th", "th_TH", "en", "en_US", "en_US_POSIX"}
_LOCALE_RES = re.compile(r"^(?:[a-z]{2,3})(?:_[A-Za-z0-9]+)*\.res$")

# Whole trees the app never reads.
DROP_TREES = {"curr", "lang", "region", "unit", "zone", "rbnf", "translit"}
# Break-iterator dictionaries of other scripts (Thai's is thaidict.dict).
DROP_BRKITR = re.compile(r"^brkitr/(?:cjdict|khmerdict|laodict|burmesedict)\.dict$|^brkitr/.*_cj\.brk$")


def keep(item: str, profile: str) -> bool:
    """Whether data item ``item`` (``coll/th.res``, ``brkitr/line.brk`` …) stays."""
    folder, _, name = item.rpartition("/")
    if folder in DROP_TREES:
        return False
    if folder == "brkitr":
        return not DROP_BRKITR.match(item) and (
            not _LOCALE_RES.match(name) or name[:-4] in LOCALES or "index" in name
        )
    if folder == "coll":
        # Qt sorts file names with QCollator: the root collation and Thai's stay.
        return profile == "qt" and (name[:-4] in LOCALES or name in ("ucadata.icu", "res_index.res"))
    if folder:
        return False
    if name.endswith(".cnv"):
        # Qt may be asked for the Thai code pages by name; icu4py converts nothing.
        return profile == "qt" and name in ("windows-874-2000.cnv", "ibm-874_P100-1995.cnv")
    if name in ("unames.icu", "confusables.cfu") or name.endswith(".spp"):
        return profile == "qt"
    if _LOCALE_RES.match(name) and "index" not in name:
        return name[:-4] in LOCALES
    return True


def _run(*cmd: str) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def extract_blob(lib: Path) -> tuple[str, bytes]:
    """The ``icudtNN_dat`` symbol's name and bytes."""
    symbols = [line.split() for line in _run("nm", "-D", "-S", str(lib)).splitlines()]
    name, addr, size = next(
        (f[3], int(f[0], 16), int(f[1], 16)) for f in symbols if len(f) == 4 and f[3].endswith("_dat")
    )
    for line in _run("readelf", "-SW", str(lib)).splitlines():
        m = re.match(r"\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if m:
            vaddr, offset, length = (int(m.group(i), 16) for i in (2, 3, 4))
            if vaddr <= addr < vaddr + length:
                with lib.open("rb") as fh:
                    fh.seek(offset + addr - vaddr)
                    return name, fh.read(size)
    raise RuntimeError(f"{name} not found in any section of {lib}")


def trim(lib: Path, out_dir: Path, profile: str) -> Path:
    soname = re.search(r"soname: \[(.+?)\]", _run("readelf", "-d", str(lib))).group(1)
    symbol, blob = extract_blob(lib)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # icupkg takes the package name (icudt78l) from the file name.
        package = symbol[: -len("_dat")] + "l.dat"
        (tmp / "full").mkdir()
        (tmp / "small").mkdir()
        full = tmp / "full" / package
        full.write_bytes(blob)
        items = _run("icupkg", "-l", str(full)).split()
        dropped = [i for i in items if not keep(i, profile)]
        (tmp / "drop.txt").write_text("\n".join(dropped) + "\n")
        small = tmp / "small" / package
        # --ignore-deps: brkitr/root.res names the dictionaries of other scripts;
        # ICU breaks such text by its rules alone when a dictionary is absent.
        subprocess.run(
            ["icupkg", "--ignore-deps", "-r", str(tmp / "drop.txt"), str(full), str(small)],
            check=True,
            capture_output=True,
        )
        asm = tmp / "data.s"
        asm.write_text(
            f".section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n{symbol}:\n"
            f'.incbin "{small}"\n.size {symbol}, .-{symbol}\n.section .note.GNU-stack,"",@progbits\n'
        )
        target = out_dir / lib.name
        subprocess.run(
            ["gcc", "-shared", "-nostdlib", "-o", str(target), f"-Wl,-soname,{soname}", str(asm)],
            check=True,
            capture_output=True,
        )
        print(
            f"{lib.name}: {len(items)} items, {len(dropped)} dropped, {len(blob) >> 20} MB -> {small.stat().st_size >> 20} MB",
            file=sys.stderr,
        )
    return target


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("lib", type=Path)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--keep-for", choices=("qt", "icu4py"), default="qt")
    args = ap.parse_args()
    if not all(shutil.which(t) for t in ("readelf", "nm", "gcc", "icupkg")):
        print("trim_icu: readelf, nm, gcc or icupkg missing; the full ICU data is kept", file=sys.stderr)
        return 3
    print(trim(args.lib, args.out_dir, args.keep_for))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
