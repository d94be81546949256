"""Exception hierarchy shared by every leakaid module."""

from __future__ import annotations


class LeakaidError(Exception):
    """Base class of every error leakaid raises on purpose."""


class SourceError(LeakaidError):
    """A file could not be read or parsed; the message says which file and why (in Chinese)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class ConfigError(LeakaidError, ValueError):
    """Bad options, policy files or keys given by the user."""
