from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from leakaid.store import Store
from leakaid.web.app import create_app


def csrf_of(client: TestClient) -> str:
    html = client.get("/").text
    m = re.search(r'name="csrf" value="([^"]+)"', html) or re.search(r'"X-CSRF-Token": "([^"]+)"', html)
    return m.group(1) if m else client.cookies.get("leakaid_csrf")


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
