"""Re-reading the open project into the window after a change that touches many rows.

An import or a merge adds documents, coders, codes and annotations all at once (and undoing one,
or removing documents, takes them away); rather than patch each view, the window reloads the
codebook and the document list and shows the document the coder was reading again (or the first
one, when it is gone; an empty article and table when no document is left).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow


def reload_project_views(window: MainWindow, select: int | None = None) -> None:
    """Reload the codebook, document list and current document; `select` shows that document."""
    bench = window.workbench
    if bench is None:
        return
    current = select if select is not None else bench.document_id
    bench.changes_seen = bench.project.change_counter()  # what follows reads everything up to here
    bench.reload_codebook()
    bench.reload_documents()
    bench.set_show_all(bench.show_all)  # new coders get their colours
    panel = window.document_panel
    if current is not None and panel.model.find(current) is not None:
        panel.select_document(current)
    else:
        first = panel.neighbour(None, 0)
        if first is not None:
            panel.select_document(first)
        else:
            bench.document_id = None
            window.article.set_article("", [], lambda _record: "")
            window.find_bar.set_text("")
            window.annotation_table.model_.set_content([], bench.index.variables, bench.show_all)
