"""Sub-commands that turn codings into findings: table, chart and network.

`chart` draws bars, a timeline or a heatmap of one variable (PNG, SVG, PDF). `table`
cross-tabulates codes against codes, outlets, months, years or coders
(annotator.services.findings.table) and prints it, prints JSON, or writes XLSX or CSV.

`network` computes DNA's discourse networks (annotator.services.findings.network) and prints
the matrix, prints JSON with `--json`, or writes GraphML, GEXF, CSV or JSON with `-o`. The
options that choose which codings count are shared by every command here
(:func:`add_selection_options`).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.cli.agreement_commands import comma_separated_names
from annotator.cli.locations import PROJECT_HELP, project_location
from annotator.cli.output import shorten, write_json, write_line
from annotator.cli.reliability_commands import check_writable
from annotator.core.findings.networks import (
    AGGREGATIONS,
    DUPLICATES,
    NORMALIZATIONS,
    NetworkOptions,
    tidy,
)
from annotator.db.project import open_project
from annotator.errors import InvalidInputError
from annotator.services.findings.codings import CodingSelection, code_colours

if TYPE_CHECKING:
    from annotator.services.findings.network import NetworkResult
    from annotator.services.findings.table import FrequencyTable

NETWORK_FORMATS = (".graphml", ".gexf", ".csv", ".json", ".png", ".svg", ".pdf")
PICTURES = (".png", ".svg", ".pdf")


def add_selection_options(parser: argparse.ArgumentParser) -> None:
    """--coders/--consensus, --from/--to and --set: which codings count."""
    parser.add_argument(
        "--coders",
        help="count these coders' codings (comma-separated; default: all but the consensus coder)",
    )
    parser.add_argument(
        "--consensus", action="store_true", help="count only the consensus coder's codings"
    )
    parser.add_argument(
        "--from", dest="start", metavar="DATE", help="documents published on or after YYYY-MM-DD"
    )
    parser.add_argument(
        "--to", dest="stop", metavar="DATE", help="documents published on or before YYYY-MM-DD"
    )


def _date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInputError(f"{option} {text!r} is not a date (YYYY-MM-DD)") from None


def selection_from(args: argparse.Namespace) -> CodingSelection:
    return CodingSelection(
        coders=comma_separated_names(args.coders),
        consensus=args.consensus,
        start=_date(args.start, "--from"),
        stop=_date(args.stop, "--to"),
        assignment_set=getattr(args, "set", None),
    )


def check_suffix(target: Path | None, suffixes: tuple[str, ...]) -> None:
    if target is None:
        return
    if target.suffix.lower() not in suffixes:
        raise InvalidInputError(
            f"cannot write {target}: give a file name ending in {', '.join(suffixes)}"
        )
    check_writable(target)


def register(subcommands: argparse._SubParsersAction) -> None:
    network = subcommands.add_parser(
        "network",
        help="discourse networks (DNA's definitions) as GraphML, GEXF, CSV or JSON",
        description=(
            "Compute a discourse network from the coded spans as the Discourse Network Analyzer "
            "does: the two-mode network of --variable1 (actors) and --variable2 (concepts), or "
            "the one-mode network of actors linked through the concepts they share. Every span "
            "is a statement; a --qualifier (agreement) separates congruence from conflict."
        ),
    )
    network.add_argument("project", type=project_location, help=PROJECT_HELP)
    network.add_argument(
        "--type",
        dest="network_type",
        choices=("twomode", "onemode"),
        default="twomode",
        help="two-mode (default) or one-mode network",
    )
    network.add_argument(
        "--variable1",
        default="actor",
        help="the nodes of the rows (default actor; 'outlet' works too)",
    )
    network.add_argument(
        "--variable2", default="claim", help="the concepts linking them (default claim)"
    )
    network.add_argument(
        "--qualifier",
        metavar="VAR",
        help="the agreement variable (yes/no, 0/1, a scale, or any codes)",
    )
    network.add_argument(
        "--qualifier-map",
        metavar="MAP",
        help="numbers for the qualifier's codes, e.g. \"Support or endorsement=1,Criticism or "
        'rejection=0" (1 agrees, 0 disagrees; other numbers: a scale)',
    )
    network.add_argument(
        "--aggregation",
        choices=AGGREGATIONS,
        default="ignore",
        help="how the qualifier counts (default ignore)",
    )
    network.add_argument(
        "--normalization",
        choices=NORMALIZATIONS,
        default="no",
        help="one-mode: no, average, jaccard, cosine; two-mode: no, activity, prominence",
    )
    network.add_argument(
        "--duplicates",
        choices=DUPLICATES,
        default="include",
        help="count identical statements once per document, week, month, "
        "year or across the range (default include: all)",
    )
    network.add_argument(
        "--isolates",
        action="store_true",
        help="keep every node, also those without statements in the network",
    )
    network.add_argument(
        "--window",
        type=int,
        metavar="DAYS",
        help="a sequence of networks over moving windows of DAYS days",
    )
    network.add_argument(
        "--step",
        type=int,
        default=1,
        metavar="DAYS",
        help="days between the windows' mid-points (default 1, as DNA)",
    )
    add_selection_options(network)
    network.add_argument("--json", action="store_true", help="print the matrix as JSON")
    network.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="write .graphml, .gexf, .csv, .json, or a picture (.png, .svg, .pdf)",
    )
    network.set_defaults(handler=run_network)
    _register_table(subcommands)
    _register_chart(subcommands)


def _register_chart(subcommands: argparse._SubParsersAction) -> None:
    chart = subcommands.add_parser(
        "chart",
        help="charts for papers: bars, a timeline or a heatmap (PNG, SVG, PDF)",
        description=(
            "Draw the codes of --variable in the codebook's colours: bars (stacked per group "
            "with --by), a timeline (--per month or year) or a heatmap (by --by or --per), "
            "with labelled axes and a caption saying what was counted (coders, dates, n)."
        ),
    )
    chart.add_argument("project", type=project_location, help=PROJECT_HELP)
    chart.add_argument(
        "--kind",
        choices=("bars", "timeline", "heatmap"),
        default="bars",
        help="bars (default), timeline or heatmap",
    )
    chart.add_argument("--variable", required=True, help="the variable whose codes are drawn")
    chart.add_argument("--by", metavar="VAR", help="groups: outlet, coder or another variable")
    chart.add_argument("--per", choices=("month", "year"), help="periods (timeline, heatmap)")
    chart.add_argument(
        "--count",
        choices=("spans", "documents"),
        default="spans",
        help="count spans (default) or documents that hold such spans",
    )
    chart.add_argument("--title", help="the chart's title (default: what it shows)")
    add_selection_options(chart)
    chart.add_argument("--set", metavar="NAME", help="only the documents of this assignment set")
    chart.add_argument(
        "-o", "--output", type=Path, metavar="FILE", required=True, help="write .png, .svg or .pdf"
    )
    chart.set_defaults(handler=run_chart)


def run_chart(args: argparse.Namespace) -> int:
    from annotator.io.exports.charts import FORMATS, draw_chart
    from annotator.services.findings.chart import chart_data

    check_suffix(args.output, FORMATS)
    selection = selection_from(args)
    with open_project(args.project, read_only=True) as project:
        data = chart_data(
            project,
            args.kind,
            args.variable,
            selection,
            by=args.by,
            per=args.per,
            count=args.count,
            title=args.title,
        )
    draw_chart(data, args.output)
    write_line(f"Wrote {args.output}: {data.caption}")
    return 0


def _register_table(subcommands: argparse._SubParsersAction) -> None:
    table = subcommands.add_parser(
        "table",
        help="frequency tables: codes by codes, outlets, months, years or coders",
        description=(
            "Count coded spans (or the documents holding them) by the values of --rows and "
            "--cols: a variable of the codebook, outlet, month, year or coder. Prints counts "
            "with totals, row and column percentages; a span with several codes of one "
            "variable counts in each of them."
        ),
    )
    table.add_argument("project", type=project_location, help=PROJECT_HELP)
    table.add_argument(
        "--rows", required=True, metavar="VAR", help="a variable, outlet, month, year or coder"
    )
    table.add_argument("--cols", metavar="VAR", help="the same choices (default: none)")
    table.add_argument(
        "--count",
        choices=("spans", "documents"),
        default="spans",
        help="count spans (default) or documents that hold such spans",
    )
    add_selection_options(table)
    table.add_argument("--set", metavar="NAME", help="only the documents of this assignment set")
    table.add_argument("--json", action="store_true", help="print JSON")
    table.add_argument("-o", "--output", type=Path, metavar="FILE", help="write .xlsx or .csv")
    table.set_defaults(handler=run_table)


def run_table(args: argparse.Namespace) -> int:
    from annotator.io.exports.table_files import FORMATS, write_table_csv, write_table_xlsx
    from annotator.services.findings.table import frequency_table

    check_suffix(args.output, FORMATS)
    selection = selection_from(args)
    with open_project(args.project, read_only=True) as project:
        result = frequency_table(project, args.rows, args.cols, selection, args.count)
    if args.output is not None:
        if args.output.suffix.lower() == ".xlsx":
            about = {"counted": result.describe(), **result.to_json()}
            about = {key: value for key, value in about.items() if not isinstance(value, list)}
            write_table_xlsx(
                result.table, args.output, rows=result.rows, columns=result.columns, about=about
            )
        else:
            write_table_csv(result.table, args.output, rows=result.rows, columns=result.columns)
        write_line(f"Wrote {args.output}: {result.describe()}.")
    if args.json:
        write_json(result.to_json())
    elif args.output is None:
        _print_table(result)
    return 0


def _print_table(result: FrequencyTable) -> None:
    table = result.table
    write_line(
        f"{result.rows}"
        + (f" by {result.columns}" if result.columns else "")
        + f": {result.describe()}."
    )
    width = max([len(shorten(row, 30)) for row in table.rows] + [len(result.rows), 5])
    if not result.columns:  # one variable: count and percent of n
        write_line()
        write_line(f"{result.rows:<{width}} {'Count':>8} {'%':>8}")
        for label, total in zip(table.rows, table.row_totals, strict=True):
            percent = _number_cell(_percent(total, table.total))
            write_line(f"{shorten(label, 30):<{width}} {total:>8} {percent:>8}")
        write_line(f"{'n':<{width}} {table.total:>8}")
        return
    blocks = [
        (result.rows, table.counts, True),
        ("Row %", table.row_percent(), False),
        ("Column %", table.column_percent(), False),
    ]
    for title, values, totals in blocks:
        write_line()
        heading = "".join(f" {shorten(name, 12):>12}" for name in table.columns)
        total_title = f" {'Total':>12}" if totals else ""
        write_line(f"{title:<{width}}{heading}{total_title}")
        for label, row, total in zip(table.rows, values, table.row_totals, strict=True):
            cells = "".join(f" {_number_cell(value):>12}" for value in row)
            total_cell = f" {total:>12}" if totals else ""
            write_line(f"{shorten(label, 30):<{width}}{cells}{total_cell}")
        if totals:
            cells = "".join(f" {total:>12}" for total in table.column_totals)
            write_line(f"{'Total':<{width}}{cells} {table.total:>12}")


def _percent(count: int, total: int) -> float | None:
    return None if total == 0 else round(100.0 * count / total, 2)


def _number_cell(value: float | int | None) -> str:
    if value is None:
        return "—"
    return str(value) if isinstance(value, int) else f"{value:.1f}"


def run_network(args: argparse.Namespace) -> int:
    from annotator.io.exports.network_files import write_network
    from annotator.services.findings.network import NetworkRequest, compute_network

    check_suffix(args.output, NETWORK_FORMATS)
    request = NetworkRequest(
        variable1=args.variable1,
        variable2=args.variable2,
        qualifier=args.qualifier,
        qualifier_map=args.qualifier_map,
        options=NetworkOptions(
            args.network_type, args.aggregation, args.normalization, args.duplicates, args.isolates
        ),
        window=args.window,
        step=args.step,
    )
    selection = selection_from(args)
    with open_project(args.project, read_only=True) as project:
        result = compute_network(project, request, selection)
        colours = {}
        if args.output is not None and args.output.suffix.lower() in PICTURES:
            for name in (result.request.variable1, result.request.variable2):
                colours |= code_colours(project, name)
    data = result.to_json()
    if args.output is not None:
        if args.output.suffix.lower() in PICTURES:
            written = _draw_networks(result, args.output, colours)
        else:
            written = write_network(
                data,
                result.networks,
                args.output,
                sequence=result.sequence,
                one_mode=args.network_type == "onemode",
                variables=(result.request.variable1, result.request.variable2),
            )
        if not written:
            what = "no files (no window lies within the dates)"
        else:
            what = f"{len(written)} files" if len(written) > 1 else str(written[0])
        write_line(
            f"Wrote {what}: {args.network_type} network, {result.kept} of "
            f"{result.statements} statements counted ({result.coders})."
        )
    if args.json:
        write_json(data)
    elif args.output is None:
        _print_networks(result)
    return 0


def _draw_networks(result: NetworkResult, target: Path, colours: dict[str, str]) -> list[Path]:
    from annotator.io.exports.network_files import window_path
    from annotator.io.exports.network_picture import draw_network

    request, options = result.request, result.request.options
    one_mode = options.network_type == "onemode"
    first, second = request.variable1, request.variable2
    if one_mode:
        title = f"{first.capitalize()} × {first} through shared {second} (one-mode network)"
    else:
        title = f"{first.capitalize()} × {second} (two-mode network)"
    settings = [f"aggregation {options.aggregation}", f"normalization {options.normalization}",
                f"duplicates {options.duplicates}"]  # fmt: skip
    if request.qualifier:
        settings.insert(0, f"qualifier {request.qualifier}")
    written = []
    for matrix in result.networks:
        path = window_path(target, matrix) if result.sequence else target
        period = f"{matrix.start} to {matrix.stop}" if result.sequence else result.period
        caption = (
            f"{'One' if one_mode else 'Two'}-mode network (DNA's definitions; "
            f"{', '.join(settings)}); "
            f"{matrix.statements} statements of {result.coders}, {period}. Edge width: weight"
            + ("; dashed red: negative." if one_mode and options.aggregation == "subtract" else ".")
            + " Made with Annotator."
        )
        draw_network(matrix, path, one_mode=one_mode, colours=colours, title=title,
                     caption=caption)  # fmt: skip
        written.append(path)
    return written


def _print_networks(result: NetworkResult) -> None:
    write_line(
        f"{result.request.options.network_type} network of {result.request.variable1} x "
        f"{result.request.variable2}: {result.kept} of {result.statements} statements counted "
        f"({result.coders}, {result.period})."
    )
    for matrix in result.networks:
        if result.sequence:
            write_line()
            write_line(f"Window {matrix.start} to {matrix.stop} ({matrix.statements} statements)")
        width = max([len(shorten(name, 24)) for name in matrix.rows] + [1])
        header = " " * width + "".join(f" {shorten(name, 10):>10}" for name in matrix.columns)
        write_line(header)
        for name, row in zip(matrix.rows, tidy(matrix.matrix), strict=True):
            cells = "".join(f" {_cell(value):>10}" for value in row)
            write_line(f"{shorten(name, 24):<{width}}{cells}")


def _cell(value: float | int) -> str:
    return str(value) if isinstance(value, int) else f"{value:.3f}"
