"""Checks of probe 6 itself (files, manifest, validators, determinism). Never asserts leakaid's results."""

from __future__ import annotations

import base64
import email
import hashlib
import html
import json
import quopri
import random
import sys
from email import policy
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
sys.path.insert(0, str(HERE))

import build_probe6  # noqa: E402
import fakedata as fd  # noqa: E402

MANIFEST = json.loads((FILES / "manifest.json").read_text(encoding="utf-8"))
STRUCTURED = {"ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "PLATE", "PASSPORT", "HK_MACAO_PERMIT",
              "IP", "QQ", "WECHAT", "GPS", "BIRTHDATE"}


def decoded_text(fm: dict) -> str:
    """The file's content after decoding, as one string that every labelled value must occur in."""
    data = (FILES / fm["name"]).read_bytes()
    enc = fm["encoding"]
    if enc == "xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(FILES / fm["name"], read_only=True)
        return "\n".join("\t".join("" if c is None else str(c) for c in row)
                         for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    if enc == "mime":
        msg = email.message_from_bytes(data, policy=policy.default)
        parts = [data.decode("ascii")]
        for part in msg.walk():
            if part.get_content_maintype() == "multipart":
                continue
            raw = part.get_payload(decode=True)
            parts.append(raw.decode(part.get_content_charset() or "utf-8"))
        return "\n".join(parts)
    text = data.decode(enc)
    if fm["kind"] == "html":
        return text + "\n" + html.unescape(text)
    if fm["kind"].startswith("json") and fm["kind"] != "jsonl":
        return text + "\n" + json.dumps(json.loads(text), ensure_ascii=False)
    return text


def test_enough_files_and_size():
    names = [f["name"] for f in MANIFEST["files"]]
    assert len(names) >= 20
    for n in names:
        assert (FILES / n).is_file(), n
    total = sum(p.stat().st_size for p in HERE.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    assert total < 2 * 1024 * 1024


def test_formats_covered():
    kinds = {f["kind"] for f in MANIFEST["files"]}
    for k in ("dash4-noheader", "pipe-header", "pipe-noheader", "csv-header", "csv-noheader", "sql-mysql",
              "json-array", "jsonl", "tsv-header", "csv-header-big", "pipe-header-mixed-eol", "csv-header-utf16",
              "xlsx", "html", "eml"):
        assert k in kinds, k
    types = {t for f in MANIFEST["files"] for t in f["values"]}
    assert types == STRUCTURED
    big = next(f for f in MANIFEST["files"] if f["kind"] == "csv-header-big")
    assert (FILES / big["name"]).read_text(encoding="utf-8").count("\n") == 2001


@pytest.mark.parametrize("fm", MANIFEST["files"], ids=lambda f: f["name"])
def test_manifest_values_occur_in_decoded_file(fm):
    text = decoded_text(fm)
    groups = list(fm["values"].items()) + list(fm.get("names", {}).items())
    for typ, vals in groups:
        for v in set(vals):
            assert text.count(v) >= 1, (fm["name"], typ, v[:2])
    # multiset: a value listed k times occurs at least k times (structured types, plain-text formats)
    if fm["kind"] not in ("html", "eml", "xlsx") and not fm["kind"].startswith("json-"):
        for vals in fm["values"].values():
            for v in set(vals):
                assert text.count(v) >= vals.count(v)


@pytest.mark.parametrize("fm", MANIFEST["files"], ids=lambda f: f["name"])
def test_manifest_values_are_valid(fm):
    from stdnum import luhn
    from stdnum.cn import ric
    for typ, vals in fm["values"].items():
        for v in vals:
            if typ == "ID_CARD":
                assert fd.is_valid_id(v) and ric.is_valid(v)
            elif typ == "BANK_CARD":
                assert fd.is_valid_card(v) and luhn.is_valid(v)
            elif typ == "MOBILE":
                assert fd.is_valid_mobile(v)
            elif typ == "EMAIL":
                assert fd.is_valid_email(v)
            elif typ == "IP":
                assert fd.is_public_ipv4(v)


def test_id_validator_agrees_with_stdnum():
    from stdnum.cn import ric
    rng = random.Random(7)
    fake = fd.Fake(11)
    good = [fake.id_card() for _ in range(300)]
    bad = []
    for g in good[:150]:   # one changed digit, or a changed check character
        i = rng.randrange(17)
        bad.append(g[:i] + str((int(g[i]) + 1 + rng.randrange(9)) % 10) + g[i + 1:])
        bad.append(g[:17] + rng.choice([c for c in "0123456789X" if c != g[17]]))
    for v in good:
        assert fd.is_valid_id(v) == ric.is_valid(v) is True
    for v in bad:
        assert fd.is_valid_id(v) == ric.is_valid(v) or not fd.is_valid_id(v), v


def test_check_digit_formula_agrees_with_stdnum():
    from stdnum.cn import ric
    rng = random.Random(3)
    for _ in range(500):
        body = "110105" + f"{rng.randint(1950, 2005)}0101" + f"{rng.randint(0, 999):03d}"
        assert fd.gb11643_check(body) == ric.calc_check_digit(body + "0")   # stdnum wants 18 characters


def test_luhn_agrees_with_stdnum():
    from stdnum import luhn
    rng = random.Random(5)
    for _ in range(1000):
        n = "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(12, 19)))
        assert fd.luhn_ok(n) == luhn.is_valid(n)
        assert fd.luhn_check_digit(n) == luhn.calc_check_digit(n)


def test_mobile_segments():
    for bad in ("15412345678", "17412345678", "17912345678", "14512345678", "19212345678", "19412345678",
                "12012345678", "1381234567"):
        assert not fd.is_valid_mobile(bad), bad
    for good in ("13812345678", "166 1234 5678", "199-1234-5678", "+86 15012345678", "17012345678"):
        assert fd.is_valid_mobile(good), good


def test_email_and_ip_validators():
    assert fd.is_valid_email("zhang.san_88@163.com")
    assert not fd.is_valid_email("icon@2x")
    for ip in ("10.1.2.3", "192.168.0.1", "172.16.5.5", "100.64.1.1", "127.0.0.1", "203.0.113.9", "198.18.0.1"):
        assert not fd.is_public_ipv4(ip)
    assert fd.is_public_ipv4("223.5.5.5")


def test_traps_are_not_valid_values():
    """Order numbers, trade numbers, timestamps and passwords in the files pass none of our validators."""
    for fm in MANIFEST["files"]:
        if fm["encoding"] in ("xlsx", "mime"):
            continue
        text = decoded_text(fm)
        labelled = {v for vs in fm["values"].values() for v in vs}
        for typ, v in fd.find_valid(text):
            assert v in labelled or v.replace(" ", "").replace("-", "") in labelled, (fm["name"], typ, v[:2])


def test_qp_and_base64_in_eml_decode():
    fm = next(f for f in MANIFEST["files"] if f["kind"] == "eml")
    raw = (FILES / fm["name"]).read_bytes()
    assert b"quoted-printable" in raw and b"base64" in raw
    assert quopri and base64   # decoding is exercised in decoded_text()


def test_builder_is_deterministic(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    build_probe6.build(a)
    build_probe6.build(b)

    def digest(d: Path) -> dict:
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(d.iterdir())}
    da, db = digest(a), digest(b)
    assert da == db
    assert da == digest(FILES), "tests/probe6/files is stale: run python tests/probe6/build_probe6.py"
