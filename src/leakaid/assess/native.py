"""The assess C module (``_rows``) and the switch that turns it off (tests compare both paths).

Same shape as :mod:`leakaid.detect.native`. Without the module (no compiler at install time) the numpy
paths of :mod:`leakaid.assess.readers` and :mod:`leakaid.assess.counter` run, with identical results.
"""

from __future__ import annotations

from types import ModuleType

try:
    from leakaid.assess import _rows as _module
except ImportError:  # pragma: no cover - no compiler at install time
    _module = None

_enabled = _module is not None


def module() -> ModuleType | None:
    """The C module when it is built and enabled, else None."""
    return _module if _enabled else None


def available() -> bool:
    return _module is not None


def set_enabled(on: bool) -> bool:
    """Turn the native paths on or off; returns the old state."""
    global _enabled
    old = _enabled
    _enabled = on and _module is not None
    return old
