"""The coding-team chain in the app, on 60 generated articles: assign with a 10% overlap to three
coders, coder copies, coding (scripted through the services), merge, Team Progress, and the
agreement on the reliability sample with its intervals and methods paragraph."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from annotator.db.project import open_project
from annotator.services.assignments import assignment_table, reliability_documents
from annotator.services.coding.annotations import create_annotation
from annotator.services.coding.statuses import set_status
from annotator.services.team_progress import ALL_SETS
from annotator.ui.actions import ActionId

CODERS = ["alice", "bob", "carol"]
SECTORS = ["Energy", "Economy and trade", "Defence and security"]


def _corpus(path: Path) -> None:
    from annotator.io.imports.documents import ParsedDocument
    from annotator.services.imports.articles import import_documents
    from annotator.services.projects import new_project

    with new_project(path) as project:
        import_documents(
            project,
            [
                (
                    Path(f"{n}.txt"),
                    ParsedDocument(
                        f"Story {n}: the minister spoke about gas supplies and prices. " * 3,
                        f"Story {n}",
                        f"{n}.txt",
                        ("Daily", "Weekly", "Herald")[n % 3],
                        published=date(2024, 1 + n % 3, 1 + n % 28),
                    ),
                )
                for n in range(60)
            ],
        )


def _code_copy(path: Path, coder: str) -> int:
    """Code every document of the copy as the coder would; returns how many were coded."""
    from sqlalchemy import select

    from annotator.db.models import Document

    with open_project(path) as project:
        with project.reading() as session:
            documents = session.execute(select(Document.id, Document.title)).all()
        for document_id, title in documents:
            number = int(title.split()[1])
            sector = SECTORS[number % 3]
            if coder == "carol" and number % 2:  # carol disagrees now and then
                sector = SECTORS[(number + 1) % 3]
            create_annotation(
                project,
                document=document_id,
                coder=coder,
                start=0,
                end=8,
                values={"sector": [sector]},
            )
            set_status(project, document_id, coder, "done")
    return len(documents)


def _done(job, qtbot):
    qtbot.waitUntil(lambda: job.outcome is not None and not job.running, timeout=60000)
    assert job.outcome is not None and not job.outcome.error, job.outcome.error
    return job.outcome.result


def test_the_coding_team_chain_in_the_app(make_window, tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: None)
    master = tmp_path / "study.annot"
    _corpus(master)
    window = make_window(master, coder="lead")

    # 1. Assign: 10% overlap (6 documents) coded by all three, stratified by outlet.
    dialog = window.team.make_dialog()
    qtbot.addWidget(dialog)
    dialog.new_coders.setText(", ".join(CODERS))
    dialog._add_typed()
    dialog.overlap.setValue(10)
    dialog.by_outlet.setChecked(True)
    dialog.seed.setValue(2024)
    assert dialog.report is not None and dialog.report.overlap == 6
    assert window.team.assign(dialog.coders(), **dialog.options())
    with open_project(master) as project:
        table = assignment_table(project)["sets"]["main"]
        sample = reliability_documents(project)
    assert sorted(table) == CODERS and len(sample) == 6
    assert sum(len(ids) for ids in table.values()) == 54 + 3 * 6

    # 2. Coder copies (File ▸ Create Coder Copies…), each holding only the coder's documents.
    folder = tmp_path / "copies"
    report = _done(window.file_tools.coders.create_copies(CODERS, folder), qtbot)
    copies = [Path(copy.path) for copy in report.copies]
    assert len(copies) == 3

    # 3. Each coder codes their copy.
    for coder, copy in zip(CODERS, copies, strict=True):
        assert _code_copy(copy, coder) == len(table[coder])

    # 4. Merge them back into the open project (File ▸ Import Coder Project…).
    _done(window.file_tools.coders.import_into(copies), qtbot)

    # 5. Team Progress: everything assigned is done, one annotation per document.
    window.actions[ActionId.TEAM_PROGRESS].trigger()
    progress = window.team.progress
    qtbot.waitUntil(lambda: progress.cell(ALL_SETS, "bob", "Done") == str(len(table["bob"])))
    for coder in CODERS:
        assigned = str(len(table[coder]))
        assert progress.cell("main", coder, "Assigned") == assigned
        assert progress.cell("main", coder, "Done") == assigned
        assert progress.cell("main", coder, "Not started") == "0"
        assert progress.cell("main", coder, "Annotations") == assigned
    assert sum(sum(days.values()) for days in progress.chart.days.values()) == 54 + 18

    # 6. Agreement on the reliability sample, with intervals; the methods paragraph.
    agreement = window.research.open_agreement()
    qtbot.waitUntil(lambda: agreement.job is None and agreement.result is not None, timeout=60000)
    assert agreement.document_set.currentData() == ""  # the reliability sample by default
    assert re.search(r"\b6 documents?\b", agreement.document_set.currentText())
    agreement.samples.setValue(2000)
    agreement.seed.setValue(11)
    agreement.compute()
    qtbot.waitUntil(lambda: agreement.job is None, timeout=60000)
    assert agreement.intervals is not None and agreement.intervals.options.seed == 11
    model = agreement.stats_model
    rows = {model.index(row, 0).data(): row for row in range(model.rowCount())}
    sector = rows["sector"]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    units = model.index(sector, headers.index("Units")).data()
    assert units == "6"  # one aligned unit per overlap document
    alpha = float(model.index(sector, headers.index("Alpha")).data())
    low, high = map(float, re.findall(r"-?\d\.\d{3}", model.index(sector, headers.index(
        "Alpha CI")).data()))  # fmt: skip
    assert -1.0 <= low <= alpha <= high <= 1.0
    q = float(model.index(sector, headers.index("q")).data())
    assert 0.0 <= q <= 1.0
    assert re.fullmatch(r"\d\.\d{3}", model.index(sector, headers.index("SE Gwet's AC1")).data())
    assert "seed 11" in agreement.summary.text()
    kappa_tip = model.index(sector, headers.index("Cohen's κ")).data(Qt.ItemDataRole.ToolTipRole)
    assert re.search(r"alice\|bob: SE \d\.\d{3}, CI \[", kappa_tip)
    agreement.write_methods(str(tmp_path / "methods.md"))
    methods = (tmp_path / "methods.md").read_text(encoding="utf-8")
    assert "the six documents assigned to two or more coders" in methods
    assert re.search(r"alice, bob,? and carol", methods)
    assert "seed 11" in methods

    # The other choices: all documents compares 60 units... on the same coders.
    agreement.document_set.setCurrentIndex(agreement.document_set.findData("main"))
    agreement.compute()
    qtbot.waitUntil(lambda: agreement.job is None, timeout=60000)
    assert agreement.selection is not None and agreement.selection.name == "main"
