"""Spreadsheets of articles (.csv, .xlsx): header recognition, mapping, preview, metadata."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from import_samples import make_xlsx

from annotator.io.imports.columns import ColumnMapping, guess_mapping
from annotator.io.imports.documents import ImportOptions, ImportProblem
from annotator.io.imports.sources import read_documents
from annotator.io.imports.spreadsheets import preview_table

ROWS = [
    ["ID", "Headline", "Body", "Published", "Newspaper", "Byline", "Link", "Tone"],
    [17, "Gas deal agreed", "Russia and Turkmenistan agreed on gas.\nSecond line.",
     datetime.datetime(2022, 6, 10, 9, 30), "The Caspian Herald", "Lena Hoffmann",
     "https://example.org/a", "neutral"],
    [18, None, "Turkmen leader visits Moscow\nBerdimuhamedov arrived on Thursday.",
     "11.06.2022", "Kommersant", None, None, None],
    [19, "Empty row", None, None, None, None, None, None],
]  # fmt: skip


def test_guess_mapping_recognises_common_headers() -> None:
    mapping = guess_mapping(["id", "full_text", "Pub-Date", "Medium", "author", "URL", "lang"])
    assert mapping == ColumnMapping(
        text="full_text", date="Pub-Date", outlet="Medium", author="author", url="URL",
        language="lang",
    )  # fmt: skip
    assert guess_mapping(["Заголовок", "Текст", "Дата"]).text == "Текст"


def test_xlsx_rows_become_documents(tmp_path: Path) -> None:
    first, second = read_documents(make_xlsx(tmp_path / "articles.xlsx", ROWS))
    assert first.text == "Russia and Turkmenistan agreed on gas.\nSecond line."
    assert (first.title, first.outlet, first.author, first.url) == (
        "Gas deal agreed", "The Caspian Herald", "Lena Hoffmann", "https://example.org/a"
    )  # fmt: skip
    assert first.published == datetime.date(2022, 6, 10)
    assert first.extra == {"row": 2, "sheet": "Articles", "ID": 17, "Tone": "neutral"}
    assert second.title == "Turkmen leader visits Moscow"  # first line when no headline
    assert second.published == datetime.date(2022, 6, 11)
    assert second.extra == {"row": 3, "sheet": "Articles", "ID": 18}
    assert first.source_file == "articles.xlsx"


def test_csv_with_semicolons_and_legacy_encoding(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    table = (
        'titel;inhalt;datum;quelle\r\n"Grüße";"Die Bürger äußern Kritik; laut.";2022-06-10;Taz\r\n'
    )
    path.write_bytes(table.encode("cp1252"))
    (document,) = read_documents(path)
    assert (document.title, document.text, document.outlet) == (
        "Grüße", "Die Bürger äußern Kritik; laut.", "Taz"
    )  # fmt: skip
    assert document.published == datetime.date(2022, 6, 10)


def test_preview_and_a_corrected_mapping(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Nr,Artikeltext,Zeitung\n1,Erster Text hier.,Taz\n2,Zweiter Text.,FAZ\n")
    preview = preview_table(path, rows=1)
    assert preview.headers == ["Nr", "Artikeltext", "Zeitung"]
    assert preview.rows == [["1", "Erster Text hier.", "Taz"]]
    assert preview.mapping.text is None and preview.mapping.outlet == "Zeitung"
    with pytest.raises(ImportProblem, match="no text column: the headers are Nr, Artikeltext"):
        read_documents(path)
    mapping = ColumnMapping(text="Artikeltext", outlet="Zeitung", ignored=("Nr",))
    documents = read_documents(path, ImportOptions(column_mappings={str(path): mapping}))
    assert [(d.text, d.outlet, d.extra) for d in documents] == [
        ("Erster Text hier.", "Taz", {"row": 2}),
        ("Zweiter Text.", "FAZ", {"row": 3}),
    ]


def test_spreadsheet_without_a_text_column(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "prices.xlsx", [["Date", "Price"], ["2022-06-10", 3.5]])
    with pytest.raises(ImportProblem, match="no text column: the headers are Date, Price"):
        read_documents(path)
