"""Chinese surnames (single and compound) and common given-name characters, in Simplified form.

Lists written for this project from general knowledge of the Hundred Family Surnames and
modern frequency tables. ``COMMON`` holds the frequent surnames (a bare 2–3 character
name starting with one of them is plausible); ``RARE`` surnames need a cue word or a hint.
"""

from __future__ import annotations

COMMON: frozenset[str] = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
    "毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
    "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩"
    "明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强"
    "帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓"
    "修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植"
    "衡富尧闭由"
)

RARE: frozenset[str] = frozenset(
    "赖钮龙邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶"
    "郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛"
    "寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东"
    "欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公"
)

COMPOUND: frozenset[str] = frozenset(
    (
        "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 轩辕 端木 独孤 南宫 西门 百里 "
        "呼延 闻人 万俟 澹台 公冶 宗政 濮阳 太叔 申屠 仲孙 钟离 宰父 谷梁 拓跋 左丘 东郭 第五 梁丘 公良 乐正 "
        "司空 司寇 亓官 子车 颛孙 巫马 公西 漆雕 壤驷 公羊 微生 羊舌 南门 东门 赫连 单于 鲜于 呼延 范姜 张简"
    ).split()
)

SINGLE: frozenset[str] = COMMON | RARE

# Common given-name characters (used by the synthetic training data and the bare-name check).
GIVEN_CHARS: str = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力燕鹏宇浩凯晨欣怡子轩涵梓睿博雨萱思"
    "佳琪琳颖婷雪慧晶鑫嘉俊峰志斌波海龙云飞彬霖振宏毅淑珍凤琴春梅丹阳光荣新利海健成德福林晓东亮宁斌泽"
    "一诺铭昊天佑宸然紫馨悦可馨妍嫣雅蕾蓓倩茜薇蓉莉菲婉璐瑶瑾琦瑞祥瑜婧露冰清远航楠柏桐沐辰熙昕晗彤钰"
    "国庆秋菊冬梅夏荷正义家乐永康世杰少华文静志强宝山金水长江大勇小红立新卫东向阳建国建华建军秀英"
    "逸尘若溪景行知意致远思源书豪宏图鸿儒启明泽宇奕辰皓轩煜城锦程梦琪诗涵语桐欣妍可欣一鸣浩然子墨"
)
