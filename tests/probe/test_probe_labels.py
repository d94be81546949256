"""Checks on the probe set itself (not on the detector: ``bench/probe_eval.py`` reports the detector's score).

Every labelled value is re-validated here with implementations independent of both leakaid and the builder:
python-stdnum for GB 11643 and Luhn, ``ipaddress`` for public addresses, and small rules written below.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import ipaddress
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from stdnum import luhn
from stdnum.cn import ric

HERE = Path(__file__).parent
PROBE = HERE / "probe.jsonl"
GENRES = {"waybill", "chat", "table", "sms", "log", "form", "legal", "lookalike"}
TYPES = {"ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "PLATE", "PASSPORT", "HK_MACAO_PERMIT", "IP", "QQ",
         "WECHAT", "GPS", "BIRTHDATE"}

SEGMENTS = {str(s) for s in range(130, 140)} | {"145", "147", "150", "151", "152", "153", "155", "156", "157", "158",
                                               "159", "166"} | {str(s) for s in range(170, 179)} | {
    str(s) for s in range(180, 190)} | {"191", "193", "195", "196", "197", "198", "199"}
AREA_CODES = {"010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0755", "0571", "0512", "0532",
              "0731", "0591", "0891"}
BIN_PREFIXES = ("622202", "621226", "621700", "622700", "622848", "621483", "622588", "621661", "622262")
CN_NUMERALS = dict(zip("〇零洞一幺二两三四五六七拐八九", "000112234567789", strict=True))


def load() -> list[dict]:
    return [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]


DOCS = load()
SPANS = [(d, s) for d in DOCS for s in d["spans"]]


def value(doc: dict, span: list) -> str:
    return doc["text"][span[0]:span[1]]


def ascii_fold(s: str) -> str:
    """Full-width to ASCII (NFKC) and Chinese numerals to digits."""
    s = unicodedata.normalize("NFKC", s)
    return "".join(CN_NUMERALS.get(c, c) for c in s)


def spans_of(typ: str) -> list[tuple[dict, list]]:
    return [(d, s) for d, s in SPANS if s[2] == typ]


def ids(pairs: list[tuple[dict, list]]) -> list[str]:
    return [f"{d['id']}@{s[0]}" for d, s in pairs]


# --- structure -------------------------------------------------------------------------------------------

def test_size_and_genres() -> None:
    assert len(DOCS) >= 250
    counts = Counter(d["genre"] for d in DOCS)
    assert set(counts) == GENRES
    assert all(n >= 20 for n in counts.values()), counts


def test_ids_unique_and_fields() -> None:
    assert len({d["id"] for d in DOCS}) == len(DOCS)
    for d in DOCS:
        assert set(d) == {"id", "genre", "text", "spans"}
        assert isinstance(d["text"], str) and d["text"]


def test_offsets_in_range_and_trimmed() -> None:
    for d in DOCS:
        for start, end, typ in d["spans"]:
            assert typ in TYPES, (d["id"], typ)
            assert 0 <= start < end <= len(d["text"]), (d["id"], start, end)
            v = d["text"][start:end]
            assert v == v.strip(), (d["id"], start)
            assert not re.match(r"[：:，,。；;]", v[0]) and not re.search(r"[：:，,。；;]$", v), (d["id"], start)


def test_no_overlapping_spans() -> None:
    for d in DOCS:
        spans = sorted(d["spans"])
        for a, b in zip(spans, spans[1:], strict=False):
            assert a[1] <= b[0], (d["id"], a, b)


def test_values_not_glued_to_alphanumerics() -> None:
    """A labelled value never continues into an adjacent ASCII letter or digit (it would be a different string)."""
    for d in DOCS:
        t = d["text"]
        for start, end, _ in d["spans"]:
            before = ascii_fold(t[start - 1]) if start else " "
            after = ascii_fold(t[end]) if end < len(t) else " "
            assert not (before.isascii() and before.isalnum()), (d["id"], start)
            assert not (after.isascii() and after.isalnum()), (d["id"], start)


def test_lookalike_genre_has_no_spans() -> None:
    look = [d for d in DOCS if d["genre"] == "lookalike"]
    assert look and all(not d["spans"] for d in look)


def test_every_type_present() -> None:
    present = {s[2] for _, s in SPANS}
    assert present == TYPES, TYPES - present


def test_builder_is_deterministic() -> None:
    spec = importlib.util.spec_from_file_location("build_probe", HERE / "build_probe.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    assert mod.dumps(mod.build()) == PROBE.read_text(encoding="utf-8"), "probe.jsonl is stale: rerun build_probe.py"


# --- every labelled value is valid (independent implementations) -----------------------------------------

def test_id_cards_valid() -> None:
    pairs = spans_of("ID_CARD")
    assert len(pairs) >= 30
    for d, s in pairs:
        v = re.sub(r"\s", "", ascii_fold(value(d, s))).upper()
        assert len(v) == 18, (d["id"], s)
        assert ric.is_valid(v), (d["id"], s)  # check digit, birth date, region code
        assert ric.get_birth_date(v) <= dt.date(2024, 1, 1)


def test_mobiles_valid() -> None:
    pairs = spans_of("MOBILE")
    assert len(pairs) >= 60
    for d, s in pairs:
        raw = ascii_fold(value(d, s))
        compact = re.sub(r"[\s\-.()]", "", raw)
        if compact.startswith("+852"):
            assert re.fullmatch(r"\+852[569]\d{7}", compact), (d["id"], s)
        elif compact.startswith("09"):  # Taiwan mobile written domestically
            assert re.fullmatch(r"09\d{8}", compact), (d["id"], s)
        else:
            compact = re.sub(r"^(\+86|0086)", "", compact)
            assert re.fullmatch(r"1\d{10}", compact), (d["id"], s, compact)
            assert compact[:3] in SEGMENTS, (d["id"], s)


def test_landlines_valid() -> None:
    pairs = spans_of("LANDLINE")
    assert len(pairs) >= 10
    for d, s in pairs:
        raw = ascii_fold(value(d, s))
        compact = re.sub(r"[\s\-()]", "", raw)
        if compact.startswith("+86"):
            compact = "0" + compact[3:]
        area = next((a for a in sorted(AREA_CODES, key=len, reverse=True) if compact.startswith(a)), None)
        assert area, (d["id"], s)
        local = compact[len(area):]
        assert re.fullmatch(r"[2-8]\d{6,7}", local), (d["id"], s)


def test_bank_cards_valid() -> None:
    pairs = spans_of("BANK_CARD")
    assert len(pairs) >= 20
    for d, s in pairs:
        v = re.sub(r"[\s\-]", "", ascii_fold(value(d, s)))
        assert v.isdigit() and 16 <= len(v) <= 19, (d["id"], s)
        assert luhn.is_valid(v), (d["id"], s)
        assert v.startswith(BIN_PREFIXES), (d["id"], s)


def test_emails_valid() -> None:
    for d, s in spans_of("EMAIL"):
        assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.(com|cn|net)", value(d, s)), d["id"]


def test_plates_valid() -> None:
    for d, s in spans_of("PLATE"):
        v = value(d, s)
        ordinary = re.fullmatch(r"[京沪粤浙苏川鄂陕鲁湘闽津][A-HJ-NP-Z]·?[A-HJ-NP-Z0-9]{5}", v)
        new_energy = re.fullmatch(r"[京沪粤浙苏川鄂陕鲁湘闽津][A-HJ-NP-Z]·?[DF]\d{5}", v)
        assert ordinary or new_energy, (d["id"], v)
        if ordinary:
            assert sum(c.isdigit() for c in v[-5:]) >= 3, (d["id"], v)


def test_cue_types_have_cue_and_shape() -> None:
    cues = {
        "PASSPORT": ("护照", "護照", "passport"),
        "HK_MACAO_PERMIT": ("通行证", "通行證"),
        "QQ": ("QQ", "qq"),
        "WECHAT": ("微信", "wechat", "vx", "v是", "加V", "wx"),
    }
    shapes = {"PASSPORT": r"[EG]\d{8}", "HK_MACAO_PERMIT": r"C\d{8}", "QQ": r"[1-9]\d{4,10}",
              "WECHAT": r"[A-Za-z][A-Za-z0-9_-]{5,19}"}
    for typ, words in cues.items():
        pairs = spans_of(typ)
        assert pairs, typ
        for d, s in pairs:
            assert re.fullmatch(shapes[typ], value(d, s)), (d["id"], typ)
            window = d["text"][max(0, s[0] - 40):s[0]]
            header = d["text"].split("\n", 1)[0] if d["genre"] == "table" else ""
            # QQ chat exports name the number in the header, with "消息记录" at the top of the file;
            # a table names it in its header row
            assert (any(w in window or w in header for w in words)
                    or (typ == "QQ" and d["text"].startswith("消息记录"))), (d["id"], typ)


def test_ips_public() -> None:
    pairs = spans_of("IP")
    assert len(pairs) >= 20
    for d, s in pairs:
        assert ipaddress.ip_address(value(d, s)).is_global, (d["id"], s)


def test_gps_pairs_in_range() -> None:
    for d, s in spans_of("GPS"):
        a, b = (float(x) for x in value(d, s).split(","))
        lat, lon = (a, b) if abs(a) <= 90 and abs(b) > 90 else (b, a)
        assert -90 <= lat <= 90 and -180 <= lon <= 180, (d["id"], s)
        assert all(len(x.split(".")[1]) >= 4 for x in value(d, s).split(","))


def test_birthdates_real_and_cued() -> None:
    pairs = spans_of("BIRTHDATE")
    assert len(pairs) >= 20
    for d, s in pairs:
        v = value(d, s)
        m = (re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", v) or re.fullmatch(r"(\d{4})[-/.](\d{2})[-/.](\d{2})", v)
             or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", v))
        assert m, (d["id"], v)
        born = dt.date(*(int(x) for x in m.groups()))
        assert dt.date(1940, 1, 1) <= born <= dt.date(2020, 1, 1)
        around = d["text"][max(0, s[0] - 20):s[1] + 4]
        header = d["text"].split("\n", 1)[0] if d["genre"] == "table" else ""
        assert re.search(r"出生|生日|生于|[Bb]irth", around) or re.search(r"^生", d["text"][s[1]:]) or (
            re.search("出生|生日", header)), (d["id"], v)


# --- the traps are really invalid -------------------------------------------------------------------------

@pytest.mark.parametrize("doc", [d for d in DOCS if d["genre"] == "lookalike"], ids=lambda d: d["id"])
def test_lookalike_numbers_invalid(doc: dict) -> None:
    text = ascii_fold(doc["text"])
    for m in re.finditer(r"(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])", text):
        v = m.group()
        # stdnum accepts birth dates in the future; a real holder must already be born
        assert not (ric.is_valid(v) and ric.get_birth_date(v) <= dt.date.today()), (doc["id"], m.start())
    for m in re.finditer(r"(?<![0-9A-Za-z])(?:\d[ -]?){15,18}\d(?![0-9A-Za-z])", text):
        v = re.sub(r"[ -]", "", m.group())
        assert not (v.startswith("62") and luhn.is_valid(v)), (doc["id"], m.start())
    for m in re.finditer(r"(?<![0-9A-Za-z.])1\d{10}(?![0-9A-Za-z])(?!\.\d)", text):
        assert m.group()[:3] not in SEGMENTS, (doc["id"], m.start())
    for m in re.finditer(r"(?<![\w.:/])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])", text):
        if re.search(r"(版本|[Vv]ersion|[Vv])\s*$", text[:m.start()]):
            continue  # a version string: the trap is that it looks like a public address
        try:
            assert not ipaddress.ip_address(m.group()).is_global, (doc["id"], m.group())
        except ValueError:
            pass
