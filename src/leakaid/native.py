"""Switches for the C extensions (``leakaid.detect._skim``, ``leakaid.assess._rows``).

Each extension has a pure-Python reference that runs when it was not built (no compiler at install time)
or when it is switched off; tests switch it off to compare both paths.
"""

from __future__ import annotations

import importlib
from types import ModuleType


class NativeSwitch:
    """One extension module, importable or not, and whether the native path is on."""

    def __init__(self, name: str) -> None:
        try:
            self._module: ModuleType | None = importlib.import_module(name)
        except ImportError:  # pragma: no cover - no compiler at install time
            self._module = None
        self._enabled = self._module is not None

    def module(self) -> ModuleType | None:
        """The C module when it is built and enabled, else None."""
        return self._module if self._enabled else None

    def built(self) -> ModuleType | None:
        """The C module when it is built, enabled or not (for loading its tables)."""
        return self._module

    def available(self) -> bool:
        return self._module is not None

    def set_enabled(self, on: bool) -> bool:
        """Turn the native path on or off; returns the old state."""
        old = self._enabled
        self._enabled = on and self._module is not None
        return old
