"""`leakaid scan`: every output format, masking, and the exit codes 0 / 1 / 2."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from leakaid.cli import main

ID = "11010519491231002X"


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(f"收件人电话 138-1234-5678\n身份证 {ID}\n", encoding="utf-8")
    (tmp_path / "sub" / "b.csv").write_bytes("姓名,QQ号\n张三,123456789\n".encode("gbk"))
    (tmp_path / "clean.md").write_text("没有任何个人信息。\n", encoding="utf-8")
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["scan", "--no-progress", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_exit_0_when_clean(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(tree / "clean.md"))
    assert code == 0
    assert "共发现 0 处" in out


def test_exit_1_and_masked_table(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(tree))
    assert code == 1
    assert "138-1234-5678" not in out and ID not in out
    assert "5678" in out  # the masked value keeps the last digits
    assert "b.csv" in out  # directories are walked recursively
    assert "手机号" in out and "身份证号" in out and "QQ号" in out


def test_show_values(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(tree / "a.txt"), "--show-values", "-f", "jsonl")
    assert code == 1
    values = {json.loads(line)["value"] for line in out.splitlines()}
    assert {"138-1234-5678", ID} <= values


def test_json_has_locations_and_summary(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(tree), "-f", "json", "--types", "MOBILE,ID_CARD,QQ")
    doc = json.loads(out)
    assert code == 1
    by_type = doc["summary"]["by_type"]
    assert by_type["MOBILE"] == 1 and by_type["ID_CARD"] == 1 and by_type["QQ"] == 1
    per_file = {Path(p).name: v for p, v in doc["summary"]["by_file"].items()}
    assert per_file["a.txt"] == {"total": 2, "by_type": {"MOBILE": 1, "ID_CARD": 1}}
    assert per_file["b.csv"]["by_type"] == {"QQ": 1}
    mobile = next(f for f in doc["findings"] if f["type"] == "MOBILE")
    assert mobile["location"]["line"] == 1 and mobile["location"]["column"] == 7
    assert mobile["masked"] is True and mobile["value"] != "138-1234-5678"
    qq = next(f for f in doc["findings"] if f["type"] == "QQ")
    assert qq["location"]["row"] == 2 and qq["location"]["field"] == "QQ号"
    assert "共发现" in err  # the summary goes to stderr for machine formats


def test_jsonl_and_csv(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, str(tree / "a.txt"), "-f", "jsonl")
    assert [json.loads(line)["type"] for line in out.splitlines()] == ["MOBILE", "ID_CARD"]
    _, out, _ = run(capsys, str(tree / "a.txt"), "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["type"] for r in rows] == ["MOBILE", "ID_CARD"]
    assert rows[1]["line"] == "2"


def test_sarif(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(tree / "a.txt"), "-f", "sarif")
    log = json.loads(out)
    assert code == 1 and log["version"] == "2.1.0"
    run0 = log["runs"][0]
    assert {r["id"] for r in run0["tool"]["driver"]["rules"]} == {"MOBILE", "ID_CARD"}
    res = run0["results"][0]
    assert res["ruleId"] == "MOBILE"
    assert res["locations"][0]["physicalLocation"]["region"] == {"startLine": 1, "startColumn": 7}
    assert "138-1234-5678" not in out


def test_types_and_min_score(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, str(tree / "a.txt"), "-f", "jsonl", "--types", "ID_CARD")
    assert [json.loads(line)["type"] for line in out.splitlines()] == ["ID_CARD"]
    code, out, _ = run(capsys, str(tree / "a.txt"), "-f", "jsonl", "--min-score", "1")
    assert code == 0 and out == ""


def test_bad_type_is_exit_2(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, str(tree), "--types", "PHONE")
    assert code == 2
    assert "未知类型" in err


def test_bad_format_is_exit_2(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, str(tree), "-f", "xml")
    assert code == 2


def test_missing_and_corrupt_files_are_exit_2_but_scan_goes_on(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "broken.xlsx").write_bytes(b"PK\x03\x04 this is not a zip")
    code, out, err = run(capsys, str(tree), str(tree / "nope.txt"), "-f", "jsonl", "--types", "MOBILE,ID_CARD,QQ")
    assert code == 2
    assert len(out.splitlines()) == 3  # the good files were still scanned
    assert "broken.xlsx" in err and "nope.txt" in err


def test_fingerprint_needs_a_key(tree: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _, out, _ = run(capsys, str(tree / "a.txt"), "-f", "jsonl")
    assert all("fingerprint" not in json.loads(line) for line in out.splitlines())
    monkeypatch.setenv("LEAKAID_KEY", "k" * 32)
    _, out1, _ = run(capsys, str(tree / "a.txt"), "-f", "jsonl")
    _, out2, _ = run(capsys, str(tree / "a.txt"), "-f", "jsonl")
    fp1 = [json.loads(line)["fingerprint"] for line in out1.splitlines()]
    assert fp1 == [json.loads(line)["fingerprint"] for line in out2.splitlines()]
    assert len(set(fp1)) == 2


def test_output_file(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tree / "out.json"
    code, out, _ = run(capsys, str(tree / "a.txt"), "-f", "json", "-o", str(target))
    assert code == 1 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["total"] == 2


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "scan" in capsys.readouterr().out
    assert main(["scan", "--help"]) == 0
    assert "--show-values" in capsys.readouterr().out
    assert main(["--version"]) == 0


def test_large_file_is_read_in_chunks_and_lines_stay_right(tmp_path: Path) -> None:
    """A file larger than the reader's chunk: every phone found once, on its own line."""
    from leakaid import scan_file
    from leakaid.sources.text import CHUNK_CHARS

    filler = "this line holds no personal data at all, only words.\n"
    out, marks, chars = [], [], 0
    line_no = 0
    while chars < CHUNK_CHARS + 200_000:
        line = filler
        if abs(chars - CHUNK_CHARS) < 3_000 and line_no % 7 == 0 or line_no == 3:
            line = "tel 13812345678 end\n"
            marks.append(line_no + 1)
        out.append(line)
        chars += len(line)
        line_no += 1
    path = tmp_path / "big.txt"
    path.write_text("".join(out), encoding="utf-8")
    found = list(scan_file(path, types=["MOBILE"]))
    assert [lf.location.line for lf in found] == marks
    assert all(lf.text == "13812345678" and lf.location.column == 5 for lf in found)


def test_an_entity_across_two_joined_segments_is_found_once_at_its_line() -> None:
    from leakaid.detect.engine import Engine
    from leakaid.scan import scan_segments
    from leakaid.sources.base import Location, Segment

    text = "第一行\n" * 1000 + "手机 138-1234-5678 在第一千零一行\n" + "尾行\n" * 1000  # longer than a stream window
    start = text.index("138")
    engine = Engine(types=["MOBILE"])
    for cut in range(start - 3, start + 16):
        head, tail = text[:cut], text[cut:]
        line = head.count("\n") + 1
        column = len(head) - (head.rfind("\n") + 1) + 1
        segs = [
            Segment(head, Location("x.txt", line=1, column=1)),
            Segment(tail, Location("x.txt", line=line, column=column), joined=True),
        ]
        found = list(scan_segments(segs, engine))
        assert [(lf.text, lf.location.line, lf.location.column) for lf in found] == [("138-1234-5678", 1001, 4)], cut


def test_a_warning_does_not_make_the_scan_fail(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "log.jsonl").write_text('{"tel": "13812345678"}\n{broken\n', encoding="utf-8")
    code, out, err = run(capsys, str(tmp_path), "-f", "jsonl", "--types", "MOBILE")
    assert code == 1
    assert "注意" in err


def test_progress_bar_sees_every_byte(tree: Path) -> None:
    from leakaid.cli.scan import _Progress

    files = sorted(p for p in tree.rglob("*") if p.is_file())
    bar = _Progress(files, enabled=True)
    with bar:
        from leakaid.scan import scan_paths

        for item in scan_paths(files, recursive=False, on_segment=bar.on_segment):
            if hasattr(item, "location"):
                bar.advance_to(item.location.path)
        for f in files:
            bar.file_done(str(f))
        assert bar._bar.tasks[0].completed == sum(f.stat().st_size for f in files)


def test_table_locations_say_line_row_field_and_character() -> None:
    from leakaid.cli.scan import _where

    assert _where({"path": "a.txt", "line": 3, "column": 5}) == "a.txt:第3行:第5字"
    assert _where({"path": "a.csv", "row": 2, "field": "手机号", "column": 1}) == "a.csv:第2行:列“手机号”"
    assert _where({"path": "a.jsonl", "line": 7, "field": "$.user.phone"}) == "a.jsonl:第7行:字段$.user.phone"
    assert _where({"path": "b.xlsx", "sheet": "客户", "row": 4, "field": "QQ"}) == "b.xlsx:工作表“客户”:第4行:列“QQ”"
    assert _where({"path": "c.pdf", "page": 2, "line": 1, "column": 3}) == "c.pdf:第2页:第1行:第3字"
