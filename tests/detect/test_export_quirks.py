"""Values as spreadsheets, pandas, markup and Traditional-Chinese texts write them (causes found by probe 7)."""

from __future__ import annotations

import pytest

from leakaid import scan_text
from leakaid.detect.finding import STRUCTURED_TYPES


def found(text: str) -> set[tuple[str, str]]:
    return {(f.type, text[f.start : f.end]) for f in scan_text(text, types=STRUCTURED_TYPES)}


def test_float_written_phone_numbers():
    text = "姓名,手机号\n张三,13933888394.0\n李四,18769543955.0\n"
    assert {("MOBILE", "13933888394"), ("MOBILE", "18769543955")} <= found(text)
    assert found("订单金额 13933888394.00 元") == set()  # two decimals: an amount
    assert found("读数 13933888394.05") == set()


def test_pandas_index_header_and_excel_text_cells():
    text = (
        "Unnamed: 0,姓名,开户行,银行卡号\n0,胡远轩,中国农业银行,6230529830742236739\n"
        "1,陈杰涛,中国银行,6216614254428500828\n2,沈华霞,中国农业银行,6228480842316980320\n"
    )
    assert ("BANK_CARD", "6230529830742236739") in found(text)  # an issuer missing from the BIN table, named by its column
    text = '序号,卡号\n1,="6230526024193799188"\n2,="6216612893249245238"\n3,="6228480842316980320"\n'
    assert ("BANK_CARD", "6230526024193799188") in found(text)


def test_birth_dates_with_midnight_times_and_short_months():
    text = (
        "| 序号 | 姓名 | 电话 | 出生日期 |\n|---|---|---|---|\n"
        "| 1 | 林明秀 | 13204858586 | 1976-03-29 00:00:00 |\n| 2 | 潘超雪 | 18824703753 | 2003-01-25 00:00:00 |\n"
    )
    assert {("BIRTHDATE", "1976-03-29"), ("BIRTHDATE", "2003-01-25")} <= found(text)
    text = "1,许建,18641438904,1999/03/29,x\n2,卢鹏梅,13856941101,1977-07-13,y\n3,吕凯红,13886610161,1977/11/1,z\n"
    assert ("BIRTHDATE", "1977/11/1") in found(text)  # a headerless column votes birth dates beside phones
    assert scan_text("入职日期 2019-01-05 00:00:00", types=["BIRTHDATE"]) == []


def test_pandas_frame_printout():
    text = (
        ">>> df.head()\n   姓名           手机号          身份证号           出生日期\n"
        "0  黄远军   13664677475  3.303021e+17  1961-01-15\n1  高磊    13239572892  3.101151e+17  2002-07-02\n"
    )
    assert {("BIRTHDATE", "1961-01-15"), ("BIRTHDATE", "2002-07-02")} <= found(text)


def test_xml_elements_name_their_values():
    text = "<customer>\n  <birthDate>1987-11-05</birthDate>\n  <qq>503031182</qq>\n  <wx:weixin>kevin_1988</wx:weixin>\n</customer>"
    assert {("BIRTHDATE", "1987-11-05"), ("QQ", "503031182"), ("WECHAT", "kevin_1988")} <= found(text)
    assert found("<td>503031182</td><version>1990-01-01</version>") == set()


def test_json_card_key_with_unknown_issuer():
    text = '{"bankCards":[{"cardNo":"6230525595013115169","bank":"CMB"}]}'
    assert ("BANK_CARD", "6230525595013115169") in found(text)


def test_traditional_plates():
    f = scan_text("車牌：贛T12360　車牌 閩D·1234Z", types=["PLATE"])
    assert [x.details["province_char"] for x in f] == ["赣", "闽"]


@pytest.mark.parametrize(
    "text,value,region",
    [
        ("聯絡電話（澳門）：00853 65878546", "00853 65878546", "MO"),
        ("收件人電話：00852-5193-3850", "00852-5193-3850", "HK"),
        ("電話 00886 912345678", "00886 912345678", "TW"),
    ],
)
def test_international_call_prefix(text: str, value: str, region: str):
    f = scan_text(text, types=["MOBILE"])
    assert [(text[x.start : x.end], x.details["region_code"]) for x in f] == [(value, region)]


def test_international_call_prefix_traps():
    assert found("订单号 0085265878546") == set()
    assert found("流水 00123456789") == set()


def test_url_hosts_are_addresses_but_product_tokens_are_not():
    assert ("IP", "61.10.106.133") in found("http://61.10.106.133:8081/notify?order=1")
    assert found("Chrome/61.10.106.133 Safari") == set()


def test_gps_with_longitude_words():
    assert ("GPS", "30.324322 东经120.145876") in found("下车点：北纬30.324322 东经120.145876")
    assert ("GPS", "22.22787 東經113.53946") in found("[位置] 北緯22.22787 東經113.53946")
    f = scan_text("南纬33.8688 西经151.2093", types=["GPS"])
    assert f and f[0].details["lat"] < 0 and f[0].details["lon"] < 0


def test_cue_word_in_brackets():
    assert ("PASSPORT", "EY6150614") in found("证件号码（护照）：EY6150614    出生日期：2001-10-17")


def test_vcard_and_passport_birth_dates():
    assert ("BIRTHDATE", "1962-02-04") in found("EMAIL:a@b.cn\nBDAY:1962-02-04\nNOTE:x")
    assert ("BIRTHDATE", "05 JUL 1994") in found("出生日期/Date of birth 05 JUL 1994\n出生地点/Place of birth 广州")
    assert found("有效期至 05 JUL 2030") == set()
    assert found("Date of birth 31 FEB 1994") == set()


def test_degree_sign_coordinates():
    f = scan_text("买家：[位置] 22.442205°N, 116.351000°E", types=["GPS"])
    assert [x.details for x in f] == [{"lat": 22.44, "lon": 116.35}]
    f = scan_text("33.868800°S, 151.209300°W", types=["GPS"])
    assert f and f[0].details["lat"] < 0 and f[0].details["lon"] < 0


def test_id_check_character_set_apart():
    assert ("ID_CARD", "51010419901223160 X") in found("公民身份号码 51010419901223160 X\n")


def test_sandbox_test_cards_are_not_personal():
    assert found("支付网关沙箱（非真实账户）：5105100411842769") == set()


def test_image_tags_are_versions_but_forwarded_addresses_are_not():
    assert found("image=user-svc:2.0.4.176 node=worker-3") == set()
    assert found("pull registry/app:61.10.106.133") == set()
    for text in ("x-forwarded-for:61.10.106.133", "X-Real-IP:61.10.106.133", "remote-addr:61.10.106.133"):
        assert ("IP", "61.10.106.133") in found(text)


def test_ascii_bordered_tables_name_their_columns():
    text = (
        "+----+-----+----------------+-------+\n| 序号 | 姓名  | 微信号            | 积分    |\n"
        "+====+=====+================+=======+\n| 78 | 谢梓  | zhaowei        | 65468 |\n"
        "| 18 | 袁然  | hechen         | 5070  |\n| 20 | 郭娜  | Zhouhe1511     | 4076  |\n"
        "+----+-----+----------------+-------+\n"
    )
    assert {("WECHAT", "zhaowei"), ("WECHAT", "hechen"), ("WECHAT", "Zhouhe1511")} <= found(text)


def test_english_forms_and_notifications():
    assert ("BIRTHDATE", "Oct 15, 1990") in found("Date of Birth: Oct 15, 1990\nMobile: +86 155 6102 1333")
    assert ("BIRTHDATE", "19/01/2004") in found("Date of Birth: 19/01/2004\n")
    assert found("生日 31/02/2004") == set()
    assert ("HK_MACAO_PERMIT", "C25436623") in found("Travel document: Mainland Travel Permit for HK/Macao C25436623\n")
    assert ("MOBILE", "17194698742") in found("联系骑手请拨隐私号 17194698742-4521（分机号）")


def test_hospital_numbers_are_not_landlines():
    assert found("门诊号：0201234546  就诊日期：2024-03-01\n医保卡号：0288123438") == set()


def test_mixed_digit_and_numeral_numbers_and_emoji_after_cues():
    assert ("MOBILE", "159 一二三四 5678") in found("有意者电话 159 一二三四 5678 （防爬虫拆开写）")
    assert ("WECHAT", "abcd_1983") in found("福利，加薇❤：abcd_1983 领取")
    assert found("型号 A12 一二三四五六七") == set()
