"""ITA Desk: an agency's integrity and transparency measures and their report."""

import sys

__version__ = "0.1.0"


def _dataclasses_without_inspect() -> None:
    """Import ``dataclasses`` without ``inspect`` (with ast, dis and tokenize:
    34 M instructions, a sixth of a cold ``itadesk list``). Python 3.11's
    dataclasses uses inspect only for ``inspect.signature``, to write a
    docstring for a class that has none; ours have one, and should another
    need it, the stand-in imports inspect then. Nothing else sees the
    stand-in: it is in ``sys.modules`` only while dataclasses runs its
    imports (re, copy, keyword, functools, ...: none imports inspect).
    ``tests/test_architecture.py`` checks both."""
    if "dataclasses" in sys.modules or "inspect" in sys.modules:
        return
    from types import ModuleType

    def on_use(name: str) -> object:  # the module's __getattr__: for what it lacks
        if name.startswith("__"):  # what the import system looks for (__spec__ is None)
            raise AttributeError(name)
        import dataclasses
        import inspect

        dataclasses.inspect = inspect  # type: ignore[attr-defined]
        return getattr(inspect, name)

    stand_in = ModuleType("inspect", "imports inspect when first used")
    stand_in.__getattr__ = on_use  # type: ignore[method-assign]
    sys.modules["inspect"] = stand_in
    try:
        import dataclasses  # noqa: F401
    finally:
        del sys.modules["inspect"]


_dataclasses_without_inspect()
