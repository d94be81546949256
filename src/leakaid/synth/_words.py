"""Small hand-written word lists for the generator (no real people, no copied datasets).

Everything here is generic vocabulary: common surnames, given-name characters, road-name
parts, pinyin syllables, filler phrases. Combinations are random, so any resemblance of a
generated record to a real person is chance.
"""

from __future__ import annotations

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
    "司徒",
    "夏侯",
    "长孙",
    "宇文",
)
GIVEN_CHARS = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国文婷雪琳晨浩宇轩子涵欣怡梓博然嘉俊思雨"
    "佳一诺泽晓志海东春梅丹飞斌宁凯莉颖倩立新永德福荣昊天翔瑞峰波亮琪彤薇悦蕾璐欢慧晶"
)
PINYIN = (
    "zhang wang li liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang "
    "han feng deng cao peng zeng xiao tian dong yuan pan jiang cai du ye cheng su wei lv ding shen yao lu cui zhong "
    "fang na min jing qiang lei jun yong yan jie juan tao ming chao xiu xia ping gang hua yu lan hao xuan zi han xin "
    "yi bo ran jia si nuo ze xiao zhi hai chun mei dan fei bin ning kai ying qian rui feng tian xiang"
).split()
ENGLISH_NICKS = (
    "sunny",
    "lucky",
    "tiger",
    "panda",
    "cloud",
    "river",
    "happy",
    "angel",
    "coco",
    "leo",
    "kevin",
    "amy",
    "jack",
)

FREE_MAIL = (
    "qq.com",
    "163.com",
    "126.com",
    "sina.com",
    "sohu.com",
    "foxmail.com",
    "yeah.net",
    "139.com",
    "aliyun.com",
)
COMPANY_MAIL = (
    "huaxin-tech.cn",
    "dongfang-trade.com.cn",
    "example-corp.com",
    "jinqiao.net.cn",
    "tianyu-soft.com",
)

ROAD_PARTS = (
    "人民",
    "解放",
    "中山",
    "建设",
    "和平",
    "胜利",
    "新华",
    "文化",
    "长江",
    "黄河",
    "光明",
    "朝阳",
    "幸福",
    "团结",
    "青年",
    "东风",
    "科技",
    "创业",
    "学府",
    "滨河",
    "金桥",
    "南京",
    "北京",
    "淮海",
    "迎宾",
    "工业",
    "世纪",
    "花园",
)
ROAD_SUFFIX = ("路", "路", "街", "大道", "大街", "巷", "东路", "西路", "南路", "北路")
ESTATES = (
    "阳光花园",
    "金色家园",
    "锦绣小区",
    "翠苑",
    "丽景苑",
    "华府",
    "名都",
    "新村",
    "嘉园",
    "雅居",
    "香榭里",
    "御景湾",
    "春晖苑",
)
TOWNS = ("城关镇", "新华街道", "东城街道", "和平乡", "南湖街道", "高新街道", "河西镇")
VILLAGES = ("王庄村", "李家村", "张湾村", "石桥村", "前进村", "新丰村")

COMPANIES = (
    "华信科技有限公司",
    "东方贸易有限公司",
    "金桥物流有限公司",
    "天宇软件股份有限公司",
    "恒通电子商务有限公司",
    "博远教育咨询有限公司",
)
SCHOOLS = ("华东理工大学", "西南交通大学", "北京信息科技大学", "南方医科大学", "山东师范大学", "武汉工程大学")
MAJORS = ("计算机科学与技术", "会计学", "市场营销", "软件工程", "法学", "护理学", "电子信息工程")
JOBS = ("软件工程师", "会计", "销售经理", "产品经理", "行政专员", "运营主管", "数据分析师")
GOODS = ("运动鞋", "手机壳", "茶叶礼盒", "儿童玩具", "蓝牙耳机", "保温杯", "护肤套装", "图书", "床上四件套")
EXPRESS = (
    ("顺丰速运", "SF"),
    ("中通快递", ""),
    ("圆通速递", "YT"),
    ("韵达快递", ""),
    ("京东物流", "JD"),
    ("申通快递", ""),
)

# Filler for prose and statute-like text (generic, written for this generator).
PROSE = (
    "根据有关规定，相关单位应当建立健全个人信息保护制度，落实安全管理责任。",
    "本次会议讨论了下一阶段的工作安排，与会人员就若干问题交换了意见。",
    "数据处理者应当采取必要措施，保障所处理的数据安全，防止信息泄露、篡改、丢失。",
    "经过调研，项目组认为现有系统的性能瓶颈主要在于数据库查询和日志写入。",
    "请各部门于本月底前完成自查，并将自查报告报送办公室。",
    "该市今年以来共开展专项检查十二次，发现并整改问题三十余项。",
    "用户在注册时应当阅读并同意服务协议，平台不得超出必要范围收集信息。",
    "随着业务规模扩大，公司决定在华东地区新设两个仓储中心。",
    "天气转凉，请注意添衣保暖，出行时注意交通安全。",
    "会议指出，要坚持问题导向，进一步提升服务质量和办事效率。",
    "本报告所引用的数据均来自公开统计资料，仅供参考。",
    "如对处理结果有异议，可以在收到通知之日起六十日内申请复议。",
    "系统升级期间部分功能暂停使用，给您带来的不便敬请谅解。",
    "图书馆将于下周一起调整开放时间，周末延长至晚上九点。",
    "该项目总投资约三点五亿元，预计明年六月竣工投入使用。",
)
STATUTE_HEADS = (
    "中华人民共和国刑法",
    "中华人民共和国个人信息保护法",
    "中华人民共和国网络安全法",
    "中华人民共和国民法典",
    "中华人民共和国数据安全法",
)
STATUTE_CLAUSES = (
    "违反国家有关规定，向他人出售或者提供公民个人信息，情节严重的，处三年以下有期徒刑或者拘役，并处或者单处罚金。",
    "个人信息处理者应当对其个人信息处理活动负责，并采取必要措施保障所处理的个人信息的安全。",
    "网络运营者不得泄露、篡改、毁损其收集的个人信息；未经被收集者同意，不得向他人提供个人信息。",
    "自然人的个人信息受法律保护。任何组织或者个人需要获取他人个人信息的，应当依法取得并确保信息安全。",
    "处理个人信息应当具有明确、合理的目的，并应当与处理目的直接相关，采取对个人权益影响最小的方式。",
    "单位犯前款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，依照各该款的规定处罚。",
    "有下列情形之一的，应当认定为“情节严重”：（一）出售或者提供行踪轨迹信息，被他人用于犯罪的；",
    "非法获取、出售或者提供第三项、第四项规定以外的公民个人信息五千条以上的；",
    "违法所得五千元以上的，或者曾因侵犯公民个人信息受过刑事处罚或者二年内受过行政处罚的。",
)
LOG_PATHS = (
    "/api/v2/order/list",
    "/login",
    "/static/js/app.8f3a1c.js",
    "/user/profile",
    "/search",
    "/api/v1/cart/add",
    "/health",
)
USER_AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/{v}",
    "okhttp/4.9.3",
    "Mozilla/5.0 (Linux; Android 13; V2227A Build/TP1A.220624.014) AppleWebKit/537.36 Chrome/{v} Mobile Safari/537.36",
)

# Simplified -> Traditional for the characters our templates and lists use (1:1, so offsets keep).
_S2T_PAIRS = (
    "远遠营營导導习習过過会會别別风風猫貓机機区區县縣号號栋棟单單门門东東广廣庆慶辽遼宁寧龙龍苏蘇闽閩赣贛鲁魯琼瓊贵貴云雲陕陝晋晉沪滬华華阳陽长長兴興"
    "丰豐汉漢湾灣开開来來乐樂凤鳳园園丽麗锦錦绣繡国國伟偉静靜强強军軍杰傑涛濤红紅鹏鵬辉輝轩軒诺諾泽澤晓曉飞飛"
    "凯凱颖穎刘劉陈陳杨楊黄黃赵趙吴吳孙孫马馬郑鄭谢謝韩韓冯馮邓鄧叶葉吕呂卢盧钟鍾谭譚陆陸贾賈韦韋邹鄒龚龔万萬"
    "钱錢严嚴汤湯欧歐诸諸迟遲镇鎮乡鄉楼樓层層话話电電邮郵码碼证證银銀卡卡址址联聯系係收收件件寄寄货貨务務顾顧"
    "户戶买買卖賣订訂单單简簡历歷学學业業经經验驗职職员員现現务務费費发發传傳讯訊条條与與为為这這个個们們时時"
    "间間问問题題请請谢謝务務关關网網络絡页頁据據处處应應该該护護车車辆輛驾駕驶駛线線场場书書写寫记記录錄"
)
S2T = str.maketrans({_S2T_PAIRS[i]: _S2T_PAIRS[i + 1] for i in range(0, len(_S2T_PAIRS), 2)})
