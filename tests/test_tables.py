"""Tests for leakaid.detect.tables and the TSV files it reads."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leakaid.detect import tables

ROOT = Path(__file__).resolve().parent.parent
DATA = resources.files("leakaid.detect").joinpath("data")


def tsv_rows(name: str) -> tuple[list[str], list[list[str]]]:
    """(header, rows) of a packaged TSV, comment lines skipped."""
    lines = [
        ln for ln in DATA.joinpath(name).read_text(encoding="utf-8").splitlines() if not ln.startswith("#")
    ]
    return lines[0].split("\t"), [ln.split("\t") for ln in lines[1:]]


# ------------------------------------------------------------------------------------------ regions


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("110105", "北京市朝阳区"),
        ("120116", "天津市滨海新区"),
        ("440305", "广东省深圳市南山区"),
        ("510100", "四川省成都市"),  # prefecture-level row
        ("510000", "四川省"),  # province-level row
        ("412723", "河南省周口地区商水县"),  # retired in 2000
        ("513601", "四川省广安地区华蓥市"),  # retired Sichuan code
        ("810000", "香港特别行政区"),
    ],
)
def test_region_names(code: str, name: str) -> None:
    r = tables.region(code)
    assert r is not None and r.code == code
    assert r.name == name


def test_region_validity() -> None:
    shangshui = tables.region("412723")
    assert shangshui is not None and shangshui.valid_to == 2000 and not shangshui.current
    binhai = tables.region("120116")
    assert binhai is not None and binhai.valid_from == 2009 and binhai.current
    assert binhai.valid_in(2020) and not binhai.valid_in(2000)
    assert tables.region("513922") is not None  # 乐至县 under the short-lived 资阳地区
    assert tables.region("110105").level == "county"
    assert tables.region("510100").level == "prefecture"
    assert tables.region("510000").level == "province"


def test_region_renamed_code_by_year() -> None:
    # 410108: 邙山区 (1987–2002), then 惠济区 (2003–)
    history = tables.region_history("410108")
    assert [r.county for r in history] == ["邙山区", "惠济区"]
    assert tables.region("410108").county == "惠济区"
    assert tables.region("410108", year=1995).county == "邙山区"
    assert tables.region("410108", year=1970).county == "邙山区"  # nearest in time


def test_nearest_region_falls_back() -> None:
    assert tables.region("510199") is None
    assert tables.nearest_region("510199").code == "510100"
    assert tables.nearest_region("519999").code == "510000"
    assert tables.nearest_region("990000") is None


def test_all_regions() -> None:
    everything = tables.all_regions()
    current = tables.all_regions(current_only=True)
    assert all(r.level == "county" for r in everything)
    assert 3000 < len(current) < len(everything)
    assert all(r.current for r in current)
    codes = {r.code for r in everything}
    assert {"412723", "110105", "120116"} <= codes


# ------------------------------------------------------------------------------------------ phones


@pytest.mark.parametrize(
    ("number", "carrier", "kind"),
    [
        ("13812345678", "中国移动", "mobile"),
        ("13912345678", "中国移动", "mobile"),
        ("18612345678", "中国联通", "mobile"),
        ("18912345678", "中国电信", "mobile"),
        ("19212345678", "中国广电", "mobile"),
        ("15312345678", "中国电信", "mobile"),
        ("17012345678", "虚拟运营商", "virtual"),
        ("17112345678", "虚拟运营商", "virtual"),
        ("16512345678", "虚拟运营商", "virtual"),
        ("14512345678", "中国联通", "data"),
        ("14401234567", "中国移动", "iot"),
        ("13491234567", "中国电信", "satellite"),
        ("17401234567", "中国电信", "satellite"),
    ],
)
def test_mobile(number: str, carrier: str, kind: str) -> None:
    assert tables.mobile_carrier(number) == carrier
    assert tables.mobile_kind(number) == kind


def test_mobile_unassigned_and_host_network() -> None:
    for number in ("15412345678", "12012345678", "10086000000", "17491234567"):
        assert tables.mobile_carrier(number) is None
    assert tables.mobile_segment("17031234567").network == "中国移动"
    assert tables.mobile_segment("17001234567").network == "中国电信"
    assert tables.mobile_carrier("1381234567") is None  # 10 digits
    assert tables.mobile_carrier("１３８１２３４５６７８") is None  # full-width: caller normalises


def test_mobile_prefixes_are_prefix_free() -> None:
    prefixes = tables.mobile_prefixes()
    assert prefixes["138"] == "中国移动"
    for p in prefixes:
        assert 3 <= len(p) <= 7
        assert not any(p[:n] in prefixes for n in range(3, len(p))), p


@pytest.mark.parametrize(
    ("number", "province", "city", "lengths"),
    [
        ("075512345678", "广东省", "深圳市", (8,)),
        ("01012345678", "北京市", "北京市", (8,)),
        ("02112345678", "上海市", "上海市", (8,)),
        ("0571", "浙江省", "杭州市", (8,)),
        ("03121234567", "河北省", "保定市", (7,)),
        ("0851", "贵州省", "贵阳市、遵义市、安顺市", (7, 8)),
    ],
)
def test_landline_area(number: str, province: str, city: str, lengths: tuple[int, ...]) -> None:
    area = tables.landline_area(number)
    assert area is not None
    assert (area.province, area.city, area.local_lengths) == (province, city, lengths)


def test_landline_name_and_unknown() -> None:
    assert tables.landline_area("010").name == "北京市"
    assert tables.landline_area("0755").name == "广东省深圳市"
    for junk in ("0260", "0000", "00", "755", "400123456"):
        assert tables.landline_area(junk) is None
    assert 300 < len(tables.area_codes()) < 400


# ------------------------------------------------------------------------------------------ bank cards


@pytest.mark.parametrize(
    ("card", "bank", "kind", "length"),
    [
        ("6222021234567890128", "中国工商银行", "借记卡", 19),
        ("6228481234567890123", "中国农业银行", "借记卡", 19),
        ("6217001234567890123", "中国建设银行", "借记卡", 19),
        ("4367421234567890123", "中国建设银行", "借记卡", 19),
        ("6216611234567890123", "中国银行", "借记卡", 19),
        ("6222621234567890123", "交通银行", "借记卡", 19),
        ("6217991234567890123", "中国邮政储蓄银行", "借记卡", 19),
        ("6225881234567890", "招商银行", "借记卡", 16),
        ("622908123456789012", "兴业银行", "借记卡", 18),
        ("370246123456789", "中国工商银行", "贷记卡", 15),
    ],
)
def test_bank_of(card: str, bank: str, kind: str, length: int) -> None:
    b = tables.bank_of(card)
    assert b is not None
    assert (b.bank, b.kind, b.length) == (bank, kind, length)


def test_bank_unknown() -> None:
    assert tables.bank_of("6200000000000000") is None
    assert tables.bank_of("62220") is None
    assert len(tables.bank_bins()) >= 300


@pytest.mark.parametrize(
    ("card", "scheme"),
    [
        ("6222021234567890123", "unionpay"),
        ("6200000000000000", "unionpay"),
        ("4111111111111111", "visa"),
        ("5500000000000004", "mastercard"),
        ("2221000000000009", "mastercard"),
        ("2720990000000007", "mastercard"),
        ("3530111333300000", "jcb"),
        ("378282246310005", "amex"),
        ("341111111111111", "amex"),
        ("6011111111111117", None),  # Discover
        ("2721000000000000", None),
        ("3500000000000000", None),
        ("41111111111", None),  # too short
        ("37828224631000", None),  # AmEx must be 15
        ("９５５８８", None),
    ],
)
def test_scheme_of(card: str, scheme: str | None) -> None:
    assert tables.scheme_of(card) == scheme


def test_scheme_labels() -> None:
    assert tables.SCHEME_LABELS["unionpay"] == "银联"


# ------------------------------------------------------------------------------------------ robustness


JUNK = [None, 0, 138, b"13812345678", "", "€", "3²", "⑱", "138-1234-5678", "x" * 11, "1" * 200, [], "0" * 6]


@pytest.mark.parametrize("value", JUNK)
def test_junk_never_raises(value: object) -> None:
    for fn in (
        tables.region,
        tables.nearest_region,
        tables.region_history,
        tables.mobile_carrier,
        tables.mobile_kind,
        tables.mobile_segment,
        tables.landline_area,
        tables.bank_of,
        tables.scheme_of,
    ):
        result = fn(value)  # type: ignore[arg-type]
        if not isinstance(value, str) or not value.isdigit():
            assert result in (None, ()), (fn.__name__, value)


@given(st.text(max_size=25))
def test_text_never_raises(value: str) -> None:
    tables.region(value)
    tables.region(value, year=2000)
    tables.nearest_region(value)
    tables.mobile_segment(value)
    tables.landline_area(value)
    tables.bank_of(value)
    tables.scheme_of(value)


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_any_mobile_shape_never_raises(number: str) -> None:
    seg = tables.mobile_segment(number)
    assert seg is None or number.startswith(seg.prefix)


# ------------------------------------------------------------------------------------------ TSV files

KINDS = {"mobile", "data", "iot", "virtual", "satellite"}
CARRIERS = {"中国移动", "中国联通", "中国电信", "中国广电", "虚拟运营商"}


def test_regions_tsv_well_formed() -> None:
    header, rows = tsv_rows("cn_regions.tsv")
    assert header == ["code", "province", "city", "county", "valid_from", "valid_to"]
    keys = set()
    for row in rows:
        assert len(row) == 6, row
        code, province, city, county, start, end = row
        assert len(code) == 6 and code.isascii() and code.isdigit(), row
        assert province, row
        if code.endswith("00"):
            assert county == "", row
        for year in (start, end):
            assert year == "" or (year.isdigit() and 1980 <= int(year) <= 2100), row
        if start and end:
            assert int(start) <= int(end), row
        assert (code, start) not in keys, row
        keys.add((code, start))
    assert len(rows) > 6000


def test_mobile_tsv_well_formed() -> None:
    header, rows = tsv_rows("cn_mobile_prefixes.tsv")
    assert header == ["prefix", "carrier", "kind", "network"]
    seen = set()
    for row in rows:
        assert len(row) == 4, row
        prefix, carrier, kind, network = row
        assert prefix.isascii() and prefix.isdigit() and prefix[0] == "1" and 3 <= len(prefix) <= 7, row
        assert carrier in CARRIERS and kind in KINDS and network in CARRIERS - {"虚拟运营商"}, row
        assert (carrier == "虚拟运营商") == (kind == "virtual"), row
        assert prefix not in seen
        seen.add(prefix)


def test_area_tsv_well_formed() -> None:
    header, rows = tsv_rows("cn_area_codes.tsv")
    assert header == ["code", "province", "city", "local_lengths"]
    seen = set()
    for row in rows:
        assert len(row) == 4, row
        code, _province, _city, lengths = row
        assert code.isascii() and code.isdigit() and code[0] == "0" and len(code) in (3, 4), row
        assert (len(code) == 3) == (code[1] in "12"), row
        assert set(lengths.split(",")) <= {"7", "8"}, row
        assert code not in seen
        seen.add(code)


def test_bins_tsv_well_formed() -> None:
    header, rows = tsv_rows("cn_bank_bins.tsv")
    assert header == ["bin", "bank", "kind", "length", "confidence"]
    seen = set()
    for row in rows:
        assert len(row) == 5, row
        b, bank, kind, length, confidence = row
        assert b.isascii() and b.isdigit() and 6 <= len(b) <= 9, row
        assert bank.endswith(("银行", "联合社")), row
        assert kind in {"借记卡", "贷记卡", "准贷记卡", "预付费卡"}, row
        assert length.isdigit() and 15 <= int(length) <= 19, row
        assert confidence in {"high", "medium"}, row
        assert b not in seen, row
        seen.add(b)
    # no BIN is a prefix of another with a different bank
    for b in seen:
        for n in range(6, len(b)):
            assert b[:n] not in seen, b


# ------------------------------------------------------------------------------------------ loading


def test_loader_reads_package_data_via_importlib_resources(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    fake = tmp_path / "data"
    fake.mkdir()
    (fake / "cn_mobile_prefixes.tsv").write_text(
        "# test\nprefix\tcarrier\tkind\tnetwork\n199\t中国移动\tmobile\t中国移动\n", encoding="utf-8"
    )
    monkeypatch.setattr(tables.resources, "files", lambda package: tmp_path)
    tables._mobile.cache_clear()
    try:
        assert tables.mobile_carrier("19912345678") == "中国移动"
        assert tables.mobile_carrier("13812345678") is None
    finally:
        monkeypatch.undo()
        tables._mobile.cache_clear()
    assert tables.mobile_carrier("19912345678") == "中国电信"


def test_data_files_are_package_data() -> None:
    for name in ("cn_regions.tsv", "cn_mobile_prefixes.tsv", "cn_area_codes.tsv", "cn_bank_bins.tsv"):
        assert DATA.joinpath(name).is_file(), name
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "detect/data/*" in config["tool"]["setuptools"]["package-data"]["leakaid"]


def test_no_io_at_import() -> None:
    code = (
        "import leakaid.detect.tables as t;"
        "print(sum(f.cache_info().currsize for f in (t._regions, t._mobile, t._areas, t._bins)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


@pytest.mark.parametrize(("script", "module"), [("cn_regions.py", "stdnum"), ("cn_phone.py", "phonenumbers")])
def test_generated_tables_are_up_to_date(script: str, module: str) -> None:
    mod = pytest.importorskip(module)
    header = DATA.joinpath(f"cn_{'regions' if module == 'stdnum' else 'mobile_prefixes'}.tsv").read_text(
        "utf-8"
    )
    if f"{module} {mod.__version__} " not in header:
        pytest.skip(f"[allowed] tables were generated with another {module} version")
    result = subprocess.run([sys.executable, str(ROOT / "update" / script), "--check"], capture_output=True)
    assert result.returncode == 0, f"run `python update/{script}` to regenerate"
