"""Offsets: code points in storage, UTF-16 units in Qt, and one helper between them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.offsets import (
    OffsetMap,
    codepoint_to_utf16,
    span_problem,
    utf16_to_codepoint,
)

SAMPLES = {
    "cyrillic": "Путин заявил, что «Газпром» готов.",
    "arabic_rtl": "قال الرئيس إن الاتفاق مهم للطاقة.",
    "cjk": "习近平表示，能源合作是重点。",
    "combining": "Cafe\u0301 de\u0301ja\u0300 vu — naïve",
    "emoji": "Deal done 👍🏽! Gas 🔥 prices 📈 fall.",
    "flags_and_zwj": "🇷🇺🇹🇲 family: 👨‍👩‍👧 end",
}


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_positions_agree_with_utf16_encoding(name: str) -> None:
    text = SAMPLES[name]
    offsets = OffsetMap.for_text(text)
    assert offsets.utf16_length == utf16_units(text)
    for index in range(len(text) + 1):
        utf16 = offsets.to_utf16(index)
        assert utf16 == utf16_units(text[:index])
        assert offsets.to_codepoint(utf16) == index


def test_emoji_takes_two_utf16_units() -> None:
    text = "a😀b"
    assert codepoint_to_utf16(text, 2) == 3
    assert utf16_to_codepoint(text, 3) == 2


def test_position_inside_a_surrogate_pair_moves_to_the_character_start() -> None:
    assert utf16_to_codepoint("a😀b", 2) == 1


def test_out_of_range_positions_are_errors() -> None:
    with pytest.raises(ValueError):
        codepoint_to_utf16("abc", 4)
    with pytest.raises(ValueError):
        utf16_to_codepoint("a😀", 4)


@given(st.text(), st.data())
def test_round_trip_for_any_text(text: str, data: st.DataObject) -> None:
    offsets = OffsetMap.for_text(text)
    index = data.draw(st.integers(0, len(text)))
    assert offsets.to_codepoint(offsets.to_utf16(index)) == index
    assert offsets.to_utf16(index) == utf16_units(text[:index])


def test_span_problems() -> None:
    assert span_problem("hello", 0, 5) is None
    assert "negative" in span_problem("hello", -1, 2)
    assert "greater" in span_problem("hello", 3, 3)
    assert "past the end" in span_problem("hello", 2, 6)


def test_positions_in_a_file_with_crlf_and_emoji_map_onto_the_stored_text() -> None:
    from annotator.core.offsets import FilePositions

    raw = "Ab 😀\r\ncd 👍🏽 é\rx\nend"
    stored = raw.replace("\r\n", "\n").replace("\r", "\n")
    for convention in ("codepoints", "utf16"):
        positions = FilePositions.for_text(raw, convention)
        assert positions.text == stored
        for word in ("Ab", "cd", "é", "x", "end"):
            start = raw.index(word)
            end = start + len(word)
            if convention == "utf16":
                start = len(raw[:start].encode("utf-16-le")) // 2
                end = len(raw[:end].encode("utf-16-le")) // 2
            first, last = positions.to_stored(start), positions.to_stored(end)
            assert stored[first:last] == word
