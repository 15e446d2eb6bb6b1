"""Database writes off the GUI thread: one worker, in submission order; failures come back as a signal."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from quizapp.gui.qt import QObject, Signal


class BackgroundWriter(QObject):
    """Runs callables one at a time, in order, on one worker thread (SQLite allows one writer anyway)."""

    failed = Signal(str)  # delivered on the GUI thread (queued: the writer lives there)
    _done = Signal(object, object)  # (callback, result), queued to the GUI thread

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="quizapp-db")
        self._done.connect(lambda callback, result: callback(result))

    def submit(self, function, /, *args, **kwargs) -> Future:
        future = self._executor.submit(function, *args, **kwargs)
        future.add_done_callback(self._report)
        return future

    def submit_then(self, function, callback, /, *args) -> Future:
        """Run ``function(*args)`` on the worker, then ``callback(result)`` on the GUI thread (if it succeeded)."""

        def job():
            result = function(*args)
            self._done.emit(callback, result)
            return result

        return self.submit(job)

    def _report(self, future: Future) -> None:
        error = future.exception()
        if error is not None:
            self.failed.emit(str(error))

    def flush(self) -> None:
        """Wait until every write submitted so far is done (before reading what they wrote)."""
        self._executor.submit(lambda: None).result()

    def close(self) -> None:
        self._executor.shutdown(wait=True)
