"""Writers: text (encodings, byte-for-byte, streaming), CSV/TSV, JSON, JSONL; the verify pass."""

from __future__ import annotations

import codecs
import json
import random
from pathlib import Path

import pytest
from redactfixtures import KEY

from leakaid.detect.finding import STRUCTURED_TYPES
from leakaid.errors import ConfigError, SourceError
from leakaid.redact import Policy, Redactor, redact_file, redact_text, textio, verify_file
from leakaid.redact.mask import mask_value
from leakaid.synth import values as sv

# writer tests compare bytes: keep the (evolving) PERSON/ADDRESS model out of them
STRUCT = Policy(types=STRUCTURED_TYPES)

MOBILE = "13812345678"
MOBILE_M = "138****5678"
ID = "11010519491231002X"
ID_M = "110105********002X"


def _card(seed: int = 7) -> str:
    return sv.fake_bank_card(random.Random(seed))


def test_text_is_byte_for_byte_outside_spans(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    raw = f"1. 手机 {MOBILE}\r\n\t身份证：{ID}  \r\n最后一行没有换行 ".encode()
    src.write_bytes(raw)
    rep = redact_file(src, tmp_path / "out.txt", policy=STRUCT)
    out = (tmp_path / "out.txt").read_bytes()
    assert out == raw.replace(MOBILE.encode(), MOBILE_M.encode()).replace(ID.encode(), ID_M.encode())
    assert rep.counts == {"MOBILE": 1, "ID_CARD": 1}
    assert rep.verify is not None and rep.verify.clean
    assert src.read_bytes() == raw  # the input is untouched


def test_gbk_stays_gbk(tmp_path: Path) -> None:
    src = tmp_path / "g.txt"
    text = f"收件人地址不详，联系电话：{MOBILE}，备注：请勿折叠。\n" * 3
    src.write_bytes(text.encode("gbk"))
    rep = redact_file(src, tmp_path / "o.txt", policy=STRUCT)
    out = (tmp_path / "o.txt").read_bytes()
    assert out == text.replace(MOBILE, MOBILE_M).encode("gbk")
    assert "gb18030" in (rep.encoding or "")
    # unless asked otherwise
    redact_file(src, tmp_path / "u.txt", policy=STRUCT, encoding="utf-8")
    assert (tmp_path / "u.txt").read_text(encoding="utf-8") == text.replace(MOBILE, MOBILE_M)


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF16_LE, "utf-16-le")],
)
def test_bom_encodings_round_trip(tmp_path: Path, bom: bytes, codec: str) -> None:
    src = tmp_path / "b.txt"
    text = f"手机：{MOBILE}\n"
    src.write_bytes(bom + text.encode(codec))
    redact_file(src, tmp_path / "o.txt", policy=STRUCT)
    assert (tmp_path / "o.txt").read_bytes() == bom + text.replace(MOBILE, MOBILE_M).encode(codec)


def test_undecodable_bytes_survive(tmp_path: Path) -> None:
    src = tmp_path / "x.log"
    raw = ("日志 " * 50 + f"手机 {MOBILE} ").encode() + b"\xff\xfe?" + b" end\n"
    src.write_bytes(raw)
    redact_file(src, tmp_path / "o.log", policy=STRUCT)
    assert (tmp_path / "o.log").read_bytes() == raw.replace(MOBILE.encode(), MOBILE_M.encode())


def test_streaming_windows_match_whole_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textio, "WINDOW", 2048)
    monkeypatch.setattr(textio, "OVERLAP", 128)
    rng = random.Random(5)
    numbers = [sv.fake_mobile(rng) for _ in range(300)]
    parts = []
    for i, n in enumerate(numbers):
        filler = "无关文字" * rng.randint(0, 40)
        sep = "\n" if i % 7 == 0 else "，"
        parts.append(f"{filler}{sep}手机{n}")
    text = "".join(parts) + "\n"
    src = tmp_path / "big.txt"
    src.write_text(text, encoding="utf-8")
    rep = redact_file(src, tmp_path / "o.txt", policy=STRUCT)
    out = (tmp_path / "o.txt").read_text(encoding="utf-8")
    expected = text
    for n in numbers:
        expected = expected.replace(n, mask_value("MOBILE", n))
    assert out == expected
    assert rep.counts["MOBILE"] == len(numbers)
    assert rep.verify is not None and rep.verify.clean


def test_windows_are_lazy() -> None:
    consumed = 0

    def chunks():
        nonlocal consumed
        for _ in range(1000):
            consumed += 1
            yield "x" * 1000

    it = textio.windows(chunks(), lambda s: [], window=10_000, overlap=100)
    next(it)
    assert consumed < 20  # the first window comes long before the end of the stream


def test_csv_keeps_quoting_delimiter_and_header(tmp_path: Path) -> None:
    card = _card()
    src = tmp_path / "t.csv"
    raw = (
        "姓名,手机,QQ号,备注\r\n"
        f'张三,{MOBILE},123456789,"他说""你好"",电话 139-1234-5678"\r\n'
        f'李四,"{MOBILE}",987654321,"多行\r\n卡号 {card}"\r\n'
        ",,,\r\n"
    )
    src.write_text(raw, encoding="utf-8")
    rep = redact_file(src, tmp_path / "o.csv")
    out = (tmp_path / "o.csv").read_bytes().decode("utf-8")
    expected = (
        "姓名,手机,QQ号,备注\r\n"
        f'张*,{MOBILE_M},12*****89,"他说""你好"",电话 139-****-5678"\r\n'
        f'李*,"{MOBILE_M}",98*****21,"多行\r\n卡号 {mask_value("BANK_CARD", card)}"\r\n'
        ",,,\r\n"
    )
    assert out == expected
    assert rep.delimiter == ","
    assert rep.counts["QQ"] == 2  # the header made bare numbers QQ numbers
    assert rep.verify is not None and rep.verify.clean


def test_tsv_and_dump_separator(tmp_path: Path) -> None:
    src = tmp_path / "t.tsv"
    src.write_text(f"name\tphone\n王五\t{MOBILE}\n", encoding="utf-8")
    redact_file(src, tmp_path / "o.tsv")
    assert (tmp_path / "o.tsv").read_text(encoding="utf-8") == f"name\tphone\n王*\t{MOBILE_M}\n"
    dump = tmp_path / "dump.csv"
    dump.write_text(f"{MOBILE}----{ID}----a1b2c3\n13912345678----{ID}----pw\n", encoding="utf-8")
    rep = redact_file(dump, tmp_path / "o.csv")
    assert rep.delimiter == "----"
    assert (tmp_path / "o.csv").read_text(encoding="utf-8") == (
        f"{MOBILE_M}----{ID_M}----a1b2c3\n139****5678----{ID_M}----pw\n"
    )


def test_json_numbers_become_strings_and_order_is_kept(tmp_path: Path) -> None:
    src = tmp_path / "d.json"
    doc = {"z": 1, "user": {"phone": int(MOBILE), "name": "张三", "id": ID, "age": 30}, "list": ["138 1234 5678", 2.5]}
    src.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    redact_file(src, tmp_path / "o.json")
    text = (tmp_path / "o.json").read_text(encoding="utf-8")
    out = json.loads(text)
    assert list(out) == ["z", "user", "list"] and list(out["user"]) == ["phone", "name", "id", "age"]
    assert out["user"]["phone"] == MOBILE_M  # a number that was a phone number is now a string
    assert out["user"]["age"] == 30 and out["z"] == 1 and out["list"][1] == 2.5
    assert out["user"]["id"] == ID_M and out["list"][0] == "138 **** 5678"
    assert text.endswith("}\n") and '\n  "user": {\n    "phone"' in text  # indentation kept


def test_json_unchanged_is_copied_verbatim_and_keys_are_redacted(tmp_path: Path) -> None:
    src = tmp_path / "same.json"
    raw = '{ "a" :  [1,2 ,3] }'
    src.write_text(raw, encoding="utf-8")
    redact_file(src, tmp_path / "o.json")
    assert (tmp_path / "o.json").read_text(encoding="utf-8") == raw
    keyed = tmp_path / "k.json"
    keyed.write_text(json.dumps({MOBILE: {"note": "x"}}), encoding="utf-8")
    redact_file(keyed, tmp_path / "k2.json")
    assert json.loads((tmp_path / "k2.json").read_text(encoding="utf-8")) == {MOBILE_M: {"note": "x"}}


def test_jsonl_lines(tmp_path: Path) -> None:
    src = tmp_path / "d.jsonl"
    src.write_text(
        f'{{"phone":"{MOBILE}","n":1}}\n\n{{ "untouched" : true }}\nnot json {MOBILE}\r\n{{"qq号": 123456789}}\n',
        encoding="utf-8",
    )
    rep = redact_file(src, tmp_path / "o.jsonl", policy=STRUCT)
    out = (tmp_path / "o.jsonl").read_bytes().decode("utf-8")
    assert out == (
        f'{{"phone":"{MOBILE_M}","n":1}}\n\n{{ "untouched" : true }}\nnot json {MOBILE_M}\r\n{{"qq号": "12*****89"}}\n'
    )
    assert rep.warnings and "第 4 行" in rep.warnings[0]


def test_pseudonyms_consistent_across_files(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.csv"
    a.write_text(f"手机 {MOBILE}\n", encoding="utf-8")
    b.write_text(f"phone\n{MOBILE}\n", encoding="utf-8")
    r = Redactor.create(Policy(default="pseudonym"), KEY)
    ra = redact_file(a, tmp_path / "oa.txt", redactor=r)
    rb = redact_file(b, tmp_path / "ob.csv", redactor=r)
    fake_a = (tmp_path / "oa.txt").read_text(encoding="utf-8").split()[1]
    fake_b = (tmp_path / "ob.csv").read_text(encoding="utf-8").split()[1]
    assert fake_a == fake_b != MOBILE
    # the fakes are valid mobiles, yet the verify pass knows they are ours
    assert ra.verify is not None and ra.verify.clean and ra.verify.ignored == 1
    assert rb.verify is not None and rb.verify.clean


def test_verify_reports_what_remains(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(f"第一行\n第二行 手机 {MOBILE} 邮箱 zhangsan@example.com\n", encoding="utf-8")
    pol = Policy(per_type={"MOBILE": "keep"}, types=frozenset({"MOBILE", "EMAIL"}))
    rep = redact_file(src, tmp_path / "o.txt", policy=pol)
    v = rep.verify
    assert v is not None and not v.clean
    assert v.counts == {"MOBILE": 1}
    (left,) = v.leftovers
    assert (left.location.line, left.location.column) == (2, 8)
    assert left.masked == MOBILE_M  # never the raw value
    # the same check on a file written elsewhere
    assert verify_file(tmp_path / "o.txt", Redactor.create(pol)).counts == {"MOBILE": 1}


def test_verify_csv_location(tmp_path: Path) -> None:
    src = tmp_path / "t.csv"
    src.write_text(f"name,phone\n张三,{MOBILE}\n", encoding="utf-8")
    rep = redact_file(src, tmp_path / "o.csv", policy=Policy(per_type={"MOBILE": "keep"}))
    assert rep.verify is not None
    (left,) = rep.verify.leftovers
    assert (left.location.row, left.location.column, left.location.field) == (2, 2, "phone")


def test_never_overwrites_the_input(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(f"手机 {MOBILE}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="--in-place"):
        redact_file(src, src)
    assert src.read_text(encoding="utf-8") == f"手机 {MOBILE}\n"
    redact_file(src, src, in_place=True)
    assert src.read_text(encoding="utf-8") == f"手机 {MOBILE_M}\n"


def test_bad_inputs(tmp_path: Path) -> None:
    with pytest.raises(SourceError):
        redact_file(tmp_path / "missing.txt", tmp_path / "o.txt")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(SourceError, match="JSON"):
        redact_file(bad, tmp_path / "o.json")
    assert not (tmp_path / "o.json").exists()  # no half-written output
    assert not list(tmp_path.glob(".o.json.*"))


def test_redact_text_keeps_offsets() -> None:
    text = f"甲{MOBILE}乙{ID}丙"
    res = redact_text(text)
    assert res.text == f"甲{MOBILE_M}乙{ID_M}丙"
    for r in res.replacements:
        assert res.text[r.out_start : r.out_end] == r.replacement


@pytest.mark.parametrize(
    ("name", "prefix", "codec"),
    [
        ("excel.csv", codecs.BOM_UTF8, "utf-8"),
        ("gbk.csv", b"", "gbk"),
        ("unicode.tsv", codecs.BOM_UTF16_LE, "utf-16-le"),  # Excel's "Unicode text" export
    ],
)
def test_table_encodings_round_trip(tmp_path: Path, name: str, prefix: bytes, codec: str) -> None:
    sep = "\t" if name.endswith(".tsv") else ","
    text = sep.join(["姓名", "手机号", "备注"]) + "\r\n" + sep.join(["王五", MOBILE, "无"]) + "\r\n"
    src = tmp_path / name
    src.write_bytes(prefix + text.encode(codec))
    rep = redact_file(src, tmp_path / ("o" + src.suffix))
    expected = text.replace(MOBILE, MOBILE_M).replace("王五", "王*")
    assert (tmp_path / ("o" + src.suffix)).read_bytes() == prefix + expected.encode(codec)
    assert rep.verify is not None and rep.verify.clean


def test_sql_dump_columns_hold_in_every_window_and_literals_stay_valid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A QQ column named only by CREATE TABLE … COMMENT 'QQ' is redacted in windows far below it, and a masked
    unquoted number becomes a quoted literal, so the dump still parses."""
    monkeypatch.setattr(textio, "WINDOW", 2048)
    monkeypatch.setattr(textio, "OVERLAP", 128)
    rng = random.Random(11)
    qqs = [str(rng.randint(10_000_000, 3_999_999_999)) for _ in range(300)]
    lines = ["CREATE TABLE `u` (\n  `id` int NOT NULL,\n  `qq` bigint DEFAULT NULL COMMENT 'QQ',\n  `note` varchar(9)\n);"]
    lines += [f"INSERT INTO `u` VALUES ({i},{q},'x');" for i, q in enumerate(qqs)]
    src = tmp_path / "dump.sql"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rep = redact_file(src, tmp_path / "o.sql", policy=Policy(types=["QQ"]))
    assert rep.counts["QQ"] == len(qqs)
    assert rep.verify is not None and rep.verify.clean
    out = (tmp_path / "o.sql").read_text(encoding="utf-8").splitlines()
    assert out[-1] == f"INSERT INTO `u` VALUES (299,'{mask_value('QQ', qqs[-1])}','x');"
    assert not any(q in "\n".join(out) for q in qqs)
