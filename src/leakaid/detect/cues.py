"""Context cue words (Simplified and Traditional, plus common English/pinyin forms).

A cue is a word that says what the value next to it is (``手机``, ``身分證``) or what
it is not (``订单号``, ``版本``). The engine finds every cue in one regex pass and
looks up the nearest cue before each candidate within a character window
(characters, not tokens: tokenisers see nothing useful in Chinese; see ANCHORS.md
on Presidio's lemma-based context).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from types import MappingProxyType

from leakaid.detect import native

PHONE, LANDLINE, ID, BANK, QQ, WECHAT, PASSPORT, PERMIT, BIRTH, IP, PLATE, GPS, EMAIL, NEG = (
    "PHONE", "LANDLINE", "ID", "BANK", "QQ", "WECHAT", "PASSPORT", "PERMIT", "BIRTH", "IP", "PLATE", "GPS",
    "EMAIL", "NEG",
)

CUES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        PHONE: (
            "手机", "手機", "电话", "電話", "联系方式", "聯繫方式", "聯絡方式", "联系电话", "聯絡電話", "手机号", "手機號",
            "移动电话", "行動電話", "来电", "來電", "致电", "拨打", "撥打", "短信", "简讯", "簡訊", "致電",
            "联系人电话", "tel", "phone", "mobile", "cell", "电联", "收件电话", "收货电话", "联系号码",
            "微信同号", "同微信", "微信同步", "微信同號",  # "WeChat = this phone number": still a phone number
            "手机/微信", "手机/微信号", "手機/微信", "电话/微信", "電話/微信", "微信/手机", "微信/電話", "微信/电话",
            # Hong Kong, Macao and Taiwan: 手提 (mobile), 市話, 屋企 (home), 打俾我 (call me), WhatsApp, 如有查詢
            "手提", "手提電話", "市話", "住宅電話", "屋企電話", "打俾我", "whatsapp", "如有查詢", "查詢電話", "洽詢電話",
            "联系", "聯繫", "聯絡",  # 代开发票，联系 138…: the number is the contact's
        ),
        LANDLINE: ("座机", "座機", "固话", "固話", "固定电话", "固定電話", "传真", "傳真", "fax", "办公电话", "辦公電話", "总机", "總機"),
        ID: (
            "身份证", "身份證", "身分證", "身分证", "证件号", "證件號", "公民身份号码", "身份号码", "身份號碼", "证件号码",
            "證件號碼", "身份证号", "idcard", "id card", "id no", "id号", "居民身份证", "统一身份", "身份id",
        ),
        BANK: (
            "卡号", "卡號", "银行卡", "銀行卡", "银行账号", "銀行帳號", "银行帐号", "账户", "帳戶", "账号", "帳號", "开户行",
            "開戶行", "信用卡", "储蓄卡", "儲蓄卡", "借记卡", "借記卡", "收款账户", "card no", "card number", "cardno", "card_no", "cardnum", "card_num", "bank",
            "银联", "銀聯", "工资卡", "薪资卡", "转账", "轉帳", "汇款", "匯款",
        ),
        QQ: (
            "qq", "企鹅号", "企鵝號", "企鹅", "企鵝", "扣扣", "抠抠", "摳摳", "q号", "qq号", "qq號", "q:", "q：",
            "qq帳號", "qq账号", "qq帐号",  # not the 帳號 of a bank account
        ),
        WECHAT: (
            "微信", "wechat", "weixin", "wx号", "wx", "vx", "v信", "薇信", "威信", "微訊", "加v", "我v", "v号", "v號",
            "加薇", "v:", "v：", "+v", "wei xin", "v❤", "微❤", "威❤", "薇❤", "薇：", "薇:", "绿泡泡", "綠泡泡", "微 信",
        ),
        PASSPORT: (
            "护照", "護照", "passport", "passportno", "passport_no",
            "travel document number", "number of travel document", "travel document no",  # visa forms
        ),
        PERMIT: (
            "通行证", "通行證", "回乡证", "回鄉證", "港澳证", "港澳證", "来往内地", "來往內地", "hkmo", "permit", "hkmopermit",
            "hk/macao", "hk/macau", "hong kong and macao", "hong kong and macau",  # Travel Permit for HK/Macao C…
        ),
        BIRTH: (
            "出生", "生日", "birthday", "birth", "dob", "出生年月", "出生日期", "诞辰", "誕辰", "出生年月日",
            "出 生",  # OCR of an ID card: 出 生  1983 年 7 月 27 日
            "birthdate", "birth_date", "bday",  # vCard BDAY:
            "born on",
            "dateofbirth", "date_of_birth", "出世", "出世日期",  # Cantonese: 我嘅出世日期係…
        ),
        IP: ("ip", "登录地址", "登錄地址", "ipv4", "ipv6", "来源地址", "來源地址", "客户端地址"),
        PLATE: ("车牌", "車牌", "牌照", "号牌", "號牌", "车辆", "車輛", "plate"),
        GPS: ("经纬度", "經緯度", "坐标", "座標", "坐標", "定位", "位置", "gps", "lat", "lng", "lon", "经度", "纬度", "經度", "緯度"),
        EMAIL: ("邮箱", "郵箱", "电邮", "電郵", "email", "e-mail", "mail", "邮件", "郵件"),
        NEG: (
            "订单", "訂單", "单号", "單號", "运单", "運單", "快递单", "快遞單", "物流", "流水号", "流水號", "交易号", "交易號",
            "发票", "發票", "编号", "編號", "工号", "工號", "序列号", "序列號", "序号", "序號", "批次", "合同号", "合同號",
            "学号", "學號", "会员号", "會員號", "邮编", "郵編", "邮政编码", "郵遞區號", "金额", "金額", "时间戳", "時間戳",
            "timestamp", "order", "tracking", "invoice", "信用代码", "信用代碼", "税号", "稅號", "许可证", "許可證", "营业执照",
            "營業執照", "备案", "備案", "型号", "型號", "版本", "version", "条码", "條碼", "isbn", "尾号", "尾號", "余额",
            "餘額", "验证码", "驗證碼", "uid", "文号", "文號", "案号", "案號", "build", "sn",
            "ver", "商品", "sku", "识别码", "識別碼", "凭证", "憑證", "单据", "單據", "票号", "票號", "车架号", "車架號",
            "vin", "imei", "券码", "券碼", "密码", "密碼", "房号", "房號", "航班", "价格", "價格", "¥", "￥",
            "qq群", "q群", "扣扣群", "企鹅群", "企鵝群", "群号", "群號",  # a QQ group is no person
            "非真实账户", "非真实帐户", "非真實帳戶", "非真实", "非真實", "沙箱", "测试卡", "測試卡", "sandbox", "test card",
            "门诊号", "門診號", "住院号", "住院號", "病历号", "病歷號", "就诊卡", "就診卡", "医保卡号", "醫保卡號", "社保卡号",
            "社保卡號", "档案号", "檔案號", "会员卡号", "會員卡號", "考生号", "考生號", "准考证号", "准考證號", "学籍号", "學籍號", "考号", "考號",
        ),
    }
)

_KIND_OF: dict[str, str] = {}
for _kind, _words in CUES.items():
    for _w in _words:
        _KIND_OF.setdefault(_w.lower(), _kind)
# form labels spaced out to line up (微    信：, 出 生：, 邮    箱：)
for _kind, _w in ((WECHAT, "微信"), (BIRTH, "出生"), (BIRTH, "生日"), (PASSPORT, "护照"), (PASSPORT, "護照"),
                  (PHONE, "手机"), (PHONE, "手機"), (PHONE, "电话"), (PHONE, "電話"), (EMAIL, "邮箱"), (EMAIL, "郵箱")):
    for _k in range(1, 5):
        _KIND_OF.setdefault(_w[0] + " " * _k + _w[1], _kind)
for _w in ("出 生日期", "出生 日期", "出 生 日 期", "出生日 期", "出 生 日期"):  # OCR spacing
    _KIND_OF.setdefault(_w, BIRTH)

_EXTRA_SPELLINGS = (
    "WeChat", "QQ", "E-mail", "EMail", "eMail", "IPv4", "IPv6", "DOB", "ID Card", "ID No", "Tel.",
    "QQ群", "Qq群", "Q群", "加V", "我V", "V号", "V號", "V：", "Q：",  # mixed case
    "HK/Macao", "HK/Macau", "Hong Kong and Macao", "Hong Kong and Macau", "WhatsApp",
    # camelCase keys of code and logs (idCard=…, birthDate=…)
    "idCard", "IdCard", "IDCard", "cardNo", "CardNo", "cardNum", "passportNo", "PassportNo", "birthDate", "BirthDate",
    "dateOfBirth", "DateOfBirth",
)


def _spellings(word: str) -> set[str]:
    if not word.isascii():  # V信, Q号: the ASCII letters of a mixed word in either case
        return {word, word.upper()}
    return {word, word.upper(), word.title(), word.capitalize()}


def _build_spellings() -> dict[str, tuple[int, str, str]]:
    """Every spelling a cue word is matched in: spelling -> (length, canonical word, kind)."""
    table: dict[str, tuple[int, str, str]] = {}
    for word, kind in _KIND_OF.items():
        for spelling in sorted(_spellings(word)):
            table[spelling] = (len(spelling), word, kind)
    for spelling in _EXTRA_SPELLINGS:
        word = spelling.lower().rstrip(".")
        if word in _KIND_OF:
            table[spelling] = (len(spelling), word, _KIND_OF[word])
    return table


_SPELLINGS = _build_spellings()
_KINDS = tuple(CUES)
# Leftmost-longest, non-overlapping: a regex alternation tries the longest spelling first. (pyahocorasick's
# iter_long, used before, drops a match at the end of the text when a longer word was still possible.)
_CUE_RE = re.compile("|".join(re.escape(w) for w in sorted(_SPELLINGS, key=len, reverse=True)))


def _init_native() -> None:
    mod = native.built()
    if mod is not None:
        words = list(_SPELLINGS)
        mod.init_cues(
            words,
            [_KINDS.index(_SPELLINGS[w][2]) for w in words],
            [_SPELLINGS[w][1].isascii() for w in words],
            [_SPELLINGS[w][1].startswith("qq") for w in words],
        )


_init_native()


def cue_hits(text: str, start: int = 0, end: int | None = None, whole_words: bool = True) -> tuple[list[int], list[str]]:
    """(ends, kinds) of the cue words in ``text[start:end]``, leftmost-longest, ASCII words only as whole words."""
    end = len(text) if end is None else end
    mod = native.module()
    if mod is not None:
        ends, kinds = mod.cue_hits(text, start, end, whole_words)
        return ends, [_KINDS[k] for k in kinds]
    ends, out = [], []
    for m in _CUE_RE.finditer(text, start, end):
        _length, word, kind = _SPELLINGS[m.group()]
        if not whole_words or _whole_word(text, m.start(), m.end(), word):
            ends.append(m.end())
            out.append(kind)
    return ends, out


def kind_of(word: str) -> str | None:
    return _KIND_OF.get(word.lower())


_MAX_CUE = max(len(w) for w in _KIND_OF)

# Kinds whose values are found by looking right after the cue word (not digit runs): their cue words are
# rare, so one small regex over the whole text is cheap (a few hundred MB/s).
RARE_KINDS = ("WECHAT", "PASSPORT", "PERMIT", "BIRTH")
_RARE_WORDS = {sp: _KIND_OF[w] for w in _KIND_OF if _KIND_OF[w] in RARE_KINDS for sp in _spellings(w)}
_RARE_WORDS.update({sp: _KIND_OF[sp.lower()] for sp in _EXTRA_SPELLINGS if _KIND_OF.get(sp.lower()) in RARE_KINDS})
RARE_SPELLINGS = tuple(sorted(_RARE_WORDS, key=len, reverse=True))  # longest first: the regex takes the longest
_RARE_RE = re.compile("|".join(re.escape(w) for w in RARE_SPELLINGS))


def _whole_word(text: str, s: int, e: int, word: str) -> bool:
    """ASCII cues must be whole words ('tel' in 'hotel' is not a cue); the qq of @qq.com is not a QQ cue."""
    if not word.isascii():
        return True
    if s > 0 and text[s - 1].isascii() and text[s - 1].isalpha() and not (text[s - 1].islower() and text[s].isupper()):
        return False  # 'tel' in 'hotel'; but 'userPhone' (camelCase) is a word boundary
    if (
        e < len(text)
        and text[e].isascii()
        and text[e].isalpha()
        and text[e - 1].isalpha()  # a cue ending in a colon (v:) may touch its value
        and not (text[e].isupper() and text[e - 1].islower())
    ):
        return False
    if e + 1 < len(text) and text[e - 1] != "." and text[e] == "." and text[e + 1].isascii() and text[e + 1].isalpha():
        return False  # part of a host name: tonghui-build.cn
    if s > 0 and text[s - 1] == "@":
        return False
    return not (word.startswith("qq") and text[e : e + 4].lower() == ".com")


_LAST_CHARS = "".join(sorted({sp[-1] for w in _KIND_OF for sp in _spellings(w)} | {w[-1] for w in _EXTRA_SPELLINGS}))
# Every cue word ends with one of these characters: a window without any of them holds no cue.
_CAN_END_CUE = re.compile("[" + re.escape(_LAST_CHARS) + "]")


# Lines are searched one by one until the lines searched add up to this share of the text; then the whole
# text is indexed in one automaton pass (cheaper once most lines hold candidates, as in a dense table).
_WHOLE_TEXT_SHARE = 4
_QQ_ANYWHERE = re.compile("[Qq扣抠摳企](?:(?<=[Qq])[Qq号號:：]|(?<=扣)扣|(?<=抠)抠|(?<=摳)摳|(?<=企)[鹅鵝])")


class CueIndex:
    """Cue words of one text, looked up lazily, line by line: only lines that hold candidates are
    searched, so texts with few candidates cost almost nothing."""

    __slots__ = ("_all", "_line_chars", "_lines", "_qq", "_rare", "_rare_starts", "text")

    def __init__(self, text: str, rare: list[int] | None = None, has_qq: bool | None = None) -> None:
        """``rare`` ([s, e, spelling index, …]) and ``has_qq`` come from the native pre-pass when it ran."""
        self.text = text
        self._rare: list[tuple[int, int, str]] | None = None  # whole-word hits: (start, end, kind)
        self._rare_starts: list[int] | None = None  # where any rare spelling occurs, whole word or not
        if rare is not None:
            self._set_rare([(rare[i], rare[i + 1], RARE_SPELLINGS[rare[i + 2]]) for i in range(0, len(rare), 3)])
        self._lines: dict[int, tuple[list[int], list[str]]] = {}
        self._line_chars = 0  # characters of the lines searched so far
        self._qq: bool | None = has_qq
        self._all: tuple[list[int], list[str]] | None = None

    def _line_cues(self, line_start: int) -> tuple[list[int], list[str]]:
        got = self._lines.get(line_start)
        if got is None:
            text = self.text
            line_end = text.find("\n", line_start)
            if line_end == -1:
                line_end = len(text)
            self._line_chars += line_end - line_start + 1
            if _CAN_END_CUE.search(text, line_start, line_end) is not None:
                got = cue_hits(text, line_start, line_end)
            else:
                got = ([], [])
            self._lines[line_start] = got
        return got

    def nearest_before(self, pos: int, window: int) -> tuple[str, int] | None:
        """(kind, distance) of the last cue on ``pos``'s line ending at or before ``pos`` within ``window``."""
        text = self.text
        reach = 8 * window  # look for the line start only this far back: a huge one-line text stays linear
        line_start = text.rfind("\n", max(0, pos - reach - 1), pos) + 1
        if line_start == 0 and pos > reach:
            line_start = pos - reach - 1  # a long line: the exact start does not matter
        lo = max(line_start, pos - window - _MAX_CUE)
        if _CAN_END_CUE.search(text, max(lo, pos - window), pos) is None:
            return None  # nothing that can end a cue word in the window
        if pos - line_start > reach:  # a long line: search just the window
            ends, kinds = cue_hits(text, lo, pos)
            if not ends or pos - ends[-1] > window:
                return None
            return kinds[-1], pos - ends[-1]
        if self._all is None and self._line_chars * _WHOLE_TEXT_SHARE >= len(text):
            self._all = self._whole_text()
        if self._all is not None:
            ends, kinds = self._all
            i = bisect_right(ends, pos) - 1
            if i < 0 or ends[i] < line_start or pos - ends[i] > window:
                return None
            return kinds[i], pos - ends[i]
        ends, kinds = self._line_cues(line_start)
        i = bisect_right(ends, pos) - 1
        if i < 0 or pos - ends[i] > window:
            return None
        return kinds[i], pos - ends[i]

    def _whole_text(self) -> tuple[list[int], list[str]]:
        """Every cue of the text in one pass: cheaper than line by line once many lines hold candidates."""
        return cue_hits(self.text)

    def has_qq_cue(self) -> bool:
        """Whether a QQ cue word occurs anywhere in the text: it gates the look-up of every 5–11 digit number."""
        if self._qq is None:
            self._qq = _QQ_ANYWHERE.search(self.text) is not None
        return self._qq

    def _set_rare(self, matches: list[tuple[int, int, str]]) -> None:
        text = self.text
        self._rare_starts = [s for s, _e, _w in matches]
        self._rare = [(s, e, _RARE_WORDS[w]) for s, e, w in matches if _whole_word(text, s, e, w.lower())]

    def _rare_hits(self) -> list[tuple[int, int, str]]:
        if self._rare is None:
            self._set_rare([(m.start(), m.end(), m.group()) for m in _RARE_RE.finditer(self.text)])
        assert self._rare is not None
        return self._rare

    def rare_word_starts(self) -> list[int]:
        """Starts of every rare cue spelling, also inside longer words (``wxid``): header cells name columns so."""
        self._rare_hits()
        assert self._rare_starts is not None
        return self._rare_starts

    def has(self, kind: str) -> bool:
        return any(k == kind for _, _, k in self._rare_hits())

    def occurrences(self, kind: str) -> list[tuple[int, int]]:
        """Where the cue words of a rare kind (WeChat, passport, permit, birth) occur."""
        return [(s, e) for s, e, k in self._rare_hits() if k == kind]


# Columns named by pinyin initials, as government and school systems export them (csrq = 出生日期 …)
_PINYIN_KEYS = {
    "csrq": BIRTH, "sjhm": PHONE, "sjh": PHONE, "lxdh": PHONE, "yddh": PHONE, "gddh": LANDLINE,
    "sfzh": ID, "sfzhm": ID, "zjhm": ID, "gmsfhm": ID, "yhkh": BANK, "yhzh": BANK, "dzyx": EMAIL, "yx": EMAIL,
    "wxh": WECHAT, "qqh": QQ, "hzh": PASSPORT, "hzhm": PASSPORT, "cph": PLATE, "cphm": PLATE,
    "bmh": NEG, "zkzh": NEG, "ksh": NEG, "xh": NEG, "xjh": NEG, "gh": NEG, "ddh": NEG, "lsh": NEG,
}


def hint_kind(hint: str | None) -> str | None:
    """The cue kind a column header or JSON key names (``QQ号`` → QQ, ``phone`` → PHONE)."""
    if not hint:
        return None
    kinds = cue_hits(hint.lower(), whole_words=False)[1]  # cardNo, QQNumber: headers spell words in any case
    found = kinds[-1] if kinds else None  # the last cue in the header is the most specific
    if found is None:
        h = hint.strip().lower()
        found = {"id": ID, "mobile": PHONE, "tel": PHONE, "qq": QQ, "wx": WECHAT, "ip": IP, "card": BANK}.get(h)
        found = found or _PINYIN_KEYS.get(h)
        if found is None and any(w in h for w in ("cert", "credential", "zjhm")):
            found = ID  # cert.no, credentialNo: a document number (ID, passport or permit by its shape)
    return found
