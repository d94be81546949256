"""The assess C module (``_rows``: CSV split, cell checks, row counting) and its switch.

Without the module the numpy paths of :mod:`leakaid.assess.readers` and :mod:`leakaid.assess.counter`
run, with identical results.
"""

from __future__ import annotations

from leakaid.native import NativeSwitch

_switch = NativeSwitch("leakaid.assess._rows")
module = _switch.module
built = _switch.built
available = _switch.available
set_enabled = _switch.set_enabled
