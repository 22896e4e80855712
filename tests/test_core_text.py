"""A document's title when none is given: its first non-empty line, shortened at a word."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.text import TITLE_MAX_LENGTH, title_from_text


def first_line_title(text: str) -> str:
    """The rule written plainly, to compare the line-by-line scan with."""
    for line in text.split("\n"):
        line = line.strip()
        if line:
            if len(line) <= TITLE_MAX_LENGTH:
                return line
            return line[:TITLE_MAX_LENGTH].rsplit(" ", 1)[0] + "…"
    return ""


line_text = st.text(
    st.sampled_from(["a", "Я", " ", "\t", "\u00a0", "é", "😀", "x", "\r"]), max_size=40
)


@given(st.lists(st.one_of(line_text, st.just(""), st.just("w " * 200)), max_size=8))
def test_title_is_the_first_non_empty_line(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert title_from_text(text) == first_line_title(text)


def test_examples() -> None:
    assert title_from_text("\n\n  Gas deal signed  \nBody text") == "Gas deal signed"
    assert title_from_text("") == ""
    assert title_from_text(" \n\t\n") == ""
    assert title_from_text("Last line only") == "Last line only"
    long = "word " * 100
    assert title_from_text(long) == ("word " * 60).strip() + "…"
