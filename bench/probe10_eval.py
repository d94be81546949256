"""Score leakaid on the tenth probe (tests/probe10/): government forms, medical records, WeChat/QQ PC chat exports,
English and bilingual documents, app/SMS notifications, Markdown/ASCII tables, traps. Same scoring as probe 3 (text only).

Usage: python bench/probe10_eval.py [--json]   (always exits 0)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe3_eval import text_main  # noqa: E402

if __name__ == "__main__":
    sys.exit(text_main("probe10"))
