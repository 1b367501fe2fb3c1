"""Outlines: the nested items of a measure's lists (steps, results,
outcomes) as a flat list of (level, text) rows, and the arithmetic on those
levels that moving and indenting an item needs. Pure logic, no Qt: the list
editor of the window (``itadesk.ui.widgets.list_editor``) uses it."""

from __future__ import annotations

from collections.abc import Iterator

from .model import Item

# The one nesting limit of the whole app: the list editor holds this many
# levels, and the exchange file (hence backups restored through it and the
# Word import's checks) refuses deeper lists. The report prints every level.
MAX_LEVEL = 8


def flatten(items: list[Item], level: int = 1) -> Iterator[tuple[int, str]]:
    """Depth-first (level, text) rows, every level as it is."""
    for item in items:
        yield level, item.text
        yield from flatten(item.items, level + 1)


def depth(items: list[Item]) -> int:
    """How many levels ``items`` have (0 for no items)."""
    return max((1 + depth(item.items) for item in items), default=0)


def nest(flat: list[tuple[int, str]]) -> list[Item]:
    """The items of (level, text) rows; a row more than one level deeper than
    the one before it is taken as one level deeper."""
    root: list[Item] = []
    stack: list[tuple[int, list[Item]]] = [(0, root)]
    for level, text in flat:
        while len(stack) > 1 and stack[-1][0] >= level:
            stack.pop()
        item = Item(text)
        stack[-1][1].append(item)
        stack.append((stack[-1][0] + 1, item.items))
    return root


def subtree_end(levels: list[int], i: int) -> int:
    """The index just past row ``i`` and its sub-items."""
    j = i + 1
    while j < len(levels) and levels[j] > levels[i]:
        j += 1
    return j


def subtree_depth(levels: list[int], i: int) -> int:
    """The deepest level in row ``i`` and its sub-items."""
    return max(levels[i : subtree_end(levels, i)])


def sibling_before(levels: list[int], i: int) -> int | None:
    """The row of ``i``'s level just before it under the same parent, if any."""
    if not levels:
        return None
    for j in range(i - 1, -1, -1):
        if levels[j] == levels[i]:
            return j
        if levels[j] < levels[i]:
            return None
    return None


def sibling_after(levels: list[int], i: int) -> int | None:
    """The row of ``i``'s level just after its sub-items under the same parent, if any."""
    if not levels:
        return None
    j = subtree_end(levels, i)
    if j < len(levels) and levels[j] == levels[i]:
        return j
    return None
