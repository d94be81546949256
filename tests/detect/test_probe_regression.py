"""The hand-written probe sets (tests/probe/, tests/probe2/, tests/probe3/, tests/probe7/, built without looking at the
engine) as regression guards.

Each probe was written to measure the engine on text it was not tuned on; after its first run the errors it
found were fixed, so from now on it guards against regressions: `python bench/probe_eval.py` and
`python bench/probe2_eval.py` print the per-type tables and every error (masked). Errors still allowed: probe 1,
a Taiwan 0996 number libphonenumber does not call mobile; probe 2, Hong Kong numbers libphonenumber does not
call fixed lines (UAN) or does not know, and two OCR dates; probe 3, a QQ number answered on the next chat
line and a bare "q 123…"; probe 7 (first run F1 0.941: Excel/pandas exports, Traditional plates, 00852 numbers,
GPS with 东经, XML elements, URL hosts), two 174x numbers its generator took for mobiles (1740–1749 are satellite
and emergency segments, not mobiles) and two Taiwan numbers after a bare 新號碼; probe 9 (look-alike-dense documents,
first run F1 0.984: vCard BDAY, passport dates 05 JUL 1994, 22.44°N, 116.35°E, an ID's X set apart by OCR, sandbox
test cards, an image tag user-svc:2.0.4.176 read as an address), a Macao number libphonenumber does not know;
probe 10 (government forms, medical records, chat exports, English documents, notifications, Markdown/ASCII tables;
first run F1 0.927: psql-style +----+ tables, Oct 15, 1990 and 19/01/2004, HK/Macao permits in English, virtual
numbers with an extension, hospital numbers read as landlines); probe 11 (contracts, education, payroll, enforcement
notices, Taiwan/Hong Kong shops, social posts; first run F1 0.992: 159 一二三四 5678, 加薇❤：).
Probes 13, 14 and 16 (written blind in the fourth session):
probe 13 (lodging, telecom, finance, e-commerce, transport, evasive ads, public notices; first run F1 0.984:
热线/客服 numbers, V信/+V/微❤/绿泡泡/抠抠, (at) e-mails, digits apart by emoji, 175|4081|5758, HK passports K…);
left: nine numbers given after a WeChat cue, which this probe labels MOBILE and ours (and probe 16) WECHAT, and
161… and 148… numbers it took for non-existent segments (148 is China Mobile's data/IoT segment; probe 18 labels
such numbers as mobiles, so they are reported). probe 14 (URLs, HTTP, application logs, code and configs, exports,
international numbers, network logs; first run F1 0.984, after URL-encoded separators and REST paths had already
been added: percent-encoded query strings, +886-2-… and +81 (0)6-… fixed lines, MyBatis parameter logs, multipart
fields, camelCase keys, passports listed after one cue); probe 16 (property, cars, tax and social security, call
transcripts, e-mail threads, recruitment, medical insurance; first run F1 0.987: document types in the cell before
the number, 23.08 113.70 after a location word, numbers spoken partly in numerals); left: birth dates answered on a
later line of a call transcript (now read: 麻烦报一下您的出生日期 → B: 1969年10月23号). Probe 17 (OCR and PDF text, hotline
work orders, payroll files, game trades, anti-fraud notices, school records, dating posts; first run F1 0.985:
numbers broken over two lines, pinyin column names csrq/sjhm/zjhm, box-drawing form rows, a WeChat ID said later in
the sentence, spaced OCR labels; left: a cue spelled with spaces inside a word, a (027) area code broken from its
number, a card of an issuer missing from the BIN table). Probe 18 (100 documents and 30 real files; first run text
F1 0.978, files 0.942: a title row above a table's header, form tables with the label left of the value, day-first
birth dates in a column, HTML inputs, MyBatis exceptions, a warning at a file's end losing its last findings, broken
JSON and Word's HTML under .docx read instead of refused); left: a Hong Kong fax number it does not label. Probe 20
(OCR of identity documents and certificates, court lists, staff directories, IT exports, English visa forms, social
DMs, delivery apps; first run F1 0.974: English passport and birth-date labels with qualifiers, month-first dates,
a WeChat ID on the line under its platform, +33 1 45 18 57 92, 日 before a birth time, spaced 證 件 號 碼, OCR
services' JSON, doc_no keys, 手机/微信, virtual numbers with _ extensions, mixed emoji between digits); left: two
mobiles written in keycap emoji, which probes 10 and 13 label the other way. Probe 22 (Traditional-Chinese documents
from Hong Kong, Macao and Taiwan; first run F1 0.945: local 8-digit fixed lines and mobiles after 手提/屋企電話/
WhatsApp, Taiwan 0X-XXX-XXXX fixed lines, 民國 birth dates, 出世日期, 係咪, answers on the next chat line, QQ帳號,
cross-border 粤Z…港 plates and • separators); left: a 港澳台居民居住證 number it labels as a look-alike (probe 13 labels
such numbers as IDs), numbers after 住家, dates in space-aligned tables. Probe 23 (leaked data pasted as text; first
run F1 0.995: a phone number in a WeChat column); left: space-aligned tables and a two-row table without a header.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from leakaid import scan_text
from leakaid.detect.finding import STRUCTURED_TYPES

TESTS = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "path,silent_genre,max_fn,min_f1,max_fp",
    [
        (TESTS / "probe" / "probe.jsonl", "lookalike", 2, 0.97, 0),
        (TESTS / "probe2" / "probe2.jsonl", "traps", 8, 0.97, 0),
        (TESTS / "probe3" / "probe3.jsonl", "traps3", 5, 0.95, 0),
        (TESTS / "probe7" / "probe7.jsonl", "traps7", 4, 0.97, 0),
        (TESTS / "probe9" / "probe9.jsonl", "traps9", 1, 0.97, 0),
        (TESTS / "probe10" / "probe10.jsonl", "traps10", 1, 0.97, 0),
        (TESTS / "probe11" / "probe11.jsonl", "traps11", 0, 0.97, 0),
        (TESTS / "probe13" / "probe13.jsonl", "traps13", 9, 0.92, 12),
        (TESTS / "probe14" / "probe14.jsonl", "traps14", 0, 0.97, 0),
        (TESTS / "probe16" / "probe16.jsonl", "traps16", 1, 0.97, 0),
        (TESTS / "probe17" / "probe17.jsonl", "traps17", 3, 0.97, 0),
        (TESTS / "probe18" / "probe18.jsonl", "traps18", 0, 0.97, 1),
        (TESTS / "probe20" / "probe20.jsonl", "traps20", 2, 0.97, 0),
        (TESTS / "probe22" / "probe22.jsonl", "traps22", 12, 0.95, 1),
        (TESTS / "probe23" / "probe23.jsonl", "traps23", 9, 0.95, 3),
    ],
    ids=[
        "probe", "probe2", "probe3", "probe7", "probe9", "probe10", "probe11", "probe13", "probe14", "probe16",
        "probe17", "probe18", "probe20", "probe22", "probe23",
    ],
)
def test_probe_set_scores(path: Path, silent_genre: str, max_fn: int, min_f1: float, max_fp: int) -> None:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    noisy_lookalikes = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        gold = {tuple(s) for s in doc["spans"]}
        pred = {(f.start, f.end, f.type) for f in scan_text(doc["text"], types=STRUCTURED_TYPES)}
        for s in pred & gold:
            tp[s[2]] += 1
        for s in pred - gold:
            fp[s[2]] += 1
        for s in gold - pred:
            fn[s[2]] += 1
        noisy_lookalikes += doc["genre"] == silent_genre and bool(pred)
    assert noisy_lookalikes <= (2 if max_fp else 0)  # probe 13: its traps of 161… and 148… numbers
    for t in set(tp) | set(fn) | set(fp):
        f1 = 2 * tp[t] / (2 * tp[t] + fp[t] + fn[t])
        assert f1 >= min_f1, (t, tp[t], fp[t], fn[t])
    assert sum(fp.values()) <= max_fp and sum(fn.values()) <= max_fn, (fp, fn)


@pytest.mark.parametrize(
    "name,min_f1,max_trap_findings",
    [
        ("probe4", 0.97, 16), ("probe8", 0.98, 6), ("probe12", 0.93, 14), ("probe15", 0.88, 22), ("probe19", 0.95, 5),
        ("probe21", 0.78, 25),
    ],
    ids=["probe4", "probe8", "probe12", "probe15", "probe19", "probe21"],
)
def test_names_probe_scores(name: str, min_f1: float, max_trap_findings: int) -> None:
    """Probe 4 (PERSON/ADDRESS in waybills, forms, CSV, judgments, chats, Traditional text; tests/probe4/):
    strict micro F1 0.869 on its first run, 0.930 after its fixes, 0.968 after probe 8's; probe 8 (labelled fields:
    waybills, forms, text tables, JSON/XML/YAML/SQL, Traditional, hard values, traps; tests/probe8/): 0.924 on its
    first run, 0.990 after the fixes; probe 12 (contracts, police reports, school rosters, medical records, HR forms,
    group chats; tests/probe12/): 0.900 on its first run, 0.935 after the fixes (left: names in running text such as
    报警人称其邻居X家中…, nicknames in chat headers, drug names); probe 15 (orders, property lists, judgments, news and
    posts, public lists, rosters, messy forms; tests/probe15/): 0.853 on its first run, 0.881 after the fixes (X哥/X姐,
    brands, roads, shops and crossings without a number in running text, bare 10栋502, placeholders, case numbers;
    left: names after 今收到 / 维修人员 / 给我妈, two-line addresses cut inside a division name, company addresses in
    company registers); probe 19 (addresses as people type them: delivery boxes, forms, chats; tests/probe19/):
    0.909 on its first run, 0.963 after the fixes (emoji before, notes, landmarks and parcel points after an address,
    wide gaps inside a typed one, directions and 籍贯 fields); probe 21 (names and addresses in running text: local
    news, police notices, public notices, articles, complaints, family chats, biographies; tests/probe21/): 0.764 on
    its first run, 0.799 after the fixes (prose after an address's last number, words before its first division,
    divisions with a street office or a town in prose, names with a word glued on) — the open-domain part, where
    the model's recall is the limit. `python bench/probe4_eval.py [--probe …]`."""
    tp = fp = fn = 0
    trap_findings = 0
    for line in (TESTS / name / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        gold = {tuple(s) for s in doc["spans"]}
        pred = {(f.start, f.end, f.type) for f in scan_text(doc["text"], types=["PERSON", "ADDRESS"])}
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
        trap_findings += doc["genre"].startswith("traps") and len(pred)
    assert 2 * tp / (2 * tp + fp + fn) >= min_f1
    assert trap_findings <= max_trap_findings
