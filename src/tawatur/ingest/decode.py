"""Bytes to text, and the checks that turn bad input into a clear reason instead of garbage.

Arabic sites still serve windows-1256, so a file that is not UTF-8 is tried as windows-1256 (kept
only when the result reads as Arabic), then charset-normalizer guesses. The encoding used is reported
so a user can audit it. Newlines are normalised to ``\\n`` and nothing else is changed: every offset
downstream points into this text.
"""
from __future__ import annotations

import re

_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u0750-\u077f"
                            "\u08a0-\u08c9\ufb50-\ufdfb\ufe70-\ufefc]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
_LETTER = re.compile(r"[^\W\d_]")
# C0/C1 control characters other than tab, newline, vertical tab, form feed and carriage return.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_ESCAPED = re.compile("[\udc80-\udcff]")  # the bytes ``errors="surrogateescape"`` could not decode


class IngestError(ValueError):
    """An input that cannot become an article; ``str(exc)`` is the reason shown to the user."""


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF: the one change allowed between what was received and ``raw``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


LETTERS_PER_CONTROL = 10  # text with a few stray control characters has many more letters than them


def _binary(text: str) -> bool:
    """Whether decoded bytes are binary: more than 1% control characters, unless letters outnumber them
    tenfold (a short report with a stray \x01 or two pasted in is text: random bytes read as
    windows-1256 give about three letters a control character)."""
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample))
    if controls <= 0.01 * len(sample):
        return False
    return len(_LETTER.findall(sample)) < LETTERS_PER_CONTROL * controls


def _arabic_ratio(text: str) -> float:
    sample = text[:20000]
    letters = len(_LETTER.findall(sample))
    return len(_ARABIC_LETTER.findall(sample)) / letters if letters else 0.0


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` to text; returns (text, encoding). Raises :class:`IngestError` with a reason.

    Refuses empty and binary input (NUL bytes outside UTF-16, or many control characters).
    """
    if not data.strip():
        raise IngestError("empty input")
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # before UTF-16: same first bytes
        try:
            return _checked(normalize_newlines(data.decode("utf-32")), "utf-32")
        except UnicodeDecodeError:
            pass  # UTF-16 whose first character is NUL; read as that below
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(normalize_newlines(data.decode("utf-16")), "utf-16")
        except UnicodeDecodeError as exc:
            raise IngestError(f"binary or corrupt UTF-16 input ({exc.reason})") from exc
    if b"\x00" in data[:65536]:
        unmarked = _utf16_without_bom(data)
        if unmarked is not None:
            return unmarked
    try:
        return _without_nul(normalize_newlines(data.decode("utf-8-sig")))
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:65536]:
        raise IngestError("binary input (contains NUL bytes), not text")
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
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


def _without_nul(text: str) -> tuple[str, str]:
    """Valid UTF-8 text with a few NUL characters (a bad copy, a C string pasted in) is text: each NUL
    becomes U+FFFD, one for one so offsets hold, as a NUL in a JSON string does, and the encoding
    says where. Binary files are not valid UTF-8, or NUL is more than one character in 20."""
    if "\x00" not in text:
        return _checked(text, "utf-8")
    nuls = [m.start() for m in re.finditer("\x00", text)]
    if len(nuls) * 20 > len(text) or not _LETTER.search(text[:20000]):
        raise IngestError("binary input (contains NUL bytes), not text")
    lines = sorted({text.count("\n", 0, pos) + 1 for pos in nuls[:1000]})
    shown = ", ".join(map(str, lines[:10])) + (", ..." if len(lines) > 10 else "")
    return _checked(text.replace("\x00", "\ufffd"),
                    f"utf-8 ({len(nuls)} NUL character(s) replaced by U+FFFD on line(s) {shown})")


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a byte-order mark (some Windows editors and exports): Arabic and ASCII
    text then has NUL bytes or the 0x06 high byte on one side of nearly every pair. The byte order
    is the side where they sit; the text is kept only if it decodes and has letters."""
    sample = data[:65536]
    if len(data) % 2 or len(sample) < 4:
        return None
    high_even = sum(1 for b in sample[0::2] if b in (0, 6))
    high_odd = sum(1 for b in sample[1::2] if b in (0, 6))
    pairs = len(sample) // 2
    if max(high_even, high_odd) < 0.9 * pairs or min(high_even, high_odd) > 0.5 * pairs:
        return None
    codec = "utf-16-be" if high_even > high_odd else "utf-16-le"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if not _LETTER.search(text[:20000]):
        return None
    return _checked(normalize_newlines(text), f"{codec} (no byte-order mark)")


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 text with a few invalid bytes (a cut download, one corrupt record): the bad bytes become
    U+FFFD and the encoding says where, instead of the whole file turning into windows-1256 mojibake.

    "Mostly" means at most one invalid byte in 20 of the non-ASCII bytes, and at least as many valid
    multi-byte characters as invalid bytes: windows-1256 Arabic is almost all invalid as UTF-8."""
    text = data.decode("utf-8-sig", errors="surrogateescape")
    bad = [m.start() for m in _ESCAPED.finditer(text)]
    non_ascii = sum(1 for ch in text if ord(ch) > 127)  # valid characters plus escaped bytes
    valid = non_ascii - len(bad)
    if not bad or valid < len(bad) or len(bad) * 20 > non_ascii:
        return None
    lines = sorted({text.count("\n", 0, pos) + 1 for pos in bad[:1000]})
    shown = ", ".join(map(str, lines[:10])) + (", ..." if len(lines) > 10 else "")
    fixed = _ESCAPED.sub("\ufffd", text)
    return _checked(normalize_newlines(fixed),
                    f"utf-8 ({len(bad)} invalid byte(s) replaced by U+FFFD on line(s) {shown})")


def _checked(text: str, encoding: str) -> tuple[str, str]:
    if not text.strip():
        raise IngestError("empty input (only whitespace)")
    if _binary(text):
        raise IngestError("binary input (control characters), not text")
    return text, encoding


def detect_language(text: str) -> str:
    """"ar", "en" or "other" by the script of the letters (Arabic vs Latin), a cheap sure test."""
    sample = text[:50000]
    letters = len(_LETTER.findall(sample))
    if not letters:
        return "other"
    if len(_ARABIC_LETTER.findall(sample)) / letters >= 0.5:
        return "ar"
    if len(_LATIN_LETTER.findall(sample)) / letters >= 0.5:
        return "en"
    return "other"
