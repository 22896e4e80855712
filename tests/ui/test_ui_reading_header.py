"""The header above the article: headline, outlet · date · author · language, the coder's status,
following document switches, metadata edits and their undo, outside changes and status changes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialog

from annotator.db.project import open_project
from annotator.services.corpus.metadata import edit_metadata
from annotator.ui.actions import ActionId
from annotator.ui.coding.article_header import language_name, long_date, right_to_left
from annotator.ui.main_window import MainWindow


def header(window: MainWindow) -> tuple[str, str, str]:
    h = window.article_header
    return h.headline.text(), h.details.text(), h.status.text()


def test_header_shows_the_open_documents_metadata_and_leaves_out_empty_fields(
    make_window, metadata_project
):
    window = make_window(metadata_project)
    assert window.article_header.isVisible()
    headline, details, status = header(window)
    assert headline == "Gas deal signed"
    assert details == f"The Guardian  ·  {long_date(date(2022, 3, 5))}  ·  English"
    assert "2022" in details and "March" in long_date(date(2022, 3, 5), QLocale("en_US"))
    assert status == "Not started"
    assert window.article_header.headline.font().pointSizeF() > window.article.font().pointSizeF()

    window.document_panel.select_document(2)
    assert header(window)[:2] == (
        "Газовая сделка",
        f"Kommersant  ·  {long_date(date(2022, 7, 1))}  ·  Russian",
    )
    assert window.article_header.headline.alignment() & Qt.AlignmentFlag.AlignLeft
    window.document_panel.select_document(4)  # no outlet, no date, no author
    assert header(window)[:2] == ("Die Wende", "German")
    assert "None" not in header(window)[1]

    window.close_project()
    assert window.pages.currentIndex() == 0
    assert not window.article_header.isVisible()


def test_header_follows_a_metadata_edit_its_undo_and_an_outside_change(
    make_window, metadata_project
):
    window = make_window(metadata_project)
    dialog = window.file_tools.metadata.dialog(1)
    dialog.edits["title"].setText("Gas deal signed in Ashgabat")
    dialog.edits["author"].setText("Anna Petrova")
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    headline, details, _ = header(window)
    assert headline == "Gas deal signed in Ashgabat"
    assert details.endswith("  ·  Anna Petrova  ·  English")

    window.undo_stack.undo()
    assert header(window)[:2] == (
        "Gas deal signed",
        f"The Guardian  ·  {long_date(date(2022, 3, 5))}  ·  English",
    )

    window.external_changes.timer.stop()
    with open_project(metadata_project) as other:
        edit_metadata(other, 1, {"outlet": "Reuters", "language": "xx", "title": "صفقة الغاز"})
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    QApplication.processEvents()
    assert header(window)[1] == f"Reuters  ·  {long_date(date(2022, 3, 5))}  ·  xx"
    assert header(window)[0] == "صفقة الغاز"
    assert window.article_header.headline.alignment() & Qt.AlignmentFlag.AlignRight


def test_header_chip_follows_the_coders_status(make_window, metadata_project, qtbot):
    window = make_window(metadata_project)
    assert header(window)[2] == "Not started"
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(0)
    cursor.setPosition(3, QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)
    window.article.setFocus()
    qtbot.keyClick(window.article, "e")  # the first span marks the document in progress
    assert header(window)[2] == "In progress"

    window.actions[ActionId.MARK_DONE].trigger()  # Ctrl+D
    assert header(window)[2] == "Done"
    window.undo_stack.undo()
    assert header(window)[2] == "In progress"
    window.undo_stack.undo()
    assert header(window)[2] == "Not started"


def test_language_names_and_dates():
    assert language_name("ru") == "Russian"
    assert language_name("de-AT") == "German"
    assert language_name("fi") == "suomi"  # a language outside the table: in its own name
    assert language_name("zz-unknown") == "zz-unknown"
    assert language_name("") == ""
    assert long_date(date(2022, 3, 5), QLocale("en_GB")) == "5 March 2022"
    assert long_date(date(2022, 3, 5), QLocale("de_DE")) == "5. März 2022"
    assert right_to_left("«قال بوتين» 2022") and right_to_left("פוטין אמר")
    assert not right_to_left("2022: Putin") and not right_to_left("")
