"""Score leakaid on probe 23 (tests/probe23/): leaked data pasted as text — ---- dumps, pipe and tab tables, SQL
client output, JSON breaches, sale posts, hotel and courier dumps, school and hospital dumps, traps. Same scoring as probe 3.

Usage: python bench/probe23_eval.py [--json]   (always exits 0)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe3_eval import text_main  # noqa: E402

if __name__ == "__main__":
    sys.exit(text_main("probe23"))
