"""Whole documents written by hand in the styles of the target genres (not produced by our generator):
every expected value found with its exact span, nothing else reported."""

from __future__ import annotations

import pytest

from leakaid import scan_text
from leakaid.detect.finding import STRUCTURED_TYPES

ID1 = "11010519491231002X"
CARD = "6222020200112345679"

DOCS = [
    (
        "waybill",
        "【中通快递】运单号：75312345678901\n收件人：陈静 180 0000 1234\n收件地址：浙江省杭州市西湖区文三路90号\n"
        "寄件人电话：(0571)8765-4321 订单号：2024110512345678\n",
        {("180 0000 1234", "MOBILE"), ("(0571)8765-4321", "LANDLINE")},
    ),
    (
        "sms",
        "【工商银行】您尾号6789的卡于11月05日消费1,234.00元，余额56,789.01元。客服95588。如非本人操作请致电 400-669-5588。",
        set(),
    ),
    (
        "nginx log",
        '61.135.169.121 - - [05/Nov/2024:10:12:01 +0800] "GET /api/v2.3.1/user?id=1700000000000 HTTP/1.1" 200 5123 '
        '"-" "Mozilla/5.0 (Linux; Android 14) Chrome/120.0.6099.109"\n'
        '10.0.3.7 - - [05/Nov/2024:10:12:02 +0800] "POST /login HTTP/1.1" 302 0 "-" "curl/8.4.0"\n',
        {("61.135.169.121", "IP")},
    ),
    (
        "judgment",
        "被告人王某某，男，1985年3月12日出生，公民身份号码" + ID1 + "，汉族，初中文化。经审理查明：2023年5月，"
        "被告人通过QQ（号码123456789）向他人出售公民个人信息5万余条，违法所得人民币8000元。",
        {("1985年3月12日", "BIRTHDATE"), (ID1, "ID_CARD"), ("123456789", "QQ")},
    ),
    (
        "traditional chat",
        "王先生您好，我的手機是０９１２ 不方便，請打 +886 912 345 678，或寄到電郵 wang.tw@example.com.tw，"
        "身分證字號給您：" + ID1 + "。",
        {("+886 912 345 678", "MOBILE"), ("wang.tw@example.com.tw", "EMAIL"), (ID1, "ID_CARD")},
    ),
    (
        "leak rows",
        "zhang_wei@163.com----a123456----13912345678\nli.na88@qq.com----qwerty----+86 186 1234 5678\n",
        {("zhang_wei@163.com", "EMAIL"), ("13912345678", "MOBILE"), ("li.na88@qq.com", "EMAIL"),
         ("+86 186 1234 5678", "MOBILE")},
    ),
    (
        "form json",
        '{"name":"张三","idNo":"' + ID1 + '","bankCard":"' + CARD + '","wechat":"zs_1990","plateNo":"粤B12345",'
        '"passportNo":"E12345678","createdAt":"2024-11-05T10:00:00+08:00","orderId":"20241105000123456789"}',
        {(ID1, "ID_CARD"), (CARD, "BANK_CARD"), ("zs_1990", "WECHAT"), ("粤B12345", "PLATE"), ("E12345678", "PASSPORT")},
    ),
    (
        "statute",
        "《中华人民共和国刑法》第二百五十三条之一　违反国家有关规定，向他人出售或者提供公民个人信息，情节严重的，"
        "处三年以下有期徒刑或者拘役，并处或者单处罚金；情节特别严重的，处三年以上七年以下有期徒刑，并处罚金。",
        set(),
    ),
]


@pytest.mark.parametrize(("genre", "text", "expected"), DOCS, ids=[d[0] for d in DOCS])
def test_document(genre: str, text: str, expected: set[tuple[str, str]]) -> None:
    got = {(text[f.start : f.end], f.type) for f in scan_text(text, types=STRUCTURED_TYPES)}
    assert got == expected
