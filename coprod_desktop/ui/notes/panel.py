"""The facilitator's minutes of each stage: decisions, quotes, points to follow up.

It follows the running stage, so typing a note and pressing Ctrl+Enter files it under
the right heading of the minutes. Every change is one undoable step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...services import agenda
from ...services.records import NoteRecord, StageRecord
from ..actions.commands import make_action_from
from ..buttons import push_button
from ..controller import Controller
from ..flow_layout import FlowLayout, flow_row
from .commands import AddNote, DeleteNote, UpdateNote

GENERAL = 0  # the stage box's "no particular stage"


class NotesPanel(QWidget):
    """The facilitator's minutes of the current stage; the agenda page hosts it."""

    action_made = Signal(int)  # id of an action made from a note

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.stages: list[StageRecord] = []
        self.notes: list[NoteRecord] = []
        self.editing = 0  # id of the note being edited (0: writing a new one)

        heading = QLabel(self.tr("Notes for the minutes"))
        heading.setProperty("role", "subheading")
        heading.setWordWrap(True)
        self.stage_box = QComboBox()
        # Narrow enough to leave the timer its room; the list shows the stages in full.
        self.stage_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.stage_box.setMinimumContentsLength(12)
        self.stage_box.setAccessibleName(self.tr("Stage these notes belong to"))
        self.stage_box.currentIndexChanged.connect(lambda _i: self._show_notes())
        stage_label = QLabel(self.tr("&Stage:"))
        stage_label.setBuddy(self.stage_box)

        self.kinds = FlowLayout()
        for label, prefix, close in (
            (self.tr("Decision"), self.tr("Decision: "), ""),
            (self.tr("Quote"), self.tr("Quote: “"), "”"),
            (self.tr("To follow up"), self.tr("To follow up: "), ""),
        ):
            button = push_button(label)
            button.setToolTip(self.tr("Start the note with “{prefix}”").format(prefix=prefix))
            button.clicked.connect(lambda _=False, p=prefix, c=close: self.start_with(p, c))
            self.kinds.addWidget(button)

        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Note"))
        self.editor.setPlaceholderText(
            self.tr("Type what was decided, said or needs following up. Ctrl+Enter adds it.")
        )
        self.editor.setTabChangesFocus(True)
        self.editor.setMaximumHeight(120)
        self.add_button = push_button(self.tr("Add note"), "add")
        self.add_button.setProperty("primary", True)
        self.add_button.setToolTip(self.tr("Ctrl+Enter"))
        self.add_button.clicked.connect(self.add_note)
        self.cancel_button = push_button(self.tr("Cancel edit"))
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.cancel_button.hide()

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Notes of this stage"))
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(3)
        self.list.itemActivated.connect(lambda _item: self.edit_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.empty = QLabel(self.tr("No notes for this stage yet."))
        self.empty.setProperty("role", "muted")
        self.empty.setWordWrap(True)
        self.edit_button = push_button(self.tr("Edit"), "edit")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = push_button(self.tr("Delete"), "delete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.action_button = push_button(self.tr("Make an action"), "actions")
        self.action_button.setToolTip(self.tr("Add this note to the agreed actions"))
        self.action_button.clicked.connect(self.make_action)
        self._shortcuts()
        self._build(heading, stage_label)

        controller.workshop_opened.connect(lambda _id: self.refresh(follow_running=True))
        controller.stages_changed.connect(self.refresh)
        controller.notes_changed.connect(self._reload_notes)
        controller.stage_started.connect(self.follow_stage)
        self.refresh()

    def _build(self, heading: QLabel, stage_label: QLabel) -> None:
        stage_row = QHBoxLayout()
        stage_row.addWidget(stage_label)
        stage_row.addWidget(self.stage_box, 1)
        write_row = QHBoxLayout()
        write_row.addStretch(1)
        write_row.addWidget(self.cancel_button)
        write_row.addWidget(self.add_button)
        list_buttons = flow_row(self.edit_button, self.delete_button, self.action_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addLayout(stage_row)
        layout.addLayout(self.kinds)
        layout.addWidget(self.editor)
        layout.addLayout(write_row)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(list_buttons)

    def _shortcuts(self) -> None:
        def on(
            widget: QWidget,
            keys: QKeySequence | QKeySequence.StandardKey | str,
            slot: Callable[[], object],
        ) -> None:
            action = QAction(widget)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            widget.addAction(action)

        on(self.list, QKeySequence.StandardKey.Delete, self.delete_selected)
        self.editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter adds the note; Escape stops editing one (the editor keeps Enter)."""
        if (
            watched is self.editor
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and control:
                self.add_note()
                return True
            if key == Qt.Key.Key_Escape and self.editing:
                self.cancel_edit()
                return True
        return super().eventFilter(watched, event)

    # Reading ----------------------------------------------------------------------------

    def refresh(self, follow_running: bool = False) -> None:
        """Reread the agenda (the stage box) and the notes."""
        wid = self.controller.workshop_id
        chosen = None if follow_running else self.stage_id()
        self.stages = agenda.list_stages(self.controller.db, wid) if wid else []
        self.stage_box.blockSignals(True)
        self.stage_box.clear()
        for n, stage in enumerate(self.stages, start=1):
            self.stage_box.addItem(f"{n}. {stage.title}", stage.id)
        self.stage_box.addItem(self.tr("General (no particular stage)"), GENERAL)
        running = next(
            (s.id for s in self.stages if s.started_at is not None and s.ended_at is None), None
        )
        wanted = chosen if chosen is not None and self._has_stage(chosen) else running
        self.stage_box.setCurrentIndex(max(0, self.stage_box.findData(wanted or GENERAL)))
        self.stage_box.blockSignals(False)
        for widget in (self.stage_box, self.editor, self.add_button):
            widget.setEnabled(bool(wid))
        self._reload_notes()

    def _has_stage(self, stage_id: int) -> bool:
        return stage_id == GENERAL or any(s.id == stage_id for s in self.stages)

    def _reload_notes(self) -> None:
        wid = self.controller.workshop_id
        self.notes = agenda.list_notes(self.controller.db, wid) if wid else []
        if self.editing and not any(n.id == self.editing for n in self.notes):
            self.cancel_edit()
        self._show_notes()

    def stage_id(self) -> int | None:
        """The chosen stage's id, GENERAL for none, or None before anything is loaded."""
        data = self.stage_box.currentData()
        return None if data is None else int(data)

    def shown_notes(self) -> list[NoteRecord]:
        chosen = self.stage_id()
        known = {s.id for s in self.stages}
        if chosen == GENERAL:
            return [n for n in self.notes if n.stage_id is None or n.stage_id not in known]
        return [n for n in self.notes if n.stage_id == chosen]

    def _show_notes(self) -> None:
        current = self.selected_note()
        self.list.clear()
        for note in self.shown_notes():
            time = note.created_at.astimezone().strftime("%H:%M")
            item = QListWidgetItem(f"{time}  {note.text}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            item.setToolTip(note.text)
            self.list.addItem(item)
            if current is not None and note.id == current.id:
                self.list.setCurrentItem(item)
        self.empty.setVisible(self.list.count() == 0 and bool(self.controller.workshop_id))
        self._update_buttons()

    def selected_note(self) -> NoteRecord | None:
        item = self.list.currentItem()
        if item is None:
            return None
        note_id = item.data(Qt.ItemDataRole.UserRole)
        return next((n for n in self.notes if n.id == note_id), None)

    def _update_buttons(self) -> None:
        chosen = self.selected_note() is not None
        for b in (self.edit_button, self.delete_button, self.action_button):
            b.setEnabled(chosen)

    def follow_stage(self, stage_id: int) -> None:
        """A stage started: new notes go under it (unless one is being edited)."""
        if stage_id and not self.editing:
            index = self.stage_box.findData(stage_id)
            if index < 0:
                self.refresh()
                index = self.stage_box.findData(stage_id)
            if index >= 0:
                self.stage_box.setCurrentIndex(index)

    # Gestures ---------------------------------------------------------------------------

    def start_with(self, prefix: str, close: str = "") -> None:
        """Begin the note with ``prefix`` (and end it with ``close``: a quote's closing
        mark), the cursor where the words go."""
        text = self.editor.toPlainText()
        if not text.startswith(prefix):
            text = prefix + text
        if close and not text.endswith(close):
            text += close
        self.editor.setPlainText(text)
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        cursor.movePosition(cursor.MoveOperation.Left, n=len(close))
        self.editor.setTextCursor(cursor)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_note(self) -> None:
        """Add the typed note (or save the one being edited)."""
        text = self.editor.toPlainText().strip()
        if not text or not self.controller.workshop_id:
            return
        stage = self.stage_id()
        stage_id = None if stage in (None, GENERAL) else stage
        if self.editing:
            note = next((n for n in self.notes if n.id == self.editing), None)
            changes: dict[str, object] = {}
            if note is not None and note.text != text:
                changes["text"] = text
            if note is not None and note.stage_id != stage_id:
                changes["stage_id"] = stage_id
            if changes:
                self.controller.push(UpdateNote(self.controller, self.editing, **changes))
            self.cancel_edit()
            return
        command = AddNote(self.controller, text, stage_id)
        self.controller.push(command)
        if not command.failed:
            self.editor.clear()

    def edit_selected(self) -> None:
        note = self.selected_note()
        if note is None:
            return
        self.editing = note.id
        self.editor.setPlainText(note.text)
        self.add_button.setText(self.tr("Save note"))
        self.add_button.setAccessibleName(self.tr("Save note"))
        self.cancel_button.show()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_edit(self) -> None:
        if self.editing:
            self.editor.clear()
        self.editing = 0
        self.add_button.setText(self.tr("Add note"))
        self.add_button.setAccessibleName(self.tr("Add note"))
        self.cancel_button.hide()

    def delete_selected(self) -> None:
        note = self.selected_note()
        if note is not None:
            self.controller.push(DeleteNote(self.controller, note.id))

    def make_action(self) -> None:
        """The note's first line becomes an action's title; the rest its notes."""
        note = self.selected_note()
        if note is None:
            return
        first, _, rest = note.text.strip().partition("\n")
        for prefix in (self.tr("To follow up: "), self.tr("Decision: ")):
            if first.startswith(prefix) and first[len(prefix) :].strip():
                first = first[len(prefix) :]
        action_id = make_action_from(self.controller, first, notes=rest.strip())
        if action_id:
            self.action_made.emit(action_id)
