"""The detection engine's C module (``_skim``: scan pre-pass, cue-word trie) and its switch."""

from __future__ import annotations

from leakaid.native import NativeSwitch

_switch = NativeSwitch("leakaid.detect._skim")
module = _switch.module
built = _switch.built
available = _switch.available
set_enabled = _switch.set_enabled
