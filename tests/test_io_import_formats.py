"""Readers for single articles: web pages, Word, OpenDocument, RTF, PDF, scraped text."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from import_samples import DATA, make_docx, make_odt, make_pdf, rtf_from_lines

from annotator.io.imports.documents import ImportOptions, ImportProblem
from annotator.io.imports.sources import read_documents

SEED = Path(__file__).parent / "data" / "scraped" / "sputnik_seed.txt"
LEAD = "Turkmenistan and Russia agreed on Friday to expand natural gas supplies"


def test_web_page_body_and_metadata() -> None:
    (page,) = read_documents(DATA / "news_page.html")
    assert page.title == "Gas deal: Turkmenistan and Russia agree on new supplies"
    assert page.outlet == "The Caspian Herald"
    assert page.author == "Lena Hoffmann"
    assert page.published == datetime.date(2022, 6, 10)
    assert page.url == "https://caspianherald.example/politics/2022/06/10/gas-deal"
    assert page.language == "en"
    assert page.text.split("\n")[1].startswith(LEAD)
    assert page.text.endswith("negotiated later this year.")
    for boilerplate in ("Subscribe", "Advertisement", "gasfan77", "Tweet", "Read more",
                        "Oil prices climb", "Privacy policy", "Log in"):  # fmt: skip
        assert boilerplate not in page.text
    assert page.raw is None and page.source_file == "news_page.html"


def test_scraped_seed_is_cleaned_with_the_original_kept() -> None:
    (document,) = read_documents(SEED)
    assert document.title == (
        "Russian, Turkmen Presidents Sign Declaration on Strengthening Strategic Partnership"
    )
    assert document.outlet == "Sputnik International"
    assert document.published == datetime.date(2022, 6, 10)
    assert document.text.startswith("MOSCOW (Sputnik) - Russian President Vladimir Putin")
    assert document.text.endswith("diplomatic relations between Moscow and Ashgabat.")
    for junk in ("Subscribe", "Newsfeed", "log in or register", "loader", "Chats",
                 "Go to the mediabank", "Заголовок открываемого материала"):  # fmt: skip
        assert junk not in document.text
    assert document.raw == SEED.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert document.language == "en"
    assert document.extra["dateline"] == "MOSCOW (Sputnik)"


def test_as_is_keeps_the_scraped_text_exactly() -> None:
    (document,) = read_documents(SEED, ImportOptions(as_is=True))
    assert document.text == SEED.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert document.raw is None and document.outlet is None and document.published is None


def test_docx_paragraphs_heading_and_file_properties(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "article.docx",
        ["Ashgabat — Turkmenistan's gas exports rose by 12% in May.", "Second paragraph 😀."],
        heading="Turkmen gas exports rise",
    )
    (document,) = read_documents(path)
    assert document.title == "Turkmen gas exports rise"
    assert document.text == (
        "Turkmen gas exports rise\n"
        "Ashgabat — Turkmenistan's gas exports rose by 12% in May.\nSecond paragraph 😀."
    )
    assert document.author is None  # the file's author typed it; they did not write it
    assert document.extra["file_author"] == "Student Assistant"


def test_odt_headings_spaces_tabs_and_breaks(tmp_path: Path) -> None:
    body = (
        '<text:h text:outline-level="1">Пресс-релиз МИД</text:h>'
        '<text:p>Москва,<text:s/>10 июня.<text:tab/>Президенты<text:s text:c="2"/>встретились'
        "<text:line-break/>в Кремле.<text:span> Продолжение.</text:span></text:p>"
        "<text:p/><text:p>Второй абзац.</text:p>"
    )
    (document,) = read_documents(make_odt(tmp_path / "release.odt", body))
    assert document.title == "Пресс-релиз МИД"
    assert document.text == (
        "Пресс-релиз МИД\nМосква, 10 июня.\tПрезиденты  встретились\nв Кремле. Продолжение.\n"
        "Второй абзац."
    )
    assert document.extra == {"file_title": "Draft"}


def test_rtf_unicode_and_code_page(tmp_path: Path) -> None:
    path = tmp_path / "letter.rtf"
    path.write_bytes(rtf_from_lines(["Grüße aus Köln — “Zitat”", "", "Zweiter Absatz."]))
    (document,) = read_documents(path)
    assert document.text == "Grüße aus Köln — “Zitat”\nZweiter Absatz."
    assert document.title == "Grüße aus Köln — “Zitat”"
    legacy = tmp_path / "legacy.rtf"
    legacy.write_bytes(rb"{\rtf1\ansi\ansicpg1251 \'cf\'f0\'e8\'e2\'e5\'f2\par}")
    assert read_documents(legacy, ImportOptions(detect_language=False))[0].text == "Привет"


def test_pdf_text_layer_and_title(tmp_path: Path) -> None:
    lines = [
        "Turkmen gas talks (Moscow)",
        "Russia and Turkmenistan agreed on Friday to expand gas.",
    ]
    (document,) = read_documents(make_pdf(tmp_path / "report.pdf", lines))
    assert document.text == "\n".join(lines)
    assert document.title == "Turkmen gas talks"  # the PDF's /Title
    assert document.extra["pages"] == 1


def test_scanned_pdf_is_reported_not_imported_empty(tmp_path: Path) -> None:
    with pytest.raises(ImportProblem, match=r"no text layer \(scanned PDF\?\)"):
        read_documents(make_pdf(tmp_path / "scan.pdf", []))


def test_format_is_chosen_by_content_too(tmp_path: Path) -> None:
    misnamed = tmp_path / "actually-rtf.txt"
    misnamed.write_bytes(rtf_from_lines(["An RTF file saved with a .txt name."]))
    (document,) = read_documents(misnamed)
    assert document.text == "An RTF file saved with a .txt name."
    page = tmp_path / "saved.txt"
    page.write_bytes((DATA / "news_page.html").read_bytes())
    assert read_documents(page)[0].outlet == "The Caspian Herald"


def test_fast_pre_check_never_hides_a_scraped_text() -> None:
    from annotator.io.imports.cleaning import looks_scraped
    from annotator.io.imports.text_files import may_look_scraped

    fixtures = sorted((Path(__file__).parent / "data" / "scraped").glob("*.txt"))
    for path in fixtures:
        text = path.read_text(encoding="utf-8")
        assert may_look_scraped(text) or not looks_scraped(text), path.name
    plain = "A title\n" + "The minister said the deal would lower prices for households. " * 5
    assert not may_look_scraped(plain)
