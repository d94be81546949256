"""Load the NER corpora of ../shared/data/ner, map labels to PERSON / ADDRESS, split train / validation.

Label mapping (documented in docs/person_address.md):
- CLUENER2020: name -> PERSON; address -> ADDRESS only when the span reads as a postal address
  (road / number / building grammar or two division levels), bare place names -> O.
- Weibo NER: PER.NAM -> PERSON; PER.NOM (好友, 新娘) -> O; LOC / GPE -> O (bare places).
- Resume NER: NAME -> PERSON; LOC (native place) -> O.
- Chinese address parsing: coarse ADDRESS spans -> ADDRESS; PERSON -> PERSON.
Validation: CLUENER rows whose id hashes to bucket 0 of 10; Weibo / Resume / address `dev` files.
"""

from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

DATA = Path("/work/shared/data/ner")
_POSTAL = re.compile(r"[路街道巷弄号栋幢室楼村镇乡屯寨苑园院厦场]|单元|小区|大厦|花园|[0-9０-９]")
_LEVEL = re.compile(r"[省市区县州盟旗]")


@dataclass(frozen=True, slots=True)
class Example:
    corpus: str
    text: str
    spans: tuple[tuple[int, int, str], ...]  # (start, end, "PERSON" | "ADDRESS")


def _postal(s: str) -> bool:
    return bool(_POSTAL.search(s)) or len(_LEVEL.findall(s)) >= 2


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _cluener(rec: dict) -> tuple[tuple[int, int, str], ...]:
    out = []
    for s, e, lab in rec["spans"]:
        if lab == "PERSON":
            out.append((s, e, "PERSON"))
        elif lab == "ADDRESS" and _postal(rec["text"][s:e]):
            out.append((s, e, "ADDRESS"))
    return tuple(out)


def _only_person(rec: dict) -> tuple[tuple[int, int, str], ...]:
    return tuple((s, e, "PERSON") for s, e, lab in rec["spans"] if lab == "PERSON")


def _address(rec: dict) -> tuple[tuple[int, int, str], ...]:
    return tuple((s, e, lab) for s, e, lab in rec["coarse_spans"] if lab in {"PERSON", "ADDRESS"})


def load() -> tuple[list[Example], list[Example]]:
    """(train, validation) examples from all corpora."""
    train: list[Example] = []
    val: list[Example] = []
    for rec in _read(DATA / "cluener2020/train.jsonl"):
        ex = Example("cluener", rec["text"], _cluener(rec))
        (val if zlib.crc32(rec["id"].encode()) % 10 == 0 else train).append(ex)
    for name, key, fn in (
        ("weibo", "weibo_ner", _only_person),
        ("resume", "resume_ner", _only_person),
        ("address", "chinese_address_parsing", _address),
    ):
        train += [Example(name, r["text"], fn(r)) for r in _read(DATA / key / "train.jsonl")]
        val += [Example(name, r["text"], fn(r)) for r in _read(DATA / key / "dev.jsonl")]
    return train, val
