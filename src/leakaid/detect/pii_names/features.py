"""Character featurisation shared by training (train/train_ner.py) and the numpy runtime.

Every input character maps 1:1 to a model id, so offsets never move: full-width ASCII
folds to half-width, Traditional characters fold to Simplified (a small 1:1 table),
ASCII digits collapse to one id and ASCII letters to another.
"""

from __future__ import annotations

import numpy as np

from .hanzi import TRAD_TO_SIMP

PAD, UNK, BOS, EOS, DIGIT, LATIN = 0, 1, 2, 3, 4, 5
N_SPECIAL = 6
BIGRAM_BUCKETS = 1 << 17
TAGS: tuple[str, ...] = ("O", "B-PER", "I-PER", "B-ADDR", "I-ADDR")


def fold_char(ch: str) -> str:
    """The canonical form of one character (same length: always one character)."""
    o = ord(ch)
    if 0xFF01 <= o <= 0xFF5E:
        ch = chr(o - 0xFEE0)
    elif o == 0x3000:
        ch = " "
    return TRAD_TO_SIMP.get(ch, ch)


def build_lookup(vocab: dict[str, int]) -> np.ndarray:
    """A code point (BMP) -> id table; characters outside the BMP are UNK."""
    table = np.full(0x10000, UNK, dtype=np.int32)
    for o in range(0x10000):
        ch = fold_char(chr(o))
        if "0" <= ch <= "9":
            table[o] = DIGIT
        elif ch.isascii() and ch.isalpha():
            table[o] = LATIN
        else:
            table[o] = vocab.get(ch, UNK)
    return table


def char_ids(text: str, lookup: np.ndarray) -> np.ndarray:
    """Ids of the characters of ``text`` (vectorised)."""
    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    ids = np.full(cps.shape, UNK, dtype=np.int32)
    bmp = cps < 0x10000
    ids[bmp] = lookup[cps[bmp]]
    return ids


def bigram_ids(ids: np.ndarray, lengths: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Hashed left (prev, cur) and right (cur, next) bigram ids for a [B, T] (or [T]) id array.

    Positions beyond each row's length must already be PAD in ``ids``; the row ends use BOS/EOS.
    """
    ids = np.atleast_2d(ids).astype(np.int64)
    prev = np.empty_like(ids)
    prev[:, 0] = BOS
    prev[:, 1:] = ids[:, :-1]
    prev[prev == PAD] = BOS  # a segment start inside a packed stream (after a PAD gap)
    nxt = np.empty_like(ids)
    nxt[:, -1] = EOS
    nxt[:, :-1] = ids[:, 1:]
    nxt[nxt == PAD] = EOS
    left = (prev * 7919 + ids * 104729) % (BIGRAM_BUCKETS - 1) + 1
    right = (ids * 7919 + nxt * 104729) % (BIGRAM_BUCKETS - 1) + 1
    pad = ids == PAD
    left[pad] = 0
    right[pad] = 0
    return left, right
