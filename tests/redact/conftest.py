"""Fixtures for the redaction tests."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

# the suite runs with --import-mode=importlib: make the helper module next to this file importable
sys.path.insert(0, str(Path(__file__).parent))

from redactfixtures import KEY  # noqa: E402


@pytest.fixture
def key() -> bytes:
    return KEY


@pytest.fixture
def rng() -> random.Random:
    return random.Random(20261123)


@pytest.fixture(autouse=True)
def _no_env_key(monkeypatch: pytest.MonkeyPatch) -> None:
    # tests decide about the key themselves; a developer's LEAKAID_KEY must not leak in
    monkeypatch.delenv("LEAKAID_KEY", raising=False)
