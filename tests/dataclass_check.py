"""Shared by the tests that compare hand-made dataclass-like classes
(``itadesk.model``'s classes, ``itadesk.errors.record``) with the dataclasses
``@dataclass`` generates from the same fields."""

from __future__ import annotations

import dataclasses
from typing import Any

from hypothesis import strategies as st


def reference(cls: type, *, frozen: bool = False) -> type:
    """A generated dataclass of ``cls``'s fields (same name, order, defaults)."""
    spec: list[Any] = []
    for f in dataclasses.fields(cls):
        if f.default_factory is not dataclasses.MISSING:
            spec.append((f.name, f.type, dataclasses.field(default_factory=f.default_factory)))
        elif f.default is not dataclasses.MISSING:
            spec.append((f.name, f.type, dataclasses.field(default=f.default)))
        else:
            spec.append((f.name, f.type))
    return dataclasses.make_dataclass(cls.__name__, spec, frozen=frozen)


def draw_arguments(
    data: st.DataObject, cls: type, values: st.SearchStrategy[Any]
) -> tuple[tuple[dataclasses.Field[Any], ...], list[dataclasses.Field[Any]], dict[str, Any]]:
    """``cls``'s fields, the required ones, and keyword arguments: a value
    for every required field and for some of the others."""
    fields = dataclasses.fields(cls)
    required = [
        f for f in fields if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]
    kwargs = {f.name: data.draw(values) for f in required}
    for f in fields:
        if f not in required and data.draw(st.booleans()):
            kwargs[f.name] = data.draw(values)
    return fields, required, kwargs
