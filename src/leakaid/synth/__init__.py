"""Synthetic Chinese personal data and labelled corpora (no real person's data anywhere).

Deterministic: every function takes a ``random.Random`` (or a seed), never global state.

Single values (plain canonical form; see ``render`` for obfuscated written forms)::

    rng = random.Random(7)
    fake_id_card(rng), fake_mobile(rng), fake_bank_card(rng), fake_address(rng) ...

Corpora (gold spans follow the labelling rules in ``leakaid.synth.docs``)::

    for doc in generate_corpus(100, seed=42):
        doc.text, doc.spans   # spans: [(start, end, TYPE)], end-exclusive str offsets
"""

from __future__ import annotations

from leakaid.synth.corpus import generate_corpus, generate_doc
from leakaid.synth.docs import GENRES, Doc
from leakaid.synth.negatives import NEGATIVE_KINDS, hard_negative, uscc
from leakaid.synth.render import (
    render_bank_card,
    render_birthdate,
    render_extension,
    render_gps,
    render_id_card,
    render_landline,
    render_mobile,
    to_chinese_numerals,
    to_fullwidth,
)
from leakaid.synth.values import (
    fake_address,
    fake_bank_card,
    fake_birthdate,
    fake_email,
    fake_gps,
    fake_hk_macao_permit,
    fake_id_card,
    fake_ip,
    fake_landline,
    fake_mobile,
    fake_passport,
    fake_person,
    fake_plate,
    fake_qq,
    fake_wechat,
)

__all__ = [
    "GENRES",
    "NEGATIVE_KINDS",
    "Doc",
    "fake_address",
    "fake_bank_card",
    "fake_birthdate",
    "fake_email",
    "fake_gps",
    "fake_hk_macao_permit",
    "fake_id_card",
    "fake_ip",
    "fake_landline",
    "fake_mobile",
    "fake_passport",
    "fake_person",
    "fake_plate",
    "fake_qq",
    "fake_wechat",
    "generate_corpus",
    "generate_doc",
    "hard_negative",
    "render_bank_card",
    "render_birthdate",
    "render_gps",
    "render_id_card",
    "render_extension",
    "render_landline",
    "render_mobile",
    "to_chinese_numerals",
    "to_fullwidth",
    "uscc",
]
