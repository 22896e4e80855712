"""The header above the article: what the coder is reading and how far they have got with it.

Coders switch between hundreds of articles; the text alone does not say which one is open. The
header shows the headline (large, wrapping), then one line with outlet · date · author · language,
and this coder's status of the document as a coloured chip. It shows a `DocumentRow` of the
document list, so whatever refreshes that row (a metadata edit and its undo, a change by another
program, a status change) refreshes the header too. Empty fields are left out.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from annotator.core.vocabulary import CodingStatus
from annotator.services.coding.overview import DocumentRow

SEPARATOR = "  ·  "
HEADLINE_SCALE = 1.6  # the headline's size, relative to the window's font
STATUS_CHIPS = {  # label, background, text colour
    CodingStatus.NOT_STARTED: (
        QT_TRANSLATE_NOOP("ArticleHeader", "Not started"),
        "#e4e4e7",
        "#3f3f46",
    ),
    CodingStatus.IN_PROGRESS: (
        QT_TRANSLATE_NOOP("ArticleHeader", "In progress"),
        "#fdecc8",
        "#7a4b00",
    ),
    CodingStatus.DONE: (QT_TRANSLATE_NOOP("ArticleHeader", "Done"), "#d3f0d8", "#1b5e20"),
}


def right_to_left(text: str) -> bool:
    """Whether the text's first strongly directional letter is Arabic or Hebrew (and the like)."""
    for character in text:
        direction = unicodedata.bidirectional(character)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


# The languages news corpora come in most often, named in the coder's language; others are
# named in their own language (Qt knows no translated language names).
LANGUAGE_NAMES = {
    "ar": QT_TRANSLATE_NOOP("Languages", "Arabic"),
    "cs": QT_TRANSLATE_NOOP("Languages", "Czech"),
    "de": QT_TRANSLATE_NOOP("Languages", "German"),
    "en": QT_TRANSLATE_NOOP("Languages", "English"),
    "es": QT_TRANSLATE_NOOP("Languages", "Spanish"),
    "fr": QT_TRANSLATE_NOOP("Languages", "French"),
    "he": QT_TRANSLATE_NOOP("Languages", "Hebrew"),
    "it": QT_TRANSLATE_NOOP("Languages", "Italian"),
    "ja": QT_TRANSLATE_NOOP("Languages", "Japanese"),
    "nl": QT_TRANSLATE_NOOP("Languages", "Dutch"),
    "pl": QT_TRANSLATE_NOOP("Languages", "Polish"),
    "pt": QT_TRANSLATE_NOOP("Languages", "Portuguese"),
    "ru": QT_TRANSLATE_NOOP("Languages", "Russian"),
    "tr": QT_TRANSLATE_NOOP("Languages", "Turkish"),
    "uk": QT_TRANSLATE_NOOP("Languages", "Ukrainian"),
    "zh": QT_TRANSLATE_NOOP("Languages", "Chinese"),
}


def language_name(code: str) -> str:
    """ "Russian" for "ru" (or "ru-RU") in the coder's language; a language outside
    `LANGUAGE_NAMES` in its own name ("suomi"); an unknown code as it is."""
    known = LANGUAGE_NAMES.get(code.split("-")[0].split("_")[0].lower())
    if known:
        return QCoreApplication.translate("Languages", known)
    locale = QLocale(code.replace("-", "_"))
    if not code or locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code
    return locale.nativeLanguageName() or QLocale.languageToString(locale.language())


def long_date(value: date, locale: QLocale | None = None) -> str:
    """The date as the user's locale writes it in full, without the weekday ("5 March 2022")."""
    locale = locale or QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    for weekday in ("dddd, ", "dddd ", ", dddd", " dddd", "dddd"):
        pattern = pattern.replace(weekday, "")
    return locale.toString(QDate(value.year, value.month, value.day), pattern.strip(" ,"))


class ArticleHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article_header")
        self.row: DocumentRow | None = None
        self.headline = QLabel()
        self.headline.setObjectName("article_headline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * HEADLINE_SCALE)
        font.setBold(True)
        self.headline.setFont(font)
        self.details = QLabel()
        self.details.setObjectName("article_details")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setStyleSheet("color: palette(placeholder-text);")
        self.status = QLabel()
        self.status.setObjectName("article_status")
        self.status.setToolTip(
            self.tr("Your coding status of this document (Ctrl+D marks it done)")
        )
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(12)
        line.addWidget(self.status)
        line.addWidget(self.details, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 14, 22, 10)
        layout.setSpacing(6)
        layout.addWidget(self.headline)
        layout.addLayout(line)
        self.hide()

    def show_row(self, row: DocumentRow | None) -> None:
        """Show a document's metadata and status; None (no document) hides the header."""
        self.row = row
        if row is None:
            self.hide()
            return
        self.headline.setText(row.title or self.tr("(untitled)"))
        self.headline.setToolTip(row.title)
        self.headline.setAlignment(
            Qt.AlignmentFlag.AlignRight if right_to_left(row.title) else Qt.AlignmentFlag.AlignLeft
        )
        fields = [
            row.outlet,
            long_date(row.published) if row.published else "",
            row.author,
            language_name(row.language),
        ]
        self.details.setText(SEPARATOR.join(field for field in fields if field))
        self.details.setToolTip(
            self.tr("Language code: {code}").format(code=row.language) if row.language else ""
        )
        label, background, colour = STATUS_CHIPS[row.status]
        self.status.setText(QCoreApplication.translate("ArticleHeader", label))
        self.status.setStyleSheet(
            f"background: {background}; color: {colour}; border-radius: 8px;"
            " padding: 1px 9px; font-weight: 600;"
        )
        self.show()
