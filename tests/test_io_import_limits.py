"""Hostile and broken files: each is refused with a one-line reason, within bounded memory."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from import_samples import make_docx, make_pdf, make_zip_bomb

from annotator.io.imports import pdf_files
from annotator.io.imports.sources import parse_file

XXE = (
    '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
)


def reason(path: Path) -> str:
    result = parse_file(path)
    assert isinstance(result, str), f"{path.name} was imported"
    assert "\n" not in result
    return result


def test_corrupt_docx(tmp_path: Path) -> None:
    good = make_docx(tmp_path / "good.docx", ["Text."]).read_bytes()
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(good[: len(good) // 2])
    assert "damaged or not a Word document" in reason(truncated)
    garbage = tmp_path / "garbage.docx"
    garbage.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 10)
    assert "damaged or not a Word document" in reason(garbage)
    wrong_zip = tmp_path / "photos.docx"
    with zipfile.ZipFile(wrong_zip, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8\xff")
    assert "damaged or not a Word document" in reason(wrong_zip)


def test_zip_bomb_dressed_as_docx(tmp_path: Path) -> None:
    assert "ZIP bomb" in reason(make_zip_bomb(tmp_path / "bomb.docx"))  # 256 MiB unpacked
    small_bomb = make_zip_bomb(tmp_path / "ratio.docx", size=16 << 20)  # ~1000-fold
    assert "compressed" in reason(small_bomb) and "ZIP bomb" in reason(small_bomb)


@pytest.mark.parametrize("suffix", [".docx", ".odt", ".xlsx"])
def test_xml_with_external_entities(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"xxe{suffix}"
    part = {".docx": "word/document.xml", ".odt": "content.xml", ".xlsx": "xl/workbook.xml"}
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(part[suffix], XXE)
    assert "declares XML entities or a DTD" in reason(path)


def test_pdf_whose_streams_inflate_to_gigabytes(tmp_path: Path) -> None:
    import resource

    path = make_pdf(tmp_path / "bomb.pdf", [], bomb_bytes=4 << 30)
    assert path.stat().st_size < 8 << 20
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert "decompression bomb" in reason(path)
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kb < 200 * 1024  # far below the 4 GiB the stream declares


def test_pdf_page_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_files, "MAX_PAGES", 0)
    assert reason(make_pdf(tmp_path / "long.pdf", ["Some text."])) == (
        "1 pages; the limit for an article is 0"
    )


def test_binary_file_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert reason(path) == "binary file, not text"
    office = tmp_path / "report.txt"
    office.write_bytes(make_docx(tmp_path / "r.docx", ["x"]).read_bytes())
    assert reason(office) == "a ZIP archive or Office file, not a .txt file"


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx", ".odt", ".rtf", ".pdf", ".csv"])
def test_zero_byte_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b"")
    assert reason(path) == "empty file"


def test_50_mb_text_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with path.open("wb") as handle:
        line = b"The minister said the pipeline would be finished next year.\n"
        handle.write(line * (50 * 1024 * 1024 // len(line) + 1))
    assert reason(path).startswith("too large for an article file (50.0 MB; the limit is 20 MB)")


def test_non_pdf_named_pdf_and_non_rtf_named_rtf(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_bytes(b"just some words, not a PDF")
    assert reason(tmp_path / "x.pdf") == "not a PDF file (no %PDF header)"
    (tmp_path / "x.rtf").write_bytes(b"plain words")
    assert "not an RTF file" in reason(tmp_path / "x.rtf")


def test_html_without_article(tmp_path: Path) -> None:
    path = tmp_path / "nav.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert reason(path) == "no article text found in the page"
