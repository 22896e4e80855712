"""Codebook files that cannot hurt the project: a ZIP bomb, a workbook without its sheets, JSON
or code trees nested absurdly deep. Each is refused with one line naming the file and the problem,
and the project stays as it was."""

from __future__ import annotations

import json
import struct
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import openpyxl
import pytest

from annotator.errors import InvalidInputError
from annotator.io.codebooks.files import read_codebook_file
from annotator.io.codebooks.xlsx import write_codebook_xlsx
from annotator.services.codebooks.sync import plan_import, project_draft

CODE_SHEET_PART = "xl/worksheets/sheet3.xml"  # Study, Variables, Codes: the third sheet
GIB = 1 << 30


def export(project, path: Path) -> Path:
    write_codebook_xlsx(project_draft(project), path, source="study.annot")
    return path


def _deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def _spaces_inflating_to(prefix: bytes, spaces: int, suffix: bytes) -> tuple[bytes, int, int]:
    """Raw deflate data of prefix + `spaces` spaces + suffix, with its CRC and size, made without
    compressing a gigabyte: after a full flush the compressor starts afresh, so every 16 MiB run
    of spaces compresses to the same block, written as often as needed."""
    chunk = b" " * (16 << 20)
    assert spaces % len(chunk) == 0
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = compressor.compress(prefix) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = compressor.compress(suffix) + compressor.flush()
    crc = zlib.crc32(prefix)
    for _ in range(spaces // len(chunk)):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(suffix, crc)
    return head + block * (spaces // len(chunk)) + tail, crc, len(prefix) + spaces + len(suffix)


def _write_zip(path: Path, parts: list[tuple[str, bytes, int, int]]) -> None:
    """A ZIP of already deflated parts (name, deflated data, CRC, size), as any zip tool writes."""
    body, directory = bytearray(), bytearray()
    for name, data, crc, size in parts:
        encoded = name.encode()
        # version 2.0, no flags, deflated, 1980-01-01, then CRC, sizes and the name's length
        common = struct.pack("<4H3L2H", 0, 8, 0, 33, crc, len(data), size, len(encoded), 0)
        directory += struct.pack("<4s2H", b"PK\x01\x02", 20, 20) + common
        directory += struct.pack("<3H2L", 0, 0, 0, 0, len(body)) + encoded
        body += struct.pack("<4sH", b"PK\x03\x04", 20) + common + encoded + data
    count = len(parts)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(directory), len(body), 0)
    path.write_bytes(bytes(body + directory + end))


def make_xlsx_bomb(project, path: Path, spaces: int = GIB) -> Path:
    """The project's codebook workbook whose Codes sheet XML carries a gigabyte of spaces after
    its first tag (whitespace a parser would read through): about a megabyte on disk."""
    with zipfile.ZipFile(export(project, path.with_name("plain.xlsx"))) as original:
        parts = {info.filename: original.read(info) for info in original.infolist()}
    entries = []
    for name, data in parts.items():
        if name == CODE_SHEET_PART:
            first_tag, _sep, rest = data.partition(b">")
            entries.append((name, *_spaces_inflating_to(first_tag + b">", spaces, rest)))
        else:
            entries.append((name, _deflate(data), zlib.crc32(data), len(data)))
    _write_zip(path, entries)
    return path


def test_an_xlsx_codebook_that_unpacks_to_a_gigabyte_is_refused_unopened(
    project, tmp_path: Path, monkeypatch, run_cli
) -> None:
    path = make_xlsx_bomb(project, tmp_path / "codebook.xlsx")
    assert path.stat().st_size < 2 << 20
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo(CODE_SHEET_PART).file_size > GIB  # a real gigabyte inside
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def watched_open(self, name, *args, **kwargs):
        opened.append(getattr(name, "filename", name))
        return real_open(self, name, *args, **kwargs)

    def no_openpyxl(*args, **kwargs):
        raise AssertionError("openpyxl was handed the bomb")

    monkeypatch.setattr(zipfile.ZipFile, "open", watched_open)
    monkeypatch.setattr(openpyxl, "load_workbook", no_openpyxl)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(InvalidInputError) as refused:
            read_codebook_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 5
    assert peak < 16 << 20  # the file is read (1 MB); nothing is inflated
    assert CODE_SHEET_PART not in opened  # refused before any decompression of the big part
    message = str(refused.value)
    assert message.startswith(f"{path}: refused: ") and "ZIP bomb" in message
    assert "\n" not in message

    before = project.path.read_bytes()
    project.close()
    result = run_cli("codebook", "import", project.path, path)
    assert result.exit_code == 2 and result.out == ""
    assert result.err == f"annotator: error: {message}\n"
    assert project.path.read_bytes() == before


def problems_of(project, path: Path) -> list[str]:
    return [str(problem) for problem in plan_import(project, read_codebook_file(path)).problems]


@pytest.mark.parametrize("missing", ["Codes", "Variables"])
def test_a_workbook_without_a_required_sheet_is_refused_naming_it(
    project, tmp_path: Path, run_cli, missing: str
) -> None:
    path = export(project, tmp_path / "codebook.xlsx")
    workbook = openpyxl.load_workbook(path)
    del workbook[missing]
    workbook.save(path)
    others = ", ".join(name for name in ("Study", "Variables", "Codes") if name != missing)
    expected = (
        f"{missing}: no such sheet (the workbook has {others}); a codebook workbook needs both "
        "Variables and Codes"
    )
    assert problems_of(project, path) == [expected]  # that alone: no row of the other sheet

    before = project.path.read_bytes()
    project.close()
    result = run_cli("codebook", "import", project.path, path)
    assert result.exit_code == 2 and result.out == ""
    assert result.err.splitlines() == [
        f"annotator: error: codebook.xlsx: {expected}",
        f"annotator: error: 1 problem(s) in {path}; nothing was changed",
    ]
    as_json = run_cli("codebook", "import", project.path, path, "--json")
    assert as_json.exit_code == 2
    assert json.loads(as_json.out)["problems"] == [
        {"message": expected.split(": ", 1)[1], "sheet": missing, "row": None, "column": None}
    ]
    assert project.path.read_bytes() == before


def test_renamed_sheets_are_still_found_by_their_headers(project, tmp_path: Path) -> None:
    path = export(project, tmp_path / "codebook.xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook["Codes"].title = "Kategorien"
    workbook["Variables"].title = "Variablen"
    workbook.save(path)
    plan = plan_import(project, read_codebook_file(path))
    assert plan.problems == [] and plan.changes == []


def project_rows(run_cli, path: Path) -> str:
    shown = run_cli("codebook", "show", path, "--json")
    assert shown.exit_code == 0, shown.err
    return shown.out


def test_json_nested_a_hundred_thousand_deep_is_refused_in_one_line(
    tmp_path: Path, run_cli
) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"deep\.json: nested too deeply to be a codebook"):
        read_codebook_file(deep)
    study = tmp_path / "study.annot"
    assert run_cli("new", study).exit_code == 0
    before = project_rows(run_cli, study)
    result = run_cli("codebook", "import", study, deep)
    assert result.exit_code == 2 and result.out == ""
    assert result.err == f"annotator: error: {deep}: nested too deeply to be a codebook\n"
    assert project_rows(run_cli, study) == before
    created = run_cli("new", tmp_path / "new.annot", "--codebook", deep)
    assert created.exit_code == 2 and created.err.count("\n") == 1
    assert "nested too deeply to be a codebook" in created.err
    assert not (tmp_path / "new.annot").exists()


def code_chain_json(levels: int) -> dict:
    code: dict = {"label": f"level {levels}"}
    for level in range(levels - 1, 0, -1):
        code = {"label": f"level {level}", "children": [code]}
    return {"name": "Deep", "variables": [{"name": "topic", "codes": [code]}]}


def test_json_code_trees_parse_only_to_a_sane_depth(tmp_path: Path) -> None:
    fine = tmp_path / "fine.json"
    fine.write_text(json.dumps(code_chain_json(100)), encoding="utf-8")
    assert len(read_codebook_file(fine).codes) == 100
    deep = tmp_path / "deep.json"
    deep.write_text(json.dumps(code_chain_json(300)), encoding="utf-8")  # json.loads takes it
    with pytest.raises(InvalidInputError, match="nested too deeply to be a codebook"):
        read_codebook_file(deep)


def test_a_parent_chain_five_thousand_deep_in_a_workbook_is_refused_quickly(
    project, tmp_path: Path, run_cli
) -> None:
    path = export(project, tmp_path / "codebook.xlsx")
    workbook = openpyxl.load_workbook(path)
    codes = workbook["Codes"]
    for level in range(1, 5_001):
        parent = f"Level {level - 1}" if level > 1 else "Energy"
        codes.append(["sector", f"Level {level}", parent])
    workbook.save(path)
    started = time.perf_counter()
    problems = problems_of(project, path)
    assert time.perf_counter() - started < 10
    assert problems == [
        "Codes, row 5039, column C (Parent): code 'Level 5000' of 'sector' is 5,001 levels deep; "
        "codes may be nested 100 levels deep"
    ]
    before = project.path.read_bytes()
    project.close()
    result = run_cli("codebook", "import", project.path, path)
    assert result.exit_code == 2 and "5,001 levels deep" in result.err
    assert project.path.read_bytes() == before


def qdc_chain(levels: int) -> str:
    opening = "".join(f'<Code name="Level {n}" isCodable="true">' for n in range(1, levels + 1))
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0">'
        f'<Codes><Code name="topic" isCodable="false">{opening}{"</Code>" * levels}</Code>'
        "</Codes></CodeBook>"
    )


def test_qdc_code_trees_deeper_than_a_codebook_are_refused(project, tmp_path: Path) -> None:
    nested = tmp_path / "nested.qdc"
    nested.write_text(qdc_chain(5_000), encoding="utf-8")
    with pytest.raises(InvalidInputError) as refused:
        read_codebook_file(nested)
    assert str(refused.value) == f"{nested}: nested too deeply to be a codebook"
    within_xml_limits = tmp_path / "deep.qdc"
    within_xml_limits.write_text(qdc_chain(250), encoding="utf-8")
    problems = problems_of(project, within_xml_limits)
    assert [p for p in problems if "levels deep" in p] == [
        "deep.qdc, line 2: code 'Level 250' of 'topic' is 250 levels deep; "
        "codes may be nested 100 levels deep"
    ]


def test_json_codebooks_too_large_or_not_an_object_are_refused(tmp_path: Path) -> None:
    large = tmp_path / "large.json"
    with large.open("wb") as handle:
        handle.truncate(21 << 20)  # sparse: nothing is written
    with pytest.raises(InvalidInputError, match=r"large\.json: too large for a codebook"):
        read_codebook_file(large)
    listing = tmp_path / "list.json"
    listing.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"list\.json: not a JSON codebook"):
        read_codebook_file(listing)
