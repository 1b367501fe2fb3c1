"""Classes made by ``itadesk.errors.record`` (frozen dataclasses without the
generated methods) behave as the frozen dataclasses ``@dataclass`` generates
from the same fields: the same attributes from the same arguments, the same
repr, equality, hash and ``replace``, no assignment, the same TypeErrors."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from itadesk.drives import _Mount
from itadesk.errors import Problem, mutable_record, record
from itadesk.linebreak import Breaks
from itadesk.report import RenderResult
from itadesk.report.builder import Layout
from itadesk.report.flowables import CellBox, Context, Para, Row
from itadesk.report.fonts.choice import FontSet
from itadesk.report.fonts.face import Foreign
from itadesk.report.styles import Styles, TextStyle
from itadesk.rounds import Document, Round
from itadesk.storage import ReportSummary

from .dataclass_check import draw_arguments, reference


@record
class WithFactory:
    a: int
    b: list[int] = dataclasses.field(default_factory=list)
    c: str = "c"


CLASSES = [
    Problem,
    FontSet,
    Foreign,
    Styles,
    TextStyle,
    Document,
    Round,
    ReportSummary,
    WithFactory,
    Para,
    Breaks,
    _Mount,
]


REFERENCES = {cls: reference(cls, frozen=True) for cls in CLASSES}
values = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3), st.text(max_size=3), st.tuples(st.integers(0, 2))
)


def test_fields_and_hash_are_there() -> None:
    assert [f.name for f in dataclasses.fields(Problem)] == ["path", "code", "value"]
    assert [f.name for f in dataclasses.fields(Foreign)] == ["face", "key", "scale"]
    for cls in CLASSES:
        assert cls.__hash__ is not None and cls.__hash__ is not object.__hash__


def _behaves_as(data: st.DataObject, cls: type, ref: type):
    """What records of both kinds share with their generated dataclass: the
    constructor (keywords, positional, wrong arguments), repr, equality and
    ``dataclasses.replace``. Returns an instance of each, equal in fields, and
    a field with a value drawn for it."""
    fields, required, kwargs = draw_arguments(data, cls, values)
    got, want = cls(**kwargs), ref(**kwargs)
    assert vars(got) == vars(want)
    assert repr(got) == repr(want)
    n = data.draw(st.integers(len(required), len(fields)))
    args = [kwargs.get(f.name, getattr(want, f.name)) for f in fields[:n]]
    assert vars(cls(*args)) == vars(ref(*args))
    assert cls(*args) == cls(*args)
    assert (cls(*args) != cls(*args)) is False
    other = {f.name: data.draw(values) for f in required}
    assert (cls(**other) == got) == (ref(**other) == want)
    assert got != want
    name = data.draw(st.sampled_from([f.name for f in fields]))
    value = data.draw(values)
    assert vars(dataclasses.replace(got, **{name: value})) == vars(dataclasses.replace(want, **{name: value}))
    # wrong arguments: TypeErrors as the generated __init__ raises
    for bad_args, bad_kwargs in [
        ([None] * (len(fields) + 1), {}),
        ([], {**kwargs, "no_such_field": 1}),
        ([kwargs[required[0].name]] if required else [], {required[0].name: 1} if required else {"x": 1}),
        ([], {f.name: kwargs[f.name] for f in required[1:]}) if required else ([], {"y": 2}),
    ]:
        with pytest.raises(TypeError):
            ref(*bad_args, **bad_kwargs)
        with pytest.raises(TypeError):
            cls(*bad_args, **bad_kwargs)
    return got, want, name, value


@settings(max_examples=300)
@given(st.data())
def test_records_behave_as_frozen_dataclasses(data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(CLASSES))
    ref = REFERENCES[cls]
    got, want, name, value = _behaves_as(data, cls, ref)
    try:
        expected = hash(want)
    except TypeError:  # a list field
        with pytest.raises(TypeError):
            hash(got)
    else:
        assert hash(got) == expected
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(got, name, value)
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(got, name)


def test_default_factories_give_fresh_values() -> None:
    assert WithFactory(1).b == [] and WithFactory(1).b is not WithFactory(1).b
    assert WithFactory(1, [2], "d") == WithFactory(a=1, b=[2], c="d")


@mutable_record
class MutableWithFactory:
    a: int
    b: list[int] = dataclasses.field(default_factory=list)
    c: str = "c"


MUTABLE = [CellBox, Context, Row, Layout, RenderResult, MutableWithFactory]
MUTABLE_REFERENCES = {cls: reference(cls) for cls in MUTABLE}


@settings(max_examples=200)
@given(st.data())
def test_mutable_records_behave_as_dataclasses(data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(MUTABLE))
    ref = MUTABLE_REFERENCES[cls]
    assert cls.__hash__ is None and ref.__hash__ is None
    got, want, name, value = _behaves_as(data, cls, ref)
    setattr(got, name, value)  # assignable, as a dataclass's fields
    setattr(want, name, value)
    assert vars(got) == vars(want)
