from __future__ import annotations

import json
import os
import sqlite3

import pytest
from pypdf import PdfReader

from leakaid.cases.synthetic import sms_backup_xml
from leakaid.cli import main


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    d = tmp_path / "data"
    monkeypatch.setenv("LEAKAID_DATA_DIR", str(d))
    monkeypatch.delenv("LEAKAID_DATABASE_URL", raising=False)
    return d


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def new_case(capsys, tmp_path, answers):
    af = tmp_path / "answers.json"
    af.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "case", "new", "--title", "快递泄露", "--answers", str(af), "--json")
    assert code == 0
    return json.loads(out)["id"]


def test_full_cli_flow(capsys, tmp_path, data_dir, answers):
    cid = new_case(capsys, tmp_path, answers)
    assert cid == 1
    backup = tmp_path / "sms-20240501.xml"
    backup.write_text(sms_backup_xml(30), encoding="utf-8")
    code, out, _ = run(capsys, "case", "import", str(cid), str(backup), "--json")
    assert code == 0 and json.loads(out)["count"] == 30
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"png")
    assert run(capsys, "case", "add", str(cid), str(shot), "--note", "截图")[0] == 0
    assert run(capsys, "case", "add", str(cid), "--note", "5月1日接到电话")[0] == 0

    code, out, _ = run(capsys, "case", "show", str(cid), "--json")
    show = json.loads(out)
    assert code == 0 and show["senders"][0]["count"] == 5 and sum(r["count"] for r in show["senders"]) == 30
    assert show["senders"][0]["sender"] == "138****8001"  # masked by default; tagged senders first
    assert len(show["evidence"]) == 3 and show["next"]
    code, out, _ = run(capsys, "case", "show", str(cid), "--json", "--reveal")
    assert json.loads(out)["senders"][0]["sender"] == "13800138001"

    code, out, _ = run(capsys, "case", "plan", str(cid), "--json")
    plan = json.loads(out)
    assert plan[0]["basis"] is not None and any(s["key"] == "police_report" for s in plan)
    code, out, _ = run(capsys, "case", "plan", str(cid))
    assert "为什么" in out and "依据" in out
    assert run(capsys, "case", "step", str(cid), "police_report", "done", "--note", "已拿到回执")[0] == 0
    code, out, _ = run(capsys, "case", "plan", str(cid), "--json")
    done = next(s for s in json.loads(out) if s["key"] == "police_report")
    assert done["status"] == "done" and done["done_at"]

    pdf = tmp_path / "police.pdf"
    assert run(capsys, "case", "report", str(cid), "--doc", "police", "--format", "pdf", "-o", str(pdf))[0] == 0
    assert "报案材料" in PdfReader(pdf).pages[0].extract_text()
    docx = tmp_path / "del.docx"
    assert run(capsys, "case", "report", str(cid), "--doc", "deletion", "--format", "docx", "-o", str(docx))[0] == 0
    assert docx.stat().st_size > 1000
    z = tmp_path / "pkg.zip"
    assert run(capsys, "case", "export", str(cid), "-o", str(z))[0] == 0 and z.stat().st_size > 1000

    code, out, _ = run(capsys, "case", "list", "--json")
    assert json.loads(out)[0]["title"] == "快递泄露"
    code, out, _ = run(capsys, "case", "verify", str(cid))
    assert code == 0 and "校验通过" in out

    # tamper: the exit code flips to 1
    with sqlite3.connect(data_dir / "leakaid.sqlite3") as con:
        con.execute("update messages set body='改' where id=1")
    code, out, err = run(capsys, "case", "verify", str(cid))
    assert code == 1 and "被修改" in err
    code, out, _ = run(capsys, "case", "verify", str(cid), "--json")
    assert code == 1 and json.loads(out)["ok"] is False


def test_data_dir_flag_overrides_env(capsys, tmp_path, data_dir):
    other = tmp_path / "other"
    assert run(capsys, "case", "--data-dir", str(other), "new", "--title", "x")[0] == 0
    assert (other / "leakaid.sqlite3").exists() and not data_dir.exists()


def test_errors_in_chinese_exit_2(capsys, tmp_path, data_dir):
    code, _, err = run(capsys, "case", "show", "42")
    assert code == 2 and "案件 42 不存在" in err
    bad = tmp_path / "a.json"
    bad.write_text('{"leaked": ["dna"]}', encoding="utf-8")
    code, _, err = run(capsys, "case", "new", "--title", "x", "--answers", str(bad))
    assert code == 2 and "没有选项" in err
    run(capsys, "case", "new", "--title", "x")
    code, _, err = run(capsys, "case", "import", "1", str(tmp_path / "missing.xml"))
    assert code == 2 and "错误" in err
    code, _, err = run(capsys, "case", "report", "1", "--doc", "nope", "-o", os.devnull)
    assert code == 2 and "--doc" in err
