"""``leakaid assess`` command: formats, flags, exit codes, JSON keys."""

from __future__ import annotations

import json
import random

import assessgen as gen

from leakaid.cli import main


def _dump(tmp_path, n=60, seed=1):
    p = tmp_path / "d.csv"
    p.write_text("姓名,手机号,银行卡号\n" + "".join(f"{x['姓名']},{x['手机号']},{gen.bank_card(random.Random(i))}\n"
                                              for i, x in enumerate(gen.people(n, seed))), encoding="utf-8")
    return p


def test_json_output_keys_and_exit_code(tmp_path, capsys):
    p = _dump(tmp_path)
    out = tmp_path / "r.json"
    assert main(["assess", str(p), "-o", str(out)]) == 1  # 60 财产信息 ≥ 50
    rep = json.loads(out.read_text(encoding="utf-8"))
    assert {"tier", "counts", "excluded", "ratio", "citations"} <= rep.keys()
    assert set(rep["counts"]) == {"art5_1_3", "art5_1_4", "art5_1_5"}
    assert {"invalid", "duplicate"} <= rep["excluded"].keys()
    assert rep["tier"] == "serious" and rep["counts"]["art5_1_3"] == 60
    assert all(c["cite"] or c["kind"] != "law" for c in rep["citations"])
    # raw values never appear in the report
    text = out.read_text(encoding="utf-8")
    assert gen.people(60, 1)[0]["手机号"] not in text


def test_flags_reach_tiers(tmp_path):
    p = _dump(tmp_path, n=30)
    out = tmp_path / "r.json"
    assert main(["assess", str(p), "-o", str(out)]) == 0
    assert json.loads(out.read_text())["tier"] == "below"
    assert main(["assess", str(p), "--insider", "-o", str(out)]) == 1  # 30 ≥ 25
    assert main(["assess", str(p), "--proceeds", "50000", "-o", str(out)]) == 1
    assert json.loads(out.read_text())["tier"] == "especially_serious"
    assert main(["assess", str(p), "--category", "银行卡号=none", "--insider", "-o", str(out)]) == 0


def test_markdown_and_html(tmp_path, capsys):
    p = _dump(tmp_path)
    assert main(["assess", str(p), "-f", "md"]) == 1
    md = capsys.readouterr().out
    assert "法释〔2017〕10号第五条第一款第三项" in md and "「解释/适用说明」" in md
    assert "处三年以下有期徒刑或者拘役，并处或者单处罚金" in md
    out = tmp_path / "r.html"
    assert main(["assess", str(p), "-f", "html", "-o", str(out)]) == 1
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "情节严重" in html


def test_errors_exit_2(tmp_path):
    assert main(["assess", str(tmp_path / "missing.csv")]) == 2
    assert main(["assess", str(_dump(tmp_path)), "--category", "x=bad"]) == 2


def test_pdf_output(tmp_path):
    from pathlib import Path

    import pytest

    pytest.importorskip("typst")
    if not any(Path("/usr/share/fonts").rglob("NotoSansCJK*")):
        pytest.skip("no CJK font (apt-get install fonts-noto-cjk)")
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "r.pdf"
    assert main(["assess", str(_dump(tmp_path)), "-f", "pdf", "-o", str(out)]) == 1
    text = "".join(pg.extract_text() for pg in pypdf.PdfReader(out).pages)
    assert "情节严重" in text and "第五条第一款第三项" in text.replace(" ", "")
