"""``leakaid notify``: affected customers found by keyed hashes; notice has the items of PIPL 第五十七条."""

from __future__ import annotations

import csv
import json

import assessgen as gen

from leakaid.cli import main


def test_notify_matches_by_phone_id_or_email(tmp_path):
    ps = gen.people(30, 21)
    dump = tmp_path / "leak.csv"
    # the leak holds people 0–9 (phone + order) and 10–14 (ID only, with a hotel stay)
    dump.write_text("手机号,身份证号,订单号,入住酒店\n"
                    + "".join(f"{p['手机号']},,SO{i},\n" for i, p in enumerate(ps[:10]))
                    + "".join(f",{p['身份证号']},,如家\n" for p in ps[10:15]), encoding="utf-8")
    cust = tmp_path / "customers.csv"
    cust.write_text("客户编号,姓名,手机号,身份证号,邮箱\n"
                    + "".join(f"C{i:04d},{p['姓名']},{p['手机号']},{p['身份证号']},{p['邮箱']}\n" for i, p in enumerate(ps)),
                    encoding="utf-8")
    out = tmp_path / "out"
    rc = main(["notify", str(dump), "--customers", str(cust), "-o", str(out), "--org", "示例公司",
               "--contact", "客服邮箱 privacy@example.com", "--cause", "测试"])
    assert rc == 1
    rows = list(csv.DictReader((out / "affected.csv").open(encoding="utf-8-sig")))
    assert [r["客户编号"] for r in rows] == [f"C{i:04d}" for i in range(15)]
    assert rows[0]["匹配依据"] == "手机号码" and "交易信息" in rows[0]["泄露信息种类"]
    assert rows[12]["匹配依据"] == "身份证件号码" and "住宿信息" in rows[12]["泄露信息种类"]
    assert "短信/电话" in rows[0]["建议通知渠道"]
    notice = (out / "notice.md").read_text(encoding="utf-8")
    for item in ("信息种类", "原因", "可能造成的危害", "补救措施", "减轻危害", "联系方式", "第五十七条", "第十一条"):
        assert item in notice
    report = (out / "regulator_report.md").read_text(encoding="utf-8")
    assert "公安机关" in report and "法释〔2017〕10号" in report
    assert json.loads((out / "summary.json").read_text())["affected"] == 15
    # no raw identifier in any output
    blob = "".join(p.read_text(encoding="utf-8-sig") for p in out.iterdir())
    assert not any(p["手机号"] in blob or p["身份证号"] in blob for p in ps)


def test_notify_no_match_exit_0(tmp_path):
    a, b = gen.people(5, 1), gen.people(5, 2)
    dump = tmp_path / "leak.csv"
    dump.write_text("手机号\n" + "".join(p["手机号"] + "\n" for p in a), encoding="utf-8")
    cust = tmp_path / "c.csv"
    cust.write_text("手机号\n" + "".join(p["手机号"] + "\n" for p in b), encoding="utf-8")
    assert main(["notify", str(dump), "--customers", str(cust), "-o", str(tmp_path / "o"), "--org", "X",
                 "--contact", "Y"]) == 0
