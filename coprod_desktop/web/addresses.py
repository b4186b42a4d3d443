"""The addresses of this laptop that phones on the room's network could reach.

Found with the standard library only and without sending anything: a UDP socket's
``connect()`` just asks the kernel which local address it would route from, and the
host name's addresses come from the local resolver (``/etc/hosts``, mDNS at most).
"""

from __future__ import annotations

import ipaddress
import socket

# Unroutable addresses in the usual private ranges: connecting a UDP socket to them
# chooses the interface a phone on that kind of network would reach, and sends nothing.
_PROBES = ("10.255.255.255", "192.168.255.255", "172.31.255.255", "100.127.255.255")


def _from_routes() -> list[str]:
    found = []
    for probe in _PROBES:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            try:
                sock.connect((probe, 9))
                found.append(sock.getsockname()[0])
            except OSError:
                continue  # no route of that kind: no network of that kind
    return found


def _from_host_name() -> list[str]:
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        return []
    return [str(info[4][0]) for info in infos]


def _usable(address: str) -> bool:
    try:
        ip = ipaddress.IPv4Address(address)
    except ValueError:
        return False
    return not (ip.is_loopback or ip.is_link_local or ip.is_unspecified or ip.is_multicast)


def usable_addresses() -> list[str]:
    """This laptop's IPv4 addresses a phone could reach, the most likely first (private
    ranges before others); empty when the laptop is on no network at all."""
    seen: dict[str, None] = {}
    for address in _from_routes() + _from_host_name():
        if _usable(address):
            seen.setdefault(address)
    return sorted(seen, key=lambda a: not ipaddress.IPv4Address(a).is_private)
