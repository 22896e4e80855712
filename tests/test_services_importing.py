"""Plain-text import: real-world encodings, line ends, titles, duplicates and bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.services.corpus.documents import document_text, get_document, list_documents
from annotator.services.imports.articles import import_paths

FRENCH = (
    "Le gouvernement annonce un plan « énergie » à 2 milliards d’euros\r\n"
    "Paris — Le ministre a déclaré mercredi que la facture d’électricité baissera de 5 %.\r\n"
    "« C’est une décision forte », a-t-il ajouté… Les syndicats dénoncent un coût de 40 €.\r\n"
)
GERMAN = "Die Bürger in Köln äußern Kritik.\n"
RUSSIAN = (
    "Путин и Бердымухамедов подписали декларацию\n"
    "МОСКВА, 10 июн — РИА Новости. Президенты России и Туркмении подписали декларацию "
    "об углублении стратегического партнерства.\n"
)


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Grüße aus Wien\n".encode("cp1252"), "Grüße aus Wien\n"),
        ("Grüße".encode("cp1252"), "Grüße"),
        (FRENCH.encode("cp1252"), FRENCH.replace("\r\n", "\n")),
        (RUSSIAN.encode("cp1251"), RUSSIAN),
        (("\ufeff" + RUSSIAN).encode("utf-8"), RUSSIAN),
        (RUSSIAN.encode("utf-8"), RUSSIAN),
        (("\ufeff" + FRENCH).encode("utf-16-le"), FRENCH.replace("\r\n", "\n")),
        (GERMAN.encode("latin-1"), GERMAN),
        (b"Line one\rLine two\r\nLine three\n", "Line one\nLine two\nLine three\n"),
    ],
    ids=["cp1252-de", "cp1252-word", "cp1252-fr", "cp1251", "utf8-bom", "utf8", "utf16-bom",
         "latin1", "mixed-newlines"],
)  # fmt: skip
def test_encodings_and_line_ends(project, tmp_path: Path, data: bytes, expected: str) -> None:
    path = write(tmp_path / "in", "article.txt", data)
    report = import_paths(project, [path])
    assert report.failed == [] and len(report.imported) == 1
    assert document_text(project, report.imported[0].id) == expected


def test_whitespace_and_everything_else_is_kept(project, tmp_path: Path) -> None:
    text = "  Indented title  \n\n\tTabbed   body  with  spaces \u00a0\nlast line without newline"
    path = write(tmp_path, "a.txt", text.encode())
    (item,) = import_paths(project, [path]).imported
    assert document_text(project, item.id) == text
    assert get_document(project, item.id).title == "Indented title"


def test_folder_is_searched_recursively_and_only_txt_is_taken(project, tmp_path: Path) -> None:
    corpus = tmp_path / "articles"
    write(corpus, "a.txt", b"Alpha\nbody one.\n")
    write(corpus, "2022/06/b.TXT", b"Beta\nbody two.\n")
    write(corpus, "notes.md", b"# not an article\n")
    write(corpus, ".hidden.txt", b"hidden\n")
    write(corpus, ".git/c.txt", b"tool file\n")
    report = import_paths(project, [corpus])
    assert sorted(item.title for item in report.imported) == ["Alpha", "Beta"]
    assert report.failed == []
    documents = list_documents(project)
    assert {d.source_file for d in documents} == {"a.txt", "b.TXT"}
    assert all(len(d.sha256) == 64 for d in documents)


def test_duplicates_are_reported_not_imported_twice(project, tmp_path: Path) -> None:
    corpus = tmp_path / "articles"
    write(corpus, "a.txt", b"Alpha\nbody one.\n")
    write(corpus, "copy-of-a.txt", b"Alpha\r\nbody one.\r\n")  # same text once normalised
    write(corpus, "b.txt", b"Beta\nbody two.\n")
    first = import_paths(project, [corpus])
    assert len(first.imported) == 2
    assert [Path(d.path).name for d in first.duplicates] == ["copy-of-a.txt"]
    second = import_paths(project, [corpus])
    assert second.imported == []
    assert len(second.duplicates) == 3
    assert len(list_documents(project)) == 2


def test_bad_files_are_reported_and_the_rest_imports(project, tmp_path: Path) -> None:
    corpus = tmp_path / "articles"
    write(corpus, "good.txt", b"Good\nA fine article.\n")
    write(corpus, "empty.txt", b"")
    write(corpus, "blank.txt", b"  \n\n\t\n")
    write(corpus, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    write(corpus, "also-good.txt", "Zweiter\nGrüße.\n".encode("cp1252"))
    unsupported = write(tmp_path, "table.xyz", b"a,b\n")
    report = import_paths(project, [corpus, unsupported, tmp_path / "missing.txt"])
    assert sorted(item.title for item in report.imported) == ["Good", "Zweiter"]
    reasons = {Path(item.path).name: item.error for item in report.failed}
    assert reasons["empty.txt"] == "empty file"
    assert "only whitespace" in reasons["blank.txt"]
    assert "binary" in reasons["image.txt"]
    assert "unsupported file type .xyz" in reasons["table.xyz"]
    assert "no such file" in reasons["missing.txt"]
    assert len(list_documents(project)) == 2


def test_unreadable_file(project, tmp_path: Path, monkeypatch) -> None:
    import os

    path = write(tmp_path, "locked.txt", b"Secret\n")
    original = os.open

    def refuse(name, *args, **kwargs):  # tests run as root, who may read any file
        if os.fspath(name).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return original(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    (failed,) = import_paths(project, [path]).failed
    assert failed.error == "cannot be read (Permission denied)"


@pytest.mark.parametrize("windows", [False, True])
def test_a_folder_given_to_the_reader_is_not_a_regular_file(
    tmp_path: Path, monkeypatch, windows: bool
) -> None:
    from annotator.io.imports.documents import ImportProblem
    from annotator.io.imports.sources import read_documents

    folder = tmp_path / "looks-like.txt"
    folder.mkdir()
    if windows:  # Windows refuses to open a folder with a permission error instead
        import os

        original = os.open

        def refuse(name, *args, **kwargs):
            if os.fspath(name) == str(folder):
                raise PermissionError(13, "Permission denied")
            return original(name, *args, **kwargs)

        monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(ImportProblem, match=r"^not a regular file$"):
        read_documents(folder)


def test_oversized_file_is_refused(project, tmp_path: Path, monkeypatch) -> None:
    from annotator.io.imports import limits

    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 1000)
    path = write(tmp_path, "huge.txt", b"word " * 1000)
    (failed,) = import_paths(project, [path]).failed
    assert "too large" in failed.error


def test_many_files_cross_batches_with_progress(project, tmp_path: Path, monkeypatch) -> None:
    from annotator.services.imports import articles as importing

    monkeypatch.setattr(importing, "BATCH_SIZE", 7)
    for number in range(30):
        write(tmp_path / "c", f"{number:03}.txt", f"Title {number}\nBody {number}.\n".encode())
    write(tmp_path / "c", "999.txt", b"Title 3\nBody 3.\n")  # duplicate of one in an earlier batch
    seen: list[tuple[int, int]] = []
    report = import_paths(project, [tmp_path / "c"], progress=lambda d, t, _p: seen.append((d, t)))
    assert len(report.imported) == 30 and len(report.duplicates) == 1
    assert report.duplicates[0].existing_id == next(
        item.id for item in report.imported if item.title == "Title 3"
    )
    assert seen[0] == (0, 31) and seen[-1] == (31, 31)
    ids = [d.id for d in list_documents(project)]
    assert ids == sorted(ids) and len(ids) == 30


def test_cancel_keeps_whole_files_only(project, tmp_path: Path) -> None:
    for number in range(10):
        write(tmp_path / "c", f"{number}.txt", f"T{number}\nBody {number}.\n".encode())
    calls = iter(range(100))
    report = import_paths(project, [tmp_path / "c"], should_cancel=lambda: next(calls) >= 4)
    assert report.cancelled
    assert len(report.imported) == 4
    assert [d.title for d in list_documents(project)] == ["T0", "T1", "T2", "T3"]
