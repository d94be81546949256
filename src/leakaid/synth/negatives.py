"""Hard negatives: strings that look like personal data but must stay unlabelled.

Each ``neg_*`` returns a short fragment (usually with its own cue word). ``hard_negative``
picks one at random. Values are re-drawn when they would be a *valid* entity by accident
(e.g. an order number that happens to be a Luhn-valid card with a real BIN).
"""

from __future__ import annotations

import datetime as _dt
import random
import uuid

from leakaid.detect.validators.checksums import gb11643_check_char, luhn_check_digit
from leakaid.synth import _tables
from leakaid.synth.values import _digits, fake_id_card, fake_mobile, random_date

__all__ = ["NEGATIVE_KINDS", "hard_negative", "order_number", "private_ip", "uscc"]

_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _org_check(code8: str) -> str:
    """GB 11714 check character of an 8-char organisation code (digits/upper letters)."""
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    total = sum((int(c, 36)) * w for c, w in zip(code8, weights, strict=True))
    c = 11 - total % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(rng: random.Random) -> str:
    """A 统一社会信用代码 with valid GB 11714 and GB 32100 check characters."""
    head = rng.choice(("91", "91", "92", "12", "52", "93"))
    region = rng.choice(_tables.current_regions()).code
    org8 = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    body = head + region + org8 + _org_check(org8)
    total = sum(_USCC_CHARS.index(c) * pow(3, i, 31) for i, c in enumerate(body))
    return body + _USCC_CHARS[(31 - total % 31) % 31]


def _bin_like(s: str) -> bool:
    return any(s.startswith(b.bin) for b in _tables.bank_bins())


def _id_like(s: str) -> bool:
    if len(s) != 18 or not s[:17].isdigit():
        return False
    try:
        _dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return gb11643_check_char(s[:17]) == s[17]


def order_number(rng: random.Random) -> str:
    while True:
        if rng.random() < 0.5:
            d = random_date(rng, 2019, 2026)
            s = f"{d:%Y%m%d}" + _digits(rng, rng.randint(8, 12))
        else:
            s = rng.choice("1789") + _digits(rng, rng.randint(15, 19))
            if rng.random() < 0.3:
                s = s[:-1] + luhn_check_digit(s[:-1])  # Luhn-valid by "chance"
        if not _bin_like(s) and not _id_like(s):
            return s


def neg_order(rng: random.Random) -> str:
    return rng.choice(("订单号：", "订单编号", "Order ID: ", "交易单号 ", "商户单号=")) + order_number(rng)


def neg_tracking(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        num = rng.choice(("SF", "YT", "JD", "JT")) + _digits(rng, 13)
    else:
        num = rng.choice("789") + rng.choice("2345679") + _digits(rng, rng.randint(10, 13))
    return rng.choice(("运单号：", "快递单号 ", "物流单号:", "单号")) + num


def neg_timestamp(rng: random.Random) -> str:
    t = rng.randint(1_600_000_000, 1_800_000_000)
    if rng.random() < 0.6:
        return rng.choice(("ts=", "timestamp:", '"t":', "时间戳 ")) + str(t) + _digits(rng, 3)
    return rng.choice(("ts=", "created=", "unix时间 ", "expires=")) + str(t)


def neg_licence(rng: random.Random) -> str:
    prov = rng.choice(_tables.current_regions()).code
    return rng.choice(("许可证编号：", "注册号 ", "证书编号:")) + prov + _digits(rng, 11)


def neg_uscc(rng: random.Random) -> str:
    return rng.choice(("统一社会信用代码：", "信用代码 ", "纳税人识别号：")) + uscc(rng)


def neg_service_number(rng: random.Random) -> str:
    n = rng.choice(("400", "800")) + rng.choice("123456789") + _digits(rng, 6)
    form = rng.choice((n, f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:]}", f"{n[:3]} {n[3:6]} {n[6:]}"))
    return (
        rng.choice(("客服热线", "服务电话：", "全国统一客服 ", "热线"))
        + form
        + rng.choice(("", "（免费）", "，工作日9:00-18:00"))
    )


def neg_amount(rng: random.Random) -> str:
    v = rng.randint(1, 99_999_999) / 100
    return rng.choice(
        (f"¥{v:,.2f}", f"{v:.2f}元", f"金额：{int(v)}元", f"RMB {v:,.2f}", f"合计{int(v * 100)}分")
    )


def neg_date(rng: random.Random) -> str:
    d = random_date(rng, 2015, 2026)
    return rng.choice(
        (
            f"{d:%Y-%m-%d}",
            f"{d.year}年{d.month}月{d.day}日",
            f"{d:%Y%m%d}",
            f"{d:%Y/%m/%d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        )
    )


def neg_invoice(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        return "发票代码：" + rng.choice("01234") + _digits(rng, 11) + " 发票号码：" + _digits(rng, 8)
    return "发票号码：" + rng.choice(("24", "25", "26")) + _digits(rng, 18)


def neg_bad_id(rng: random.Random) -> str:
    """An 18-digit ID with a wrong check digit, or an impossible date with a 'valid' check digit."""
    good = fake_id_card(rng)
    if rng.random() < 0.6:
        wrong = rng.choice([c for c in "0123456789X" if c != good[17]])
        value = good[:17] + wrong
    else:
        bad_date = rng.choice(("0231", "0230", "0431", "1332", "0010", "0631", "1131"))
        first17 = good[:6] + rng.choice(("1999", "1985", "2001", "1976")) + bad_date + good[14:17]
        value = first17 + gb11643_check_char(first17)
    return rng.choice(("身份证号：", "证件号码 ", "身份证", "ID:")) + value


def neg_long_digit_run(rng: random.Random) -> str:
    """A digit run longer than any entity with a valid mobile hidden inside."""
    m = fake_mobile(rng)
    left, right = _digits(rng, rng.randint(3, 8)), _digits(rng, rng.randint(3, 8))
    return rng.choice(("流水号", "批次号：", "sn=", "设备序列号 ")) + left + m + right


def private_ip(rng: random.Random) -> str:
    """A private, loopback or unspecified address (never labelled)."""
    return rng.choice(
        (
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "127.0.0.1",
            "0.0.0.0",
            "::1",
        )
    )


def neg_private_ip(rng: random.Random) -> str:
    ip = private_ip(rng)
    return rng.choice(("内网地址 ", "upstream: ", "bind ", "网关", "host=")) + ip


def neg_version(rng: random.Random) -> str:
    v = ".".join(str(rng.randint(0, 30)) for _ in range(rng.choice((3, 4, 4))))
    return rng.choice(("版本 ", "v", "version=", "固件版本：", "Build ")) + v


def neg_isbn(rng: random.Random) -> str:
    body = "9787" + _digits(rng, 8)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    isbn = body + str((10 - total % 10) % 10)
    form = isbn if rng.random() < 0.5 else f"{isbn[:3]}-{isbn[3]}-{isbn[4:7]}-{isbn[7:12]}-{isbn[12]}"
    return "ISBN " + form


def neg_hash(rng: random.Random) -> str:
    n = rng.choice((32, 40, 64))
    return rng.choice(("md5=", "sha1:", "sha256 ", "commit ")) + "".join(
        rng.choice("0123456789abcdef") for _ in range(n)
    )


def neg_uuid(rng: random.Random) -> str:
    return rng.choice(("request_id=", "trace-id: ", "uuid ")) + str(
        uuid.UUID(int=rng.getrandbits(128), version=4)
    )


def neg_masked(rng: random.Random) -> str:
    """Already-masked values (no longer personal data on their own)."""
    m = fake_mobile(rng)
    i = fake_id_card(rng)
    return rng.choice(
        (
            f"手机尾号{m[-4:]}",
            f"{m[:3]}****{m[-4:]}",
            f"{i[:6]}********{i[-4:]}",
            f"{i[:3]}***********{i[-4:]}",
            f"卡号尾号{_digits(rng, 4)}",
        )
    )


def neg_code(rng: random.Random) -> str:
    return rng.choice(("验证码", "取件码", "提货码 ", "动态码：")) + _digits(rng, rng.choice((4, 6, 6, 8)))


NEGATIVE_KINDS = {
    "order": neg_order,
    "tracking": neg_tracking,
    "timestamp": neg_timestamp,
    "licence": neg_licence,
    "uscc": neg_uscc,
    "service": neg_service_number,
    "amount": neg_amount,
    "date": neg_date,
    "invoice": neg_invoice,
    "bad_id": neg_bad_id,
    "digit_run": neg_long_digit_run,
    "private_ip": neg_private_ip,
    "version": neg_version,
    "isbn": neg_isbn,
    "hash": neg_hash,
    "uuid": neg_uuid,
    "masked": neg_masked,
    "code": neg_code,
}
_KINDS = tuple(NEGATIVE_KINDS.values())


def hard_negative(rng: random.Random, kind: str | None = None) -> str:
    """One hard-negative fragment (of ``kind`` if given, see ``NEGATIVE_KINDS``)."""
    fn = NEGATIVE_KINDS[kind] if kind else rng.choice(_KINDS)
    return fn(rng)
