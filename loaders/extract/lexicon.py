"""Closed word lists the rules use: pinyin syllables, family names, titles, suffixes.

These are general facts about Chinese names and officialese, not names from any corpus.
"""

from __future__ import annotations

import re

# Every pinyin syllable (toneless), from pypinyin's readings of CJK Unified Ideographs.
PINYIN_SYLLABLES = frozenset(
    """a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can
    cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan
    chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de den deng di dian diao
    die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai
    gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei
    hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu
    ju juan jue jun ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai
    lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve
    lyu lu lue ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan
    nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv nve nyu
    nue o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang
    qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui
    run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shen sheng shi shou shu shua
    shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti
    tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian
    xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu
    yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong
    zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo""".split()
)

# Common Chinese family names (single character), roughly the 300 most frequent.
ZH_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由习傅阎"
)
ZH_COMPOUND_SURNAMES = frozenset("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 轩辕 端木 独孤 南宫 西门 闻人 澹台 申屠 呼延".split())

# Readings of family names (for ids): characters whose surname reading is not the default.
SURNAME_READINGS = {"单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha", "朴": "piao",
                    "盖": "ge", "乐": "yue", "缪": "miao", "尉": "yu", "覃": "qin", "都": "du", "阚": "kan",
                    "褚": "chu", "员": "yun", "种": "chong", "秘": "bi", "繁": "po", "长": "chang", "重": "chong"}

# Pinyin spellings of family names as they appear in English text.
EN_SURNAMES = frozenset(
    """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang
    xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su wei
    lu lyu ding ren shen yao cui zhong tan wang fan jin shi liao jia xia fu fang bai zou meng xiong qin
    qiu yin xue yan duan lei hou long tao mao hao gong shao wan qian yan wu dai mo kong xiang chang wen
    kang niu ge xing an qi qiao pang ni zhuang nie lu yue zhai yin zhan shen ou geng guan lan jiao
    zuo liu gan zhu bao ning shang shu ruan ke ji mei tong ling bi dan shan pei huo tu miao gu sheng
    qu weng ran luo ai you lian che jian lou dou rong ou xin jing ouyang sima shangguan zhuge situ
    murong huangfu yuwen dongfang chu zhuo ba bu mu mi bian di e fei ling meng nong pu rao sang tai
    wen xi xuan yong yun zang zha zhen ye
    bo bie chai cen chi dang diao gou kou kuang lai leng mou quan rui teng yi ying zong zu qiang ju""".split()
)

# English text words that look like pinyin names but are not people.
EN_NAME_STOP = frozenset(
    {"hong kong", "xi an", "he said", "he is", "he was", "he has", "an hui", "ma on", "long an",
     "he noted", "he stressed", "he added"}
)

# --- titles ---------------------------------------------------------------------------

def trie_regex(words) -> str:
    """A regular expression matching any of ``words``, as a trie (fast in Python's engine).

    Longer matches are tried first at every branch, so the longest word wins.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return "(?:" + build(trie) + ")"


def _char_class(chars) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]"


class TrieScan:
    """``finditer`` of ``re.compile(trie_regex(words))``, the trie tried only where a word can start.

    Where the trie regex fails, Python's engine still goes through every alternative of the
    trie's root (an alternative whose first character matched is left by failing inside it,
    and the others are tried after it): ~130 Chinese first characters cost 300 ns at each
    place that starts with one (国, 发, 保 ... are common characters). Every word has two
    characters or more, so a match starts at a first character of a word followed by a second
    character of one: one C-level scan for that pair of classes finds the few places to try
    the trie at. Trying it there, left to right, from the end of the last match on, gives
    ``finditer``'s matches (the trie has no lookaround; a place the pair scan skips is one
    where the trie fails).
    """

    def __init__(self, words):
        words = sorted(set(words))
        self.rx = re.compile(trie_regex(words))
        self._pairs = None
        if words and all(len(w) >= 2 for w in words):
            self._pairs = re.compile(_char_class(w[0] for w in words) + "(?=" + _char_class(w[1] for w in words) + ")")

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        """``self.rx.finditer(text, pos, endpos)``."""
        end = len(text) if endpos is None else endpos
        if self._pairs is None:
            yield from self.rx.finditer(text, pos, end)
            return
        match = self.rx.match
        last = pos
        for c in self._pairs.finditer(text, pos, end):
            p = c.start()
            if p < last:
                continue
            m = match(text, p, end)
            if m is not None:
                yield m
                last = m.end()

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        """``self.rx.search(text, pos, endpos)``."""
        for m in self.finditer(text, pos, endpos):
            return m
        return None


# Chinese titles, longest first; a title may be preceded by prefixes such as 党委/党组/副/常务.
_ZH_TITLE_CORE = sorted(
    """董事长 副董事长 总经理 副总经理 董事 监事会主席 监事 总会计师 总工程师 总经济师 总法律顾问 首席执行官
    党委书记 党委副书记 党组书记 党组副书记 党委常委 党组成员 党委委员 纪委书记 纪检监察组组长
    书记 副书记 常委 委员 主任 副主任 部长 副部长 局长 副局长 司长 副司长 厅长 副厅长 处长 市长 副市长
    省长 副省长 县长 区长 主席 副主席 秘书长 副秘书长 院长 副院长 校长 副校长 所长 副所长 行长 副行长
    总裁 副总裁 总监 理事长 副理事长 会长 副会长 总理 副总理 国务委员 总书记 组长 副组长 总师 外部董事 职工董事
    常务副市长 常务副省长 常务副主任 常务副总经理 政委 司令员 主任委员 巡视员 副巡视员 总经济师
    院士 专职副书记 董事会秘书 首席科学家 教授 副教授 研究员 副研究员
    国家主席 国家副主席 部长助理 总经理助理 总裁助理 董事长助理 局长助理 主任助理 院长助理 助理巡视员
    工会主席 专职外部董事 首席信息官 安全总监 副总工程师 副总会计师 副总经济师 一级巡视员 二级巡视员 一把手
    部务委员 掌门人 掌舵人 当家人 负责人 领导""".split(),
    key=len,
    reverse=True,
)
ZH_TITLE = trie_regex(_ZH_TITLE_CORE)
ZH_TITLE_WORDS = tuple(_ZH_TITLE_CORE)
# Titles that name a government post of a place rather than of the organ before them.
ZH_PLACE_GOV_TITLES = {"市长": "市", "副市长": "市", "常务副市长": "市", "省长": "省", "副省长": "省",
                       "常务副省长": "省", "县长": "县", "区长": "区"}

# English title words (lower case); a title is a run of these, joined by "and", "of the", "-".
EN_TITLE_WORDS = frozenset(
    """party secretary deputy vice director chairman chairwoman chair president general manager
    member committee standing head minister mayor governor executive chief officer ceo cfo coo cto
    board commissioner administrator premier spokesperson spokesman secretary-general counsel
    accountant engineer supervisor supervisory independent non-executive external employee dean
    principal founder commander inspector discipline inspection leader vice-chairman vice-president
    deputy-director cpc leading group senior assistant acting honorary permanent first managing
    economist chairperson lead leadership political bureau politburo treasurer auditor academician professor
    researcher fellow scientist financial operating
    directors supervisors bod""".split()  # ("chief financial officer", "chief operating officer"; "chairman of the
    # board of directors", "of the BOD", "of the board of supervisors")
)
# Titles that are state offices: without an organization they do not imply one from context.
EN_STATE_TITLES = frozenset({"president", "general secretary", "premier", "vice premier", "vice president",
                             "state councilor", "chairman mao"})
EN_COMPANY_TITLES = re.compile(r"\b(chairman|chairwoman|general manager|president|ceo|chief executive|director|"
                               r"party secretary|secretary|board|vice president|deputy general manager)\b", re.I)
EN_PLACE_GOV_TITLES = re.compile(r"\b(mayor|governor|deputy mayor|vice mayor|vice governor)\b", re.I)

# --- organization suffixes ----------------------------------------------------------------

EN_ORG_SUFFIX_TYPE = [
    # (regex for the last word(s), entity type)
    (r"(?:People's |People’s )?Government", "GovernmentBody"),
    (r"Ministry", "GovernmentBody"),
    (r"(?:Standing )?Committee", "PartyOrgan"),  # refined in patterns_en
    (r"Commission", "GovernmentBody"),
    (r"Administration", "GovernmentBody"),
    (r"Bureau", "GovernmentBody"),
    (r"Council", "GovernmentBody"),
    (r"University|Institute|Academy|Association|Federation|Society|Foundation|College|Laboratory|Library|Museum", "Institution"),
    (r"Group|Corporation|Corp\.?|Company|Co\.|Ltd\.?|Limited|Holdings|Bank|Inc\.?", "Company"),
]

ZH_COMPANY_SUFFIX = (r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司|总公司|公司)|（集团）有限公司|\(集团\)有限公司|集团"
                     r"|（集团）公司|\(集团\)公司|（集团）股份有限公司|\(集团\)股份有限公司|（集团）总公司|\(集团\)总公司"
                     r"|（集团）有限公司|\(集团\)有限公司|（集团）有限责任公司|\(集团\)有限责任公司")
ZH_INSTITUTION_SUFFIX = r"科学院|工程院|研究院|研究所|研究中心|大学|学院|协会|学会|基金会|联合会|商会|设计院|总院"
ZH_GOV_SUFFIX = r"人民政府|委员会|管理局|监督管理局|总局|局|部|署|办公厅|办公室"

# Chinese characters that cannot be inside an organization name: they end the left walk.
ZH_ORG_STOP = set("的了和与及或将在对向从为是被把于至经由原其等即任赴到入同按让请并而且但也又就都已曾现、，。；：！？“”‘’《》（）()「」『』,.;:!?\"' \n\t0123456789０１２３４５６７８９")
# A stop character that starts a word common inside names does not stop the walk: 经济, 原子能, 现代.
ZH_ORG_STOP_EXCEPT = {"经": "济营贸销", "原": "子材", "现": "代", "同": "方仁"}
# ... nor one that ends a place name with the character before it: 太原, 中原, 固原 (原 = "former" elsewhere).
# (都 = "all" elsewhere, but 成都 and 京都 end with it: "成都市政府" names the city)
ZH_ORG_STOP_EXCEPT_AFTER = {"原": "太固中平五九高草", "都": "成京"}
ZH_ORG_STOP_WORDS = ("根据", "据悉", "据了解", "牵头", "进驻", "入驻", "巡视组", "巡察组", "引入", "组建", "成立", "新组建", "宣布", "召开", "关于", "决定", "作为", "包括", "以及", "通过",
                     "推动", "支持", "领导", "会见", "参加", "出席", "主持", "举办", "签署", "合作", "整合", "重组",
                     "设立", "批准", "监管", "持有", "持股", "控股的", "旗下", "下属", "所属", "接替", "担任", "免去",
                     "现任", "调任", "前往", "赴", "代表", "股东", "划转给", "划转至", "转让给", "划转", "转让", "受让", "收购", "所持", "共建")
ZH_ORG_STRONG_START = ("中国", "中华", "国家", "中央", "中共", "国务院", "全国", "北京", "上海", "天津", "重庆",
                       "广东", "江苏", "浙江", "山东", "河南", "河北", "湖南", "湖北", "四川", "福建", "安徽", "辽宁",
                       "陕西", "山西", "云南", "贵州", "广西", "江西", "吉林", "黑龙江", "内蒙古", "新疆", "西藏",
                       "甘肃", "青海", "宁夏", "海南", "香港", "澳门", "深圳", "招商局", "华润", "中粮", "中信")
ZH_NUMERAL_START = set("一二三四五六七八九十两几多各某该本此这那每诸数")
# Chinese characters that can follow a person's name (start of the next word).
ZH_NAME_FOLLOW = set("因应受担兼同、，,。在会表等参出指强主说的和与及;；：:）)任将则也是为向对一率带陪感介希认提要就于从到赴被已曾现当并均分作代谈致发讲先称回答接调还再又亲宣听看来去由即已（(\n 　“”\"'》等")
ZH_NAME_FOLLOW_WORDS = ("应邀", "受邀", "兼任", "担任", "同志", "表示", "感谢", "会见", "参加", "出席", "指出", "强调", "主持", "介绍", "希望", "认为",
                        "提出", "要求", "一行", "等人", "讲话", "致辞", "宣布", "宣读", "说", "在", "将", "则", "任", "、", "不再",
                        "共同", "一同", "见证", "签署", "签约", "考察", "调研", "视察", "座谈", "会谈", "当选", "辞去", "卸任")

# China's provinces (the 省 level; municipalities and regions carry their own level word): a
# document that names one of them only (陕西, 广东省基础设施) means it by a bare 省委 / 省政府.
ZH_PROVINCES = ("河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北",
                "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海")

# China's province-level divisions and the level their Party committee and government carry:
# "the Hubei Party committee", "Chongqing Party chief" name no level, and a company's Party
# committee is written the same way ("the Sinopec Party committee"): only a place of this list
# (or a level word) makes the committee a place's.
EN_PROVINCE_LEVEL = {
    **dict.fromkeys("""Anhui Fujian Gansu Guangdong Guizhou Hainan Hebei Heilongjiang Henan Hubei Hunan Jiangsu
    Jiangxi Jilin Liaoning Qinghai Shaanxi Shandong Shanxi Sichuan Yunnan Zhejiang""".split(), "Provincial"),
    **dict.fromkeys(("Beijing", "Shanghai", "Tianjin", "Chongqing"), "Municipal"),
    **dict.fromkeys(("Guangxi", "Inner Mongolia", "Ningxia", "Tibet", "Xinjiang"), "Autonomous Regional"),
}
