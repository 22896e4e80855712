"""Saved pages of paywalled news sites: the article, not the reprint notice, and a warning when
only a fraction of the page's text could be found.

`paywalled_page.html` is modelled on a Dow Jones (Barron's) article page: navigation, market
ticker, the reprint notice in its own article block, the body in a container whose class names
the site ("barrons-article-wrap"), a related-links list, footer and scripts.
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

from import_samples import DATA

from annotator.io.imports.sources import read_documents

PAGE = DATA / "paywalled_page.html"
NOTICE = "This copy is for your personal, non-commercial use only."


def teaser_only(tmp_path: Path) -> Path:
    """The same page saved without a subscription: the first paragraph, the rest withheld."""
    html = PAGE.read_text(encoding="utf-8")
    paragraphs = re.findall(r"\n    <p>.*?</p>", html)
    for paragraph in paragraphs[1:]:
        html = html.replace(paragraph, "")
    path = tmp_path / "teaser.html"
    path.write_text(html, encoding="utf-8")
    return path


def test_paywalled_page_stores_the_article_not_the_reprint_notice() -> None:
    (page,) = read_documents(PAGE)
    assert NOTICE not in page.text
    assert page.text.startswith("Europe is looking east for natural gas.")
    assert page.text.endswith("whatever happens in Central Asia.")
    assert page.text.count("\n") == 6  # the seven paragraphs of the body
    assert 2_000 < len(page.text) < 2_500
    assert page.title == "Turkmen Gas Could Be Europe's Next Bet. Why Investors Should Be Wary."
    assert (page.outlet, page.published) == ("Barron's", datetime.date(2022, 3, 12))
    assert page.warnings == ()


def test_a_page_with_only_a_teaser_imports_with_a_warning(tmp_path: Path) -> None:
    (page,) = read_documents(teaser_only(tmp_path))
    assert NOTICE not in page.text
    (warning,) = page.warnings
    assert re.fullmatch(
        r"only \d+ characters of article text found in a page with [\d,]+ characters of text: "
        r"part of the article may be missing \(paywall or unusual layout\)",
        warning,
    )


def test_an_ordinary_page_gets_no_warning() -> None:
    (page,) = read_documents(DATA / "news_page.html")
    assert page.warnings == ()


def test_the_command_line_prints_and_reports_the_warning(tmp_path: Path, run_cli) -> None:
    project = tmp_path / "study.annot"
    assert run_cli("new", project).exit_code == 0
    folder = tmp_path / "pages"
    folder.mkdir()
    teaser = teaser_only(folder)
    (folder / "full.html").write_bytes(PAGE.read_bytes())
    result = run_cli("import", project, folder, "--json")
    assert result.exit_code == 0, result.err
    report = json.loads(result.out)
    assert len(report["imported"]) == 2
    (warning,) = report["warnings"]
    assert warning["path"] == str(teaser)
    assert warning["id"] in {item["id"] for item in report["imported"]}
    assert warning["warning"].startswith("only ")

    other = tmp_path / "other.annot"
    assert run_cli("new", other).exit_code == 0
    result = run_cli("import", other, teaser)
    assert result.exit_code == 0, result.err
    assert re.search(rf"^warning    #1  {re.escape(str(teaser))}: only \d+ characters", result.out,
                     re.MULTILINE)  # fmt: skip
    assert "1 imported, 0 duplicates skipped, 0 failed, 1 to check." in result.out
