"""News-database exports (Nexis Uni, Factiva) split into articles, in every container format."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from import_samples import DATA, export_lines, make_docx, make_odt

from annotator.io.sources import read_documents

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
