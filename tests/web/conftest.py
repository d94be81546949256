from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from leakaid.store import Store
from leakaid.web.app import create_app


@pytest.fixture
def store(tmp_path):
    st = Store.open(tmp_path / "data")
    yield st
    st.close()


@pytest.fixture
def client(store):
    with TestClient(create_app(store, max_upload=64 * 1024)) as c:
        c.get("/")
        yield c
