"""Genre traps7: documents with look-alikes of every type and no personal information at all."""

from __future__ import annotations

from p7_common import Doc, mask_card, mask_id, mask_mobile, name, pv
from stdnum import luhn


def _hex(rng, n, alphabet="0123456789abcdef"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _luhn_num(rng, prefix, length):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def _bad_luhn(rng, prefix, length):
    n = _luhn_num(rng, prefix, length)
    return n[:-1] + str((int(n[-1]) + rng.randint(1, 9)) % 10)


def _bad_id(rng):
    n = pv.id_card(rng)
    return n[:-1] + rng.choice([c for c in "0123456789X" if c != n[-1]])


def _isbn13(rng):
    body = "9787" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    full = body + str((10 - s % 10) % 10)
    return f"{full[:3]}-{full[3]}-{full[4:7]}-{full[7:12]}-{full[12]}"


def _mac(rng, sep=":"):
    return sep.join(_hex(rng, 2, "0123456789ABCDEF") for _ in range(6))


def tp_network(rng, d: Doc, nl):
    d.t(f"机房资产清单（内网）{nl}")
    for i in range(rng.randint(3, 5)):
        ip = rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                         f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                         f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                         f"203.0.113.{rng.randint(1, 254)}", f"198.51.100.{rng.randint(1, 254)}",
                         f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
        d.t(f"{i + 1}. {rng.choice(['核心交换机', '门禁控制器', 'NVR录像机', '打印机', '考勤机'])}  IP {ip}  MAC {_mac(rng, rng.choice([':', '-']))}{nl}")
    d.t(f"IPv6 测试段：2001:db8:{_hex(rng, 4)}::{rng.randint(1, 99)}  链路本地 fe80::{_hex(rng, 4)}:{_hex(rng, 4)}  回环 ::1 / 127.0.0.1{nl}")
    d.t(f"网关 192.168.1.1  子网掩码 255.255.255.0  DNS 10.0.0.{rng.randint(2, 9)}{nl}")


def tp_books(rng, d: Doc, nl):
    d.t(f"图书馆新书通报（{rng.randint(2023, 2024)}年第{rng.randint(1, 12)}期）{nl}")
    for _ in range(rng.randint(3, 5)):
        d.t(f"《{rng.choice(['数据安全法释义', '个人信息保护实务', '刑法分则精解', '网络犯罪侦查'])}》 ISBN {_isbn13(rng)}  "
            f"索书号 D{rng.randint(900, 999)}.{rng.randint(1, 99)}/{rng.randint(1, 999)}  定价 {rng.randint(30, 158)}.00元{nl}")


def tp_express(rng, d: Doc, nl):
    d.t(f"物流跟踪汇总{nl}")
    d.t(f"顺丰 运单号 SF{rng.randint(10 ** 12, 10 ** 13 - 1)}  已签收{nl}")
    d.t(f"京东 JDX{rng.randint(10 ** 11, 10 ** 12 - 1)}-1-1  派送中{nl}")
    d.t(f"圆通 YT{rng.randint(10 ** 12, 10 ** 13 - 1)}  运输中{nl}")
    d.t(f"中通 快递单号 7{rng.randint(10 ** 10, 10 ** 11 - 1)}{rng.randint(0, 9)}  已揽收{nl}")
    d.t(f"韵达 4{rng.randint(10 ** 11, 10 ** 12 - 1)}  网点电话 400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}{nl}")
    d.t(f"收件人 {name(rng)[0]}** 手机 {mask_mobile(pv.mobile(rng), rng)}{nl}")


def tp_vehicle(rng, d: Doc, nl):
    vin = rng.choice(["LSV", "LFV", "LGB", "LHG"]) + _hex(rng, 5, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + rng.choice("0123456789X") + \
        rng.choice("NPRS") + _hex(rng, 1, "ABCDEFGH0123456789") + f"{rng.randint(0, 999999):06d}"
    d.t(f"机动车登记信息（已脱敏）{nl}车辆识别代号（VIN）：{vin}{nl}发动机号：{_hex(rng, 2, 'ABCDEFGHJK')}{rng.randint(10 ** 6, 10 ** 7 - 1)}{nl}")
    d.t(f"号牌号码：{rng.choice('京沪粤浙苏')}{rng.choice('ABC')}***{rng.randint(10, 99)}  车型：{rng.choice(['沪A级', '紧凑型SUV', '京A级轿车'])}{nl}")
    d.t(f"行驶里程：{rng.randint(1, 200)},{rng.randint(100, 999)}公里  登记日期：{rng.randint(2015, 2023)}-0{rng.randint(1, 9)}-{rng.randint(10, 28)}{nl}")
    d.t(f"途经 G{rng.randint(1, 99)} 高速、S{rng.randint(100, 399)} 省道；车辆识别码校验位 {rng.choice('0123456789X')}{nl}")


def tp_invoice(rng, d: Doc, nl):
    code = f"0{rng.randint(10, 65)}0{rng.randint(10 ** 7, 10 ** 8 - 1)}"
    check = " ".join(f"{rng.randint(0, 99999):05d}" for _ in range(4))
    uscc = f"91{rng.choice(['440300', '310000', '110108'])}MA{rng.randint(1, 9)}{_hex(rng, 7, 'ABCDEFGHJKLMNPQRTUWXY0123456789')}"
    d.t(f"增值税电子普通发票{nl}发票代码：{code}  发票号码：{rng.randint(10 ** 7, 10 ** 8 - 1)}{nl}开票日期：{rng.randint(2022, 2024)}年"
        f"{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日  校验码：{check}{nl}")
    d.t(f"购买方纳税人识别号：{uscc}{nl}价税合计（小写）¥{rng.randint(1, 99)},{rng.randint(100, 999)}.{rng.randint(10, 99)}{nl}")
    d.t(f"机器编号：{rng.randint(10 ** 11, 10 ** 12 - 1)}{nl}")


def tp_device(rng, d: Doc, nl):
    imei = _luhn_num(rng, "86" + str(rng.randint(100000, 999999)), 15)
    iccid = _luhn_num(rng, "8986" + rng.choice(["00", "01", "11"]), rng.choice([19, 20]))
    meid = "A" + _hex(rng, 13, "0123456789ABCDEF")
    d.t(f"设备信息{nl}IMEI1：{imei}{nl}IMEI2：{_luhn_num(rng, '86' + str(rng.randint(100000, 999999)), 15)}{nl}MEID：{meid}{nl}")
    d.t(f"ICCID：{iccid}{nl}序列号：{_hex(rng, 12, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}{nl}"
        f"系统版本：MIUI V14.0.{rng.randint(1, 30)}.0.TMCCNXM  Android 13  基带 {_hex(rng, 6)}{nl}")


def tp_crypto(rng, d: Doc, nl):
    d.t(f"【风险提示】以下为诈骗团伙使用的收款地址，请勿转账：{nl}")
    d.t(f"BTC: bc1q{_hex(rng, 38, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}{nl}ETH: 0x{_hex(rng, 40, '0123456789abcdefABCDEF')}{nl}")
    d.t(f"USDT(TRC20): T{_hex(rng, 33, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')}{nl}")
    d.t(f"交易哈希：0x{_hex(rng, 64)}  区块高度 {rng.randint(10 ** 7, 2 * 10 ** 7):,}{nl}")


def tp_stocks(rng, d: Doc, nl):
    d.t(f"自选股 {rng.randint(2023, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 收盘{nl}")
    for code, nm in rng.sample([("600519", "贵州茅台"), ("000001", "平安银行"), ("300750", "宁德时代"), ("601318", "中国平安"),
                                ("000858", "五粮液"), ("688981", "中芯国际"), ("002594", "比亚迪")], 4):
        sfx = ".SH" if code.startswith("6") else ".SZ"
        d.t(f"{code}{sfx} {nm}  {rng.randint(10, 1900)}.{rng.randint(10, 99)}  {rng.choice('+-')}{rng.randint(0, 9)}.{rng.randint(10, 99)}%  "
            f"成交额 {rng.randint(1, 99)}.{rng.randint(1, 99)}亿{nl}")
    d.t(f"沪A股成交 {rng.randint(3000, 6000)},{rng.randint(100, 999)}亿元；上证指数 {rng.randint(2800, 3500)}.{rng.randint(10, 99)}{nl}")


def tp_versions(rng, d: Doc, nl):
    d.t(f"CHANGELOG{nl}## v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 30)} ({rng.randint(2023, 2024)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}){nl}")
    d.t(f"- 升级 OpenSSL 到 3.0.{rng.randint(10, 15)}，jdk 1.8.0_{rng.randint(300, 400)}{nl}")
    d.t(f"- 兼容 Windows 10.0.{rng.randint(19041, 22631)}.{rng.randint(1000, 4000)} 及 Chrome/{rng.randint(100, 125)}.0.{rng.randint(5000, 6500)}.{rng.randint(10, 200)}{nl}")
    d.t(f"- OID 1.2.840.{rng.randint(10000, 999999)}.1.1；协议版本 0.{rng.randint(1, 9)}.{rng.randint(1, 99)}.{rng.randint(1, 9)}{nl}")
    d.t(f"- 修复 build {rng.randint(10000, 99999)} 的崩溃（issue #{rng.randint(100, 9999)}）{nl}")


def tp_coords(rng, d: Doc, nl):
    c = rng.choice(pv.CITIES_GPS)
    d.t(f"{c[0]}站点气象数据（粗略位置 {c[1]:.3f}, {c[2]:.3f}）{nl}")
    d.t(f"位置：N{c[1]:.2f} E{c[2]:.2f}  海拔 {rng.randint(5, 600)}.{rng.randint(0, 9)}m{nl}")
    d.t(f"温度 {rng.randint(10, 35)}.{rng.randint(1000, 9999)}℃，湿度 {rng.randint(30, 90)}.{rng.randint(1000, 9999)}%，"
        f"气压 {rng.randint(990, 1030)}.{rng.randint(10, 99)}hPa{nl}")
    d.t(f"汇率 USD/CNY {rng.randint(6, 7)}.{rng.randint(1000, 9999)}，EUR/CNY {rng.randint(7, 8)}.{rng.randint(1000, 9999)}{nl}")


def tp_dates(rng, d: Doc, nl):
    y = rng.randint(1960, 2005)
    d.t(f"合同签订日期：{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}{nl}")
    d.t(f"生产日期：{rng.randint(2022, 2024)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日  保质期至：{rng.randint(2025, 2026)}/{rng.randint(1, 12)}/{rng.randint(1, 28)}{nl}")
    d.t(f"公司成立于{rng.randint(1985, 2010)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日，注册资本{rng.randint(100, 5000):,}万元{nl}")
    d.t(f"证件有效期：{rng.randint(2015, 2020)}.{rng.randint(1, 12):02d}.{rng.randint(10, 28)}-长期；上次登录 {rng.randint(2023, 2024)}{rng.randint(1, 12):02d}{rng.randint(10, 28)}{nl}")


def tp_masked(rng, d: Doc, nl):
    d.t(f"【安全提醒】您的账户信息已脱敏展示：{nl}")
    d.t(f"手机：{mask_mobile(pv.mobile(rng), rng)}  身份证：{mask_id(pv.id_card(rng), rng)}{nl}")
    d.t(f"银行卡：{mask_card(pv.bank_card(rng), rng)}  邮箱：{rng.choice(['zh***', 'l*', 'w***g'])}@{rng.choice(['qq.com', '163.com'])}{nl}")
    d.t(f"护照：E****{rng.randint(1000, 9999)}  车牌：{rng.choice('京沪粤苏')}{rng.choice('ABC')}·***{rng.randint(10, 99)}{nl}")
    d.t(f"如非本人操作请致电 95{rng.randint(100, 599)} 或 400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}{nl}")


def tp_bad_checksums(rng, d: Doc, nl):
    d.t(f"数据清洗报告：以下记录校验失败，已剔除{nl}")
    d.t(f"身份证（校验位错误）：{_bad_id(rng)}{nl}")
    d.t(f"身份证（日期非法）：{rng.choice(pv.REGIONS)}{rng.randint(1960, 1999)}1{rng.randint(3, 9)}{rng.randint(10, 28)}{rng.randint(100, 999)}X{nl}")
    d.t(f"银行卡（Luhn失败）：{_bad_luhn(rng, rng.choice(['622202', '621700', '622848']), 19)}{nl}")
    d.t(f"手机（号段不存在）：1{rng.choice(['00', '01', '02', '20', '27', '10', '04'])}{rng.randint(10 ** 7, 10 ** 8 - 1)}{nl}")
    d.t(f"手机（位数不足）：13{rng.randint(10 ** 7, 10 ** 8 - 1)}{nl}")
    d.t(f"统计：共{rng.randint(1000, 99999):,}条，剔除{rng.randint(10, 999)}条{nl}")


def tp_hotlines(rng, d: Doc, nl):
    d.t(f"常用服务电话{nl}报警 110  急救 120  市民热线 12345  铁路 12306{nl}")
    d.t(f"客服热线：400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)} / 800-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}{nl}")
    d.t(f"银行：95588 95533 95599；运营商 10086 10010 10000{nl}")
    d.t(f"邮编 {rng.choice(['100020', '518057', '200120', '310012'])}  区号 0{rng.choice(['10', '21', '755', '571'])}{nl}")


def tp_timestamps(rng, d: Doc, nl):
    for _ in range(rng.randint(3, 5)):
        d.t(f"ts={rng.randint(1600000000000, 1720000000000)} epoch={rng.randint(1600000000, 1720000000)} "
            f"seq={rng.randint(10 ** 5, 10 ** 9)} id={_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-{_hex(rng, 4)}-{_hex(rng, 12)}{nl}")


def tp_codes_shapes(rng, d: Doc, nl):
    d.t(f"采购清单{nl}合同编号：C{rng.randint(2020, 2024)}{rng.randint(1, 12):02d}{rng.randint(10, 28)}  "
        f"零件编号：G{rng.randint(10 ** 7, 10 ** 8 - 1)}  型号 EA{rng.randint(10 ** 6, 10 ** 7 - 1)}-PRO{nl}")
    d.t(f"QQ群：{rng.randint(10 ** 8, 10 ** 9 - 1)}（客户交流群）  微信公众号：{rng.choice(['某某物业服务中心', '某某生活'])}{nl}")
    d.t(f"订单号：{rng.randint(10 ** 8, 10 ** 10)}  批次：{rng.randint(10 ** 5, 10 ** 6)}{nl}")
    d.t(f"总资产：¥{rng.randint(13, 19)},{rng.randint(100, 999)},{rng.randint(100, 999)},{rng.randint(100, 999)}元{nl}")


def tp_hexdump(rng, d: Doc, nl):
    d.t(f"$ xxd dump.bin | head{nl}")
    for i in range(rng.randint(3, 5)):
        d.t(f"{i * 16:08x}: " + " ".join(_hex(rng, 4) for _ in range(8)) + f"  {_hex(rng, 16, 'abcdefghijklmnop.')}{nl}")
    d.t(f"sha256 {_hex(rng, 64)}  md5 {_hex(rng, 32)}{nl}")


def tp_chat(rng, d: Doc, nl):
    a, b = name(rng), name(rng)
    d.t(f"{a}：@{b} 明天几点开会？{nl}{b}：上午9:30，{rng.randint(3, 28)}楼{rng.randint(1, 12)}号会议室，会议号 {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}{nl}")
    d.t(f"{a}：好，我的工号是{rng.randint(10 ** 5, 10 ** 6 - 1)}，报销单号 BX{rng.randint(10 ** 9, 10 ** 10 - 1)}{nl}")
    d.t(f"{b}：收到，金额 {rng.randint(1, 9)},{rng.randint(100, 999)}.00 元，下周{rng.choice('一二三四五')}打款{nl}")


TRAPS = [tp_network, tp_books, tp_express, tp_vehicle, tp_invoice, tp_device, tp_crypto, tp_stocks, tp_versions,
         tp_coords, tp_dates, tp_masked, tp_bad_checksums, tp_hotlines, tp_timestamps, tp_codes_shapes, tp_hexdump,
         tp_chat]
