"""The plain-text importer's news-export pre-check must never hide an export from the splitters.

`news_exports.may_be_news_export` looks only at line starts so that ordinary articles skip the
Nexis and Factiva detectors cheaply. It may say "maybe" too often, never "no" to lines that
`looks_like_nexis` or `looks_like_factiva` accept. Texts are built from the lines of real exports
(tests/data/import) mixed with prose and markers in every position, padded with the whitespace
the detectors' patterns allow.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.io.imports.factiva import looks_like_factiva
from annotator.io.imports.news_exports import may_be_news_export
from annotator.io.imports.nexis import looks_like_nexis

DATA = Path(__file__).parent / "data" / "import"
EXPORTS = ("nexis_export.txt", "factiva_export.txt", "factiva_fields.txt")

EXPORT_LINES = sorted(
    {line for name in EXPORTS for line in (DATA / name).read_text(encoding="utf-8").split("\n")}
)
MARKERS = (
    "Body", "End of Document", "Document SPTNK00020220610ei6a000bc", "164 words", "1,024 words",
    "HD  Gas deal signed", "AN  Document LBA0000020220610ei6a00xyz", "TD  Text", "LP  Lead",
    "HD", "AN", "TD", "LP",
)  # fmt: skip
PROSE = (
    "The minister said on Tuesday that the agreement would lower gas prices for households.",
    "Reporters have seen Documents: the Body of evidence grew, and HD video is on our site.",
    "Президент заявил, что соглашение позволит снизить цены на газ для домохозяйств страны.",
)

padding = st.sampled_from(["", " ", "  ", "\t", "\u00a0", "\u2003", "\f", "\v"])


@st.composite
def lines(draw: st.DrawFn) -> str:
    line = draw(st.sampled_from(EXPORT_LINES + list(MARKERS) + list(PROSE)))
    return draw(padding) + line + draw(padding)


def is_export(text: str) -> bool:
    split = text.split("\n")
    return looks_like_nexis(split) or looks_like_factiva(split)


@settings(max_examples=500, deadline=None)
@given(st.lists(lines(), min_size=1, max_size=30))
def test_the_pre_check_never_says_no_to_an_export(chosen: list[str]) -> None:
    text = "\n".join(chosen)
    assert may_be_news_export(text) or not is_export(text)


@pytest.mark.parametrize("name", EXPORTS)
def test_real_exports_pass_the_pre_check(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    assert is_export(text)
    assert may_be_news_export(text)


def test_an_article_mentioning_the_markers_mid_line_skips_the_detectors() -> None:
    article = "Gas deal signed\n" + "\n".join(PROSE * 3)
    assert not may_be_news_export(article)
