# ruff: noqa
"""Label checks for the blind accuracy probe probe16 (data only; the detector is not run here)."""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from stdnum import luhn
from stdnum.cn import ric

HERE = Path(__file__).resolve().parent
NAME = "probe16"
DATA = HERE / f"{NAME}.jsonl"
GENRES = {"real_estate", "auto", "tax_social", "asr", "email_threads", "recruitment", "medical_ins", "traps16"}
TYPES = {"ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "PLATE", "PASSPORT", "HK_MACAO_PERMIT", "IP", "QQ",
         "WECHAT", "GPS", "BIRTHDATE"}


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location(f"build_{NAME}", HERE / f"build_{NAME}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def docs():
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


def test_sizes_and_genres(docs):
    assert 270 <= len(docs) <= 290
    per = Counter(d["genre"] for d in docs)
    assert set(per) == GENRES
    assert all(32 <= n <= 36 for n in per.values()), per


def test_ids(docs):
    ids = [d["id"] for d in docs]
    assert len(set(ids)) == len(ids)
    for d in docs:
        m = re.fullmatch(rf"{NAME}-([a-z_0-9]+)-(\d{{3}})", d["id"])
        assert m and m.group(1) == d["genre"], d["id"]
        assert set(d) == {"id", "genre", "text", "spans"}


def test_spans_sorted_in_bounds_no_overlap(docs):
    for d in docs:
        prev = -1
        for s in d["spans"]:
            start, end, typ = s
            assert typ in TYPES
            assert 0 <= start < end <= len(d["text"]), (d["id"], s)
            assert start >= prev, (d["id"], s)
            prev = end
        assert d["spans"] == sorted(d["spans"], key=lambda x: (x[0], x[1]))


def test_spans_revalidate(docs, build):
    for d in docs:
        for start, end, typ in d["spans"]:
            v = d["text"][start:end]
            build.VALIDATORS[typ](v)
            build.check_cue(d["text"], start, end, typ)
            assert v == v.strip() and v[-1] not in "，。；;：:,.、）)】」!！?？", (d["id"], v)
            if typ == "ID_CARD" and re.fullmatch(r"[\dXx]{18}", v):
                assert ric.is_valid(v.upper()), v
            if typ == "BANK_CARD":
                assert luhn.is_valid(re.sub(r"[ \-]", "", build.fold_all(v))), v
            if typ == "EMAIL":
                assert re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-.]+\.[A-Za-z]{2,}", v), v


def test_traps_have_no_spans(docs):
    traps = [d for d in docs if d["genre"] == "traps16"]
    assert traps and all(not d["spans"] for d in traps)


def test_positive_docs_have_spans(docs):
    assert all(d["spans"] for d in docs if d["genre"] != "traps16")


def test_type_coverage(docs):
    per = Counter(s[2] for d in docs for s in d["spans"])
    assert set(per) == TYPES, per
    assert sum(per.values()) >= 900
    assert all(per[t] >= 10 for t in TYPES), per


def test_no_unlabelled_values(docs, build):
    for d in docs:
        assert not build.leak_scan(build.blank(d["text"], d["spans"])), d["id"]


def test_identical_rebuild(build):
    assert build.serialize(build.build_docs()) == DATA.read_bytes()


def test_build_raises_on_bad_labels(build):
    ok = {"id": "x-auto-001", "genre": "auto", "text": "手机：13812345678，微信：zhangwei_88", "spans": [[3, 14, "MOBILE"], [18, 29, "WECHAT"]]}
    build.validate_doc(ok)
    card = "622202021234567890" + luhn.calc_check_digit("622202021234567890")
    idn = "11010519491231002" + ric.calc_check_digit("110105194912310020")
    bad = [
        {**ok, "spans": [[3, 14, "MOBILE"], [10, 29, "WECHAT"]]},  # overlap
        {**ok, "spans": [[3, 15, "MOBILE"], [18, 29, "WECHAT"]]},  # trailing punctuation
        {**ok, "spans": [[3, 14, "ID_CARD"], [18, 29, "WECHAT"]]},  # does not re-validate
        {**ok, "spans": [[18, 29, "WECHAT"]]},  # unlabelled mobile left in the text
        {**ok, "genre": "traps16"},  # trap with spans
        {"id": "x-asr-001", "genre": "asr", "text": "电话幺三八 幺二三四 五六七八", "spans": []},  # spoken mobile not labelled
        {"id": "x-auto-002", "genre": "auto", "text": f"卡号 {card[:4]} {card[4:8]} {card[8:12]} {card[12:16]} {card[16:]}", "spans": []},
        {"id": "x-auto-003", "genre": "auto", "text": f"车主身份证 {idn}", "spans": []},
        {"id": "x-auto-004", "genre": "auto", "text": "日志 登录IP 8.8.8.8 成功", "spans": []},
    ]
    for b in bad:
        with pytest.raises(ValueError):
            build.validate_doc(b)
