"""Reads a saved web page (.html, .htm): the article body and its metadata, via trafilatura.

trafilatura scores best among open extractors in published benchmarks; `favor_precision` is set
because a coder must not annotate navigation, teasers or comment widgets, and a sentence missed at
the edge is visible in the page while one too many silently enters the analysis. Comments are
excluded, tables kept. Title, author, date, site name (outlet), canonical URL and language come
from the page's metadata where present. The HTML itself is not copied into `raw`: it can be
hundreds of kilobytes, and the user has the file. A Factiva HTML export is split into articles.

Precision has a price on some layouts: on a saved Barron's page it kept only the reprint notice
("This copy is for your personal, non-commercial use only...") because the body's container is
named like a navigation bar. So reprint and paywall notices are dropped from the body, and when
what remains is short and a small share of the page's visible text, trafilatura's balanced and
then recall-favouring settings are tried and the longest body is kept (the page is measured only
for short bodies, so ordinary articles cost one extraction). A body still that short comes with
a warning in the import report: part of the article may be missing (a paywall, an odd layout).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from annotator.io.imports.cleaning import is_notice
from annotator.io.imports.dates import parse_date
from annotator.io.imports.documents import ImportOptions, ImportProblem, ParsedDocument
from annotator.io.imports.language import normalize_language
from annotator.io.imports.limits import MAX_HTML_BYTES, read_bytes_limited
from annotator.io.imports.news_exports import split_news_export
from annotator.io.imports.paragraphs import clean_field, join_paragraphs

MIN_ARTICLE_CHARS = 40  # less is a menu item or a cookie button trafilatura fell back to
CONFIDENT_BODY_CHARS = 1_500  # a longer body is taken as found, without measuring the page
MIN_PAGE_SHARE = 0.3  # a shorter body than this share of the page's visible text looks partial
RETRY_SETTINGS = ({"favor_precision": False}, {"favor_precision": False, "favor_recall": True})
MAX_TREE_SIZE = 500_000  # HTML elements; trafilatura trims formatting, then gives up, above it
_FACTIVA_HINT = re.compile(rb"Document\s+[A-Za-z0-9]{12,40}\s*<")
_BLOCK_TAGS = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "section",
    "article", "header", "footer", "blockquote", "pre", "ul", "ol", "dd", "dt", "hr", "td",
}  # fmt: skip


@lru_cache(maxsize=1)
def _config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MAX_FILE_SIZE", str(MAX_HTML_BYTES))
    config.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_TREE_SIZE))
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # signals do not work in worker threads
    return config


def extraction_arguments() -> dict[str, Any]:
    """The keyword arguments Annotator passes to `trafilatura.bare_extraction`."""
    return {
        "favor_precision": True,
        "include_comments": False,
        "include_tables": True,
        "with_metadata": True,
        "date_extraction_params": {"extensive_search": True, "original_date": True},
        "config": _config(),
    }


def extract_page(data: bytes | str, **settings: Any) -> Any:
    """trafilatura's result for the page, with Annotator's arguments changed by `settings`."""
    from trafilatura import bare_extraction

    return bare_extraction(data, **{**extraction_arguments(), **settings})


def read_html_page(path: Path, options: ImportOptions) -> list[ParsedDocument]:
    data = read_bytes_limited(path, MAX_HTML_BYTES)
    if _FACTIVA_HINT.search(data):
        exported = split_news_export(html_lines(data), path.name)
        if exported is not None:
            return exported
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportProblem("binary file, not a web page")
    result, body, warnings = _extract_article(data)
    if len(body) < MIN_ARTICLE_CHARS:
        raise ImportProblem("no article text found in the page")
    extra: dict[str, Any] = {}
    for key in ("description", "hostname", "categories", "tags", "pagetype"):
        value = getattr(result, key, None)
        if value:
            extra[key] = value if isinstance(value, str) else list(value)
    return [
        ParsedDocument(
            text=body,
            title=clean_field(result.title) or "",
            source_file=path.name,
            outlet=clean_field(result.sitename),
            author=clean_field(result.author),
            published=parse_date(result.date),
            url=clean_field(result.url),
            language=normalize_language(result.language),
            extra=extra,
            warnings=warnings,
        )
    ]


def _extract_article(data: bytes) -> tuple[Any, str, tuple[str, ...]]:
    """trafilatura's result, the article body from it, and what the user should check."""
    try:
        result = extract_page(data)
        body = _body(result)
        if len(body) >= CONFIDENT_BODY_CHARS:
            return result, body, ()
        page_chars = sum(len(line) for line in html_lines(data))
        expected = MIN_PAGE_SHARE * page_chars
        for settings in RETRY_SETTINGS:
            if len(body) >= expected:
                break
            retried = extract_page(data, **settings)
            if len(_body(retried)) > len(body):
                result, body = retried, _body(retried)
    except ImportProblem:
        raise
    except Exception as error:  # lxml and trafilatura raise many kinds on broken markup
        raise ImportProblem(f"the page could not be read ({error})") from error
    if not MIN_ARTICLE_CHARS <= len(body) < expected:
        return result, body, ()
    warning = (
        f"only {len(body):,} characters of article text found in a page with {page_chars:,} "
        "characters of text: part of the article may be missing (paywall or unusual layout)"
    )
    return result, body, (warning,)


def _body(result: Any) -> str:
    """The extracted text as paragraphs, without reprint or paywall notices and without a line
    that only repeats the page's own address (printed beside the notice on Dow Jones pages)."""
    if result is None or not result.text:
        return ""
    address = (result.url or "").strip()
    return join_paragraphs(
        line
        for line in result.text.split("\n")
        if not is_notice(line) and not (address and line.strip() == address)
    )


def html_lines(data: bytes) -> list[str]:
    """The page's visible text, one line per block element (for exports laid out in HTML)."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(data)
    except Exception as error:
        raise ImportProblem(f"the page could not be read ({error})") from error
    for element in list(root.iter("script", "style", "head")):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    lines = (line.strip() for line in root.text_content().split("\n"))
    return [line for line in lines if line]
