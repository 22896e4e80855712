"""What the Nexis and Factiva exports share: one splitter into articles and the header lines.

Both databases print articles one after another, each closed by a marker line (Nexis "End of
Document", Factiva "Document <id>"), and both headers carry a copyright line, a word count
("Length: 412 words", "412 words") and perhaps a byline opening with "By". The format modules
(`nexis`, `factiva`) say what their lines look like; the splitting and reading of those lines is
here, once.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from annotator.io.imports.documents import ParsedDocument

COPYRIGHT = re.compile(r"^\s*(?:Copyright|©|\(c\))", re.IGNORECASE)

# An article's lines, the marker line's match, its number in the export (from 1).
ArticleParser = Callable[[list[str], re.Match[str], int], ParsedDocument | None]


def split_articles(
    lines: list[str], end: re.Pattern[str], parse: ArticleParser
) -> list[ParsedDocument]:
    """One document per run of lines closed by a line matching `end` that `parse` can read.

    Lines after the last marker (a cover page's tail, a truncated article) are no article.
    """
    documents: list[ParsedDocument] = []
    chunk: list[str] = []
    for line in lines:
        match = end.match(line)
        if match:
            document = parse(chunk, match, len(documents) + 1)
            if document is not None:
                documents.append(document)
            chunk = []
        else:
            chunk.append(line)
    return documents


def word_count(digits: str) -> int:
    """The number of a word count as printed ("1,204", "1.204", "412")."""
    return int(re.sub(r"[^\d]", "", digits))


def without_by(byline: str | None) -> str | None:
    """A byline without its leading "By " ("By Jane Smith" -> "Jane Smith")."""
    if byline and byline.lower().startswith("by "):
        return byline[3:].strip()
    return byline
