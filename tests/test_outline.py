"""The outline arithmetic behind the list editor, without Qt."""

from itadesk.model import Item
from itadesk.outline import (
    MAX_LEVEL,
    depth,
    flatten,
    nest,
    sibling_after,
    sibling_before,
    subtree_depth,
    subtree_end,
)


def test_flatten_and_nest_round_trip():
    items = [Item("a", [Item("a1"), Item("a2", [Item("a2x")])]), Item("b")]
    flat = list(flatten(items))
    assert flat == [(1, "a"), (2, "a1"), (2, "a2"), (3, "a2x"), (1, "b")]
    assert nest(flat) == items


def _chain(levels: int) -> list[Item]:
    items: list[Item] = []
    for k in range(levels, 0, -1):
        items = [Item(f"level {k}", items)]
    return items


def test_every_level_is_kept_and_jumps_close():
    assert MAX_LEVEL == 8
    deep = _chain(MAX_LEVEL)
    assert [level for level, _ in flatten(deep)] == list(range(1, MAX_LEVEL + 1))
    assert nest(list(flatten(deep))) == deep
    assert depth(deep) == MAX_LEVEL and depth([]) == 0
    assert nest([(1, "a"), (3, "b")]) == [Item("a", [Item("b")])]


def test_subtrees_and_siblings():
    levels = [1, 2, 2, 3, 1]
    assert subtree_end(levels, 0) == 4 and subtree_end(levels, 2) == 4
    assert subtree_depth(levels, 0) == 3 and subtree_depth(levels, 4) == 1
    assert sibling_before(levels, 4) == 0 and sibling_before(levels, 1) is None
    assert sibling_after(levels, 0) == 4 and sibling_after(levels, 2) is None
    assert sibling_before([], 0) is None and sibling_after([], 0) is None
