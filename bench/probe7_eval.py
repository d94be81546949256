"""Score leakaid on the seventh probe (tests/probe7/): Excel/pandas quirks, Traditional-Chinese documents, legal
text, records, config/code, travel, look-alike traps, and 14 real files. Same scoring as probe 3.

Usage: python bench/probe7_eval.py [--json]   (always exits 0)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe3_eval import ROOT, main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(probe=ROOT / "tests" / "probe7", label="probe7"))
