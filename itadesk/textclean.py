"""Cleaning text pasted from Word, LINE or web pages.

Pasted text carries invisible characters (zero-width spaces, no-break spaces,
soft hyphens, control characters), Thai written the way old fonts needed it
(``ํ`` + ``า`` for ``ำ``, doubled or misordered marks), and numbers the clerk
typed by hand (``๑.`` ``1)`` ``-``) that the report adds by itself. These
functions return the cleaned text together with what was changed, so that the
window can tell the clerk (``itadesk.messages.paste_changes``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

# Change codes, counted in ``Cleaned.changes``; ``messages.PASTE_CHANGES`` words them.
INVISIBLE = "invisible"  # zero-width spaces and joiners, BOM, word joiner
SPACES = "spaces"  # no-break and other special spaces made plain
SOFT_HYPHEN = "soft_hyphen"
CONTROL = "control"  # control characters removed
SARA_AM = "sara_am"  # ํ + า joined into ำ
DOUBLED_MARK = "doubled_mark"
MARK_ORDER = "mark_order"  # tone mark typed before the upper vowel
MARKER = "marker"  # a typed number or bullet taken off the start
LINES = "lines"  # line breaks inside one item joined

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u180e]")
_SPECIAL_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_SOFT_HYPHEN = "\u00ad"
# C0/C1 controls except newline; Word's vertical tab and the Unicode line and
# paragraph separators become newlines first.
_NEWLINES = re.compile("\r\n|[\r\v\f\u2028\u2029\x85]")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# ํ (nikhahit), an optional tone mark, then า: the old way of typing ำ.
_SARA_AM = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")
# Thai marks that sit above or below a consonant; one of each is enough.
_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_DOUBLED = re.compile(f"([{_MARKS}])\\1+")
# A tone mark typed before an upper vowel (ก่ี): the vowel comes first (กี่).
_TONE_BEFORE_VOWEL = re.compile("([\u0e48-\u0e4b])([\u0e31\u0e34-\u0e37\u0e47])")
_MULTI_SPACE = re.compile(" {2,}")

_DIGIT = "[0-9๐-๙]"
# A typed list marker at the start of an item: 1. 1) (1) ๑. 1.2. ก) (ก) - • …
_LEADING_MARKER = re.compile(
    rf"""^\s*(?:
        \(?{_DIGIT}{{1,3}}(?:\.{_DIGIT}{{1,3}})*[.)](?!{_DIGIT})   # 1. 1) 1.2. (1) ๑.
      | \({_DIGIT}{{1,3}}\)                                        # (1)
      | \(?[ก-ฮ]\)                                                # ก) (ก)
      | [ก-ฮ]\.(?=\s)                                             # ก. (followed by a space: not ต.ค.)
      | [-–—•·▪●○◦■□►➢✓*\uf0b7\uf0a7\uf076\uf0d8]                  # bullets, Word's Symbol bullets
    )\s*""",
    re.VERBOSE,
)


@dataclass
class Cleaned:
    """Cleaned text and what was changed in it, counted by kind."""

    text: str
    changes: Counter = field(default_factory=Counter)

    @property
    def changed(self) -> bool:
        return bool(self.changes)


def _sub(pattern: re.Pattern, repl, text: str, changes: Counter, code: str) -> str:
    new, n = pattern.subn(repl, text)
    if n:
        changes[code] += n
    return new


def clean_text(text: str, *, changes: Counter | None = None) -> Cleaned:
    """Invisible and special characters removed or made plain, Thai marks
    mended. Newlines are kept (see ``split_items``)."""
    changes = Counter() if changes is None else changes
    text = _NEWLINES.sub("\n", text).replace("\t", " ")  # a tab is ordinary spacing, not worth a mention
    text = _sub(_INVISIBLE, "", text, changes, INVISIBLE)
    text = _sub(_SPECIAL_SPACES, " ", text, changes, SPACES)
    if _SOFT_HYPHEN in text:
        changes[SOFT_HYPHEN] += text.count(_SOFT_HYPHEN)
        text = text.replace(_SOFT_HYPHEN, "")
    text = _sub(_CONTROLS, "", text, changes, CONTROL)
    text = _sub(_SARA_AM, lambda m: m.group(1) + "\u0e33", text, changes, SARA_AM)
    text = _sub(_DOUBLED, r"\1", text, changes, DOUBLED_MARK)
    text = _sub(_TONE_BEFORE_VOWEL, r"\2\1", text, changes, MARK_ORDER)
    text = _MULTI_SPACE.sub(" ", text)
    return Cleaned(text, changes)


def strip_marker(text: str, changes: Counter | None = None) -> str:
    """``text`` without a list marker typed at its start."""
    m = _LEADING_MARKER.match(text)
    if m and m.end() < len(text):
        if changes is not None:
            changes[MARKER] += 1
        return text[m.end() :]
    return text


def split_marker(text: str) -> tuple[str, str]:
    """``("๑.", "ประชุม")`` for ``"๑.ประชุม"``: the typed marker (stripped of
    spaces, ``""`` when there is none) and the text after it."""
    m = _LEADING_MARKER.match(text)
    if m and m.end() < len(text):
        return m.group(0).strip(), text[m.end() :]
    return "", text


def has_marker(text: str) -> bool:
    m = _LEADING_MARKER.match(text)
    return m is not None and m.end() < len(text)


def clean_item(text: str, *, at_start: bool = True) -> Cleaned:
    """One list item or title: cleaned, on one line, without a typed marker
    (``at_start=False`` for text pasted into the middle of an item, where a
    leading number is content)."""
    result = clean_text(text)
    lines = [line.strip() for line in result.text.split("\n") if line.strip()]
    if len(lines) > 1:
        result.changes[LINES] += len(lines) - 1
        if sum(has_marker(line) for line in lines) >= 2:  # a list pasted as one text
            lines = lines[:1] + [strip_marker(line, result.changes) for line in lines[1:]]
    joined = join_lines(lines)
    result.text = strip_marker(joined, result.changes) if at_start else joined
    return result


# --- lists in pasted HTML ----------------------------------------------------------------

_MSO_LEVEL = re.compile(r"mso-list:\s*l\d+\s+level(\d+)", re.IGNORECASE)
_MSO_IGNORE = re.compile(r"mso-list:\s*ignore", re.IGNORECASE)
_BLOCKS = {"p", "li", "div", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr"}


class _ListReader(HTMLParser):
    """Collects (level, text, is_list) paragraphs: Word's ``mso-list`` levels,
    or the nesting of ``<ol>``/``<ul>`` (LibreOffice, Google Docs, the web)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[tuple[int, str, bool]] = []
        self._depth = 0  # <ol>/<ul> nesting
        self._text: list[str] = []
        self._level: int | None = None  # the paragraph's list level, if any
        self._ignore: list[str] = []  # open tags whose text is Word's marker
        self._skip = 0  # inside <style>, <script>, <head> <title>

    def _flush(self) -> None:
        text = " ".join("".join(self._text).split())
        if text:
            level = self._level if self._level is not None else max(self._depth, 1)
            self.rows.append((level, text, self._level is not None or self._depth > 0))
        self._text = []
        self._level = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        style = dict(attrs).get("style") or ""
        if tag in ("style", "script", "title"):
            self._skip += 1
            return
        if self._ignore:
            self._ignore.append(tag)
            return
        if tag in ("ol", "ul"):
            self._flush()
            self._depth += 1
            return
        if tag in _BLOCKS:
            self._flush()
            m = _MSO_LEVEL.search(style)
            if m:
                self._level = int(m.group(1))
            elif tag == "li":
                self._level = max(self._depth, 1)
            return
        if _MSO_IGNORE.search(style):
            self._ignore.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self._ignore:
            self._text.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "title"):
            self._skip = max(0, self._skip - 1)
            return
        if self._ignore:
            self._ignore.pop()
            return
        if tag in ("ol", "ul"):
            self._flush()
            self._depth = max(0, self._depth - 1)
        elif tag in _BLOCKS:
            keep = self._level if tag != "li" else None
            self._flush()
            if tag == "p" and self._depth:  # <li><p>…</p></li>: the item is the paragraph
                self._level = keep

    def handle_data(self, data: str) -> None:
        if not self._skip and not self._ignore:
            self._text.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def html_items(html: str) -> tuple[list[tuple[int, str]], Counter] | None:
    """The list items of pasted HTML as (level, text) rows, levels from 1 and
    never more than one deeper than the row before; ``None`` when the HTML
    holds no list (the plain text is pasted instead). Texts are cleaned and
    typed markers taken off."""
    reader = _ListReader()
    try:
        reader.feed(html)
        reader.close()
    except Exception:  # noqa: BLE001 - malformed HTML: paste the plain text
        return None
    rows = reader.rows
    if not any(is_list for _lvl, _t, is_list in rows):
        return None
    changes: Counter = Counter()
    out: list[tuple[int, str]] = []
    previous = 0
    for level, text, _is_list in rows:
        cleaned = clean_text(text, changes=changes).text.strip()
        cleaned = strip_marker(cleaned, changes)
        if not cleaned:
            continue
        level = max(1, min(level, previous + 1))
        out.append((level, cleaned))
        previous = level
    return out, changes


def split_items(text: str) -> tuple[list[str], Counter]:
    """Pasted text as list items, cleaned.

    Each line is an item. When the lines carry their own numbers or bullets
    (a list copied from Word or LINE), a line without one continues the item
    above it (a wrapped line); the numbers themselves are taken off.
    """
    changes: Counter = Counter()
    cleaned = clean_text(text, changes=changes).text
    lines = [line.strip() for line in cleaned.split("\n") if line.strip()]
    if not lines:
        return [], changes
    if sum(has_marker(line) for line in lines) >= 2:
        groups: list[list[str]] = []
        for line in lines:
            if has_marker(line) or not groups:
                groups.append([line])
            else:
                groups[-1].append(line)
                changes[LINES] += 1
        lines = [join_lines(g) for g in groups]
    return [strip_marker(line, changes) for line in lines], changes


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines: nothing between two Thai letters (Thai has no
    spaces between words), a space elsewhere."""
    out = ""
    for line in lines:
        if out and not (_is_thai(out[-1]) and _is_thai(line[0])):
            out += " "
        out += line
    return out


def _is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"
