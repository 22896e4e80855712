"""Turn the bytes of an imported plain-text file into text, whatever encoding it came in.

News files reach researchers as UTF-8, UTF-16 from Windows tools, or legacy single-byte code pages
(Windows-1251, KOI8-R, Windows-1252, ...). Guessing wrong silently corrupts every later annotation
offset, so this module decodes strictly, refuses binary files and says why it could not decode.
The common case (valid UTF-8) never calls the statistical detector.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

# Legacy encodings we consider, in order of preference when several decode to the same text.
LEGACY_CANDIDATES: tuple[str, ...] = (
    "cp1252",
    "cp1251",
    "iso8859_15",
    "latin_1",
    "koi8_r",
    "cp1250",
    "iso8859_2",
)

# Longest first: the UTF-32 LE BOM starts with the UTF-16 LE BOM.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_ALLOWED_CONTROL_BYTES = b"\t\n\r\f"
_DISALLOWED_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in _ALLOWED_CONTROL_BYTES)
_MAX_CONTROL_SHARE = 0.05  # share of disallowed C0 bytes above which a file counts as binary
_MIN_UTF16_NUL_SHARE = 0.30  # share of NULs among the even or the odd bytes of BOM-less UTF-16
_MIN_UTF16_NUL_SHARE_ONE_SCRIPT = 0.05  # ... enough when the other high bytes are all alike
_MIN_ONE_SCRIPT_HIGH_BYTE_SHARE = 0.95  # share of high bytes taken by their 3 commonest values
_MAX_UNPRINTABLE_SHARE = 0.05  # share of control/unassigned characters tolerated in UTF-16 text
_MAX_MIXED_SCRIPT_WORD_SHARE = 0.02  # Latin+Cyrillic words tolerated (stray homoglyph typos)
_MAX_NON_ASCII_LATIN_SHARE = 0.5  # above this, Latin letters look like a mis-decoded script

_C1_CONTROL = re.compile("[\u0080-\u009f]")
_WORD = re.compile(r"[^\W\d_]+")
_NON_ASCII_LATIN_LETTER = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")
# Symbols that real words never contain but mis-decoded letters become ("Wiadomo¶ci", "Gra¿yna",
# box drawing from KOI8-R), and the currency sign "¤": ISO 8859-15's euro read as Latin-1.
_SYMBOL_INSIDE_WORD = re.compile(
    "(?<=[^\\W\\d_])[\u00a1-\u00a9\u00ab\u00ac\u00ae-\u00b4\u00b6\u00b8-\u00b9\u00bb-\u00bf"
    "\u2500-\u25ff](?=[^\\W\\d_])|\u00a4"
)


@dataclass(frozen=True)
class DecodedText:
    """Decoded file content; ``data.decode(encoding)`` reproduces ``text`` exactly."""

    text: str  # BOM removed, otherwise unchanged (line ends are left alone)
    encoding: str  # Python codec name actually used
    had_bom: bool


class UndecodableError(ValueError):
    """The bytes are not text we can decode; the message is a short human-readable reason."""


def decode_text(data: bytes) -> DecodedText:
    """Decode imported file bytes, or raise UndecodableError with a short reason."""
    if not data:
        raise UndecodableError("empty file")
    decoded = _decode_with_bom(data)
    if decoded is None:
        decoded = _decode_without_bom(data)
    _require_some_text(decoded.text)
    return decoded


def normalize_newlines(text: str) -> str:
    """Turn CRLF and lone CR into LF; change nothing else."""
    if "\r" not in text:  # the usual case, found with one memchr instead of two copies
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def strip_bom(text: str) -> str:
    """Drop one leading U+FEFF (byte order mark), if present."""
    return text[1:] if text.startswith("\ufeff") else text


def _decode_with_bom(data: bytes) -> DecodedText | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise UndecodableError(
                    f"invalid {encoding} text after its byte order mark"
                ) from error
            return DecodedText(text=text, encoding=encoding, had_bom=True)
    return None


def _decode_without_bom(data: bytes) -> DecodedText:
    if b"\x00" in data:
        utf16 = _decode_bomless_utf16(data)
        if utf16 is None:
            raise UndecodableError("binary file, not text")
        return utf16
    control_bytes = len(data) - len(data.translate(None, _DISALLOWED_CONTROL_BYTES))
    if control_bytes > _MAX_CONTROL_SHARE * len(data):
        raise UndecodableError("binary file, not text")
    try:
        return DecodedText(text=data.decode("utf-8"), encoding="utf-8", had_bom=False)
    except UnicodeDecodeError:
        return _decode_legacy(data)


def _decode_bomless_utf16(data: bytes) -> DecodedText | None:
    """Accept UTF-16 without BOM only when it is unmistakable: text-like high bytes, clean text."""
    if len(data) % 2:
        return None
    high_bytes_by_encoding = {"utf-16-le": data[1::2], "utf-16-be": data[0::2]}
    by_nul_count = sorted(
        high_bytes_by_encoding.items(), key=lambda item: item[1].count(0), reverse=True
    )
    for encoding, high_bytes in by_nul_count:
        if not _looks_like_utf16_high_bytes(high_bytes):
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _unprintable_share(text) <= _MAX_UNPRINTABLE_SHARE:
            return DecodedText(text=text, encoding=encoding, had_bom=False)
    return None


def _looks_like_utf16_high_bytes(high_bytes: bytes) -> bool:
    nul_share = high_bytes.count(0) / len(high_bytes)
    if nul_share >= _MIN_UTF16_NUL_SHARE:  # mostly Latin text
        return True
    if nul_share < _MIN_UTF16_NUL_SHARE_ONE_SCRIPT:
        return False
    # Text in one non-Latin script: high bytes take one or two values (0x04 for Cyrillic), plus
    # NUL for the ASCII spaces, digits and punctuation in between.
    counts = sorted((high_bytes.count(value) for value in set(high_bytes)), reverse=True)
    return sum(counts[:3]) >= _MIN_ONE_SCRIPT_HIGH_BYTE_SHARE * len(high_bytes)


def _unprintable_share(text: str) -> float:
    """Share of control, private-use and unassigned characters (tabs and line ends are fine)."""
    unprintable_chars = [
        char
        for char in set(text)
        if char not in "\t\n\r\f" and unicodedata.category(char) in ("Cc", "Cn", "Co", "Cs")
    ]
    return sum(text.count(char) for char in unprintable_chars) / len(text)


def _decode_legacy(data: bytes) -> DecodedText:
    """Pick a single-byte code page: detector ranking, vetted by our own plausibility checks."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data, cp_isolation=list(LEGACY_CANDIDATES), preemptive_behaviour=False)
    ranked: list[tuple[tuple[bool, int, float, float, int], str, str]] = []
    for match in matches:
        decoding = _preferred_plausible_decoding(data, set(match.could_be_from_charset))
        if decoding is None:
            continue
        encoding, text = decoding
        # The detector's scores tie on short texts; then our own preference order decides.
        rank = (
            _looks_like_misdecoded_script(text),
            len(_SYMBOL_INSIDE_WORD.findall(text)),
            round(match.chaos, 2),
            -round(match.coherence, 2),
            LEGACY_CANDIDATES.index(encoding),
        )
        ranked.append((rank, encoding, text))
    if not ranked:
        raise UndecodableError("could not determine the text encoding")
    _, encoding, text = min(ranked)
    return DecodedText(text=text, encoding=encoding, had_bom=False)


def _preferred_plausible_decoding(data: bytes, encodings: set[str]) -> tuple[str, str] | None:
    """Decode with the most preferred of encodings that yields plausible text."""
    for encoding in LEGACY_CANDIDATES:
        if encoding not in encodings:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _is_plausible(text):
            return encoding, text
    return None


def _is_plausible(text: str) -> bool:
    if _C1_CONTROL.search(text):
        return False
    words = _WORD.findall(text)
    mixed_script_words = sum(
        1 for word in words if _LATIN_LETTER.search(word) and _CYRILLIC_LETTER.search(word)
    )
    return mixed_script_words <= _MAX_MIXED_SCRIPT_WORD_SHARE * len(words)


def _looks_like_misdecoded_script(text: str) -> bool:
    """Mostly accented Latin letters: typically Cyrillic bytes read with a Latin code page."""
    latin_letters = len(_LATIN_LETTER.findall(text))
    if latin_letters == 0:
        return False
    non_ascii = len(_NON_ASCII_LATIN_LETTER.findall(text))
    return non_ascii > _MAX_NON_ASCII_LATIN_SHARE * latin_letters


def _require_some_text(text: str) -> None:
    if not text:
        raise UndecodableError("empty file")
    if text.isspace():
        raise UndecodableError("no text (only whitespace)")
