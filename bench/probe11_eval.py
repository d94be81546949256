"""Score leakaid on the eleventh probe (tests/probe11/): contracts and IOUs, education rosters, payroll, court
enforcement notices and police reports, Taiwan/Hong Kong shop messages, social posts with evasive contacts, traps.
Same scoring as probe 3 (text only).

Usage: python bench/probe11_eval.py [--json]   (always exits 0)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe3_eval import ROOT, eval_text, print_text  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    t = eval_text(ROOT / "tests" / "probe11", "probe11.jsonl")
    if args.json:
        print(json.dumps(t, ensure_ascii=False, indent=1))
        return 0
    print_text(t, "probe11")
    return 0


if __name__ == "__main__":
    sys.exit(main())
