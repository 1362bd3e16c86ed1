"""Technician logs: rotating files, and never personal data.

Code logs only identifiers of our own (visit UUIDs, device ids, error codes).
As a second line of defence a filter masks anything shaped like an ID number,
a CAN or a date of birth before a record reaches any handler.
"""
from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import re
from pathlib import Path

_PATTERNS = [
    (re.compile(r"(?<![\w-])\d{9,12}(?![\w-])"), "<id>"),  # CCCD (12) / CMND (9)
    (re.compile(r"(?<![\w-])\d{6}(?![\w-])"), "<6 digits>"),  # a CAN
    (re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b"), "<date>"),
    (re.compile(r"\b(19|20)\d\d-\d\d-\d\d\b(?!T)"), "<date>"),
]


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactPersonalData(logging.Filter):
    """Masks the message and any traceback or stack: an exception's text may quote the data it failed on."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = redact(record.getMessage()), None
        if record.exc_info and not record.exc_text:
            # Formatters reuse exc_text when it is set, so the raw traceback is never formatted again.
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class _KioskLogFile(logging.handlers.RotatingFileHandler):
    """A station's log directory belongs to the kiosk's system user. When root runs a command
    there (`kiosk provision`, `doctor`, `queue`), a kiosk.log it creates or rotates in goes to
    that user: a root-owned kiosk.log would stop the kiosk itself from starting."""

    def _open(self):
        stream = super()._open()
        if getattr(os, "geteuid", lambda: -1)() == 0:
            directory = os.stat(os.path.dirname(self.baseFilename))
            if directory.st_uid != 0 and os.stat(self.baseFilename).st_uid == 0:
                with contextlib.suppress(OSError):
                    os.chown(self.baseFilename, directory.st_uid, directory.st_gid)
        return stream


def setup_logging(log_dir: Path, level: int = logging.INFO, console: bool = False) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "kiosk.log"
    handler = _KioskLogFile(path, maxBytes=5_000_000, backupCount=10, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactPersonalData())
    root = logging.getLogger()
    root.setLevel(level)
    for h in list(root.handlers):
        if getattr(h, "_kiosk", False):
            root.removeHandler(h)
            h.close()
    handler._kiosk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        stream.addFilter(RedactPersonalData())
        stream._kiosk = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    return path


@contextlib.contextmanager
def command_logging(log_dir: Path):
    """For a CLI command: what it logs (a damaged store, say) reaches kiosk.log, as the app's would.

    The technician reads kiosk.log, not the terminal of whoever ran the command. The handler is
    removed afterwards, so a command run in-process leaves logging as it found it.
    """
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    try:
        setup_logging(Path(log_dir))
    except OSError:  # an unwritable log_dir must not stop a check of the station (doctor names it)
        pass
    try:
        yield
    finally:
        for h in list(root.handlers):
            if h not in before:
                root.removeHandler(h)
                h.close()
        for h in before:
            if h not in root.handlers:
                root.addHandler(h)
        root.setLevel(level)
