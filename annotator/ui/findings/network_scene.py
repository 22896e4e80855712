"""A discourse network drawn on a QGraphicsScene: nodes placed by `force_layout`, coloured and
shaped by a chosen attribute, edges as wide as their weight, hidden below a weight threshold.

Nodes are the matrix's rows (and, in a two-mode network, its columns); an edge is a non-zero cell
(one-mode: each pair once). Positions come from the caller so a sequence of time windows keeps
every node where it was. Negative weights (aggregation subtract) are drawn dashed red.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from annotator.core.findings.networks import NetworkMatrix

SHAPES = ("circle", "square", "triangle", "diamond", "hexagon")
PALETTE = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
)  # fmt: skip
SPREAD = 320.0  # scene units from the centre to the outermost node
NODE = 14.0  # a node's diameter


@dataclass(frozen=True)
class Node:
    key: str  # "1:label" (first variable) or "2:label" (second variable)
    label: str
    variable: str


@dataclass(frozen=True)
class Edge:
    first: str
    second: str
    weight: float


def nodes_and_edges(
    matrix: NetworkMatrix, one_mode: bool, variables: tuple[str, str]
) -> tuple[list[Node], list[Edge]]:
    nodes = [Node(f"1:{label}", label, variables[0]) for label in matrix.rows]
    if not one_mode:
        nodes += [Node(f"2:{label}", label, variables[1]) for label in matrix.columns]
    edges = []
    for i, row in enumerate(matrix.matrix):
        for j, weight in enumerate(row):
            if weight == 0 or (one_mode and j <= i):
                continue
            other = f"1:{matrix.rows[j]}" if one_mode else f"2:{matrix.columns[j]}"
            edges.append(Edge(f"1:{matrix.rows[i]}", other, weight))
    return nodes, edges


def _shape(shape: str, centre: QPointF, size: float) -> QPainterPath:
    path = QPainterPath()
    half = size / 2
    if shape == "circle":
        path.addEllipse(centre, half, half)
    elif shape == "square":
        path.addRect(QRectF(centre.x() - half, centre.y() - half, size, size))
    else:
        corners = {"triangle": 3, "diamond": 4, "hexagon": 6}[shape]
        import math

        turn = -math.pi / 2
        points = [
            QPointF(
                centre.x() + half * 1.2 * math.cos(turn + 2 * math.pi * k / corners),
                centre.y() + half * 1.2 * math.sin(turn + 2 * math.pi * k / corners),
            )
            for k in range(corners)
        ]
        path.addPolygon(QPolygonF(points))
        path.closeSubpath()
    return path


class NetworkScene(QGraphicsScene):
    """The drawn network; `node_items` and `edge_items` let tests and the threshold find them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.node_items: dict[str, QGraphicsPathItem] = {}
        self.edge_items: list[tuple[QGraphicsLineItem, Edge]] = []
        self.categories: dict[str, tuple[QColor, str]] = {}  # legend: category -> colour, shape

    def draw(
        self,
        nodes: list[Node],
        edges: list[Edge],
        positions: dict[str, tuple[float, float]],
        category: Callable[[Node], str],
        colour_of: Callable[[str], str | None],
    ) -> None:
        """Everything anew: nodes at `positions` ([-1, 1]²), shaped and coloured by category."""
        self.clear()
        self.node_items, self.edge_items, self.categories = {}, [], {}
        names = list(dict.fromkeys(category(node) for node in nodes))
        for k, name in enumerate(names):
            colour = QColor(colour_of(name) or PALETTE[k % len(PALETTE)])
            self.categories[name] = (colour, SHAPES[k % len(SHAPES)])
        heaviest = max((abs(edge.weight) for edge in edges), default=1.0) or 1.0
        place = {key: QPointF(x * SPREAD, y * SPREAD) for key, (x, y) in positions.items()}
        for edge in edges:
            pen = QPen(QColor("#d0473a") if edge.weight < 0 else QColor(90, 90, 90, 150))
            pen.setWidthF(0.8 + 5.2 * abs(edge.weight) / heaviest)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            if edge.weight < 0:
                pen.setStyle(Qt.PenStyle.DashLine)
            line = self.addLine(
                place[edge.first].x(), place[edge.first].y(),
                place[edge.second].x(), place[edge.second].y(), pen,
            )  # fmt: skip
            line.setZValue(0)
            line.setToolTip(f"{edge.first[2:]} — {edge.second[2:]}: {edge.weight:g}")
            self.edge_items.append((line, edge))
        font = QFont()
        font.setPointSizeF(8.5)
        for node in nodes:
            colour, shape = self.categories[category(node)]
            item = self.addPath(
                _shape(shape, place[node.key], NODE), QPen(colour.darker(150), 1.0), QBrush(colour)
            )
            item.setZValue(2)
            item.setToolTip(f"{node.label} ({node.variable})")
            item.setData(0, node.key)
            self.node_items[node.key] = item
            text = QGraphicsSimpleTextItem(node.label)
            text.setFont(font)
            text.setZValue(3)
            text.setPos(place[node.key] + QPointF(NODE / 2 + 2, -NODE / 2 - 2))
            text.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, False)
            self.addItem(text)
        self.setSceneRect(self.itemsBoundingRect().adjusted(-20, -20, 20, 20))

    def set_threshold(self, threshold: float) -> int:
        """Hide edges lighter than `threshold` (by |weight|); the number still shown."""
        shown = 0
        for line, edge in self.edge_items:
            visible = abs(edge.weight) >= threshold
            line.setVisible(visible)
            shown += visible
        return shown

    def visible_edges(self) -> list[Edge]:
        return [edge for line, edge in self.edge_items if line.isVisible()]
