"""Presidio configured for Chinese the way ../shared/ANCHORS.md ("presidio-zh-noop") describes.

Runs only inside bench/.venv-anchors. CJK-safe pattern recognisers written for the benchmark
(ASCII look-arounds instead of ``\\b``): CN ID with GB 11643 validation, CN mobile, email, bank
card with Luhn; plus Presidio's own IpRecognizer and PhoneRecognizer(supported_regions=("CN",)).
NoOpNlpEngine: no tokenisation, no model download (context words then only change scores, and the
threshold is 0, so detections equal those of the blank-spaCy configuration).
"""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
from presidio_analyzer.nlp_engine import NoOpNlpEngine
from presidio_analyzer.predefined_recognizers import IpRecognizer, PhoneRecognizer

LANG = "zh"
_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _gb11643_ok(s: str) -> bool:
    s = s.upper()
    if len(s) != 18 or not s[:17].isdigit():
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], _W, strict=True)) % 11] == s[17]


def _luhn_ok(s: str) -> bool:
    digits = [int(c) for c in s if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return len(digits) >= 15 and total % 10 == 0


class CnIdRecognizer(PatternRecognizer):
    def __init__(self) -> None:
        pat = r"(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9A-Za-z])"
        super().__init__(
            "CN_ID",
            name="CnIdRecognizer",
            supported_language=LANG,
            patterns=[Pattern("cn_id", pat, 0.5)],
            context=["身份证", "证件", "身份證"],
        )

    def validate_result(self, pattern_text: str) -> bool:
        return _gb11643_ok(pattern_text)


class CnBankCardRecognizer(PatternRecognizer):
    def __init__(self) -> None:
        pat = r"(?<![0-9])(?:\d{15,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?)(?![0-9])"
        super().__init__(
            "CN_BANK_CARD",
            name="CnBankCardRecognizer",
            supported_language=LANG,
            patterns=[Pattern("cn_bank_card", pat, 0.3)],
            context=["卡号", "银行卡", "銀行卡"],
        )

    def validate_result(self, pattern_text: str) -> bool:
        return _luhn_ok(pattern_text)


def build_analyzer() -> AnalyzerEngine:
    mobile = PatternRecognizer(
        "CN_MOBILE",
        name="CnMobileRecognizer",
        supported_language=LANG,
        patterns=[Pattern("cn_mobile", r"(?<![0-9])1[3-9]\d{9}(?![0-9])", 0.5)],
        context=["手机", "电话", "联系", "手機", "電話"],
    )
    email = PatternRecognizer(
        "EMAIL_ADDRESS",
        name="CjkEmailRecognizer",
        supported_language=LANG,
        patterns=[
            Pattern(
                "email",
                r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])",
                0.5,
            )
        ],
        context=["邮箱", "email", "電郵"],
    )
    registry = RecognizerRegistry(supported_languages=[LANG])
    for rec in (
        CnIdRecognizer(),
        mobile,
        email,
        CnBankCardRecognizer(),
        IpRecognizer(supported_language=LANG),
        PhoneRecognizer(supported_language=LANG, supported_regions=("CN",), context=["电话", "手机", "联系"]),
    ):
        registry.add_recognizer(rec)
    engine = NoOpNlpEngine(models=[{"lang_code": LANG, "model_name": "noop"}])
    engine.load()
    return AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=[LANG])


def _phone_type(text: str) -> str:
    d = "".join(c for c in text if c.isdigit())
    if d.startswith("0086"):
        d = d[4:]
    elif d.startswith("86") and len(d) == 13:
        d = d[2:]
    return "MOBILE" if len(d) == 11 and d.startswith("1") else "LANDLINE"


_MAP = {
    "CN_ID": "ID_CARD",
    "CN_MOBILE": "MOBILE",
    "EMAIL_ADDRESS": "EMAIL",
    "CN_BANK_CARD": "BANK_CARD",
    "IP_ADDRESS": "IP",
}
OFFERED = ("ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "IP")


def make_detector():
    analyzer = build_analyzer()

    def detect(text: str) -> list[tuple[int, int, str]]:
        out = []
        for r in analyzer.analyze(text=text, language=LANG, score_threshold=0.0):
            if r.entity_type == "PHONE_NUMBER":
                out.append((r.start, r.end, _phone_type(text[r.start : r.end])))
            elif r.entity_type in _MAP:
                out.append((r.start, r.end, _MAP[r.entity_type]))
        return out

    return detect
