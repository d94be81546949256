"""The native kernel (``leakaid.assess._rows``) gives exactly the results of the numpy reference path."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import assessgen as gen
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leakaid.assess import assess_files, counter, native, vec
from leakaid.assess.columns import Checkers
from leakaid.assess.counter import _NULL_WORDS, Counter, native_kernel
from leakaid.assess.readers import Batch, _fast_split
from leakaid.detect.validators.checksums import gb11643_check_char

H = ["姓名", "身份证号", "手机号", "邮箱", "银行卡号", "备注"]
KIND_CODES = {"ID_CARD": 1, "MOBILE": 2, "BANK_CARD": 3, "EMAIL": 4, "PERSON": 0}


def test_native_module_is_importable():
    from leakaid.assess import _rows

    assert native.available() and native.module() is _rows
    assert native_kernel(Checkers()) is not None


# --- helpers ----------------------------------------------------------------------------------------

@contextmanager
def _reference(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The extension switched off: readers and counter take the numpy path (as without a compiler)."""
    old = native.set_enabled(False)
    try:
        with monkeypatch.context() as m:
            m.setattr(Counter, "_count_native", _fail)
            yield
    finally:
        native.set_enabled(old)


def _fail(*_a: object, **_k: object) -> None:
    raise AssertionError("wrong path")


def both(monkeypatch: pytest.MonkeyPatch, paths: list[Path], **kw: object) -> dict:
    """assess_files natively and on the reference path; the reports must be identical."""
    with monkeypatch.context() as m:
        m.setattr(Counter, "_count_numpy", _fail)  # the native run must not fall back silently
        native = assess_files(paths, **kw)
    with _reference(monkeypatch):
        ref = assess_files(paths, **kw)
    assert native == ref
    return native


def messy_rows(n: int, seed: int) -> list[list[str]]:
    """Synthetic rows with the defects real dumps have (all values generated, nobody behind them)."""
    rng = random.Random(seed)
    rows: list[list[str]] = []
    for p in gen.people(n, seed):
        idc, mob, mail = p["身份证号"], p["手机号"], p["邮箱"]
        card = gen.bank_card(rng, rng.random() < 0.85) if rng.random() < 0.5 else ""
        note = ""
        r = rng.random()
        if r < 0.06:
            idc = gen.id_card(rng, valid=False)  # wrong check character
        elif r < 0.09:  # impossible date with a correct check character
            body = idc[:10] + rng.choice(["1332", "0230", "0229", "0001"]) + idc[14:17]
            idc = body + gb11643_check_char(body)
        elif r < 0.11:  # born before 1880 or in the future
            body = idc[:6] + rng.choice(["1879", "2999", "1880"]) + idc[10:17]
            idc = body + gb11643_check_char(body)
        elif r < 0.13 and idc.endswith("X"):
            idc = idc[:17] + "x"
        elif r < 0.15:
            idc = idc[:6] + " " + idc[6:]  # not canonical: the per-value validator decides
        r = rng.random()
        if r < 0.04:
            mob = gen.mobile(rng, valid=False)
        elif r < 0.07:
            mob = f"{mob[:3]}-{mob[3:7]}-{mob[7:]}"
        elif r < 0.09:
            mob = "+86" + mob
        elif r < 0.11:
            mob = rng.choice(["NULL", "\\N", "-", "无", "N/A", "null", ""])
        elif r < 0.12:
            mob = "１３８" + mob[3:]  # full-width digits
        r = rng.random()
        if r < 0.05:
            mail = mail.upper()
        elif r < 0.08:
            mail = rng.choice(["a..b@x.com", "-a@x.com", "a@x.c", "用户@example.com", "x" * 70 + "@example.com",
                               "a@b@c.com", "a_@b.cn", "a@x-.com", "ab@.com", "u\0@example.com"])
        r = rng.random()
        if r < 0.05:
            card = "".join(rng.choice("0123456789") for _ in range(rng.choice([13, 14, 20])))
        elif r < 0.08:
            card = card[:4] + " " + card[4:] if card else "6222 0200"
        r = rng.random()
        if r < 0.05:
            note = "长" * rng.randint(1000, 5000)  # very long cell
        elif r < 0.08:
            note = " " * 70 + "x" + "\t" * 70
        elif r < 0.10:
            note = "a\0b"
        name = p["姓名"]
        if rng.random() < 0.1:
            name = f" {name}  "
        if rng.random() < 0.05:
            idc = f"  {idc}\t"
        rows.append([name, idc, mob, mail, card, note])
    rows += [list(r) for r in rng.sample(rows, n // 10)]  # exact duplicates
    for r in rng.sample(rows, n // 20):  # the same record with other spacing and case
        rows.append([r[0] + " ", r[1].lower(), " " + r[2], r[3], r[4], r[5]])
    rng.shuffle(rows)
    return rows


def write(path: Path, rows: list[list[str]], *, header: list[str] | None = H, delim: str = ",",
          enc: str = "utf-8", quote: bool = False, eol: str = "\n") -> Path:
    def cell(v: str) -> str:
        return f'"{v}"' if quote and v and delim not in v and '"' not in v and "\n" not in v else v

    lines = ([delim.join(header)] if header else []) + [delim.join(cell(v) for v in r) for r in rows]
    path.write_bytes((eol.join(lines) + eol).encode(enc, errors="replace"))
    return path


# --- whole-dump differential tests ------------------------------------------------------------------

def test_messy_dump_identical(tmp_path, monkeypatch):
    rep = both(monkeypatch, [write(tmp_path / "m.csv", messy_rows(600, 1))], overrides={"备注": "art5_1_4"})
    ex = rep["excluded"]
    assert ex["invalid"] > 0 and ex["duplicate"] > 0 and set(ex["invalid_by_kind"]) >= {"ID_CARD", "MOBILE"}
    assert [m["kind"] for m in rep["mapping"]][:5] == ["PERSON", "ID_CARD", "MOBILE", "EMAIL", "BANK_CARD"]


@pytest.mark.parametrize("variant", ["gbk", "tsv", "quoted-crlf", "dash", "no-header", "ragged", "quoted-delim"])
def test_dump_variants_identical(tmp_path, monkeypatch, variant):
    rows = messy_rows(300, 2)
    p = tmp_path / "v.csv"
    if variant == "gbk":
        write(p, rows, enc="gbk")
    elif variant == "tsv":
        write(p, rows, delim="\t")
    elif variant == "quoted-crlf":
        write(p, rows, quote=True, eol="\r\n")
    elif variant == "dash":
        write(p, rows, header=None, delim="----", enc="gbk")
    elif variant == "no-header":
        write(p, rows, header=None)
    elif variant == "ragged":
        rows[150] = rows[150] + ["extra"]
        write(p, rows)
    else:
        rows[10][5] = '"a, b"'
        write(p, rows)
    both(monkeypatch, [p])


def test_chunks_mixing_fast_and_fallback_blocks(tmp_path, monkeypatch):
    rows = messy_rows(400, 3)
    rows[200][5] = '"x, y"'  # a quoted delimiter: this chunk goes through csv
    rows[300] = rows[300][:4]  # a short row: so does this one
    p = write(tmp_path / "c.csv", rows)
    from leakaid.assess.readers import read_delimited

    def run() -> dict:
        c = Counter()
        try:
            for b in read_delimited(p, chunk_bytes=4096):
                c.feed(b, 0)
            return c.result()
        finally:
            c.close()

    native = run()
    with _reference(monkeypatch):
        ref = run()
    assert native == ref and native["rows"] == len(rows)


def test_options_identical(tmp_path, monkeypatch):
    a = write(tmp_path / "a.csv", messy_rows(200, 4))
    b = write(tmp_path / "b.csv", messy_rows(200, 4)[:120], delim="\t")
    both(monkeypatch, [a, b])
    both(monkeypatch, [a, b], separate_sales=True)
    both(monkeypatch, [a], exact=True)
    both(monkeypatch, [a], overrides={"备注": "art5_1_3", "邮箱": "none"})
    both(monkeypatch, [a], header=False)


def test_other_readers_identical(tmp_path, monkeypatch):
    import json

    ps = gen.people(80, 5)
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps({"name": p["姓名"], "idcard": p["身份证号"].lower(),
                                                            "mobile": f" {p['手机号']}", "diagnosis": "高血压"},
                                                           ensure_ascii=False) for p in ps + ps[:7]) + "\n",
                                      encoding="utf-8")
    both(monkeypatch, [tmp_path / "a.jsonl"])
    lines = [f"{p['姓名']} 身份证{p['身份证号']} 电话 {p['手机号']}" for p in ps] + ["没有个人信息"]
    (tmp_path / "t.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    both(monkeypatch, [tmp_path / "t.txt"], fmt="text")


def test_invalid_utf8_and_nul_bytes_identical(tmp_path, monkeypatch):
    rows = messy_rows(200, 6)
    p = write(tmp_path / "u.csv", rows)
    data = p.read_bytes()
    cut = data.index(b"\n", len(data) // 2)
    bad = data[:cut] + b"\n\xff\xfe\x00,110101199003071234\x00,138\xff0000000,a\x00@b.cn,,\x80\n" + data[cut + 1:]
    p.write_bytes(bad)
    both(monkeypatch, [p], encoding="utf-8")
    both(monkeypatch, [p])


def test_huge_cells_and_rows(tmp_path, monkeypatch):
    rows = messy_rows(50, 7)
    rows[3][5] = "长" * 400_000  # a 1.2 MB cell
    rows[4][1] = "1" * 100_000
    rows[5][3] = "a" * 50_000 + "@example.com"
    both(monkeypatch, [write(tmp_path / "h.csv", rows)])


# --- the split ----------------------------------------------------------------------------------------

_SPLIT_ALPHABET = ["a", "1", ",", "\t", '"', "\n", "\r", " ", "\0", "长", "\xff"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data(), st.sampled_from([",", "\t", "|", "\x1f"]), st.integers(1, 4), st.booleans())
def test_split_matches_numpy(monkeypatch, data, delim, ncols, structured):
    if structured:  # rows of ncols cells, so that only the quotes (and stray separators) decide
        cell = st.lists(st.sampled_from(_SPLIT_ALPHABET[:1] + ['"', '"', "1", " ", "\r", "\0", "长", delim]),
                        max_size=5).map("".join)
        rows = data.draw(st.lists(st.lists(cell, min_size=ncols, max_size=ncols), min_size=1, max_size=6))
        text = "".join(delim.join(r) + "\n" for r in rows)
    else:
        text = "".join(data.draw(st.lists(st.sampled_from(_SPLIT_ALPHABET), max_size=60))) + "\n"
    body = text.encode("utf-8", "surrogateescape")
    native = _fast_split(body, ord(delim), ncols)
    with _reference(monkeypatch):
        ref = _fast_split(body, ord(delim), ncols)
    assert (native is None) == (ref is None)
    if native is not None and ref is not None:
        for a, b in zip(native, ref, strict=True):
            assert a.start.tolist() == b.start.tolist() and a.end.tolist() == b.end.tolist()


def test_split_structured_blocks(monkeypatch):
    rows = messy_rows(300, 8)
    cases = [
        "".join(",".join(r) + "\n" for r in rows if not any("," in v or '"' in v or "\n" in v for v in r)),
        "".join(",".join(f'"{v}"' for v in r) + "\r\n" for r in rows[:50] if not any("," in v for v in r)),
        'a,b\n"x",""\n', '"a""b",c\n', '"a,b",c\n', '"a\nb",c\n', "a,b\n\n", "a,b,c\n", "a\nb,c\n", 'a",b\n',
    ]
    for text in cases:
        body = text.encode()
        native = _fast_split(body, 44, 6 if len(text) > 200 else 2)
        with _reference(monkeypatch):
            ref = _fast_split(body, 44, 6 if len(text) > 200 else 2)
        assert (native is None) == (ref is None), text[:40]
        if native is not None and ref is not None:
            for a, b in zip(native, ref, strict=True):
                assert a.start.tolist() == b.start.tolist() and a.end.tolist() == b.end.tolist()


# --- cells, against the numpy building blocks --------------------------------------------------------

def _id_like() -> st.SearchStrategy[str]:
    def make(body: str, region: str, date: str, fix: bool, case: str) -> str:
        first = (region + date + body)[:17]
        check = gb11643_check_char(first) if fix else body[-1]
        s = first + check
        return s.lower() if case == "lower" else s

    return st.builds(make, st.text("0123456789", min_size=3, max_size=3),
                     st.sampled_from(["110101", "310104", "440305", "990000", "000000"]),
                     st.sampled_from(["19900101", "20000229", "19000229", "18790101", "29991231", "19901301"]),
                     st.booleans(), st.sampled_from(["upper", "lower"]))


_cell_text = st.one_of(
    _id_like(),
    st.text("0123456789", min_size=10, max_size=20),
    st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
    st.from_regex(r"(62|4|5[1-5]|3[47]|35[2-8][0-9])[0-9]{11,16}", fullmatch=True),
    st.from_regex(r"[a-zA-Z0-9][a-zA-Z0-9._%+-]{0,8}@[a-z0-9-]{1,6}(\.[a-zA-Z-]{1,5}){1,2}", fullmatch=True),
    st.text(st.sampled_from("ab9.@-_+%Z xX\"\t\r\n\0长１"), max_size=24),
    st.sampled_from(["NULL", "\\N", "-", "无", "N/A", "none", "-\0", " null ", '"-"', ""]),
)
_cell = st.builds(lambda pre, v, post: pre + v + post, st.sampled_from(["", " ", '"', "\t "]), _cell_text,
                  st.sampled_from(["", " ", '"', "\r"]))


def _reference_cells(kind: str, col: vec.StrCol, ck: Checkers) -> tuple[list[int], list[int]]:
    """Per-cell status (0 empty, 1 valid, 2 invalid, 3 slow) and hash of fast cells, as counter._count_numpy."""
    s = col.strip()
    n = len(s)
    ne = s.lengths > 0
    short = np.nonzero(ne & (s.lengths <= 4))[0]
    if short.size:
        ne[short[np.isin(vec.word_at(s.take(short)), _NULL_WORDS)]] = False
    if kind in ("ID_CARD", "MOBILE", "BANK_CARD", "EMAIL"):
        canon, valid = ck.canonical(kind, s)
    else:
        canon, valid = np.ones(n, dtype=bool), np.ones(n, dtype=bool)
    h = vec.hash_cells(s, np.arange(n))
    status, hashes = [], []
    for i in range(n):
        if not ne[i]:
            status.append(0)
            hashes.append(0)
        elif not canon[i]:
            status.append(3)
            hashes.append(0)
        else:
            status.append(1 if valid[i] else 2)
            v = s.get(i)
            hashes.append(int(counter._py_hash(v.upper().encode())) if kind == "ID_CARD" else int(h[i]))
    return status, hashes


_CK = Checkers()
_KERNEL = native_kernel(_CK)


def _luhn_card(prefix: str, width: int, rng: random.Random) -> str:
    from leakaid.detect.validators.checksums import luhn_check_digit

    body = prefix + "".join(rng.choice("0123456789") for _ in range(width - len(prefix) - 1))
    return body + luhn_check_digit(body)


def _edge_cells() -> dict[str, list[str]]:
    import datetime as dt

    rng = random.Random(11)
    today = dt.date.today()
    dates = [today, today + dt.timedelta(days=1), today - dt.timedelta(days=1), dt.date(today.year, 12, 31),
             dt.date(2000, 2, 29), dt.date(1880, 1, 1), dt.date(1879, 12, 31)]
    days = [d.strftime("%Y%m%d") for d in dates] + ["19000229", "20040229", "20010229", "19990431", "19991200"]
    ids = []
    for region in ["110101", "440305", "999999", "000000", "710000", "820000"]:
        for day in days:
            first = region + day + f"{rng.randint(0, 999):03d}"
            ids += [first + gb11643_check_char(first), first + "0"]
    ids += [i.lower() for i in ids if i.endswith("X")]
    cards = []
    for digits, lo, hi, lens in vec.SCHEMES:
        for v in (lo - 1, lo, hi, hi + 1):
            for w in set(lens) | {15, 16, 19}:
                if len(str(v)) == digits:
                    cards += [_luhn_card(str(v), w, rng) for _ in range(3)]
    bins = [b for arr in _CK.bins.by_len.values() for b in arr.tolist()[:40] + arr.tolist()[-40:]]
    cards += [_luhn_card(str(b), w, rng) for b in bins for w in (16, 19)]
    cards += [_luhn_card("9" + str(b), 16, rng) for b in bins[:20]]
    mobiles = [p + "".join(rng.choice("0123456789") for _ in range(11 - len(p)))
               for p in ["130", "134", "140", "141", "145", "162", "165", "170", "174", "192", "199", "100", "120"]]
    emails = ["a@b.cn", "a.b@c.com", "a-@b.cn", "a_@b.cn", "a+@b.cn", "_a@b.cn", "a@b-.cn", "a@b.-cn", "a@-b.cn",
              "a@b..cn", "a@b.c1", "a@b.cn-", "a@b.c", "a@b." + "x" * 24, "a@b." + "x" * 25, "@b.cn", "a@", "a@.cn",
              "a%b@c.org", "A@B.CN", "a@b_c.cn", "a@b.cn.", "a.@b.cn", ".a@b.cn", "a@b.c-n.cn", "a@b.c.n", "a\0@b.cn"]
    pads = ["", " " * 63, " " * 64, " " * 65, "\t" * 70, '"' * 64 + " ", "\r\n"]
    nulls = ["NULL", "NULL\0", "-\0", "\0-", "无\0", "nul\0", "N/A ", "n/a", "NaN", "nan\0", "\\N", "None"]

    def padded(values: list[str]) -> list[str]:
        return values + [p + v + q for v in values[:20] for p in pads for q in pads[:3]] + nulls

    return {"ID_CARD": padded(ids), "MOBILE": padded(mobiles), "BANK_CARD": padded(cards),
            "EMAIL": padded(emails), "PERSON": padded(["张三", "x", " " * 100, "a" * 300])}


@pytest.mark.parametrize("kind", list(KIND_CODES))
def test_edge_cells_match_reference(kind):
    values = _edge_cells()[kind]
    col = vec.StrCol.from_strings(values)
    n = len(values)
    hashes = np.empty((1, n), dtype=np.uint64)
    status = np.empty((1, n), dtype=np.uint8)
    _KERNEL.cells([(col.buf, col.start, col.end, KIND_CODES[kind])], n, False, hashes, status)
    ref_status, ref_hash = _reference_cells(kind, col, _CK)
    assert status[0].tolist() == ref_status
    got = [int(x) if s in (1, 2) else 0 for x, s in zip(hashes[0].tolist(), ref_status, strict=True)]
    assert got == ref_hash
    assert {1, 2} <= set(ref_status) or kind == "PERSON"


@pytest.mark.parametrize("order", [("ID_CARD", "MOBILE"), ("MOBILE", "ID_CARD")])
def test_person_key_prefers_the_id_number(tmp_path, monkeypatch, order):
    rng = random.Random(12)
    ps = gen.people(40, 12)
    rows = [[p["姓名"], p["身份证号"], gen.mobile(rng)] for p in ps for _ in range(2)]  # two numbers per person
    rows += [[p["姓名"], gen.id_card(rng, valid=False), p["手机号"]] for p in ps[:5]]
    rows += [[p["姓名"], "", p["手机号"]] for p in ps[:7]]
    hdr = ["姓名", "身份证号", "手机号"] if order[0] == "ID_CARD" else ["姓名", "手机号", "身份证号"]
    if order[0] != "ID_CARD":
        rows = [[r[0], r[2], r[1]] for r in rows]
    rep = both(monkeypatch, [write(tmp_path / "p.csv", rows, header=hdr)])
    assert rep["distinct_persons"] == 40 + 7


@settings(max_examples=300, deadline=None)
@given(st.lists(_cell, min_size=1, max_size=30), st.sampled_from(list(KIND_CODES)))
def test_cells_match_reference(values, kind):
    col = vec.StrCol.from_strings(values)
    n = len(values)
    hashes = np.empty((1, n), dtype=np.uint64)
    status = np.empty((1, n), dtype=np.uint8)
    slow = _KERNEL.cells([(col.buf, col.start, col.end, KIND_CODES[kind])], n, False, hashes, status)
    ref_status, ref_hash = _reference_cells(kind, col, _CK)
    assert status[0].tolist() == ref_status
    assert slow == (ref_status.count(3),)
    got = [int(x) if s in (1, 2) else 0 for x, s in zip(hashes[0].tolist(), ref_status, strict=True)]
    assert got == ref_hash


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(_cell, _cell, _cell, _cell, _cell), min_size=1, max_size=25), st.booleans(),
       st.permutations(["PERSON", "ID_CARD", "MOBILE", "BANK_CARD", "EMAIL"]))
def test_counter_matches_reference_on_random_cells(monkeypatch, rows, dup, kinds):
    rows = rows + rows[: len(rows) // 2] if dup else rows
    cols = [vec.StrCol.from_strings([r[j] for r in rows]) for j in range(5)]
    forced: list[str | None] = list(kinds)

    def run() -> dict:
        c = Counter()
        try:
            c.feed(Batch("t", list(kinds), cols, forced), 0)
            c.feed(Batch("t", list(kinds), cols, forced), 1)
            return c.result()
        finally:
            c.close()

    native = run()
    with _reference(monkeypatch):
        ref = run()
    assert native == ref


def test_hash_matches_python():
    from leakaid.assess import _rows

    rng = random.Random(1)
    for n in list(range(0, 40)) + [255, 256, 257, 5000]:
        data = bytes(rng.randrange(256) for _ in range(n))
        assert _rows.hash(data) == vec.hash_bytes(data)


def test_scheme_table_matches_scheme_of():
    from leakaid.detect import tables

    rng = random.Random(2)
    prefixes = ["62", "4", "51", "55", "56", "50", "2221", "2220", "2720", "2721", "3528", "3589", "3590", "34", "37",
                "35", "9", "1"]
    cards = [p + "".join(rng.choice("0123456789") for _ in range(w - len(p)))
             for p in prefixes for w in range(13, 20) for _ in range(3)]
    for w in range(13, 20):
        sub = [c for c in cards if len(c) == w]
        d = np.array([[int(ch) for ch in c] for c in sub])
        assert vec._scheme_ok(d, w).tolist() == [tables.scheme_of(c) is not None for c in sub], w


def test_min_year_is_the_validators():
    from leakaid.detect.validators import cn_ric

    assert vec.ID_MIN_YEAR == cn_ric._MIN_YEAR


# --- hostile arguments: errors, never a crash, and no values in the messages --------------------------

def test_kernel_rejects_bad_arguments():
    from leakaid.assess import _rows

    secret = "110101199003071234"
    col = vec.StrCol.from_strings([secret, "13812345678"])
    h = np.empty((1, 2), dtype=np.uint64)
    s = np.empty((1, 2), dtype=np.uint8)
    bad_end = np.array([2, 10**9], dtype=np.int64)
    with pytest.raises(ValueError) as exc:
        _KERNEL.cells([(col.buf, col.start, bad_end, 1)], 2, False, h, s)
    assert secret not in str(exc.value)
    with pytest.raises(ValueError):
        _KERNEL.cells([(col.buf, np.array([5, 0]), np.array([3, 2]), 1)], 2, False, h, s)  # start > end
    with pytest.raises(ValueError):
        _KERNEL.cells([(col.buf, np.array([-1, 0]), np.array([3, 2]), 1)], 2, False, h, s)
    with pytest.raises(TypeError):
        _KERNEL.cells([(col.buf, col.start.astype(np.int32), col.end, 1)], 2, False, h, s)
    with pytest.raises(ValueError):
        _KERNEL.cells([(col.buf, col.start, col.end, 9)], 2, False, h, s)
    with pytest.raises(ValueError):
        _KERNEL.cells([(col.buf, col.start, col.end, 1)], 3, False, h, s)  # n does not match
    with pytest.raises(ValueError):
        _KERNEL.cells([(col.buf, col.start, col.end, 1)], 2, False, h[:, :1], s)  # H too small
    with pytest.raises((TypeError, BufferError, ValueError)):
        _KERNEL.cells([(col.buf, col.start, col.end, 1)], 2, False, bytes(16), s)  # read-only H
    with pytest.raises(TypeError):
        _KERNEL.cells([[col.buf, col.start, col.end, 1]], 2, False, h, s)
    with pytest.raises(RuntimeError):
        _rows.Kernel.__new__(_rows.Kernel).cells([], 0, False, h, s)
    with pytest.raises(ValueError):
        _rows.Kernel(b"", b"", b"", b"", b"", 1880, 2026, 20260101)
    status = np.full((1, 2), 3, dtype=np.uint8)
    out = np.empty(2, dtype=np.uint64)
    with pytest.raises(ValueError):  # unresolved slow cells
        _rows.combine(h, status, 2, np.zeros(1, np.uint64), b"\0", b"\1", b"\0", 0, out, out.copy(),
                      np.zeros(1, np.int64))
    with pytest.raises(ValueError):
        _rows.split(b"a,b\n", 4, ord("\n"), 2)
    assert _rows.split(b"a,b", 3, ord(","), 2) is None  # no final newline
    assert _rows.split(b"", 0, ord(","), 1) is None
