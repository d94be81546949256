"""Checks of probe2 itself (labels, offsets, validity). Never asserts the detector's score.

Validity is checked here independently of the builder: python-stdnum for ID cards
(check digit, GB/T 2260 region known at the birth year, real date) and Luhn, and
literal lists of mobile segments and area codes written out below.
"""

from __future__ import annotations

import collections
import datetime as dt
import importlib.util
import ipaddress
import json
import re
from pathlib import Path

import pytest
from stdnum import luhn
from stdnum.cn import ric

HERE = Path(__file__).parent
PROBE = HERE / "probe2.jsonl"
GENRES = {"html", "json_log", "email", "ocr", "traditional", "mixed_en", "spreadsheet", "traps"}
TYPES = {"ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "PLATE", "PASSPORT", "HK_MACAO_PERMIT",
         "IP", "QQ", "WECHAT", "GPS", "BIRTHDATE"}
MOBILE_SEGMENTS = re.compile(r"1(3\d|4[57]|5[0-35-9]|66|7[0-35-8]|8\d|9[135-9])\d{8}")
AREA_CODES = {"010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0311", "0371", "0512",
              "0532", "0571", "0591", "0592", "0731", "0755", "0757", "0769", "0871", "0898", "0937", "0941"}
CN_BANK_BINS = ("622202", "621700", "622848", "621661", "622588", "622262", "621799", "622690", "622908",
                "621483", "436742")
FULLWIDTH = str.maketrans("０１２３４５６７８９Ｘｘ（）", "0123456789Xx()")


def _docs() -> list[dict]:
    return [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines()]


DOCS = _docs()


def _values(typ: str):
    for doc in DOCS:
        for s, e, t in doc["spans"]:
            if t == typ:
                yield doc["id"], doc["text"][s:e]


def _digits(v: str) -> str:
    return re.sub(r"\D", "", v.translate(FULLWIDTH))


def test_schema_and_size():
    assert len(DOCS) >= 300
    assert len({d["id"] for d in DOCS}) == len(DOCS)
    for doc in DOCS:
        assert set(doc) == {"id", "genre", "text", "spans"}
        assert doc["genre"] in GENRES
        for span in doc["spans"]:
            assert len(span) == 3 and span[2] in TYPES


def test_every_genre_has_30_docs():
    counts = collections.Counter(d["genre"] for d in DOCS)
    assert set(counts) == GENRES
    assert min(counts.values()) >= 30


def test_every_type_present():
    assert {t for d in DOCS for *_, t in d["spans"]} == TYPES


def test_offsets_in_range_and_trimmed():
    for doc in DOCS:
        text = doc["text"]
        for s, e, _t in doc["spans"]:
            assert 0 <= s < e <= len(text), doc["id"]
            value = text[s:e]
            assert value == value.strip() and value.strip("　") == value, (doc["id"], value)


def test_no_overlapping_spans():
    for doc in DOCS:
        spans = sorted(doc["spans"])
        for (_s1, e1, _), (s2, _e2, _) in zip(spans, spans[1:], strict=False):
            assert e1 <= s2, doc["id"]


def test_values_not_glued_to_alnum():
    """A span must not cut a longer token (its neighbours are no ASCII letters or digits)."""
    for doc in DOCS:
        text = doc["text"]
        for s, e, _t in doc["spans"]:
            before = text[s - 1] if s else " "
            after = text[e] if e < len(text) else " "
            assert not (before.isascii() and before.isalnum()), (doc["id"], text[s:e])
            assert not (after.isascii() and after.isalnum()), (doc["id"], text[s:e])


def test_traps_have_no_spans():
    traps = [d for d in DOCS if d["genre"] == "traps"]
    assert traps and all(not d["spans"] for d in traps)


def test_id_cards_valid():
    n = 0
    for doc_id, value in _values("ID_CARD"):
        compact = re.sub(r"[\s-]", "", value.translate(FULLWIDTH)).upper()
        assert len(compact) == 18, (doc_id, value)
        ric.validate(compact)  # check digit, region code valid at the birth year, real date
        assert ric.calc_check_digit(compact) == compact[17]  # stdnum wants the full number
        assert dt.date(1900, 1, 1) < ric.get_birth_date(compact) < dt.date.today()
        n += 1
    assert n >= 50


def test_id_cards_use_all_written_forms():
    values = [v for _, v in _values("ID_CARD")]
    assert any(" " in v for v in values)
    assert any(v.endswith("x") for v in values)
    assert any(v.endswith(("X", "Ｘ")) for v in values)
    assert any("１" in v or "０" in v for v in values)


def test_bank_cards_luhn_and_bin():
    for doc_id, value in _values("BANK_CARD"):
        d = _digits(value)
        assert 16 <= len(d) <= 19, (doc_id, value)
        assert luhn.is_valid(d), (doc_id, value)
        assert d.startswith(CN_BANK_BINS), (doc_id, value)


def test_mobiles_valid():
    for doc_id, value in _values("MOBILE"):
        v = value.translate(FULLWIDTH)
        if v.startswith(("+852", "+853")) or re.fullmatch(r"\d{4} \d{4}", v):  # Hong Kong / Macau
            assert re.fullmatch(r"(\+85[23] )?[5679]\d{3} \d{4}", v), (doc_id, value)
        elif v.startswith("+886") or v.startswith("09"):  # Taiwan
            assert re.fullmatch(r"(\+886[ -]?|0)9\d{2}[ -]?\d{3}[ -]?\d{3}", v), (doc_id, value)
        else:
            local = re.sub(r"^(\+86|0086|\(\+86\))", "", v)
            assert re.fullmatch(r"[\s-]*\d{3}[\s-]?\d{4}[\s-]?\d{4}", local), (doc_id, value)
            assert MOBILE_SEGMENTS.fullmatch(_digits(local)), (doc_id, value)


def test_landlines_valid():
    for doc_id, value in _values("LANDLINE"):
        v = value.translate(FULLWIDTH)
        assert not re.search(r"转|ext", v, re.I), (doc_id, value)
        if v.startswith(("+852", "+853")):
            assert re.fullmatch(r"\+85[23] [23]\d{3} \d{4}", v), (doc_id, value)
            continue
        if v.startswith("(02)"):  # Taipei
            assert re.fullmatch(r"\(02\)\d{4}-\d{4}", v), (doc_id, value)
            continue
        d = _digits(v)
        if v.startswith("+86"):
            d = "0" + d[2:]
        area = next((a for a in AREA_CODES if d.startswith(a)), None)
        assert area, (doc_id, value)
        assert 7 <= len(d) - len(area) <= 8 and d[len(area)] not in "01", (doc_id, value)


def test_ips_public():
    for doc_id, value in _values("IP"):
        assert ipaddress.IPv4Address(value).is_global, (doc_id, value)


def test_simple_formats():
    patterns = {
        "EMAIL": r"[\w.+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+",
        "PLATE": r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][· ]?"
                 r"(?=(?:\d*[A-HJ-NP-Z]){0,2}\d*$)[A-HJ-NP-Z0-9]{5}|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
                 r"[A-HJ-NP-Z][· ]?[DF]\d{5}",
        "PASSPORT": r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}",
        "HK_MACAO_PERMIT": r"[CHM]\d{8}",
        "QQ": r"[1-9]\d{4,10}",
        "WECHAT": r"[A-Za-z][\w-]{5,19}",
        "GPS": r"-?\d{1,3}\.\d{4,}, ?-?\d{1,3}\.\d{4,}",
    }
    for typ, rx in patterns.items():
        for doc_id, value in _values(typ):
            assert re.fullmatch(rx, value), (doc_id, typ, value)


def test_birthdates_real():
    for doc_id, value in _values("BIRTHDATE"):
        nums = re.findall(r"\d+", value.translate(FULLWIDTH))
        if len(nums) == 1:
            nums = [nums[0][:4], nums[0][4:6], nums[0][6:]]
        y, m, d = map(int, nums)
        assert dt.date(1900, 1, 1) < dt.date(y, m, d) < dt.date.today(), (doc_id, value)


def test_context_types_have_cues():
    """QQ / WeChat / passport / permit / birth date values are only labelled next to a cue."""
    cues = {
        "QQ": ("qq",), "WECHAT": ("微信", "wechat"), "PASSPORT": ("护照", "護照", "passport"),
        "HK_MACAO_PERMIT": ("通行證", "通行证", "回鄉證"), "BIRTHDATE": ("出生", "生日", "dob", "birthday", "出 生"),
    }
    for doc in DOCS:
        text = doc["text"]
        for s, _e, t in doc["spans"]:
            if t not in cues:
                continue
            window = text[max(0, s - 40):s].lower()
            line_start = text.rfind("\n", 0, s) + 1
            header = text[:text.find("\n") + 1].lower()  # tables: the header row names the column
            ok = any(c in window or c in text[line_start:s].lower() or c in header for c in cues[t])
            assert ok, (doc["id"], t, text[s:_e])


def test_committed_file_equals_fresh_build():
    spec = importlib.util.spec_from_file_location("build_probe2", HERE / "build_probe2.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.dumps(mod.build()) == PROBE.read_text(encoding="utf-8")


@pytest.mark.parametrize("genre", sorted(GENRES - {"traps"}))
def test_each_genre_has_labels(genre):
    assert sum(len(d["spans"]) for d in DOCS if d["genre"] == genre) >= 30
