"""Score leakaid on probe 17 (tests/probe17/): OCR and PDF text, hotline work orders, payroll and bank files, game
account trades, anti-fraud notices, school records, dating posts, traps. Same scoring as probe 3 (text only).

Usage: python bench/probe17_eval.py [--json]   (always exits 0)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe3_eval import text_main  # noqa: E402

if __name__ == "__main__":
    sys.exit(text_main("probe17"))
