"""Score leakaid on probe 18 (tests/probe18/): 30 real files (xlsx, docx, pdf, csv in GBK/GB18030/UTF-16/UTF-8-BOM,
tsv, json/jsonl, html, eml, md, logs; four broken or hostile) and 100 documents of the text they hold. Same scoring
as probe 3.

Usage: python bench/probe18_eval.py [--json]   (always exits 0)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe3_eval import ROOT, main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(probe=ROOT / "tests" / "probe18", label="probe18"))
