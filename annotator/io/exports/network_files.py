"""Discourse networks as files: GraphML and GEXF for Gephi, visone and networkx; CSV and JSON
matrices for R and Python.

* **GraphML** (graphml.graphdrawing.org) and **GEXF 1.3** (gexf.net), written with the standard
  library's XML writer: one node per row (and, in a two-mode network, per column) with
  ``label`` and ``variable`` (which variable the node is a value of; two-mode: ``mode`` 1 or 2),
  one undirected edge per non-zero weight with ``weight``. One-mode networks are symmetric, so
  each pair is one edge. Negative weights (aggregation subtract) are kept.
* **CSV**: the matrix with the column labels as header and the row labels in the first column,
  UTF-8 with a byte-order mark, cells made safe for spreadsheets as in the codings CSV.
* **JSON**: ``{"rows": [...], "columns": [...], "matrix": [[...]], ...}``.

A sequence of time windows goes to one JSON file (``{"windows": [...]}``) or to one file per
window for the other formats, named after the window's mid-point: ``net.graphml`` becomes
``net-2022-01-10.graphml``, ``net-2022-01-17.graphml``, ... Every file is written atomically.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import XMLGenerator

from annotator.core.findings.networks import NetworkMatrix, tidy
from annotator.io.atomic import atomic_output
from annotator.io.exports.codings_csv import spreadsheet_safe

FORMATS = (".graphml", ".gexf", ".csv", ".json")


def window_path(target: Path, matrix: NetworkMatrix) -> Path:
    """Where one window of a sequence goes: the mid-point date before the suffix."""
    stamp = matrix.date.isoformat() if matrix.date else "undated"
    return target.with_name(f"{target.stem}-{stamp}{target.suffix}")


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _edges(matrix: NetworkMatrix, one_mode: bool) -> Iterator[tuple[str, str, float]]:
    for i, row in enumerate(matrix.matrix):
        for j, weight in enumerate(row):
            if weight == 0 or (one_mode and j <= i):
                continue
            yield f"n{i}", (f"n{j}" if one_mode else f"m{j}"), weight


def _nodes(
    matrix: NetworkMatrix, one_mode: bool, variables: tuple[str, str]
) -> Iterator[tuple[str, str, str, int]]:
    for i, name in enumerate(matrix.rows):
        yield f"n{i}", name, variables[0], 1
    if not one_mode:
        for j, name in enumerate(matrix.columns):
            yield f"m{j}", name, variables[1], 2


class _Xml:
    def __init__(self, stream: io.TextIOBase) -> None:
        self.out = XMLGenerator(stream, encoding="utf-8", short_empty_elements=True)

    def start(self, name: str, **attributes: Any) -> None:
        self.out.startElement(name, {key.rstrip("_"): str(v) for key, v in attributes.items()})

    def end(self, name: str) -> None:
        self.out.endElement(name)

    def leaf(self, name: str, text: str | None = None, **attributes: Any) -> None:
        self.start(name, **attributes)
        if text is not None:
            self.out.characters(text)
        self.end(name)


def write_graphml(
    matrix: NetworkMatrix, target: Path, *, one_mode: bool, variables: tuple[str, str]
) -> None:
    with atomic_output(target) as temporary, temporary.open("w", encoding="utf-8") as stream:
        xml = _Xml(stream)
        xml.out.startDocument()
        xml.start("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
        for key, where, name, kind in (
            ("label", "node", "label", "string"),
            ("variable", "node", "variable", "string"),
            ("mode", "node", "mode", "int"),
            ("weight", "edge", "weight", "double"),
        ):
            xml.leaf("key", id=key, for_=where, **{"attr.name": name, "attr.type": kind})
        xml.start("graph", id="G", edgedefault="undirected")
        for node, label, variable, mode in _nodes(matrix, one_mode, variables):
            xml.start("node", id=node)
            xml.leaf("data", label, key="label")
            xml.leaf("data", variable, key="variable")
            xml.leaf("data", str(mode), key="mode")
            xml.end("node")
        for number, (source, target_node, weight) in enumerate(_edges(matrix, one_mode)):
            xml.start("edge", id=f"e{number}", source=source, target=target_node)
            xml.leaf("data", _number(weight), key="weight")
            xml.end("edge")
        xml.end("graph")
        xml.end("graphml")
        xml.out.endDocument()
        stream.write("\n")


def write_gexf(
    matrix: NetworkMatrix, target: Path, *, one_mode: bool, variables: tuple[str, str]
) -> None:
    with atomic_output(target) as temporary, temporary.open("w", encoding="utf-8") as stream:
        xml = _Xml(stream)
        xml.out.startDocument()
        xml.start("gexf", xmlns="http://gexf.net/1.3", version="1.3")
        xml.start("meta")
        xml.leaf("creator", "Annotator")
        xml.end("meta")
        xml.start("graph", defaultedgetype="undirected", mode="static")
        xml.start("attributes", class_="node")
        xml.leaf("attribute", id="variable", title="variable", type="string")
        xml.leaf("attribute", id="mode", title="mode", type="integer")
        xml.end("attributes")
        xml.start("nodes")
        for node, label, variable, mode in _nodes(matrix, one_mode, variables):
            xml.start("node", id=node, label=label)
            xml.start("attvalues")
            xml.leaf("attvalue", for_="variable", value=variable)
            xml.leaf("attvalue", for_="mode", value=str(mode))
            xml.end("attvalues")
            xml.end("node")
        xml.end("nodes")
        xml.start("edges")
        for number, (source, target_node, weight) in enumerate(_edges(matrix, one_mode)):
            xml.leaf("edge", id=f"e{number}", source=source, target=target_node,
                     weight=_number(weight))  # fmt: skip
        xml.end("edges")
        xml.end("graph")
        xml.end("gexf")
        xml.out.endDocument()
        stream.write("\n")


def write_matrix_csv(matrix: NetworkMatrix, target: Path) -> None:
    with (
        atomic_output(target) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as stream,
    ):
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(["", *(spreadsheet_safe(name) for name in matrix.columns)])
        for name, row in zip(matrix.rows, tidy(matrix.matrix), strict=True):
            writer.writerow([spreadsheet_safe(name), *row])


def write_json_file(data: dict[str, Any], target: Path) -> None:
    with atomic_output(target) as temporary:
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")


def write_network(
    result_json: dict[str, Any],
    networks: list[NetworkMatrix],
    target: Path,
    *,
    sequence: bool,
    one_mode: bool,
    variables: tuple[str, str],
) -> list[Path]:
    """Write the network(s) to `target` (format by suffix); return the files written."""
    suffix = target.suffix.lower()
    if suffix == ".json":
        write_json_file(result_json, target)
        return [target]
    written = []
    for matrix in networks:
        path = window_path(target, matrix) if sequence else target
        if suffix == ".graphml":
            write_graphml(matrix, path, one_mode=one_mode, variables=variables)
        elif suffix == ".gexf":
            write_gexf(matrix, path, one_mode=one_mode, variables=variables)
        else:
            write_matrix_csv(matrix, path)
        written.append(path)
    return written
