"""The app's line breaks, kept in a browser.

A browser breaks Thai at its own dictionary's word boundaries: inside
compounds (``ตัว|ชี้วัด``), dates (``๓๐ กันยายน|๒๕๖๘``) and a number and its
unit (``๖๐|คน``). The page is to break where the PDF would, so each text is
cut at the breaks ``itadesk.linebreak`` allows into pieces, each piece a
``<span>`` the page sets ``white-space: nowrap``, with ``<wbr>`` between two
pieces (or the text's own space: spaces stay outside the pieces, so copying,
searching and the browser's PDF read as typed; nothing is inserted into the
text itself).

A piece longer than ``LONG`` characters (a long address, a division name in
a narrow card) is cut further at the breaks ``linebreak`` keeps for a span
wider than a line (its lowest level), as the PDF does when it must.
"""

from __future__ import annotations

import html
import re

from .. import linebreak

# A piece of only these characters has no break opportunity for a browser:
# it needs no <span>.
_UNBREAKABLE = re.compile(r"[A-Za-z0-9\u0e50-\u0e59.,]+")
# A piece longer than this may be cut at the span's fallback breaks (about
# two thirds of a 390 px phone's line at 16 px).
LONG = 28


def pieces(text: str) -> list[str]:
    """``text`` cut at every allowed break (the division names in effect,
    ``linebreak.division_names``), long pieces cut further."""
    b = linebreak.analyse(text, linebreak.current_names())
    bounds = [0, *sorted(b.allowed), len(text)]
    out: list[str] = []
    for a, z in zip(bounds, bounds[1:], strict=False):
        if z - a > LONG:
            inside = {p: lvl for p, lvl in b.fallback.items() if a < p < z}
            if inside:
                low = min(inside.values())
                cuts = sorted(p for p, lvl in inside.items() if lvl == low)
                sub = [a, *cuts, z]
                out += [text[x:y] for x, y in zip(sub, sub[1:], strict=False)]
                continue
        out.append(text[a:z])
    return out


def markup(text: str) -> str:
    """``text`` as HTML (escaped) with the app's line breaks kept."""
    if not text:
        return ""
    out: list[str] = []
    for k, piece in enumerate(pieces(text)):
        core = piece.rstrip(" ")
        tail = piece[len(core) :]
        lead = core[: len(core) - len(core.lstrip(" "))]
        core = core[len(lead) :]
        if k and not lead and out and not out[-1].endswith(" "):
            out.append("<wbr>")
        out.append(lead)
        if len(core) > 1 and not _UNBREAKABLE.fullmatch(core):
            out.append(f"<span>{html.escape(core, quote=False)}</span>")
        else:
            out.append(html.escape(core, quote=False))
        out.append(tail)
    return "".join(out)
