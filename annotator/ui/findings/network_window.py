"""Analysis ▸ Discourse Network: DNA's networks of the project, drawn and exportable.

The options are the command line's (``annotator network``): two-mode or one-mode, the two
variables, a qualifier (with an optional map of codes to numbers), aggregation, normalization,
duplicates, coders and dates, and time windows; `services.findings.network.compute_network`
computes exactly what the command line writes. The drawing (`network_scene`) places nodes with
`force_layout` over every window's edges at once, so a node stays put while the time slider moves
through the windows; node colour and shape show the node's variable or its top-level code (for
actors: the actor type); a slider hides edges lighter than a threshold. Exports: PNG and SVG of
the drawing, GraphML/GEXF/CSV/JSON through the command line's writers (all windows: one file each).
The network is recomputed a moment after an option changes or the project changes, on a worker
thread (`findings.background`): the demo takes about 20 ms, 50,000 statements about 1.7 s.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.core.findings.networks import (
    DUPLICATES,
    ONE_MODE_AGGREGATIONS,
    ONE_MODE_NORMALIZATIONS,
    TWO_MODE_AGGREGATIONS,
    TWO_MODE_NORMALIZATIONS,
    NetworkMatrix,
    NetworkOptions,
)
from annotator.db.project import Project
from annotator.errors import AnnotatorError
from annotator.services.codebooks.reading import list_codebook
from annotator.services.findings.codings import OUTLET, CodingSelection
from annotator.services.findings.network import NetworkRequest, NetworkResult
from annotator.ui.findings.background import BackgroundRefresh
from annotator.ui.findings.network_scene import Edge, NetworkScene, Node, nodes_and_edges
from annotator.ui.findings.selection import SelectionBox, named

REFRESH_DELAY_MS = 250
SLIDER_STEPS = 100
SHAPE_SIGNS = {"circle": "●", "square": "■", "triangle": "▲", "diamond": "◆", "hexagon": "⬢"}
VARIABLE, TOP_CODE = "variable", "top"


class NetworkWindow(QDialog):
    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("network_window")
        self.setWindowTitle(self.tr("Discourse Network"))
        self.project = project
        self.result: NetworkResult | None = None
        self.positions: dict[str, tuple[float, float]] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.background = BackgroundRefresh(self, project.path, self.tr("Drawing the network"))

        form = QFormLayout()
        self.network_type = self._combo("network_type", form, self.tr("&Type:"))
        types = (
            (self.tr("Two-mode (actors × concepts)"), "twomode"),
            (self.tr("One-mode (actors via shared concepts)"), "onemode"),
        )
        for text, kind in types:
            self.network_type.addItem(text, kind)
        self.variable1 = self._combo("variable1", form, self.tr("&Actors:"))
        self.variable2 = self._combo("variable2", form, self.tr("Co&ncepts:"))
        self.qualifier = self._combo("qualifier", form, self.tr("&Qualifier:"))
        self.qualifier.setToolTip(
            self.tr("A variable saying whether the actor agrees (e.g. claim: support or criticism)")
        )
        self.qualifier_map = QLineEdit(objectName="qualifier_map")
        self.qualifier_map.setPlaceholderText(
            self.tr("e.g. Support or endorsement=1, Criticism or rejection=0")
        )
        self.qualifier_map.setToolTip(
            self.tr("Codes of the qualifier as numbers: 1 agreement, 0 disagreement")
        )
        form.addRow(self.tr("Qualifier &map:"), self.qualifier_map)
        self.aggregation = self._combo("aggregation", form, self.tr("A&ggregation:"))
        self.normalization = self._combo("normalization", form, self.tr("N&ormalization:"))
        self.aggregation.setToolTip(
            self.tr(
                "How the qualifier counts (DNA's terms): ignore it; congruence or conflict: actors "
                "on the same or opposite sides of a concept; subtract: congruence minus conflict; "
                "combine: which levels an actor used"
            )
        )
        self.normalization.setToolTip(
            self.tr(
                "Weights relative to how much the actors say (DNA's terms): average, jaccard, "
                "cosine for one-mode; activity (per actor), prominence (per concept) for two-mode"
            )
        )
        self.duplicates = self._combo("duplicates", form, self.tr("&Duplicates:"))
        self.duplicates.setToolTip(
            self.tr(
                "Which identical statements count once: include all, or one per document, "
                "week, month, year or the whole range"
            )
        )
        for name in DUPLICATES:
            self.duplicates.addItem(name, name)
        self.selection = SelectionBox(project, form, self)
        self.window_days = QSpinBox(objectName="window_days")
        self.window_days.setRange(0, 3650)
        self.window_days.setSpecialValueText(self.tr("none"))
        self.window_days.setSuffix(self.tr(" days"))
        self.window_days.setToolTip(self.tr("A sequence of networks over moving time windows"))
        form.addRow(self.tr("Time &window:"), self.window_days)
        self.step_days = QSpinBox(objectName="step_days")
        self.step_days.setRange(1, 3650)
        self.step_days.setValue(30)
        self.step_days.setSuffix(self.tr(" days"))
        self.step_days.setToolTip(self.tr("Days between the windows' mid-points"))
        form.addRow(self.tr("&Step:"), self.step_days)
        self.colour_by = self._combo("colour_by", form, self.tr("Co&lour and shape by:"))
        self.colour_by.addItem(self.tr("Top-level code (e.g. actor type)"), TOP_CODE)
        self.colour_by.addItem(self.tr("Variable"), VARIABLE)
        self.export_picture_button = QPushButton(self.tr("Export &Picture…"))
        self.export_picture_button.clicked.connect(lambda: self.export_picture())
        self.export_file_button = QPushButton(self.tr("Export Network &File…"))
        self.export_file_button.setToolTip(self.tr("GraphML or GEXF for Gephi and visone"))
        self.export_file_button.clicked.connect(lambda: self.export_file())
        self._fill_variables()
        self._fill_type_options()
        options = QWidget()
        side = QVBoxLayout(options)
        side.addLayout(form)
        side.addWidget(self.export_picture_button)
        side.addWidget(self.export_file_button)
        side.addStretch(1)

        self.scene = NetworkScene(self)
        self.view = QGraphicsView(self.scene, objectName="network_view")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setBackgroundBrush(QColor("white"))
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.threshold = QSlider(Qt.Orientation.Horizontal, objectName="threshold")
        self.threshold.setRange(0, SLIDER_STEPS)
        self.threshold_label = named(QLabel(), "threshold_label")
        self.time = QSlider(Qt.Orientation.Horizontal, objectName="time")
        self.time_label = named(QLabel(), "time_label")
        self.legend = named(QLabel(), "legend")
        self.legend.setWordWrap(True)
        self.summary = named(QLabel(), "summary")
        self.summary.setWordWrap(True)
        sliders = QFormLayout()
        sliders.addRow(self.threshold_label, self.threshold)
        sliders.addRow(self.time_label, self.time)
        right = QVBoxLayout()
        right.addWidget(self.view, 1)
        right.addWidget(self.legend)
        right.addLayout(sliders)
        right.addWidget(self.summary)
        layout = QHBoxLayout(self)
        layout.addWidget(options)
        layout.addLayout(right, 1)
        self.resize(1300, 800)

        for combo in (
            self.variable1,
            self.variable2,
            self.qualifier,
            self.aggregation,
            self.normalization,
            self.duplicates,
        ):
            combo.currentIndexChanged.connect(self.schedule_refresh)
        self.network_type.currentIndexChanged.connect(self._type_changed)
        self.qualifier_map.editingFinished.connect(self.schedule_refresh)
        self.window_days.valueChanged.connect(self.schedule_refresh)
        self.step_days.valueChanged.connect(self.schedule_refresh)
        self.selection.changed.connect(self.schedule_refresh)
        self.colour_by.currentIndexChanged.connect(lambda _index: self.draw())
        self.threshold.valueChanged.connect(lambda _value: self._apply_threshold())
        self.time.valueChanged.connect(lambda _value: self.draw())
        self.refresh()

    def _combo(self, name: str, form: QFormLayout, label: str) -> QComboBox:
        combo = QComboBox(objectName=name)
        form.addRow(label, combo)
        return combo

    def _fill_variables(self) -> None:
        self.codebook = list_codebook(self.project)
        names = [(v.label or v.name, v.name) for v in self.codebook]
        for combo, default, none in (
            (self.variable1, "actor", False),
            (self.variable2, "claim", False),
            (self.qualifier, None, True),
        ):
            current = combo.currentData() if combo.count() else default
            combo.blockSignals(True)
            combo.clear()
            if none:
                combo.addItem(self.tr("(none)"), None)
            for label, name in names:
                combo.addItem(label, name)
            combo.addItem(self.tr("Outlet"), OUTLET)
            found = combo.findData(current)
            combo.setCurrentIndex(found if found >= 0 else (0 if none else min(1, combo.count())))
            combo.blockSignals(False)

    def _fill_type_options(self) -> None:
        one_mode = self.network_type.currentData() == "onemode"
        aggregations = ONE_MODE_AGGREGATIONS if one_mode else TWO_MODE_AGGREGATIONS
        normalizations = ONE_MODE_NORMALIZATIONS if one_mode else TWO_MODE_NORMALIZATIONS
        for combo, names in (
            (self.aggregation, aggregations),
            (self.normalization, normalizations),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for name in names:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def _type_changed(self) -> None:
        self._fill_type_options()
        self.schedule_refresh()

    def set_choice(self, combo: QComboBox, value: object) -> None:
        combo.setCurrentIndex(combo.findData(value))

    # -- computing --
    def schedule_refresh(self) -> None:
        self.timer.start()

    def project_changed(self) -> None:
        if self.isVisible():
            self.timer.start()

    def request(self) -> NetworkRequest:
        options = NetworkOptions(
            self.network_type.currentData(),
            self.aggregation.currentData(),
            self.normalization.currentData(),
            self.duplicates.currentData(),
        )
        days = self.window_days.value()
        return NetworkRequest(
            self.variable1.currentData(),
            self.variable2.currentData(),
            self.qualifier.currentData(),
            self.qualifier_map.text().strip() or None,
            options,
            days or None,
            self.step_days.value(),
        )

    def refresh(self) -> None:
        """Recompute the network off the GUI thread with the options as they are now."""
        self.timer.stop()
        self._fill_variables()
        self.selection.reload_coders()
        request = self.request()
        if request.options.aggregation != "ignore" and request.qualifier is None:
            self.background.discard()  # a computation under way must not draw over this
            self._show_failure(
                self.tr("aggregation “{name}” needs a qualifier: choose one above.").format(
                    name=request.options.aggregation
                )
            )
            return
        self.background.run(
            partial(compute, request, self.selection.selection()),
            self._show_result,
            self._show_failure,
        )

    def updating(self) -> bool:
        """True while a recomputation is asked for or under way."""
        return self.timer.isActive() or self.background.busy

    def _show_failure(self, message: str) -> None:
        self.result = None
        self.scene.clear()
        self.scene.node_items, self.scene.edge_items = {}, []
        self.summary.setText(self.tr("Nothing to draw: {reason}").format(reason=message))
        self._enable()

    def _show_result(self, computed: Computed) -> None:
        self.result, self.positions, dates = computed
        self.selection.suggest_dates(*dates)
        windows = len(self.result.networks)
        self.time.blockSignals(True)
        self.time.setRange(0, max(windows - 1, 0))
        self.time.setValue(min(self.time.value(), max(windows - 1, 0)))
        self.time.blockSignals(False)
        self._enable()
        self.draw()

    def _enable(self) -> None:
        sequence = self.result is not None and self.result.sequence
        self.time.setEnabled(sequence and len(self.result.networks) > 1)  # type: ignore[union-attr]
        self.step_days.setEnabled(self.window_days.value() > 0)
        drawn = self.result is not None and bool(self.result.networks)
        self.export_picture_button.setEnabled(drawn)
        self.export_file_button.setEnabled(drawn)

    def _graph(self, matrix: NetworkMatrix) -> tuple[list[Node], list[Edge]]:
        assert self.result is not None
        return graph(self.result, matrix)

    def current(self) -> NetworkMatrix | None:
        if self.result is None or not self.result.networks:
            return None
        return self.result.networks[min(self.time.value(), len(self.result.networks) - 1)]

    # -- drawing --
    def _categories(self):
        """The node -> category function and the colour of a category (codebook's, if any)."""
        roots: dict[tuple[str, str], str] = {}
        colours: dict[str, str] = {}
        for variable in self.codebook:
            by_id = {code.id: code for code in variable.codes}
            for code in variable.codes:
                root = code
                while root.parent_id is not None and root.parent_id in by_id:
                    root = by_id[root.parent_id]
                roots[(variable.name, code.label)] = root.label
                if root.colour:
                    colours[root.label] = root.colour
        names = {v.name: v.label or v.name for v in self.codebook} | {"outlet": self.tr("Outlet")}
        if self.colour_by.currentData() == VARIABLE:
            return (lambda node: names.get(node.variable, node.variable)), (lambda _name: None)
        actors = self.result.request.variable1 if self.result is not None else None

        def category(node: Node) -> str:  # actors by their type, concepts by their variable
            if node.variable != actors:
                return names.get(node.variable, node.variable)
            return roots.get((node.variable, node.label), node.variable)

        return category, colours.get

    def draw(self) -> None:
        matrix = self.current()
        if matrix is None:
            self.scene.clear()
            self.scene.node_items, self.scene.edge_items = {}, []
            self.summary.setText(self.tr("No network: no time window lies within the dates."))
            return
        nodes, edges = self._graph(matrix)
        category, colour = self._categories()
        self.scene.draw(nodes, edges, self.positions, category, colour)
        self._apply_threshold()
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        signs = [
            f'<span style="color:{c.name()}">{SHAPE_SIGNS[shape]}</span>&nbsp;'
            + escape(name).replace(" ", "&nbsp;")  # an entry never breaks across lines
            for name, (c, shape) in self.scene.categories.items()
        ]
        self.legend.setText("&nbsp;&nbsp; ".join(signs))
        assert self.result is not None
        if self.result.sequence:
            self.time_label.setText(
                self.tr("Window {number} of {count}: {start} to {stop}").format(
                    number=self.time.value() + 1,
                    count=len(self.result.networks),
                    start=matrix.start,
                    stop=matrix.stop,
                )
            )
        else:
            self.time_label.setText(self.tr("Time: all dates (set a time window)"))
        self.summary.setText(
            self.tr(
                "{nodes} nodes, {edges} edges from {statements} statements of {coders}, {period}."
            ).format(
                nodes=len(nodes),
                edges=len(edges),
                statements=matrix.statements,
                coders=self.selection.coders_text(),
                period=self.selection.period_text(),
            )
        )

    def heaviest(self) -> float:
        return max((abs(edge.weight) for _line, edge in self.scene.edge_items), default=0.0)

    def threshold_value(self) -> float:
        return self.heaviest() * self.threshold.value() / SLIDER_STEPS

    def _apply_threshold(self) -> None:
        threshold = self.threshold_value()
        shown = self.scene.set_threshold(threshold)
        self.threshold_label.setText(
            self.tr("Edges of weight ≥ {weight:g} ({shown} shown):").format(
                weight=round(threshold, 3), shown=shown
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    # -- exports --
    def _suggested(self, suffix: str) -> str:
        stem = self.project.path.stem
        request = self.request()
        name = f"{stem}-{request.variable1}-{request.variable2}-{request.options.network_type}"
        return str(self.project.path.with_name(name + suffix))

    def export_picture(self, path: str | None = None) -> Path | None:
        if self.current() is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export picture"),
                self._suggested(".png"),
                self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
            )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in (".png", ".svg"):
            target = target.with_name(target.name + ".png")
        area = self.scene.sceneRect()
        try:
            if target.suffix.lower() == ".svg":
                self._write_svg(target, area)
            else:
                self._write_png(target, area)
        except OSError as error:
            self.summary.setText(
                self.tr("The picture was not written: {reason}").format(reason=error)
            )
            return None
        self.summary.setText(self.tr("Wrote {name}.").format(name=target.name))
        return target

    def _write_png(self, target: Path, area: QRectF) -> None:
        scale = 3.0  # print resolution
        image = QImage(
            QSize(round(area.width() * scale), round(area.height() * scale)),
            QImage.Format.Format_ARGB32,
        )
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.scene.render(painter, QRectF(image.rect()), area)
        painter.end()
        if not image.save(str(target), "PNG"):
            raise OSError(f"cannot write {target}")

    def _write_svg(self, target: Path, area: QRectF) -> None:
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(str(target))
        generator.setSize(area.size().toSize())
        generator.setViewBox(QRectF(0, 0, area.width(), area.height()))
        generator.setTitle(self.windowTitle())
        generator.setDescription(self.summary.text())
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(f"cannot write {target}")
        painter.fillRect(QRectF(0, 0, area.width(), area.height()), QColor("white"))
        self.scene.render(painter, QRectF(0, 0, area.width(), area.height()), area)
        painter.end()

    def export_file(self, path: str | None = None) -> list[Path]:
        from annotator.io.exports.network_files import write_network

        result = self.result
        if result is None or not result.networks:
            return []
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export network file"),
                self._suggested(".graphml"),
                self.tr(
                    "GraphML for Gephi, visone, networkx (*.graphml);;GEXF for Gephi (*.gexf);;"
                    "Matrix as CSV (*.csv);;JSON (*.json)"
                ),
            )
        if not path:
            return []
        target = Path(path)
        if target.suffix.lower() not in (".graphml", ".gexf", ".csv", ".json"):
            target = target.with_name(target.name + ".graphml")
        request = result.request
        try:
            written = write_network(
                result.to_json(),
                result.networks,
                target,
                sequence=result.sequence,
                one_mode=request.options.network_type == "onemode",
                variables=(request.variable1, request.variable2),
            )
        except (AnnotatorError, OSError) as error:
            self.summary.setText(
                self.tr("The network was not written: {reason}").format(reason=error)
            )
            return []
        self.summary.setText(
            self.tr("Wrote %n file(s): {names}.", "", len(written)).format(
                names=", ".join(p.name for p in written)
            )
        )
        return written


Computed = tuple[NetworkResult, dict[str, tuple[float, float]], tuple[date | None, date | None]]


def graph(result: NetworkResult, matrix: NetworkMatrix) -> tuple[list[Node], list[Edge]]:
    request = result.request
    one_mode = request.options.network_type == "onemode"
    return nodes_and_edges(matrix, one_mode, (request.variable1, request.variable2))


def compute(request: NetworkRequest, selection: CodingSelection, project: Project) -> Computed:
    """The network(s), node positions and the coded documents' dates, on a worker thread. One
    layout over every window's nodes and edges: a node keeps its place while time moves on."""
    from annotator.core.findings.layout import force_layout
    from annotator.services.findings.network import compute_network
    from annotator.services.findings.table import frequency_table

    result = compute_network(project, request, selection)
    merged: dict[tuple[str, str], float] = {}
    keys: dict[str, None] = {}
    for matrix in result.networks:
        nodes, edges = graph(result, matrix)
        keys |= dict.fromkeys(node.key for node in nodes)
        for edge in edges:
            pair = (edge.first, edge.second)
            merged[pair] = merged.get(pair, 0.0) + abs(edge.weight)
    order = list(keys)
    index = {key: i for i, key in enumerate(order)}
    layout = force_layout(len(order), [(index[a], index[b], w) for (a, b), w in merged.items()])
    try:
        counted = frequency_table(project, "year", None, CodingSelection())
        dates = (counted.first_date, counted.last_date)
    except AnnotatorError:
        dates = (None, None)
    return result, dict(zip(order, layout, strict=True)), dates
