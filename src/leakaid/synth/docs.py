"""Labelled documents in realistic genres.

Labelling rules (gold spans, end-exclusive ``str`` offsets, sorted, never overlapping):

* A span covers the whole written form of a value: ``+86``/``0086``/``(+86)`` prefixes,
  separators inside numbers and parentheses around an area code. A landline extension
  (``转8021``, ``-8021``) is not part of the span: it identifies nobody on its own.
* Only *valid* values are labelled (checksums, real dates, real segments/BINs/area codes);
  look-alikes (see ``negatives``) and already-masked values (``138****5678``) are not.
* QQ and WECHAT are labelled only where the text says what they are (a cue word such as
  ``QQ``/``微信``/``wx``, a headed CSV column, a form key, or the ``昵称(QQ号)`` line of a QQ
  group export). Headerless CSV rows never carry QQ/WeChat columns, because nothing in the
  text would say what the number is. A QQ number inside ``123456@qq.com`` is part of the EMAIL.
* PERSON is a real-looking full name. Masked names in court judgments (``张某某``, ``李某``) are
  *not* PERSON: they are the masked form already. Nicknames are not PERSON.
* ADDRESS is a location down to a road + number, a village, or a building; an address that
  stops at the district (``户籍地北京市朝阳区``) is not labelled.
* BIRTHDATE is a full date in a birth-date context (出生日期/生日/出生); other dates are not.
* GPS is a decimal-degree pair; the span covers both numbers and the separator between them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from leakaid.synth import negatives as neg
from leakaid.synth import render as srender
from leakaid.synth import values as svalues
from leakaid.synth._words import (
    COMPANIES,
    EXPRESS,
    GOODS,
    JOBS,
    LOG_PATHS,
    MAJORS,
    PINYIN,
    PROSE,
    S2T,
    SCHOOLS,
    STATUTE_CLAUSES,
    STATUTE_HEADS,
    USER_AGENTS,
)

__all__ = ["Builder", "Doc", "GENRES"]


@dataclass(slots=True)
class Doc:
    """One labelled document: ``spans`` are ``(start, end, TYPE)`` into ``text``."""

    id: str
    genre: str
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"id": self.id, "genre": self.genre, "text": self.text, "spans": [list(s) for s in self.spans]}


class Builder:
    """Appends text pieces and records the span of every labelled piece."""

    __slots__ = ("parts", "pos", "rng", "spans", "tw")

    def __init__(self, rng: random.Random, *, tw: bool = False) -> None:
        self.rng = rng
        self.tw = tw
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.pos = 0

    def t(self, s: str) -> Builder:
        """Unlabelled text (converted to Traditional characters in ``tw`` mode)."""
        if self.tw:
            s = s.translate(S2T)
        self.parts.append(s)
        self.pos += len(s)
        return self

    def raw(self, s: str) -> Builder:
        """Unlabelled text kept verbatim (values, negatives)."""
        self.parts.append(s)
        self.pos += len(s)
        return self

    def e(self, s: str, typ: str) -> Builder:
        """A labelled value."""
        if self.tw and typ in ("PERSON", "ADDRESS"):
            s = s.translate(S2T)
        self.spans.append((self.pos, self.pos + len(s), typ))
        self.parts.append(s)
        self.pos += len(s)
        return self

    def neg(self, kind: str | None = None) -> Builder:
        return self.raw(neg.hard_negative(self.rng, kind))

    def text(self) -> str:
        return "".join(self.parts)

    # ---- rendered values -------------------------------------------------------------------
    def mobile(self, style: str | None = None) -> Builder:
        return self.e(srender.render_mobile(svalues.fake_mobile(self.rng), self.rng, style=style), "MOBILE")

    def landline(self) -> Builder:
        value = svalues.fake_landline(self.rng, extension=self.rng.random() < 0.1)
        self.e(srender.render_landline(value, self.rng), "LANDLINE")
        return self.raw(srender.render_extension(value, self.rng))

    def phone(self) -> Builder:
        return self.mobile() if self.rng.random() < 0.8 else self.landline()

    def id_card(self, plain: bool = False) -> Builder:
        r = self.rng.random()
        value = svalues.fake_id_card(self.rng, legacy=r < 0.04, retired=0.04 <= r < 0.12)
        return self.e(value if plain else srender.render_id_card(value, self.rng), "ID_CARD")

    def bank_card(self, plain: bool = False) -> Builder:
        value = svalues.fake_bank_card(self.rng)
        return self.e(value if plain else srender.render_bank_card(value, self.rng), "BANK_CARD")

    def email(self) -> Builder:
        return self.e(svalues.fake_email(self.rng), "EMAIL")

    def person(self) -> Builder:
        return self.e(svalues.fake_person(self.rng), "PERSON")

    def address(self, **kw) -> Builder:
        return self.e(svalues.fake_address(self.rng, **kw), "ADDRESS")

    def birthdate(self) -> Builder:
        return self.e(srender.render_birthdate(svalues.fake_birthdate(self.rng), self.rng), "BIRTHDATE")

    def gps(self) -> Builder:
        lat, lon = svalues.fake_gps(self.rng)
        return self.e(srender.render_gps(lat, lon, self.rng), "GPS")

    def simple(self, typ: str) -> Builder:
        fn = {
            "PLATE": svalues.fake_plate,
            "PASSPORT": svalues.fake_passport,
            "HK_MACAO_PERMIT": svalues.fake_hk_macao_permit,
            "IP": svalues.fake_ip,
            "QQ": svalues.fake_qq,
            "WECHAT": svalues.fake_wechat,
        }[typ]
        return self.e(fn(self.rng), typ)

    def sep(self) -> Builder:
        return self.raw(self.rng.choice(("：", ":", "：", " ", "", ": ")))


def _label(b: Builder, simp: str, trad: str | None = None) -> Builder:
    """A cue word; ``trad`` is the Traditional/Taiwan wording used in ``tw`` mode."""
    if b.tw and trad:
        return b.raw(trad)
    return b.t(simp)


def _maybe_neg(b: Builder, p: float = 0.5, end: str = "\n") -> None:
    if b.rng.random() < p:
        b.neg().raw(end)


# ------------------------------------------------------------------------------------------ genres


def g_waybill(b: Builder) -> None:
    rng = b.rng
    name, prefix = rng.choice(EXPRESS)
    b.t(f"【{name}】电子面单\n")
    b.neg("tracking").raw("\n")
    for role in ("寄件人", "收件人"):
        b.t(role).sep().person().raw(rng.choice(("  ", " ", "\t")))
        _label(
            b, rng.choice(("电话", "手机", "联系电话")), rng.choice(("電話", "手機", "聯絡電話"))
        ).sep().phone().raw("\n")
        _label(b, role[:2] + "地址", role[:2].translate(S2T) + "地址").sep().address().raw("\n")
    b.t(f"物品：{rng.choice(GOODS)}  重量：{rng.randint(1, 300) / 10}kg  ").neg("amount").raw("\n")
    b.t("下单时间：").neg("date").raw("\n")
    _maybe_neg(b, 0.6)
    if rng.random() < 0.3:
        b.t("备注：放门卫，到了打").mobile().raw("\n")


_CHAT_LINES = (
    ("我手机", "MOBILE", "，有事打我"),
    ("电话：", "MOBILE", ""),
    ("加我微信", "WECHAT", "吧"),
    ("vx：", "WECHAT", ""),
    ("我的邮箱是", "EMAIL", "，文件发这里"),
    ("身份证号", "ID_CARD", "，帮我填一下报名表"),
    ("卡号", "BANK_CARD", "，转这里就行"),
    ("车牌", "PLATE", "，停在B2了"),
    ("加我QQ", "QQ", ""),
    ("我QQ号是", "QQ", "，备注一下"),
    ("护照号", "PASSPORT", "，机票用的"),
    ("港澳通行证号", "HK_MACAO_PERMIT", ""),
    ("服务器IP", "IP", "，端口22"),
    ("地址发你：", "ADDRESS", ""),
    ("我定位", "GPS", "，过来吧"),
    ("他叫", "PERSON", "，你联系他"),
)
_CHAT_SMALLTALK = (
    "好的",
    "收到",
    "哈哈哈",
    "晚上一起吃饭吗",
    "今天加班",
    "[图片]",
    "明天开会别迟到",
    "谢谢老板",
    "已转账",
    "👍",
    "在吗？",
)
_NICKS = ("小猫咪", "A-风", "快乐每一天", "阿杰", "Sunny", "木子", "老王", "静待花开", "追风少年", "二狗")


def _put(b: Builder, typ: str) -> None:
    {
        "MOBILE": b.mobile,
        "EMAIL": b.email,
        "ID_CARD": b.id_card,
        "BANK_CARD": b.bank_card,
        "ADDRESS": b.address,
        "GPS": b.gps,
        "PERSON": b.person,
        "LANDLINE": b.landline,
        "BIRTHDATE": b.birthdate,
    }.get(typ, lambda: b.simple(typ))()


def g_chat(b: Builder) -> None:
    rng = b.rng
    qq_export = rng.random() < 0.6
    if qq_export:
        b.t(
            "消息记录（此消息记录为文本格式，不支持重新导入）\n"
            + "=" * 48
            + "\n消息分组:我的QQ群\n"
            + "=" * 48
            + "\n"
        )
        b.t(f"消息对象:{rng.choice(('业主群', '同学群', '兼职群', '车友会'))}\n" + "=" * 48 + "\n\n")
    members = []
    for _ in range(rng.randint(2, 5)):
        is_name = rng.random() < 0.4
        nick = svalues.fake_person(rng) if is_name else rng.choice(_NICKS)
        members.append((nick, is_name, svalues.fake_qq(rng) if rng.random() < 0.7 else None))
    d = svalues.random_date(rng, 2020, 2026)
    for _ in range(rng.randint(4, 14)):
        nick, is_name, qq = rng.choice(members)
        b.raw(f"{d:%Y-%m-%d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} ")
        if is_name:
            b.e(nick, "PERSON")
        else:
            b.t(nick)
        if qq_export:
            if qq:
                b.raw("(").e(qq, "QQ").raw(")")
            else:
                b.raw("<").email().raw(">")
        b.raw("\n")
        if rng.random() < 0.45:
            pre, typ, post = rng.choice(_CHAT_LINES)
            b.t(pre)
            _put(b, typ)
            b.t(post)
        elif rng.random() < 0.3:
            b.neg()
        else:
            b.t(rng.choice(_CHAT_SMALLTALK))
        b.raw("\n\n")


_COLUMNS = {
    # type: (simplified headers, traditional headers, english headers)
    "PERSON": (("姓名", "客户姓名", "联系人"), ("姓名", "客戶姓名"), ("name", "real_name")),
    "MOBILE": (("手机", "手机号", "联系电话"), ("手機", "手機號碼"), ("mobile", "phone", "tel")),
    "ID_CARD": (("身份证", "身份证号", "证件号码"), ("身分證字號", "身分證號碼"), ("id_card", "idno")),
    "ADDRESS": (("地址", "收货地址", "住址"), ("地址", "通訊地址"), ("address", "addr")),
    "EMAIL": (("邮箱", "电子邮箱"), ("電郵", "電子郵件"), ("email", "mail")),
    "QQ": (("QQ", "QQ号"), ("QQ",), ("qq", "qq_no")),
    "WECHAT": (("微信", "微信号"), ("微信", "微信號"), ("wechat", "wx")),
    "BANK_CARD": (("银行卡号", "卡号"), ("銀行卡號",), ("bank_card", "card_no")),
    "PLATE": (("车牌", "车牌号"), ("車牌",), ("plate",)),
    "IP": (("注册IP", "登录IP"), ("註冊IP",), ("reg_ip", "ip")),
    "BIRTHDATE": (("出生日期", "生日"), ("出生日期", "生日"), ("birthday", "dob")),
    "_PASSWORD": (("密码",), ("密碼",), ("password", "pwd")),
    "_ORDER": (("订单号",), ("訂單號",), ("order_no",)),
    "_TIME": (("注册时间",), ("註冊時間",), ("created_at",)),
    "_AMOUNT": (("消费金额",), ("消費金額",), ("amount",)),
}
_HEADERLESS_SKIP = {"QQ", "WECHAT", "BIRTHDATE"}


def _password(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return "".join(rng.choice("0123456789") for _ in range(rng.randint(6, 9)))
    if r < 0.7:
        return rng.choice(PINYIN) + str(rng.randint(1, 99999))
    return "".join(
        rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        for _ in range(rng.randint(8, 14))
    )


def g_csv(b: Builder) -> None:
    rng = b.rng
    delim = rng.choice((",", "\t", "|", "----"))
    header = rng.random() < 0.55 if delim != "----" else rng.random() < 0.2
    pool = [k for k in _COLUMNS if header or k not in _HEADERLESS_SKIP]
    if delim == "----":
        cols = rng.choice(
            (
                ["MOBILE", "_PASSWORD"],
                ["EMAIL", "_PASSWORD"],
                ["MOBILE", "_PASSWORD", "PERSON", "ID_CARD"],
                ["EMAIL", "_PASSWORD", "MOBILE"],
            )
        )
        if header and rng.random() < 0.5:
            cols = ["QQ", "_PASSWORD"] if rng.random() < 0.5 else ["WECHAT", "_PASSWORD", "MOBILE"]
    else:
        must = ["PERSON", "MOBILE"] if rng.random() < 0.7 else ["EMAIL"]
        cols = must + rng.sample([c for c in pool if c not in must], rng.randint(1, 5))
        rng.shuffle(cols)
    if header:
        lang = 1 if b.tw else (2 if rng.random() < 0.3 else 0)
        b.raw(delim.join(rng.choice(_COLUMNS[c][lang]) for c in cols) + "\n")
    for _ in range(rng.randint(3, 25)):
        for i, c in enumerate(cols):
            if i:
                b.raw(delim)
            if c == "_PASSWORD":
                b.raw(_password(rng))
            elif c == "_ORDER":
                b.raw(neg.order_number(rng))
            elif c == "_TIME":
                d = svalues.random_date(rng, 2012, 2026)
                b.raw(
                    f"{d:%Y-%m-%d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
                )
            elif c == "_AMOUNT":
                b.raw(f"{rng.randint(1, 999999) / 100:.2f}")
            elif c == "MOBILE":
                b.e(
                    svalues.fake_mobile(rng)
                    if rng.random() < 0.9
                    else srender.render_mobile(svalues.fake_mobile(rng), rng, style="prefix"),
                    "MOBILE",
                )
            elif c == "ID_CARD":
                b.id_card(plain=True)
            elif c == "BANK_CARD":
                b.bank_card(plain=True)
            elif c == "BIRTHDATE":
                b.e(f"{svalues.fake_birthdate(rng):%Y-%m-%d}", "BIRTHDATE")
            elif c == "ADDRESS":
                b.address()
            else:
                _put(b, c)
        b.raw("\n")


_SMS = (
    ("【{bank}】您尾号{n4}的储蓄卡{m}月{d}日{hh}:{mm}支出人民币{amt}元，余额{amt2}元。", ()),
    ("【{exp}】您的快件已到达{estate}驿站，取件码{code}，如有疑问请联系快递员", ("PERSON", "MOBILE")),
    ("【{app}】验证码{code6}，5分钟内有效，请勿泄露给他人。", ()),
    ("{name}你好，我是房东，这个月房租请转到", ("BANK_CARD",)),
    ("您好，我是{app}客服，您的订单异常，请添加客服QQ", ("QQ",)),
    ("快递到了，放在", ("ADDRESS",)),
    ("老婆，我换号了，新号码", ("MOBILE",)),
    ("【{app}】您预订的酒店已确认，入住人", ("PERSON",)),
    ("师傅，车牌", ("PLATE",)),
    ("来电提醒：", ("LANDLINE",)),
)


def g_sms(b: Builder) -> None:
    rng = b.rng
    for _ in range(rng.randint(3, 9)):
        d = svalues.random_date(rng, 2021, 2026)
        b.raw(f"{d:%Y-%m-%d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}  ")
        if rng.random() < 0.5:
            b.t("发件人：").mobile(style="plain" if rng.random() < 0.6 else "prefix").raw("  ")
        else:
            b.raw(rng.choice(("95588", "10086", "106575000123", "1069012345678")) + "  ")
        tpl, types = rng.choice(_SMS)
        fill = {
            "bank": rng.choice(("工商银行", "建设银行", "招商银行")),
            "n4": f"{rng.randint(0, 9999):04d}",
            "m": rng.randint(1, 12),
            "d": rng.randint(1, 28),
            "hh": f"{rng.randint(0, 23):02d}",
            "mm": f"{rng.randint(0, 59):02d}",
            "amt": f"{rng.randint(1, 99999) / 100:.2f}",
            "amt2": f"{rng.randint(1, 9999999) / 100:.2f}",
            "exp": rng.choice(EXPRESS)[0],
            "estate": rng.choice(("菜鸟", "丰巢", "兔喜")),
            "code": f"{rng.randint(1, 30)}-{rng.randint(1, 9)}-{rng.randint(1000, 9999)}",
            "code6": f"{rng.randint(0, 999999):06d}",
            "app": rng.choice(("某宝", "某东", "某程旅行", "某团")),
            "name": rng.choice(("张先生", "李女士", "王老师")),
        }
        b.t(tpl.format(**fill))
        for i, typ in enumerate(types):
            if i:
                b.t("，电话" if typ in ("MOBILE", "LANDLINE") else "，")
            _put(b, typ)
        if types == ("PLATE",):
            b.t("，我在路边等你")
        b.t("。\n")
        _maybe_neg(b, 0.2)


def g_log(b: Builder, *, public_ratio: float = 0.7, lines: int | None = None, pii: bool = True) -> None:
    rng = b.rng
    n = lines if lines is not None else rng.randint(5, 30)
    for _ in range(n):
        if rng.random() < public_ratio:
            b.simple("IP")
        else:
            b.raw(neg.private_ip(rng))
        d = svalues.random_date(rng, 2024, 2026)
        b.raw(
            f' - - [{d:%d/%b/%Y}:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0800] "'
        )
        path = rng.choice(LOG_PATHS)
        b.raw(f"{rng.choice(('GET', 'POST', 'GET'))} {path}")
        r = rng.random() if pii else 0.5
        if r < 0.12:
            b.raw("?phone=").mobile(style="plain")
        elif r < 0.2:
            b.raw("?email=").email()
        elif r < 0.3:
            b.raw(
                "?"
                + neg.hard_negative(rng, rng.choice(("uuid", "timestamp", "order")))
                .replace(": ", "=")
                .replace("：", "=")
                .replace(" ", "")
            )
        status = rng.choice((200, 200, 200, 301, 404, 500))
        v = f"{rng.randint(90, 130)}.0.{rng.randint(1000, 6999)}.{rng.randint(10, 250)}"
        ua = rng.choice(USER_AGENTS).format(v=v)
        b.raw(f' HTTP/1.1" {status} {rng.randint(0, 99999)} "-" "{ua}"')
        if rng.random() < 0.08:
            b.raw(" upstream=").raw(neg.private_ip(rng))
        b.raw("\n")
        if pii and rng.random() < 0.05:
            b.raw("[error] connect() failed, client: ").simple("IP").raw(", server: api.example.com, ").neg(
                "version"
            ).raw("\n")


_FORM_FIELDS = (
    ("PERSON", ("name", "realName", "姓名"), ("姓名",)),
    ("MOBILE", ("mobile", "phone", "手机号"), ("手機", "電話")),
    ("ID_CARD", ("idCard", "id_no", "身份证号"), ("身分證字號",)),
    ("EMAIL", ("email", "邮箱"), ("電郵",)),
    ("ADDRESS", ("address", "addr", "详细地址"), ("地址",)),
    ("BIRTHDATE", ("birthday", "出生日期"), ("出生日期",)),
    ("WECHAT", ("wechat", "微信号"), ("微信",)),
    ("QQ", ("qq", "QQ号"), ("QQ",)),
    ("BANK_CARD", ("bankCard", "银行卡号"), ("銀行卡號",)),
    ("PASSPORT", ("passportNo", "护照号码"), ("護照號碼",)),
    ("HK_MACAO_PERMIT", ("hkmoPermit", "港澳通行证"), ("港澳通行證",)),
    ("PLATE", ("plateNo", "车牌号"), ("車牌",)),
    ("GPS", ("location", "定位"), ("定位",)),
    ("LANDLINE", ("tel", "固定电话"), ("市話",)),
)


def g_form(b: Builder) -> None:
    rng = b.rng
    fields = [f for f in _FORM_FIELDS if rng.random() < 0.5] or [_FORM_FIELDS[1]]
    style = rng.choice(("json", "urlencoded", "lines"))
    if b.tw:
        style = "lines"
    if style == "json":
        b.raw('{"formId":"').raw(str(rng.randint(10**9, 10**10))).raw('",')
        for i, (typ, keys, _) in enumerate(fields):
            b.raw(("," if i else "") + f'"{rng.choice(keys)}":"')
            if typ == "MOBILE":
                b.mobile(style="plain")
            else:
                _put(b, typ)
            b.raw('"')
        if rng.random() < 0.3:
            b.raw(f',"submitTime":{rng.randint(1_600_000_000_000, 1_800_000_000_000)}')
        b.raw("}\n")
    elif style == "urlencoded":
        b.raw("POST /api/register HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\n")
        for i, (typ, keys, _) in enumerate(fields):
            key = rng.choice([k for k in keys if k.isascii()])
            b.raw(("&" if i else "") + key + "=")
            if typ in ("PERSON", "ADDRESS", "GPS", "BIRTHDATE"):
                _put(b, typ)
            elif typ == "MOBILE":
                b.mobile(style="plain")
            elif typ == "ID_CARD":
                b.id_card(plain=True)
            elif typ == "BANK_CARD":
                b.bank_card(plain=True)
            elif typ == "LANDLINE":
                b.e(svalues.fake_landline(rng), "LANDLINE")
            else:
                _put(b, typ)
        b.raw("\n")
    else:
        b.t("在线登记表\n" if not b.tw else "線上登記表\n")
        for typ, keys, tkeys in fields:
            label = (
                rng.choice(tkeys) if b.tw else rng.choice([k for k in keys if not k.isascii()] or list(keys))
            )
            b.raw(label).sep()
            _put(b, typ)
            b.raw("\n")
        _maybe_neg(b, 0.5)


def g_statute(b: Builder) -> None:
    rng = b.rng
    b.t(rng.choice(STATUTE_HEADS) + "（节选）\n")
    arts = (
        "第二百五十三条之一",
        "第二百八十六条之一",
        "第一千零三十四条",
        "第十条",
        "第五十一条",
        "第六十四条",
        "第四十二条",
    )
    for _ in range(rng.randint(2, 6)):
        b.t(f"{rng.choice(arts)}　{rng.choice(STATUTE_CLAUSES)}{rng.choice(STATUTE_CLAUSES)}\n")
        if rng.random() < 0.3:
            b.t(
                f"（本条依据法释〔{rng.randint(2013, 2024)}〕{rng.randint(1, 30)}号第{rng.choice('一二三四五六')}条第一款第（{rng.choice('一二三四五六七八')}）项；"
            )
            b.t(f"自{rng.randint(2015, 2026)}年{rng.randint(1, 12)}月1日起施行）\n")
    if rng.random() < 0.4:
        b.t("相关数额：违法所得").neg("amount").t("；信息条数").raw(
            str(rng.choice((50, 500, 5000, 50000)))
        ).t("条以上。\n")


def g_resume(b: Builder) -> None:
    rng = b.rng
    b.t("个人简历\n\n姓名：").person().t(f"    性别：{rng.choice('男女')}    ")
    b.t(rng.choice(("出生日期：", "出生年月日：", "生日："))).birthdate().raw("\n")
    b.t(f"民族：汉族    政治面貌：{rng.choice(('群众', '共青团员', '中共党员'))}    学历：本科\n")
    b.t("手机：").mobile().raw("    ").t("邮箱：").email().raw("\n")
    if rng.random() < 0.5:
        b.t("身份证号：").id_card().raw("\n")
    if rng.random() < 0.4:
        b.t("微信：").simple("WECHAT").raw("    QQ：").simple("QQ").raw("\n")
    if rng.random() < 0.2:
        b.t("护照号码：").simple("PASSPORT").raw("\n")
    b.t(rng.choice(("现居住地：", "联系地址：", "家庭住址："))).address().raw("\n\n")
    b.t(
        f"求职意向：{rng.choice(JOBS)}    期望薪资：{rng.randint(5, 30)}000-{rng.randint(31, 50)}000元/月\n\n教育经历\n"
    )
    y = rng.randint(2000, 2018)
    b.raw(f"{y}.09-{y + 4}.06  ").t(f"{rng.choice(SCHOOLS)}  {rng.choice(MAJORS)}  本科\n\n工作经历\n")
    b.raw(f"{y + 4}.07-至今  ").t(f"{rng.choice(COMPANIES)}  {rng.choice(JOBS)}\n")
    b.t("负责部门日常运营，完成年度指标；参与系统").neg("version").t("版本升级。\n")
    if rng.random() < 0.3:
        b.t("证明人：").person().t("，联系电话：").phone().raw("\n")


def g_judgment(b: Builder) -> None:
    rng = b.rng
    region = rng.choice(svalues._tables.current_regions())
    court = (region.city or region.province) + region.county
    b.t(
        f"{court}人民法院\n刑事判决书\n（{rng.randint(2017, 2025)}）{rng.choice('京沪粤浙苏鲁川')}{rng.randint(100, 9999)}刑初{rng.randint(1, 999)}号\n"
    )
    b.t(f"公诉机关{court}人民检察院。\n")
    for _ in range(rng.randint(1, 3)):
        masked = svalues.fake_person(rng)[0] + rng.choice(("某某", "某", "某甲", "某乙"))
        b.t(f"被告人{masked}，{rng.choice('男女')}，").birthdate().t(
            f"出生，汉族，{rng.choice(('初中', '高中', '大专'))}文化，"
        )
        r2 = rng.choice(svalues._tables.current_regions())
        b.t(f"户籍地{r2.province}{r2.city}{r2.county}。")
        b.t("因涉嫌犯侵犯公民个人信息罪于").neg("date").t("被刑事拘留。\n")
    b.t("经审理查明：被告人通过QQ、微信等方式向他人购买、出售公民个人信息共计")
    b.raw(str(rng.randint(500, 90000))).t("条，违法所得").neg("amount").t("。被害人手机号码").neg("masked").t(
        "等信息已被泄露。\n"
    )
    b.t(
        "本院认为，被告人的行为已构成侵犯公民个人信息罪，依照《中华人民共和国刑法》第二百五十三条之一第一款、第三款之规定，判决如下："
    )
    b.t(
        f"被告人犯侵犯公民个人信息罪，判处有期徒刑{rng.choice('一二三')}年，并处罚金人民币{rng.randint(1, 50)}000元。\n"
    )
    if rng.random() < 0.3:
        b.t("证人").person().t("证实，其手机号").mobile().t("曾接到推销电话。\n")


def g_booking(b: Builder) -> None:
    rng = b.rng
    b.t("机票订单确认\n").neg("order").raw("\n")
    b.raw(f"航班 {rng.choice(('CA', 'MU', 'CZ', 'HU'))}{rng.randint(100, 9999)}  ").neg("date").raw("\n")
    for _ in range(rng.randint(1, 3)):
        b.t("乘机人：").person().raw("  ")
        r = rng.random()
        if r < 0.4:
            b.t("证件：身份证 ").id_card()
        elif r < 0.75:
            b.t("证件：护照 ").simple("PASSPORT")
        else:
            b.t("证件：港澳通行证 ").simple("HK_MACAO_PERMIT")
        b.raw(f"  票号 {rng.randint(700, 999)}-{rng.randint(10**9, 10**10 - 1)}\n")
    b.t("联系人手机：").mobile().raw("\n")
    b.t("订单金额：").neg("amount").raw("\n")


def g_ride(b: Builder) -> None:
    b.t("行程单\n乘客：").person().t("  手机：").neg("masked").raw("\n")
    b.t("上车地点：").address(detail=False).raw("（").gps().raw("）\n")
    b.t("下车地点：").address(detail=False).raw("\n")
    b.t("司机：").person().t("  车牌：").simple("PLATE").raw("\n")
    b.t("行程时间：").neg("date").t("  费用：").neg("amount").raw("\n")


def g_prose(b: Builder, *, target_chars: int, every: int) -> None:
    """Long low-density prose/statute text with one finding roughly every ``every`` characters."""
    rng = b.rng
    next_at = rng.randint(every // 2, every * 3 // 2)
    while b.pos < target_chars:
        r = rng.random()
        if r < 0.15:
            b.t(
                f"第{rng.choice('一二三四五六七八九十')}{rng.choice(('', '十', '百'))}条　"
                + rng.choice(STATUTE_CLAUSES)
            )
        else:
            b.t(rng.choice(PROSE))
        if rng.random() < 0.03:
            b.neg()
            b.t("。")
        if rng.random() < 0.12:
            b.raw("\n")
        if b.pos >= next_at:
            pre, typ, post = rng.choice(_CHAT_LINES)
            b.t("如有疑问，" + pre)
            _put(b, typ)
            b.t(post + "。")
            next_at = b.pos + rng.randint(every // 2, every * 3 // 2)


def g_log_sparse(b: Builder, *, target_chars: int, every: int) -> None:
    """Logs from one internal service: private IPs only, a public address/phone every ``every`` chars."""
    rng = b.rng
    next_at = rng.randint(every // 2, every * 3 // 2)
    while b.pos < target_chars:
        if b.pos >= next_at:
            if rng.random() < 0.7:
                g_log(b, public_ratio=1.0, lines=1, pii=False)
            else:
                b.raw("WARN login failed user=").e(svalues.fake_mobile(rng), "MOBILE").raw(" from ").simple(
                    "IP"
                ).raw("\n")
            next_at = b.pos + rng.randint(every // 2, every * 3 // 2)
        else:
            g_log(b, public_ratio=0.0, lines=1, pii=False)
            if rng.random() < 0.1:
                b.raw("INFO job finished ").neg(rng.choice(("uuid", "hash", "timestamp", "version"))).raw(
                    "\n"
                )


def tw(fn):
    def run(b: Builder) -> None:
        b.tw = True
        fn(b)

    run.__name__ = fn.__name__ + "_tw"
    return run


# genre name -> (builder, weight in dense corpora)
GENRES = {
    "waybill": (g_waybill, 13),
    "chat": (g_chat, 11),
    "csv": (g_csv, 14),
    "sms": (g_sms, 9),
    "log": (g_log, 9),
    "form": (g_form, 9),
    "statute": (g_statute, 5),
    "resume": (g_resume, 7),
    "judgment": (g_judgment, 6),
    "booking": (g_booking, 4),
    "ride": (g_ride, 4),
    "waybill_tw": (tw(g_waybill), 3),
    "form_tw": (tw(g_form), 3),
    "chat_tw": (tw(g_chat), 2),
    "csv_tw": (tw(g_csv), 1),
}
