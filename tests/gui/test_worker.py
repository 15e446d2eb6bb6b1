"""The background writer: one worker, submission order kept, failures reported on the GUI thread."""

from quizapp.gui.worker import BackgroundWriter


def test_writes_run_in_order_and_failures_are_signalled(qtbot):
    writer = BackgroundWriter()
    done = []
    for number in range(20):
        writer.submit(done.append, number)
    writer.flush()
    assert done == list(range(20))

    def broken():
        raise RuntimeError("disk full")

    with qtbot.waitSignal(writer.failed, timeout=2000) as blocker:
        writer.submit(broken)
    assert blocker.args == ["disk full"]
    writer.close()
