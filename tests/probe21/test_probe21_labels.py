# ruff: noqa
"""Label checks for the blind PERSON/ADDRESS probe probe21 (no detector is run here)."""
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_probe21 as B  # noqa: E402

JSONL = HERE / "probe21.jsonl"


@pytest.fixture(scope="module")
def records():
    return [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def test_size_and_genres(records):
    assert len(records) == 260
    counts = Counter(r["genre"] for r in records)
    assert counts == dict(B.GENRES)
    assert set(counts) == {"local_news", "police_notices", "public_notices", "articles", "complaints",
                           "family_chat", "biographies", "traps21"}
    for genre, n in counts.items():
        assert 30 <= n <= 34, genre


def test_ids(records):
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    per_genre = Counter()
    for r in records:
        per_genre[r["genre"]] += 1
        assert r["id"] == f"probe21-{r['genre']}-{per_genre[r['genre']]:03d}"
        assert set(r) == {"id", "genre", "text", "spans"}


def test_span_counts(records):
    types = Counter(t for r in records for _, _, t in r["spans"])
    assert set(types) == {"PERSON", "ADDRESS"}
    assert 800 <= types["PERSON"] <= 1200
    assert 250 <= types["ADDRESS"] <= 350
    for r in records:
        if r["genre"] != B.TRAP_GENRE:
            assert r["spans"], r["id"]


def test_spans_revalidate(records):
    for r in records:
        B.validate_record(r)  # types, offsets, sorting, overlap, edges, per-type validity, traps, unlabelled repeats


def test_no_overlap_sorted_and_clean_edges(records):
    for r in records:
        prev_end = -1
        for s, e, t in r["spans"]:
            assert 0 <= s < e <= len(r["text"])
            assert s >= prev_end, r["id"]
            prev_end = e
            v = r["text"][s:e]
            assert v == v.strip() and not B._bad_edge(v[0]) and not B._bad_edge(v[-1]), (r["id"], v)
            assert (B.valid_person(v) if t == "PERSON" else B.valid_address(v)), (r["id"], t, v)


def test_traps_have_no_spans(records):
    traps = [r for r in records if r["genre"] == B.TRAP_GENRE]
    assert len(traps) >= 30
    assert all(r["spans"] == [] for r in traps)


def test_labelled_values_never_occur_unlabelled(records):
    for r in records:
        spans = [tuple(s) for s in r["spans"]]
        B.check_occurrences(r["text"], spans, {(r["text"][s:e], t) for s, e, t in spans})


def test_variety(records):
    assert all(len(v) >= 8 for v in B.GENRE_TEMPLATES.values())
    names = {r["text"][s:e] for r in records for s, e, t in r["spans"] if t == "PERSON"}
    assert any("·" in n for n in names)
    assert any(n[:2] in B.COMPOUND_SUR for n in names)
    assert any(len(n) == 4 and "·" not in n for n in names)
    assert any(any(ch in r["text"] for ch in "說這個們來時") for r in records)  # some Traditional documents


def test_validators_reject_non_persons_and_masked():
    for bad in ["王某", "李某某", "王**", "张*三", "王先生", "李宁", "王老吉", "老王", "小胖", "鲁迅"]:
        assert not B.valid_person(bad), bad
    for bad in ["杭州市", "西湖区", "文三路", "XX路XX号", "杭州市西湖区文三路**号"]:
        assert not B.valid_address(bad), bad


def test_identical_rebuild():
    assert B.serialise(B.build_records()) == JSONL.read_bytes()


def _rec(text, spans, genre="local_news"):
    return {"id": f"probe21-{genre}-001", "genre": genre, "text": text, "spans": spans}


@pytest.mark.parametrize(
    "rec",
    [
        _rec("市民王建国说。", [[2, 5, "PERSON"], [3, 6, "PERSON"]]),  # overlap
        _rec("市民王建国。", [[2, 6, "PERSON"]]),  # trailing punctuation
        _rec("市民 王建国说", [[2, 5, "PERSON"]]),  # leading whitespace
        _rec("市民王先生说", [[2, 5, "PERSON"]]),  # surname + title
        _rec("市民王建国说，王建国笑了", [[2, 5, "PERSON"]]),  # repeat left unlabelled
        _rec("今日多云，王建国出行", [[5, 8, "PERSON"]], genre="traps21"),  # trap with a span
        _rec("家住杭州市西湖区", [[2, 8, "ADDRESS"]]),  # bare division
        _rec("家住文三路**号", [[2, 8, "ADDRESS"]]),  # masked
    ],
)
def test_validate_record_raises(rec):
    with pytest.raises(B.BuildError):
        B.validate_record(rec)
