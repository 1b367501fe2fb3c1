"""Slow work (rendering, exporting, printing) off the GUI thread.

A task is a plain function that gets a ``progress(fraction)`` callable and
returns a result or raises; it never touches a widget. ``run_task`` runs it
on Qt's thread pool and calls ``done(result)`` or ``failed(exc)`` back on the
GUI thread, with ``progress(fraction)`` on the way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    progress = Signal(float)
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, fn: Callable[[Callable[[float], None]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.cancelled = False
        self.setAutoDelete(False)

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(self._progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)

    def _progress(self, fraction: float) -> None:
        if self.cancelled:
            raise Cancelled()
        self.signals.progress.emit(max(0.0, min(1.0, float(fraction))))


class Cancelled(Exception):
    """The clerk pressed cancel."""


_running: set[Task] = set()


def run_task(
    fn: Callable[[Callable[[float], None]], Any],
    *,
    done: Callable[[Any], None],
    failed: Callable[[BaseException], None],
    progress: Callable[[float], None] | None = None,
) -> Task:
    task = Task(fn)
    _running.add(task)

    def finish(callback, value):
        _running.discard(task)
        callback(value)

    task.signals.done.connect(lambda result: finish(done, result))
    task.signals.failed.connect(lambda exc: finish(failed, exc))
    if progress is not None:
        task.signals.progress.connect(progress)
    QThreadPool.globalInstance().start(task)
    return task


def wait_all(timeout_ms: int = 30000) -> bool:
    """Wait for running tasks (when the window closes)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
