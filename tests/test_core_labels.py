"""`label_key`: two names are the same in every script, however their accents were typed."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.labels import label_key


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def canonical_caseless(text: str) -> str:
    """Unicode's definition (D145): NFD(casefold(NFD(text)))."""
    return nfd(nfd(text).casefold())


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Jose\u0301 Marti\u0301", "José Martí"),  # decomposed and precomposed accents
        ("JOSE\u0301", "josé"),
        ("A\u030a\u0301", "Ǻ"),  # A + ring + acute is U+01FA
        ("a\u030a\u0301", "Ǻ"),
        ("Ǻ", "ǻ"),
        ("STRASSE", "Straße"),  # ß folds to ss
        ("STRAẞE", "strasse"),  # so does the capital ẞ
        ("ΟΔΥΣΣΕΥΣ", "Οδυσσευς"),  # Greek final sigma is a sigma
        ("ὀδυσσεύς", "ὈΔΥΣΣΕΎΣ"),
        ("ЁЛКА", "ёлка"),
        ("Е\u0308лка", "Ёлка"),  # Cyrillic Ё decomposed
        ("И\u0306од", "йод"),  # Cyrillic Й decomposed
        ("Ирина", "ирина"),
        ("İstanbul", "i\u0307stanbul"),  # dotted capital İ folds to i + combining dot above
        ("I\u0307stanbul", "İstanbul"),
        ("ǰ", "J\u030c"),  # casefold decomposes ǰ; the key meets the precomposed spelling
        ("\u03b1\u0345\u0301", "\u03b1\u0301\u0345"),  # iota subscript after or before acute
        ("ᾴ", "\u0386\u0399"),  # ... and its capital form
    ],
)
def test_same_name(typed: str, stored: str) -> None:
    assert label_key(typed) == label_key(stored)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Jose", "José"),  # an accent is not a case
        ("Ё", "Е"),
        ("Й", "И"),
        ("İstanbul", "istanbul"),  # Unicode's default folding, not Turkish tailoring
        ("ı", "i"),  # dotless ı matches only itself
        ("ı", "I"),
        ("STRASSE", "strase"),
        (" Anna", "Anna"),  # whitespace is left to the callers
    ],
)
def test_different_names(first: str, second: str) -> None:
    assert label_key(first) != label_key(second)


def test_key_is_composed_and_folded() -> None:
    assert label_key("JOSE\u0301") == "jos\u00e9"
    assert label_key("Straße") == "strasse"
    assert label_key("İ") == "i\u0307"
    assert label_key("Anna") == "anna"


_MARKS = st.sampled_from(
    ["\u0300", "\u0301", "\u0306", "\u0307", "\u0308", "\u030a", "\u030c", "\u0345"]
)
_BASES = st.sampled_from([*"aAeEiIjJıİsSßσςΣαΑιΙеЕиИ", "Ǻ", "ǰ", "ᾳ", "ΐ", "Ё", "й"])
_NAMES = st.lists(st.tuples(_BASES, st.lists(_MARKS, max_size=3)), max_size=4).map(
    lambda parts: "".join(base + "".join(marks) for base, marks in parts)
)


@given(st.one_of(_NAMES, st.text(max_size=12)), st.one_of(_NAMES, st.text(max_size=12)))
def test_matches_exactly_unicode_canonical_caseless_matching(first: str, second: str) -> None:
    assert (label_key(first) == label_key(second)) == (
        canonical_caseless(first) == canonical_caseless(second)
    )


@given(st.one_of(_NAMES, st.text(max_size=12)))
def test_every_spelling_of_a_name_has_one_key(name: str) -> None:
    key = label_key(name)
    for form in ("NFC", "NFD"):
        spelled = unicodedata.normalize(form, name)
        assert label_key(spelled) == key
    assert label_key(key) == key
