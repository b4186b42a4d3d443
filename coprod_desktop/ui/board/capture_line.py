"""Fast capture: type, Enter, the idea is on the board and committed.

The line keeps who is speaking (a group or a participant; Ctrl+Up / Ctrl+Down switch it
without leaving the line) and ``#Theme`` at the start files the idea under that theme,
creating it if it is new. Ctrl+Z on an empty line undoes the last capture.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...services.records import GroupRecord, ParticipantRecord, ThemeRecord
from ..commands.board import CaptureIdea
from ..controller import Controller

_NEW_NAME = re.compile(r"^#([^\s:#][^:#]{0,119}?)\s*:\s*(.*)$", re.DOTALL)
_FIRST_WORD = re.compile(r"^#([^\s:#]+)\s*:?\s*(.*)$", re.DOTALL)


@dataclass(frozen=True)
class Parsed:
    text: str
    theme_name: str | None = None


def parse_capture(line: str, theme_names: Sequence[str]) -> Parsed:
    """Split ``#Theme idea text`` into its theme and text.

    An existing theme is matched by the longest name the line starts with (any case),
    so ``#getting there more buses`` files under "Getting there", or else by the first
    words when only one theme starts with them (``#getting more buses`` files under
    "Getting there and back"). A new multi-word theme
    ends with a colon (``#Getting there: more buses``); otherwise the first word is the
    theme, with underscores read as spaces (``#Getting_there more buses``).
    """
    line = line.strip()
    if not line.startswith("#") or len(line) < 2 or line[1].isspace():
        return Parsed(line)
    body = line[1:]
    folded = body.casefold()
    for name in sorted(theme_names, key=len, reverse=True):
        if folded.startswith(name.casefold()):
            rest = body[len(name) :]
            if not rest or rest[0].isspace() or rest[0] == ":":
                return Parsed(rest.lstrip().removeprefix(":").strip(), name)
    found = _NEW_NAME.match(line)
    if found and len(found.group(1).split()) <= 6:
        return Parsed(found.group(2).strip(), found.group(1).strip())
    words = body.split()
    for count in range(min(len(words), 6), 0, -1):
        start = " ".join(words[:count]).casefold()
        matches = [name for name in theme_names if name.casefold().startswith(start)]
        if len(matches) == 1 and count < len(words):  # "#getting there buses"
            return Parsed(" ".join(words[count:]), matches[0])
    found = _FIRST_WORD.match(line)
    if found:
        return Parsed(found.group(2).strip(), found.group(1).replace("_", " ").strip())
    return Parsed(line)


@dataclass(frozen=True)
class Speaker:
    label: str
    author_id: int | None = None
    group_id: int | None = None


class CaptureLineEdit(QLineEdit):
    """The line itself: Ctrl+Up/Down switch the speaker; on an empty line Ctrl+Z and
    Ctrl+Shift+Z reach the app's undo instead of the line's own."""

    cycle = Signal(int)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and not self.text()
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.cycle.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class CaptureBar(QWidget):
    """Speaker choice, the capture line, an Add button and what happened last."""

    captured = Signal(int)  # idea id

    def __init__(
        self,
        controller: Controller,
        stage_id: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._stage_id = stage_id
        self._themes: list[str] = []
        self.speaker = QComboBox()
        self.speaker.setAccessibleName(self.tr("Who said it"))
        self.speaker.setToolTip(self.tr("Who said it (Ctrl+Up / Ctrl+Down from the line)"))
        self.speaker.setMinimumContentsLength(14)
        self.speaker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.line = CaptureLineEdit()
        self.line.setObjectName("captureLine")
        self.line.setAccessibleName(self.tr("New idea"))
        self.line.setPlaceholderText(
            self.tr("Type an idea and press Enter  ·  #Theme at the start files it")
        )
        self.line.setMaxLength(100_000)
        self.line.returnPressed.connect(self.submit)
        self.line.cycle.connect(self.cycle_speaker)
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.line.setCompleter(completer)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add idea"))
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.submit)
        self.feedback = QLabel()
        self.feedback.setProperty("role", "muted")
        self.feedback.setAccessibleName(self.tr("Last idea added"))
        self.feedback.setMinimumWidth(180)
        who = QLabel(self.tr("&Who:"))
        who.setBuddy(self.speaker)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(who)
        layout.addWidget(self.speaker)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.add_button)
        layout.addWidget(self.feedback)
        self.set_people([], [])

    # Choices ----------------------------------------------------------------------------

    def set_people(
        self, groups: Sequence[GroupRecord], people: Sequence[ParticipantRecord]
    ) -> None:
        """Refill the speaker list, keeping the current choice where it still exists."""
        current = self.current_speaker()
        names = {g.id: g.name for g in groups}
        speakers = [Speaker(self.tr("Anyone (no group)"))]
        speakers += [
            Speaker(self.tr("Group: {name}").format(name=g.name), group_id=g.id) for g in groups
        ]
        for p in people:
            group = names.get(p.group_id) if p.group_id is not None else None
            label = f"{p.name} ({group})" if group else p.name
            speakers.append(Speaker(label, author_id=p.id))
        self.speaker.blockSignals(True)
        self.speaker.clear()
        for s in speakers:
            self.speaker.addItem(s.label, s)
        index = next(
            (
                i
                for i, s in enumerate(speakers)
                if current and (s.author_id, s.group_id) == (current.author_id, current.group_id)
            ),
            0,
        )
        self.speaker.setCurrentIndex(index)
        self.speaker.blockSignals(False)

    def set_themes(self, themes: Sequence[ThemeRecord]) -> None:
        self._themes = [t.name for t in themes]
        self._completions.setStringList([f"#{name}: " for name in self._themes])

    def current_speaker(self) -> Speaker | None:
        data = self.speaker.currentData()
        return data if isinstance(data, Speaker) else None

    def cycle_speaker(self, step: int) -> None:
        count = self.speaker.count()
        if count:
            self.speaker.setCurrentIndex((self.speaker.currentIndex() + step) % count)
            self.feedback.setText(self.tr("Now: {who}").format(who=self.speaker.currentText()))

    def set_read_only(self, read_only: bool) -> None:
        """Nothing can be added to a read-only library: the line is off and says so."""
        for widget in (self.speaker, self.line, self.add_button):
            widget.setEnabled(not read_only)
        self.line.setPlaceholderText(
            self.tr("This library is read-only: ideas cannot be added")
            if read_only
            else self.tr("Type an idea and press Enter  ·  #Theme at the start files it")
        )

    def focus_line(self) -> None:
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.line.selectAll()

    # Capturing --------------------------------------------------------------------------

    def submit(self) -> None:
        parsed = parse_capture(self.line.text(), self._themes)
        if not self.controller.workshop_id:
            self.feedback.setText(self.tr("Open a workshop first."))
            return
        if not parsed.text:
            if parsed.theme_name:
                self.feedback.setText(self.tr("Type the idea after the theme name."))
            return
        speaker = self.current_speaker() or Speaker("")
        command = CaptureIdea(
            self.controller,
            parsed.text,
            author_id=speaker.author_id,
            group_id=speaker.group_id if speaker.author_id is None else None,
            stage_id=self._stage_id() or None,
            theme_name=parsed.theme_name or None,
        )
        self.controller.push(command)
        if command.failed:
            return  # the controller's error signal has explained; the text stays
        self.line.clear()
        where = parsed.theme_name or self.tr("no theme")
        self.feedback.setText(self.tr("Added ✓ ({where})").format(where=where))
        self.captured.emit(command.idea_id)
