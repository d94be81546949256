from __future__ import annotations

import random

import pytest
from redactfixtures import KEY


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
