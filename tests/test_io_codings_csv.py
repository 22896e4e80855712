"""The codings CSV is safe to open in a spreadsheet by default and exact on request; both read back.

Cells that a spreadsheet would run as a formula (OWASP's CSV injection list) get a leading `'`;
`import-codings` takes it off again, so quotes still equal the document text at their offsets.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.records.codings import CodingsData, DocumentRow, Segment
from annotator.db.project import Project, open_project
from annotator.io.exports.codings_csv import (
    SPREADSHEET_TRIGGERS,
    original_text,
    read_codings_csv,
    spreadsheet_safe,
    write_codings_csv,
)
from annotator.io.imports.documents import ParsedDocument
from annotator.services.coding.annotations import create_annotation
from annotator.services.distribute import distribute_project
from annotator.services.export import export_codings
from annotator.services.imports.articles import import_documents
from annotator.services.imports.codings import import_codings

# Texts a spreadsheet would run, and the awkward neighbours of the escape itself.
TEXTS = [
    '=HYPERLINK("http://x") is what the minister typed.',
    "-5% says the minister; critics disagree.",
    "'=1+1 stays as the sceptic wrote it, apostrophe and all.",
    "+7 is the country code.\tTabs too.",
    "@mention of the ministry.",
    "'plain apostrophe at the start.",
]
cell_text = st.text(
    alphabet=st.sampled_from([*"='+-@\t\r\n ax\",", "é", "👍"]), max_size=8
) | st.text(max_size=8)


def read_cells(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@given(cell_text)
def test_a_safe_cell_never_starts_a_formula_and_reads_back(text: str) -> None:
    safe = spreadsheet_safe(text)
    assert not safe.startswith(SPREADSHEET_TRIGGERS)
    assert original_text(safe) == text
    assert safe == text or safe == "'" + text  # one apostrophe or nothing: readable as it is


def segment(number: int, quote: str, memo: str, values: dict[str, list[str]]) -> Segment:
    moment = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    uuid = f"00000000-0000-0000-0000-{number:012d}"
    return Segment(uuid, 1, "alice", 0, len(quote), quote, "", "", memo, moment, moment, values)


@settings(max_examples=60, deadline=None)
@given(
    title=cell_text,
    rows=st.lists(
        st.tuples(cell_text, cell_text, st.lists(st.tuples(cell_text, cell_text), max_size=2)),
        min_size=1,
        max_size=4,
    ),
)
def test_written_files_read_back_as_the_original_text(
    tmp_path_factory: pytest.TempPathFactory, title: str, rows: list
) -> None:
    document = DocumentRow(1, "d0c" + "0" * 29, title, None, None, None, None, None, None, 9, "0")
    segments = [
        segment(number, quote, memo, {name: [value] for name, value in pairs})
        for number, (quote, memo, pairs) in enumerate(rows)
    ]
    data = CodingsData([], [document], [], {}, segments)
    folder = tmp_path_factory.mktemp("csv")
    for exact in (False, True):
        path = folder / f"exact-{exact}.csv"
        write_codings_csv(data, path, exact_text=exact)
        cells = [cell for row in read_cells(path)[1:] for cell in row]
        if not exact:
            assert not any(cell.startswith(SPREADSHEET_TRIGGERS) for cell in cells)
        read = read_codings_csv(path, exact_text=True if exact else None)
        expected = [
            (seg.quote, seg.memo, name, value, title)
            for seg in segments
            for name, value in ([(n, v[0]) for n, v in seg.values.items()] or [("", "")])
        ]
        got = [
            (r.fields["quote"], r.fields["memo"], r.fields["variable"], r.fields["value"],
             r.fields["document_title"])
            for r in read
        ]  # fmt: skip
        assert got == expected


@pytest.fixture
def coded(project: Project) -> Project:
    import_documents(
        project,
        [
            (Path(f"{number}.txt"), ParsedDocument(text=text, title=text[:9], source_file=str(n)))
            for n, (number, text) in enumerate(enumerate(TEXTS))
        ],
    )
    for number, text in enumerate(TEXTS, start=1):
        end = text.index(" ")
        create_annotation(
            project, document=number, coder="alice", start=0, end=end, memo=text[:end],
            values={"actor": [f"={number}+{number}"]} if number == 1 else {},
        )  # fmt: skip
    return project


def test_default_csv_prefixes_what_a_spreadsheet_would_run(coded: Project, tmp_path: Path) -> None:
    target = tmp_path / "codings.csv"
    report = export_codings(coded, target)
    rows = read_cells(target)
    quotes = [row[9] for row in rows[1:]]
    assert quotes == [
        "'=HYPERLINK(\"http://x\")", "'-5%", "''=1+1", "'+7", "'@mention", "'plain",
    ]  # fmt: skip
    assert "'=1+1" in [row[11] for row in rows[1:]]  # a code label is protected too
    assert not any(cell.startswith(SPREADSHEET_TRIGGERS) for row in rows for cell in row)
    assert report.prefixed_cells == 1 + 5 * 3  # the value; quote, title and memo of five
    assert report.exact_text is False


def test_exact_text_writes_cells_as_they_are(coded: Project, tmp_path: Path) -> None:
    target = tmp_path / "codings.csv"
    report = export_codings(coded, target, exact_text=True)
    quotes = [row[9] for row in read_cells(target)[1:]]
    assert quotes == [text[: text.index(" ")] for text in TEXTS]
    assert report.exact_text is True and report.prefixed_cells == 0


@pytest.mark.parametrize("exact", [False, True])
def test_both_kinds_import_back_with_quotes_matching_the_text(
    coded: Project, tmp_path: Path, exact: bool
) -> None:
    exported = tmp_path / "codings.csv"
    export_codings(coded, exported, exact_text=exact)
    fresh = distribute_project(coded.path, ["pi"], tmp_path / "fresh").copies[0].path
    with open_project(fresh) as project:
        report = import_codings(project, exported)
        assert (report.added, report.rejected) == (len(TEXTS), [])
        again = tmp_path / "again.csv"
        export_codings(project, again, exact_text=exact)
    assert read_cells(again) == read_cells(exported)


def test_an_exact_file_with_a_quote_that_starts_with_an_apostrophe(
    coded: Project, tmp_path: Path
) -> None:
    """Only the apostrophe-led quote is there: the reader cannot tell, the text decides."""
    header = ["document_id", "coder", "start", "end", "quote", "memo"]
    path = tmp_path / "exact.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, ["3", "carol", "0", "5", "'=1+1", "'=1+1"]])
    report = import_codings(coded, path)
    assert (report.added, report.rejected) == (1, [])
    exact = tmp_path / "exact-again.csv"
    export_codings(coded, exact, exact_text=True, coders=["carol"])
    assert [(row[9], row[12]) for row in read_cells(exact)[1:]] == [("'=1+1", "'=1+1")]
