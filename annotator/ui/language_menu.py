"""View ▸ Language: the coder chooses the app's language, or lets it follow the system.

Each language is listed in its own name (a coder who cannot read the current language still finds
theirs). The choice is saved in `Setting.LANGUAGE` and takes effect at the next start, as in
QualCoder: the translators are installed before any window exists (`i18n.install_translators`).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from annotator import APP_NAME
from annotator.ui.i18n import LANGUAGES, effective_language
from annotator.ui.settings import Setting, Settings


class LanguageMenu(QMenu):
    """The Language submenu: System, then every shipped language; one is checked."""

    def __init__(self, settings: Settings, parent: QWidget) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("language_menu")
        self.settings = settings
        self.notice: QMessageBox | None = None  # the last "after a restart" notice shown
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.choices: dict[str, QAction] = {}
        self._add_choice("", self.tr("System Language"))
        self.addSeparator()
        for code, own_name in LANGUAGES.items():
            self._add_choice(code, own_name)
        chosen = settings.get(Setting.LANGUAGE)
        self.choices.get(chosen, self.choices[""]).setChecked(True)
        self._group.triggered.connect(self._choose)

    def _add_choice(self, code: str, text: str) -> None:
        action = QAction(text, self)
        action.setObjectName(f"language_{code or 'system'}")
        action.setCheckable(True)
        action.setData(code)
        self._group.addAction(action)
        self.addAction(action)
        self.choices[code] = action

    def _choose(self, action: QAction) -> None:
        code = str(action.data())
        if code == self.settings.get(Setting.LANGUAGE):
            return
        self.settings.set(Setting.LANGUAGE, code)
        self.settings.sync()
        language = LANGUAGES[effective_language(code)]
        self.notice = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Language"),
            self.tr("{app} will be shown in {language} after a restart.").format(
                app=APP_NAME, language=language
            ),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        self.notice.setObjectName("language_notice")
        self.notice.open()
