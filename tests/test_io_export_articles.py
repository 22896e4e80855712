"""The splitter and header helpers shared by the Nexis and Factiva readers."""

from __future__ import annotations

import re

from annotator.io.imports.documents import ParsedDocument
from annotator.io.imports.export_articles import COPYRIGHT, split_articles, without_by, word_count

END = re.compile(r"^Document (?P<id>\w+)$")


def test_articles_end_at_marker_lines_and_unreadable_ones_are_skipped() -> None:
    lines = ["cover page", "Document A1", "first", "Document B2", "", "Document C3", "tail"]
    seen: list[tuple[list[str], str, int]] = []

    def parse(chunk: list[str], end: re.Match[str], number: int) -> ParsedDocument | None:
        seen.append((chunk, end["id"], number))
        text = " ".join(chunk).strip()
        return ParsedDocument(text=text, title=end["id"], source_file="x.txt") if text else None

    documents = split_articles(lines, END, parse)
    assert [(d.title, d.text) for d in documents] == [("A1", "cover page"), ("B2", "first")]
    # The number counts the articles kept so far; the lines after the last marker are no article.
    assert seen == [(["cover page"], "A1", 1), (["first"], "B2", 2), ([""], "C3", 3)]


def test_header_helpers() -> None:
    assert [word_count(text) for text in ("412", "1,204", "1.204")] == [412, 1204, 1204]
    assert without_by("By Jane Smith") == "Jane Smith"
    assert without_by("BY  JANE SMITH") == "JANE SMITH"
    assert without_by("Byron Smith") == "Byron Smith"
    assert without_by(None) is None
    assert all(COPYRIGHT.match(line) for line in ("Copyright 2022 Reuters", "© Sputnik", "(c) X"))
    assert not COPYRIGHT.match("Gas deal signed, copyright aside")
