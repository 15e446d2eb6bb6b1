"""Starting Qt: a plain hint (exit 2) instead of Qt's abort when the platform plugin fails; --screenshot."""

import os
import subprocess
import sys
from pathlib import Path

from quizapp.gui.app import package_for_soname, startup_hint

FIXTURE_BANK = Path(__file__).parent / "fixtures" / "sample_bank.json"


def run_gui(args, env_overrides, tmp_path):
    env = {**os.environ, **env_overrides}
    return subprocess.run(
        [sys.executable, "-m", "quizapp", "gui", "--settings", str(tmp_path / "s.ini"), *args],
        env=env, capture_output=True, text=True, timeout=60,
    )


def test_broken_platform_plugin_gives_the_install_hint_and_exit_2(tmp_path):
    result = run_gui(["--screenshot", str(tmp_path / "x.png")], {"QT_QPA_PLATFORM": "nonexistent"}, tmp_path)
    assert result.returncode == 2
    assert "quizapp: Qt could not start (" in result.stderr
    assert 'Could not find the Qt platform plugin "nonexistent"' in result.stderr
    assert "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0 libegl1 fonts-noto-cjk" in result.stderr
    assert "Aborted" not in result.stderr and "Traceback" not in result.stderr


def test_screenshot_renders_the_main_window(tmp_path):
    target = tmp_path / "home.png"
    result = run_gui(["--lang", "zh_TW", "--script", "tw", "--bank", str(FIXTURE_BANK), "--screenshot", str(target)],
                     {"QT_QPA_PLATFORM": "offscreen"}, tmp_path)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_package_names_for_missing_libraries():
    assert package_for_soname("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert package_for_soname("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert package_for_soname("libEGL.so.1") == "libegl1"
    assert package_for_soname("nonsense") == ""


def test_hint_keeps_the_reason_and_drops_qt_boilerplate(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "wayland")
    hint = startup_hint([
        "Could not load the Qt platform plugin \"wayland\" in \"\" even though it was found.",
        "This application failed to start because no Qt platform plugin could be initialized.\n\n"
        "Available platform plugins are: minimal, offscreen.",
    ])
    assert hint.startswith('quizapp: Qt could not start (Could not load the Qt platform plugin "wayland"')
    assert "Available platform plugins" not in hint and "failed to start" not in hint
