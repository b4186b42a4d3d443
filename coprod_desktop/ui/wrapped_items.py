"""List entries whose words wrap onto several lines ("2. What matters to you?" over
"Done 10:12–10:53 (41 min)"), measured at the width they are drawn in.

Qt measures such an entry for the whole width of the list, but draws it inside the
stylesheet's padding and, on the focused entry, its focus ring: a line that only just fit
wrapped when drawn, and the entry's last line was cut ("…") exactly where the
facilitator was looking.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

_TALL = 100_000


class WrappedItemDelegate(QStyledItemDelegate):
    """Sizes each entry for its text as drawn when focused and selected (the narrowest
    it is ever drawn), so every state shows every line."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return size
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.rect = QRect(0, 0, self.view.viewport().width(), _TALL)
        opt.state |= QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected
        style = self.view.style()
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, self.view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, opt, self.view) + 1
        width = max(1, area.width() - 2 * margin)
        drawn = opt.fontMetrics.boundingRect(
            QRect(0, 0, width, _TALL), int(Qt.TextFlag.TextWordWrap), text
        )
        around = _TALL - area.height()  # padding, ring and margins above and below
        return QSize(size.width(), max(size.height(), drawn.height() + around + 2))


def wrap_entries(view: QAbstractItemView) -> None:
    """Give ``view`` the measuring delegate, re-measured when the list changes width."""
    view.setItemDelegate(WrappedItemDelegate(view))
