"""Numpy runtime of the PERSON / ADDRESS character tagger (weights: data/ner_model.npz).

Char + hashed-bigram embeddings -> dilated 1-D convolutions (residual) -> CRF Viterbi.
Segments are batched by length; everything but the Viterbi time loop is vectorised.
"""

from __future__ import annotations

import json
import threading
from importlib import resources
from pathlib import Path

import numpy as np

from leakaid.native import NativeSwitch

from . import features as feat

_crf = NativeSwitch("leakaid.detect.pii_names._crf")  # C Viterbi; viterbi_numpy is its reference

_MAX_LEN = 200  # longer segments are cut into overlapping windows
_OVERLAP = 20
_BATCH_CHARS = 16384  # rows x length of one Viterbi batch
_STREAM_CHARS = 1536  # characters per packed convolution stream (cache-sized)


class Tagger:
    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            ref = resources.files(__package__).joinpath("data/ner_model.npz")
            with resources.as_file(ref) as p, np.load(p) as z:
                arrays = {k: z[k] for k in z.files}
        else:
            with np.load(path) as z:
                arrays = {k: z[k] for k in z.files}
        chars = arrays["vocab"].astype(np.uint32).tobytes().decode("utf-32-le")
        self.meta = json.loads(arrays["meta"].tobytes().decode())
        vocab = {c: i + feat.N_SPECIAL for i, c in enumerate(chars)}
        self.lookup = feat.build_lookup(vocab)
        self.emb_u = arrays["emb_u"].astype(np.float32)
        self.emb_b = arrays["emb_b"].astype(np.float32)
        self.dil = [int(d) for d in arrays["dilations"]]
        self.gap = max(self.dil)
        self.convs = [(arrays[f"conv{i}_w"], arrays[f"conv{i}_b"]) for i in range(len(self.dil))]
        # taps stacked side by side: [cin, 3 * width]; tap k reads position t + (k - 1) * d
        self.stacked = [
            np.ascontiguousarray(np.concatenate(np.split(w, 3, axis=0), axis=1)) for w, _ in self.convs
        ]
        self.biases = [bias for _, bias in self.convs]
        eu = self.emb_u.shape[1]
        self.w0_unigram = self.emb_u @ self.stacked[0][:eu]  # [V, 3 * width]
        self.w0_bigram = np.ascontiguousarray(self.stacked[0][eu:])
        self.out_w, self.out_b = arrays["out_w"], arrays["out_b"]
        self.trans, self.start, self.end = arrays["trans"], arrays["start"], arrays["end"]
        k = len(feat.TAGS)
        # forbid I-X after anything but B-X / I-X (and at the start)
        self.allowed = np.zeros((k, k), dtype=np.float32)
        for j, tj in enumerate(feat.TAGS):
            if tj.startswith("I-"):
                for i, ti in enumerate(feat.TAGS):
                    if ti[2:] != tj[2:]:
                        self.allowed[i, j] = -1e4
        self.start_ok = self.start + np.array(
            [-1e4 if t.startswith("I-") else 0 for t in feat.TAGS], np.float32
        )
        self.start_ok = np.ascontiguousarray(self.start_ok, dtype=np.float32)
        self.end = np.ascontiguousarray(self.end, dtype=np.float32)
        self._trans_ok = np.ascontiguousarray(self.trans + self.allowed, dtype=np.float32)

    # -- core -------------------------------------------------------------------------------------
    def emissions(self, ids: np.ndarray) -> np.ndarray:
        """[B, T] ids (PAD beyond length / in gaps) -> [B, T, K] emission scores.

        Each convolution is one product with the three taps stacked side by side, the taps are then
        added with their shifts; the first layer's unigram part is a precomputed table lookup.
        """
        b, t = ids.shape
        g = self.gap
        n = t + 2 * g
        # PAD margins: PAD rows of the tables are zero, so the margins are the convolutions' zero padding
        idp = np.zeros((b, n), dtype=np.int64)
        idp[:, g : g + t] = ids
        bl, br = feat.bigram_ids(idp)
        width = self.out_w.shape[0]
        pad_rows = np.nonzero(ids == feat.PAD)  # gaps between packed segments / row padding
        x = np.concatenate([self.emb_b[bl], self.emb_b[br]], axis=-1).reshape(b * n, -1)
        y = (x @ self.w0_bigram).reshape(b, n, 3 * width)
        y += self.w0_unigram[idp]
        h = None
        for i, d in enumerate(self.dil):
            if i:
                y = (h.reshape(b * n, width) @ self.stacked[i]).reshape(b, n, 3 * width)
            nh = np.empty((b, n, width), dtype=np.float32)
            nh[:, :g] = 0
            nh[:, g + t :] = 0
            v = nh[:, g : g + t]
            np.add(y[:, g - d : g - d + t, :width], y[:, g : g + t, width : 2 * width], out=v)
            v += y[:, g + d : g + d + t, 2 * width :]
            v += self.biases[i]
            np.maximum(v, 0, out=v)
            v[pad_rows] = 0
            if h is not None:
                v += h[:, g : g + t]
            h = nh
        return (h[:, g : g + t].reshape(b * t, -1) @ self.out_w + self.out_b).reshape(b, t, -1)

    def viterbi(self, em: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """Best tag path per row ([b, t] int8; past a row's length its last tag repeats): C when built."""
        mod = _crf.module()
        if mod is None:
            return self.viterbi_numpy(em, lengths)
        b, t, k = em.shape
        tags = np.empty((b, t), dtype=np.int8)
        mod.viterbi(
            b, t, k, np.ascontiguousarray(em, dtype=np.float32), np.ascontiguousarray(lengths, dtype=np.int64),
            self._trans_ok, self.start_ok, self.end, tags,
        )
        return tags

    def viterbi_numpy(self, em: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """The reference of the C Viterbi (``_crf.c``): same float32 arithmetic, first maximum wins."""
        b, t, k = em.shape
        if b == 1:
            return self._viterbi_one(em[0, : int(lengths[0])], t)[None]
        shortest = int(lengths.min())
        trans = (self.trans + self.allowed)[None]
        score = self.start_ok + em[:, 0]
        back = np.zeros((t, b, k), dtype=np.int8)
        keep = np.arange(k, dtype=np.int8)[None, :]
        for i in range(1, t):
            cand = score[:, :, None] + trans
            best = cand.argmax(1)
            nxt = cand.max(1) + em[:, i]
            if shortest > i:
                score = nxt
                back[i] = best
            else:
                live = (i < lengths)[:, None]
                score = np.where(live, nxt, score)
                back[i] = np.where(live, best, keep)
        score = score + self.end
        tags = np.zeros((b, t), dtype=np.int8)
        cur = score.argmax(1)
        rows = np.arange(b)
        for i in range(t - 1, -1, -1):
            tags[:, i] = cur
            if i:
                cur = back[i, rows, cur]
        return tags

    def _viterbi_one(self, em: np.ndarray, t: int) -> np.ndarray:
        """Viterbi for one short row in plain Python (numpy call overhead dominates at k = 5)."""
        k = em.shape[1]
        trans = (self.trans + self.allowed).tolist()
        rows = em.tolist()
        score = [a + b for a, b in zip(self.start_ok.tolist(), rows[0], strict=True)]
        back: list[list[int]] = []
        cols = range(k)
        for row in rows[1:]:
            best_prev = []
            nxt = []
            for j in cols:
                bi, bv = 0, score[0] + trans[0][j]
                for i in cols:
                    v = score[i] + trans[i][j]
                    if v > bv:
                        bi, bv = i, v
                best_prev.append(bi)
                nxt.append(bv + row[j])
            back.append(best_prev)
            score = nxt
        final = [a + b for a, b in zip(score, self.end.tolist(), strict=True)]
        cur = max(cols, key=final.__getitem__)
        path = [cur]
        for bp in reversed(back):
            cur = bp[cur]
            path.append(cur)
        out = np.zeros(t, dtype=np.int8)
        out[: len(path)] = path[::-1]
        return out

    def stream_emissions(self, rows: list[np.ndarray]) -> list[np.ndarray]:
        """Emissions for many id rows: rows are packed into streams separated by PAD gaps (as wide
        as the largest dilation), so every convolution is one contiguous matrix product. Streams are
        kept around _STREAM_CHARS long, where the working set stays in cache."""
        out: list[np.ndarray] = []
        i = 0
        while i < len(rows):
            j, size = i, 0
            while j < len(rows) and (j == i or size + len(rows[j]) <= _STREAM_CHARS):
                size += len(rows[j]) + self.gap
                j += 1
            out += self._stream(rows[i:j])
            i = j
        return out

    def _stream(self, rows: list[np.ndarray]) -> list[np.ndarray]:
        gap = self.gap
        total = sum(len(r) for r in rows) + gap * (len(rows) + 1)
        ids = np.zeros(total, dtype=np.int64)
        starts = []
        pos = gap
        for r in rows:
            ids[pos : pos + len(r)] = r
            starts.append(pos)
            pos += len(r) + gap
        em = self.emissions(ids[None, :])[0]
        return [em[s : s + len(r)] for s, r in zip(starts, rows, strict=True)]

    def tag_ids(self, rows: list[np.ndarray]) -> list[tuple[np.ndarray, np.ndarray]]:
        """(tags, per-character confidence) for a list of id arrays (each ≤ _MAX_LEN)."""
        out: list[tuple[np.ndarray, np.ndarray] | None] = [None] * len(rows)
        order = sorted(range(len(rows)), key=lambda i: len(rows[i]))
        i = 0
        while i < len(order):
            j = i
            while j < len(order) and (j - i + 1) * len(rows[order[j]]) <= _BATCH_CHARS:
                j += 1
            j = max(j, i + 1)
            batch = [rows[idx] for idx in order[i:j]]
            t = len(batch[-1])
            ems = self.stream_emissions(batch)
            em = np.zeros((len(batch), t, len(feat.TAGS)), dtype=np.float32)
            lengths = np.array([len(r) for r in batch], dtype=np.int64)
            for r, e in enumerate(ems):
                em[r, : len(e)] = e
            tags = self.viterbi(em, lengths)
            # confidence: softmax of the emission scores at the chosen tag
            em -= em.max(-1, keepdims=True)
            np.exp(em, out=em)
            conf = np.take_along_axis(em, tags[..., None].astype(np.int64), -1)[..., 0] / em.sum(-1)
            for r, idx in enumerate(order[i:j]):
                out[idx] = (tags[r, : lengths[r]], conf[r, : lengths[r]])
            i = j
        return out  # type: ignore[return-value]

    def spans(self, texts: list[str]) -> list[list[tuple[int, int, str, float]]]:
        """(start, end, "PERSON" | "ADDRESS", confidence) spans per text."""
        rows: list[np.ndarray] = []
        where: list[tuple[int, int]] = []  # (text index, offset)
        for ti, text in enumerate(texts):
            ids = feat.char_ids(text, self.lookup)
            if len(ids) <= _MAX_LEN:
                rows.append(ids)
                where.append((ti, 0))
                continue
            step = _MAX_LEN - 2 * _OVERLAP
            for off in range(0, len(ids) - 2 * _OVERLAP, step):
                rows.append(ids[off : off + _MAX_LEN])
                where.append((ti, off))
        tagged = self.tag_ids(rows) if rows else []
        full = [np.zeros(len(t), dtype=np.int8) for t in texts]
        confs = [np.ones(len(t), dtype=np.float32) for t in texts]
        for (ti, off), (tags, conf) in zip(where, tagged, strict=True):
            lo = 0 if off == 0 else _OVERLAP
            full[ti][off + lo : off + len(tags)] = tags[lo:]
            confs[ti][off + lo : off + len(tags)] = conf[lo:]
        return [_decode(t, c) for t, c in zip(full, confs, strict=True)]


def _decode(tags: np.ndarray, conf: np.ndarray) -> list[tuple[int, int, str, float]]:
    out: list[tuple[int, int, str, float]] = []
    nz = np.flatnonzero(tags)
    start, kind = -1, ""
    prev = -2
    for i in nz.tolist():
        tag = feat.TAGS[tags[i]]
        lab = "PERSON" if tag.endswith("PER") else "ADDRESS"
        if tag.startswith("B-") or i != prev + 1 or lab != kind:
            if start >= 0:
                out.append((start, prev + 1, kind, float(conf[start : prev + 1].mean())))
            start, kind = i, lab
        prev = i
    if start >= 0:
        out.append((start, prev + 1, kind, float(conf[start : prev + 1].mean())))
    return out


_lock = threading.Lock()
_tagger: Tagger | None = None


def get_tagger() -> Tagger | None:
    """The packaged tagger (loaded once), or None when the weights are missing."""
    global _tagger
    if _tagger is None:
        with _lock:
            if _tagger is None:
                try:
                    _tagger = Tagger()
                except (FileNotFoundError, OSError, KeyError):
                    return None
    return _tagger
