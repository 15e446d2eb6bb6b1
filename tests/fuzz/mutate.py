"""Mutations of valid-looking input: insert, delete and duplicate chunks, splice in format tokens."""

from __future__ import annotations

from hypothesis import strategies as st


@st.composite
def mutated(draw, base: str, tokens: list[str], max_ops: int = 4) -> str:
    """``base`` after up to ``max_ops`` edits: insert a token or a slice of itself, delete or duplicate a chunk."""
    text = base
    for _ in range(draw(st.integers(0, max_ops))):
        op = draw(st.sampled_from(["insert", "insert_self", "delete", "duplicate", "truncate"]))
        at = draw(st.integers(0, len(text)))
        if op == "insert":
            text = text[:at] + draw(st.sampled_from(tokens)) + text[at:]
        elif op == "insert_self" and text:
            start = draw(st.integers(0, len(text) - 1))
            text = text[:at] + text[start:start + draw(st.integers(1, 40))] + text[at:]
        elif op == "delete" and text:
            text = text[:at] + text[at + draw(st.integers(1, 30)):]
        elif op == "duplicate" and text:
            chunk = text[at:at + draw(st.integers(1, 80))]
            text = text[:at] + chunk + chunk + text[at:]
        elif op == "truncate":
            text = text[:at]
    return text


@st.composite
def mutated_bytes(draw, base: bytes, max_ops: int = 3) -> bytes:
    """Byte-level damage on top of encoded text: invalid UTF-8, NUL, BOMs, cut multibyte sequences."""
    data = base
    junk = [b"\xff", b"\xc3", b"\xe4\xb8", b"\x00", b"\xef\xbb\xbf", b"\xfe\xff", b"\r", b"\x1b", b"\x7f",
            b"\xed\xa0\x80"]
    for _ in range(draw(st.integers(0, max_ops))):
        at = draw(st.integers(0, len(data)))
        if draw(st.booleans()):
            data = data[:at] + draw(st.sampled_from(junk)) + data[at:]
        else:
            data = data[:at] + data[at + draw(st.integers(1, 3)):]
    return data
