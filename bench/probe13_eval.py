"""Score leakaid on the probe 13 (tests/probe13/): contracts and IOUs, education rosters, payroll, court
enforcement notices and police reports, Taiwan/Hong Kong shop messages, social posts with evasive contacts, traps.
Same scoring as probe 3 (text only).

Usage: python bench/probe13_eval.py [--json]   (always exits 0)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe3_eval import text_main  # noqa: E402

if __name__ == "__main__":
    sys.exit(text_main("probe13"))
