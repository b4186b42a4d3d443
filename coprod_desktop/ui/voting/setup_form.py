"""Setting up a draft round: the question, what it votes on, how, and who may vote.

Each change is stored at once as an undoable step (``UpdateRound``); the question when
the facilitator leaves the field. What the round votes on can be every idea, the ideas
of some themes, the ideas of one agenda stage, every theme or some themes; it is worked
out again just before the round opens, so ideas captured meanwhile are included.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services import agenda, board, people
from ...services.records import IdeaRecord, ParticipantRecord, RoundRecord, StageRecord
from ...services.voting import MAX_DOTS
from ..choice_words import ChoiceWords, choice_row
from ..controller import Controller
from ..flow_layout import FlowLayout, flow_row
from .commands import RoundSettings, UpdateRound

SCOPE_ALL, SCOPE_THEMES, SCOPE_STAGE, SCOPE_CHOSEN = "all", "themes", "stage", "chosen"


def checked_ids(widget: QListWidget) -> list[int]:
    return [
        widget.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


def check_ids(widget: QListWidget, ids: set[int]) -> None:
    for row in range(widget.count()):
        item = widget.item(row)
        wanted = item.data(Qt.ItemDataRole.UserRole) in ids
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


class RoundSetupForm(QWidget):
    open_requested = Signal(int, bool)  # round id, and whether to show it on the shared screen
    problem = Signal(str)  # why the form cannot do what was asked, in plain words

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.record: RoundRecord | None = None
        self.ideas: list[IdeaRecord] = []
        self.stages: list[StageRecord] = []
        self.participants: list[ParticipantRecord] = []
        self._chosen_items: tuple[int, ...] = ()
        self._loading = False
        self._build()

    # Layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.question = QLineEdit()
        self.question.setAccessibleName(self.tr("Question"))
        self.question.setPlaceholderText(self.tr("What should the room vote on?"))
        self.question.editingFinished.connect(self.apply)

        self.on_ideas = QRadioButton(self.tr("&Ideas"))
        self.on_themes = QRadioButton(self.tr("&Themes"))
        self.target = QButtonGroup(self)
        for button in (self.on_ideas, self.on_themes):
            self.target.addButton(button)
            button.toggled.connect(self._target_toggled)
        self.scope = QComboBox()
        self.scope.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scope.setMinimumContentsLength(16)  # its list shows the choices in full
        self.scope.setAccessibleName(self.tr("Which items"))
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.themes = QListWidget()
        self.themes.setAccessibleName(self.tr("Themes to include"))
        self.themes.setMaximumHeight(150)
        self.themes.itemChanged.connect(lambda _item: self.apply())
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Agenda stage"))
        self.stage.currentIndexChanged.connect(lambda _i: self.apply())
        self.item_count = QLabel()
        self.item_count.setProperty("role", "muted")
        self.item_count.setAccessibleName(self.tr("How many items the round asks about"))

        self.by_ballot = QRadioButton()
        by_ballot = ChoiceWords(self.by_ballot, self.tr("&Ballot on the shared screen"))
        self.by_tally = QRadioButton()
        by_tally = ChoiceWords(
            self.by_tally, self.tr("T&ally of sticker dots (you type in the counts)")
        )
        self.method = QButtonGroup(self)
        for button in (self.by_ballot, self.by_tally):
            self.method.addButton(button)
            button.toggled.connect(self._method_toggled)
        self.dots = QSpinBox()
        self.dots.setRange(1, MAX_DOTS)
        self.dots.setAccessibleName(self.tr("Dots per voter"))
        self.dots.valueChanged.connect(self._dots_changed)
        self.cap = QSpinBox()
        self.cap.setRange(1, MAX_DOTS)
        self.cap.setAccessibleName(self.tr("Most dots on one item"))
        self.cap.valueChanged.connect(lambda _v: self.apply())
        self.secret = QCheckBox()
        secret = ChoiceWords(
            self.secret,
            self.tr("&Secret: nobody, you included, can see who put dots where"),
            name=self.tr("Secret ballot"),
        )
        self.secret.toggled.connect(lambda _on: self.apply())

        self.everyone = QRadioButton()
        self.everyone_words = ChoiceWords(self.everyone)
        self.only_some = QRadioButton()
        only_some = ChoiceWords(self.only_some, self.tr("Only the people ticked below"))
        self.who = QButtonGroup(self)
        for button in (self.everyone, self.only_some):
            self.who.addButton(button)
            button.toggled.connect(self._who_toggled)
        self.electors = QListWidget()
        self.electors.setAccessibleName(self.tr("Who may vote"))
        self.electors.itemChanged.connect(lambda _item: self.apply())

        self.open_button = QPushButton(self.tr("&Open voting"))
        self.open_button.setProperty("primary", True)
        self.open_button.setAccessibleName(self.tr("Open voting"))
        self.open_show_button = QPushButton(self.tr("Open and show on the &shared screen"))
        self.open_show_button.setAccessibleName(self.tr("Open voting and show the ballot"))
        self.open_button.clicked.connect(lambda: self._request_open(False))
        self.open_show_button.clicked.connect(lambda: self._request_open(True))

        form = self.form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long Welsh labels
        form.addRow(self.tr("&Question:"), self.question)
        targets = QHBoxLayout()
        targets.addWidget(self.on_ideas)
        targets.addWidget(self.on_themes)
        targets.addStretch(1)
        form.addRow(self.tr("Vote on:"), targets)
        form.addRow(self.tr("W&hich:"), self.scope)
        form.addRow("", self.themes)
        form.addRow("", self.stage)
        form.addRow("", self.item_count)
        methods = QVBoxLayout()
        methods.addWidget(choice_row(self.by_ballot, by_ballot))
        methods.addWidget(choice_row(self.by_tally, by_tally))
        form.addRow(self.tr("How:"), methods)
        numbers = FlowLayout()
        numbers.addWidget(self.dots)
        numbers.addWidget(QLabel(self.tr("dots each, at most")))
        numbers.addWidget(self.cap)
        numbers.addWidget(QLabel(self.tr("on one item")))
        form.addRow(self.tr("Dots:"), numbers)
        # A tally has no secret and no register: its rows go, words and all.
        self.secret_row = choice_row(self.secret, secret)
        self.everyone_row = choice_row(self.everyone, self.everyone_words)
        self.only_some_row = choice_row(self.only_some, only_some)
        form.addRow("", self.secret_row)
        who = QVBoxLayout()
        who.addWidget(self.everyone_row)
        who.addWidget(self.only_some_row)
        who.addWidget(self.electors)
        self.who_label = QLabel(self.tr("Who may vote:"))
        form.addRow(self.who_label, who)
        buttons = flow_row(self.open_button, self.open_show_button)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addStretch(1)
        box.addLayout(buttons)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Narrow (large text, long Welsh labels): every label above its field, so no
        # field is squeezed into what the widest label leaves ("ich ideas matter most?").
        narrow = self.width() < self.fontMetrics().averageCharWidth() * 70
        policy = (
            QFormLayout.RowWrapPolicy.WrapAllRows
            if narrow
            else QFormLayout.RowWrapPolicy.WrapLongRows
        )
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)
        # Wrapped words need more height as the form narrows; the splitter and stack it
        # sits in ask only for a width, so the form says how tall it must be.
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            wrapped = layout.heightForWidth(self.width()) - layout.sizeHint().height()
            self.setMinimumHeight(layout.minimumSize().height() + max(0, wrapped))

    # Loading --------------------------------------------------------------------------

    def set_round(self, record: RoundRecord) -> None:
        """Show a draft round's set-up (reading the board and the people afresh).

        When the form already says what the round holds (a reload after its own change,
        or after the board changed), its choices stay as they are: "the themes ticked
        below" with none ticked yet, say, or a stage whose ideas have grown since."""
        keep = (
            self.record is not None
            and self.record.id == record.id
            and replace(self.settings(), question=record.question) == RoundSettings.of(record)
        )
        self._loading = True
        try:
            self.record = record
            db, wid = self.controller.db, record.workshop_id
            self.ideas = board.list_ideas(db, wid)
            self.themes_list = board.list_themes(db, wid)
            self.stages = agenda.list_stages(db, wid)
            self.participants = people.list_participants(db, wid)
            if not self.question.hasFocus() or not self.question.isModified():
                self.question.setText(record.question)  # never under the facilitator's typing
            (self.on_ideas if record.target == "ideas" else self.on_themes).setChecked(True)
            (self.by_ballot if record.method == "ballot" else self.by_tally).setChecked(True)
            self.dots.setValue(record.dots_per_voter)
            self.cap.setMaximum(record.dots_per_voter)
            self.cap.setValue(record.max_dots_per_item)
            self.secret.setChecked(record.secret)
            self._fill_themes()
            self._fill_stages()
            self._fill_scope(record, keep)
            self._fill_electors(record, keep)
            self._show_parts()
        finally:
            self._loading = False

    def _fill_themes(self) -> None:
        checked, row = set(checked_ids(self.themes)), self.themes.currentRow()
        self.themes.blockSignals(True)
        self.themes.clear()
        for theme in self.themes_list:
            count = sum(1 for i in self.ideas if i.theme_id == theme.id)
            text = self.tr("{name} (%n idea(s))", "", count).format(name=theme.name)
            item = QListWidgetItem(text if self.on_ideas.isChecked() else theme.name)
            item.setData(Qt.ItemDataRole.UserRole, theme.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if theme.id in checked else Qt.CheckState.Unchecked
            )
            self.themes.addItem(item)
        self.themes.setCurrentRow(min(row, self.themes.count() - 1))
        self.themes.blockSignals(False)

    def _fill_stages(self) -> None:
        current = self.stage.currentData()
        self.stage.blockSignals(True)
        self.stage.clear()
        for stage in self.stages:
            count = sum(1 for i in self.ideas if i.stage_id == stage.id)
            text = self.tr("{title} (%n idea(s))", "", count)
            self.stage.addItem(text.format(title=stage.title), stage.id)
        index = self.stage.findData(current)
        self.stage.setCurrentIndex(max(0, index))
        self.stage.blockSignals(False)

    def _fill_scope(self, record: RoundRecord, keep: bool = False) -> None:
        items = set(record.items)
        previous = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        if record.target == "ideas":
            self.scope.addItem(
                self.tr("Every idea on the board ({n})").format(n=len(self.ideas)), SCOPE_ALL
            )
            self.scope.addItem(self.tr("The ideas in the themes ticked below"), SCOPE_THEMES)
            if self.stages:
                self.scope.addItem(self.tr("The ideas captured in one agenda stage"), SCOPE_STAGE)
        else:
            self.scope.addItem(
                self.tr("Every theme ({n})").format(n=len(self.themes_list)), SCOPE_ALL
            )
            self.scope.addItem(self.tr("The themes ticked below"), SCOPE_THEMES)
        offered = [self.scope.itemData(i) for i in range(self.scope.count())]
        if keep and (previous in offered or previous == SCOPE_CHOSEN):
            scope = previous
        else:
            scope = self._infer_scope(record, items)
        if scope == SCOPE_CHOSEN:
            self._chosen_items = tuple(record.items)
            n = len(items)
            if record.target == "ideas":
                text = self.tr("The %n idea(s) chosen for this round", "", n)
            else:
                text = self.tr("The %n theme(s) chosen for this round", "", n)
            self.scope.addItem(text, SCOPE_CHOSEN)
        self.scope.setCurrentIndex(max(0, self.scope.findData(scope)))
        self.scope.blockSignals(False)

    def _infer_scope(self, record: RoundRecord, items: set[int]) -> str:
        if not items:
            return SCOPE_ALL
        if record.target == "themes":
            check_ids(self.themes, items)
            return SCOPE_THEMES
        by_id = {i.id: i for i in self.ideas}
        themes = {by_id[i].theme_id for i in items if i in by_id}
        if None not in themes and {i.id for i in self.ideas if i.theme_id in themes} == items:
            check_ids(self.themes, {t for t in themes if t is not None})
            return SCOPE_THEMES
        stages = {by_id[i].stage_id for i in items if i in by_id}
        if len(stages) == 1 and None not in stages:
            stage = next(iter(stages))
            if {i.id for i in self.ideas if i.stage_id == stage} == items:
                self.stage.setCurrentIndex(max(0, self.stage.findData(stage)))
                return SCOPE_STAGE
        return SCOPE_CHOSEN

    def _fill_electors(self, record: RoundRecord, keep: bool = False) -> None:
        attended = [p for p in self.participants if p.attended]
        self.everyone_words.set_text(
            self.tr("Everyone marked as attended (%n person(s))", "", len(attended))
        )
        some = self.only_some.isChecked() if keep else bool(record.electors)
        chosen = set(checked_ids(self.electors)) if keep and some else set(record.electors)
        (self.only_some if some else self.everyone).setChecked(True)
        row = self.electors.currentRow()
        self.electors.blockSignals(True)
        self.electors.clear()
        for person in self.participants:
            text = (
                person.name
                if person.attended
                else self.tr("{name} (not here)").format(name=person.name)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = person.id in chosen if some else person.attended
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.electors.addItem(item)
        self.electors.setCurrentRow(min(row, self.electors.count() - 1))
        self.electors.blockSignals(False)

    def _show_parts(self) -> None:
        scope = self.scope.currentData()
        self.themes.setVisible(scope == SCOPE_THEMES)
        self.stage.setVisible(scope == SCOPE_STAGE)
        ballot = self.by_ballot.isChecked()
        for widget in (self.secret_row, self.who_label, self.everyone_row, self.only_some_row):
            widget.setVisible(ballot)
        self.electors.setVisible(ballot)
        self.electors.setEnabled(self.only_some.isChecked())
        self.open_show_button.setText(
            self.tr("Open and show on the &shared screen")
            if ballot
            else self.tr("Open and show the question on the &shared screen")
        )
        count = len(self.items()) or (
            len(self.ideas) if self.on_ideas.isChecked() else len(self.themes_list)
        )
        if self.on_ideas.isChecked():
            text = (
                self.tr("%n idea(s) will be on the ballot.", "", count)
                if count
                else self.tr("Nothing to vote on yet: add some ideas first.")
            )
        else:
            text = (
                self.tr("%n theme(s) will be on the ballot.", "", count)
                if count
                else self.tr("Nothing to vote on yet: add some themes first.")
            )
        self.item_count.setText(text)

    # Reading the form -----------------------------------------------------------------

    def items(self) -> tuple[int, ...]:
        scope = self.scope.currentData()
        if scope == SCOPE_THEMES:
            chosen = set(checked_ids(self.themes))
            if self.on_themes.isChecked():
                return tuple(t.id for t in self.themes_list if t.id in chosen)
            return tuple(i.id for i in self.ideas if i.theme_id in chosen)
        if scope == SCOPE_STAGE:
            stage = self.stage.currentData()
            return tuple(i.id for i in self.ideas if i.stage_id == stage)
        if scope == SCOPE_CHOSEN:
            return self._chosen_items
        return ()

    def settings(self) -> RoundSettings:
        ballot = self.by_ballot.isChecked()
        return RoundSettings(
            question=self.question.text(),
            target="ideas" if self.on_ideas.isChecked() else "themes",
            method="ballot" if ballot else "tally",
            dots_per_voter=self.dots.value(),
            max_dots_per_item=min(self.cap.value(), self.dots.value()),
            secret=self.secret.isChecked(),
            items=self.items(),
            electors=tuple(checked_ids(self.electors))
            if ballot and self.only_some.isChecked()
            else (),
        )

    def apply(self) -> None:
        """Store what the form says, as one undoable step (if anything changed)."""
        if self._loading or self.record is None or self.record.status != "draft":
            return
        self._show_parts()
        old, new = RoundSettings.of(self.record), self.settings()
        if not new.question.strip():
            self.question.setText(old.question)  # a question is required; keep the old one
            new = self.settings()
        if new != old:
            self.controller.push(UpdateRound(self.controller, self.record.id, old, new))

    # Reacting -------------------------------------------------------------------------

    def _target_toggled(self, on: bool) -> None:
        if self._loading or not on or self.record is None:
            return
        self._loading = True
        try:
            check_ids(self.themes, set())
            self._fill_themes()
            target = "ideas" if self.on_ideas.isChecked() else "themes"
            self._fill_scope(replace(self.record, target=target, items=()))
        finally:
            self._loading = False
        self.apply()

    def _scope_changed(self, _index: int) -> None:
        self._show_parts()
        self.apply()

    def _method_toggled(self, on: bool) -> None:
        if on:
            self._show_parts()
            self.apply()

    def _who_toggled(self, on: bool) -> None:
        if on:
            self._show_parts()
            self.apply()

    def _dots_changed(self, value: int) -> None:
        self.cap.setMaximum(value)
        self.apply()

    def _request_open(self, show: bool) -> None:
        if self.record is None:
            return
        self.apply()  # the latest question, and items worked out from today's board
        if (
            self.by_ballot.isChecked()
            and self.only_some.isChecked()
            and not self.settings().electors
        ):
            self.problem.emit(self.tr("Tick at least one person who may vote."))
            return
        self.open_requested.emit(self.record.id, show)
