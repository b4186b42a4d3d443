"""The Qt binding itself: a PySide6 release that leaked references to None (6.12.0 on
Python 3.11) aborted the app after a few thousand calls, mid-workshop."""

from __future__ import annotations

import sys

from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QLabel


def test_thousands_of_qt_calls_leave_none_alone(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    item = QStandardItem()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Later buses")
        label.setToolTip("Ŵyn")
        item.setFlags(item.flags())
    assert sys.getrefcount(None) >= before - 100
