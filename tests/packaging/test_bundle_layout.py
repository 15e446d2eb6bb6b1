"""packaging/bundle_layout.py: what the frozen app collects and trims (fast checks, no PyInstaller build)."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
_spec = importlib.util.spec_from_file_location("bundle_layout", PACKAGING / "bundle_layout.py")
layout = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(layout)


def _collected(root: Path) -> set[str]:
    """Bundle paths (dest folder / file name) of everything data_folders collects."""
    return {(Path(dest) / src.name).as_posix().removeprefix("./") for src, dest in layout.data_folders(root)}


def _tracked_files(folder: str) -> list[Path]:
    skipped = layout.SKIPPED_PARTS
    return [p for p in (ROOT / folder).rglob("*")
            if p.is_file() and not skipped & set(p.parts) and p.suffix not in layout.SKIPPED_SUFFIXES]


@pytest.mark.parametrize("folder", ["assets", "questions", "quizapp/store/migrations"])
def test_every_file_of_each_data_folder_is_collected(folder):
    collected = _collected(ROOT)
    files = _tracked_files(folder)
    missing = [p.relative_to(ROOT).as_posix() for p in files if p.relative_to(ROOT).as_posix() not in collected]
    assert not missing


def test_every_asset_subfolder_is_in_the_bundle():
    collected_dirs = {str(Path(dest).as_posix()) for _src, dest in layout.data_folders(ROOT)}
    for sub in (p for p in (ROOT / "assets").iterdir() if p.is_dir() and any(p.iterdir())):
        assert f"assets/{sub.name}" in collected_dirs or any(d.startswith(f"assets/{sub.name}/") for d in collected_dirs)


def test_migrations_are_collected_as_source_files_with_version_and_pyproject():
    collected = _collected(ROOT)
    assert "quizapp/store/migrations/env.py" in collected
    versions = sorted(p.name for p in (ROOT / "quizapp/store/migrations/versions").glob("*.py"))
    assert versions and all(f"quizapp/store/migrations/versions/{name}" in collected for name in versions)
    assert "pyproject.toml" in collected


def test_new_files_are_picked_up_and_caches_skipped(tmp_path):
    for rel in ("assets/new_kind/table.csv", "assets/i18n/quizapp_zh_CN.qm", "assets/i18n/quizapp_zh_CN.ts",
                "questions/second.json", "quizapp/store/migrations/versions/0099_later.py",
                "quizapp/store/migrations/__pycache__/env.cpython-311.pyc", "pyproject.toml"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    collected = _collected(tmp_path)
    assert {"assets/new_kind/table.csv", "assets/i18n/quizapp_zh_CN.qm", "questions/second.json",
            "quizapp/store/migrations/versions/0099_later.py"} <= collected
    assert not any(name.endswith((".pyc", ".ts")) for name in collected)


def test_check_sources_names_each_missing_piece(tmp_path):
    problems = "\n".join(layout.check_sources(tmp_path))
    for rel in layout.REQUIRED_FILES:
        assert str(tmp_path / rel) in problems
    assert "questions" in problems and "versions" in problems


def test_check_sources_flags_untranslated_ts_and_broken_json(tmp_path):
    (tmp_path / "assets/i18n").mkdir(parents=True)
    (tmp_path / "assets/i18n/quizapp_zh_TW.ts").write_text("<TS/>", encoding="utf-8")
    (tmp_path / "assets/glossary.json").write_text("{oops", encoding="utf-8")
    problems = "\n".join(layout.check_sources(tmp_path))
    assert "quizapp_zh_TW.qm" in problems
    assert "glossary.json: not valid JSON" in problems


def test_the_checkout_and_build_environment_pass_except_generated_banks():
    # questions/*.json are made by `quizapp generate`; a checkout may predate them (the build then fails)
    problems = [p for p in layout.check_sources(ROOT) if "questions" not in p]
    assert problems == []


def test_opencc_check_reads_the_dictionaries_a_config_names(tmp_path):
    shutil.copy(layout.opencc_share_dir() / "t2s.json", tmp_path / "t2s.json")
    problems = layout.opencc_problems(tmp_path)
    named = json.loads((tmp_path / "t2s.json").read_text(encoding="utf-8"))
    assert any("t2s.json" in p and ".ocd2" in p for p in problems)
    assert any("s2hk.json" in p and "missing" in p for p in problems)
    assert named["conversion_chain"]  # the config really names dictionaries
    assert layout.opencc_problems(layout.opencc_share_dir()) == []


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),  # Chinese input
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),  # printing / PDF stays possible
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ("PySide6/Qt/lib/libQt6Qml.so.6", False),
    ("PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6", False),
    ("libQt6WaylandClient.so.6", False),
    ("PySide6/Qt/lib/libQt6PrintSupport.so.6", True),
    ("PySide6/Qt/lib/libQt6Svg.so.6", True),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("opencc/clib/opencc_clib.cpython-311-x86_64-linux-gnu.so", True),
    ("opencc/clib/bin/opencc_dict", False),
])
def test_binary_trimming(dest, kept):
    assert layout.keep_binary(dest) is kept


@pytest.mark.parametrize(("dest", "kept_on_linux"), [
    ("libxcb-cursor.so.0", False), ("libX11.so.6", False), ("libfontconfig.so.1", False),
    ("libstdc++.so.6", False), ("libglib-2.0.so.0", False), ("libdbus-1.so.3", False),
    ("libpython3.11.so.1.0", True), ("libssl.so.3", True), ("libsqlite3.so.0", True), ("libffi.so.8", True),
    ("PySide6/Qt/lib/libicudata.so.73", True),
])
def test_linux_leaves_desktop_libraries_to_the_system(dest, kept_on_linux):
    assert layout.keep_binary(dest, linux=True) is kept_on_linux
    assert layout.keep_binary(dest, linux=False) is True


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
    ("PySide6/Qt/translations/qtbase_zh_TW.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qt_zh_CN.qm", False),
    ("PySide6/Qt/translations/assistant_zh_CN.qm", False),
    ("opencc/clib/share/opencc/t2s.json", True),
    ("opencc/clib/include/opencc/opencc.h", False),
    ("opencc/clib/lib64/libopencc.a", False),
    ("assets/eras.csv", True),
])
def test_data_trimming(dest, kept):
    assert layout.keep_data(dest) is kept


def test_bundle_problems_lists_required_files_absent_from_the_data_list():
    datas = [(dest, "src", "DATA") for dest in ("assets/eras.csv", "pyproject.toml")]
    problems = "\n".join(layout.bundle_problems(datas))
    assert "assets/eras.csv" not in problems
    assert "opencc/clib/share/opencc/s2tw.json" in problems
    assert "qtbase_zh_TW.qm" in problems
    windows_layout = [(f"PySide6/translations/qtbase_{lang}.qm", "src", "DATA") for lang in ("zh_CN", "zh_TW")]
    assert "qtbase" not in "\n".join(layout.bundle_problems(datas + windows_layout))


def test_spec_and_entry_point_compile():
    compile((PACKAGING / "quizapp.spec").read_text(encoding="utf-8"), "quizapp.spec", "exec")
    compile((PACKAGING / "quizapp_entry.py").read_text(encoding="utf-8"), "quizapp_entry.py", "exec")


def _depends() -> str:
    control = (PACKAGING / "deb" / "control.in").read_text(encoding="utf-8")
    return re.search(r"^Depends: (.*)$", control, re.M).group(1)


def test_deb_depends_on_what_the_app_tells_users_to_install():
    from quizapp.gui.app import BASE_PACKAGES

    depends = {alt.strip().split()[0] for item in _depends().split(",") for alt in item.split("|")}
    assert set(BASE_PACKAGES) <= depends


# Debian names that do not follow the soname rule of quizapp.gui.app.package_for_soname
DEBIAN_NAMES = {"libglib-2.0-0": "libglib2.0-0", "libgthread-2.0-0": "libglib2.0-0", "libgcc_s1": "libgcc-s1"}


@pytest.mark.skipif(shutil.which("readelf") is None, reason="readelf (binutils) is not installed")
def test_deb_depends_cover_every_system_library_the_kept_qt_binaries_link():
    import PySide6

    from quizapp.gui.app import package_for_soname

    pyside = Path(PySide6.__file__).parent
    if not (pyside / "Qt" / "plugins" / "platforms" / "libqxcb.so").exists():
        pytest.skip("this PySide6 has no xcb plugin (not Linux)")
    kept = [p for p in [*(pyside / "Qt" / "plugins").rglob("*.so"), *(pyside / "Qt" / "lib").glob("*.so*"),
                        *pyside.glob("*.abi3.so")]
            if layout.keep_binary(p.relative_to(pyside.parent).as_posix(), linux=True)
            and p.stem.split(".")[0] not in {"QtDesigner", "QtHelp", "QtUiTools"}]
    needed = set()
    for path in kept:
        dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=True).stdout
        needed |= set(re.findall(r"\(NEEDED\).*\[(.+)\]", dynamic))
    control = (PACKAGING / "deb" / "control.in").read_text(encoding="utf-8")
    listed = {alt.strip().split()[0] for field in ("Depends", "Recommends")
              for item in re.search(rf"^{field}: (.*)$", control, re.M).group(1).split(",") for alt in item.split("|")}
    system = sorted(n for n in needed if layout.LINUX_SYSTEM_LIBRARIES.match(n))
    assert "libxcb-cursor.so.0" in system  # the xcb plugin is among the kept binaries
    missing = [n for n in system if DEBIAN_NAMES.get(package_for_soname(n), package_for_soname(n)) not in listed]
    assert missing == []


def test_desktop_entry_runs_the_installed_program_with_the_bundled_icon():
    entry = (PACKAGING / "deb" / "quizapp.desktop").read_text(encoding="utf-8")
    assert re.search(r"^Exec=/opt/quizapp/quizapp gui$", entry, re.M)
    assert re.search(r"^Icon=quizapp$", entry, re.M)
    assert (ROOT / "assets" / "icons" / "quizapp.png").is_file()
    assert "Terminal=false" in entry
