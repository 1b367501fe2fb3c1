"""The outline arithmetic behind the list editor, without Qt."""

from itadesk.model import Item
from itadesk.outline import (
    MAX_LEVEL,
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


def test_levels_deeper_than_printed_are_brought_up_and_jumps_close():
    deep = [Item("a", [Item("b", [Item("c", [Item("d")])])])]
    assert max(level for level, _ in flatten(deep)) == MAX_LEVEL
    assert nest([(1, "a"), (3, "b")]) == [Item("a", [Item("b")])]


def test_subtrees_and_siblings():
    levels = [1, 2, 2, 3, 1]
    assert subtree_end(levels, 0) == 4 and subtree_end(levels, 2) == 4
    assert subtree_depth(levels, 0) == 3 and subtree_depth(levels, 4) == 1
    assert sibling_before(levels, 4) == 0 and sibling_before(levels, 1) is None
    assert sibling_after(levels, 0) == 4 and sibling_after(levels, 2) is None
    assert sibling_before([], 0) is None and sibling_after([], 0) is None
