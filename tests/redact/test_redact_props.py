"""Properties of redact_text over generated texts: no detected value survives, offsets add up."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from redactfixtures import KEY

import leakaid
from leakaid.detect.finding import STRUCTURED_TYPES
from leakaid.redact import Policy, Redactor
from leakaid.synth import render as rd
from leakaid.synth import values as sv

_PIECES = [
    lambda r: "手机：" + rd.render_mobile(sv.fake_mobile(r), r),
    lambda r: "身份证号 " + sv.fake_id_card(r),
    lambda r: "卡号" + rd.render_bank_card(sv.fake_bank_card(r), r),
    lambda r: "邮箱 " + sv.fake_email(r),
    lambda r: "座机 " + sv.fake_landline(r),
    lambda r: "车牌 " + sv.fake_plate(r),
    lambda r: "订单号 " + str(r.randint(10**17, 10**18)),
    lambda r: "，备注：请尽快发货。",
    lambda r: "\n",
]


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), op=st.sampled_from(["mask", "hash", "pseudonym", "tag", "remove"]))
def test_nothing_detected_survives(seed: int, op: str) -> None:
    r = random.Random(seed)
    text = "".join(r.choice(_PIECES)(r) for _ in range(r.randint(1, 12)))
    policy = Policy(default=op, types=STRUCTURED_TYPES)
    red = Redactor.create(policy, KEY)
    found = red.scan(text)
    res = red.apply(text, found)
    # every replaced span is gone, and the offsets describe the output exactly
    pos_in, pos_out = 0, 0
    for rep in res.replacements:
        assert text[pos_in : rep.start] == res.text[pos_out : rep.out_start]
        assert res.text[rep.out_start : rep.out_end] == rep.replacement
        pos_in, pos_out = rep.end, rep.out_end
    assert text[pos_in:] == res.text[pos_out:]
    assert len(res.replacements) == len(found)
    raw = {text[f.start : f.end] for f in found}
    for v in raw:
        assert v not in res.text or op == "pseudonym" and len(v) < 6
    # a second scan finds nothing but our own output
    if op in ("mask", "tag", "remove"):
        again = [f for f in leakaid.scan_text(res.text, types=sorted(STRUCTURED_TYPES))]
        assert not again, [(f.type, res.text[f.start : f.end]) for f in again]
