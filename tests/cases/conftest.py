from __future__ import annotations

import pytest

from leakaid.store import Store


@pytest.fixture
def store(tmp_path):
    st = Store.open(tmp_path / "data")
    yield st
    st.close()


@pytest.fixture
def answers():
    return dict(ANSWERS)


ANSWERS = {
    "leaked": ["phone", "id_number", "bank_card"],
    "source": "express",
    "organization": "某某快递有限公司",
    "happening": ["spam_sms", "fraud_attempts", "harassing_calls"],
    "police": "not_yet",
}
