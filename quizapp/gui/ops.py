"""Background operations: a core function runs on Qt's thread pool, reports progress, can be cancelled,
and its result or error arrives on the GUI thread as a signal."""

from __future__ import annotations

import threading
import traceback

from quizapp.errors import QuizappError
from quizapp.gui.qt import QObject, QRunnable, Qt, QThreadPool, Signal
from quizapp.teacher.progress import Cancelled  # what a function raises when its should_stop() said so


class Operation(QObject):
    """``Operation(fn, *args, **kwargs).start()`` calls ``fn(*args, progress=…, should_stop=…, **kwargs)``.

    ``progress(done, total)`` and ``should_stop()`` are passed only when ``reports=True``. Signals are
    emitted from the worker and delivered queued to this object's (the GUI) thread.
    """

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    done = Signal()  # after any of the three outcomes

    # the worker emits these; queued to this object's thread, they become the public signals there, so
    # whatever is connected before the GUI thread next processes events is called
    _worker_progress = Signal(int, int)
    _worker_outcome = Signal(str, object)

    _running: set[Operation] = set()  # keeps operations alive until they end

    def __init__(self, function, *args, reports: bool = False, **kwargs) -> None:
        super().__init__()
        self.function, self.args, self.kwargs, self.reports = function, args, kwargs, reports
        self._stop = threading.Event()
        self.result = None
        self.error = ""
        self.finished = False
        self._worker_progress.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        self._worker_outcome.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self) -> Operation:
        Operation._running.add(self)
        self.done.connect(lambda: Operation._running.discard(self))
        QThreadPool.globalInstance().start(_Runnable(self))
        return self

    def cancel(self) -> None:
        self._stop.set()

    def should_stop(self) -> bool:
        return self._stop.is_set()

    def _run(self) -> None:
        kwargs = dict(self.kwargs)
        if self.reports:
            kwargs["progress"] = self._worker_progress.emit
            kwargs["should_stop"] = self.should_stop
        try:
            result = self.function(*self.args, **kwargs)
        except Cancelled:
            self._worker_outcome.emit("cancelled", None)
        except QuizappError as exc:
            self._worker_outcome.emit("failed", str(exc))
        except Exception as exc:  # a bug: say so rather than lose it in a worker thread
            traceback.print_exc()
            self._worker_outcome.emit("failed", f"unexpected error: {exc!r}")
        else:
            self._worker_outcome.emit("cancelled" if self._stop.is_set() else "succeeded", result)

    def _deliver(self, outcome: str, value) -> None:
        """On the GUI thread: record the outcome and emit the public signals."""
        self.finished = True
        if outcome == "succeeded":
            self.result = value
            self.succeeded.emit(value)
        elif outcome == "failed":
            self.error = value
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.done.emit()


class _Runnable(QRunnable):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self.operation = operation

    def run(self) -> None:
        self.operation._run()


def run_in_background(function, *args, reports: bool = False, on_result=None, on_error=None,
                      on_progress=None, **kwargs) -> Operation:
    """Start an Operation with its slots connected; returns it (call ``cancel`` to stop it)."""
    operation = Operation(function, *args, reports=reports, **kwargs)
    if on_result is not None:
        operation.succeeded.connect(on_result)
    if on_error is not None:
        operation.failed.connect(on_error)
    if on_progress is not None:
        operation.progressed.connect(on_progress)
    return operation.start()
