"""Renders the main window with the demo project to PNG files, for the README and for review.

`python -m annotator.ui.screenshots OUTDIR [--scale 2]` writes:

- `workbench.png`: coding — the article header, the coding popup open over a selected sentence,
  highlights coloured by claim with the legend under the text, the coding stripes beside it;
- `overlap.png`: all coders shown, coloured by coder, paragraph numbers on, the stripes of two
  coders' overlapping spans side by side;
- `dark.png`: the same window in the dark appearance, coloured by sector;
- `suggestions.png`: a machine coder's suggestions in the article, dashed beside the coder's own
  highlights, one naming its codes on hover;
- `german.png` and `russian.png`: the window in German (the Sputnik article) and in Russian (the
  Russian article), to check that no label is cut off.

`--scale 2` renders at 200% (as on a high-DPI screen) for review. It runs offscreen, with its own
settings and a fresh demo copy in a temporary folder, so it never touches the user's files.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QSettings, QTimer
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from annotator.ui.actions import ActionId
from annotator.ui.appearance import Appearance, apply_appearance
from annotator.ui.coding.colour_by import COLOUR_BY_CODER
from annotator.ui.demo_copy import fresh_demo
from annotator.ui.i18n import install_translators
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import Setting, Settings

SIZE = (1600, 960)
# (quote in the Sputnik article, codes) a machine coder suggests for the suggestions shot
MACHINE_SPANS = (
    (
        "The signatories also pledged to further cooperation in countering terrorist and "
        "extremist ideologies, money laundering, drug and arms trafficking.",
        {"claim": ["Proposal"], "sector": ["Defence and security"]},
    ),
    (
        "Both parties confirmed their commitment to jointly ensuring international "
        "cybersecurity at regional and global scales",
        {"claim": ["Support or endorsement"], "sector": ["Defence and security"]},
    ),
    (
        "Russia and Turkmenistan signed 15 bilateral documents in total on Friday",
        {"claim": ["Factual assertion"], "sector": ["Economy and trade"]},
    ),
)
CODING_QUOTE = "Putin stressed that Russia's major energy and industry companies are interested"


def _grab_with(window: MainWindow, popup: QWidget | None) -> QPixmap:
    picture = window.grab()
    if popup is not None:
        painter = QPainter(picture)
        offset = popup.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
        painter.drawPixmap(offset, popup.grab())
        painter.end()
    return picture


def _settle(application: QApplication) -> None:
    for _ in range(5):
        application.processEvents()


def _window(application: QApplication, scratch: Path, language: str) -> MainWindow:
    """A window on a fresh demo copy, in `language`, showing the Sputnik article."""
    install_translators(application, language)
    settings = Settings(QSettings(str(scratch / f"{language}.ini"), QSettings.Format.IniFormat))
    settings.set(Setting.CODER_NAME, "alice")
    window = MainWindow(settings)
    window.resize(*SIZE)
    window.show()
    window.open_path(fresh_demo(scratch / language))
    window.actions[ActionId.SHOW_ALL_CODERS].setChecked(False)
    _show(window, lambda title: "Turkmen" in title)
    return window


def _show(window: MainWindow, wanted: Callable[[str], bool]) -> None:
    rows = window.document_panel.model.all_rows()
    window.document_panel.select_document(next(row.id for row in rows if wanted(row.title)))


def _show_overlap(window: MainWindow) -> None:
    overlapping = max(
        window.article.records(),
        key=lambda record: len(window.article.annotations_at(record.start)),
    )
    window.article.select_span(overlapping.start, overlapping.start)
    window.article.set_current(overlapping.uuid)


def _coding(application: QApplication, window: MainWindow, path: Path) -> None:
    bench = window.workbench
    assert bench is not None
    bench.set_colour_by("claim")  # View ▸ Colour By ▸ Claim, with its legend
    text = window.article.text
    start = text.index(CODING_QUOTE)
    window.article.select_span(start, start + len(CODING_QUOTE))
    window.article.setFocus()

    def shoot_popup() -> None:
        popup = window.active_popup
        assert popup is not None
        popup.field("actor").setEditText("Vladimir Putin")
        popup.field("claim").setEditText("Support or endorsement")
        _settle(application)
        _grab_with(window, popup).save(str(path))
        popup.reject()

    QTimer.singleShot(50, shoot_popup)
    bench.open_popup()


def _suggestions(application: QApplication, window: MainWindow, path: Path) -> None:
    """A machine coder's spans on the open article, shown as suggestions, one with its tooltip."""
    import hashlib

    from annotator.services.machine.storage import (
        MachineSpan,
        RunSettings,
        begin_run,
        store_document,
    )

    bench = window.workbench
    assert bench is not None and bench.document_id is not None
    text = window.article.text
    settings = RunSettings(
        coder="llama3.1:8b",
        model="llama3.1:8b",
        endpoint_host="localhost:11434",
        prompt_version="screenshot",
        prompt_hash="0" * 64,
        codebook_version="0" * 64,
        variables=("claim", "sector"),
        temperature=0.0,
        seed=None,
    )
    run = begin_run(bench.project, settings)
    spans = []
    for quote, values in MACHINE_SPANS:
        start = text.index(quote)
        spans.append(MachineSpan(start, start + len(quote), values))
    store_document(
        bench.project,
        run,
        document_id=bench.document_id,
        document_sha256=hashlib.sha256(text.encode()).hexdigest(),
        response="{}",
        spans=spans,
    )
    window.actions[ActionId.SHOW_SUGGESTIONS].setChecked(True)
    bench.set_colour_by("claim")
    bench.reload_annotations()
    window.article.set_current("")
    window.annotation_table.clearSelection()
    mark = window.article.suggestion_marks.marks[1]
    window.article.select_span(spans[1].start + 10, spans[1].start + 10)  # the caret in it
    window.article.setFocus()
    _settle(application)
    rect = window.article.cursorRect()
    QToolTip.showText(
        window.article.viewport().mapToGlobal(rect.bottomRight()),
        mark.tip,
        window.article.viewport(),
    )
    _settle(application)
    tip = next(
        (w for w in application.topLevelWidgets() if w.inherits("QLabel") and w.isVisible()),
        None,
    )
    _grab_with(window, tip).save(str(path))
    QToolTip.hideText()
    window.actions[ActionId.SHOW_SUGGESTIONS].setChecked(False)


def render(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    application = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(application, QApplication)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        window = _window(application, scratch, "en")
        _coding(application, window, folder / "workbench.png")
        written.append(folder / "workbench.png")

        window.actions[ActionId.SHOW_ALL_CODERS].setChecked(True)
        window.actions[ActionId.PARAGRAPH_NUMBERS].setChecked(True)
        assert window.workbench is not None
        window.workbench.set_colour_by(COLOUR_BY_CODER)  # each coder's spans in their colour
        _show_overlap(window)
        _settle(application)
        window.grab().save(str(folder / "overlap.png"))
        written.append(folder / "overlap.png")

        apply_appearance(Appearance.DARK)
        window.workbench.set_colour_by("sector")
        window.article.setFocus()
        _settle(application)
        window.grab().save(str(folder / "dark.png"))
        written.append(folder / "dark.png")
        apply_appearance(Appearance.LIGHT)

        window.actions[ActionId.SHOW_ALL_CODERS].setChecked(False)  # blind: alice's own spans
        window.actions[ActionId.PARAGRAPH_NUMBERS].setChecked(False)
        _suggestions(application, window, folder / "suggestions.png")
        written.append(folder / "suggestions.png")
        window.close()

        for language, name, article in (
            ("de", "german.png", lambda title: "Turkmen" in title),
            ("ru", "russian.png", lambda title: title.startswith("Минздрав")),
        ):
            window = _window(application, scratch, language)
            window.actions[ActionId.SHOW_ALL_CODERS].setChecked(True)
            _show(window, article)
            assert window.workbench is not None
            window.workbench.set_colour_by("actor")
            _show_overlap(window)
            _settle(application)
            window.grab().save(str(folder / name))
            written.append(folder / name)
            window.close()
        install_translators(application, "en")
    return written


def main(arguments: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if arguments is None else arguments
    if len(arguments) == 3 and arguments[1] == "--scale":
        os.environ["QT_SCALE_FACTOR"] = arguments[2]  # read when the application starts
        arguments = arguments[:1]
    if len(arguments) != 1:
        sys.stderr.write("usage: python -m annotator.ui.screenshots OUTDIR [--scale 2]\n")
        return 2
    for path in render(Path(arguments[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
