"""leakaid.synth: valid values, consistent gold spans, determinism, negatives that stay invalid."""

from __future__ import annotations

import datetime as dt
import importlib
import ipaddress
import json
import random
import re
import unicodedata

import pytest

from leakaid import synth
from leakaid.detect.finding import TYPES
from leakaid.detect.validators.checksums import gb11643_check_char, luhn_is_valid
from leakaid.synth import negatives as negs

_NUMERALS = str.maketrans("零〇一幺二两三四五六七拐八九", "00112234567789")


def _validator(name: str):
    return importlib.import_module(f"leakaid.detect.validators.{name}")


def _digits_only(written: str) -> str:
    s = unicodedata.normalize("NFKC", written).translate(_NUMERALS)
    s = re.sub(r"^\(?(\+86|0086)\)?", "", s.strip())
    return re.sub(r"[^0-9Xx]", "", s).upper()


def _valid(typ: str, written: str) -> bool:
    """Does a gold span's written form hold a valid value of its type?"""
    v = unicodedata.normalize("NFKC", written)
    if typ == "ID_CARD":
        d = _digits_only(v)
        if len(d) == 15:
            dt.date(1900 + int(d[6:8]), int(d[8:10]), int(d[10:12]))
            return True
        m = _validator("cn_ric")
        return m.is_valid(d)
    if typ == "MOBILE":
        d = _digits_only(v)
        m = _validator("mobile")
        return len(d) == 11 and m.is_valid(d)
    if typ == "LANDLINE":
        v = re.sub(r"^\+86-", "0", v)
        m = _validator("landline")
        return m.is_valid(v)
    if typ == "BANK_CARD":
        d = _digits_only(v)
        m = _validator("bank_card")
        return m.is_valid(d)
    if typ == "GPS":
        nums = [float(x) for x in re.findall(r"\d+\.\d+", v)]
        lat, lon = (nums[0], nums[1]) if nums[0] < 90 else (nums[1], nums[0])
        return len(nums) == 2 and 18 <= lat <= 54 and 73 <= lon <= 136
    if typ == "BIRTHDATE":
        y, mo, d = (int(x) for x in re.fullmatch(r"(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?", v).groups())
        return 1900 < dt.date(y, mo, d).year < 2026
    if typ == "PERSON":
        return 2 <= len(v) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in v)
    if typ == "ADDRESS":
        return re.search(r"(号|號|室|\d)$", v) is not None and len(v) >= 8
    name = {
        "EMAIL": "email",
        "PLATE": "plate",
        "PASSPORT": "passport",
        "HK_MACAO_PERMIT": "hk_macao_permit",
        "IP": "ip",
        "QQ": "qq",
        "WECHAT": "wechat",
    }[typ]
    return _validator(name).is_valid(v)


SINGLE = {
    "cn_ric": lambda r: synth.fake_id_card(r, legacy=r.random() < 0.2, retired=r.random() < 0.3),
    "mobile": synth.fake_mobile,
    "landline": synth.fake_landline,
    "bank_card": synth.fake_bank_card,
    "email": synth.fake_email,
    "plate": lambda r: synth.fake_plate(r, special=r.random() < 0.1),
    "passport": synth.fake_passport,
    "hk_macao_permit": synth.fake_hk_macao_permit,
    "ip": synth.fake_ip,
    "qq": synth.fake_qq,
    "wechat": synth.fake_wechat,
}


@pytest.mark.parametrize("name", sorted(SINGLE))
def test_single_values_pass_validators(name: str) -> None:
    m = _validator(name)
    rng = random.Random(name)
    bad = [v for v in (SINGLE[name](rng) for _ in range(500)) if not m.is_valid(v)]
    assert not bad, bad[:5]


def test_id_card_structure() -> None:
    rng = random.Random(1)
    for _ in range(300):
        v = synth.fake_id_card(rng)
        assert len(v) == 18 and gb11643_check_char(v[:17]) == v[17]
        dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))  # a real date
    assert len(synth.fake_id_card(rng, legacy=True)) == 15
    assert int(synth.fake_id_card(rng, sex="男")[16]) % 2 == 1
    assert int(synth.fake_id_card(rng, sex="女")[16]) % 2 == 0


def test_retired_region_ids_use_retired_codes() -> None:
    from leakaid.synth import _tables

    retired = {r.code for r in _tables.retired_regions()}
    current = {r.code for r in _tables.current_regions()}
    assert retired, "the region table must contain retired codes"
    rng = random.Random(2)
    for _ in range(50):
        v = synth.fake_id_card(rng, retired=True)
        assert v[:6] in retired
        if v[:6] not in current:  # the code was never reused: birth predates retirement
            last = max(r.last_year for r in _tables.retired_regions() if r.code == v[:6])
            assert int(v[6:10]) <= last


def test_bank_card_luhn_and_ip_public() -> None:
    rng = random.Random(3)
    for _ in range(300):
        assert luhn_is_valid(synth.fake_bank_card(rng))
        assert ipaddress.ip_address(synth.fake_ip(rng)).is_global


def test_value_shapes() -> None:
    rng = random.Random(4)
    for _ in range(300):
        assert re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}", synth.fake_passport(rng))
        qq = synth.fake_qq(rng)
        assert re.fullmatch(r"[1-9]\d{4,10}", qq)
        assert not (len(qq) == 11 and qq[0] == "1"), "an 11-digit QQ starting with 1 reads as a mobile"
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", synth.fake_wechat(rng))
        plate = synth.fake_plate(rng)
        assert len(plate) in (7, 8)
        lat, lon = synth.fake_gps(rng)
        assert 18 < lat < 54 and 73 < lon < 136
    assert any(
        len(synth.fake_person(rng)) == 4 or synth.fake_person(rng)[:2] in ("欧阳", "司马")
        for _ in range(2000)
    )
    assert len(synth.fake_plate(rng, new_energy=True)) == 8


def test_renderings_keep_the_value() -> None:
    rng = random.Random(5)
    styles = ("plain", "prefix", "dash", "space", "dot", "fullwidth", "numerals", "mixed")
    for style in styles:
        for _ in range(50):
            m = synth.fake_mobile(rng)
            assert _digits_only(synth.render_mobile(m, rng, style=style)) == m
    assert synth.render_mobile("13812345678", rng, style="dash") == "138-1234-5678"
    assert synth.to_fullwidth("138") == "１３８"
    assert set(synth.to_chinese_numerals("1234567890", rng)) <= set("零〇一幺二两三四五六七拐八九")
    idc = synth.fake_id_card(rng)
    assert synth.render_id_card(idc, rng, style="group").replace(" ", "").replace("-", "") == idc
    assert synth.render_id_card(idc, rng, style="group4") == " ".join(
        (idc[:4], idc[4:8], idc[8:12], idc[12:16], idc[16:])
    )


def _check_doc(doc: synth.Doc) -> None:
    prev_end = 0
    for start, end, typ in doc.spans:
        assert typ in TYPES
        assert 0 <= prev_end <= start < end <= len(doc.text), (doc.id, start, end)
        value = doc.text[start:end]
        assert value.strip() == value, (doc.id, typ, value)
        assert _valid(typ, value), (doc.id, typ, value)
        prev_end = end


def test_dense_corpus_spans_are_consistent_and_valid() -> None:
    genres = set()
    types = set()
    for doc in synth.generate_corpus(600, seed=11):
        _check_doc(doc)
        genres.add(doc.genre)
        types.update(t for _, _, t in doc.spans)
    assert genres == set(synth.GENRES)
    assert types == set(TYPES)


@pytest.mark.parametrize("genre", ["prose_sparse", "log_sparse"])
def test_sparse_documents(genre: str) -> None:
    doc = synth.generate_doc(5, 0, sparse=True, genre=genre)
    _check_doc(doc)
    size = len(doc.text.encode())
    assert 180_000 <= size <= 260_000
    assert 5 <= len(doc.spans) <= 50  # about one finding per 10 KB


def test_determinism() -> None:
    a = [d.to_dict() for d in synth.generate_corpus(40, seed=99)]
    b = [d.to_dict() for d in synth.generate_corpus(40, seed=99)]
    c = [d.to_dict() for d in synth.generate_corpus(40, seed=100)]
    assert a == b and a != c
    assert synth.generate_doc(99, 7).to_dict() == a[7]  # a document does not depend on the corpus size
    r1, r2 = random.Random(3), random.Random(3)
    assert [synth.fake_address(r1) for _ in range(20)] == [synth.fake_address(r2) for _ in range(20)]


def test_traditional_variants_use_traditional_cues() -> None:
    texts = "".join(
        synth.generate_doc(1, i, genre=g).text for i in range(20) for g in ("waybill_tw", "form_tw")
    )
    assert any(w in texts for w in ("電話", "手機", "身分證字號", "銀行卡號", "電郵"))


def test_hard_negatives_are_not_valid_entities() -> None:
    rng = random.Random(6)
    ric = _validator("cn_ric")
    for _ in range(300):
        bad = negs.neg_bad_id(rng)
        digits = re.search(r"\d{17}[\dX]", bad).group()
        assert not ric.is_valid(digits), bad
        order = negs.order_number(rng)
        assert not negs._bin_like(order) and not negs._id_like(order)
        code = negs.uscc(rng)
        assert len(code) == 18
        ip = negs.private_ip(rng)
        assert not ipaddress.ip_address(ip).is_global
    assert set(negs.NEGATIVE_KINDS) >= {
        "order",
        "tracking",
        "timestamp",
        "uscc",
        "bad_id",
        "private_ip",
        "version",
        "uuid",
    }


def test_uscc_check_character() -> None:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    rng = random.Random(8)
    for _ in range(100):
        code = negs.uscc(rng)
        total = sum(chars.index(c) * pow(3, i, 31) for i, c in enumerate(code[:17]))
        assert chars.index(code[17]) == (31 - total % 31) % 31
    try:
        from stdnum.cn import uscc as stdnum_uscc  # optional cross-check
    except ImportError:
        return
    assert all(stdnum_uscc.is_valid(negs.uscc(rng)) for _ in range(50))


def test_cli_writes_jsonl(tmp_path) -> None:
    from leakaid.cli import main

    out = tmp_path / "c.jsonl"
    assert main(["synth", "corpus", "--docs", "15", "--seed", "3", "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 15 and set(rows[0]) == {"id", "genre", "text", "spans"}
    assert rows[4] == synth.generate_doc(3, 4).to_dict()


def test_bench_scoring_rules() -> None:
    """bench/score.py: family reduction, strict vs overlap, one-to-one matching."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "bench_score", Path(__file__).parents[1] / "bench" / "score.py"
    )
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)

    # the same span reported as MOBILE and LANDLINE (jionlp does this) counts once, the first type wins
    assert score.reduce_overlaps([(3, 16, "MOBILE"), (3, 16, "LANDLINE"), (0, 2, "QQ")]) == [
        (0, 2, "QQ"),
        (3, 16, "MOBILE"),
    ]
    # the longest of overlapping same-family predictions is kept; other families are independent
    assert score.reduce_overlaps([(5, 16, "MOBILE"), (0, 16, "MOBILE"), (5, 16, "BANK_CARD")]) == [
        (0, 16, "MOBILE"),
        (5, 16, "BANK_CARD"),
    ]
    t = score.Tally()
    gold = [(0, 16, "MOBILE"), (20, 38, "ID_CARD"), (40, 50, "EMAIL")]
    preds = [(3, 16, "MOBILE"), (20, 38, "ID_CARD"), (20, 38, "BANK_CARD"), (60, 70, "QQ")]
    t.add(gold, preds)
    assert t.prf("strict", ["ID_CARD"])[:3] == (1.0, 1.0, 1.0)
    assert t.tp["strict"]["MOBILE"] == 0 and t.fp["strict"]["MOBILE"] == 1 and t.fn["strict"]["MOBILE"] == 1
    assert t.tp["overlap"]["MOBILE"] == 1 and t.fp["overlap"]["MOBILE"] == 0
    assert t.fp["overlap"]["BANK_CARD"] == 1 and t.fp["overlap"]["QQ"] == 1 and t.fn["overlap"]["EMAIL"] == 1
    # one-to-one: two gold spans cannot both match one prediction
    t2 = score.Tally()
    t2.add([(0, 5, "QQ"), (6, 10, "QQ")], [(0, 10, "QQ")])
    assert t2.tp["overlap"]["QQ"] == 1 and t2.fn["overlap"]["QQ"] == 1
