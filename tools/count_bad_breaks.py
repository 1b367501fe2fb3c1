"""Count avoidable line breaks inside compounds, dates, numbers with their
units and the other protected spans of ``itadesk.linebreak``, in the report
as printed, before (ICU's breaks only, as before issue 15) and after (the
rules of ``itadesk.linebreak``).

A break is *avoidable* when it falls strictly inside a protected span that
would fit on a line by itself: the span with whatever the rules glue to it
(the piece between the breaks the rules allow around it, e.g. "พ.ศ. ๒๕๖๐ ,"
with a stray comma that no line may start with) is no wider than the line
it starts on. Every line layout the report computes is counted once.

    .venv/bin/python tools/count_bad_breaks.py [--font PATH] [--portrait] [--measures N] [--seed S]

prints one line per report: the sample, then a generated report (``N``
measures of generated official text, seed ``S``).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from itadesk import linebreak, thaifmt  # noqa: E402
from itadesk.model import Item, Measure, Organization, Report  # noqa: E402

KINDS = ("compound", "date", "era", "unit", "percent", "ordinal", "number", "name", "latin")


# --- a generated report --------------------------------------------------------------------


def _thai(n: int | str) -> str:
    return str(n).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))


def generated_text(rng: random.Random, names: list[str], words: list[str], sentences: int = 4) -> str:
    """Official-sounding Thai with dates, numbers, units, compounds and names."""
    months = linebreak.MONTHS
    abbr = linebreak.MONTH_ABBREVIATIONS

    def num(lo: int = 1, hi: int = 500) -> str:
        return _thai(rng.randint(lo, hi)) if rng.random() < 0.8 else str(rng.randint(lo, hi))

    def date() -> str:
        d = rng.randint(1, 28)
        if rng.random() < 0.5:
            return f"{_thai(d)} {rng.choice(months)} {_thai(rng.choice([2567, 2568]))}"
        return f"{_thai(d)} {rng.choice(abbr)} {_thai(rng.choice([67, 68]))}"

    def money() -> str:
        return thaifmt.digits(f"{rng.randint(1000, 999999):,}.{rng.randint(0, 99):02d}")

    templates = [
        lambda: (
            f"มีผู้เข้าร่วม {num(10, 300)} คน คิดเป็นร้อยละ {_thai(rng.randint(50, 100))}.{_thai(rng.randint(10, 99))}"
        ),
        lambda: f"ดำเนินการระหว่างวันที่ {date()} ถึงวันที่ {date()}",
        lambda: f"ใช้งบประมาณทั้งสิ้น {money()} บาท",
        lambda: f"จัดประชุม {num(1, 12)} ครั้ง ครั้งละ {num(1, 8)} ชั่วโมง ณ {num(1, 9)} แห่ง",
        lambda: f"ได้รับเรื่องร้องเรียน {num(1, 40)} เรื่อง ดำเนินการแล้ว {num(1, 40)} ราย",
        lambda: f"ประจำปีงบประมาณ พ.ศ. {_thai(2568)} เดือน{rng.choice(months)} {_thai(2568)}",
        lambda: f"โดย{rng.choice(names)}ร่วมกับ{rng.choice(names)}",
        lambda: "เผยแพร่ทางระบบ E-Service และ e-GP ตามนโยบาย No Gift Policy",
        lambda: "".join(rng.choice(words) for _ in range(rng.randint(3, 7))),
        lambda: (
            f"{rng.choice(words)}{rng.choice(words)} {num(2, 60)} {rng.choice(['คน', 'ราย', 'ครั้ง', 'แห่ง', 'ฉบับ', 'โครงการ'])}"
        ),
    ]
    return " ".join(rng.choice(templates)() for _ in range(sentences))


def generated_report(n: int = 24, seed: int = 15) -> Report:
    from itadesk.model import DEFAULT_UNITS

    rng = random.Random(seed)
    names = DEFAULT_UNITS["เทศบาลเมือง"]
    words = sorted(linebreak.compounds())
    measures = []
    for i in range(n):
        items = [Item(generated_text(rng, names, words, rng.randint(1, 4))) for _ in range(rng.randint(1, 4))]
        measures.append(
            Measure(
                title=generated_text(rng, names, words, 1),
                steps=items,
                results=[Item(generated_text(rng, names, words, rng.randint(1, 3))) for _ in range(2)],
                outcomes=[Item(generated_text(rng, names, words, 1))],
                responsible_units=rng.sample(names, rng.randint(1, 3)),
                period_start=dt.date(2024, 10, 1) + dt.timedelta(days=i),
                period_end=dt.date(2025, 9, 30),
            )
        )
    org = Organization(
        name="เทศบาลเมืองทดสอบ", type="เทศบาลเมือง", district="เมือง", province="ขอนแก่น", units=names
    )
    return Report(organization=org, fiscal_year_be=2568, measures=measures)


def sample_report() -> Report:
    from itadesk.exchange import load_report
    from itadesk.resources import SAMPLE_REPORT, resource

    return load_report(resource(*SAMPLE_REPORT))


# --- counting ---------------------------------------------------------------------------------


def _icu_only(text: str) -> set[int]:
    """The line breaks before issue 15: ICU's, less breaks after a hyphen
    inside a word."""
    out = linebreak.icu_line_breaks(text)
    for i in [i for i in out if text[i - 1] in "-\u2010\u2011"]:
        if i >= 2 and text[i - 2].isalnum() and text[i].isalnum():
            out.discard(i)
    return out


@contextlib.contextmanager
def _rules(before: bool):
    from itadesk.report import thaitext

    saved = thaitext._line_breaks, linebreak.fallback_breaks
    if before:
        thaitext._line_breaks = _icu_only
        linebreak.fallback_breaks = lambda text, names=None: {}
    try:
        yield
    finally:
        thaitext._line_breaks, linebreak.fallback_breaks = saved


def count(
    report: Report, *, before: bool, font: Path | None = None, orientation: str = "landscape"
) -> Counter:
    """Avoidable breaks by kind of span, over the report's line layouts, and
    (key ``"forced"``) breaks inside spans too wide for their line."""
    from itadesk.report import render_pdf
    from itadesk.report.builder import division_names
    from itadesk.report.thaitext import Shaped

    names = tuple(division_names(report))
    seen: dict[tuple, tuple] = {}
    original = Shaped._break

    def recording(self, first_width, rest_width):
        lines = original(self, first_width, rest_width)
        seen[(id(self), round(first_width, 3), round(rest_width, 3))] = (self, first_width, rest_width, lines)
        return lines

    Shaped._break = recording
    try:
        with _rules(before):
            render_pdf(report, font=font, orientation=orientation)
    finally:
        Shaped._break = original
    found: Counter = Counter()
    for shaped, first_width, width, lines in seen.values():
        text = shaped.text
        cl = shaped.clusters
        pos = [0.0]
        for c in cl:
            pos.append(pos[-1] + c.width)
        # cluster index -> text position, and the rules' own breaks
        start_of = {p: i for i, p in enumerate(shaped.starts)}
        allowed = sorted(linebreak.analyse(text, names).allowed)
        spans = [s for s in linebreak.spans(text, names) if s.kind in KINDS]
        for line in lines[1:]:
            if line.first >= len(cl) or line.first == 0:
                continue
            p = shaped.starts[line.first]
            for s in spans:
                if not s.start < p < s.end:
                    continue
                a = max([b for b in allowed if b <= s.start], default=0)
                e = min([b for b in allowed if b >= s.end], default=len(text))
                while e > a and text[e - 1].isspace():
                    e -= 1
                if a not in start_of or (e not in start_of and e != len(text)):
                    continue
                ia, ie = start_of[a], start_of.get(e, len(cl))
                # the line the span starts on: the first is often narrower (after a marker)
                starts_on = max(j for j, ln in enumerate(lines) if ln.first <= ia) if ia else 0
                room = first_width if starts_on == 0 else width
                if pos[ie] - pos[ia] <= room + 0.01:
                    found[s.kind] += 1
                else:
                    found["forced"] += 1
                break
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--font", type=Path)
    ap.add_argument("--portrait", action="store_true")
    ap.add_argument("--measures", type=int, default=48)
    ap.add_argument("--seed", type=int, default=15)
    args = ap.parse_args(argv)
    orientation = "portrait" if args.portrait else "landscape"
    for label, rep in (
        ("sample", sample_report()),
        (
            f"generated ({args.measures} measures, seed {args.seed})",
            generated_report(args.measures, args.seed),
        ),
    ):
        before = count(rep, before=True, font=args.font, orientation=orientation)
        after = count(rep, before=False, font=args.font, orientation=orientation)
        detail = ", ".join(f"{k} {before[k]}→{after[k]}" for k in KINDS if before[k] or after[k])
        n_before = sum(before[k] for k in KINDS)
        n_after = sum(after[k] for k in KINDS)
        print(
            f"{label}: avoidable breaks {n_before} before, {n_after} after ({detail}); "
            f"forced (span wider than its line) {before['forced']} before, {after['forced']} after"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
