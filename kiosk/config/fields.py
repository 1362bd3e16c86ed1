"""A tiny declarative schema: each key has a type, a default and a check."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable
from urllib.parse import urlparse

Check = Callable[[Any], "str | None"]  # returns the reason it is wrong, or None


@dataclass(frozen=True)
class Field:
    type: type | tuple[type, ...]
    default: Any = ...  # ... = required
    check: Check | None = None
    doc: str = ""


def one_of(*choices: str) -> Check:
    return lambda v: None if v in choices else f"must be one of {', '.join(map(repr, choices))}"


def one_of_values(*choices: Any) -> Check:
    return lambda v: None if v in choices else f"must be one of {', '.join(map(str, choices))}"


def at_least(n: float) -> Check:
    return lambda v: None if v >= n else f"must be at least {n}"


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
