"""GUI test fixtures: isolated settings file, display state in English/简体, the fixture bank."""

from pathlib import Path

import pytest

FIXTURE_BANK = Path(__file__).parent / "fixtures" / "sample_bank.json"
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise|requestActivate|grabbing)"


def pytest_collection_modifyitems(items):
    # the offscreen platform warns about window-manager calls it cannot do; they are not our warnings
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def settings(qapp, tmp_path):
    from quizapp.gui.settings import Settings

    return Settings.from_file(str(tmp_path / "settings.ini"))


@pytest.fixture
def state(qapp, settings):
    from quizapp.gui.state import DisplayState

    display = DisplayState(settings, language="en", script="hans")
    yield display
    display.translations.apply("en")
    display.set_zoom(100)


@pytest.fixture
def data(qapp):
    from quizapp.gui.data import DataAccess

    access = DataAccess([str(FIXTURE_BANK)], db_url="sqlite://", import_bundled=False)  # in-memory database
    yield access
    access.close()


@pytest.fixture
def bank(data):
    return data.bank(data.add_bank_file(str(FIXTURE_BANK)))


@pytest.fixture
def window(qtbot, state, data):
    from quizapp.gui.main_window import MainWindow

    main = MainWindow(state, data)
    qtbot.addWidget(main)
    main.home.select_bank(data.add_bank_file(str(FIXTURE_BANK)))
    main.show()
    qtbot.waitExposed(main)
    main.finish_loading(wait=True)
    yield main
    if main.reader_window is not None:
        main.reader_window.close()
