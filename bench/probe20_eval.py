"""Score leakaid on probe 20 (tests/probe20/): OCR of identity documents and certificates, court lists, staff directories, IT
exports (LDIF, ICS, git log, Redis), English forms, social DMs, delivery apps, traps. Same scoring as probe 3 (text only).

Usage: python bench/probe20_eval.py [--json]   (always exits 0)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe3_eval import text_main  # noqa: E402

if __name__ == "__main__":
    sys.exit(text_main("probe20"))
