"""The addresses offered to phones: this laptop's own, reachable ones, best first."""

from __future__ import annotations

import ipaddress
import socket

from coprod_desktop.web import addresses


def test_only_addresses_phones_could_reach():
    found = addresses.usable_addresses()
    assert isinstance(found, list) and len(found) == len(set(found))
    for address in found:
        ip = ipaddress.IPv4Address(address)
        assert not (ip.is_loopback or ip.is_link_local or ip.is_unspecified)


def test_loopback_and_link_local_are_left_out_and_private_come_first(monkeypatch):
    monkeypatch.setattr(addresses, "_from_routes", lambda: ["127.0.0.1", "81.2.69.160"])
    monkeypatch.setattr(
        addresses,
        "_from_host_name",
        lambda: ["169.254.3.4", "192.168.1.20", "81.2.69.160", "0.0.0.0", "nonsense"],
    )
    assert addresses.usable_addresses() == ["192.168.1.20", "81.2.69.160"]


def test_no_network_is_an_empty_list(monkeypatch):
    def no_route(*_args, **_kwargs):
        raise OSError("Network is unreachable")

    monkeypatch.setattr(socket.socket, "connect", no_route)
    monkeypatch.setattr(socket, "getaddrinfo", no_route)
    assert addresses.usable_addresses() == []
