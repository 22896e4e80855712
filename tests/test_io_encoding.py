"""Decoding imported plain-text files: BOMs, UTF-16, legacy code pages, binary and empty files."""

from __future__ import annotations

import codecs
import random
import struct
import zlib
from types import SimpleNamespace

import charset_normalizer
import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.io.imports.encoding import (
    DecodedText,
    UndecodableError,
    decode_text,
    normalize_newlines,
    strip_bom,
)

ENGLISH = "The minister said on Tuesday that the budget would be cut by 3%.\nCritics disagreed."
RUSSIAN = (
    "Президент России заявил в среду, что правительство не намерено повышать налоги "
    "в следующем году. Об этом сообщает агентство «Интерфакс». По словам главы государства, "
    "экономика страны выросла на 3,6 процента."
)
RUSSIAN_KOI8 = (
    "Московская мэрия объявила о закрытии нескольких станций метро на выходные. "
    'Пассажиров просят заранее планировать поездки, сообщает "Коммерсантъ".'
)
FRENCH = (
    "Le maire de Lyon a annoncé jeudi la fermeture de la gare à partir de 22 h. "
    "« C’est un échec », déplore un commerçant… Le coût des travaux : 12 millions d’€. "
    "La réouverture reste prévue en été, précise la préfecture."
)
GERMAN = "Die Bürger äußerten große Sorge über die höheren Gebühren für die Straßenreinigung."
POLISH = (
    "Rząd przyjął w środę projekt ustawy o mediach. Źródła w ministerstwie podają, "
    "że żaden ślad porozumienia nie został jeszcze osiągnięty."
)


def decoded(text: str, encoding: str, had_bom: bool = False) -> DecodedText:
    return DecodedText(text=text, encoding=encoding, had_bom=had_bom)


@pytest.fixture
def detector_must_not_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("charset detector called for text that needs no detection")

    monkeypatch.setattr(charset_normalizer, "from_bytes", fail)


# --- Unicode, with and without BOM ---------------------------------------------------------------


def test_utf8_without_bom_is_decoded_without_the_detector(detector_must_not_run: None) -> None:
    assert decode_text(RUSSIAN.encode("utf-8")) == decoded(RUSSIAN, "utf-8")


def test_utf8_bom_is_dropped(detector_must_not_run: None) -> None:
    assert decode_text(codecs.BOM_UTF8 + FRENCH.encode("utf-8")) == decoded(
        FRENCH, "utf-8-sig", had_bom=True
    )


def test_monkeypatched_detector_really_guards_the_legacy_path(
    detector_must_not_run: None,
) -> None:
    with pytest.raises(AssertionError, match="detector called"):
        decode_text(RUSSIAN.encode("cp1251"))


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str, detector_must_not_run: None) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    assert decode_text(bom + RUSSIAN.encode(codec)) == decoded(RUSSIAN, "utf-16", had_bom=True)


def test_python_utf16_codec_output_with_bom(detector_must_not_run: None) -> None:
    assert decode_text(GERMAN.encode("utf-16")) == decoded(GERMAN, "utf-16", had_bom=True)


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_with_bom_is_not_mistaken_for_utf16(codec: str) -> None:
    bom = codecs.BOM_UTF32_LE if codec.endswith("le") else codecs.BOM_UTF32_BE
    text = ENGLISH + " Emoji survive: \U0001f4f0"
    assert decode_text(bom + text.encode(codec)) == decoded(text, "utf-32", had_bom=True)


def test_bomless_utf16_le_english_is_recognised(detector_must_not_run: None) -> None:
    assert decode_text(ENGLISH.encode("utf-16-le")) == decoded(ENGLISH, "utf-16-le")


def test_bomless_utf16_be_german_is_recognised() -> None:
    assert decode_text(GERMAN.encode("utf-16-be")) == decoded(GERMAN, "utf-16-be")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_russian_is_recognised(codec: str) -> None:
    # Few NULs here (only spaces, digits and punctuation), but the high bytes are all 0x04 or 0.
    assert decode_text(RUSSIAN.encode(codec)) == decoded(RUSSIAN, codec)


def test_array_of_small_16_bit_numbers_is_binary_not_utf16() -> None:
    data = struct.pack("<600H", *range(600))
    with pytest.raises(UndecodableError, match="binary"):
        decode_text(data)


def test_invalid_utf16_after_bom_is_an_error() -> None:
    lone_high_surrogate = b"\x00\xd8"
    data = codecs.BOM_UTF16_LE + "Bad ".encode("utf-16-le") + lone_high_surrogate + b"a\x00"
    with pytest.raises(UndecodableError, match="utf-16"):
        decode_text(data)


def test_invalid_utf8_after_bom_is_an_error() -> None:
    with pytest.raises(UndecodableError):
        decode_text(codecs.BOM_UTF8 + "Grüße".encode("latin_1"))


def test_decoded_encoding_reproduces_the_text() -> None:
    samples = [
        codecs.BOM_UTF8 + FRENCH.encode("utf-8"),
        GERMAN.encode("utf-16"),
        ENGLISH.encode("utf-16-le"),
        RUSSIAN.encode("cp1251"),
        FRENCH.encode("cp1252"),
    ]
    for data in samples:
        result = decode_text(data)
        assert data.decode(result.encoding) == result.text


# --- Legacy single-byte code pages ---------------------------------------------------------------


def test_windows_1251_russian_news() -> None:
    assert decode_text(RUSSIAN.encode("cp1251")) == decoded(RUSSIAN, "cp1251")


def test_koi8_r_russian_news() -> None:
    assert decode_text(RUSSIAN_KOI8.encode("koi8_r")) == decoded(RUSSIAN_KOI8, "koi8_r")


def test_short_cp1252_french_article_with_bytes_0x80_to_0x9f() -> None:
    data = FRENCH.encode("cp1252")
    assert any(0x80 <= byte <= 0x9F for byte in data)  # ’ … € really use the C1 range
    assert decode_text(data) == decoded(FRENCH, "cp1252")


@pytest.mark.parametrize("source_codec", ["cp1252", "latin_1"])
def test_single_word_gruesse_prefers_cp1252(source_codec: str) -> None:
    assert decode_text("Grüße".encode(source_codec)) == decoded("Grüße", "cp1252")


def test_german_sentence_in_latin_1() -> None:
    result = decode_text(GERMAN.encode("latin_1"))
    assert result.text == GERMAN
    assert result.encoding == "cp1252"  # identical letters: the preferred code page is reported


def test_polish_in_cp1250() -> None:
    assert decode_text(POLISH.encode("cp1250")) == decoded(POLISH, "cp1250")


def test_short_russian_in_cp1251_is_not_read_as_central_european() -> None:
    # The detector ranks cp1250 ("Ěîńęâŕ") first for this; our own check must overrule it.
    assert decode_text("Москва".encode("cp1251")).text == "Москва"


def test_latin_text_in_cp1251_would_mix_scripts_so_it_is_not_chosen() -> None:
    text = "Le café est fermé, la préfecture a décidé."
    assert decode_text(text.encode("cp1252")).text == text


def test_random_high_bytes_without_nul_cannot_be_decoded() -> None:
    rng = random.Random(7)
    data = bytes(rng.randrange(0x20, 0x100) for _ in range(3000))
    with pytest.raises(UndecodableError, match="could not determine the text encoding"):
        decode_text(data)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Déjà vu", "cp1252"),  # the detector ties and lists cp1250 ("Déjŕ vu") first
        ("São Paulo", "latin_1"),
        ("Wiadomości z Polski", "iso8859_2"),  # not "Wiadomo¶ci" (cp1252)
        ("Prix : 5 € TTC", "iso8859_15"),  # not "5 ¤" (Latin-1)
    ],
)
def test_short_legacy_phrases(text: str, codec: str) -> None:
    assert decode_text(text.encode(codec)).text == text


def fake_detector(monkeypatch: pytest.MonkeyPatch, *ranking: str) -> None:
    """Make the detector rank the given encodings, best first, all with perfect scores."""
    matches = [
        SimpleNamespace(encoding=name, could_be_from_charset=[name], chaos=0.0, coherence=0.0)
        for name in ranking
    ]
    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda *args, **kwargs: matches)


def test_detector_pick_with_c1_controls_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_detector(monkeypatch, "latin_1", "cp1252")
    assert decode_text(FRENCH.encode("cp1252")) == decoded(FRENCH, "cp1252")


def test_detector_pick_mixing_latin_and_cyrillic_in_words_is_rejected(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_detector(monkeypatch, "cp1251", "cp1252")  # cp1251 would give "annoncй", "rйforme"
    assert decode_text(FRENCH.encode("cp1252")).encoding == "cp1252"


def test_only_implausible_candidates_means_undecodable(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_detector(monkeypatch, "latin_1", "cp1251")
    with pytest.raises(UndecodableError, match="could not determine the text encoding"):
        decode_text(FRENCH.encode("cp1252"))


def test_detector_returning_nothing_means_undecodable(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_detector(monkeypatch)
    with pytest.raises(UndecodableError, match="could not determine the text encoding"):
        decode_text("Grüße".encode("cp1252"))


def test_detector_pick_with_symbols_inside_words_is_demoted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_detector(monkeypatch, "cp1252", "cp1250")  # cp1252 would give "Gra¿yna przyjê³a"
    text = "Grażyna przyjęła nagrodę."
    assert decode_text(text.encode("cp1250")) == decoded(text, "cp1250")


def test_cyrillic_read_as_accented_latin_is_demoted(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_detector(monkeypatch, "cp1252", "cp1251")  # cp1252 would give "Ïðåçèäåíò"
    assert decode_text(RUSSIAN.encode("cp1251")) == decoded(RUSSIAN, "cp1251")


def test_stray_latin_homoglyph_in_long_russian_text_is_tolerated() -> None:
    text = " ".join([RUSSIAN] * 3).replace("заявил", "зaявил", 1)  # Latin "a" typed by mistake
    assert decode_text(text.encode("cp1251")) == decoded(text, "cp1251")


# --- Line ends and BOM helpers -------------------------------------------------------------------


def test_crlf_is_kept_by_decoding_but_fixed_by_normalize_newlines() -> None:
    text = "Первая строка.\r\nВторая строка.\r\n"
    result = decode_text(text.encode("cp1251"))
    assert result.text == text
    assert normalize_newlines(result.text) == "Первая строка.\nВторая строка.\n"


def test_crlf_kept_in_utf8() -> None:
    assert decode_text(b"one\r\ntwo\r\n").text == "one\r\ntwo\r\n"


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("a\r\nb", "a\nb"),
        ("a\rb\r", "a\nb\n"),
        ("a\r\nb\rc\nd\r\r\n", "a\nb\nc\nd\n\n"),
        ("\n\n", "\n\n"),
        ("no line end \t\f\u2028", "no line end \t\f\u2028"),
    ],
)
def test_normalize_newlines(raw: str, normalized: str) -> None:
    assert normalize_newlines(raw) == normalized


def test_strip_bom_only_removes_one_leading_bom() -> None:
    assert strip_bom("\ufeffText") == "Text"
    assert strip_bom("\ufeff\ufeffText") == "\ufeffText"
    assert strip_bom("Te\ufeffxt") == "Te\ufeffxt"
    assert strip_bom("") == ""


# --- Refusals ------------------------------------------------------------------------------------


def test_empty_bytes() -> None:
    with pytest.raises(UndecodableError, match=r"^empty file$"):
        decode_text(b"")


def test_bom_only_counts_as_empty() -> None:
    with pytest.raises(UndecodableError, match=r"^empty file$"):
        decode_text(codecs.BOM_UTF8)


@pytest.mark.parametrize(
    "data", [b"   \r\n\t \n", "\u00a0\u3000\n".encode("utf-8"), codecs.BOM_UTF16_LE + b" \x00"]
)
def test_whitespace_only(data: bytes) -> None:
    with pytest.raises(UndecodableError, match="only whitespace"):
        decode_text(data)


def png_file() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 64, 48, 8, 6, 0, 0, 0)
    pixels = bytes(random.Random(3).randrange(256) for _ in range(64 * 48 * 4))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(pixels))
        + chunk(b"IEND", b"")
    )


def test_png_is_binary() -> None:
    with pytest.raises(UndecodableError, match="binary"):
        decode_text(png_file())


def test_png_header_alone_is_binary() -> None:
    with pytest.raises(UndecodableError, match="binary"):
        decode_text(png_file()[:33])


def test_random_bytes_with_nuls_are_binary() -> None:
    rng = random.Random(11)
    data = bytes(rng.randrange(256) for _ in range(4096)) + b"\x00\x00"
    with pytest.raises(UndecodableError, match="binary"):
        decode_text(data)


def test_text_with_many_control_characters_is_binary() -> None:
    data = b"\x01\x02\x03\x04header\x1b\x1b\x05\x06\x07\x08data\x0e\x0f"
    with pytest.raises(UndecodableError, match="binary"):
        decode_text(data)


def test_one_stray_control_character_in_long_text_is_tolerated() -> None:
    text = ENGLISH + "\x1a"  # DOS end-of-file marker
    assert decode_text(text.encode("utf-8")).text == text


def test_nul_in_utf8_text_counts_as_binary() -> None:
    with pytest.raises(UndecodableError, match="binary"):
        decode_text(b"Hello\x00 world, this is not quite text.")


# --- Property: UTF-8 round trip ------------------------------------------------------------------

TEXT_CHARACTERS = st.characters(
    blacklist_categories=("Cs", "Cc"),  # controls are the binary check's business
    whitelist_characters="\t\n\r\f",
)
DECODABLE_TEXT = st.text(TEXT_CHARACTERS, min_size=1).filter(
    lambda text: not text.startswith("\ufeff") and not text.isspace()
)


@given(text=DECODABLE_TEXT, with_bom=st.booleans())
def test_any_utf8_text_round_trips(text: str, with_bom: bool) -> None:
    data = (codecs.BOM_UTF8 if with_bom else b"") + text.encode("utf-8")
    result = decode_text(data)
    assert result.text == text
    assert result.had_bom is with_bom
    assert result.encoding == ("utf-8-sig" if with_bom else "utf-8")
