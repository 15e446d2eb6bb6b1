"""quizapp.gui.ops (lives here with its only user, the teacher window): result, error, progress, cancel."""

import threading

from quizapp.errors import BankError
from quizapp.gui.ops import Operation
from quizapp.teacher.progress import step


def wait(qtbot, operation):
    if not operation.finished:
        with qtbot.waitSignal(operation.done, timeout=10_000):
            pass


def test_result_arrives_on_the_gui_thread(qtbot):
    seen = []
    operation = Operation(lambda x: (x * 2, threading.current_thread().name), 21)
    operation.succeeded.connect(lambda r: seen.append((r, threading.current_thread() is threading.main_thread())))
    wait(qtbot, operation.start())
    (value, worker), on_main = seen[0]
    assert value == 42
    assert worker != threading.main_thread().name and on_main


def test_errors_and_progress(qtbot):
    def work(progress, should_stop):
        for done in range(3):
            step(progress, should_stop, done, 3)
        raise BankError("bad bank", file="x.json")

    steps, errors = [], []
    operation = Operation(work, reports=True)
    operation.progressed.connect(lambda d, t: steps.append((d, t)))
    operation.failed.connect(errors.append)
    wait(qtbot, operation.start())
    assert steps == [(0, 3), (1, 3), (2, 3)] and errors == ["x.json: bad bank"]


def test_cancel_stops_at_the_next_step(qtbot):
    gate = threading.Event()

    def work(progress, should_stop):
        gate.wait(5)
        step(progress, should_stop, 1, 2)
        return "finished"

    cancelled, results = [], []
    operation = Operation(work, reports=True)
    operation.cancelled.connect(lambda: cancelled.append(True))
    operation.succeeded.connect(results.append)
    operation.start()
    operation.cancel()
    gate.set()
    wait(qtbot, operation)
    assert cancelled == [True] and results == []
