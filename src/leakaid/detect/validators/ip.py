"""IP addresses; only public (globally routable) IPv4/IPv6 addresses identify a subscriber.

>>> is_valid("1.2.3.4"), is_valid("192.168.1.1"), is_valid("2408:8207::1")
(True, False, True)
"""

from __future__ import annotations

import ipaddress

from leakaid.detect.normalize import fold


def compact(value: str) -> str:
    return fold(value).strip() if isinstance(value, str) else ""


def parse(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    v = compact(value)
    if v.count(".") == 3 and ":" not in v:
        parts = v.split(".")
        if any(not p.isdigit() or len(p) > 3 or (len(p) > 1 and p[0] == "0") for p in parts):
            return None
    try:
        return ipaddress.ip_address(v)
    except ValueError:
        return None


def is_valid(value: object) -> bool:
    """A syntactically valid address that is globally routable (not private, loopback, link-local …)."""
    if not isinstance(value, str):
        return False
    addr = parse(value)
    return addr is not None and addr.is_global and not addr.is_multicast


def info(value: str) -> dict[str, str]:
    addr = parse(value)
    if addr is None or not is_valid(value):
        raise ValueError("not a public IP address")
    return {"version": f"IPv{addr.version}"}
