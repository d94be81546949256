"""The pre-commit hook definitions call a real, working command."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from leakaid.cli import main

HOOKS = Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml"


def _entries() -> list[str]:
    return [line.split("entry:", 1)[1].strip() for line in HOOKS.read_text(encoding="utf-8").splitlines() if "entry:" in line]


@pytest.mark.parametrize("entry", _entries())
def test_hook_blocks_a_file_with_personal_information(entry: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = shlex.split(entry)
    assert argv[0] == "leakaid"
    dirty = tmp_path / "notes.txt"
    dirty.write_text("客户手机 13812345678\n", encoding="utf-8")
    clean = tmp_path / "readme.txt"
    clean.write_text("nothing to see\n", encoding="utf-8")
    assert main([*argv[1:], str(dirty), str(clean)]) == 1
    assert main([*argv[1:], str(clean)]) == 0
