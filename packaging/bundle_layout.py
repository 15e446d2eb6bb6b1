"""What goes into the frozen app and where: data folders, required files, and the Qt/OpenCC trimming rules.

Used by quizapp.spec at build time and by tests/packaging (no PyInstaller import here). The layout mirrors a
source checkout inside the bundle's _internal/ folder (sys._MEIPASS): _internal/assets, _internal/questions,
_internal/quizapp/store/migrations, _internal/pyproject.toml. quizapp/paths.py and quizapp/version.py are
__file__-relative, and the frozen quizapp package's __file__ lives in _internal/quizapp/, so the same code finds
the same files in both runs.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

# (folder in the checkout, folder in the bundle): collected whole, every file, so new files need no edit here
DATA_FOLDERS = (
    ("assets", "assets"),
    ("questions", "questions"),
    ("quizapp/store/migrations", "quizapp/store/migrations"),  # alembic reads env.py and versions/*.py as files
)
DATA_FILES = (("pyproject.toml", "."),)  # quizapp/version.py reads the version from it, as in a checkout
SKIPPED_PARTS = {"__pycache__", ".DS_Store"}
SKIPPED_SUFFIXES = {".pyc", ".pyo", ".ts"}  # .ts: Qt Linguist sources; the app loads the compiled .qm

# files the app cannot start or work without (relative to the checkout)
REQUIRED_FILES = (
    "assets/eras.csv",
    "assets/ERAS-ATTRIBUTION.md",
    "assets/glossary.json",
    "assets/phrase_overrides.json",
    "assets/sources/ATTRIBUTION.md",
    "assets/sources/外蒙古独立.md",
    "assets/icons/quizapp.png",
    "quizapp/store/migrations/env.py",
    "quizapp/store/migrations/script.py.mako",
    "pyproject.toml",
)
REQUIRED_GLOBS = (
    ("questions", "*.json", "the default question bank (questions/*.json, from `quizapp generate`)"),
    ("quizapp/store/migrations/versions", "*.py", "Alembic migration scripts"),
)

OPENCC_CONFIGS = ("t2s.json", "s2t.json", "s2tw.json", "s2hk.json")  # the scripts hans, hant, tw, hk
OPENCC_BUNDLE_DIR = "opencc/clib/share/opencc"  # where the official wheel's opencc/__init__.py looks
QT_LANGUAGES = ("en", "zh_CN", "zh_TW")

# PySide6 modules the app never imports. QtPrintSupport stays allowed (printing/PDF), as do QtSvg and QtDBus
# (the xcb platform plugin links QtDBus).
QT_MODULES_EXCLUDED = (
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickControls2", "PySide6.QtQuickWidgets",
    "PySide6.QtQuickTest", "PySide6.QtQmlFeatures", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtDesigner",
    "PySide6.QtHelp", "PySide6.QtUiTools", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtXml",
    "PySide6.QtConcurrent", "PySide6.QtLabsStyleKit", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.Qt3DCore", "PySide6.QtMultimedia", "PySide6.QtCharts", "PySide6.QtPdf", "PySide6.QtBluetooth",
)
# Qt plugin folders nothing in the app needs (QML tooling, SQL drivers, TLS/network, Designer, Wayland
# compositor side, embedded-Linux input). Wayland sessions fall back to xcb through XWayland.
QT_PLUGIN_DIRS_EXCLUDED = (
    "qmltooling", "sqldrivers", "tls", "networkinformation", "designer", "vectorimageformats", "generic",
    "egldeviceintegrations", "wayland-decoration-client", "wayland-graphics-integration-client",
    "wayland-graphics-integration-server", "wayland-shell-integration",
)
QT_PLATFORMS_KEPT = {"libqxcb.so", "libqoffscreen.so", "libqminimal.so", "qwindows.dll", "qoffscreen.dll",
                     "qminimal.dll", "libqcocoa.dylib", "libqoffscreen.dylib", "libqminimal.dylib"}
# image formats: PNG is built into QtGui; the rest of the wheel's plugins (tiff, webp, jpeg ...) show nothing we have
QT_IMAGEFORMATS_KEPT = ("qsvg", "qico", "qgif")
QT_PLATFORMTHEMES_EXCLUDED = ("qgtk3",)  # drags GTK, cairo, pango; the xdg-desktop-portal theme stays
# Qt libraries pulled in only by the excluded modules/plugins
QT_LIBRARIES_EXCLUDED = re.compile(
    r"Qt6?(Network|Qml\w*|Quick\w*|Sql|Test|Designer\w*|Help|UiTools|OpenGL\w*|Pdf\w*|VirtualKeyboard\w*"
    r"|Wayland\w*|WlShell\w*|ShaderTools|LabsStyleKit|Concurrent|Xml|EglF[sS]\w*)\b",
)

# Linux: libraries of the desktop stack that must match the user's system (X server, fonts, D-Bus, GL drivers,
# C++ runtime). Shipping the build machine's copies breaks fonts and Mesa on newer systems; the .deb's Depends
# (packaging/deb/control.in) and the README list the packages that provide them.
LINUX_SYSTEM_LIBRARIES = re.compile(
    r"lib(X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|xcb[\w-]*|xkbcommon[\w-]*|fontconfig|freetype|png16|brotli\w*"
    r"|glib-2\.0|gthread-2\.0|gio-2\.0|gobject-2\.0|gmodule-2\.0|pcre2-\w+|mount|blkid|selinux"
    r"|dbus-1|systemd|gcrypt|gpg-error|lz4|cap|bsd|md|stdc\+\+|gcc_s|EGL|GL|GLX|OpenGL|GLdispatch|drm"
    r"|wayland-\w+|cups|gssapi_krb5|krb5|krb5support|k5crypto|keyutils|com_err|uuid)\.so(\.|$)"
)


def _bundled(path: Path, root: Path) -> bool:
    skipped = SKIPPED_PARTS & set(path.relative_to(root).parts) or path.suffix in SKIPPED_SUFFIXES
    return not skipped and path.is_file()


def data_folders(root: Path) -> list[tuple[Path, str]]:
    """(source file, destination folder in the bundle) for every data file, walking the folders whole."""
    pairs: list[tuple[Path, str]] = []
    for folder, dest in DATA_FOLDERS:
        base = root / folder
        for path in sorted(base.rglob("*")):
            if _bundled(path, root):
                pairs.append((path, str(Path(dest) / path.relative_to(base).parent)))
    for name, dest in DATA_FILES:
        pairs.append((root / name, dest))
    return pairs


def opencc_share_dir() -> Path:
    import opencc

    return Path(opencc.__file__).resolve().parent / "clib" / "share" / "opencc"


def opencc_problems(share: Path) -> list[str]:
    """Each config we use must exist with every dictionary file it names."""
    problems = []
    for config in OPENCC_CONFIGS:
        path = share / config
        if not path.is_file():
            problems.append(f"OpenCC config missing: {path} (is the official `opencc` wheel installed?)")
            continue
        for name in set(re.findall(r'"file"\s*:\s*"([^"]+)"', path.read_text(encoding="utf-8"))):
            if not (share / name).is_file():
                problems.append(f"OpenCC dictionary {name} (named by {config}) missing in {share}")
    return problems


def check_sources(root: Path) -> list[str]:
    """Everything the bundle must contain, checked in the checkout and the build environment before building."""
    problems = [f"missing {root / rel}" for rel in REQUIRED_FILES if not (root / rel).is_file()]
    for folder, pattern, what in REQUIRED_GLOBS:
        if not list((root / folder).glob(pattern)):
            problems.append(f"no {pattern} in {root / folder}: {what}")
    for ts in sorted((root / "assets" / "i18n").glob("*.ts")):
        if not ts.with_suffix(".qm").is_file():
            problems.append(f"{ts} has no compiled {ts.with_suffix('.qm').name} (run pyside6-lrelease)")
    for path in (root / "assets").rglob("*.json"):
        try:
            json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            problems.append(f"{path}: not valid JSON ({exc})")
    try:
        problems += opencc_problems(opencc_share_dir())
    except ImportError:
        problems.append("the `opencc` package is not installed in the build environment")
    try:
        from PySide6.QtCore import QLibraryInfo

        qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        for lang in QT_LANGUAGES[1:]:  # qtbase_en.qm is optional: English needs no translation
            if not (qt_translations / f"qtbase_{lang}.qm").is_file():
                problems.append(f"Qt translation qtbase_{lang}.qm missing in {qt_translations}")
    except ImportError:
        problems.append("PySide6 is not installed in the build environment")
    return problems


def keep_data(dest: str) -> bool:
    """Filter for Analysis.datas (destination names, '/'-separated on every platform once normalized)."""
    dest = dest.replace("\\", "/")
    if dest.startswith("opencc/"):
        return dest.startswith(OPENCC_BUNDLE_DIR + "/")  # not the wheel's static libs, headers, cmake files
    if "/Qt/translations/" in dest or dest.startswith("PySide6/translations/"):
        name = dest.rsplit("/", 1)[-1]
        return name in {f"qtbase_{lang}.qm" for lang in QT_LANGUAGES}
    return "/Qt/qml/" not in dest


def keep_binary(dest: str, linux: bool = False) -> bool:
    """Filter for Analysis.binaries: drop unused Qt plugins, the Qt libraries only they need, and (on Linux)
    the desktop's own libraries, which the .deb depends on instead of shipping the build machine's copies."""
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if dest.startswith(("opencc/clib/bin/", "opencc/clib/lib")):
        return False  # the wheel's command-line tools and static libraries; the binding is opencc/clib/opencc_clib*
    if "/plugins/" in dest:
        folder = dest.split("/plugins/", 1)[1].split("/", 1)[0]
        if folder in QT_PLUGIN_DIRS_EXCLUDED:
            return False
        if folder == "platforms":
            return name in QT_PLATFORMS_KEPT
        if folder == "imageformats":
            return any(kept in name for kept in QT_IMAGEFORMATS_KEPT)
        if folder == "platformthemes":
            return not any(theme in name for theme in QT_PLATFORMTHEMES_EXCLUDED)
    if QT_LIBRARIES_EXCLUDED.search(name):
        return False
    return not (linux and "/" not in dest and LINUX_SYSTEM_LIBRARIES.match(name))


def bundle_problems(datas: list[tuple[str, ...]]) -> list[str]:
    """After trimming: the bundle's data list still holds every required file (destination names)."""
    dests = {str(Path(entry[0]).as_posix()) for entry in datas}
    wanted = [rel for rel in REQUIRED_FILES if rel != "pyproject.toml"] + ["pyproject.toml"]
    wanted += [f"{OPENCC_BUNDLE_DIR}/{config}" for config in OPENCC_CONFIGS]
    problems = [f"not in the bundle: {rel}" for rel in wanted if rel not in dests]
    for lang in QT_LANGUAGES[1:]:  # PySide6/Qt/translations (Linux, macOS) or PySide6/translations (Windows)
        if not dests & {f"PySide6/Qt/translations/qtbase_{lang}.qm", f"PySide6/translations/qtbase_{lang}.qm"}:
            problems.append(f"not in the bundle: Qt's qtbase_{lang}.qm")
    return problems
