"""Test-wide setup: Qt renders offscreen, so tests run with no display and no tty."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
