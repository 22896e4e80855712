"""Analysis ▸ Machine Coding…: a language model codes documents as a machine coder.

The dialog asks what `annotator machine-code` asks — endpoint (a local Ollama by default), model,
the documents (all, an assignment set, the list's filter, the selection), the variables, and the
name of an environment variable holding the API key (the key is read when the run starts: never
stored, never shown). Every change re-plans the run (`plan_machine_coding`, which sends nothing),
so the estimate of tokens and the documents to send, answered from the cache or already coded are
shown before anything happens, with a plain statement of where the texts go. Run asks for a
confirmation when the endpoint is not this computer, then codes in the background (`Job`) with
progress and Cancel, and ends with a summary: coded, rejected, left. What was answered before a
Cancel is kept, and running again resumes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.db.project import Project, open_project
from annotator.errors import AnnotatorError, InvalidInputError
from annotator.services.assignments import documents_in_set, set_names
from annotator.services.codebooks.reading import list_codebook
from annotator.services.machine.client import (
    DEFAULT_ENDPOINT,
    ChatClient,
    endpoint_host,
    is_local_endpoint,
)
from annotator.services.machine.coding import (
    DocumentOutcome,
    MachineCodingPlan,
    MachineCodingRequest,
    MachineCodingSummary,
    plan_machine_coding,
    run_machine_coding,
)
from annotator.ui.project.background import Job, Progress

KEYRING_SERVICE = "annotator"  # as `annotator machine-code` reads it


def read_api_key(variable: str, endpoint: str) -> str | None:
    """The key in the environment variable `variable`; without one, a hosted endpoint's key from
    the system keyring (service "annotator", the endpoint's host) if `keyring` is installed."""
    name = variable.strip()
    if name:
        key = os.environ.get(name)
        if not key:
            raise InvalidInputError(f"the environment variable {name} (API key) is not set")
        return key
    if is_local_endpoint(endpoint):
        return None
    try:
        import keyring  # optional: only when the user has it installed
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, endpoint_host(endpoint))
    except Exception:  # no usable keyring backend: go on without a key
        return None


class MachineCodingDialog(QDialog):
    stored = Signal()  # a run ended having stored something: the window re-reads its views
    started = Signal(str, str)  # a run's endpoint and model, remembered for the next time

    def __init__(
        self,
        project: Project,
        filtered: Sequence[int] | None,
        selected: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("machine_coding_dialog")
        self.setWindowTitle(self.tr("Machine coding"))
        self.project = project
        self.filtered = list(filtered) if filtered is not None else None
        self.selected = list(selected)
        self.plan: MachineCodingPlan | None = None
        self.job: Job | None = None
        self.summary: MachineCodingSummary | None = None
        intro = QLabel(
            self.tr(
                "A language model codes the documents along the codebook as a machine coder. "
                "Every span it returns is checked against the text; its codings show as "
                "suggestions (View ▸ Show Machine Suggestions) and are compared with the "
                "coders' in Inter-coder Agreement."
            )
        )
        intro.setWordWrap(True)
        self.endpoint = QLineEdit(DEFAULT_ENDPOINT)
        self.endpoint.setObjectName("machine_endpoint")
        self.model = QLineEdit(placeholderText=self.tr("e.g. llama3.1:8b"))
        self.model.setObjectName("machine_model")
        self.key_variable = QLineEdit(placeholderText=self.tr("e.g. OPENAI_API_KEY (optional)"))
        self.key_variable.setObjectName("machine_key_variable")
        self.key_variable.setToolTip(
            self.tr(
                "The name of an environment variable holding the API key (without one, a hosted "
                "endpoint's key comes from the system keyring, if installed). The key is read "
                "when the run starts; it is never stored or shown."
            )
        )
        self._build_documents()
        self.variables = QListWidget()
        self.variables.setObjectName("machine_variables")
        self.variables.setMaximumHeight(110)
        for variable in list_codebook(project):
            item = QListWidgetItem(variable.label or variable.name)
            item.setData(Qt.ItemDataRole.UserRole, variable.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.variables.addItem(item)
        self.estimate = QLabel()
        self.estimate.setObjectName("machine_estimate")
        self.estimate.setWordWrap(True)
        self.privacy = QLabel()
        self.privacy.setObjectName("machine_privacy")
        self.privacy.setWordWrap(True)
        self.result = QLabel()
        self.result.setObjectName("machine_summary")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("Endpoint:"), self.endpoint)
        form.addRow(self.tr("Model:"), self.model)
        form.addRow(self.tr("API key from:"), self.key_variable)
        form.addRow(self.tr("Documents:"), self.documents_box)
        form.addRow(self.tr("Variables:"), self.variables)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setObjectName("machine_run")
        self.run_button.setDefault(True)
        buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.run_button.clicked.connect(self.run)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        for widget in (self.estimate, self.privacy, self.result):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        for line in (self.endpoint, self.model):
            line.textChanged.connect(self.replan)
        self.variables.itemChanged.connect(self.replan)
        self.resize(560, self.sizeHint().height())
        self.replan()

    def _build_documents(self) -> None:
        self.all_documents = QRadioButton(self.tr("All documents"))
        self.set_documents = QRadioButton(self.tr("The assignment set"))
        self.set_name = QComboBox()
        self.set_name.setObjectName("machine_set")
        self.set_name.addItems(set_names(self.project))
        self.filter_documents = QRadioButton(
            self.tr("The %n document(s) the list's filter shows", "", len(self.filtered or []))
        )
        self.selected_documents = QRadioButton(
            self.tr("The %n selected document(s)", "", len(self.selected))
        )
        self.set_documents.setEnabled(self.set_name.count() > 0)
        self.set_name.setEnabled(self.set_name.count() > 0)
        self.filter_documents.setEnabled(self.filtered is not None)
        self.selected_documents.setEnabled(bool(self.selected))
        self.all_documents.setChecked(True)
        self.document_choice = QButtonGroup(self)
        self.documents_box = QWidget()
        box = QVBoxLayout(self.documents_box)
        box.setContentsMargins(0, 0, 0, 0)
        for button in (self.all_documents, self.set_documents):
            self.document_choice.addButton(button)
            box.addWidget(button)
        box.addWidget(self.set_name)
        for button in (self.filter_documents, self.selected_documents):
            self.document_choice.addButton(button)
            box.addWidget(button)
        self.document_choice.buttonToggled.connect(lambda *_: self.replan())
        self.set_name.currentIndexChanged.connect(lambda _index: self.replan())

    # -- the plan --
    def document_ids(self) -> list[int] | None:
        if self.set_documents.isChecked():
            return documents_in_set(self.project, self.set_name.currentText())
        if self.filter_documents.isChecked():
            return list(self.filtered or [])
        if self.selected_documents.isChecked():
            return list(self.selected)
        return None

    def request(self) -> MachineCodingRequest:
        variables = [
            self.variables.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.variables.count())
            if self.variables.item(row).checkState() == Qt.CheckState.Checked
        ]
        if not variables:
            raise InvalidInputError(self.tr("Choose at least one variable."))
        return MachineCodingRequest(
            model=self.model.text().strip(),
            endpoint=self.endpoint.text().strip(),
            documents=self.document_ids(),
            variables=variables,
        )

    def replan(self) -> None:
        """Plan the run as the choices stand (sends nothing) and show what it would do."""
        self.plan = None
        if not self.model.text().strip():
            self.estimate.setText(self.tr("Name the model to see what a run would send."))
            self.privacy.clear()
            self.run_button.setEnabled(False)
            return
        try:
            plan = plan_machine_coding(self.project, self.request())
        except AnnotatorError as error:
            self.estimate.setText(str(error))
            self.privacy.clear()
            self.run_button.setEnabled(False)
            return
        self.plan = plan
        documents = self.tr("%n document(s) to send", "", plan.count("to_send"))
        cached = self.tr("{count} answered from the cache").format(count=plan.count("cached"))
        done = self.tr("{count} already coded").format(count=plan.count("already_coded"))
        self.estimate.setText(
            self.tr(
                "{documents}, {cached}, {done}: about {tokens} tokens (prompt and answer; one "
                "token per 4 characters)."
            ).format(documents=documents, cached=cached, done=done, tokens=plan.estimated_tokens)
        )
        self.privacy.setText(self.privacy_statement())
        # texts leaving the computer is the one thing here nobody should overlook
        self.privacy.setStyleSheet(
            "" if is_local_endpoint(plan.request.endpoint) else "font-weight: bold"
        )
        self.run_button.setEnabled(self.job is None)

    def privacy_statement(self) -> str:
        endpoint = self.endpoint.text().strip()
        host = endpoint_host(endpoint)
        if is_local_endpoint(endpoint):
            return self.tr("{host} is this computer: the article texts stay on it.").format(
                host=host
            )
        return self.tr(
            "The article texts will be sent to {host}, which is not this computer: they leave "
            "the machine and the service's terms apply to them."
        ).format(host=host)

    def confirm_leaving(self) -> bool:
        """Ask before texts go to another computer (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Send the articles?"),
            self.privacy_statement() + "\n\n" + self.tr("Send them and code?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- running --
    def run(self) -> None:
        self.replan()
        plan = self.plan
        if plan is None or self.job is not None:
            return
        try:
            key = read_api_key(self.key_variable.text(), plan.request.endpoint)
        except AnnotatorError as error:
            self.result.setText(str(error))
            return
        if plan.leaves_the_machine and not self.confirm_leaving():
            self.result.setText(self.tr("Nothing was sent."))
            return
        self.result.clear()
        path = self.project.path
        endpoint, model = plan.request.endpoint, plan.settings.model
        leaves = plan.leaves_the_machine

        def work(progress: Progress, should_cancel: Callable[[], bool]) -> MachineCodingSummary:
            def report(outcome: DocumentOutcome) -> None:
                progress(outcome.position, outcome.total, outcome.title)

            with open_project(path) as project:
                fresh = plan_machine_coding(project, plan.request)
                client = ChatClient(endpoint, model, api_key=key)
                return run_machine_coding(
                    project,
                    fresh,
                    client,
                    texts_may_leave=leaves,
                    progress=report,
                    should_cancel=should_cancel,
                )

        self.run_button.setEnabled(False)
        self.started.emit(endpoint, model)
        job = Job(
            self,
            work,
            title=self.tr("Machine coding"),
            label=self.tr("Coding with {model}…").format(model=model),
            project=path,
            what=self.tr("Machine coding"),
        )
        job.on_success(self._finished).on_cancelled(self._finished).on_failure(self._failed)
        job.ended.connect(self._ended)
        self.job = job.start()

    def _ended(self, _outcome: object) -> None:
        self.job = None
        self.replan()

    def _failed(self, message: str) -> None:
        self.result.setText(self.tr("Nothing more was coded: {reason}").format(reason=message))

    def _finished(self, summary: MachineCodingSummary | None) -> None:
        if summary is None:
            return
        self.summary = summary
        self.result.setText(self.summary_text(summary))
        if summary.run is not None:
            self.stored.emit()

    def summary_text(self, summary: MachineCodingSummary) -> str:
        rejected = sum(summary.rejected.values())
        lines = [
            self.tr("Coded {coded} of %n document(s) as {coder}.", "", summary.selected).format(
                coded=summary.coded, coder=summary.coder
            ),
            self.tr(
                "{sent} sent, {cached} from the cache, {already} already coded, {answers} "
                "answer(s) rejected, {left} left."
            ).format(
                sent=summary.sent,
                cached=summary.from_cache,
                already=summary.already_coded,
                answers=summary.answers_rejected,
                left=summary.left,
            ),
            self.tr(
                "Spans: {stored} stored ({reanchored} re-anchored), {rejected} rejected."
            ).format(
                stored=summary.spans_stored, reanchored=summary.spans_reanchored, rejected=rejected
            ),
        ]
        if summary.stopped:
            lines.append(
                self.tr("Stopped: {reason}. Run again to resume.").format(
                    reason=summary.stop_reason
                )
            )
        return "\n".join(lines)
