"""Sub-commands about the codebook: codebook show, export, import, rename, merge, retire.

`codebook import` prints the change list before applying it (`--dry-run` stops there); a file with
problems changes nothing, prints one line per problem on stderr (or a JSON list) and exits 2, and
so does an import that would retire or remove every code of the project or of a variable, unless
`--force` is given.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from annotator.cli.locations import PROJECT_HELP, project_location
from annotator.cli.output import fail, shorten, write_json, write_line
from annotator.db.project import open_project
from annotator.io.codebooks.files import read_codebook_file, write_codebook_file
from annotator.services.codebooks.edit import rename_code, retire_code
from annotator.services.codebooks.reading import list_codebook
from annotator.services.codebooks.recode import code_usage, merge_codes, preview_merge
from annotator.services.codebooks.sync import (
    Change,
    CodebookProblems,
    import_draft,
    plan_import,
    project_draft,
)


def register(subcommands: argparse._SubParsersAction) -> None:
    codebook = subcommands.add_parser(
        "codebook",
        help="show, export, import and edit the codebook",
        description="Show, export, import and edit a project's codebook.",
    )
    actions = codebook.add_subparsers(dest="codebook_command", metavar="ACTION", required=True)

    show = actions.add_parser("show", help="print the variables and the code tree")
    show.add_argument("project", type=project_location, help=PROJECT_HELP)
    show.add_argument("--json", action="store_true", help="print JSON (every field, uuids)")
    show.set_defaults(handler=run_show)

    export = actions.add_parser(
        "export",
        help="write the codebook as .xlsx, REFI-QDA .qdc or printable .html",
        description="Write the codebook: a workbook to hand out (.xlsx), a REFI-QDA codebook for "
        "MAXQDA/ATLAS.ti/NVivo/QualCoder (.qdc), or a printable appendix (.html).",
    )
    export.add_argument("project", type=project_location, help=PROJECT_HELP)
    export.add_argument("-o", "--output", type=Path, required=True, help="FILE.xlsx|.qdc|.html")
    export.add_argument(
        "--unique-names",
        action="store_true",
        help=".qdc for QualCoder: a code label used more than once is written as "
        "'Label (variable)', e.g. 'Other (claim)' (read back as the plain label)",
    )
    export.set_defaults(handler=run_export)

    imported = actions.add_parser(
        "import",
        help="update the codebook from an .xlsx, .qdc or .json codebook",
        description="Update the codebook from a file: codes match by uuid, then by variable and "
        "label. Prints the changes first. Codes missing from the file are removed if unused, "
        "retired if annotations use them - never deleted. An import that would retire or remove "
        "every code of the project, or of a variable, needs --force.",
    )
    imported.add_argument("project", type=project_location, help=PROJECT_HELP)
    imported.add_argument("file", type=Path, help="codebook.xlsx, codebook.qdc or codebook.json")
    imported.add_argument("--dry-run", action="store_true", help="list the changes, change nothing")
    imported.add_argument(
        "--force",
        action="store_true",
        help="import even if it retires or removes every code of the project or of a variable",
    )
    imported.add_argument("--json", action="store_true", help="print JSON")
    imported.set_defaults(handler=run_import)

    rename = actions.add_parser("rename", help="rename a code")
    rename.add_argument("project", type=project_location, help=PROJECT_HELP)
    rename.add_argument("variable")
    rename.add_argument("code", help="the code's current label")
    rename.add_argument("new_label")
    rename.set_defaults(handler=run_rename)

    merge = actions.add_parser(
        "merge",
        help="merge one code into another, recoding its annotations",
        description="Recode every annotation of SOURCE to TARGET, move SOURCE's sub-codes under "
        "TARGET and delete SOURCE.",
    )
    merge.add_argument("project", type=project_location, help=PROJECT_HELP)
    merge.add_argument("variable")
    merge.add_argument("source", help="the code to merge away")
    merge.add_argument("target", help="the code that takes its annotations")
    merge.add_argument("--dry-run", action="store_true", help="only say how many it would touch")
    merge.set_defaults(handler=run_merge)

    retire = actions.add_parser("retire", help="hide a code from coding, keeping its annotations")
    retire.add_argument("project", type=project_location, help=PROJECT_HELP)
    retire.add_argument("variable")
    retire.add_argument("code")
    retire.add_argument("--reinstate", action="store_true", help="make it codable again")
    retire.set_defaults(handler=run_retire)


def run_show(args: argparse.Namespace) -> int:
    with open_project(args.project, read_only=True) as project:
        draft = project_draft(project)
        variables = list_codebook(project)
        usage = code_usage(project)
    if args.json:
        write_json(
            {
                "name": draft.name,
                "version": draft.version,
                "description": draft.description,
                "variables": [_variable_json(variable, usage) for variable in variables],
            }
        )
        return 0
    write_line(
        f"{draft.name or 'Codebook'}" + (f" (version {draft.version})" if draft.version else "")
    )
    for variable in variables:
        several = "several codes" if variable.multiple else "one code"
        open_list = ", open list" if variable.open else ""
        write_line(f"\n{variable.name} — {variable.kind.value}, {several} per span{open_list}")
        for code in variable.codes:
            notes = [f"[{code.shortcut}]" if code.shortcut else "", code.colour or ""]
            count = usage.get(code.uuid, 0)
            notes.append(f"{count} annotation{'s' if count != 1 else ''}" if count else "")
            notes.append("retired" if code.retired else "")
            detail = "  ".join(note for note in notes if note)
            write_line(
                f"  {'  ' * code.depth}{shorten(code.label, 60)}"
                + (f"  ({detail})" if detail else "")
            )
    return 0


def _variable_json(variable: Any, usage: dict[str, int]) -> dict[str, Any]:
    uuids = {code.id: code.uuid for code in variable.codes}
    return {
        "name": variable.name,
        "uuid": variable.uuid,
        "label": variable.label,
        "kind": variable.kind.value,
        "multiple": variable.multiple,
        "open": variable.open,
        "description": variable.description,
        "codes": [
            {
                "uuid": code.uuid,
                "label": code.label,
                "parent": uuids.get(code.parent_id) if code.parent_id else None,
                "depth": code.depth,
                "definition": code.definition,
                "include": code.include,
                "exclude": code.exclude,
                "example": code.example,
                "colour": code.colour,
                "shortcut": code.shortcut,
                "retired": code.retired,
                "annotations": usage.get(code.uuid, 0),
            }
            for code in variable.codes
        ],
    }


def run_export(args: argparse.Namespace) -> int:
    with open_project(args.project, read_only=True) as project:
        draft = project_draft(project)
    if args.unique_names and args.output.suffix.lower() != ".qdc":
        return fail(f"{args.output}: --unique-names applies to .qdc codebooks only")
    write_codebook_file(
        draft, args.output, source=args.project.name, unique_names=args.unique_names
    )
    write_line(f"Wrote {args.output}: {len(draft.variables)} variables, {len(draft.codes)} codes.")
    return 0


def _report_problems(args: argparse.Namespace, error: CodebookProblems) -> int:
    if args.json:
        write_json(
            {
                "file": str(args.file),
                "applied": False,
                "changes": [],
                "problems": [problem.to_json() for problem in error.problems],
            }
        )
        return 2
    for problem in error.problems:
        fail(f"{args.file.name}: {problem}")
    fail(f"{len(error.problems)} problem(s) in {args.file}; nothing was changed")
    return 2


def _refuse_sweep(args: argparse.Namespace, changes: list[Change], needs_force: str) -> int:
    """Exit 2 for an import that would take every code of the project or of a variable."""
    if args.json:
        write_json(
            {
                "file": str(args.file),
                "applied": False,
                "changes": [change.to_json() for change in changes],
                "problems": [],
                "needs_force": needs_force,
            }
        )
    return fail(
        f"{args.file}: {needs_force}; nothing was changed. Check the file (--dry-run lists the "
        "changes) and add --force to import it anyway."
    )


def run_import(args: argparse.Namespace) -> int:
    draft = read_codebook_file(args.file)
    if not args.json:
        print_mapping(draft.mapping)
    with open_project(args.project, read_only=args.dry_run) as project:
        plan = plan_import(project, draft)
        if plan.problems:
            return _report_problems(args, CodebookProblems(args.file.name, plan.problems))
        needs_force = f"importing it {plan.sweep}" if plan.sweep else None
        if needs_force and not args.dry_run and not args.force:
            return _refuse_sweep(args, plan.changes, needs_force)
        applied = False
        if not args.dry_run and plan.changes:
            try:
                import_draft(project, draft, args.file.name)
            except CodebookProblems as error:
                return _report_problems(args, error)
            applied = True
    if args.json:
        write_json(
            {
                "file": str(args.file),
                "applied": applied,
                "changes": [change.to_json() for change in plan.changes],
                "problems": [],
                "needs_force": needs_force,
                "mapping": draft.mapping,
            }
        )
        return 0
    if not plan.changes:
        write_line(f"{args.file}: the codebook is already up to date; nothing to change.")
        return 0
    for change in plan.changes:
        write_line(f"  {change}")
    if args.dry_run:
        line = f"{len(plan.changes)} change(s) would be made (dry run: nothing was changed)"
        write_line(f"{line}; {needs_force}, so it needs --force." if needs_force else f"{line}.")
    else:
        write_line(f"Applied {len(plan.changes)} change(s) from {args.file} to {args.project}.")
    return 0


def print_mapping(mapping: list[str]) -> None:
    """How another program's codebook was mapped, one `Mapped:` line per decision."""
    for line in mapping:
        write_line(f"Mapped: {line}")


def run_rename(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        result = rename_code(project, (args.variable, args.code), args.new_label)
    write_line(result.message + ".")
    return 0


def run_merge(args: argparse.Namespace) -> int:
    source, target = (args.variable, args.source), (args.variable, args.target)
    with open_project(args.project, read_only=args.dry_run) as project:
        if args.dry_run:
            impact = preview_merge(project, source, target)
            write_line(
                f"Merging {args.source!r} into {args.target!r} would recode {impact.summary} "
                "(dry run: nothing was changed)."
            )
            return 0
        result = merge_codes(project, source, target)
    write_line(result.message + ".")
    return 0


def run_retire(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        result = retire_code(project, (args.variable, args.code), not args.reinstate)
    write_line(result.message + ".")
    return 0
