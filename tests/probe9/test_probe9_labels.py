"""Label checks for probe 9 — never the detector's score."""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import build_probe9 as bp  # noqa: E402
import p9_values as pv  # noqa: E402

DATA = HERE / "probe9.jsonl"


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


def test_sizes_and_genres(docs: list[dict]) -> None:
    assert 280 <= len(docs) <= 330
    by_genre = collections.Counter(d["genre"] for d in docs)
    assert set(by_genre) == set(bp.PER_GENRE)
    assert all(n >= 40 for n in by_genre.values()), by_genre
    ids = [d["id"] for d in docs]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(rf"p9-{d['genre']}-\d{{3}}", d["id"]) for d in docs)
    types = collections.Counter(s[2] for d in docs for s in d["spans"])
    assert set(types) == set(pv.TYPES), types


def test_spans_revalidate_and_do_not_overlap(docs: list[dict]) -> None:
    for d in docs:
        text, last = d["text"], -1
        for s, e, typ in d["spans"]:
            assert 0 <= s < e <= len(text), d["id"]
            assert typ in pv.TYPES
            assert pv.validate(typ, text[s:e]), (d["id"], typ, text[s:e])
            assert s >= last, (d["id"], "overlap")
            last = e
            if typ in pv.CUES:
                assert pv.has_cue(text, s, e, typ), (d["id"], typ, text[s:e])


def test_traps_and_lookalikes(docs: list[dict]) -> None:
    for d in docs:
        if d["genre"] == "traps9":
            assert d["spans"] == [], d["id"]
        if d["spans"]:
            assert d["lookalikes"] >= 3, d["id"]
    assert sum(1 for d in docs if d["genre"] == "traps9") >= 40


def test_no_accidental_values_and_rebuild_identical() -> None:
    built, errors = bp.build()
    assert errors == []
    assert bp.serialise(built) == DATA.read_bytes()


def test_accident_checker_sees_planted_values() -> None:
    assert pv.accident_hits("电话 13812345678 。")
    assert pv.accident_hits("电话 １３８１２３４５６７８ 。")
    assert pv.accident_hits("身份证 11010519491231002X")
    assert pv.accident_hits("卡 " + pv.gen_card(__import__("random").Random(1)))
    assert pv.accident_hits("来自 58.33.12.201 的请求")
    assert pv.accident_hits("mail a.b@163.com")
    assert not pv.accident_hits("版本 5.0.0.1，内网 192.168.1.10，Chrome/120.0.6099.109")
    assert not pv.accident_hits("订单号 " + pv.order_no(__import__("random").Random(2), 19))
