"""Bytes to text, and the checks that turn bad input into a clear reason instead of garbage.

Arabic sites still serve windows-1256, so a file that is not UTF-8 is tried as windows-1256 (kept
only when the result reads as Arabic), then charset-normalizer guesses. The encoding used is reported
so a user can audit it. Newlines are normalised to ``\\n`` and nothing else is changed: every offset
downstream points into this text.
"""
from __future__ import annotations

import re
import unicodedata

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}


class IngestError(ValueError):
    """An input that cannot become an article; ``str(exc)`` is the reason shown to the user."""


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF: the one change allowed between what was received and ``raw``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:20000]
    bad = sum(1 for c in sample if c not in _ALLOWED_CONTROLS and unicodedata.category(c) == "Cc")
    return bad / len(sample)


def _arabic_ratio(text: str) -> float:
    letters = [c for c in text[:20000] if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if _ARABIC.match(c)) / len(letters)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` to text; returns (text, encoding). Raises :class:`IngestError` with a reason.

    Refuses empty and binary input (NUL bytes outside UTF-16, or many control characters).
    """
    if not data.strip():
        raise IngestError("empty input")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(normalize_newlines(data.decode("utf-16")), "utf-16")
        except UnicodeDecodeError as exc:
            raise IngestError(f"binary or corrupt UTF-16 input ({exc.reason})") from exc
    if b"\x00" in data[:65536]:
        raise IngestError("binary input (contains NUL bytes), not text")
    try:
        return _checked(normalize_newlines(data.decode("utf-8-sig")), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("windows-1256")
        if _arabic_ratio(text) >= 0.5:
            return _checked(normalize_newlines(text), "windows-1256")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise IngestError("not text: no character encoding fits (not UTF-8, not windows-1256)")
    return _checked(normalize_newlines(str(best)), best.encoding)


def _checked(text: str, encoding: str) -> tuple[str, str]:
    if not text.strip():
        raise IngestError("empty input (only whitespace)")
    if _control_ratio(text) > 0.01:
        raise IngestError("binary input (control characters), not text")
    return text, encoding


def detect_language(text: str) -> str:
    """"ar", "en" or "other" by the script of the letters (Arabic vs Latin), a cheap sure test."""
    letters = [c for c in text[:50000] if c.isalpha()]
    if not letters:
        return "other"
    arabic = sum(1 for c in letters if _ARABIC.match(c))
    latin = sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f")
    if arabic / len(letters) >= 0.5:
        return "ar"
    if latin / len(letters) >= 0.5:
        return "en"
    return "other"
