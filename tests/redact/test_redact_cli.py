"""``leakaid redact``: outputs, options, the summary and the exit codes (0 clean, 1 remaining, 2 errors)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from redactfixtures import KEY

from leakaid.cli import main

MOBILE = "13812345678"
ID = "11010519491231002X"
EMAIL = "zhangsan@example.com"


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    p = tmp_path / "in.txt"
    p.write_text(f"联系人手机 {MOBILE}\n身份证 {ID}\n邮箱 {EMAIL}\n", encoding="utf-8")
    return p


def _no_raw(*texts: str) -> None:
    for t in texts:
        for raw in (MOBILE, ID, EMAIL):
            assert raw not in t


def test_clean_run_writes_next_to_input(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = sample.read_bytes()
    assert main(["redact", str(sample)]) == 0
    out = sample.with_name("in.redacted.txt")
    assert out.read_text(encoding="utf-8") == "联系人手机 138****5678\n身份证 110105********002X\n邮箱 z***@example.com\n"
    assert sample.read_bytes() == before
    cap = capsys.readouterr()
    assert "校验：通过" in cap.err and cap.out == ""
    _no_raw(cap.err)


def test_forced_miss_exits_1(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["redact", str(sample), "-o", str(tmp_path / "o.txt"), "--types", "MOBILE,EMAIL", "--type-operator", "MOBILE=keep"])
    assert rc == 1
    cap = capsys.readouterr()
    assert "残留 手机号" in cap.err and "138****5678" in cap.err and "line=1" in cap.err
    _no_raw(cap.err)
    # a type outside --types is neither redacted nor checked
    assert ID in (tmp_path / "o.txt").read_text(encoding="utf-8")


def test_policy_file_and_json_summary(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pol = tmp_path / "p.toml"
    pol.write_text('[operators]\ndefault = "tag"\nEMAIL = "keep"\n[options]\ntypes = ["MOBILE", "EMAIL"]\n', encoding="utf-8")
    rc = main(["redact", str(sample), "-o", str(tmp_path / "o.txt"), "--policy", str(pol), "--format", "json"])
    assert rc == 1
    summary = json.loads(capsys.readouterr().err)
    (f,) = summary["files"]
    assert f["replaced"] == {"MOBILE": 1}
    assert f["verify"]["remaining"] == {"EMAIL": 1}
    assert summary["clean"] is False and summary["policy"]["default"] == "tag"
    assert (tmp_path / "o.txt").read_text(encoding="utf-8").startswith("联系人手机 [手机号]")


def test_keyed_operators_need_a_key(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "o.txt"
    assert main(["redact", str(sample), "-o", str(out), "--operator", "hash"]) == 2
    assert "缺少密钥" in capsys.readouterr().err
    assert not out.exists()
    keyfile = tmp_path / "key"
    keyfile.write_bytes(KEY)
    assert main(["redact", str(sample), "-o", str(out), "--operator", "hash", "--key-file", str(keyfile)]) == 0
    first = out.read_text(encoding="utf-8")
    assert "MOBILE_" in first and "ID_CARD_" in first
    monkeypatch.setenv("LEAKAID_KEY", KEY.decode())
    assert main(["redact", str(sample), "-o", str(out), "--type-operator", "MOBILE=pseudonym"]) == 0
    text = out.read_text(encoding="utf-8")
    assert MOBILE not in text and "110105********002X" in text
    _no_raw(capsys.readouterr().err)


@pytest.mark.parametrize(
    "args",
    [
        ["--policy", "{tmp}/missing.toml"],
        ["--type-operator", "MOBILE=shred"],
        ["--types", "PHONE"],
        ["--operator", "scramble"],
        ["--min-score", "3"],
        ["--as", "xml"],
    ],
)
def test_bad_options_exit_2(sample: Path, tmp_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert main(["redact", str(sample), "-o", str(tmp_path / "o.txt"), *args]) == 2
    assert "错误" in capsys.readouterr().err
    assert not (tmp_path / "o.txt").exists()


def test_unreadable_input_exits_2_and_others_still_run(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{oops", encoding="utf-8")
    rc = main(["redact", str(sample), str(bad), str(tmp_path / "missing.txt"), "--output-dir", str(tmp_path / "out")])
    assert rc == 2
    assert (tmp_path / "out" / "in.txt").exists()
    err = capsys.readouterr().err
    assert "bad.json" in err and "missing.txt" in err


def test_output_modes(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "sub" / "t.csv"
    other.parent.mkdir()
    other.write_text(f"phone\n{MOBILE}\n", encoding="utf-8")
    # -o needs a single input
    assert main(["redact", str(sample), str(other), "-o", str(tmp_path / "x")]) == 2
    # a directory and a file into an output directory
    assert main(["redact", str(tmp_path / "sub"), str(sample), "--output-dir", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "sub" / "t.csv").read_text(encoding="utf-8") == "phone\n138****5678\n"
    assert (tmp_path / "out" / "in.txt").exists()
    capsys.readouterr()
    # standard output
    assert main(["redact", str(sample), "-o", "-"]) == 0
    cap = capsys.readouterr()
    assert cap.out.startswith("联系人手机 138****5678")
    assert main(["redact", str(sample), "-o", "-", "--type-operator", "MOBILE=keep"]) == 1
    cap = capsys.readouterr()
    assert MOBILE in cap.out and "<标准输出>:line=1" in cap.err
    # in place
    assert main(["redact", str(other), "--in-place"]) == 0
    assert other.read_text(encoding="utf-8") == "phone\n138****5678\n"


def test_help_lists_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    main(["redact", "--help"])
    text = capsys.readouterr().out
    for opt in ("--operator", "--type-operator", "--policy", "--key-file", "--types", "--min-score", "--output-dir", "--in-place"):
        assert opt in text
