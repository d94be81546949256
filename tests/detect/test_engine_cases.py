"""The obfuscation list and the trap list of the foundation issue, one case per line."""

from __future__ import annotations

import pytest

from leakaid import scan_text
from leakaid.detect.finding import STRUCTURED_TYPES

ID = "11010519491231002X"  # GB 11643 example number (check character X)

FOUND = [
    # (text, expected value, type)
    ("手机13812345678", "13812345678", "MOBILE"),
    ("电话：138-1234-5678。", "138-1234-5678", "MOBILE"),
    ("联系 138 1234 5678 谢谢", "138 1234 5678", "MOBILE"),
    ("号码138.1234.5678", "138.1234.5678", "MOBILE"),
    ("+86 13812345678", "+86 13812345678", "MOBILE"),
    ("(+86)138-1234-5678", "(+86)138-1234-5678", "MOBILE"),
    ("0086 138 1234 5678", "0086 138 1234 5678", "MOBILE"),
    ("+8613812345678", "+8613812345678", "MOBILE"),
    ("手机：１３８１２３４５６７８", "１３８１２３４５６７８", "MOBILE"),
    ("打我电话一三八一二三四五六七八", "一三八一二三四五六七八", "MOBILE"),
    ("幺三八幺二三四五六七八", "幺三八幺二三四五六七八", "MOBILE"),
    ("电话:一八六 零零零零 一二三四", "一八六 零零零零 一二三四", "MOBILE"),
    ("手機：0912-345-678 台灣", "0912-345-678", "MOBILE"),  # Taiwan, local form: only beside a phone cue
    ("編號 0912-345-678", None, None),  # … without one it is just a number
    ("配送员：唐磊 18545998219，应收金额：￥1340.54", "18545998219", "MOBILE"),
    ("应收金额：￥1340.54  配送员：唐磊 18545998219", "18545998219", "MOBILE"),  # the ￥ belongs to the amount
    ("电话:13083142465/027-45075250-739", "13083142465", "MOBILE"),  # values joined by a slash
    ("电话:13083142465/027-45075250-739", "027-45075250", "LANDLINE"),
    ("余秀英;4403 0519 9409 0381 7X;025-55612464", "4403 0519 9409 0381 7X", "ID_CARD"),  # 4-4-4-4-2 with X
    ("证件类型：护照\n证件号码：E11837733", "E11837733", "PASSPORT"),  # the type on the line above
    ("我嘅港澳通行證係C59372618呀", "C59372618", "HK_MACAO_PERMIT"),
    ("加我v是liu_tao1990", "liu_tao1990", "WECHAT"),
    ("原告：张某，女，1997年10月27日生，汉族", "1997年10月27日", "BIRTHDATE"),
    ("车辆 粤B·D12345 已登记", "粤B·D12345", "PLATE"),
    ("QQ号\t手机号\n44465311\t18061697941\t6259091875131678\n", "18061697941", "MOBILE"),  # a tab ends a value
    ("电话 010/62345678", "010/62345678", "LANDLINE"),
    ('"diff":{"qq":{"old":null,"new":"590852"}}', "590852", "QQ"),  # nested JSON: the enclosing key names it
    ('"wechatId":{"old":"","new":"sun_zhang95"}', "sun_zhang95", "WECHAT"),
    ('"birthday":{"new":"1973-12-04"}', "1973-12-04", "BIRTHDATE"),
    ('{"certType":"PASSPORT","certNo":"ED9917502"}', "ED9917502", "PASSPORT"),  # a document-number key
    ("my passport no. is G10548919 , visa pending", "G10548919", "PASSPORT"),
    ('<span class="label">微信</span><span>luo_xu19</span>', "luo_xu19", "WECHAT"),  # cue in the previous tag
    ("姓名      护照号       出生日期\n刘桂英     G13872512   1980-09-27\n黄霞      E55086529   1996-08-08\n",
     "G13872512", "PASSPORT"),  # a fixed-width table: the header names the column
    ("姓名      护照号       出生日期\n刘桂英     G13872512   1980-09-27\n黄霞      E55086529   1996-08-08\n",
     "1996-08-08", "BIRTHDATE"),
    ("拾獲者請致電 5616 7923 或 WhatsApp", "5616 7923", "MOBILE"),  # Hong Kong, written locally
    ("市內電話：(02)3002-2709", "(02)3002-2709", "LANDLINE"),  # Taipei
    ("出 生  1983 年 7 月 27 日", "1983 年 7 月 27 日", "BIRTHDATE"),  # OCR of an ID card
    ("号码1 3 1 8 8 0 7 6 9 8 2，非诚勿扰", "1 3 1 8 8 0 7 6 9 8 2", "MOBILE"),  # digits one by one
    ("直接打 1.3.3.3.7.8.0.8.9.6.4，名额有限", "1.3.3.3.7.8.0.8.9.6.4", "MOBILE"),
    ("代开发票，联系 181 5147 2606", "181 5147 2606", "MOBILE"),  # 联系 is nearer than 发票
    ("vx：lucky_8675，企鹅：1707503986", "1707503986", "QQ"),
    ("需要的加Q：9634523510", "9634523510", "QQ"),
    ("阿凯(1675690402) 2024-02-28 04:31:14\n晚上开黑吗", "1675690402", "QQ"),  # chat export, time after name
    ("护照号 Passport No.\nEK3640679\n", "EK3640679", "PASSPORT"),  # the value under its label
    ("微信丨coco-966\n", "coco-966", "WECHAT"),  # an OCR bar
    ("V：xiaomei_1826，电话", "xiaomei_1826", "WECHAT"),
    ("加薇信 Shiyi_2099 或者直接打", "Shiyi_2099", "WECHAT"),
    ("资料发我邮箱 zhou_na1440#outlook.com（#换成@）", "zhou_na1440#outlook.com", "EMAIL"),
    ("班主任微信：`wxid_abcdefg12345`", "wxid_abcdefg12345", "WECHAT"),
    ("vx: zhangsan", "zhangsan", "WECHAT"),
    ("香港手機 +852 5123 4567", "+852 5123 4567", "MOBILE"),
    ("澳門 (853) 6612 3456", "(853) 6612 3456", "MOBILE"),
    ("台灣 +886 912 345 678", "+886 912 345 678", "MOBILE"),
    ("办公电话 010-62345678", "010-62345678", "LANDLINE"),
    ("座機(0755)88881234", "(0755)88881234", "LANDLINE"),
    ("电话 0571 8765 4321 转 8", "0571 8765 4321", "LANDLINE"),
    ("总机 021-52345678-8001", "021-52345678", "LANDLINE"),  # the extension goes into details
    ("电话 +86 10 6234 5678", "+86 10 6234 5678", "LANDLINE"),
    ("Tel: +86 (10) 6234-5678", "+86 (10) 6234-5678", "LANDLINE"),
    ("手机 138 1234 5678 / 139 8765 4321", "139 8765 4321", "MOBILE"),
    ("手机 138 - 1234 - 5678", "138 - 1234 - 5678", "MOBILE"),
    (f"身份证{ID}", ID, "ID_CARD"),
    (f"身分證字號：{ID[:6]} {ID[6:14]} {ID[14:]}", f"{ID[:6]} {ID[6:14]} {ID[14:]}", "ID_CARD"),
    ("公民身份号码 11010519491231002x", "11010519491231002x", "ID_CARD"),
    ("旧身份证 110105491231002", "110105491231002", "ID_CARD"),
    ("身份证 412723199010050012", "412723199010050012", "ID_CARD"),  # retired region code 商水县
    ("卡号6222020200112345679", "6222020200112345679", "BANK_CARD"),
    ("銀行卡號 6222 0202 0011 2345 679", "6222 0202 0011 2345 679", "BANK_CARD"),
    ("邮箱zw@163.com", "zw@163.com", "EMAIL"),
    ("email=zw@163.com", "zw@163.com", "EMAIL"),
    ("电邮：ＺＷ＠１６３．ｃｏｍ", "ＺＷ＠１６３．ｃｏｍ", "EMAIL"),
    ("账号----zhangsan@163.com----密码", "zhangsan@163.com", "EMAIL"),
    ("车牌京A12345", "京A12345", "PLATE"),
    ("新能源车牌 粤BD12345", "粤BD12345", "PLATE"),
    ("车牌号：沪A·D1234F", None, None),  # D…F is not a valid new-energy serial
    ("车牌 京AD12345", "京AD12345", "PLATE"),
    ("护照E12345678", "E12345678", "PASSPORT"),
    ("護照號碼：EA1234567", "EA1234567", "PASSPORT"),
    ("往来港澳通行证 C12345678", "C12345678", "HK_MACAO_PERMIT"),
    ("QQ：123456789", "123456789", "QQ"),
    ("扣扣 87654321", "87654321", "QQ"),
    ("微信：zhang_wei88", "zhang_wei88", "WECHAT"),
    ("加vx wxid_abc123def456 聊", "wxid_abc123def456", "WECHAT"),
    ("手机（微信同号）：13812345678", "13812345678", "MOBILE"),
    ("登录IP为1.2.3.4", "1.2.3.4", "IP"),
    ("来源 2408:8207:1234::1 访问", "2408:8207:1234::1", "IP"),
    ("坐标 116.397128,39.916527", "116.397128,39.916527", "GPS"),
    ("出生日期：1990年5月17日", "1990年5月17日", "BIRTHDATE"),
    ("生日 1990-05-17", "1990-05-17", "BIRTHDATE"),
    # URL-encoded query strings and REST paths
    ("GET /api/user?phone%3D13812345678%26name%3Dabc", "13812345678", "MOBILE"),
    ("q=%E6%89%8B%E6%9C%BA%3A13812345678&x=1", "13812345678", "MOBILE"),
    ("email=zhang.san%40example.com&pwd=1", "zhang.san%40example.com", "EMAIL"),
    ("email%3Dzhang%40qq.com%26x=1", "zhang%40qq.com", "EMAIL"),
    ("GET /users/13812345678/orders", "13812345678", "MOBILE"),
    (f"/v1/ids/{ID}?x=1", ID, "ID_CARD"),
    ("86-13812345678", "86-13812345678", "MOBILE"),  # the country code without its +
    ("kw=%E8%81%94%E7%B3%BB%E6%96%B9%E5%BC%8F+173%207458%209860&src=1", "173%207458%209860", "MOBILE"),
    ("loc=24.449499%2C118.137701&u=1", "24.449499%2C118.137701", "GPS"),  # decoded, mapped back
    ("tel=%2B8613812345678&x", "%2B8613812345678", "MOBILE"),
    ("POST /v2/cards/6222021060145452564/bind", "6222021060145452564", "BANK_CARD"),  # under a card segment
    # other ways of writing @ and separating digits
    ("電郵：yzhou70(at)qq.com", "yzhou70(at)qq.com", "EMAIL"),
    ("邮箱 haoyang425（at）hotmail.com", "haoyang425（at）hotmail.com", "EMAIL"),
    ("电话1🌸9🌸1🌸1🌸7🌸6🌸2🌸7🌸6🌸2🌸7", "1🌸9🌸1🌸1🌸7🌸6🌸2🌸7🌸6🌸2🌸7", "MOBILE"),
    ("预约📞 198🍀9609🍀9017", "198🍀9609🍀9017", "MOBILE"),
    ("预约 175|4081|5758", "175|4081|5758", "MOBILE"),
    ("订货173、4662、3510", "173、4662、3510", "MOBILE"),
    ("热线：155－０５６５－０６３０", "155－０５６５－０６３０", "MOBILE"),  # a hotline is still a number
    ("客服 0755-31731450（工作时间 8:00-20:00）", "0755-31731450", "LANDLINE"),
    ("（ds0623@tonghui-build.cn，028-53135009）", "028-53135009", "LANDLINE"),  # build in a host is no cue
    # WeChat and QQ slang, camelCase keys, qualified cues, lists, document type in the cell before
    ("V信 haobo-76668", "haobo-76668", "WECHAT"),
    ("价格私聊，+V mingyang_58043", "mingyang_58043", "WECHAT"),
    ("微❤：linbo_99807", "linbo_99807", "WECHAT"),
    ("挺好，薇：mating-34121", "mating-34121", "WECHAT"),
    ("绿泡泡：wangcao38091", "wangcao38091", "WECHAT"),
    ("他微信号是suntao_84645", "suntao_84645", "WECHAT"),
    ('  WECHAT_ID: "lemonyangl-1767"', "lemonyangl-1767", "WECHAT"),
    ("个人抠抠 1455741361", "1455741361", "QQ"),
    ("(name=X, birthDate=2001-03-21, mail=x)", "2001-03-21", "BIRTHDATE"),
    ("其他证件：香港特别行政区护照 K53598112", "K53598112", "PASSPORT"),
    ("内地对接人回乡证（澳门）：M29130711，", "M29130711", "HK_MACAO_PERMIT"),
    ("Passport (CHN): EC5551401", "EC5551401", "PASSPORT"),
    ("同行人员护照：E24517014、EA3700501", "EA3700501", "PASSPORT"),
    ("房号,姓名,证件类型,证件号码\n15-2601,韩斌磊,护照,E09027919\n", "E09027919", "PASSPORT"),
    ("E7515,杜慧雨,回乡证,M73206314,17233.00", "M73206314", "HK_MACAO_PERMIT"),
    # international fixed lines with a one-digit area code, the trunk 0 in brackets, 00 for +
    ("市話：+886-2-2849-6008", "+886-2-2849-6008", "LANDLINE"),
    ("Home phone: +61 8 8470 7200", "+61 8 8470 7200", "LANDLINE"),
    ("办公室: +81 (0)6-6040-1496", "+81 (0)6-6040-1496", "LANDLINE"),
    ("desk 0060 3-7200 5145, r", "0060 3-7200 5145", "LANDLINE"),
    ("手机: 0081 90-7992-2409", "0081 90-7992-2409", "MOBILE"),
    # locations apart by a space after a location word; numbers spoken partly in numerals
    ("拍照定位: 23.089956 113.707313", "23.089956 113.707313", "GPS"),
    ("谢轩，电话198 3677 三八三九", "198 3677 三八三九", "MOBILE"),
    ("B 01:30\n幺八八 五六三零 四零六三\nA", "幺八八 五六三零 四零六三", "MOBILE"),
    ("然后，362502 一九九八零四一九 319x", "362502 一九九八零四一九 319x", "ID_CARD"),
    ("卡号是 六二幺六 六幺五幺 四九九六 三七零幺 九二三", "六二幺六 六幺五幺 四九九六 三七零幺 九二三", "BANK_CARD"),
    # birth dates: answered on a later line of a call, or the one an ID on the same line encodes
    ("A 00:51\n为了核实身份，麻烦报一下您的出生日期。\nB 01:02\n然后，1969年10月23号\nA 01:12", "1969年10月23号", "BIRTHDATE"),
    ("[00:44] 预约中心: 出生年月日也报一下。\n[00:47] 来电人: 二零零零年五月十一\n[01:00]", "二零零零年五月十一", "BIRTHDATE"),
    ("崔诗杰  杂工  340822199011077312  1990-11-07  15833513676", "1990-11-07", "BIRTHDATE"),
    # a TSV row: the tail of an ID in the cell before is no 00 country prefix of the next cell
    ("身份证号\tQQ号\n130204195705107237\t19827120\n210682200410038128\t8268698483\n", "8268698483", "QQ"),
    ("| 字段 | 值 |\n|---|---|\n| 微信 | coco-966 |", "coco-966", "WECHAT"),
    # numbers broken over two lines after their cue (OCR, PDF text)
    ("身份证号码：5326221980021\n97832。", "5326221980021\n97832", "ID_CARD"),
    ("公民身份号码412822197104194\n148。", "412822197104194\n148", "ID_CARD"),
    ("联系电话13805089\n202。", "13805089\n202", "MOBILE"),
    ("（卡号62215\n046 12007416539）", "62215\n046 12007416539", "BANK_CARD"),
    # headers: pinyin initials, a title row above, box-drawing cells; HTML inputs; MyBatis exceptions
    ("bmh,xm,zjlx,zjhm,csrq,sjhm\n4968049679,吴国,居民身份证,53011220030111824X,2003-01-11,15986721228\n"
     "538699654257,崔桐,港澳通行证,M88377128,1998-08-04,13948491538\n6467844599,韩霞,港澳通行证,M59230015,1997-07-31,13675642213\n",
     "1998-08-04", "BIRTHDATE"),
    ("汇总（内部）\t\t\t\n序号\t基本信息\t\t联系方式\n序号\t姓名\t手机\tQQ\n1\t郝凤\t15502753166\t347886024\n"
     "2\t汤柔\t15794206528\t8416121807\n", "347886024", "QQ"),
    ("│姓名│丁丽│性别│女│出生日期│20140701│", "20140701", "BIRTHDATE"),
    ('<label>生日</label><input name="birthday" type="date" value="1963-04-20">', "1963-04-20", "BIRTHDATE"),
    ("### SQL: INSERT INTO t_user (name, bank_card) VALUES (?, ?)\r\n### Parameters: 姜柔(String), "
     "6258-0298-1319-1504(String)\r\n", "6258-0298-1319-1504", "BANK_CARD"),
    # conversational cues, spaced labels
    ("男方：方便加个微信吗？我的是wxid_imr6lf1qw6i\n", "wxid_imr6lf1qw6i", "WECHAT"),
    ("微    信：wxid_b426z9543\n", "wxid_b426z9543", "WECHAT"),
    ("出 生 日 期：1996.10.05  手机", "1996.10.05", "BIRTHDATE"),
    ("港澳通行证号码（如经港澳出境）：CD3034849", "CD3034849", "HK_MACAO_PERMIT"),
    ("答：又让我加微信ruibo2001，后来又用15547905294给我发过短信。", "15547905294", "MOBILE"),
    ("咨询电话：0771-2809692-8   热线", "0771-2809692", "LANDLINE"),
    # probe 20: English visa forms, OCR of certificates, directories, delivery apps, social posts
    ("Passport/Travel Document Number: EA7688536\n", "EA7688536", "PASSPORT"),
    ("13. Number of travel document: EJ2982918\n", "EJ2982918", "PASSPORT"),
    ("4. Date of birth (day-month-year): 11.02.1973\r\n", "11.02.1973", "BIRTHDATE"),
    ("invite Mr./Ms. FANG YUZI, born on 11 October 1975, holder", "11 October 1975", "BIRTHDATE"),
    ("Guarantor DOB: 12/22/1985\n", "12/22/1985", "BIRTHDATE"),  # month first
    ("Social Media Platform: WECHAT\nSocial Media Identifier: fang_xuangang\n", "fang_xuangang", "WECHAT"),
    ("Telephone of hotel: +33 1 45 18 57 92\r\n", "+33 1 45 18 57 92", "LANDLINE"),
    ("出生时间 Date of birth  2018年07月11日12时26分\n", "2018年07月11日", "BIRTHDATE"),
    ("NG TO AND FROM HONG KONG AND MACAO  \nNo. C99489246  \n", "C99489246", "HK_MACAO_PERMIT"),
    ("簽發機關 公安部出入境管理局\n證 件 號 碼 H3515201946\n", "H3515201946", "HK_MACAO_PERMIT"),
    ('"出生": {\n  "words": "19670922"\n}', "19670922", "BIRTHDATE"),
    ('"doc_type": "护照", "doc_no": "G38023308",', "G38023308", "PASSPORT"),
    ("手机/微信：183-6772-6279\n", "183-6772-6279", "MOBILE"),
    ('"privacy_phone": "16297342630_4625",', "16297342630", "MOBILE"),
    ("杭州金硕物流有限公司 / 0512-47081866\n", "0512-47081866", "LANDLINE"),  # 物流 in a company's name
    ("138🍓2715✨7714 回收手机的联系", "138🍓2715✨7714", "MOBILE"),
    ("主播加我wei xin Amy3590 有事找", "Amy3590", "WECHAT"),
    # probe 22: Hong Kong, Macao and Taiwan in Traditional script
    ("緊急聯絡人電話：2582 6997\n", "2582 6997", "LANDLINE"),
    ("請致電管理處 2864-2035 或 WhatsApp 6586-9331。", "6586-9331", "MOBILE"),
    ("屋企電話 2245 3429 而家冇人聽", "2245 3429", "LANDLINE"),
    ("打我手提 5137-2468 啦", "5137-2468", "MOBILE"),
    ("市話：06-255-6615\n", "06-255-6615", "LANDLINE"),
    ("出生日期：民國67年10月19日\n", "民國67年10月19日", "BIRTHDATE"),
    ("我嘅出世日期係1959年9月6日，幫我填張表", "1959年9月6日", "BIRTHDATE"),
    ("姑丈嘅回鄉證號碼係咪 M9194396776？", "M9194396776", "HK_MACAO_PERMIT"),
    ("阿芬：要你通行證號碼\n表姐：C49048207\n", "C49048207", "HK_MACAO_PERMIT"),
    ("阿芬：生日呢？\n表姐：1990/11/24\n", "1990/11/24", "BIRTHDATE"),
    ("得，你加我微信啦 zhangw9368\n", "zhangw9368", "WECHAT"),
    ("另以QQ帳號 858314261 聯繫上線", "858314261", "QQ"),
    ("內地車牌（兩地牌）：粤Z FN78港\n", "粤Z FN78港", "PLATE"),
    ("車牌津C•25549D\n", "津C•25549D", "PLATE"),
    # probe 23: a phone number in a WeChat column of a SQL dump
    ("INSERT INTO u (id, wechat) VALUES (1,'15827648979');", "15827648979", "WECHAT"),
]

SILENT = [
    "订单号 13812345678",
    "本规定自2024年1月1日生效。",  # 日生 of 生效 is no birth date
    "图标 icon@2x.png 和 banner@3x.webp",  # image assets, not e-mail addresses
    "QQ群：678912374 欢迎加入",  # a QQ group is no person
    "download.php/136/619/19537/4980/changes",  # a URL path, not 136/619/19537
    "/item/6222021234567890128/detail",  # a card-like id in a path is an id
    "增长了50%40%的用户",
    "张薇：hello12345",  # a speaker whose name ends in 薇, not the slang for WeChat
    "https://wx.lvtu-tech.cn/store?id=1",  # wx. of a host name
    "价格 12.3456 78.9012",  # two decimals apart by a space without a location word
    "2024|3|5 统计",
    "请填写出生日期。\n入职日期：2020年1月1日",  # another field of the form, not an answer
    "考生号\t姓名\n093462118671\t汪晗宁\n093462118672\t王某\n093462118673\t李某\n",  # an exam number
    "单价13805089\n202件",  # no cue: two numbers on two lines stay apart
    "phone|password|wechat|real_name\n",  # a header row
    "12148033,邹彤,GcrWxT75LdgmN,x",  # Wx inside a token
    "签发日期：2020年02月29日   出生医学证明专用章",  # 出生 of a document's name
    "C++ 11 22 33 44",
    "會員卡號：0273729715\n",
    "編號 06-255-6615\n",  # a Taiwan-shaped number without a phone word

    '<li><span class="label">QQ群</span><span>825419716</span>（群号，非个人）</li>',
    "编号 5616 7923",  # 8 digits without a Hong Kong phone word
    "密码,银行卡号,身份证,电子邮箱,微信\nSUHsiQD8,5201",  # a header's last cell does not name the next row's first
    "你加我微信\nxiaoming_88 2024-01-01 12:00 到了吗",  # the next chat message, not an ID under its label
    "version 1.2.3.4.5",
    "C# 和 #话题# 与 a#b.example",
    "s390x/VX stitched chacha20",  # English prose after VX
    "Bump to 1.2.99.1",  # changelog versions
    "xft (2.1.8.2-1) unstable",
    "bug 17367 was fixed in 1.4.0.26.",
    "固件升级到 2.1.0.3 后重启",
    "白名单网段 61.135.0.0/16 与 2400:3200::/32",  # networks, not a host
    "快递单号 SF1234567890123",
    "运单号：773012345678901",
    "时间戳1700000000000",
    "许可证号 12345678901234567",
    "统一社会信用代码 91350100M000100Y43",
    "客服热线 400-820-8820",
    "服务电话 800-810-8888",
    "流水号 202405101234567890123",
    "编号138123456789",  # 12 digits: longer than a mobile
    "abc13812345678def",
    "身份证 110105194912310021",  # wrong check digit
    "身份证 110105199902310024",  # 31 February
    "身份证 999999199001010011",  # unknown region
    "卡号 6222020200112345678",  # fails Luhn
    "版本 1.2.3.4",
    "v2.3.4.5 released",
    "Chrome/120.0.0.1",
    "内网 192.168.1.1 和 10.0.0.8 以及 127.0.0.1 还有 172.16.5.4",
    "金额 13812345678.00 元",
    "第二百五十三条之一 违反国家有关规定",
    "今天是 2024-05-10 12:30:45",
    "一二三四五六七",
    "ISBN 978-7-111-12345-6",
    "123456@qq.com 之后是 87654321",  # the qq inside an e-mail is not a QQ cue
    "QQ号码在这里没有",
]


@pytest.mark.parametrize(("text", "value", "type_"), FOUND)
def test_found(text: str, value: str | None, type_: str | None) -> None:
    got = [(text[f.start : f.end], f.type) for f in scan_text(text, types=STRUCTURED_TYPES)]
    if value is None:
        assert got == []
    else:
        assert (value, type_) in got, got


@pytest.mark.parametrize("text", SILENT)
def test_silent(text: str) -> None:
    found = [(text[f.start : f.end], f.type) for f in scan_text(text, types=STRUCTURED_TYPES)]
    found = [x for x in found if x[1] != "EMAIL"]  # the e-mail of the qq case is found, correctly
    assert found == []


def test_offsets_refer_to_the_callers_text() -> None:
    text = "前缀，手机：１３８－１２３４－５６７８，后缀"
    (f,) = scan_text(text, types=["MOBILE"])
    assert text[f.start : f.end] == "１３８－１２３４－５６７８"


def test_details_of_id_card() -> None:
    (f,) = scan_text(f"身份证 {ID}", types=["ID_CARD"])
    assert f.details["region"] == "北京市朝阳区"
    assert f.details["birth_date"] == "1949-12-31"
    assert f.details["sex"] == "女"
    assert f.score >= 0.95


def test_details_of_mobile_card_landline() -> None:
    (m,) = scan_text("13812345678", types=["MOBILE"])
    assert m.details["carrier"] == "中国移动"
    (c,) = scan_text("卡号 6222020200112345679", types=["BANK_CARD"])
    assert "银行" in c.details.get("bank", "")
    (land,) = scan_text("电话 0755-88881234", types=["LANDLINE"])
    assert land.details["city"].startswith("深圳")


def test_context_raises_scores() -> None:
    bare = scan_text("13812345678", types=["MOBILE"])[0].score
    cued = scan_text("手机 13812345678", types=["MOBILE"])[0].score
    assert cued > bare


def test_two_values_in_one_spaced_run_are_split() -> None:
    text = "13812345678 13912345678"
    assert [text[f.start : f.end] for f in scan_text(text)] == ["13812345678", "13912345678"]


def test_csv_header_hint_enables_context_types() -> None:
    assert [f.type for f in scan_text("123456789", hint="QQ号")] == ["QQ"]
    assert [f.type for f in scan_text("zhang_wei88", hint="微信")] == ["WECHAT"]
    assert scan_text("123456789") == []


def test_min_score_and_types_filter() -> None:
    text = f"手机 13812345678 身份证 {ID}"
    assert {f.type for f in scan_text(text, types=["ID_CARD"])} == {"ID_CARD"}
    assert scan_text(text, min_score=1.0) == []


def test_unknown_type_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="未知的类型"):
        scan_text("x", types=["PHONE"])


def test_empty_and_junk_input() -> None:
    assert scan_text("") == []
    assert scan_text("\x00\ufffd" * 100) == []


@pytest.mark.parametrize(
    "text",
    [
        "ssp分别开出1.20/1.22的主胜搭配",  # odds, not an IP
        "刘先生于2012年5月31日重庆钢铁股份",  # 先生于 is not a birth cue
        "发生于2019年3月1日的事故",
    ],
)
def test_real_text_look_alikes(text: str) -> None:
    assert scan_text(text, types=STRUCTURED_TYPES) == []


def test_birth_date_before_its_cue() -> None:
    text = "被告人莫某，男，1987/03/03出生，汉族"
    assert [(text[f.start : f.end], f.type) for f in scan_text(text, types=["BIRTHDATE"])] == [("1987/03/03", "BIRTHDATE")]


def test_table_columns_without_cue_words() -> None:
    header = "证件号码|微信号|手机号|QQ\n"
    rows = "".join(f"11010519491231002X|wxid_ab{i}cdefgh|1381234567{i}|{12345 + i * 1111}\n" for i in range(4))
    text = header + rows
    kinds = [f.type for f in scan_text(text, types=STRUCTURED_TYPES)]
    assert kinds.count("WECHAT") == 4 and kinds.count("QQ") == 4 and kinds.count("MOBILE") == 4


def test_headerless_card_column_is_voted() -> None:
    from leakaid.detect import tables
    from leakaid.detect.validators.checksums import luhn_check_digit

    bodies = ("499912345678901", "499987654321098", "499955555555554")
    cards = [b + luhn_check_digit(b) for b in bodies]
    assert all(tables.bank_of(c) is None and tables.scheme_of(c) == "visa" for c in cards)
    text = "".join(f"张{i},{c},北京\n" for i, c in enumerate(cards))
    assert [f.type for f in scan_text(text, types=["BANK_CARD"])] == ["BANK_CARD"] * 3
    # the same unknown-BIN numbers alone, with no table and no cue, are not claimed
    assert scan_text(cards[0], types=["BANK_CARD"]) == []


def test_lone_surrogates_from_undecodable_bytes() -> None:
    text = "手机\udc80 13812345678 收件人：张三"
    found = scan_text(text)
    assert ("13812345678", "MOBILE") in {(text[f.start : f.end], f.type) for f in found}


def test_article_numbers_are_not_names_and_address_tails_are_kept() -> None:
    text = "受过行政处罚的。第五条\u3000个人信息处理者应当……\n地址发你：黑龙江省鸡西市鸡东县花园路342号新村10-4-151。"
    got = [(text[f.start : f.end], f.type) for f in scan_text(text, types=["PERSON", "ADDRESS"])]
    assert got == [("黑龙江省鸡西市鸡东县花园路342号新村10-4-151", "ADDRESS")]


def test_masked_output_is_not_reported_again() -> None:
    text = "收件人：陈*  电话：+86 186 **** 1234\n收件地址：广东省深圳市南山区****\n寄件人：王**"
    assert scan_text(text) == []


@pytest.mark.parametrize(("text", "hint"), [("深圳市", "城市"), ("上海市", None), (" 北京市朝阳区 ", "地区")])
def test_a_value_that_is_only_a_place_is_not_an_address(text: str, hint: str | None) -> None:
    assert scan_text(text, hint=hint, types=["ADDRESS"]) == []


def test_dates_and_numbers_in_a_table_without_personal_data_are_not_votes() -> None:
    log_table = "".join(f"2024-05-{d:02d},{12345 * d ** 3},ok\n" for d in range(1, 6))
    assert scan_text(log_table, types=["BIRTHDATE", "QQ"]) == []
    people = "".join(f"1990-05-{d:02d},{12345 * d ** 3},1381234567{d}\n" for d in range(1, 6))
    kinds = [f.type for f in scan_text(people, types=["BIRTHDATE", "QQ"])]
    assert kinds.count("BIRTHDATE") == 5 and kinds.count("QQ") == 5


def test_overlap_index_of_structured_spans() -> None:
    from leakaid.detect.names_filter import _Spans

    spans = _Spans([(10, 20), (0, 5), (30, 60), (35, 40)])
    assert spans.overlaps(4, 6) and spans.overlaps(19, 25) and spans.overlaps(41, 42)
    assert not spans.overlaps(5, 10) and not spans.overlaps(20, 30) and not spans.overlaps(60, 70)
    assert not _Spans([]).overlaps(0, 10)


def test_a_name_inside_a_structured_value_is_dropped() -> None:
    text = "邮箱 zhang.wei@163.com 电话 13812345678"
    assert {f.type for f in scan_text(text)} == {"EMAIL", "MOBILE"}


def test_only_the_date_an_id_encodes_is_its_birth_date() -> None:
    text = "入职 2020-01-01 11010519491231002X 生效 1949-12-30"
    assert [f.type for f in scan_text(text)] == ["ID_CARD"]
