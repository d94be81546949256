"""Labelled corpora: many short dense documents, or few long sparse ones."""

from __future__ import annotations

import random
from collections.abc import Iterator

from leakaid.synth import docs as sdocs
from leakaid.synth import negatives as neg

__all__ = ["generate_corpus", "generate_doc"]

_NAMES = tuple(sdocs.GENRES)
_WEIGHTS = tuple(w for _, w in sdocs.GENRES.values())

SPARSE_DOC_BYTES = 200_000
SPARSE_EVERY_BYTES = 10_000


def _doc_rng(seed: int, i: int, sparse: bool) -> random.Random:
    # Each document has its own stream, so document i is the same whatever n_docs is.
    return random.Random(f"leakaid-synth:{seed}:{'s' if sparse else 'd'}:{i}")


def generate_doc(seed: int, i: int, *, sparse: bool = False, genre: str | None = None) -> sdocs.Doc:
    """Document number ``i`` of the corpus with ``seed`` (deterministic)."""
    rng = _doc_rng(seed, i, sparse)
    b = sdocs.Builder(rng)
    if sparse:
        genre = genre or ("prose_sparse" if rng.random() < 0.6 else "log_sparse")
        if genre == "prose_sparse":
            # CJK is 3 UTF-8 bytes a character; a bit of ASCII mixed in.
            sdocs.g_prose(b, target_chars=SPARSE_DOC_BYTES // 3, every=SPARSE_EVERY_BYTES // 3)
        else:
            sdocs.g_log_sparse(b, target_chars=SPARSE_DOC_BYTES, every=SPARSE_EVERY_BYTES)
    else:
        genre = genre or rng.choices(_NAMES, weights=_WEIGHTS)[0]
        if rng.random() < 0.3:  # hard negatives everywhere, not only where a genre puts them
            b.neg().raw("\n")
        sdocs.GENRES[genre][0](b)
        for _ in range(rng.choice((0, 0, 1, 2))):
            b.raw(rng.choice(("\n", "；", "。"))).raw(neg.hard_negative(rng))
    return sdocs.Doc(f"{genre}-{seed}-{i:06d}", genre, b.text(), b.spans)


def generate_corpus(n_docs: int, seed: int, *, sparse: bool = False) -> Iterator[sdocs.Doc]:
    """Yield ``n_docs`` labelled documents; the same ``seed`` always gives the same corpus.

    Dense mode: short documents (0.3–3 KB) of the genres in ``docs.GENRES``, PII-rich, with
    hard negatives. Sparse mode: ~200 KB documents of prose/statute-like text or service logs
    with about one finding per 10 KB.
    """
    for i in range(n_docs):
        yield generate_doc(seed, i, sparse=sparse)
