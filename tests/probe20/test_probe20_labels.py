# ruff: noqa
"""Label checks for the blind probe ``probe20`` (data only; the detector is not run here)."""

import collections
import importlib.util
import json
import re
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
NAME = "probe20"
DATA = HERE / f"{NAME}.jsonl"


def _load_builder():
    spec = importlib.util.spec_from_file_location(f"build_{NAME}", HERE / f"build_{NAME}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


B = _load_builder()
DOCS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


def test_size_and_genres():
    assert 260 <= len(DOCS) <= 300
    counts = collections.Counter(d["genre"] for d in DOCS)
    assert set(counts) == {g for g, _ in B.GENRES}
    for genre, n in B.GENRES:
        assert counts[genre] == n
        assert 32 <= n <= 36


def test_ids():
    ids = [d["id"] for d in DOCS]
    assert len(set(ids)) == len(ids)
    for d in DOCS:
        assert set(d) == {"id", "genre", "text", "spans"}
        assert re.fullmatch(rf"{NAME}-{re.escape(d['genre'])}-\d{{3}}", d["id"]), d["id"]


def test_spans_valid_sorted_disjoint():
    for d in DOCS:
        prev = -1
        for s, e, typ in d["spans"]:
            assert typ in B.TYPES
            assert 0 <= s < e <= len(d["text"])
            assert s >= prev, d["id"]
            prev = e
            val = d["text"][s:e]
            assert val == val.strip()
            assert B.valid_value(typ, val, d["text"], s), (d["id"], typ, val)


def test_validate_doc_passes():
    for d in DOCS:
        B.validate_doc(d)


def test_traps_empty():
    traps = [d for d in DOCS if d["genre"] == B.TRAP_GENRE]
    assert traps
    assert all(d["spans"] == [] for d in traps)


def test_every_type_and_volume():
    counts = collections.Counter(t for d in DOCS for _, _, t in d["spans"])
    assert set(counts) == set(B.TYPES)
    assert sum(counts.values()) >= 900
    assert min(counts.values()) >= 20


def test_identical_rebuild():
    assert B.render(B.build_docs()) == DATA.read_bytes()


@pytest.mark.parametrize(
    "text,spans,genre",
    [
        ("电话 13812345678", [], "social_dm"),  # unlabelled mobile
        ("电话 138-1234-5678", [], "social_dm"),  # unlabelled, with separators
        ("卡号 6222021234567890128", [], "court_lists"),  # unlabelled Luhn card (if valid)
        ("邮箱 a.b@example.com", [], "it_exports"),  # unlabelled e-mail
        ("ip 8.8.8.8", [], "it_exports"),  # unlabelled public IPv4
        ("电话 13812345678。", [[3, 15, "MOBILE"]], "social_dm"),  # trailing punctuation inside span
        ("电话 13812345678", [[3, 14, "MOBILE"], [5, 14, "MOBILE"]], "social_dm"),  # overlap
        ("电话 13812345678", [[3, 14, "MOBILE"]], "traps20"),  # trap with a span
        ("号码 17412345678", [[3, 14, "MOBILE"]], "social_dm"),  # 174 is not a mobile segment
        ("E12345678", [[0, 9, "PASSPORT"]], "english_forms"),  # passport without a cue
    ],
)
def test_checker_rejects(text, spans, genre):
    doc = {"id": f"{NAME}-{genre}-999", "genre": genre, "text": text, "spans": spans}
    if "6222021234567890128" in text and not B.luhn.is_valid("6222021234567890128"):
        doc["text"] = text.replace("6222021234567890128", B.gen_card("622202", 19))
    with pytest.raises(ValueError):
        B.validate_doc(doc)
