"""Fixtures for the source-reader tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# the suite runs with --import-mode=importlib: make the helper module next to this file importable
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
def write(tmp_path: Path):
    """write(name, bytes_or_str, encoding="utf-8") -> Path inside tmp_path."""

    def _write(name: str, data: bytes | str, encoding: str = "utf-8") -> Path:
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
        return p

    return _write
