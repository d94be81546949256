"""Synthetic SMS Backup & Restore files for tests, demos and the import benchmark (no real person's data)."""

from __future__ import annotations

import random
from pathlib import Path
from xml.sax.saxutils import quoteattr

HARASSERS = ["13800138001", "13900139002", "+8615800158003", "17100171004", "18600186005"]
TEMPLATES = [
    ("fraud", "【客服】您的快递丢失，我们将为您办理理赔，请添加客服微信并提供验证码。"),
    ("fraud", "您的账户涉嫌洗钱，请将资金转入安全账户，联系 010-58880000。"),
    ("loan_collection", "你的网贷已逾期3天，今天不还款我们将联系你的紧急联系人。"),
    ("extortion", "你的资料我们都有，不转账就把视频发给你家人，后果自负。"),
    ("marketing", "会员日限时特价，全场5折，详情 https://shop.example.cn/sale 退订回T"),
    ("", "明天下午三点开会，别忘了带材料。"),
]


def sms_backup_xml(n: int, seed: int = 7, start_ms: int = 1_714_000_000_000, calls: int = 0) -> str:
    """An ``<smses>`` document with ``n`` messages (``calls`` > 0 gives a ``<calls>`` document instead)."""
    rnd = random.Random(seed)
    if calls:
        lines = [f"<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<calls count=\"{calls}\">"]
        for i in range(calls):
            num = rnd.choice(HARASSERS)
            lines.append(
                f'  <call number="{num}" duration="{rnd.randint(0, 90)}" date="{start_ms + i * 60_000}" '
                f'type="{rnd.choice("1335")}" presentation="1" contact_name="(Unknown)" />'
            )
        lines.append("</calls>")
        return "\n".join(lines) + "\n"
    lines = [f"<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"{n}\">"]
    for i in range(n):
        _tag, body = TEMPLATES[i % len(TEMPLATES)]
        num = HARASSERS[i % len(HARASSERS)] if i % len(TEMPLATES) != 5 else "13700137999"
        lines.append(
            f'  <sms protocol="0" address="{num}" date="{start_ms + i * 60_000}" type="1" subject="null" '
            f"body={quoteattr(body)} toa=\"null\" sc_toa=\"null\" service_center=\"null\" read=\"1\" status=\"-1\" "
            f'locked="0" date_sent="0" readable_date="" contact_name="(Unknown)" />'
        )
    lines.append("</smses>")
    return "\n".join(lines) + "\n"


def write_sms_backup(path: Path, n: int, **kw) -> Path:
    """Stream ``n`` messages to ``path`` without building the whole document in memory."""
    with path.open("w", encoding="utf-8") as fh:
        fh.write(f"<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"{n}\">\n")
        step = 10_000
        for off in range(0, n, step):
            chunk = sms_backup_xml(min(step, n - off), start_ms=1_714_000_000_000 + off * 60_000, **kw)
            body = chunk.split("\n", 2)[2].rsplit("</smses>", 1)[0]
            fh.write(body)
        fh.write("</smses>\n")
    return path
