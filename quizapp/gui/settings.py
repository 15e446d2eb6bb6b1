"""Every QSettings-backed setting declared once, with its type and default (a typed registry, Picard style)."""

from __future__ import annotations

from dataclasses import dataclass, field

from quizapp.gui.qt import QByteArray, QSettings

LANGUAGES = ("en", "zh_CN", "zh_TW")
SCRIPTS = ("hans", "hant", "tw", "hk")
QUIZ_MODES = ("practice", "exam")


@dataclass(frozen=True)
class Setting:
    """One setting: its QSettings key, Python type, default, and (optionally) the values allowed."""

    key: str
    kind: type
    default: object
    choices: tuple = field(default=())


REGISTRY: dict[str, Setting] = {}


def declare(key: str, kind: type, default: object, choices: tuple = ()) -> Setting:
    if key in REGISTRY:
        raise ValueError(f"setting {key!r} declared twice")
    setting = Setting(key, kind, default, choices)
    REGISTRY[key] = setting
    return setting


LANGUAGE = declare("interface/language", str, "", ("", *LANGUAGES))  # "" follows the system locale
SCRIPT = declare("content/script", str, "", ("", *SCRIPTS))  # "" follows the interface language
ZOOM = declare("view/zoom", int, 100)  # percent of the system font size
MAIN_GEOMETRY = declare("window/main_geometry", bytes, b"")
MAIN_STATE = declare("window/main_state", bytes, b"")
READER_GEOMETRY = declare("window/reader_geometry", bytes, b"")
READER_SPLITTER = declare("window/reader_splitter", bytes, b"")
TIMELINE_GEOMETRY = declare("window/timeline_geometry", bytes, b"")
LAST_STUDENT = declare("home/last_student", str, "")
STUDENTS = declare("home/students", list, [])  # names typed before a database existed (merged into the picker)
LAST_BANK = declare("home/last_bank", str, "")
QUIZ_MODE = declare("quiz/mode", str, "practice", QUIZ_MODES)
QUIZ_LENGTH = declare("quiz/length", int, 20)
EXAM_MINUTES = declare("quiz/exam_minutes", int, 0)  # 0 = no time limit
QUIZ_TYPES = declare("quiz/types", list, [])  # question types left out (empty: every type)
QUIZ_DIFFICULTIES = declare("quiz/difficulties_off", list, [])  # difficulty levels left out
QUIZ_SHUFFLE = declare("quiz/shuffle", bool, True)

ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 50, 300, 10


class Settings:
    """Typed access to the registry's settings; a bad stored value reads back as the default."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings if qsettings is not None else QSettings()

    @classmethod
    def from_file(cls, path: str) -> Settings:
        return cls(QSettings(path, QSettings.Format.IniFormat))

    def get(self, setting: Setting):
        raw = self.qsettings.value(setting.key)
        if raw is None:
            return setting.default
        try:
            value = self._coerce(setting, raw)
        except (TypeError, ValueError):
            return setting.default
        if setting.choices and value not in setting.choices:
            return setting.default
        return value

    def set(self, setting: Setting, value) -> None:
        if REGISTRY.get(setting.key) is not setting:
            raise KeyError(f"undeclared setting {setting.key!r}")
        if setting.choices and value not in setting.choices:
            raise ValueError(f"{setting.key}: {value!r} is not one of {setting.choices}")
        if setting.kind is bytes:
            value = QByteArray(bytes(value))
        self.qsettings.setValue(setting.key, value)

    def sync(self) -> None:
        self.qsettings.sync()

    @staticmethod
    def _coerce(setting: Setting, raw):
        if setting.kind is bytes:
            return bytes(raw.data()) if isinstance(raw, QByteArray) else bytes(raw)
        if setting.kind is bool:
            return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
        if setting.kind is list:
            if isinstance(raw, str):
                return [raw] if raw else []
            return [str(item) for item in raw]
        return setting.kind(raw)
