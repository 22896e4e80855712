"""Builders for the binary sample files of the import tests (.docx, .odt, .xlsx, .pdf, .rtf).

Binary fixtures are generated at test time rather than committed, so every byte of them is
reviewable here; the text fixtures (exports, a news page) live in tests/data/import/.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path

DATA = Path(__file__).parent / "data" / "import"


def export_lines(name: str) -> list[str]:
    return (DATA / name).read_text(encoding="utf-8").split("\n")


def make_docx(path: Path, paragraphs: Iterable[str], *, heading: str | None = None) -> Path:
    """A Word document; paragraphs equal to "\\f" become page breaks (as in Nexis exports)."""
    from docx import Document
    from docx.enum.text import WD_BREAK

    document = Document()
    document.core_properties.author = "Student Assistant"
    if heading:
        document.add_heading(heading, level=1)
    for paragraph in paragraphs:
        if paragraph == "\f":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            document.add_paragraph(paragraph)
    document.save(path)
    return path


def make_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Articles"
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
<office:body><office:text>{body}</office:text></office:body></office:document-content>"""
ODT_META = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta><dc:title>{title}</dc:title>
</office:meta></office:document-meta>"""


def make_odt(path: Path, body_xml: str, *, content: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text"
        )  # stored first, uncompressed, as ODF requires
        archive.writestr("content.xml", content or ODT_CONTENT.format(body=body_xml))
        archive.writestr("meta.xml", ODT_META.format(title="Draft"))
    return path


def rtf_from_lines(lines: Iterable[str]) -> bytes:
    """An RTF document as Word writes it: one \\par per line, non-ASCII as \\uN? escapes."""
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}}\f0\fs24 "]
    for line in lines:
        escaped = []
        for char in line:
            if char in "\\{}":
                escaped.append("\\" + char)
            elif ord(char) > 127:
                code = ord(char)
                escaped.append(f"\\u{code if code < 32768 else code - 65536}?")
            else:
                escaped.append(char)
        parts.append("".join(escaped) + "\\par\n")
    parts.append("}")
    return "".join(parts).encode("ascii")


def make_pdf(path: Path, lines: Sequence[str], *, bomb_bytes: int = 0) -> Path:
    """A one-page PDF with `lines` as its text layer (none when empty: a "scan").

    With `bomb_bytes`, the page's content stream inflates to `bomb_bytes` of spaces: a
    decompression bomb of about 1 MB on disk per gigabyte. After a full flush, deflate emits the
    same block for the same input, so the block is repeated instead of compressing gigabytes.
    """
    if bomb_bytes:
        compressor = zlib.compressobj(9)
        chunk = b" " * (1 << 24)
        first = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
        block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
        stream = first + block * (bomb_bytes // len(chunk) - 1) + compressor.flush()
        content = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
        content += stream + b"\nendstream"
    else:
        ops = [b"0.8 g 50 50 500 700 re f"]  # a grey rectangle: what a scan's page draws
        if lines:
            ops = [b"BT /F1 12 Tf 72 720 Td 14 TL"]
            for line in lines:
                escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                ops.append(b"(" + escaped.encode("latin-1") + b") Tj T*")
            ops.append(b"ET")
        body = b"\n".join(ops)
        content = b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        content,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (Turkmen gas talks) /Author (Reporter) >>",
    ]
    output = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        output += b"%010d 00000 n \n" % offset
    output += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objects) + 1)
    output += b"startxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(output))
    return path


def make_zip_bomb(path: Path, inner_name: str = "word/document.xml", size: int = 256 << 20) -> Path:
    """A ZIP whose one entry inflates to `size` bytes (256 MiB: about 250 KB on disk)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open(inner_name, "w", force_zip64=True) as entry:
            chunk = b"\0" * (1 << 24)
            for _ in range(size // len(chunk)):
                entry.write(chunk)
    return path
