"""Choosing the codebook reader or writer by file suffix: .xlsx, .qdc, .json (read), .html (write).

One place so that `annotator new --codebook`, `annotator codebook import/export` and the GUI's
File menu accept the same files and say the same thing about the others.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from annotator.core.codebook_draft import DraftCode, DraftCodebook, DraftVariable
from annotator.core.codebook_spec import CodebookSpecError, CodeSpec, load_codebook_json
from annotator.errors import InvalidInputError

READ_SUFFIXES = (".xlsx", ".xlsm", ".qdc", ".json")
WRITE_SUFFIXES = (".xlsx", ".qdc", ".html")


def draft_from_json(path: Path) -> DraftCodebook:
    """A JSON codebook (as shipped in resources/codebooks) as a draft; it carries no uuids."""
    try:
        spec = load_codebook_json(path)
    except CodebookSpecError as error:
        raise InvalidInputError(str(error)) from error
    draft = DraftCodebook(name=spec.name, version=spec.version, description=spec.description)

    def add(variable: str, codes: Iterable[CodeSpec], parent: str | None) -> None:
        for code in codes:
            draft.codes.append(
                DraftCode(
                    variable=variable, label=code.label, parent=parent,
                    definition=code.definition, include=code.include, exclude=code.exclude,
                    example=code.example, colour=code.colour, shortcut=code.shortcut,
                )
            )  # fmt: skip
            add(variable, code.children, code.label)

    for variable in spec.variables:
        draft.variables.append(
            DraftVariable(
                name=variable.name, label=variable.label or variable.name.capitalize(),
                kind=variable.kind, multiple=variable.multiple, open=variable.open,
                description=variable.description,
            )
        )  # fmt: skip
        add(variable.name, variable.codes, None)
    return draft


def read_codebook_file(path: Path) -> DraftCodebook:
    """Read a codebook file of any supported kind; its problems are in `draft.problems`."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInputError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from annotator.io.codebooks.xlsx import read_codebook_xlsx

        return read_codebook_xlsx(path)
    if suffix == ".qdc":
        from annotator.io.codebooks.qdc import read_codebook_qdc

        return read_codebook_qdc(path)
    if suffix == ".json":
        return draft_from_json(path)
    raise InvalidInputError(
        f"{path}: unknown codebook type {suffix or '(no suffix)'!r} "
        f"(use one of {', '.join(READ_SUFFIXES)})"
    )


def write_codebook_file(
    draft: DraftCodebook, target: Path, *, source: str = "", unique_names: bool = False
) -> None:
    """Write the codebook as .xlsx, .qdc or printable .html, atomically (`unique_names`: .qdc
    only, see `annotator.io.codebooks.qdc`)."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix == ".xlsx":
        from annotator.io.codebooks.xlsx import write_codebook_xlsx

        write_codebook_xlsx(draft, target, source=source)
    elif suffix == ".qdc":
        from annotator.io.codebooks.qdc import write_codebook_qdc

        write_codebook_qdc(draft, target, unique_names=unique_names)
    elif suffix in (".html", ".htm"):
        from annotator.io.codebooks.html import write_codebook_html

        write_codebook_html(draft, target)
    else:
        raise InvalidInputError(
            f"{target}: cannot write a codebook as {suffix or '(no suffix)'!r} "
            f"(use one of {', '.join(WRITE_SUFFIXES)})"
        )
