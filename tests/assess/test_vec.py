"""The numpy fast paths agree with the per-value checks they replace."""

from __future__ import annotations

import datetime as dt
import importlib

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from leakaid.assess import vec
from leakaid.assess.counter import _py_hash
from leakaid.detect.validators.checksums import gb11643_check_char, luhn_is_valid

digits = st.text(alphabet="0123456789", min_size=17, max_size=17)


def _ref_id(s: str) -> bool:
    if gb11643_check_char(s[:17]) != s[17].upper():
        return False
    try:
        d = dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return dt.date(1880, 1, 1) <= d <= dt.date.today()  # cn_ric._MIN_YEAR


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(digits, st.booleans(), st.sampled_from(["110101", "310104", "440305"])), min_size=1,
                max_size=40))
def test_id_card_vector_matches_scalar(items):
    values = []
    for body, fix, region in items:
        first = region + body[6:] if fix else body
        first = first[:6] + "19900101"[: 8] + first[14:] if fix and len(values) % 2 else first
        values.append(first + gb11643_check_char(first) if fix else body + "X")
    col = vec.StrCol.from_strings(values)
    canon, valid = vec.id_card_canonical(col, vec.RegionTable())
    assert canon.all()
    mod = _validator("cn_ric")
    for v, ok in zip(values, valid.tolist(), strict=True):
        assert ok == mod.is_valid(v), v
        if v[:6] in {"110101", "310104", "440305"}:
            assert ok == _ref_id(v)


def _validator(name: str):
    try:
        return importlib.import_module(f"leakaid.detect.validators.{name}")
    except ImportError:
        return None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="0123456789", min_size=13, max_size=19), min_size=1, max_size=40))
def test_luhn_vector_matches_scalar(values):
    col = vec.StrCol.from_strings(values)
    canon, valid = vec.bank_card_canonical(col, None)
    assert canon.all()
    assert valid.tolist() == [len(v) >= 15 and luhn_is_valid(v) for v in values]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(alphabet="ab9.@-_+%Z", min_size=0, max_size=20),
                          st.from_regex(r"[a-z0-9][a-z0-9._-]{0,8}@[a-z0-9-]{1,6}(\.[a-z0-9-]{1,5}){1,2}", fullmatch=True)),
                min_size=1, max_size=30))
def test_email_vector_matches_validator(values):
    from leakaid.detect.validators import email

    col = vec.StrCol.from_strings(values)
    canon, valid = vec.email_canonical(col)
    for v, c, ok in zip(values, canon.tolist(), valid.tolist(), strict=True):
        if c:
            assert ok == email.is_valid(v), v


def test_mobile_vector():
    col = vec.StrCol.from_strings(["13812345678", "12012345678", "1381234567", "138123456789", "1381234567a"])
    canon, valid = vec.mobile_canonical(col, vec.MobileTable())
    assert canon.tolist() == [True, True, False, False, False]
    assert valid.tolist() == [True, False, False, False, False]


@given(st.lists(st.text(max_size=20), min_size=1, max_size=20))
def test_buffer_hash_matches_python_hash(values):
    col = vec.StrCol.from_strings(values)
    h = vec.hash_cells(col, np.arange(len(col)))
    assert [int(x) for x in h] == [int(_py_hash(v.encode("utf-8", "surrogatepass"))) for v in values]


def test_strip_and_fixed():
    col = vec.StrCol.from_strings(['  "abc" ', "", " x"]).strip()
    assert [col.get(i) for i in range(3)] == ["abc", "", "x"]
    assert (col.lengths == np.array([3, 0, 1])).all()


def test_vector_paths_agree_with_validators_on_mixed_values():
    import random

    import assessgen as gen

    from leakaid.assess.columns import Checkers
    from leakaid.detect.validators import bank_card, cn_ric, email, mobile

    rng = random.Random(3)
    ck = Checkers()
    cases = {
        "ID_CARD": ([gen.id_card(rng, rng.random() < 0.6) for _ in range(400)]
                    + ["".join(rng.choice("0123456789") for _ in range(17)) + rng.choice("0123456789Xx") for _ in range(400)],
                    cn_ric),
        "MOBILE": ([gen.mobile(rng, rng.random() < 0.6) for _ in range(400)]
                   + ["1" + "".join(rng.choice("0123456789") for _ in range(10)) for _ in range(600)], mobile),
        "BANK_CARD": ([gen.bank_card(rng, rng.random() < 0.6) for _ in range(300)]
                      + ["".join(rng.choice("0123456789") for _ in range(rng.randint(13, 19))) for _ in range(700)],
                      bank_card),
        "EMAIL": ([gen.email(rng) for _ in range(200)] + ["a..b@x.com", "-a@x.com", "a@x.c", "a@-x.com", "a@x-.com",
                                                          "a_@b.cn", "a@b@c.com", "x@y.z1"], email),
    }
    for kind, (values, mod) in cases.items():
        canon, valid = ck.canonical(kind, vec.StrCol.from_strings(values))
        for v, c, ok in zip(values, canon.tolist(), valid.tolist(), strict=True):
            if c:
                assert ok == mod.is_valid(v), (kind, v)


def test_hash_branches_uniform_short_and_long():
    for values in (["110101199003071234"] * 3 + ["110101199003071235"],  # uniform width
                   ["a", "bbbbbbbbb", "", "cccccccccccccccccc"],  # mixed, short
                   ["x" * 100, "y" * 7, "x" * 99 + "z", "长" * 40]):  # long cells
        col = vec.StrCol.from_strings(values)
        h = vec.hash_cells(col, np.arange(len(col)))
        assert [int(x) for x in h] == [int(_py_hash(v.encode())) for v in values]
        assert len(set(h.tolist())) == len(set(values))
