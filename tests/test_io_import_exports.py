"""News-database exports (Nexis Uni, Factiva) split into articles, in every container format."""

from __future__ import annotations

import datetime
import html
from pathlib import Path

import pytest
from import_samples import DATA, export_lines, make_docx, make_odt, rtf_from_lines

from annotator.io.imports.sources import read_documents

JUNE_10 = datetime.date(2022, 6, 10)
SPUTNIK_HEADLINE = "Russia, Turkmenistan sign declaration on deepening strategic partnership"


def nexis_docx(tmp_path: Path) -> Path:
    paragraphs: list[str] = []
    for line in export_lines("nexis_export.txt"):
        paragraphs.append(line)
        if line == "End of Document":
            paragraphs.append("\f")
    return make_docx(tmp_path / "nexis.docx", paragraphs)


def check_nexis(documents) -> None:
    assert [d.title for d in documents] == [
        SPUTNIK_HEADLINE,
        "Putin hosts Berdimuhamedov in Kremlin, talks gas and transport",
        "Turkmen leader's first Moscow visit ends with energy pledges",
    ]
    assert [d.outlet for d in documents] == [
        "Sputnik News Service", "The Moscow Times", "Kommersant"
    ]  # fmt: skip
    assert [d.published for d in documents] == [JUNE_10, JUNE_10, datetime.date(2022, 6, 11)]
    assert [d.author for d in documents] == [
        "Anna Petrova", "Ivan Sidorov and Maria Kuznetsova", None
    ]  # fmt: skip
    first = documents[0]
    assert first.text.startswith("MOSCOW (Sputnik) - Russian President Vladimir Putin")
    assert first.text.endswith("including in the gas sector.")
    assert first.text.count("\n") == 2  # three paragraphs; no Classification, no Load-Date
    assert first.language == "en"
    assert first.extra["words"] == 164 and first.extra["dateline"] == "MOSCOW"
    assert first.extra["subject"].startswith("DIPLOMACY (90%)")
    assert first.extra["load_date"] == "June 11, 2022"
    assert documents[1].extra["section"] == "NEWS; Pg. 3"
    assert "Load-Date" not in documents[1].text


@pytest.mark.parametrize("container", ["txt", "rtf", "docx"])
def test_nexis_export(tmp_path: Path, container: str) -> None:
    path = nexis_docx(tmp_path) if container == "docx" else DATA / f"nexis_export.{container}"
    documents = read_documents(path)
    check_nexis(documents)
    assert {d.source_file for d in documents} == {path.name}


def test_nexis_export_in_odt(tmp_path: Path) -> None:
    body = "".join(
        f"<text:p>{line.replace('&', '&amp;')}</text:p>"
        for line in export_lines("nexis_export.txt")
    )
    check_nexis(read_documents(make_odt(tmp_path / "nexis.odt", body)))


@pytest.mark.parametrize(
    "name", ["factiva_export.txt", "factiva_export.rtf", "factiva_export.html"]
)
def test_factiva_article_format(name: str) -> None:
    first, second = read_documents(DATA / name)
    assert first.title.startswith(SPUTNIK_HEADLINE)
    assert first.author == "Anna Petrova"
    assert (first.outlet, first.published, first.language) == (
        "Sputnik News Service", JUNE_10, "en"
    )  # fmt: skip
    assert first.extra["factiva_id"] == "SPTNK00020220610ei6a000bc"
    assert first.extra["words"] == 164 and first.extra["source_code"] == "SPTNK"
    assert first.extra["copyright"] == "Copyright 2022. Sputnik News Service"
    assert first.text.startswith("MOSCOW, June 10 (Sputnik) - Russian President")
    assert first.text.endswith("after the talks in the Kremlin.")
    assert "Document" not in first.text and "SPTNK" not in first.text
    assert second.title == "Kremlin talks focus on Caspian gas"
    assert (second.outlet, second.author) == ("Reuters News", None)
    assert second.text.endswith("the Kremlin said.") or "Central Asia" in second.text
    assert "Search Summary" not in second.text


def test_factiva_field_codes() -> None:
    first, second = read_documents(DATA / "factiva_fields.txt")
    assert first.title == SPUTNIK_HEADLINE
    assert (first.author, first.outlet, first.published, first.language) == (
        "Anna Petrova", "Sputnik News Service", JUNE_10, "en"
    )  # fmt: skip
    assert first.text.split("\n") == [
        "MOSCOW, June 10 (Sputnik) - Russian President Vladimir Putin and his Turkmen "
        "counterpart Serdar Berdimuhamedov signed on Friday a declaration on deepening the "
        "strategic partnership.",
        '"We have signed a joint declaration that sets out the priorities of our cooperation '
        'for the years ahead," Putin told reporters after the talks in the Kremlin.',
        "Putin stressed that Russia's major energy companies are interested in launching "
        "projects in Turkmenistan.",
    ]
    assert first.extra["regions"] == "russ : Russia | turkmen : Turkmenistan"
    assert second.extra == {
        "export": "Factiva", "article_number": 2, "factiva_id": "LBA0000020220610ei6a00xyz",
        "words": 98, "source_code": "LBA",
        "copyright": "(c) 2022 Thomson Reuters. All rights reserved.",
        "companies": "gazprm : Gazprom PJSC", "encoding": "utf-8",
    }  # fmt: skip


def test_a_single_article_mentioning_end_of_document_is_not_split(tmp_path: Path) -> None:
    path = tmp_path / "essay.txt"
    path.write_text("A memo\nThe words End of Document appear here but no export does.\n")
    (document,) = read_documents(path)
    assert document.title == "A memo"


WSJ_ARTICLE = [
    "Putin Courts Turkmen Gas",
    "{byline}",
    "1,234 words",
    "12 March 2022",
    "The Wall Street Journal",
    "J",
    "A8",
    "English",
    "Copyright 2022 Dow Jones & Company, Inc. All Rights Reserved.",
    "",
    "MOSCOW -- Russia is courting Turkmenistan's gas as Europe looks for alternatives to "
    "Russian supplies, officials in both capitals said on Friday.",
    "",
    "Document J000000020220312ei3c0000a",
]


def factiva_file(tmp_path: Path, container: str, byline: str, headline: str | None = None) -> Path:
    lines = [line.format(byline=byline) for line in WSJ_ARTICLE]
    if headline is not None:
        lines[0] = headline
    path = tmp_path / f"factiva.{container}"
    if container == "txt":
        path.write_text("\n".join(lines), encoding="utf-8")
    elif container == "rtf":
        path.write_bytes(rtf_from_lines(lines))
    elif container == "docx":
        make_docx(path, lines)
    else:  # Factiva's HTML layout: the byline in its own "author" block
        blocks = [f'<div id="hd"><span class="enHeadline">{html.escape(lines[0])}</span></div>',
                  f'<div class="author">{html.escape(lines[1])}</div>']  # fmt: skip
        blocks += [f"<div>{html.escape(line)}</div>" for line in lines[2:9]]
        blocks += [
            f"<p class='articleParagraph'>{html.escape(lines[10])}</p>",
            f"<p>{lines[12]}</p>",
        ]
        path.write_text(
            f"<html><body><div class='article'>{''.join(blocks)}</div></body></html>",
            encoding="utf-8",
        )
    return path


@pytest.mark.parametrize("container", ["txt", "rtf", "docx", "html"])
@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Jane Smith and Ivan Petrov", "Jane Smith and Ivan Petrov"),
        ("By JANE SMITH", "JANE SMITH"),
        ("BY JANE SMITH", "JANE SMITH"),
        ("Jane Smith and Ivan Petrov", "Jane Smith and Ivan Petrov"),
        ("Jane Smith in Moscow", "Jane Smith in Moscow"),
        ("Ivan Petrov, Moscow correspondent", "Ivan Petrov, Moscow correspondent"),
    ],
)
def test_factiva_byline_before_the_word_count_is_the_author(
    tmp_path: Path, container: str, byline: str, author: str
) -> None:
    (document,) = read_documents(factiva_file(tmp_path, container, byline))
    assert (document.title, document.author) == ("Putin Courts Turkmen Gas", author)
    assert document.outlet == "The Wall Street Journal"
    assert document.published == datetime.date(2022, 3, 12)
    assert (document.extra["source_code"], document.extra["page"]) == ("J", "A8")
    assert document.text.startswith("MOSCOW -- Russia is courting")


@pytest.mark.parametrize(
    ("headline", "second_line", "title"),
    [  # a second line that is no byline stays in the headline
        ("Putin courts Turkmen gas", "as Europe looks for other suppliers",
         "Putin courts Turkmen gas as Europe looks for other suppliers"),
        ("Putin Courts Turkmen Gas As Europe", "Looks For Alternatives",
         "Putin Courts Turkmen Gas As Europe Looks For Alternatives"),
        ("By the Numbers: Turkmen Gas", "Ivan Petrov", "By the Numbers: Turkmen Gas"),
    ],
)  # fmt: skip
def test_factiva_headline_lines_that_are_no_byline(
    tmp_path: Path, headline: str, second_line: str, title: str
) -> None:
    (document,) = read_documents(factiva_file(tmp_path, "txt", second_line, headline))
    assert document.title == title
    assert document.author == ("Ivan Petrov" if second_line == "Ivan Petrov" else None)


@pytest.mark.parametrize(
    ("byline", "author"),
    [("Byline: By Jane Smith and Ivan Petrov", "Jane Smith and Ivan Petrov"),
     ("BYLINE: JANE SMITH", "JANE SMITH")],
)  # fmt: skip
def test_nexis_byline_label_is_the_author(tmp_path: Path, byline: str, author: str) -> None:
    lines = export_lines("nexis_export.txt")
    at = next(i for i, line in enumerate(lines) if line.startswith("Byline:"))
    lines[at] = byline
    path = tmp_path / "nexis.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    first = read_documents(path)[0]
    assert (first.title, first.author) == (SPUTNIK_HEADLINE, author)
