"""Every named error of the core has its own Thai sentence in ``itadesk.messages``."""

import inspect
import re
from dataclasses import fields

import pytest

from itadesk import errors, messages
from itadesk.errors import ItaDeskError, Problem

# Bases that are only ever raised as one of their subclasses.
ABSTRACT = {ItaDeskError, errors.DatabaseError}

# One value per fact name, used for every class that declares that fact.
SAMPLE_FACTS: dict[str, object] = {
    "path": "/tmp/itadesk-sample/file",
    "reason": "",
    "detail": "",
    "problems": [Problem("measures[0].title", "required")],
    "version": 9,
    "supported": 8,
    "name": "เทศบาลตำบลตัวอย่าง",
    "names": ["เทศบาลตำบลหนึ่ง", "เทศบาลตำบลสอง"],
    "organization": "เทศบาลตำบลตัวอย่าง",
    "year": 2568,
    "font": "Sarabun",
    "chars": ["\u0e01"],
    "where": ["measures[0].title"],
    "limit": 3,
    "text": "32 ต.ค. 67",
    "day": None,
    "month": None,
    "year_be": None,
    "printer": "HP LaserJet",
    "tables": 0,
    "rows": 10001,
    "field": "year",
    "problem": Problem("measures[0].steps", "invalid"),
    "count": 2,
    "table": "measures",
    "id": 1,
    "what": "database",
}

THAI = re.compile("[\u0e01-\u0e5b]")


def _error_classes() -> list[type[ItaDeskError]]:
    return [
        cls
        for _, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, ItaDeskError) and cls.__module__ == errors.__name__
    ]


def _sample(cls: type[ItaDeskError]) -> ItaDeskError:
    return cls(**{f.name: SAMPLE_FACTS[f.name] for f in fields(cls)})


GENERIC = messages.describe(RuntimeError("anything"))


def test_the_enumeration_finds_the_errors():
    classes = _error_classes()
    assert len(classes) >= 20
    for base in ABSTRACT:
        assert any(c is not base and issubclass(c, base) for c in classes), base


@pytest.mark.parametrize("cls", [c for c in _error_classes() if c not in ABSTRACT], ids=lambda c: c.__name__)
def test_each_error_has_its_own_thai_message(cls):
    exc = _sample(cls)
    text = messages.describe(exc)
    assert text != GENERIC and "ข้อผิดพลาดที่ไม่คาดคิด" not in text
    assert THAI.search(text)
    # Not the sentence of the class it derives from (a subclass reaching its
    # base's branch would say something less precise).
    for base in cls.__mro__[1:]:
        if isinstance(base, type) and issubclass(base, ItaDeskError) and base not in ABSTRACT:
            assert text != messages.describe(_sample(base)), (cls, base)


def test_messages_differ_between_errors():
    texts = {c.__name__: messages.describe(_sample(c)) for c in _error_classes() if c not in ABSTRACT}
    assert len(set(texts.values())) == len(texts), texts


def test_facts_are_declared_fields_read_as_attributes():
    exc = errors.OutputError(path="/x/out.pdf", reason="full")
    assert (exc.path, exc.reason, exc.detail) == ("/x/out.pdf", "full", "")
    assert exc.facts == {"path": "/x/out.pdf", "reason": "full", "detail": ""}
    assert "reason='full'" in str(exc)
    with pytest.raises(AttributeError):
        exc.printer  # noqa: B018 (no fact of that name: no catch-all __getattr__)
    with pytest.raises(TypeError):
        errors.OutputError(path="/x", reason="full", colour="red")


def test_facts_take_defaults_and_factories_and_are_required_otherwise():
    """The shared keyword-only constructor of the error classes (errors._error)
    does what a generated dataclass __init__ would: defaults, default
    factories (a fresh object each time), and a TypeError for a missing fact."""
    from dataclasses import field

    @errors._error
    class Example(errors.ItaDeskError):
        path: str
        found: list[str] = field(default_factory=list)
        detail: str = ""

    a, b = Example(path="p"), Example(path="q", detail="d")
    assert (a.found, a.detail, b.detail) == ([], "", "d")
    assert a.found is not b.found
    assert repr(b).endswith("Example(path='q', found=[], detail='d')")  # qualified, as a dataclass's
    with pytest.raises(TypeError, match="path"):
        Example()
