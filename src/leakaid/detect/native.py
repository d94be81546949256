"""The engine's C module (``_skim``) and the switch that turns it off (tests compare both paths)."""

from __future__ import annotations

from types import ModuleType

try:
    from leakaid.detect import _skim as _module
except ImportError:  # pragma: no cover - no compiler at install time: the pure-Python paths run
    _module = None

_enabled = _module is not None


def module() -> ModuleType | None:
    """The C module when it is built and enabled, else None."""
    return _module if _enabled else None


def built() -> ModuleType | None:
    """The C module when it is built, enabled or not (for loading its tables)."""
    return _module


def available() -> bool:
    return _module is not None


def set_enabled(on: bool) -> bool:
    """Turn the native paths on or off; returns the old state."""
    global _enabled
    old = _enabled
    _enabled = on and _module is not None
    return old
