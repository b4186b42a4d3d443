"""Pasting or importing a list of names (one per line, or CSV with name and group),
with a live report of what will be added and which lines could not be read."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.errors import InvalidInput
from ...services.people import NameListReport, parse_name_list, read_name_file
from ..i18n import error_text, translated
from . import open_at_least

__all__ = ["NameListDialog", "read_name_file"]


class NameListDialog(QDialog):
    """``groups``: the workshop's groups; a line naming another is reported, with its
    number, and skipped. Without groups, those the list names are made."""

    def __init__(
        self, parent: QWidget | None = None, text: str = "", groups: Sequence[str] = ()
    ) -> None:
        super().__init__(parent)
        self.groups = tuple(groups)
        self.setWindowTitle(self.tr("Add a list of names"))
        intro = QLabel(
            self.tr(
                "Paste names, one per line. To give a group, put it after a tab or a "
                "semicolon (Aled Pritchard; Staff), or start with a heading row such as "
                "name,group. A comma alone never splits a name, so Jones, Mary stays one."
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(text)
        self.text.setAccessibleName(self.tr("Names"))
        self.text.setPlaceholderText("Aled Pritchard\nSiân Roberts\n…")
        self.text.setTabChangesFocus(True)
        self.load = QPushButton(self.tr("&Load from file…"))
        self.load.setAccessibleName(self.tr("Load names from a file"))
        self.load.clicked.connect(self._load)
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.report.setAccessibleName(self.tr("What will be added"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update)
        row = QHBoxLayout()
        row.addWidget(self.load)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        layout.addWidget(self.report)
        layout.addWidget(self.buttons)
        self._update()
        open_at_least(self, 620, 520)

    def parsed(self) -> NameListReport:
        return parse_name_list(self.text.toPlainText(), self.groups)

    def _update(self) -> None:
        report = self.parsed()
        count = len(report.people)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add %n person(s)", "", count))
        ok.setEnabled(count > 0)
        if report.refused is not None:
            self.report.setText(translated(report.refused))
            return
        lines = [self.tr("%n name(s) ready to add.", "", count)]
        if report.new_groups:
            lines.append(
                self.tr("New groups will be made: {groups}.").format(
                    groups=", ".join(report.new_groups)
                )
            )
        if report.problems:
            lines.append(self.tr("These lines could not be read and will be skipped:"))
            lines += [f"• {translated(p)}" for p in report.problems[:15]]
            if len(report.problems) > 15:
                lines.append(self.tr("…and {n} more.").format(n=len(report.problems) - 15))
        self.report.setText("\n".join(lines))

    def _load(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load names"), "", self.tr("Lists of names (*.csv *.txt);;All files (*)")
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        try:
            self.text.setPlainText(read_name_file(path))
        except InvalidInput as exc:
            self.report.setText(error_text(exc))
        except OSError as exc:
            self.report.setText(
                self.tr("Could not read that file: {why}").format(why=exc.strerror or exc)
            )

    @classmethod
    def get(
        cls, parent: QWidget | None = None, text: str = "", groups: Sequence[str] = ()
    ) -> NameListReport | None:
        dialog = cls(parent, text, groups)
        return dialog.parsed() if dialog.exec() == QDialog.DialogCode.Accepted else None
