"""A tiny declarative schema: each key has a type, a default and a check."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable
from urllib.parse import urlparse

Check = Callable[[Any], "str | None"]  # returns the reason it is wrong, or None


class _FromModel:
    def __repr__(self) -> str:
        return "FROM_MODEL"


# A default that depends on another key: the loader fills it from the device model.
FROM_MODEL: Any = _FromModel()


@dataclass(frozen=True)
class Field:
    type: type | tuple[type, ...]
    default: Any = ...  # ... = required
    check: Check | None = None
    doc: str = ""
    secret: bool = False  # never shown, logged or audited (the maintenance PIN hash)


def one_of(*choices: str) -> Check:
    return lambda v: None if v in choices else f"must be one of {', '.join(map(repr, choices))}"


def one_of_values(*choices: Any) -> Check:
    return lambda v: None if v in choices else f"must be one of {', '.join(map(str, choices))}"


def at_least(n: float) -> Check:
    return lambda v: None if v >= n else f"must be at least {n}"


def at_most(n: float) -> Check:
    return lambda v: None if v <= n else f"must be at most {n}"


def all_of(*checks: Check) -> Check:
    """The first reason any of ``checks`` gives, so each bound keeps its own wording."""
    return lambda v: next((r for r in (c(v) for c in checks) if r), None)


def between(lo: float, hi: float) -> Check:
    return lambda v: None if lo <= v <= hi else f"must be between {lo} and {hi}"


def non_empty(v: Any) -> str | None:
    return None if str(v).strip() else "must not be empty"


def http_url(v: str) -> str | None:
    u = urlparse(v)
    if u.scheme not in ("http", "https") or not u.netloc:
        return "must be an http:// or https:// URL"
    return None


def list_of(choices: tuple[str, ...]) -> Check:
    def check(v: list) -> str | None:
        if not v:
            return "must list at least one item"
        bad = [x for x in v if x not in choices]
        return f"unknown item(s) {bad}; allowed: {list(choices)}" if bad else None

    return check


def code_number(text: str) -> int:
    """A device error code written as a TOML key: "0x03" (hex) or "3" (decimal), 1-255."""
    t = str(text).strip().lower()
    try:
        n = int(t[2:], 16) if t.startswith("0x") else int(t, 10)
    except ValueError:
        raise ValueError(f"code {text!r} is not a number (write \"0x03\" or \"3\")") from None
    if not 1 <= n <= 255:
        raise ValueError(f"code {text!r} is outside 1-255 (0 means no error)")
    return n


def code_table(keys: tuple[str, ...]) -> Check:
    """A table of device error code -> fault key, e.g. { "0x03" = "cuff_loose" }."""

    def check(v: dict) -> str | None:
        seen: dict[int, str] = {}
        for code, key in v.items():
            try:
                n = code_number(code)
            except ValueError as e:
                return str(e)
            if n in seen:
                return f"code {code!r} is listed twice (also as {seen[n]!r})"
            seen[n] = code
            if key not in keys:
                return f"code {code!r}: {key!r} is not a fault key (known: {', '.join(keys)})"
        return None

    return check


def split_listen(text: str) -> tuple[str, int]:
    """"127.0.0.1:9464" or "[::1]:9464" as (host, port); raises ValueError naming what is wrong."""
    host, sep, port = str(text).strip().rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ValueError("must be ADDRESS:PORT with a port 0-65535, e.g. \"127.0.0.1:9464\"")
    host = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    if host == "localhost":
        return "127.0.0.1", int(port)
    import ipaddress

    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        raise ValueError(f"{host!r} is not an IP address (write 127.0.0.1 or the management network's "
                         "address, not a host name)") from None
    if address.is_unspecified:
        # Every interface would include the citizens' network: the station's metrics are for the office.
        raise ValueError(f"{host} listens on every interface; write 127.0.0.1 or one management address")
    return str(address), int(port)


def listen_address(v: str) -> str | None:
    """Empty (off), or an explicit address and port (see split_listen)."""
    if not str(v).strip():
        return None
    try:
        split_listen(v)
    except ValueError as e:
        return str(e)
    return None
