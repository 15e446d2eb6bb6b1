"""The teacher PIN: set on first entry, kept only as a salted scrypt hash in the settings table."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from quizapp.errors import QuizappError

SETTING_KEY = "teacher/pin"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES = 16
KEY_BYTES = 32
MIN_PIN_LENGTH = 4


class PinError(QuizappError):
    """A PIN that cannot be set (too short) or a stored hash that cannot be read."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$salt$key`` (base64 parts): parameters travel with the hash, so they can be raised later."""
    if len(pin) < MIN_PIN_LENGTH:
        raise PinError(f"a PIN needs at least {MIN_PIN_LENGTH} characters")
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    key = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=KEY_BYTES)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(key)}"


def verify_pin(pin: str, encoded: str) -> bool:
    """Whether ``pin`` matches the encoded hash (constant-time comparison of the derived keys)."""
    try:
        scheme, n, r, p, salt, key = encoded.split("$")
        if scheme != "scrypt":
            raise ValueError(scheme)
        salt_bytes, key_bytes = base64.b64decode(salt, validate=True), base64.b64decode(key, validate=True)
        n_value, r_value, p_value = int(n), int(r), int(p)
    except (ValueError, TypeError, AttributeError):
        raise PinError("the stored teacher PIN is unreadable; reset it with `quizapp db` tools") from None
    derived = hashlib.scrypt(pin.encode("utf-8"), salt=salt_bytes, n=n_value, r=r_value, p=p_value,
                             dklen=len(key_bytes), maxmem=256 * 1024 * 1024)
    return hmac.compare_digest(derived, key_bytes)


def has_pin(session) -> bool:
    from quizapp.store import crud

    return bool(crud.get_setting(session, key=SETTING_KEY))


def set_pin(session, pin: str) -> None:
    """Store the hash of a new PIN (never the PIN itself)."""
    from quizapp.store import crud

    crud.set_setting(session, key=SETTING_KEY, value=hash_pin(pin))


def check_pin(session, pin: str) -> bool:
    from quizapp.store import crud

    encoded = crud.get_setting(session, key=SETTING_KEY)
    return bool(encoded) and verify_pin(pin, encoded)


class TeacherMode:
    """Student mode until a PIN is entered; ``lock`` returns to student mode in one call.

    The first ``unlock`` on a computer with no PIN sets it (the caller asks for it twice).
    """

    def __init__(self, session_factory) -> None:
        self.session_factory = session_factory
        self.unlocked = False

    def needs_new_pin(self) -> bool:
        with self.session_factory() as session:
            return not has_pin(session)

    def set_first_pin(self, pin: str) -> None:
        with self.session_factory() as session:
            if has_pin(session):
                raise PinError("a teacher PIN is already set")
            set_pin(session, pin)
        self.unlocked = True

    def unlock(self, pin: str) -> bool:
        with self.session_factory() as session:
            self.unlocked = check_pin(session, pin)
        return self.unlocked

    def change_pin(self, old: str, new: str) -> bool:
        with self.session_factory() as session:
            if not check_pin(session, old):
                return False
            set_pin(session, new)
        return True

    def lock(self) -> None:
        self.unlocked = False

    def require(self) -> None:
        """Raise unless in teacher mode (guards the editor and the answer keys)."""
        if not self.unlocked:
            raise PinError("this needs teacher mode: enter the teacher PIN")
