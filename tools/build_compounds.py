"""Build resources/linebreak/compounds-th.txt, the compound dictionary of
the line breaker (itadesk/linebreak.py), and the held-out test list
tests/data/compounds-heldout-ttc.txt.

Needs packages the app does not: pythainlp (only for its word lists; no
model is loaded) and icu4py (the app's own breaker)::

    python3 -m venv /tmp/lbtools && /tmp/lbtools/bin/pip install pythainlp icu4py
    /tmp/lbtools/bin/python tools/build_compounds.py

Sources (PyThaiNLP's corpus, CC0-1.0 per its corpus_license.md):
  - words_th.txt: PyThaiNLP's Thai word list (~62,000 words);
  - tnc_freq.txt: word frequencies of the Thai National Corpus;
  - stopwords_th.txt: PyThaiNLP's Thai stop words;
  - ttc_freq.txt: word frequencies of the Thai Textbook Corpus (only for
    the held-out list: it is not read to build the dictionary).

Selection: a word of the list is a *compound* for line breaking when ICU's
Thai dictionary (the breaker the report uses) splits it into 2-4 pieces,
each itself a word of the list (so the split is between words, not an
unknown-word fallback), made of Thai letters only, 4-24 characters, not
opening with the productive prefixes การ/ความ (a break after them is
ordinary Thai typesetting). Kept: the ``LIMIT`` most frequent in the Thai
National Corpus (where the corpus has the compound as one token), then the
``LIMIT_UNATTESTED`` others whose rarest part is most frequent there (less
those made only of PyThaiNLP's stop words, stopwords_th.txt, CC0-1.0, such
as ที่จะ or ให้ได้: function words that merely meet), then
the terms of ITA reports in ``OWN`` not selected yet (written for this
project from its domain notes' glossary; some are not in the word list).

The held-out list takes the same kind of word from the Thai Textbook
Corpus instead (its ``HELD_OUT`` most frequent, not necessarily in the
word list); the test reports how many the dictionary holds.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from icu4py.breakers import WordBreaker

LIMIT = 3000  # compounds attested as one word in the Thai National Corpus
LIMIT_UNATTESTED = 1000  # compounds of the word list the corpus tokenised apart
HELD_OUT = 600
# The project's own additions: terms of ITA reports (the domain notes'
# glossary, the issue) kept unless already selected and unless ICU keeps them
# whole anyway. Written for this project.
OWN = [
    "ตัวชี้วัด",
    "ผลประโยชน์ทับซ้อน",
    "เรื่องร้องเรียน",
    "แจ้งเบาะแส",
    "ประมวลจริยธรรม",
    "กลุ่มเป้าหมาย",
    "ผู้เข้าร่วม",
    "ผลลัพธ์",
    "ผลการดำเนินการ",
    "ระยะเวลา",
    "จัดซื้อจัดจ้าง",
    "ส่วนราชการ",
    "ส่วนตำบล",
    "ปลัดเทศบาล",
    "นายกเทศมนตรี",
    "พนักงานจ้าง",
    "พนักงานเทศบาล",
    "บันทึกข้อความ",
    "ใบลงชื่อ",
    "สินบน",
    "คุณธรรม",
    "ช่องทาง",
    "ประชาคม",
    "ลงนาม",
    "ปฏิญญา",
    "ผู้รับผิดชอบ",
    "ขั้นตอน",
    "วิธีการปฏิบัติ",
    "ตราสัญลักษณ์",
    "ปีงบประมาณ",
    "เทศบาลตำบล",
    "เทศบาลเมือง",
    "เทศบาลนคร",
    "องค์การบริหารส่วนตำบล",
    "สำนักปลัด",
    "กองคลัง",
    "กองช่าง",
    "กองการศึกษา",
    "กองสวัสดิการสังคม",
    "ผลการประเมิน",
    "ป้องกันการทุจริต",
    "มาตรการ",
    "ส่งเสริม",
    "เผยแพร่",
    "ประชาสัมพันธ์",
    "เว็บไซต์",
    "รายงานผล",
]
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "linebreak" / "compounds-th.txt"
TEST_OUT = ROOT / "tests" / "data" / "compounds-heldout-ttc.txt"
THAI_WORD = re.compile(r"^[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]{4,24}$")
PREFIXES = ("การ", "ความ")


def corpus_dir() -> Path:
    import pythainlp

    return Path(pythainlp.__file__).parent / "corpus"


def read_freq(path: Path) -> dict[str, int]:
    out: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, n = line.partition("\t")
        word = word.strip().lstrip("\ufeff")
        if word and n.strip().isdigit():
            out[word] = out.get(word, 0) + int(n)
    return out


def is_compound(word: str, lexicon: set[str]) -> bool:
    if not THAI_WORD.match(word) or word.startswith(PREFIXES):
        return False
    pieces = list(WordBreaker(word, "th"))
    return 2 <= len(pieces) <= 4 and all(p in lexicon for p in pieces)


def main() -> int:
    corpus = corpus_dir()
    words = {
        w.strip().lstrip("\ufeff") for w in (corpus / "words_th.txt").read_text(encoding="utf-8").splitlines()
    }
    words.discard("")
    tnc = read_freq(corpus / "tnc_freq.txt")
    ttc = read_freq(corpus / "ttc_freq.txt")
    compounds = {w: list(WordBreaker(w, "th")) for w in words if is_compound(w, words)}
    attested = sorted((w for w in compounds if w in tnc), key=lambda w: (-tnc[w], w))[:LIMIT]

    def weakest_piece(w: str) -> int:
        return min(tnc.get(p, 0) for p in compounds[w])

    stop = {
        w.strip().lstrip("\ufeff")
        for w in (corpus / "stopwords_th.txt").read_text(encoding="utf-8").splitlines()
    }
    unattested = sorted(
        (w for w in compounds if w not in tnc and not all(p in stop for p in compounds[w])),
        key=lambda w: (-weakest_piece(w), w),
    )
    unattested = unattested[:LIMIT_UNATTESTED]
    kept = set(attested + unattested)
    own = [w for w in OWN if w not in kept and len(list(WordBreaker(w, "th"))) > 1]
    chosen = attested + unattested + own
    header = [
        "# Thai compounds that ICU's dictionary splits: itadesk keeps each whole on a line where it fits.",
        "# Built by tools/build_compounds.py from PyThaiNLP's corpus (words_th.txt, tnc_freq.txt; CC0-1.0).",
        f"# {len(chosen)} entries: {len(attested)} by frequency in the Thai National Corpus, then",
        f"# {len(unattested)} of the word list by their rarest part's frequency, then {len(own)} of the",
        "# project's own (terms of ITA reports). See SOURCES.md.",
        "# Listed in code point order (itadesk.linebreak sorts them: cheap when they already are).",
    ]
    OUT.write_text("\n".join(header + sorted(chosen)) + "\n", encoding="utf-8")
    held = sorted((w for w in ttc if is_compound(w, words | set(ttc))), key=lambda w: (-ttc[w], w))[:HELD_OUT]
    TEST_OUT.parent.mkdir(parents=True, exist_ok=True)
    TEST_OUT.write_text(
        "\n".join(
            [
                "# Held-out compounds: the most frequent words of the Thai Textbook Corpus (PyThaiNLP's",
                "# ttc_freq.txt, CC0-1.0) that ICU splits, chosen as the dictionary's entries are, by",
                "# tools/build_compounds.py. Not read to build resources/linebreak/compounds-th.txt.",
            ]
            + held
        )
        + "\n",
        encoding="utf-8",
    )
    covered = sum(w in set(chosen) for w in held)
    covered_no_own = sum(w in set(attested + unattested) for w in held)
    print("own additions:", " ".join(own))
    print(f"{len(compounds)} candidates, {len(chosen)} kept -> {OUT.relative_to(ROOT)}")
    print(f"held-out: {len(held)} words, {covered} in the dictionary ({100 * covered / len(held):.1f} %)")
    print(f"held-out covered without the project's own additions: {covered_no_own}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
