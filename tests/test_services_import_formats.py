"""Importing every format into a project: metadata stored, bad files reported, previews, workers."""

from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path

from import_samples import DATA, make_docx, make_pdf, make_xlsx, make_zip_bomb

from annotator.db.models import Document
from annotator.io.imports.documents import ImportOptions
from annotator.services.corpus.documents import document_text, get_document, list_documents
from annotator.services.imports.articles import import_paths, import_previews, preview_paths

SEED = Path(__file__).parent / "data" / "scraped" / "sputnik_seed.txt"


def stored(project, document_id: int) -> Document:
    with project.reading() as session:
        return session.get(Document, document_id)


def test_seed_is_stored_cleaned_with_its_raw_text(project) -> None:
    (item,) = import_paths(project, [SEED]).imported
    document = get_document(project, item.id)
    assert document.title == (
        "Russian, Turkmen Presidents Sign Declaration on Strengthening Strategic Partnership"
    )
    assert (document.outlet, document.published, document.language) == (
        "Sputnik International", datetime.date(2022, 6, 10), "en"
    )  # fmt: skip
    text = document_text(project, item.id)
    assert text.startswith("MOSCOW (Sputnik) - Russian President Vladimir Putin")
    assert text.endswith("diplomatic relations between Moscow and Ashgabat.")
    row = stored(project, item.id)
    assert row.raw == SEED.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert row.extra["cleaned"] == "scraped page"
    assert (item.outlet, item.published, item.language) == (
        "Sputnik International", "2022-06-10", "en"
    )  # fmt: skip


def test_cli_as_is_and_json_summary(project, run_cli, tmp_path: Path) -> None:
    project.close()
    result = run_cli("import", tmp_path / "study.annot", SEED, "--as-is", "--json")
    assert result.exit_code == 0, result.err
    summary = json.loads(result.out)
    assert set(summary) == {"imported", "duplicates", "failed"}
    (item,) = summary["imported"]
    assert item["title"] == "- Sputnik International, 1920" and item["outlet"] is None
    text = run_cli("text", tmp_path / "study.annot", item["id"]).out
    assert text == SEED.read_text(encoding="utf-8").replace("\r\n", "\n")


def test_a_batch_of_every_format_with_bad_files(run_cli, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("news_page.html", "nexis_export.txt", "factiva_fields.txt"):
        shutil.copy(DATA / name, corpus / name)
    shutil.copy(SEED, corpus / "seed.txt")
    make_docx(corpus / "word.docx", ["Ashgabat welcomes the new gas agreement with Moscow."])
    make_pdf(corpus / "report.pdf", ["A PDF report on Caspian gas."])
    make_xlsx(corpus / "table.xlsx", [["title", "text"], ["Row one", "Text of row one."]])
    bad = corpus / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (bad / "broken.docx").write_bytes(b"PK\x03\x04not really")
    make_zip_bomb(bad / "bomb.docx")
    make_pdf(bad / "scan.pdf", [])
    make_xlsx(bad / "prices.xlsx", [["Date", "Price"], ["2022-06-10", 3]])
    (bad / "big.txt").write_bytes(b"word " * (5 * 1024 * 1024))  # 25 MB
    run_cli("new", tmp_path / "s.annot")
    result = run_cli("import", tmp_path / "s.annot", corpus, "--json")
    assert result.exit_code == 1
    summary = json.loads(result.out)
    failed = {Path(item["path"]).name: item["error"] for item in summary["failed"]}
    assert failed == {
        "big.txt": "too large for an article file (25.0 MB; the limit is 20 MB)",
        "binary.txt": "binary file, not text",
        "bomb.docx": "refused: would unpack to more than 200 MB (a ZIP bomb?)",
        "broken.docx": "damaged or not a Word document (not a valid ZIP container)",
        "empty.txt": "empty file",
        "prices.xlsx": failed["prices.xlsx"],
        "scan.pdf": "no text layer (scanned PDF?); run OCR on it first",
    }
    assert failed["prices.xlsx"].startswith("no text column: the headers are Date, Price")
    titles = sorted(item["title"] for item in summary["imported"])
    assert len(titles) == 3 + 2 + 1 + 1 + 1 + 1 + 1  # nexis, factiva, page, seed, docx, pdf, row
    assert "Kremlin talks focus on Caspian gas" in titles and "Row one" in titles
    again = json.loads(run_cli("import", tmp_path / "s.annot", corpus, "--json").out)
    assert again["imported"] == [] and len(again["duplicates"]) == 10
    human = run_cli("import", tmp_path / "s.annot", corpus / "bad" / "scan.pdf")
    assert human.out.startswith("FAILED     ") and "scan.pdf: no text layer" in human.out


def test_worker_processes_give_the_same_result_in_order(project, tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for number in range(6):
        page = (DATA / "news_page.html").read_text(encoding="utf-8")
        (corpus / f"{number}.html").write_text(page.replace("expand", f"expand ({number})"))
    (corpus / "9.txt").write_bytes(b"")
    report = import_paths(project, [corpus], workers=2)
    assert [Path(item.path).name for item in report.imported] == [f"{n}.html" for n in range(6)]
    assert [(Path(item.path).name, item.error) for item in report.failed] == [
        ("9.txt", "empty file")
    ]
    assert all(d.outlet == "The Caspian Herald" for d in list_documents(project))


def test_preview_writes_nothing_then_imports_what_was_shown(project, tmp_path: Path) -> None:
    import_paths(project, [DATA / "factiva_export.txt"])
    previews = preview_paths(
        [DATA / "factiva_fields.txt", DATA / "factiva_export.txt", tmp_path / "missing.txt"],
        ImportOptions(),
        project=project,
    )
    assert len(list_documents(project)) == 2
    fields, export, missing = previews
    assert [d.title for d in fields.documents][1] == "Kremlin talks focus on Caspian gas"
    assert fields.duplicate_of == [None, None] and export.duplicate_of == [1, 2]
    assert missing.error == "no such file or folder" and missing.documents == []
    report = import_previews(project, previews)
    assert len(report.imported) == 2 and len(report.duplicates) == 2 and len(report.failed) == 1


def test_cancel_keeps_whole_export_files(project, tmp_path: Path) -> None:
    files = [DATA / "nexis_export.txt", DATA / "factiva_fields.txt", DATA / "news_page.html"]
    calls = iter(range(100))
    report = import_paths(project, files, should_cancel=lambda: next(calls) >= 2)
    assert report.cancelled
    assert len(report.imported) == 5  # 3 Nexis + 2 Factiva articles, the page not started
    assert {Path(item.path).name for item in report.imported} == {
        "nexis_export.txt", "factiva_fields.txt"
    }  # fmt: skip


def test_storing_a_preview_can_be_cancelled_between_whole_files(project) -> None:
    files = [DATA / "nexis_export.txt", DATA / "factiva_fields.txt", DATA / "news_page.html"]
    previews = preview_paths(files, ImportOptions())
    seen: list[tuple[int, int, str]] = []
    calls = iter(range(100))
    report = import_previews(
        project,
        previews,
        progress=lambda done, total, path: seen.append((done, total, path.name)),
        should_cancel=lambda: next(calls) >= 2,
    )
    assert report.cancelled
    assert seen == [(0, 3, "nexis_export.txt"), (1, 3, "factiva_fields.txt")]
    stored = list_documents(project)
    assert len(stored) == len(report.imported) == 5  # both exports whole, the page not begun
    assert {item.id for item in report.imported} == {document.id for document in stored}
