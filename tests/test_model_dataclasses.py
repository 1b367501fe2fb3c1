"""The model's classes (``itadesk.model``: dataclasses with ``__init__``
written out and ``_Model``'s ``__eq__`` and ``__repr__``) behave as the
dataclasses ``@dataclass`` generates from the same fields: the same
attributes from the same arguments (positional or by keyword, defaults and
fresh default lists), the same repr, equality and hashing, and ``replace``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from itadesk import model

from .dataclass_check import draw_arguments, reference

CLASSES = [
    model.Item,
    model.Photo,
    model.Measure,
    model.Signatory,
    model.Organization,
    model.Analysis,
    model.Report,
]


REFERENCES = {cls: reference(cls) for cls in CLASSES}

values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.text(max_size=3),
    st.binary(max_size=2),
    st.just(dt.date(2025, 10, 1)),
    st.lists(st.integers(0, 2), max_size=2),
    st.builds(model.Item, st.text(max_size=2)),
)


def test_the_fields_are_the_declared_ones() -> None:
    assert [f.name for f in dataclasses.fields(model.Item)] == ["text", "items"]
    assert len(dataclasses.fields(model.Measure)) == 14
    assert len(dataclasses.fields(model.Report)) == 13
    for cls in CLASSES:
        assert cls.__hash__ is None  # unhashable, as a generated eq dataclass
        # every field has a parameter of the same name, in order
        params = list(inspect.signature(cls).parameters)
        assert params == [f.name for f in dataclasses.fields(cls)], cls


@settings(max_examples=300)
@given(st.data())
def test_instances_behave_as_generated_dataclasses(data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(CLASSES))
    ref = REFERENCES[cls]
    fields, required, kwargs = draw_arguments(data, cls, values)
    got, want = cls(**kwargs), ref(**kwargs)
    assert vars(got) == vars(want)
    assert repr(got) == repr(want)
    # positional arguments, as many as drawn, in field order
    n = data.draw(st.integers(len(required), len(fields)))
    args = [kwargs.get(f.name, getattr(want, f.name)) for f in fields[:n]]
    assert vars(cls(*args)) == vars(ref(*args))
    # fresh default lists and dicts, not shared between instances
    other = cls(**{f.name: kwargs[f.name] for f in required})
    again = cls(**{f.name: kwargs[f.name] for f in required})
    for f in fields:
        if f.default_factory is not dataclasses.MISSING:
            assert getattr(other, f.name) is not getattr(again, f.name)
    # equality: field by field, never with another class
    ref_other = ref(**{f.name: kwargs[f.name] for f in required})
    assert (got == other) == (want == ref_other)
    assert (got != other) == (want != ref_other)
    assert got == cls(**kwargs)
    assert got != want and want != got
    # replace gives every field to __init__
    name = data.draw(st.sampled_from([f.name for f in fields]))
    value = data.draw(values)
    assert vars(dataclasses.replace(got, **{name: value})) == vars(dataclasses.replace(want, **{name: value}))
    assert dataclasses.asdict(got) == dataclasses.asdict(want)
    with pytest.raises(TypeError):
        hash(got)


def test_a_nested_repr_is_the_generated_one() -> None:
    item = model.Item("a", [model.Item("b")])
    report = model.Report(model.Organization("o"), 2568, [model.Measure("m", steps=[item])])
    ref = {cls: REFERENCES[cls] for cls in CLASSES}

    def as_ref(obj: object) -> object:
        if isinstance(obj, list):
            return [as_ref(v) for v in obj]
        if type(obj) in ref:
            return ref[type(obj)](**{f.name: as_ref(getattr(obj, f.name)) for f in dataclasses.fields(obj)})
        return obj

    assert repr(report) == repr(as_ref(report))
    # a list holding itself prints as the generated repr does
    loop = model.Item("x")
    loop.items.append(loop)
    ref_loop = ref[model.Item]("x")
    ref_loop.items.append(ref_loop)
    assert repr(loop) == repr(ref_loop)
