"""Build probe7.jsonl (fixed seeds, byte-identical rebuilds).

    python tests/probe7/build_probe7.py            # write probe7.jsonl
    python tests/probe7/build_probe7.py --check    # rebuild in memory, compare with the file on disk

The build fails when a labelled span does not re-validate, when spans overlap, or when unlabelled text
contains a valid mobile / ID / Chinese-BIN Luhn card / e-mail / public IP by accident (also after folding
full-width characters).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from p7_common import Doc, pv  # noqa: E402
from p7_genres_a import EXCEL, LEGAL, TRAD  # noqa: E402
from p7_genres_b import CONFIG, RECORDS, TRAVEL  # noqa: E402
from p7_genres_traps import TRAPS  # noqa: E402

OUT = HERE / "probe7.jsonl"
GENRES = {  # genre → (templates, number of documents)
    "excel_quirks": (EXCEL, 45),
    "traditional": (TRAD, 45),
    "legal_text": (LEGAL, 42),
    "records": (RECORDS, 44),
    "config_code": (CONFIG, 45),
    "travel": (TRAVEL, 44),
    "traps7": (TRAPS, 40),
}


def problems(doc: dict) -> list[str]:
    """Everything wrong with one document's labels (empty list = fine)."""
    text, spans, out = doc["text"], doc["spans"], []
    prev_end = -1
    for s, e, typ in sorted(spans):
        if not (0 <= s < e <= len(text)):
            out.append(f"bad offsets {s}-{e}")
            continue
        if s < prev_end:
            out.append(f"overlap at {s}")
        prev_end = max(prev_end, e)
        if typ not in pv.TYPES:
            out.append(f"unknown type {typ}")
        elif not pv.validate(typ, text[s:e]):
            out.append(f"span does not validate: {typ} {text[s:e]!r}")
        if text[s:e] != text[s:e].strip():
            out.append(f"span has outer whitespace: {text[s:e]!r}")
    masked = list(text)
    for s, e, _ in spans:
        masked[s:e] = "■" * (e - s)
    out += [f"unlabelled value: {a}" for a in pv.accidents("".join(masked))]
    return out


def make_doc(genre: str, i: int) -> dict:
    templates, _ = GENRES[genre]
    tmpl = templates[i % len(templates)]
    last = None
    for attempt in range(8):  # deterministic re-roll when the random filler happens to form a valid value
        rng = random.Random(f"probe7|{genre}|{i}|{attempt}")
        nl = "\r\n" if rng.random() < 0.15 else "\n"
        d = Doc()
        tmpl(rng, d, nl)
        doc = {"id": f"p7-{genre}-{i + 1:03d}", "genre": genre, "text": d.text, "spans": d.spans}
        last = problems(doc)
        if not last:
            return doc
    raise SystemExit(f"p7-{genre}-{i + 1:03d}: {last}")


def build() -> list[dict]:
    return [make_doc(g, i) for g, (_, n) in GENRES.items() for i in range(n)]


def serialise(docs: list[dict]) -> bytes:
    return "".join(json.dumps(d, ensure_ascii=False, separators=(", ", ": ")) + "\n" for d in docs).encode("utf-8")


def main(argv: list[str]) -> int:
    docs = build()
    bad = {d["id"]: p for d in docs if (p := problems(d))}
    if bad:
        for k, v in bad.items():
            print(k, v, file=sys.stderr)
        return 1
    data = serialise(docs)
    if "--check" in argv:
        if not OUT.exists() or OUT.read_bytes() != data:
            print("probe7.jsonl differs from a fresh build", file=sys.stderr)
            return 1
        print(f"ok: {len(docs)} documents, identical rebuild")
        return 0
    OUT.write_bytes(data)
    print(f"wrote {OUT.name}: {len(docs)} documents, {sum(len(d['spans']) for d in docs)} spans")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
