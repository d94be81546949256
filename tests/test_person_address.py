"""PERSON / ADDRESS tier: rules, gazetteer, hints, the packaged model and the model gate."""

from __future__ import annotations

import socket

import pytest

import leakaid.detect.pii_names as pn
from leakaid.detect.pii_names import model as pn_model
from leakaid.detect.pii_names import rules

# All names / addresses below are made up (generated street names, no real person).
WAYBILL = (
    "收件人：欧阳晓峰 电话：13912345678\n地址：浙江省杭州市西湖区文三路90号华星大厦5楼501室\n备注：工作日送货"
)
FORM = "姓名 张伟    性别 男\n家庭住址 江苏省南京市鼓楼区中山北路208号3栋2单元1101室"
TRAD = "收貨人：陳嘉欣，電話：0912-345678，收貨地址：廣東省深圳市南山區科技園南區深南大道9988號"
COURT = "原告李建国，男，1975年3月2日出生，汉族，住河南省郑州市金水区花园路88号。被告张某某，住址不详。"


def found(text: str, **kw) -> set[tuple[str, str]]:
    return {(f.type, text[f.start : f.end]) for f in pn.find_person_address(text, **kw)}


@pytest.mark.parametrize("use_model", [True, False])
def test_waybill_full_spans(use_model: bool) -> None:
    got = found(WAYBILL, use_model=use_model)
    assert ("PERSON", "欧阳晓峰") in got
    assert ("ADDRESS", "浙江省杭州市西湖区文三路90号华星大厦5楼501室") in got
    assert not any("13912345678" in v for _, v in got)


@pytest.mark.parametrize("use_model", [True, False])
def test_form_and_court_text(use_model: bool) -> None:
    got = found(FORM, use_model=use_model)
    assert ("PERSON", "张伟") in got
    assert ("ADDRESS", "江苏省南京市鼓楼区中山北路208号3栋2单元1101室") in got
    got = found(COURT, use_model=use_model)
    assert ("PERSON", "李建国") in got
    assert ("ADDRESS", "河南省郑州市金水区花园路88号") in got
    # masked court names are already de-identified: not reported
    assert not any(t == "PERSON" and v.startswith("张某") for t, v in got)


@pytest.mark.parametrize("use_model", [True, False])
def test_traditional_script(use_model: bool) -> None:
    got = found(TRAD, use_model=use_model)
    assert ("PERSON", "陳嘉欣") in got
    assert ("ADDRESS", "廣東省深圳市南山區科技園南區深南大道9988號") in got


def test_address_details_and_surname() -> None:
    fs = pn.find_person_address(WAYBILL)
    addr = next(f for f in fs if f.type == "ADDRESS")
    assert dict(addr.details) == {"province": "浙江省", "city": "杭州市", "district": "西湖区"}
    assert addr.rule.startswith("address.")
    person = next(f for f in fs if f.type == "PERSON")
    assert person.details["surname"] == "欧阳"
    assert person.rule == "person.cue"
    assert 0 <= person.score <= 1 and 0 <= addr.score <= 1


def test_municipality_details() -> None:
    text = "寄件地址：北京市朝阳区建国路93号院12号楼1单元602"
    (f,) = [f for f in pn.find_person_address(text) if f.type == "ADDRESS"]
    assert text[f.start : f.end] == "北京市朝阳区建国路93号院12号楼1单元602"
    assert f.details["district"] == "朝阳区" and f.details["province"] == "北京市"


@pytest.mark.parametrize(
    ("hint", "value", "expected"),
    [
        ("姓名", "  王小红 ", ("PERSON", "王小红")),
        ("收件人", "司马相如", ("PERSON", "司马相如")),
        ("name", "买买提·艾力", ("PERSON", "买买提·艾力")),
        ("address", "上海市浦东新区张杨路500号", ("ADDRESS", "上海市浦东新区张杨路500号")),
        ("收货地址", "广州市天河区体育西路191号", ("ADDRESS", "广州市天河区体育西路191号")),
    ],
)
def test_hint_whole_cell(hint: str, value: str, expected: tuple[str, str]) -> None:
    fs = pn.find_person_address(value, hint=hint)
    assert [(f.type, value[f.start : f.end]) for f in fs] == [expected]
    assert fs[0].rule.endswith(".hint")


def test_hint_needs_a_plausible_value() -> None:
    assert pn.find_person_address("12345", hint="姓名") == []
    assert pn.find_person_address("N/A", hint="address") == []
    # an implausible cell under a name header is not blindly reported
    assert found("今天天气很好我们去公园散步", hint="name", use_model=False) == set()
    assert pn.hint_kind("username") is None and pn.hint_kind("file_name") is None
    assert pn.hint_kind("收件人姓名") == "PERSON" and pn.hint_kind("Shipping Address") == "ADDRESS"


def test_types_filter() -> None:
    got = found(WAYBILL, types=frozenset({"ADDRESS"}))
    assert got and all(t == "ADDRESS" for t, _ in got)
    assert pn.find_person_address(WAYBILL, types=frozenset({"MOBILE"})) == []


def test_digits_never_reach_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []

    def spy(lines: list[str]):
        calls.append(list(lines))
        return [[] for _ in lines]

    monkeypatch.setattr(pn, "model_spans", spy)
    for text in ("13812345678", "110101199003070011\n6222021234567890123", "abc 123, 456-789", "  \n\t", ""):
        assert pn.find_person_address(text) == []
    assert calls == []
    pn.find_person_address("13812345678\n联系人：王芳\n2024-01-01 12:00:00")
    assert calls == [["联系人：王芳"]]


def test_use_model_false_skips_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(lines):
        raise AssertionError("model called")

    monkeypatch.setattr(pn, "model_spans", boom)
    assert ("PERSON", "欧阳晓峰") in found(WAYBILL, use_model=False)


STATUTE = (
    "第一条　为了保护个人信息权益，规范个人信息处理活动，促进个人信息合理利用，根据宪法，制定本法。\n"
    "第十三条　符合下列情形之一的，个人信息处理者方可处理个人信息：（一）取得个人的同意；"
    "（二）为订立、履行个人作为一方当事人的合同所必需，或者按照依法制定的劳动规章制度和依法签订的集体合同实施人力资源管理所必需；"
    "（三）为履行法定职责或者法定义务所必需。\n"
    "第二十八条　敏感个人信息是一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害或者人身、财产安全受到危害的个人信息，"
    "包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息，以及不满十四周岁未成年人的个人信息。\n"
    "第六十六条　违反本法规定处理个人信息，由履行个人信息保护职责的部门责令改正，给予警告，没收违法所得。"
    "县级以上地方人民政府有关部门的个人信息保护职责，按照国家有关规定确定。国家网信部门负责统筹协调个人信息保护工作。"
)


def test_statute_text_stays_silent() -> None:
    assert pn.find_person_address(STATUTE) == []


def test_plain_prose_precision() -> None:
    text = "北京大学的学生在杭州西湖边散步。浙江省杭州市人民政府发布通知，要求各区县做好防汛工作。王府井大街很热闹。"
    assert [f for f in pn.find_person_address(text) if f.type == "ADDRESS"] == []


def test_offsets_with_fullwidth_and_surrogates() -> None:
    text = "😀😀 收件人：刘洋　地址：四川省成都市武侯区人民南路四段12号"
    got = found(text)
    assert ("PERSON", "刘洋") in got
    assert ("ADDRESS", "四川省成都市武侯区人民南路四段12号") in got


def test_plausible_name_rules() -> None:
    assert (
        rules.plausible_name("张三")
        and rules.plausible_name("欧阳娜娜")
        and rules.plausible_name("阿依古丽·买买提")
    )
    assert (
        not rules.plausible_name("张某某")
        and not rules.plausible_name("今天")
        and not rules.plausible_name("王")
    )
    assert not rules.plausible_name("张三李四王五")


def test_model_loads_offline_from_package(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_net(*a, **k):
        raise OSError("network disabled in test")

    monkeypatch.setattr(socket, "socket", no_net)
    monkeypatch.setattr(socket, "create_connection", no_net)
    tagger = pn_model.Tagger()
    sentences = [
        "经理陈晓东表示，新产品下月上市。",
        "今天张小明请大家吃饭。",
        "我和李娜是大学同学。",
        "张伟说他明天再来。",
        "快递放在宁波市鄞州区钱湖北路688号",
    ]
    spans = tagger.spans(sentences)
    found_names = sum(any(k == "PERSON" for _s, _e, k, _c in sp) for sp in spans[:4])
    assert found_names >= 3
    assert any(k == "ADDRESS" for _s, _e, k, _c in spans[4])
    for text, sp in zip(sentences, spans, strict=True):
        assert all(0 <= s < e <= len(text) and 0 <= c <= 1 for s, e, _k, c in sp)


def test_model_handles_long_text() -> None:
    line = "据报道，记者李明在现场采访了多位市民，大家都表示满意。"
    text = line * 60  # longer than one model window
    fs = pn.find_person_address(text)
    assert all(0 <= f.start < f.end <= len(text) for f in fs)
    assert sum(1 for f in fs if f.type == "PERSON" and text[f.start : f.end] == "李明") >= 30


def test_packed_stream_matches_single_rows() -> None:
    import numpy as np

    from leakaid.detect.pii_names import features as feat

    tagger = pn_model.get_tagger()
    assert tagger is not None
    texts = ["收件人：张三 地址：浙江省杭州市西湖区文三路90号", "你好", "李四在北京工作"]
    rows = [feat.char_ids(t, tagger.lookup) for t in texts]
    packed = tagger.stream_emissions(rows)
    for r, em in zip(rows, packed, strict=True):
        assert np.allclose(tagger.emissions(r[None])[0], em, atol=1e-4)


def test_native_viterbi_matches_numpy_reference() -> None:
    import numpy as np

    assert pn_model._crf.available(), "leakaid.detect.pii_names._crf is not built (pip install -e . needs gcc)"
    tagger = pn_model.get_tagger()
    assert tagger is not None
    rng = np.random.default_rng(7)
    for trial in range(300):
        b, t = int(rng.integers(2, 9)), int(rng.integers(1, 80))
        em = (rng.normal(size=(b, t, 5)) * 3).astype(np.float32)
        if trial % 3 == 0:
            em = np.round(em).astype(np.float32)  # ties: the first maximum wins in both
        lengths = rng.integers(1, t + 1, size=b)
        got, ref = tagger.viterbi(em, lengths), tagger.viterbi_numpy(em, lengths)
        for r in range(b):
            assert (got[r, : lengths[r]] == ref[r, : lengths[r]]).all(), (trial, r)
    with pytest.raises(ValueError):
        pn_model._crf.module().viterbi(1, 4, 5, np.zeros(3, np.float32), np.ones(1, np.int64),
                                       tagger._trans_ok, tagger.start_ok, tagger.end, np.zeros(4, np.int8))
    texts = ["收件人：张三 地址：浙江省杭州市西湖区文三路90号", "李四在北京工作，王五住在上海市徐汇区漕溪北路88号"]
    with_c = tagger.spans(texts)
    old = pn_model._crf.set_enabled(False)
    try:
        assert tagger.spans(texts) == with_c
    finally:
        pn_model._crf.set_enabled(old)


def test_hinted_digits_skip_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(lines):
        raise AssertionError("model called")

    monkeypatch.setattr(pn, "model_spans", boom)
    assert pn.find_person_address("13812345678", hint="姓名") == []
    assert pn.find_person_address("  42 ", hint="address") == []


def test_engine_integration() -> None:
    from leakaid import scan_text

    fs = scan_text(WAYBILL, types=["PERSON", "ADDRESS", "MOBILE"])
    got = {(f.type, WAYBILL[f.start : f.end]) for f in fs}
    assert ("PERSON", "欧阳晓峰") in got
    assert ("ADDRESS", "浙江省杭州市西湖区文三路90号华星大厦5楼501室") in got
    assert ("MOBILE", "13912345678") in got


def test_inline_key_values_and_chat_headers() -> None:
    text = "realName=周晓晓&phone=13409373363&addr=宁夏回族自治区固原市原州区和平巷442号19号楼2902&qq=1"
    got = found(text)
    assert ("PERSON", "周晓晓") in got
    assert ("ADDRESS", "宁夏回族自治区固原市原州区和平巷442号19号楼2902") in got
    js = '{"姓名":"曾浩立","addr":"咸阳市彬州市中山东路833号锦绣小区4栋6单元1901室"}'
    got = found(js, use_model=False)
    assert ("PERSON", "曾浩立") in got and (
        "ADDRESS",
        "咸阳市彬州市中山东路833号锦绣小区4栋6单元1901室",
    ) in got
    chat = (
        "2024-03-31 19:24:09 潘欣\n我手机13812345678，有事打我\n2024-03-31 19:25:00 覃建璐(2744677952)\n好的"
    )
    got = found(chat, use_model=False)
    assert ("PERSON", "潘欣") in got and ("PERSON", "覃建璐") in got


def test_not_reported_forms() -> None:
    # surname only, masked names, nicknames, labels and case numbers are not PERSON / ADDRESS
    text = "李女士你好，电话13812345678。师傅，我在路边。被告人王某某。(2019)川1809刑初476号 订单号：123456"
    assert pn.find_person_address(text) == []
    assert pn.find_person_address("户籍地：北京市朝阳区。") == []  # stops at the district


def test_a_name_that_is_also_a_word_counts_in_a_name_field() -> None:
    from leakaid import scan_text

    assert [f.type for f in scan_text("朱红", hint="姓名")] == ["PERSON"]
    assert [f.type for f in scan_text('{"name": "田野", "tel": "13812345678"}', types=["PERSON"])] == ["PERSON"]
    assert scan_text("这块布是朱红色的", types=["PERSON"]) == []


def test_address_pieces_joined_by_dashes_are_one_address() -> None:
    """Leaked waybills write divisions with dashes (江苏省-无锡市-南长区…): one address, not three."""
    from leakaid.detect.pii_names import find_person_address

    for text in ("江苏省-无锡市-南长区扬名街道扬名花园1243-1815", "凤里街道新源北街155-148号九楼"):
        found = [(text[f.start : f.end], f.type) for f in find_person_address(text) if f.type == "ADDRESS"]
        assert found == [(text, "ADDRESS")], found


def test_two_addresses_apart_stay_apart() -> None:
    from leakaid.detect.pii_names import find_person_address

    text = "寄件：北京市朝阳区建国路88号，收件：上海市徐汇区漕溪北路201号"
    found = [text[f.start : f.end] for f in find_person_address(text) if f.type == "ADDRESS"]
    assert found == ["北京市朝阳区建国路88号", "上海市徐汇区漕溪北路201号"], found


def test_words_around_an_address_are_not_part_of_it() -> None:
    from leakaid.detect.pii_names import find_person_address

    cases = [
        ("住　　址：浙江省杭州市西湖区文三路90号3幢501室\n", "浙江省杭州市西湖区文三路90号3幢501室"),  # spaced label
        ("地址改一下，改成云南省昆明市五华区人民中路88号2栋1单元302室，谢谢", "云南省昆明市五华区人民中路88号2栋1单元302室"),
        ("我住湖北省武汉市洪山区珞喻路129号5栋302的，你直接寄", "湖北省武汉市洪山区珞喻路129号5栋302"),
    ]
    for text, want in cases:
        got = [text[f.start : f.end] for f in find_person_address(text) if f.type == "ADDRESS"]
        assert got == [want], (text, got)


def test_places_alone_in_a_field_or_cell_are_not_addresses() -> None:
    from leakaid.detect.pii_names import find_person_address

    for text, want in (
        ("所在地区：江苏省南京市玄武区\n详细地址：中山路18号", ["中山路18号"]),
        ("省,市,区,详细地址\n云南省,昆明市,五华区,人民中路88号\n", ["人民中路88号"]),
    ):
        got = [text[f.start : f.end] for f in find_person_address(text) if f.type == "ADDRESS"]
        assert got == want, got


def test_a_surname_with_a_title_is_not_a_name() -> None:
    from leakaid.detect.pii_names import find_person_address

    for text in ("配送员：闫师傅 电话 13812345678", "联系谢经理或者刘经理"):
        assert [f for f in find_person_address(text) if f.type == "PERSON"] == [], text
    text = "你好，我是古丽娜尔·买买提，麻烦发货"
    got = [text[f.start : f.end] for f in find_person_address(text) if f.type == "PERSON"]
    assert not any(g.startswith(("我是", "是")) for g in got), got


def test_judgment_signature_and_spaced_party_labels() -> None:
    from leakaid.detect.pii_names import find_person_address

    text = "审判长　姜文华\n审判员　许丽\n书记员　闫明\n原　　告　鄭志明，男"
    got = [text[f.start : f.end] for f in find_person_address(text) if f.type == "PERSON"]
    assert got == ["姜文华", "许丽", "闫明", "鄭志明"], got


def test_estate_and_units_after_the_road_number_stay_in_the_address() -> None:
    from leakaid.detect.pii_names import find_person_address

    for text, want in (
        ("昆明市,五华区,东风西路911弄学府佳园1号楼2201,13878447026\n", "东风西路911弄学府佳园1号楼2201"),
        ("北京市朝阳区建国路88号A座12层", "北京市朝阳区建国路88号A座12层"),
    ):
        got = [text[f.start : f.end] for f in find_person_address(text) if f.type == "ADDRESS"]
        assert got == [want], got


def test_quotes_and_line_ends_are_never_inside_a_name_or_address() -> None:
    """A redacted SQL dump must keep its quotes and a CRLF file its \\r (found by tests/probe6)."""
    from leakaid.detect.pii_names import find_person_address

    for text in ("INSERT INTO t VALUES (1,'北京市朝阳区建国路88号','VIP');", "张伟----陕西省西安市雁塔区长安南路12号\r\n"):
        for f in find_person_address(text):
            value = text[f.start : f.end]
            assert value == value.strip(" \r\n'\""), value
    text = "INSERT INTO t VALUES (1,'北京市朝阳区建国路88号','VIP');"
    assert [text[f.start : f.end] for f in find_person_address(text)] == ["北京市朝阳区建国路88号"]


# -- labelled fields (causes found by probe 8) ----------------------------------------------------------


def _pa(text: str, hint: str | None = None) -> set[tuple[str, str]]:
    return {(f.type, text[f.start : f.end]) for f in pn.find_person_address(text, hint=hint)}


def test_text_table_headers_name_and_quiet_columns():
    text = (
        "客户名称\t联系电话\t详细地址\t城市\t备注\n董新亮\t15004626182\t云胜街道云福社区朝桐新村22栋6单元11楼1103\t重庆市\t易碎品\n"
        "吐尔洪·艾尔肯\t18696062843\t源才西路943号绣学雅居24-4-1802\t南昌市\t到付\n"
    )
    got = _pa(text)
    assert {("PERSON", "董新亮"), ("PERSON", "吐尔洪·艾尔肯"), ("ADDRESS", "源才西路943号绣学雅居24-4-1802")} <= got
    assert not any(v in ("重庆市", "南昌市", "易碎品", "到付") for _, v in got)


def test_other_kinds_of_fields_stay_quiet():
    assert _pa("南京云帆商贸有限责任公司", hint="公司名称") == set()
    got = _pa("店铺：小森林花艺\n商品名称：东北大米 5kg\n城市：石家庄市\n下單時間：2023-11-13\n")
    assert got == set()
    assert ("PERSON", "海南省") not in _pa("学云路与翠杏中路交叉口预计6月完工。海南省交通运输厅表示，将加快进度。")


def test_address_ends_where_the_next_field_begins():
    text = "收件人：蔡明 收件地址：贵州省贵阳市南明区金文中路631号3栋3楼 寄件人：苏睿昊 13933428810"
    assert {("ADDRESS", "贵州省贵阳市南明区金文中路631号3栋3楼"), ("PERSON", "苏睿昊")} <= _pa(text)
    text = "receiver=董志梅 addr=吉林省长春市朝阳区锦阳西路105号 mobile=13800000000"
    assert ("ADDRESS", "吉林省长春市朝阳区锦阳西路105号") in _pa(text)
    assert ("ADDRESS", "梧宁西路356号滨松花园7-4-501") in _pa("收货人：叶林卓  地址：梧宁西路356号滨松花园7-4-501  189509")


def test_postcodes_and_tags_are_outside_the_address():
    assert ("ADDRESS", "臺北市信義區忠孝東路三段176巷9弄295號") in _pa("地址：110臺北市信義區忠孝東路三段176巷9弄295號\n")
    assert ("ADDRESS", "桃園市中壢區民生東路一段3號五樓") in _pa("地址：32000 桃園市中壢區民生東路一段3號五樓\n")
    text = "<order>\n  <receiverAddress>五华区学光东路645号9楼</receiverAddress>\n  <addr>朝阳区明泰工业区海振大道455号A栋318</addr>\n</order>"
    assert {("ADDRESS", "五华区学光东路645号9楼"), ("ADDRESS", "朝阳区明泰工业区海振大道455号A栋318")} <= _pa(text)


def test_names_in_fields():
    assert ("PERSON", "禚麒俊") in _pa("收货人【禚麒俊】\n收货地址【上海市徐汇区漕溪北路88号】")
    assert ("PERSON", "帕提古丽·买买提") in _pa("收件人：帕提古丽·买买提先生 13313313313")
    assert ("PERSON", "黎明") in _pa("收件人：黎明\n电话：18120000000")
    assert ("PERSON", "白天") in _pa("寄件人:白天  電話 15189259042")
    assert _pa("收件人：本人\n") == set()


def test_address_broken_over_two_lines_of_one_field():
    text = "收件人：钟宇舒\n收件地址：宁夏回族自治区银川市兴庆区槐滨南街264号\n世纪大厦2417室\n电话：17740000000"
    assert ("ADDRESS", "宁夏回族自治区银川市兴庆区槐滨南街264号\n世纪大厦2417室") in _pa(text)
    lines = "地址清单\n上海市徐汇区漕溪北路88号\n北京市海淀区中关村大街1号\n"
    assert ("ADDRESS", "上海市徐汇区漕溪北路88号") in _pa(lines)  # two addresses, not one


# -- contracts, police reports, medical records (causes found by probe 12) ---------------------------------------


def test_parties_with_roles_in_brackets_and_lists_of_names():
    got = _pa("出租方（甲方）：雷雪红\n身份证号：420102198001011234\n承租方（乙方）：米日古丽·努尔\n")
    assert {("PERSON", "雷雪红"), ("PERSON", "米日古丽·努尔")} <= got
    got = _pa("出警民警：帕尔哈提·热合曼、戴国\n处理结果：已调解")
    assert {("PERSON", "帕尔哈提·热合曼"), ("PERSON", "戴国")} <= got
    assert not any(t == "PERSON" for t, _ in _pa("甲方（用人单位）：苏州川岸建材有限公司\n"))


def test_titles_tags_and_postcodes_in_brackets():
    assert not any(t == "ADDRESS" for t, _ in _pa("市第一人民医院门诊病历\n\n患者姓名：梁伟"))
    assert not any(v == "小区团购群" for _, v in _pa("【小区团购群】\n2024-04-14 09:15 老王：大家好"))
    got = _pa("通知书寄送地址：天津市河西区涛枫街74号（邮编598837）")
    assert ("ADDRESS", "天津市河西区涛枫街74号") in got


def test_callings_brands_and_places_that_locate_nobody() -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(text[f.start : f.end], f.type) for f in pn.find_person_address(text)}

    assert not any(t == "PERSON" for _, t in found("小鹿：@强哥 你把车开过来\n强哥：收到\n大刘：李姐也来吗？"))
    assert not found("1. 马应龙 八宝眼霜 15g  ￥13.80\n2. 李锦记 旧庄特级蚝油  ￥19.00")
    assert not any(t == "PERSON" for _, t in found("14:54  夏侯女士来电，投诉商品破损"))
    assert not found("受施工影响，延安路与东新东路交叉口早晚高峰易拥堵，请绕行滨河路。")
    assert not found("地址：XX省XX市XX区XX路XX号XX小区X栋X单元XXX室")
    assert ("10栋502", "ADDRESS") not in found("以下业主尚未缴纳：\n\n10栋502 胡芳；13栋701 卢博")
    # a division first, or a whole field, is still an address without a number
    assert ("江苏省南京市鼓楼区汉中路凤凰国际书城", "ADDRESS") in found("江苏省南京市鼓楼区汉中路凤凰国际书城")


def test_typed_addresses_lose_emoji_notes_and_parcel_points_and_keep_their_gaps() -> None:
    def addresses(text: str) -> list[str]:
        return [text[f.start : f.end] for f in pn.find_person_address(text) if f.type == "ADDRESS"]

    assert addresses("📍黑河逊克县北山镇环城大街77号宜居苑5座2504，在永辉广场对面") == ["黑河逊克县北山镇环城大街77号宜居苑5座2504"]
    assert addresses("地址:石峰区北环路43号湖畔公馆15座2001 家里有狗 敲门轻点。") == ["石峰区北环路43号湖畔公馆15座2001"]
    assert addresses("咸阳市杨陵区工农路501号祥瑞花园21号楼（加油站旁边）") == ["咸阳市杨陵区工农路501号祥瑞花园21号楼"]
    assert addresses("🏠江苏扬州广陵区长庆街道金鸡西路73号安馨小区12号楼楼下快递柜") == ["江苏扬州广陵区长庆街道金鸡西路73号安馨小区12号楼"]
    assert addresses(" 天津市 静海区雨润街  1503号") == ["天津市 静海区雨润街  1503号"]
    assert addresses("乘坐224路或地铁6号线到安居一路站下车") == []
    assert addresses("籍贯：河北省邯郸市\u3000民族：汉\u3000学历：大专") == []
    assert not [f for f in pn.find_person_address("三元区钟楼北路275号锦江花园24栋3单元16楼东门快递柜") if f.type == "PERSON"]
