"""Generated reports for the tests: long, varied Thai text.

The sample report fits in a few hundred distinct clusters; real reports use
thousands. ``clusters_report(n)`` writes a report whose body needs at least
``n`` distinct Thai clusters (a consonant with the vowels and tone marks over
and under it) in one face, mixed with everyday words, Latin, digits, dates
and URLs, so every code the PDF gives a face is exercised.
"""

from __future__ import annotations

import datetime as dt
import random

from itadesk.model import Item, Measure, Organization, Report

CONSONANTS = "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮฤฦ"
ABOVE = ["", "\u0e34", "\u0e35", "\u0e36", "\u0e37", "\u0e31", "\u0e47", "\u0e4d"]  # ิ ี ึ ื ั ็ ํ
BELOW = ["\u0e38", "\u0e39", "\u0e3a"]  # ุ ู ฺ
TONES = ["", "\u0e48", "\u0e49", "\u0e4a", "\u0e4b", "\u0e4c"]  # ่ ้ ๊ ๋ ์
SARA_AM = "\u0e33"
WORDS = [
    "การประชุม",
    "คณะกรรมการ",
    "ที่นี่",
    "ญี่ปุ่น",
    "ผู้ใหญ่",
    "ปี่พาทย์",
    "เพิ่มขึ้น",
    "ขั้นตอน",
    "หน่วยงาน",
    "งบประมาณ",
    "ร้อยละ",
    "ตัวชี้วัด",
    "รายละเอียด",
    "เผยแพร่",
    "กตัญญู",
    "ฐานข้อมูล",
    "น้ำท่วม",
    "ก้ำกึ่ง",
    "ฝั่งธนบุรี",
    "ปั้นจั่น",
]
LATIN = ["E-Service", "e-GP", "No Gift Policy", "ITA", "O37", "ISO9001", "https://www.example.go.th/ita/o37"]


def cluster_inventory() -> list[str]:
    """Every consonant with each upper vowel and tone, each lower vowel and
    tone, and with sara am after a tone: about 3,300 clusters."""
    out = []
    for c in CONSONANTS:
        for above in ABOVE:
            for tone in TONES:
                out.append(c + above + tone)
        for below in BELOW:
            for tone in TONES:
                out.append(c + below + tone)
        for tone in TONES:
            out.append(c + tone + SARA_AM)
    return list(dict.fromkeys(out))


def _paragraph(rng: random.Random, pool: list[str], size: int) -> str:
    words = []
    while len(words) < size:
        r = rng.random()
        if r < 0.7 and pool:
            n = rng.randint(1, 4)
            words.append("".join(pool.pop() for _ in range(min(n, len(pool)))))
        elif r < 0.85:
            words.append(rng.choice(WORDS))
        elif r < 0.95:
            words.append(rng.choice(LATIN))
        else:
            words.append(
                f"{rng.randint(1, 31)} ก.ย. {rng.randint(2560, 2570)} ร้อยละ {rng.randint(1, 99)}.{rng.randint(0, 99):02d}"
            )
    return " ".join(words)


def clusters_report(n: int, seed: int = 0) -> Report:
    """A report whose lists use the first ``n`` clusters of a shuffled
    inventory (repeating it when ``n`` is larger), each at least once."""
    rng = random.Random(seed)
    inventory = cluster_inventory()
    rng.shuffle(inventory)
    pool = (inventory * (n // len(inventory) + 1))[:n]
    pool.reverse()
    measures = []
    k = 0
    while pool or k < 2:
        k += 1
        lists = []
        for _ in range(3):
            items = []
            for _ in range(rng.randint(2, 4)):
                sub = [Item(_paragraph(rng, pool, rng.randint(4, 10)))] if rng.random() < 0.3 else []
                items.append(Item(_paragraph(rng, pool, rng.randint(6, 24)), sub))
            lists.append(items)
        measures.append(
            Measure(
                title=f"มาตรการ {_paragraph(rng, pool, 3)}",
                steps=lists[0],
                results=lists[1],
                outcomes=lists[2],
                responsible_units=["สำนักปลัด", "กองคลัง"],
                period_start=dt.date(2024, 10, 1),
                period_end=dt.date(2025, 9, 30),
            )
        )
    org = Organization(name="เทศบาลตำบลทดสอบ", type="เทศบาลตำบล", district="เมือง", province="นครราชสีมา")
    return Report(organization=org, fiscal_year_be=2568, measures=measures)


DEEP = ["ปฏิ", "ฎู", "ญู", "ฐุ", "ฏุ", "ฐู", "ปฏิบัติ", "กฎหมาย", "กตัญญู", "ฤดู"]
TALL = ["ปี่", "ผื่", "ฟื้", "ญี่", "ฝั่ง", "ปั้น", "ฟิ้ว", "ปื๊ด", "ฬี่", "ที่นี่"]


def paragraphs_of(
    reports: list[Report], lists: tuple[str, ...] = ("steps", "results", "outcomes")
) -> list[str]:
    """Every measure's title and every item's text (nested items too) of the
    named lists, in order: the paragraphs the report's table sets."""
    out: list[str] = []

    def items(its: list[Item]) -> None:
        for it in its:
            out.append(it.text)
            items(it.items)

    for report in reports:
        for m in report.measures:
            out.append(m.title)
            for name in lists:
                items(m.items_of(name))
    return out


def stacks_report(n: int = 4, seed: int = 0) -> Report:
    """A report whose lines are full of the deepest stacks (ปฏิ ฎู ญู ฐุ)
    and the tallest (ปี่ ผื่ ฟื้ ญี่), so that deep marks of one line stand over
    tall ones of the next, in every column, the title, the cover and the
    signatures."""
    from itadesk.model import Signatory

    rng = random.Random(seed)

    def text(words: int) -> str:
        return " ".join(rng.choice(DEEP) + rng.choice(TALL) for _ in range(words))

    measures = []
    for _ in range(n):
        lists = [
            [Item(text(rng.randint(4, 14)), [Item(text(4))] if rng.random() < 0.3 else []) for _ in range(3)]
            for _ in range(3)
        ]
        measures.append(
            Measure(
                title=f"ปฏิบัติฟื้นฟู {text(4)}",
                steps=lists[0],
                results=lists[1],
                outcomes=lists[2],
                responsible_units=["กองปฏิบัติการฟื้นฟู", text(2)],
                period_start=dt.date(2024, 10, 1),
                period_end=dt.date(2025, 9, 30),
            )
        )
    org = Organization(name="เทศบาลตำบลฎีกาปฏิบัติ", type="เทศบาลตำบล", district="ฟื้นฟู", province="ญี่ปุ่นปฏิบัติ")
    return Report(
        organization=org,
        fiscal_year_be=2568,
        measures=measures,
        title="รายงานผลการปฏิบัติฟื้นฟูกฎหมายกตัญญูญี่ปุ่นปี่ผื่นฟื้นฝั่งปฏิบัติฐานข้อมูลกฎหมายปฏิบัติการฟื้นฟู",
        signatories=[
            Signatory("ผู้ปฏิบัติ", "นายฎีกา ปฏิบัติฟื้น", "ปลัดฟื้นฟูปฏิบัติ"),
            Signatory("ผู้ตรวจปฏิบัติ", "นางญี่ปุ่น ฐุปี่", "ผู้อำนวยการกองฟื้นฟูปฏิบัติ"),
            Signatory("ผู้ฟื้นฟู", "นายปี่ ฎูผื่น", "นายกเทศมนตรีตำบลฎีกาปฏิบัติ"),
        ],
    )
