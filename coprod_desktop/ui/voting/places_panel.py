"""Where an open ballot is cast: the kiosk's window on a screen the facilitator picks, and
"Vote from phones" over the room's network. Both can run at once; ballots from each go
into the same round through the same service.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QScreen, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ...services.records import RoundRecord
from ..controller import Controller
from ..dialogs import ask
from ..shared_screen import phones as phone_server
from ..shared_screen.manager import SharedScreen
from ..shared_screen.voting_view import short_address


class VotingPlacesPanel(QWidget):
    def __init__(
        self, controller: Controller, shared_screen: SharedScreen, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.shared_screen = shared_screen
        self.record: RoundRecord | None = None
        self._showing_url = False
        kiosk, phones = shared_screen.kiosk, shared_screen.phones
        # The kiosk.
        self.kiosk_label = QLabel(self.tr("Ballot &kiosk: open on"))
        self.kiosk_screen = QComboBox()
        self.kiosk_screen.setAccessibleName(self.tr("Screen for the ballot kiosk"))
        self.kiosk_label.setBuddy(self.kiosk_screen)
        self.kiosk_open = QPushButton(self.tr("&Open the kiosk"))
        self.kiosk_open.setAccessibleName(
            self.tr("Open the ballot kiosk full screen on the chosen screen")
        )
        self.kiosk_open.clicked.connect(self.open_kiosk)
        self.kiosk_close = QPushButton(self.tr("Clos&e the kiosk"))
        self.kiosk_close.setAccessibleName(self.tr("Close the ballot kiosk"))
        self.kiosk_close.clicked.connect(kiosk.close)
        # Phones.
        self.phones_toggle = QCheckBox(self.tr("Vote from &phones"))
        self.phones_toggle.setAccessibleName(self.tr("Vote from phones"))
        self.phones_toggle.setAccessibleDescription(
            self.tr("Serve the ballot to phones on the room's network while the round is open")
        )
        self.phones_toggle.toggled.connect(self._phones_toggled)
        self.address_label = QLabel(self.tr("on &network address"))
        self.address = QComboBox()
        self.address.setAccessibleName(self.tr("The laptop's network address for phones"))
        self.address_label.setBuddy(self.address)
        self.phones_status = QLabel()
        self.phones_status.setWordWrap(True)
        self.phones_status.setTextFormat(Qt.TextFormat.PlainText)
        self.phones_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phones_status.setAccessibleName(self.tr("Phones"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.kiosk_label, 0, 0)
        grid.addWidget(self.kiosk_screen, 0, 1)
        grid.addWidget(self.kiosk_open, 0, 2)
        grid.addWidget(self.kiosk_close, 0, 3)
        grid.addWidget(self.phones_toggle, 1, 0)
        grid.addWidget(self.address_label, 1, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.address, 1, 2, 1, 2)
        grid.addWidget(self.phones_status, 2, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        self.address.hide()
        self.address_label.hide()
        kiosk.placed_changed.connect(self._sync_kiosk)
        phones.changed.connect(self._sync_phones)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._fill_screens)
            app.screenRemoved.connect(self._fill_screens)
        shared_screen.shown_changed.connect(self._fill_screens)

    def set_round(self, record: RoundRecord) -> None:
        if self.record is None or self.record.id != record.id:
            self._fill_addresses()
        self.record = record
        self._fill_screens()
        self._sync_kiosk()
        self._sync_phones()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fill_screens()

    # The kiosk ------------------------------------------------------------------------

    def _fill_screens(self, *_args: object) -> None:
        kiosk = self.shared_screen.kiosk
        here = kiosk.screen() or kiosk.default_screen(self.record)
        self.kiosk_screen.blockSignals(True)
        self.kiosk_screen.clear()
        for screen in kiosk.screens():
            self.kiosk_screen.addItem(kiosk.label(screen), screen.name())
            if screen is here:
                self.kiosk_screen.setCurrentIndex(self.kiosk_screen.count() - 1)
        self.kiosk_screen.blockSignals(False)

    def chosen_screen(self) -> QScreen | None:
        name = self.kiosk_screen.currentData()
        return next((s for s in self.shared_screen.kiosk.screens() if s.name() == name), None)

    def open_kiosk(self) -> None:
        if self.record is None:
            return
        self.shared_screen.kiosk.open(self.record.id, self.chosen_screen(), parent=self.window())
        self._fill_screens()

    def _sync_kiosk(self) -> None:
        kiosk = self.shared_screen.kiosk
        mine = self.record is not None and kiosk.is_open and kiosk.round_id == self.record.id
        self.kiosk_open.setText(self.tr("&Move the kiosk") if mine else self.tr("&Open the kiosk"))
        self.kiosk_close.setEnabled(kiosk.is_open)

    # Phones ---------------------------------------------------------------------------

    def _fill_addresses(self) -> list[str]:
        chosen = self.address.currentText()
        found = phone_server.usable_addresses()
        self.address.clear()
        self.address.addItems(found)
        if chosen in found:
            self.address.setCurrentText(chosen)
        several = len(found) > 1
        self.address.setVisible(several)
        self.address_label.setVisible(several)
        return found

    def _phones_toggled(self, on: bool) -> None:
        phones = self.shared_screen.phones
        if not on:
            phones.stop()
            return
        if self.record is None or (phones.running and phones.round_id == self.record.id):
            return
        if not self._fill_addresses():
            self._refuse(
                self.tr(
                    "The laptop is not on a network phones can reach. Turn on the "
                    "laptop's mobile hotspot, or join the venue's Wi-Fi, then try again."
                )
            )
            return
        self.start_phones(phone_server.DEFAULT_PORT)

    def start_phones(self, port: int) -> bool:
        if self.record is None:
            return False
        host = self.address.currentText() or self.address.itemText(0)
        try:
            self.shared_screen.phones.start(self.record.id, host, port)
        except phone_server.PortTaken as exc:
            if port and ask.confirm(
                self,
                self.tr("Port in use"),
                self.tr(
                    "Another program on this laptop already uses port {port}, so phones "
                    "cannot reach the ballot there. Use another free port?"
                ).format(port=exc.port),
                self.tr("Use another port"),
            ):
                return self.start_phones(0)
            self._refuse(self.tr("Phones are not voting: port {port} is in use.").format(port=port))
            return False
        except phone_server.PhoneServerError as exc:
            self._refuse(self.tr("Phones cannot vote: {reason}").format(reason=str(exc)))
            return False
        return True

    def _refuse(self, text: str) -> None:
        self.phones_toggle.blockSignals(True)
        self.phones_toggle.setChecked(False)
        self.phones_toggle.blockSignals(False)
        self.phones_status.setText(text)

    def _sync_phones(self) -> None:
        phones = self.shared_screen.phones
        url = phones.url_for(self.record.id) if self.record else ""
        self.phones_toggle.blockSignals(True)
        self.phones_toggle.setChecked(bool(url))
        self.phones_toggle.blockSignals(False)
        self.address.setEnabled(not url)
        showing, self._showing_url = self._showing_url, bool(url)
        if url:
            self.phones_status.setText(
                self.tr(
                    "Phones vote at {address} (the QR code is on the shared screen's "
                    "voting view). Phones must be on the same network as this laptop."
                ).format(address=short_address(url))
            )
        elif showing:
            self.phones_status.setText(self.tr("Phones are not voting."))
