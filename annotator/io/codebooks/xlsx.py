"""The codebook workbook: what a PI hands to coders, and what comes back edited in Excel.

Three sheets — Study (name, version, description, how to edit), Variables and Codes (variable,
code, parent, definition, when to use, when not to use, examples, colour shown as the cell's
fill, shortcut, retired, and the uuid last so the codes find their way back). The reader is
forgiving about what people do to spreadsheets — columns reordered or renamed to common synonyms,
extra columns, blank rows, a title row above the headers, the uuid column deleted, codes typed by
hand, a colour given only as a cell fill — and strict about the rest: every problem is reported
with sheet, row and column. openpyxl is imported lazily.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator import __version__
from annotator.core.codebook_draft import (
    COLOUR,
    DraftCode,
    DraftCodebook,
    DraftVariable,
    Location,
    Problem,
    normalise_uuid,
)
from annotator.core.labels import label_key
from annotator.core.vocabulary import VariableKind
from annotator.errors import InvalidInputError
from annotator.io.archives import open_zip
from annotator.io.atomic import atomic_output
from annotator.io.imports.documents import ImportProblem
from annotator.io.imports.limits import MAX_ZIP_FILE_BYTES, read_bytes_limited
from annotator.io.xlsx_cells import apply_layout, data_row, header_row, save_workbook

if TYPE_CHECKING:
    from openpyxl.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

STUDY_SHEET, VARIABLE_SHEET, CODE_SHEET = "Study", "Variables", "Codes"

# (field, header written, width, other headers accepted when reading)
VARIABLE_COLUMNS = (
    ("name", "Variable", 14, ("variable name", "name")),
    ("label", "Label", 18, ()),
    ("kind", "Kind", 11, ("type", "level", "measurement")),
    ("multiple", "Several codes per span", 12, ("multiple", "several codes", "multiple codes")),
    ("open", "Open list", 9, ("open", "coders may add codes")),
    ("description", "Description", 70, ("definition", "instructions")),
    ("uuid", "uuid", 38, ("id", "guid", "variable uuid")),
)
CODE_COLUMNS = (
    ("variable", "Variable", 12, ("variable name",)),
    ("label", "Code", 32, ("label", "code label", "name", "code name")),
    ("parent", "Parent", 24, ("parent code", "parent label")),
    ("definition", "Definition", 55, ("description", "full definition")),
    ("include", "When to use", 45, ("include", "inclusion", "inclusion criteria")),
    ("exclude", "When not to use", 45, ("exclude", "exclusion", "exclusion criteria")),
    ("example", "Examples", 40, ("example",)),
    ("colour", "Colour", 10, ("color",)),
    ("shortcut", "Shortcut", 9, ("shortcut key", "key")),
    ("retired", "Retired", 8, ("hidden", "inactive")),
    ("uuid", "uuid", 38, ("id", "guid", "code uuid")),
)
STUDY_KEYS = {
    "name": ("codebook", "name", "codebook name", "study", "title"),
    "version": ("version", "codebook version"),
    "description": ("description", "codebook description"),
}
KIND_WORDS = {
    "category": VariableKind.CATEGORY,
    "categorical": VariableKind.CATEGORY,
    "nominal": VariableKind.CATEGORY,
    "scale": VariableKind.SCALE,
    "ordinal": VariableKind.SCALE,
    "ordered": VariableKind.SCALE,
    "ordered scale": VariableKind.SCALE,
    "text": VariableKind.TEXT,
    "free text": VariableKind.TEXT,
    "string": VariableKind.TEXT,
}
YES = {"yes", "y", "true", "1", "x", "✓", "✔"}
NO = {"no", "n", "false", "0", ""}
HOW_TO_EDIT = (
    "Edit definitions, rules, examples, colours and shortcuts in place; add a code as a new row "
    "(its parent is another code's label in the same variable; leave uuid empty); delete a row "
    "to remove a code. Keep the uuid column: it tells Annotator which code a row is, even after "
    "a rename. Import with: annotator codebook import PROJECT THIS-FILE --dry-run, then without "
    "--dry-run. Codes that annotations use are never deleted: they are retired instead."
)


# --- writing ------------------------------------------------------------------------------------


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def _readable_on(colour: str) -> str:
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "000000" if 0.299 * red + 0.587 * green + 0.114 * blue > 140 else "FFFFFF"


def _table(
    sheet: Worksheet,
    columns: tuple[tuple[str, str, int, tuple[str, ...]], ...],
    rows: list[list[Any]],
) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    apply_layout(sheet, [width for _f, _h, width, _a in columns], len(rows) + 1, len(columns))
    sheet.append(header_row(sheet, [header for _f, header, _w, _a in columns]))
    wrap = Alignment(wrap_text=True, vertical="top")
    row_number = sheet.max_row  # counted once: max_row (and sheet[row]) look at every cell
    for row in rows:
        sheet.append(data_row(sheet, row))
        row_number += 1
        for column in range(1, len(row) + 1):
            sheet.cell(row_number, column).alignment = wrap
    uuid_letter = get_column_letter(len(columns))
    for cell in sheet[uuid_letter][1:]:
        cell.font = Font(color="808080", size=9)


def _yes_no_validation(sheet: Worksheet, letters: Iterable[str], rows: int, words: str) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    validation = DataValidation(type="list", formula1=f'"{words}"', allow_blank=True)
    sheet.add_data_validation(validation)
    for letter in letters:
        validation.add(f"{letter}2:{letter}{max(rows + 200, 2)}")


def _study_sheet(sheet: Worksheet, draft: DraftCodebook, source: str) -> None:
    from openpyxl.styles import Alignment, Font

    active = sum(not code.retired for code in draft.codes)
    rows = [
        ("Codebook", draft.name),
        ("Version", draft.version),
        ("Description", draft.description),
        ("Variables", str(len(draft.variables))),
        ("Codes", f"{active} in use" + (f", {len(draft.codes) - active} retired" * bool(
            len(draft.codes) - active))),
        ("Exported from", source),
        ("Written by", f"Annotator {__version__}"),
        ("How to edit", HOW_TO_EDIT),
    ]  # fmt: skip
    apply_layout(sheet, [16, 100], len(rows) + 1, 0)
    sheet.append(header_row(sheet, ["Field", "Value"]))
    for key, value in rows:
        sheet.append(data_row(sheet, [key, value]))
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
        sheet.cell(sheet.max_row, 1).alignment = Alignment(vertical="top")
        sheet.cell(sheet.max_row, 2).alignment = Alignment(wrap_text=True, vertical="top")


def write_codebook_xlsx(draft: DraftCodebook, target: Path, *, source: str = "") -> None:
    """Write the codebook workbook atomically."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    workbook = Workbook()
    study = workbook.active
    study.title = STUDY_SHEET
    _study_sheet(study, draft, source)

    variables = workbook.create_sheet(VARIABLE_SHEET)
    _table(
        variables,
        VARIABLE_COLUMNS,
        [
            [v.name, v.label, v.kind.value if v.kind else "", _yes(v.multiple), _yes(v.open),
             v.description, v.uuid or ""]
            for v in draft.variables
        ],
    )  # fmt: skip
    _yes_no_validation(variables, ["C"], len(draft.variables), "category,scale,text")
    _yes_no_validation(variables, ["D", "E"], len(draft.variables), "yes,no")

    codes = workbook.create_sheet(CODE_SHEET)
    ordered = [
        (code, depth) for variable in draft.variables for code, depth in draft.walk(variable.name)
    ]
    _table(
        codes,
        CODE_COLUMNS,
        [
            [c.variable, c.label, c.parent or "", c.definition, c.include, c.exclude, c.example,
             c.colour or "", c.shortcut or "", _yes(c.retired), c.uuid or ""]
            for c, _depth in ordered
        ],
    )  # fmt: skip
    codes.freeze_panes = "C2"
    _yes_no_validation(codes, ["J"], len(ordered), "yes,no")
    for row_number, (code, depth) in enumerate(ordered, start=2):
        codes.cell(row_number, 2).alignment = Alignment(
            indent=depth * 2, wrap_text=True, vertical="top"
        )
        if code.colour and COLOUR.match(code.colour):
            rgb = code.colour[1:].upper()
            cell = codes.cell(row_number, 8)
            cell.fill = PatternFill("solid", start_color=rgb, end_color=rgb)
            cell.font = Font(color=_readable_on(code.colour))
        if code.retired:
            for column in range(1, 8):
                codes.cell(row_number, column).font = Font(italic=True, color="808080")
    with atomic_output(target) as temporary:
        save_workbook(workbook, temporary)


# --- reading ------------------------------------------------------------------------------------


def _header_key(value: Any) -> str:
    text = "" if value is None else str(value)
    text = re.sub(r"\(.*?\)", "", text).replace("*", "").replace("_", " ")
    return " ".join(label_key(text).split())


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    return str(value).strip().replace("\r\n", "\n")


def _column_name(letter: str, header: Any) -> str:
    return f"{letter} ({_text(header)})" if _text(header) else letter


def _find_header(
    sheet: Worksheet, columns: tuple[tuple[str, str, int, tuple[str, ...]], ...], required: str
) -> tuple[int, dict[str, int], dict[str, str]] | None:
    """The header row and, per field, the column index and its name for messages."""
    from openpyxl.utils import get_column_letter

    names = {
        key: field_name
        for field_name, header, _w, aliases in columns
        for key in (_header_key(header), *aliases)
    }
    for row in sheet.iter_rows(min_row=1, max_row=min(sheet.max_row, 10)):
        found: dict[str, int] = {}
        labels: dict[str, str] = {}
        for cell in row:
            field_name = names.get(_header_key(cell.value))
            if field_name and field_name not in found:
                found[field_name] = cell.column
                labels[field_name] = _column_name(get_column_letter(cell.column), cell.value)
        if required in found and len(found) >= 2:
            return row[0].row, found, labels
    return None


def _fill_colour(cell: Cell) -> str | None:
    fill = cell.fill
    if fill is None or fill.fill_type != "solid":
        return None
    rgb = getattr(fill.fgColor, "rgb", None)
    if isinstance(rgb, str) and re.fullmatch(r"[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?", rgb):
        return "#" + rgb[-6:].upper()
    return None


class _Rows:
    """Reads one table sheet into dicts of cleaned text, collecting problems with locations."""

    def __init__(
        self,
        sheet: Worksheet,
        columns: tuple[tuple[str, str, int, tuple[str, ...]], ...],
        required: str,
        problems: list[Problem],
    ) -> None:
        self.sheet, self.problems = sheet, problems
        found = _find_header(sheet, columns, required)
        self.header_row, self.columns, self.labels = found or (0, {}, {})
        if found is None:
            wanted = next(header for name, header, _w, _a in columns if name == required)
            problems.append(
                Problem(
                    f"no header row with a {wanted!r} column in the first 10 rows",
                    Location(sheet.title, 1),
                )
            )

    def problem(self, message: str, row: int, field_name: str) -> None:
        self.problems.append(
            Problem(message, Location(self.sheet.title, row, self.labels.get(field_name)))
        )

    def __iter__(self):
        if not self.columns:
            return
        for cells in self.sheet.iter_rows(min_row=self.header_row + 1):
            values = {name: cells[index - 1] for name, index in self.columns.items()
                      if index - 1 < len(cells)}  # fmt: skip
            texts = {name: _text(cell.value) for name, cell in values.items()}
            if not any(texts.values()):
                continue
            yield cells[0].row, texts, values

    def flag(self, texts: Mapping[str, str], name: str, row: int, default: bool = False) -> bool:
        word = label_key(texts.get(name, ""))
        if name not in texts or word == "":
            return default
        if word in YES or word in NO:
            return word in YES
        self.problem(f"{texts[name]!r} is not yes or no", row, name)
        return default

    def uuid(self, texts: Mapping[str, str], row: int) -> str | None:
        try:
            return normalise_uuid(texts.get("uuid"))
        except ValueError:
            self.problem(f"{texts['uuid']!r} is not a uuid (leave it empty for a new row)", row,
                         "uuid")  # fmt: skip
            return None


def _label(text: str) -> str:
    return " ".join(text.split())


def _read_variables(sheet: Worksheet, draft: DraftCodebook) -> None:
    rows = _Rows(sheet, VARIABLE_COLUMNS, "name", draft.problems)
    draft.variable_sheet, draft.variable_columns = sheet.title, rows.labels
    for row, texts, _cells in rows:
        word = label_key(texts.get("kind", ""))
        kind = KIND_WORDS.get(word) if word else VariableKind.CATEGORY
        if kind is None:
            rows.problem(
                f"unknown variable kind {texts['kind']!r} (use category, scale or text)", row,
                "kind",
            )  # fmt: skip
        draft.variables.append(
            DraftVariable(
                name=_label(texts.get("name", "")),
                label=_label(texts.get("label", "")),
                kind=kind,
                multiple=rows.flag(texts, "multiple", row),
                open=rows.flag(texts, "open", row),
                description=texts.get("description", ""),
                uuid=rows.uuid(texts, row),
                row=row,
            )
        )


def _colour(rows: _Rows, texts: Mapping[str, str], cells: Mapping[str, Any], row: int):
    text = texts.get("colour", "")
    if text:
        colour = text if text.startswith("#") else f"#{text}"
        if COLOUR.match(colour):
            return colour.upper()
        rows.problem(f"colour {text!r} is not of the form #RRGGBB", row, "colour")
        return None
    return _fill_colour(cells["colour"]) if "colour" in cells else None


def _read_codes(sheet: Worksheet, draft: DraftCodebook) -> None:
    rows = _Rows(sheet, CODE_COLUMNS, "label", draft.problems)
    draft.code_sheet, draft.code_columns = sheet.title, rows.labels
    previous_variable = ""
    for row, texts, cells in rows:
        variable = _label(texts.get("variable", "")) or previous_variable
        previous_variable = variable
        draft.codes.append(
            DraftCode(
                variable=variable,
                label=_label(texts.get("label", "")),
                parent=_label(texts.get("parent", "")) or None,
                definition=texts.get("definition", ""),
                include=texts.get("include", ""),
                exclude=texts.get("exclude", ""),
                example=texts.get("example", ""),
                colour=_colour(rows, texts, cells, row),
                shortcut=texts.get("shortcut") or None,
                retired=rows.flag(texts, "retired", row),
                uuid=rows.uuid(texts, row),
                row=row,
            )
        )


def _read_study(sheet: Worksheet, draft: DraftCodebook) -> None:
    keys = {alias: name for name, aliases in STUDY_KEYS.items() for alias in aliases}
    seen: set[str] = set()
    for cells in sheet.iter_rows(max_col=2):
        key = keys.get(_header_key(cells[0].value))
        if key and key not in seen and len(cells) > 1:
            seen.add(key)
            setattr(draft, key, _text(cells[1].value))


def _looks_like_variables(sheet: Worksheet) -> bool:
    found = _find_header(sheet, VARIABLE_COLUMNS, "name")
    return found is not None and bool({"kind", "multiple", "open"} & found[1].keys())


def _looks_like_codes(sheet: Worksheet) -> bool:
    found = _find_header(sheet, CODE_COLUMNS, "label")
    return found is not None and "variable" in found[1] and not _looks_like_variables(sheet)


def _sheet(workbook: Any, name: str) -> Worksheet | None:
    for sheet in workbook.worksheets:
        if label_key(sheet.title.strip()) == label_key(name):
            return sheet
    return None


def _table_sheets(workbook: Any) -> tuple[Worksheet | None, Worksheet | None]:
    """The Variables and Codes sheets: by name, else (renamed) by their headers."""
    variables, codes = _sheet(workbook, VARIABLE_SHEET), _sheet(workbook, CODE_SHEET)
    if codes is None:
        codes = next((s for s in workbook.worksheets
                      if s is not variables and _looks_like_codes(s)), None)  # fmt: skip
    if variables is None:
        variables = next((s for s in workbook.worksheets
                          if s is not codes and _looks_like_variables(s)), None)  # fmt: skip
    return variables, codes


def _load_workbook(path: Path) -> Any:
    """The workbook, after the checks every imported ZIP file passes (size on disk, unpacked
    size, compression ratio, no XML entities): a ZIP bomb never reaches openpyxl."""
    import openpyxl

    try:
        data = read_bytes_limited(path, MAX_ZIP_FILE_BYTES, "a codebook")
        open_zip(data, "codebook workbook").close()
    except ImportProblem as error:
        raise InvalidInputError(f"{path}: {error}") from error
    try:
        return openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as error:  # openpyxl raises many types for files that are not workbooks
        raise InvalidInputError(f"{path}: cannot be read as an .xlsx workbook ({error})") from error


def read_codebook_xlsx(path: Path) -> DraftCodebook:
    """Read a codebook workbook; problems are in `draft.problems` (see `check_draft`)."""
    workbook = _load_workbook(path)
    draft = DraftCodebook()
    study = _sheet(workbook, STUDY_SHEET) or _sheet(workbook, "Codebook")
    if study is not None:
        _read_study(study, draft)
    variables, codes = _table_sheets(workbook)
    if variables is None or codes is None:
        # Without both tables the rows cannot be matched: every code would be retired, or every
        # row reported as naming an unknown variable. Name the missing sheet, and only that.
        names = ", ".join(workbook.sheetnames) or "no sheets"
        for name, found in ((VARIABLE_SHEET, variables), (CODE_SHEET, codes)):
            if found is None:
                message = (
                    f"no such sheet (the workbook has {names}); a codebook workbook needs both "
                    f"{VARIABLE_SHEET} and {CODE_SHEET}"
                )
                draft.problems.append(Problem(message, Location(name)))
        return draft
    _read_variables(variables, draft)
    _read_codes(codes, draft)
    return draft
