"""第十一条 counting and the readers: invalid and duplicate records, categories, files, overrides."""

from __future__ import annotations

import json
import random
from pathlib import Path

import assessgen as gen
import numpy as np
import pytest

from leakaid.assess import assess_files, parse_overrides
from leakaid.assess.readers import read_dump
from leakaid.errors import ConfigError


def write_csv(path: Path, header: list[str] | None, rows: list[list[str]], delim: str = ",", enc: str = "utf-8") -> Path:
    lines = ([delim.join(header)] if header else []) + [delim.join(r) for r in rows]
    path.write_bytes(("\n".join(lines) + "\n").encode(enc))
    return path


def base_rows(n: int, seed: int = 1) -> list[list[str]]:
    return [[p["姓名"], p["身份证号"], p["手机号"]] for p in gen.people(n, seed)]


H = ["姓名", "身份证号", "手机号"]


def test_plain_counts_and_keys(tmp_path):
    rep = assess_files([write_csv(tmp_path / "a.csv", H, base_rows(120))])
    assert rep["counts"] == {"art5_1_3": 0, "art5_1_4": 0, "art5_1_5": 120}
    assert rep["excluded"]["invalid"] == 0 and rep["excluded"]["duplicate"] == 0
    assert {"tier", "counts", "excluded", "ratio", "citations"} <= rep.keys()
    assert rep["distinct_persons"] == 120


def test_invalid_ids_and_mobiles_excluded(tmp_path):
    rng = random.Random(5)
    rows = base_rows(100)
    for r in rows[:7]:
        r[1] = gen.id_card(rng, valid=False)  # wrong check digit
    rows[7][1] = rows[7][1][:10] + "1399" + rows[7][1][14:]  # impossible date (month 13) — checksum fixed below
    from leakaid.detect.validators.checksums import gb11643_check_char

    rows[7][1] = rows[7][1][:17] + gb11643_check_char(rows[7][1][:17])
    rows[8][2] = "12012345678"  # no such mobile segment
    rep = assess_files([write_csv(tmp_path / "a.csv", H, rows)])
    assert rep["excluded"]["invalid"] == 9
    assert rep["excluded"]["invalid_by_kind"] == {"ID_CARD": 8, "MOBILE": 1}
    assert rep["counts"]["art5_1_5"] == 91


def test_duplicates_excluded_same_person_same_information(tmp_path):
    rows = base_rows(50)
    dup = rows[:10] + [[r[0], r[1], r[2].replace("", "")] for r in rows[10:12]]
    rows2 = rows + dup + [[" " + rows[20][0] + " ", rows[20][1].lower(), rows[20][2][:3] + "-" + rows[20][2][3:7] + "-" + rows[20][2][7:]]]
    rep = assess_files([write_csv(tmp_path / "a.csv", H, rows2)])
    assert rep["counts"]["art5_1_5"] == 50
    assert rep["excluded"]["duplicate"] == 13
    # same person, different information: not a duplicate
    other = [[r[0], r[1], gen.mobile(random.Random(i))] for i, r in enumerate(rows[:5])]
    rep2 = assess_files([write_csv(tmp_path / "b.csv", H, rows + other)])
    assert rep2["counts"]["art5_1_5"] == 55
    assert rep2["distinct_persons"] == 50


def test_most_sensitive_category_counts_once(tmp_path):
    rng = random.Random(2)
    hdr = ["姓名", "手机号", "入住酒店", "银行卡号", "定位轨迹"]
    rows = []
    for i, p in enumerate(gen.people(60, 3)):
        lodging = "如家酒店" if i % 2 == 0 else ""
        card = gen.bank_card(rng) if i % 3 == 0 else ""
        gps = "31.2304,121.4737" if i == 59 else ""
        rows.append([p["姓名"], p["手机号"], lodging, card, gps])
    rep = assess_files([write_csv(tmp_path / "m.csv", hdr, rows)])
    n3 = sum(1 for i in range(60) if i % 3 == 0 or i == 59)
    n4 = sum(1 for i in range(60) if i % 2 == 0 and not (i % 3 == 0 or i == 59))
    assert rep["counts"] == {"art5_1_3": n3, "art5_1_4": n4, "art5_1_5": 60 - n3 - n4}
    kinds = {m["column"]: m["kind"] for m in rep["mapping"]}
    assert kinds == {"姓名": "PERSON", "手机号": "MOBILE", "入住酒店": "LODGING", "银行卡号": "BANK_CARD",
                     "定位轨迹": "GPS"}


def test_category_override(tmp_path):
    p = write_csv(tmp_path / "o.csv", H + ["备注"], [r + ["x"] for r in base_rows(30)])
    rep = assess_files([p], overrides=parse_overrides(["备注=art5_1_4"]))
    assert rep["counts"]["art5_1_4"] == 30
    rep = assess_files([p], overrides=parse_overrides(["手机号=art5_1_3"]))
    assert rep["counts"]["art5_1_3"] == 30
    assert next(m for m in rep["mapping"] if m["column"] == "手机号")["source"] == "override"
    rep = assess_files([p], overrides=parse_overrides(["1=none", "2=none", "3=none"]))
    assert rep["counts"]["art5_1_5"] == 0 and rep["excluded"]["unidentifiable"] == 30
    with pytest.raises(ConfigError):
        parse_overrides(["手机号=art9"])


def test_fifty_sensitive_records_reach_serious(tmp_path):
    rng = random.Random(9)
    rows = [[r[0], r[2], gen.bank_card(rng)] for r in base_rows(50)]
    p = write_csv(tmp_path / "c.csv", ["姓名", "手机号", "银行卡号"], rows)
    assert assess_files([p])["tier"] == "serious"
    p2 = write_csv(tmp_path / "d.csv", ["姓名", "手机号", "银行卡号"], rows[:49])
    assert assess_files([p2])["tier"] == "below"


def test_multi_file_with_and_without_separate_sales(tmp_path):
    rows = base_rows(30)
    a = write_csv(tmp_path / "a.csv", H, rows)
    b = write_csv(tmp_path / "b.csv", ["手机号", "姓名", "身份证号"], [[r[2], r[0], r[1]] for r in rows[:20]])
    one_batch = assess_files([a, b])
    assert one_batch["counts"]["art5_1_5"] == 30 and one_batch["excluded"]["duplicate"] == 20
    assert any("第十一条第一款" in ln["cite"] for ln in one_batch["counting"])
    sales = assess_files([a, b], separate_sales=True)
    assert sales["counts"]["art5_1_5"] == 50 and sales["excluded"]["duplicate"] == 0
    assert sales["distinct_persons"] == 30
    assert any("第十一条第二款" in ln["cite"] for ln in sales["counting"])
    # duplicates inside one file are still removed with --separate-sales
    c = write_csv(tmp_path / "c.csv", H, rows[:5] + rows[:5])
    assert assess_files([a, c], separate_sales=True)["counts"]["art5_1_5"] == 35


# --- readers ------------------------------------------------------------------------------------

def test_gbk_csv_and_dash_delimiter_without_header(tmp_path):
    rows = base_rows(40)
    p = write_csv(tmp_path / "g.csv", H, rows, enc="gbk")
    rep = assess_files([p])
    assert rep["counts"]["art5_1_5"] == 40 and [m["column"] for m in rep["mapping"]] == H
    q = write_csv(tmp_path / "d.txt", None, [[r[2], "pass123", r[0]] for r in rows], delim="----", enc="gbk")
    rep = assess_files([q])
    assert rep["counts"]["art5_1_5"] == 40
    assert rep["mapping"][0]["kind"] == "MOBILE" and not rep["tables"][0]["header"]


def test_tsv_quoted_csv_and_crlf(tmp_path):
    rows = base_rows(25)
    t = write_csv(tmp_path / "t.tsv", H, rows, delim="\t")
    assert assess_files([t])["counts"]["art5_1_5"] == 25
    q = tmp_path / "q.csv"
    q.write_text("\r\n".join(['"姓名","身份证号","手机号"'] + [f'"{r[0]}","{r[1]}","{r[2]}"' for r in rows]) + "\r\n",
                 encoding="utf-8")
    assert assess_files([q])["counts"]["art5_1_5"] == 25


def test_chunk_boundaries_do_not_change_counts(tmp_path):
    rows = base_rows(300)
    p = write_csv(tmp_path / "big.csv", H, rows)
    from leakaid.assess.counter import Counter
    from leakaid.assess.readers import read_delimited

    c = Counter()
    for b in read_delimited(p, chunk_bytes=997):
        c.feed(b, 0)
    res = c.result()
    c.close()
    assert res["rows"] == 300 and res["counts"]["art5_1_5"] == 300


def test_json_array_and_jsonl(tmp_path):
    ps = gen.people(30, 4)
    (tmp_path / "a.json").write_text(json.dumps([{"user": {"name": p["姓名"], "phone": p["手机号"]}, "idcard": p["身份证号"]}
                                                 for p in ps], ensure_ascii=False), encoding="utf-8")
    rep = assess_files([tmp_path / "a.json"])
    assert rep["counts"]["art5_1_5"] == 30
    assert {m["column"]: m["kind"] for m in rep["mapping"]} == {"user.name": "PERSON", "user.phone": "MOBILE",
                                                                "idcard": "ID_CARD"}
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps({"mobile": p["手机号"], "diagnosis": "高血压"}, ensure_ascii=False)
                                                for p in ps) + "\n", encoding="utf-8")
    rep = assess_files([tmp_path / "b.jsonl"])
    assert rep["counts"]["art5_1_4"] == 30


def test_xlsx(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "订单号", "商品"])
    for i, p in enumerate(gen.people(20, 6)):
        ws.append([p["姓名"], p["身份证号"], f"SO{i:08d}", "耳机"])
    wb.save(tmp_path / "x.xlsx")
    rep = assess_files([tmp_path / "x.xlsx"])
    assert rep["counts"]["art5_1_4"] == 20


def test_mysql_insert_dump_with_escapes(tmp_path):
    ps = gen.people(12, 7)
    vals = ",".join(f"({i},'{p['姓名']}','{p['身份证号']}','{p['手机号']}','O\\'Brien; (x), \"q\"')" for i, p in enumerate(ps[:6]))
    vals2 = ",\n".join(f"({i},'{p['姓名']}','{p['身份证号']}',NULL,'it''s')" for i, p in enumerate(ps[6:]))
    sql = (
        "-- MySQL dump\nCREATE TABLE `users` (\n  `id` int NOT NULL,\n  `name` varchar(20),\n  `id_card` varchar(18),\n"
        "  `mobile` varchar(11),\n  `note` text,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n"
        f"INSERT INTO `users` VALUES {vals};\nINSERT INTO `users` (`id`,`name`,`id_card`,`mobile`,`note`) VALUES {vals2};\n"
    )
    (tmp_path / "d.sql").write_text(sql, encoding="utf-8")
    batches = list(read_dump(tmp_path / "d.sql"))
    rows = sum(b.nrows for b in batches)
    assert rows == 12
    assert batches[0].names == ["id", "name", "id_card", "mobile", "note"]
    assert batches[0].cols[4].get(0) == "O'Brien; (x), \"q\""
    rep = assess_files([tmp_path / "d.sql"])
    assert rep["counts"]["art5_1_5"] == 12 and rep["excluded"]["invalid"] == 0


def test_sql_column_comments_name_the_columns(tmp_path):
    ps = gen.people(10, 17)
    vals = ",".join(f"({i},'{p['姓名']}','{p['身份证号']}')" for i, p in enumerate(ps))
    sql = (
        "CREATE TABLE `t_cust` (\n  `id` int NOT NULL,\n  `c1` varchar(20) COMMENT '客户姓名',\n"
        "  `c2` varchar(18) COMMENT '身份证号码',\n  PRIMARY KEY (`id`)\n);\n"
        f"INSERT INTO `t_cust` VALUES {vals};\n"
    )
    (tmp_path / "c.sql").write_text(sql, encoding="utf-8")
    assert next(iter(read_dump(tmp_path / "c.sql"))).names == ["id", "客户姓名", "身份证号码"]
    rep = assess_files([tmp_path / "c.sql"])
    assert [m["kind"] for m in rep["mapping"]][1:] == ["PERSON", "ID_CARD"]


def test_postgres_copy_dump(tmp_path):
    ps = gen.people(8, 8)
    body = "\n".join(f"{i}\t{p['姓名']}\t{p['手机号']}\t\\N" for i, p in enumerate(ps))
    (tmp_path / "p.sql").write_text(f"COPY public.customers (id, name, phone, address) FROM stdin;\n{body}\n\\.\n",
                                    encoding="utf-8")
    rep = assess_files([tmp_path / "p.sql"])
    assert rep["counts"]["art5_1_5"] == 8
    assert [m["kind"] for m in rep["mapping"]] == [None, "PERSON", "MOBILE", "ADDRESS"]


def test_free_text_one_record_per_line(tmp_path):
    ps = gen.people(15, 9)
    lines = [f"{p['姓名']} 身份证{p['身份证号']} 电话 {p['手机号'][:3]}-{p['手机号'][3:7]}-{p['手机号'][7:]}" for p in ps]
    lines += ["这一行没有个人信息", lines[0]]
    (tmp_path / "t.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    rep = assess_files([tmp_path / "t.txt"], fmt="text")
    assert rep["counts"]["art5_1_5"] == 15
    assert rep["excluded"]["duplicate"] == 1 and rep["excluded"]["unidentifiable"] == 1


def test_dedup_spills_to_disk(tmp_path):
    from leakaid.assess.dedup import DiskDedup

    with DiskDedup(parts=4, tmpdir=str(tmp_path), buffer=1000) as d:
        rng = np.random.default_rng(0)
        vals = rng.integers(0, 2**64 - 1, 5000, dtype=np.uint64, endpoint=True) & ~np.uint64(3)
        for chunk in np.array_split(np.concatenate([vals, vals[:1000]]), 13):
            d.add(chunk)
        assert len(list(d.dir.glob("*.u64"))) == 4
        assert d.distinct() == [5000, 0, 0, 0]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_cell = st.one_of(st.none(), st.text(alphabet="ab张'\\\",()\n;\t 0", max_size=12))


def _mysql_quote(v: str | None) -> str:
    if v is None:
        return "NULL"
    return "'" + v.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\t", "\\t") + "'"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_cell, min_size=3, max_size=3), min_size=1, max_size=6), st.booleans())
def test_sql_values_parser_round_trip(rows, doubled_quotes):
    from leakaid.assess.readers import parse_values

    def q(v):
        if doubled_quotes and v is not None and "\\" not in v and "\n" not in v and "\t" not in v:
            return "'" + v.replace("'", "''") + "'"
        return _mysql_quote(v)

    sql = ",".join("(" + ",".join(q(v) for v in r) + ")" for r in rows) + ";"
    parsed, end = parse_values(sql)
    assert end == len(sql)
    assert parsed == [["" if v is None else v for v in r] for r in rows]


def test_header_flag_and_table_without_header(tmp_path):
    rows = base_rows(20)
    p = write_csv(tmp_path / "n.csv", None, rows)
    rep = assess_files([p])
    assert rep["counts"]["art5_1_5"] == 20 and not rep["tables"][0]["header"]
    assert [m["kind"] for m in rep["mapping"]][1:] == ["ID_CARD", "MOBILE"]
    rep = assess_files([p], header=True)  # the user says the first row is a header: one row fewer
    assert rep["rows"] == 19


def test_multiline_insert_is_parsed_incrementally(tmp_path):
    ps = gen.people(300, 12)
    body = ",\n".join(f"('{p['姓名']}', '{p['手机号']}')" for p in ps)
    (tmp_path / "m.sql").write_text(f"INSERT INTO t (name, phone) VALUES\n{body};\n", encoding="utf-8")
    rep = assess_files([tmp_path / "m.sql"])
    assert rep["rows"] == 300 and rep["counts"]["art5_1_5"] == 300
    (tmp_path / "bad.sql").write_text("INSERT INTO t (a) VALUES ('x'),\n('unterminated", encoding="utf-8")
    with pytest.raises(Exception, match="不完整"):
        assess_files([tmp_path / "bad.sql"])


def test_exact_mode_matches_fast_path(tmp_path):
    rng = random.Random(8)
    rows = [[p["姓名"], gen.id_card(rng, rng.random() < 0.8), gen.mobile(rng, rng.random() < 0.8), p["邮箱"],
             gen.bank_card(rng, rng.random() < 0.7)] for p in gen.people(200, 13)]
    rows += rows[:15]
    p = write_csv(tmp_path / "e.csv", ["姓名", "身份证号", "手机号", "邮箱", "银行卡号"], rows)
    fast, exact = assess_files([p]), assess_files([p], exact=True)
    assert fast["counts"] == exact["counts"] and fast["excluded"] == exact["excluded"]
    assert fast["excluded"]["invalid"] > 0 and fast["excluded"]["duplicate"] > 0


def test_quoted_csv_fast_path_and_fallback(tmp_path):
    from leakaid.assess.readers import _fast_split

    rows = base_rows(10)
    plain = "".join(f'"{r[0]}","{r[1]}",{r[2]}\r\n' for r in rows).encode()
    cols = _fast_split(plain, 44, 3)
    assert cols is not None and cols[0].strip().get(0) == rows[0][0] and cols[2].strip().get(9) == rows[9][2]
    assert _fast_split(b'"a,b",c\n', 44, 2) is None  # delimiter inside quotes
    assert _fast_split(b'"a""b",c\n', 44, 2) is None  # doubled quote
    assert _fast_split(b'"a\nb",c\n', 44, 2) is None  # newline inside quotes
    tricky = tmp_path / "t.csv"
    tricky.write_text('姓名,身份证号,手机号\n' + "".join(f'"{r[0]}, 先生","{r[1]}",{r[2]}\n' for r in rows), encoding="utf-8")
    assert assess_files([tricky])["counts"]["art5_1_5"] == 10


@pytest.mark.parametrize(
    "header,category",
    [
        ("健康状况", "art5_1_4"), ("健康生理信息", "art5_1_4"), ("通信记录", "art5_1_4"), ("财产信息", "art5_1_3"),
        ("病历", "art5_1_4"), ("余额", "art5_1_3"), ("短信记录", "art5_1_4"),
    ],
)
def test_headers_in_the_law_own_words(header: str, category: str) -> None:
    """A column named with the category's own words in 第五条 (健康生理信息, 通信记录, 财产信息) is that category."""
    from leakaid.assess.columns import KINDS, kind_from_header

    kind = kind_from_header(header)
    assert kind is not None and KINDS[kind][0] == category, (header, kind)
