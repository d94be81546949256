"""Column classification: header names (Chinese and English) plus a vote of sampled values.

A *kind* is what a column holds (``ID_CARD``, ``MOBILE``, ``LODGING`` …); each kind maps to one
category of 法释〔2017〕10号 第五条第一款. That mapping is our reading of the category names
(「解释/适用说明」, LEGAL_FACTS.md §1.2.1 [U]); it is printed in every report and can be overridden.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from leakaid.assess import vec

# kind → (category, Chinese label, identifies a person by itself?)
KINDS: dict[str, tuple[str, str, bool]] = {
    "GPS": ("art5_1_3", "行踪轨迹信息（位置/轨迹）", False),
    "COMM_CONTENT": ("art5_1_3", "通信内容", False),
    "CREDIT": ("art5_1_3", "征信信息", False),
    "PROPERTY": ("art5_1_3", "财产信息（余额、存款、房产、车辆等）", False),
    "BANK_CARD": ("art5_1_3", "财产信息（银行卡/金融账户）", True),
    "LODGING": ("art5_1_4", "住宿信息", False),
    "COMM_RECORD": ("art5_1_4", "通信记录（通话/短信记录）", False),
    "HEALTH": ("art5_1_4", "健康生理信息", False),
    "TRANSACTION": ("art5_1_4", "交易信息（订单、快递、购买记录）", False),
    "ID_CARD": ("art5_1_5", "身份证件号码", True),
    "PASSPORT": ("art5_1_5", "护照号码", True),
    "HK_MACAO_PERMIT": ("art5_1_5", "港澳通行证号码", True),
    "MOBILE": ("art5_1_5", "手机号码", True),
    "LANDLINE": ("art5_1_5", "固定电话", True),
    "EMAIL": ("art5_1_5", "电子邮箱", True),
    "QQ": ("art5_1_5", "QQ号", True),
    "WECHAT": ("art5_1_5", "微信号", True),
    "ACCOUNT": ("art5_1_5", "账号/用户名", True),
    "PASSWORD": ("art5_1_5", "密码", False),
    "PERSON": ("art5_1_5", "姓名", True),
    "ADDRESS": ("art5_1_5", "住址", True),
    "PLATE": ("art5_1_5", "车牌号", True),
    "IP": ("art5_1_5", "IP地址", False),
    "BIRTHDATE": ("art5_1_5", "出生日期", False),
    "GENDER": ("art5_1_5", "性别", False),
    "WORK": ("art5_1_5", "工作单位/职业/学校", False),
    "TEXT": ("art5_1_5", "整行文本", False),
    "USER": ("art5_1_5", "使用者指定的类别", True),
}
_SEMANTIC = {k for k, v in KINDS.items() if v[0] != "art5_1_5" and k != "BANK_CARD"}
VALIDATED = ("ID_CARD", "MOBILE", "BANK_CARD", "EMAIL")

# Header keywords, most specific first (matched as substrings of the lower-cased header).
_HEADER_RULES: list[tuple[str, tuple[str, ...]]] = [
    ("LODGING", ("入住", "退房", "住宿", "开房", "酒店", "宾馆", "旅馆", "房号", "checkin", "check_in", "checkout", "hotel", "lodging")),
    ("COMM_RECORD", ("通信记录", "通讯记录", "通話記錄", "通话记录", "通话时长", "通话时间", "主叫", "被叫", "对方号码", "短信记录", "calllog", "call_log", "call_duration", "callee", "caller")),
    ("COMM_CONTENT", ("短信内容", "聊天内容", "聊天记录", "通信内容", "消息内容", "邮件正文", "message_body", "sms_content", "chat")),
    ("CREDIT", ("征信", "信用报告", "信用分", "信用评分", "逾期", "credit")),
    ("GPS", ("经纬度", "经度", "纬度", "定位", "轨迹", "行踪", "位置", "基站", "latitude", "longitude", "lat", "lng", "lon", "gps", "location", "trajectory")),
    ("HEALTH", ("健康", "生理", "病历", "诊断", "病情", "疾病", "血型", "体检", "就诊", "病史", "过敏", "处方", "核酸", "diagnos", "disease", "medical", "health", "blood")),
    ("PROPERTY", ("财产", "財產", "余额", "存款", "资产", "房产", "车辆", "车型", "收入", "年薪", "月薪", "工资", "股票", "理财", "balance", "deposit", "asset", "income", "salary")),
    ("BANK_CARD", ("银行卡", "卡号", "银行账号", "账户号", "开户", "bankcard", "bank_card", "card_no", "cardno", "iban", "account_no")),
    ("TRANSACTION", ("订单", "快递", "运单", "商品", "交易", "购买", "消费", "金额", "支付", "order", "tracking", "waybill", "product", "amount", "purchase", "payment")),
    ("ID_CARD", ("身份证", "证件号", "身份号", "idcard", "id_card", "idno", "id_no", "sfz", "ssn", "identity")),
    ("PASSPORT", ("护照", "passport")),
    ("HK_MACAO_PERMIT", ("通行证",)),
    ("MOBILE", ("手机", "移动电话", "mobile", "cell", "phone")),
    ("LANDLINE", ("座机", "固话", "电话", "tel", "landline")),
    ("EMAIL", ("邮箱", "电子邮件", "email", "e-mail", "mail")),
    ("QQ", ("qq",)),
    ("WECHAT", ("微信", "wechat", "wxid", "weixin")),
    ("PASSWORD", ("密码", "password", "passwd", "pwd")),
    ("ACCOUNT", ("用户名", "账号", "帐号", "昵称", "username", "user_name", "login", "account", "nickname", "uid")),
    ("PLATE", ("车牌", "plate")),
    ("IP", ("ip地址", "ip_addr", "ipaddr", "last_ip", "reg_ip")),
    ("BIRTHDATE", ("出生", "生日", "birth", "dob")),
    ("GENDER", ("性别", "gender", "sex")),
    ("ADDRESS", ("地址", "住址", "户籍", "籍贯", "所在地", "address", "addr", "street")),
    ("PERSON", ("姓名", "名字", "联系人", "收件人", "收货人", "客户名", "真实姓名", "name", "realname", "contact")),
    ("WORK", ("单位", "公司", "职业", "职务", "学校", "company", "employer", "occupation", "school")),
]


def kind_from_header(name: str) -> str | None:
    """The kind a column header names, or ``None``."""
    h = re.sub(r"\s+", "", name or "").lower()
    if not h:
        return None
    if h in {"ip", "ip地址"}:
        return "IP"
    if h in {"id", "编号", "序号", "no", "rowid"}:
        return None
    tokens = [t for t in re.split(r"[^a-z0-9]+", h) if t]
    for kind, words in _HEADER_RULES:
        for w in words:
            if w.isascii() and len(w) <= 4:  # short English words: whole token (or a token ending in it)
                if any(t == w or (len(w) == 4 and t.endswith(w)) for t in tokens):
                    return kind
            elif w in h:
                return kind
    return None


_GPS_RE = re.compile(r"^\s*[-+]?\d{1,3}\.\d{3,}\s*[,，;\s]\s*[-+]?\d{1,3}\.\d{3,}\s*$")


@dataclass(slots=True)
class ColumnInfo:
    index: int
    name: str
    kind: str | None
    source: str  # "header", "values", "header+values", "override"
    category: str | None
    share: float = 0.0  # share of sampled non-empty values that support the kind

    def to_dict(self) -> dict[str, object]:
        return {"index": self.index + 1, "name": self.name, "kind": self.kind,
                "label": KINDS[self.kind][1] if self.kind else None,
                "category": self.category, "source": self.source, "share": round(self.share, 3)}


class Checkers:
    """Vectorised validity checks shared by the classifier and the counter (tables loaded once)."""

    def __init__(self) -> None:
        self.regions = vec.RegionTable()
        self.mobiles = vec.MobileTable()
        self.bins = vec.BinTable()

    def canonical(self, kind: str, col: vec.StrCol) -> tuple[np.ndarray, np.ndarray]:
        if kind == "ID_CARD":
            return vec.id_card_canonical(col, self.regions)
        if kind == "MOBILE":
            return vec.mobile_canonical(col, self.mobiles)
        if kind == "BANK_CARD":
            return vec.bank_card_canonical(col, self.bins)
        if kind == "EMAIL":
            return vec.email_canonical(col)
        raise KeyError(kind)


def vote(values: vec.StrCol, checkers: Checkers, *, engine: bool = True) -> tuple[str | None, float]:
    """Kind suggested by a sample of a column's values, with its share among non-empty values."""
    col = values.strip()
    ne = col.lengths > 0
    n = int(ne.sum())
    if n == 0:
        return None, 0.0
    best: tuple[str | None, float] = (None, 0.0)
    shapes: dict[str, float] = {}
    for kind in VALIDATED:
        canon, valid = checkers.canonical(kind, col)
        share = float(valid[ne].sum()) / n
        shapes[kind] = float(canon[ne].sum()) / n
        if share > best[1]:
            best = (kind, share)
    if best[1] >= 0.3:
        return best
    # shape without validity: fake or mistyped data still tells the kind (it is then counted as invalid)
    lens = col.lengths[ne]
    first = col.buf[np.minimum(col.start[ne], col.buf.shape[0] - 1)]
    if shapes["MOBILE"] >= 0.8 and float(((lens == 11) & (first == 49)).mean()) >= 0.8:
        return "MOBILE", shapes["MOBILE"]
    if shapes["ID_CARD"] >= 0.8:
        return "ID_CARD", shapes["ID_CARD"]
    if shapes["EMAIL"] >= 0.8 and best[0] == "EMAIL":
        return "EMAIL", shapes["EMAIL"]
    texts = [col.get(i) for i in np.nonzero(ne)[0][:200]]
    gps = sum(1 for t in texts if _GPS_RE.match(t)) / len(texts)
    if gps >= 0.8:
        return "GPS", gps
    return _engine_vote(texts) if engine else (None, 0.0)


def _engine_vote(texts: list[str]) -> tuple[str | None, float]:
    """Ask the detection engine (when present) what most cells of a column are."""
    try:
        from leakaid import scan_text
    except (ImportError, AttributeError):
        return None, 0.0
    counts: dict[str, int] = {}
    for t in texts[:50]:
        try:
            found = scan_text(t)
        except Exception:  # engine under construction: classification must not fail
            return None, 0.0
        covered = {f.type for f in found if (f.end - f.start) >= 0.6 * len(t.strip())}
        for k in covered:
            counts[k] = counts.get(k, 0) + 1
    if not counts:
        return None, 0.0
    kind, c = max(counts.items(), key=lambda kv: kv[1])
    share = c / min(len(texts), 50)
    if share >= 0.5 and kind in KINDS:
        return kind, share
    return None, share


def looks_like_header(row: list[str], checkers: Checkers) -> bool:
    """True when the first row names columns rather than holding a record."""
    cells = [c.strip() for c in row]
    if not any(cells):
        return False
    if any(kind_from_header(c) for c in cells):
        col = vec.StrCol.from_strings(cells)
        for kind in VALIDATED:
            if checkers.canonical(kind, col)[0].any():
                return False
        return True
    return False


def classify(names: list[str], sample: list[vec.StrCol], checkers: Checkers,
             overrides: dict[str, str] | None = None) -> list[ColumnInfo]:
    """Kind and category of every column; ``overrides`` maps a header name or 1-based index to a category."""
    out: list[ColumnInfo] = []
    ov = overrides or {}
    for i, name in enumerate(names):
        hk = kind_from_header(name)
        # the detection engine is asked only when the header says nothing (it is the slow part)
        vk, share = vote(sample[i], checkers, engine=hk is None) if i < len(sample) else (None, 0.0)
        if hk and vk and hk != vk and hk not in _SEMANTIC and vk in VALIDATED and share >= 0.5:
            kind, src = vk, "values"
        elif hk:
            kind, src = hk, "header+values" if vk == hk else "header"
        else:
            kind, src = vk, "values"
        cat = KINDS[kind][0] if kind else None
        key = next((k for k in (name, str(i + 1)) if k in ov), None)
        if key is not None:
            cat = None if ov[key] == "none" else ov[key]
            src = "override"
            if cat and not kind:
                kind = "USER"
        out.append(ColumnInfo(i, name, kind if cat else None, src, cat, share))
    return out
