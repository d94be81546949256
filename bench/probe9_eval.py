"""Score leakaid on the ninth probe (tests/probe9/): look-alike-dense documents (ID-card OCR, bank SMS, e-commerce
exports, access and app logs, statutes, contacts and call logs, traps). Same scoring as probe 3 (text only).

Usage: python bench/probe9_eval.py [--json]   (always exits 0)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe3_eval import text_main  # noqa: E402

if __name__ == "__main__":
    sys.exit(text_main("probe9"))
