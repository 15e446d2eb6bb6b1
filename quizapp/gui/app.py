"""QApplication creation, with a plain-language hint instead of Qt's abort when the platform plugin cannot load."""

from __future__ import annotations

import os
import re
import sys

BASE_PACKAGES = ["libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "fonts-noto-cjk"]
ORGANIZATION = "quizapp"
APPLICATION = "quizapp"


def package_for_soname(soname: str) -> str:
    """Debian's package name for a shared library: libxcb-icccm.so.4 → libxcb-icccm4, libEGL.so.1 → libegl1."""
    match = re.match(r"(lib[\w+.-]*?)\.so\.(\d+)", soname)
    if not match:
        return ""
    name, major = match.group(1).lower(), match.group(2)
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


def missing_xcb_libraries() -> list[str]:
    """Shared libraries the xcb platform plugin needs but the system lacks (loader's first complaint)."""
    import ctypes

    from quizapp.gui.qt import PYSIDE6_DIR

    plugin = os.path.join(PYSIDE6_DIR, "Qt", "plugins", "platforms", "libqxcb.so")
    if not os.path.exists(plugin):
        return []
    missing: list[str] = []
    try:
        ctypes.CDLL(plugin)
    except OSError as exc:
        missing += re.findall(r"(lib[\w+.-]+\.so[.\d]*): cannot open", str(exc))
    return missing


def startup_hint(messages: list[str]) -> str:
    """One line telling the user why Qt could not start and what to install."""
    reasons = [line for msg in messages for line in msg.splitlines() if line.strip()]
    reasons = [r for r in reasons if not r.startswith(("Available platform plugins", "This application failed to start"))]
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    packages = list(BASE_PACKAGES)
    if sys.platform.startswith("linux") and platform in ("", "xcb"):
        for soname in missing_xcb_libraries():
            reasons.append(f"missing {soname}")
            package = package_for_soname(soname)
            if package and package not in packages:
                packages.append(package)
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            reasons.append("no display: DISPLAY is not set (use QT_QPA_PLATFORM=offscreen for --screenshot)")
    reason = "; ".join(dict.fromkeys(reasons)) or "the Qt platform plugin failed to load"
    return (
        f"quizapp: Qt could not start ({reason}). "
        f"On Debian/Ubuntu install: sudo apt-get install {' '.join(packages)}"
    )


def create_application(argv: list[str] | None = None):
    """The QApplication (created once). If Qt's platform plugin fails, print a hint and exit with status 2.

    Qt reports that failure with qFatal, which aborts the process; our message handler sees the fatal
    message first, so it prints the hint and leaves with ``os._exit(2)`` before Qt can abort.
    """
    from quizapp.gui.qt import QApplication, QtMsgType, qInstallMessageHandler

    existing = QApplication.instance()
    if existing is not None:
        return existing
    messages: list[str] = []

    def on_qt_message(kind, _context, message):
        if kind == QtMsgType.QtFatalMsg:
            messages.append(message)
            sys.stderr.write(startup_hint(messages) + "\n")
            sys.stderr.flush()
            os._exit(2)
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg):
            messages.append(message)

    previous = qInstallMessageHandler(on_qt_message)
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationName(APPLICATION)
    app = QApplication(list(argv or [sys.argv[0] if sys.argv else "quizapp"]))
    qInstallMessageHandler(previous)
    for message in messages:  # harmless after all, since Qt started: pass them on
        sys.stderr.write(message + "\n")
    app.setApplicationDisplayName("quizapp")
    return app
