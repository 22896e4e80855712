"""The codebook workbook: what it looks like, that it comes back unchanged, and that a workbook
edited by hand in Excel or LibreOffice still imports — or says exactly what to fix."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import PatternFill

from annotator.core.codebook_draft import check_draft
from annotator.io.codebooks.xlsx import read_codebook_xlsx, write_codebook_xlsx
from annotator.io.imports.documents import ParsedDocument
from annotator.services.codebooks.edit import describe_code, retire_code
from annotator.services.codebooks.reading import list_codebook
from annotator.services.codebooks.sync import (
    CodebookProblems,
    import_draft,
    new_project_from_draft,
    plan_import,
    project_draft,
)
from annotator.services.codebooks.undo import apply_undo
from annotator.services.coding.annotations import create_annotation
from annotator.services.imports.articles import import_documents

CODE_HEADERS = ["Variable", "Code", "Parent", "Definition", "When to use", "When not to use",
                "Examples", "Colour", "Shortcut", "Retired", "uuid"]  # fmt: skip


def export(project, path: Path) -> Path:
    write_codebook_xlsx(project_draft(project), path, source="study.annot")
    return path


def rows(sheet) -> list[list]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def rewrite(sheet, table: list[list]) -> None:
    sheet.delete_rows(1, sheet.max_row + 1)
    for row in table:
        sheet.append(row)


def test_workbook_a_researcher_would_hand_out(project, tmp_path: Path) -> None:
    describe_code(project, ("claim", "Demand or call for action"), example="=SUM(A1:A3)")
    retire_code(project, ("sector", "Transport"))
    workbook = openpyxl.load_workbook(export(project, tmp_path / "codebook.xlsx"))
    assert workbook.sheetnames == ["Study", "Variables", "Codes"]
    study = {row[0]: row[1] for row in rows(workbook["Study"])[1:]}
    assert study["Codebook"] == "News coding: actors, claims, sectors, frames"
    assert study["Version"] == "1.0" and study["Description"].startswith("Codebook for")

    variables = workbook["Variables"]
    assert [c.value for c in variables[1]] == ["Variable", "Label", "Kind",
        "Several codes per span", "Open list", "Description", "uuid"]  # fmt: skip
    assert rows(variables)[1][:5] == ["actor", "Actor", "category", "no", "yes"]
    assert rows(variables)[4][:4] == ["framing", "Framing", "category", "yes"]
    assert variables.freeze_panes == "A2" and variables["A1"].font.bold

    codes = workbook["Codes"]
    assert [c.value for c in codes[1]] == CODE_HEADERS
    assert codes.freeze_panes == "C2"
    records = {code.uuid: code for variable in list_codebook(project) for code in variable.codes}
    assert codes.max_row == 1 + len(records)
    for row in codes.iter_rows(min_row=2):
        record = records[row[10].value]  # the uuid column, last, finds every code
        assert row[1].value == record.label
        assert row[7].value == (record.colour or None)
        if record.colour:
            assert row[7].fill.fill_type == "solid"
            assert row[7].fill.fgColor.rgb[-6:] == record.colour[1:].upper()
        assert row[9].value == ("yes" if record.retired else "no")
        assert row[3].alignment.wrap_text
    government = next(row for row in codes.iter_rows(min_row=2) if row[1].value == "Government")
    child = codes.cell(government[0].row + 1, 2)
    assert (child.value, child.alignment.indent) == ("Head of state or government", 2)
    assert codes.cell(child.row, 3).value == "Government"
    formula = next(row for row in codes.iter_rows(min_row=2) if row[6].value == "=SUM(A1:A3)")
    assert formula[6].data_type == "s"  # text, never a formula
    assert codes.column_dimensions["D"].width >= 40


def test_round_trip_through_a_fresh_project_keeps_every_field(project, tmp_path: Path) -> None:
    retire_code(project, ("sector", "Transport"))
    first = export(project, tmp_path / "first.xlsx")
    draft = read_codebook_xlsx(first)
    assert check_draft(draft) == []
    with new_project_from_draft(tmp_path / "copy.annot", draft, "first.xlsx") as copy:
        second = export(copy, tmp_path / "second.xlsx")
        assert project_draft(copy) == project_draft(project)  # every field, uuids included
        assert [v.uuid for v in list_codebook(copy)] == [v.uuid for v in list_codebook(project)]
    one, two = openpyxl.load_workbook(first), openpyxl.load_workbook(second)
    for name in ("Variables", "Codes"):
        assert rows(one[name]) == rows(two[name])
        for cell_one, cell_two in zip(one[name]["H"], two[name]["H"], strict=True):
            assert cell_one.fill.fgColor.rgb == cell_two.fill.fgColor.rgb
    assert rows(one["Study"]) == rows(two["Study"])


def test_reimporting_the_export_changes_nothing(project, tmp_path: Path) -> None:
    draft = read_codebook_xlsx(export(project, tmp_path / "codebook.xlsx"))
    assert plan_import(project, draft).changes == []


def test_workbook_edited_by_hand_still_imports(project, tmp_path: Path) -> None:
    path = export(project, tmp_path / "codebook.xlsx")
    workbook = openpyxl.load_workbook(path)
    codes = workbook["Codes"]
    table = rows(codes)
    header, body = table[0], table[1:]
    # Reorder the columns, drop the uuid column, add a column of notes, blank rows, a title row.
    order = ["Code", "Variable", "Examples", "Definition", "Parent", "Shortcut", "Colour",
             "When not to use", "When to use", "Retired"]  # fmt: skip
    indexes = [header.index(name) for name in order]
    edited = [["Our codebook, edited for round 2"], [], [*order, "Notes"]]
    for number, row in enumerate(body):
        values = [row[index] for index in indexes]
        if values[0] == "Energy":
            values[3] = "Energy production, trade and prices."
        edited.append([*values, "checked"])
        if values[0] == "Energy":  # typed by hand, the variable left to the row above
            edited.append(["Nuclear power", None, "", "Nuclear plants.", "Energy"])
        if number % 10 == 0:
            edited.append([None] * 5)
    edited.append(["Gazprom", "actor", "", "", "Business and industry", "", "", "", "", ""])
    rewrite(codes, edited)
    codes.cell(codes.max_row, 7).fill = PatternFill("solid", start_color="FF8800")
    workbook.save(path)

    draft = read_codebook_xlsx(path)
    assert check_draft(draft) == []
    changes = {(c.action, c.code): c for c in plan_import(project, draft).changes}
    assert set(changes) == {("redefined", "Energy"), ("added", "Nuclear power"),
                            ("added", "Gazprom")}  # fmt: skip
    assert changes[("added", "Gazprom")].detail == "under 'Business and industry'"
    result = import_draft(project, draft, "codebook.xlsx")
    actor = {c.label: c for c in list_codebook(project)[0].codes}
    sector = {c.label: c for c in list_codebook(project)[2].codes}
    assert actor["Gazprom"].colour == "#FF8800"  # a colour given only as the cell's fill
    assert actor["Gazprom"].parent_id == actor["Business and industry"].id
    assert sector["Nuclear power"].parent_id == sector["Energy"].id  # variable from the row above
    assert sector["Energy"].definition == "Energy production, trade and prices."
    apply_undo(project, result.undo)
    assert "Gazprom" not in {c.label for c in list_codebook(project)[0].codes}


def test_renames_moves_retirements_and_removals_by_uuid(project, tmp_path: Path) -> None:
    report = import_documents(
        project, [(Path("a.txt"), ParsedDocument(text="Some text.", title="A", source_file="a"))]
    )
    create_annotation(project, document=report.imported[0].id, coder="alice", start=0, end=4,
                      values={"sector": ["Health"]})  # fmt: skip
    path = export(project, tmp_path / "codebook.xlsx")
    workbook = openpyxl.load_workbook(path)
    codes = workbook["Codes"]
    table = rows(codes)
    kept = []
    for row in table:
        if row[1] == "Energy":
            row[1] = "Energy and resources"  # renamed: the uuid still finds it
        if row[1] == "Citizens":
            row[2] = None  # moved to the top level
        if row[1] == "Prediction":
            row[9] = "yes"
        if row[1] in ("Health", "Transport"):
            continue  # removed from the file: Health is in use, Transport is not
        kept.append(row)
    rewrite(codes, kept)
    workbook.save(path)
    plan = plan_import(project, read_codebook_xlsx(path))
    found = {(c.action, c.code) for c in plan.changes}
    assert {("renamed", "Energy"), ("moved", "Citizens"), ("retired", "Prediction"),
            ("retired", "Health"), ("removed", "Transport")} <= found  # fmt: skip
    import_draft(project, read_codebook_xlsx(path))
    sector = {c.label: c for c in list_codebook(project)[2].codes}
    assert "Energy and resources" in sector and "Transport" not in sector
    assert sector["Health"].retired  # never deleted: an annotation uses it


def problem_texts(path: Path, project) -> list[str]:
    draft = read_codebook_xlsx(path)
    return [str(problem) for problem in plan_import(project, draft).problems]


def test_problems_are_listed_with_sheet_row_and_column(project, tmp_path: Path) -> None:
    path = export(project, tmp_path / "codebook.xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook["Variables"]["C3"] = "ordinalish"
    codes = workbook["Codes"]
    codes["B4"] = codes["B3"].value  # a duplicate label
    codes["C6"] = "No such parent"
    codes["I20"] = "g"  # Government's shortcut again
    codes["H21"] = "pink"
    codes["J22"] = "maybe"
    workbook.save(path)
    before = project_draft(project)
    problems = problem_texts(path, project)
    expected = [
        "Variables, row 3, column C (Kind): unknown variable kind 'ordinalish'",
        f"Codes, row 4, column B (Code): duplicate label {codes['B3'].value!r}",
        "Codes, row 6, column C (Parent): unknown parent 'No such parent'",
        "Codes, row 20, column I (Shortcut): shortcut 'g' of",
        "Codes, row 21, column H (Colour): colour 'pink' is not of the form #RRGGBB",
        "Codes, row 22, column J (Retired): 'maybe' is not yes or no",
    ]
    for start in expected:
        assert any(problem.startswith(start) for problem in problems), (start, problems)
    with pytest.raises(CodebookProblems) as raised:
        import_draft(project, read_codebook_xlsx(path))
    assert len(raised.value.problems) == len(problems)
    assert project_draft(project) == before  # nothing changed


def test_cycles_unknown_variables_and_missing_sheets(project, tmp_path: Path) -> None:
    path = export(project, tmp_path / "codebook.xlsx")
    workbook = openpyxl.load_workbook(path)
    codes = workbook["Codes"]
    codes["C2"] = "Head of state or government"  # Government under its own child
    codes["A10"] = "actors"
    workbook.save(path)
    problems = problem_texts(path, project)
    assert any("their own ancestors" in problem for problem in problems)
    assert any(p.startswith("Codes, row 10, column A (Variable): unknown variable 'actors'")
               for p in problems)  # fmt: skip
    del workbook["Variables"]
    workbook.save(path)
    assert any(p.startswith("Variables: no such sheet") for p in problem_texts(path, project))


def test_a_file_that_is_not_a_workbook(project, tmp_path: Path) -> None:
    path = tmp_path / "codebook.xlsx"
    path.write_text("not a workbook")
    with pytest.raises(Exception, match=r"damaged or not a codebook workbook"):
        read_codebook_xlsx(path)
