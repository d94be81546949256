"""Score leakaid on probe 22 (tests/probe22/): Traditional-Chinese documents from Hong Kong, Macao and Taiwan carrying
mainland and local data: forms, Macao registers, Taiwan documents, cross-border shops, chats, notices, finance. Same scoring as probe 3.

Usage: python bench/probe22_eval.py [--json]   (always exits 0)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe3_eval import text_main  # noqa: E402

if __name__ == "__main__":
    sys.exit(text_main("probe22"))
