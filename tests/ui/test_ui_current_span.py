"""The span the coder clicked is outlined in a shade its dark text stays readable on.

With all coders shown and colour by coder, a coder's strong colour (alice's blue) darkened used
to give black text on navy; the current span now darkens the lightened colour the painter uses.
"""

from __future__ import annotations

from annotator.services.coding.annotations import AnnotationRecord
from annotator.ui.coding.article_view import ArticleView
from tests.ui.test_ui_looks_appearance import contrast

TEXT = "Putin stressed that Russia's energy companies are interested in Turkmenistan."


def record(colour_owner: str) -> AnnotationRecord:
    return AnnotationRecord(
        id=1,
        uuid="u1",
        document_id=1,
        document_uuid="d1",
        coder=colour_owner,
        start=0,
        end=5,
        quote="Putin",
        memo="",
    )


def test_the_current_span_keeps_dark_text_readable_on_a_strong_coder_colour(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    span = record("alice")
    view.set_article(TEXT, [span], lambda _record: "#4e79a7")  # a strong coder colour
    view.set_current("u1")
    (current,) = view.extraSelections()
    background = current.format.background().color()
    foreground = current.format.foreground().color()
    assert contrast(background, foreground) >= 4.5
