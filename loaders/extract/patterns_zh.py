"""Chinese patterns: organizations by suffix, party committees, people in officialese contexts."""

from __future__ import annotations

import re

from soegraph.loaders.extract.base import Mention
from soegraph.loaders.extract.lexicon import (
    trie_regex,
    ZH_COMPANY_SUFFIX,
    ZH_COMPOUND_SURNAMES,
    ZH_GOV_SUFFIX,
    ZH_INSTITUTION_SUFFIX,
    ZH_NAME_FOLLOW,
    ZH_NAME_FOLLOW_WORDS,
    ZH_NUMERAL_START,
    ZH_ORG_STOP,
    ZH_ORG_STOP_EXCEPT,
    ZH_ORG_STOP_EXCEPT_AFTER,
    ZH_ORG_STOP_WORDS,
    ZH_ORG_STRONG_START,
    ZH_SURNAMES,
    ZH_TITLE,
    ZH_TITLE_WORDS,
)
from soegraph.loaders.resolve import org_key, person_slug

_HAN = "\u4e00-\u9fff"
# The lookaheads of first characters let the regex engine skip ahead instead of trying every
# alternative at every character (3-5x faster on Chinese text).
_GOV_SUFFIX = "国有资产监督管理委员会|监督管理委员会|委员会|管理局|总局|厅"
# A bank is a company (中国工商银行, 某某银行股份有限公司); the legal form goes with the word, or the
# trie would end the name at 银行
_BANK_SUFFIX = "银行(?:股份有限公司|有限责任公司|有限公司)?"
_CO_SUFFIX = f"{ZH_COMPANY_SUFFIX}|{_BANK_SUFFIX}"
_ORG_SUFFIX = re.compile(
    r"(?=[集股有总公（(科工研大学协基联商国监委管厅设银])"
    rf"(?:(?P<co>{_CO_SUFFIX})|(?P<inst>{ZH_INSTITUTION_SUFFIX})|(?P<gov>{_GOV_SUFFIX}))"
)


def _finite_words(pattern: str) -> list[str] | None:
    """Every string the regular expression ``pattern`` matches, when it is a finite set of
    literals (alternations, groups, optional parts); None for anything else."""
    from re import _parser  # type: ignore[attr-defined]

    def expand(items) -> list[str] | None:
        out = [""]
        for op, av in items:
            name = str(op)
            if name == "LITERAL":
                alts = [chr(av)]
            elif name == "SUBPATTERN":
                alts = expand(av[-1])
            elif name == "BRANCH":
                alts = []
                for branch in av[1]:
                    sub = expand(branch)
                    if sub is None:
                        return None
                    alts += sub
            elif name == "MAX_REPEAT" and av[0] == 0 and av[1] == 1:
                sub = expand(av[2])
                alts = None if sub is None else ["", *sub]
            else:
                return None
            if alts is None:
                return None
            out = [a + b for a in out for b in alts]
        return out

    return expand(_parser.parse(pattern))


def _suffix_trie() -> tuple[re.Pattern, dict[str, str]] | None:
    """The suffixes of ``_ORG_SUFFIX`` as one trie-shaped expression, with each word's kind.

    ``_ORG_SUFFIX`` opens with a lookahead, so the engine tries it at every character; a trie
    of literals lets it scan for the first characters in C (2x faster). The two find the same
    matches when the words are the same, each of one kind, and ``_ORG_SUFFIX`` takes the
    longest word at a place (what a trie takes): it does when it takes each whole word, since
    its choice depends only on which words start there, all prefixes of the longest.
    """
    kinds: dict[str, str] = {}
    for kind, rx in (("co", _CO_SUFFIX), ("inst", ZH_INSTITUTION_SUFFIX),
                     ("gov", _GOV_SUFFIX)):
        words = _finite_words(rx)
        if not words or "" in words:
            return None
        for w in words:
            if kinds.setdefault(w, kind) != kind:
                return None
    for w, kind in kinds.items():
        m = _ORG_SUFFIX.match(w)
        if m is None or m.group() != w or m.lastgroup != kind:
            return None
    return re.compile(trie_regex(sorted(kinds))), kinds


_SUFFIX_TRIE = _suffix_trie()
_MAX_LEFT = 16
_STRONG_RX = re.compile("|".join(map(re.escape, ZH_ORG_STRONG_START)))
_STOP_WORDS_RX = re.compile("|".join(sorted(map(re.escape, ZH_ORG_STOP_WORDS), key=len, reverse=True)))


def _name_chars_rx() -> re.Pattern:
    """Characters that can be inside an organization name, read right to left in the reversed
    text: a Chinese character that is no stop character, or a stop character that starts a
    word common in names (经 before 济 ...; in the reversed text the next character precedes)."""
    stops = sorted(c for c in ZH_ORG_STOP if "\u4e00" <= c <= "\u9fff")
    ranges, lo = [], 0x4E00
    for c in stops:
        if ord(c) > lo:
            ranges.append(f"\\u{lo:04x}-\\u{ord(c) - 1:04x}")
        lo = ord(c) + 1
    if lo <= 0x9FFF:
        ranges.append(f"\\u{lo:04x}-\\u9fff")
    exceptions = "".join(f"|{re.escape(c)}(?<=[{re.escape(nxt)}]{re.escape(c)})" for c, nxt in ZH_ORG_STOP_EXCEPT.items())
    return re.compile(f"(?:[{''.join(ranges)}]{exceptions})*")


_NAME_CHARS_REV = _name_chars_rx()


def _left_start(text: str, pos: int, floor: int, rev: str | None = None) -> int:
    """Walk left from ``pos`` over characters that can be inside an organization name.

    ``rev``: ``text[::-1]``, when the caller has it (one C-level match for the walk).
    """
    lo = max(floor, pos - _MAX_LEFT)
    if rev is not None:
        n = len(text)
        i = n - _NAME_CHARS_REV.match(rev, n - pos, n - lo).end()
        # 太原: a stop character that ends a place with the one before it (rare: not in the regex,
        # whose every step an alternative would slow)
        while i > lo + 1 and text[i - 1] in ZH_ORG_STOP_EXCEPT_AFTER and text[i - 2] in ZH_ORG_STOP_EXCEPT_AFTER[text[i - 1]]:
            i = n - _NAME_CHARS_REV.match(rev, n - i + 1, n - lo).end()
    else:
        i = pos
        while i > lo and "\u4e00" <= text[i - 1] <= "\u9fff":
            c = text[i - 1]
            if c in ZH_ORG_STOP and not (c in ZH_ORG_STOP_EXCEPT and text[i:i + 1] and text[i] in ZH_ORG_STOP_EXCEPT[c]) \
                    and not (c in ZH_ORG_STOP_EXCEPT_AFTER and i >= 2 and text[i - 2] in ZH_ORG_STOP_EXCEPT_AFTER[c]):
                break
            i -= 1
    window = text[i:pos]
    # Cut after verbs and connectives that cannot be inside a name.
    cut = 0
    for sm in _STOP_WORDS_RX.finditer(window):
        cut = max(cut, sm.end())
    start = i + cut
    if cut and pos - start < 2:
        # 中国轻工业对外经济技术合作公司: the stop word is inside a name that has a strong start
        sm = _STRONG_RX.search(text, i, start)
        if sm:
            return sm.start()
    # Prefer a strong start (中国, 国家, a province ...) when the window has one.
    sm = _STRONG_RX.search(text, start, pos)
    if sm and sm.start() > start:
        start = sm.start()
    return start


# What stands before 公司/集团 in a common noun, not a name: 全资子公司, 控股公司, 上市公司.
_GENERIC_CORE = frozenset("全资子 控股子 参股 控股 上市 国有 国有独资 国有控股 母 子 分 总 新 原 合资 独资 民营 外资 有限 股份 投资 "
                          "中央企业 央企 地方 相关 有关 下属 所属 旗下 二级 三级 全资 试点 国有资本投资 国有资本运营 "
                          "国有资本投资运营".split())
# Words of a description, not of a name: "特大型钢铁联合公司", "全球不锈钢行业领军公司" (a name
# that holds one starts with a place or 中国: ZH_ORG_STRONG_START).
_DESCRIPTOR_RX = re.compile("大型|特大|领军|龙头|试点|行业|全球|世界一流|一流|骨干|综合性|国有资本|平台")


# a kind of bank, not a bank's name (a name holds its place or its own word: 北京农村商业银行)
_GENERIC_BANK = frozenset("政策性 开发性 国有大型 大型 中小 外资 民营 地方 城市 农村 村镇 全国性 区域性 "
                          "合作 中央 投资 网络 数字 储蓄 各家 多家 国有 股份制 全国性 区域性 上市 开户 收款 付款 贷款 "
                          "合作 托管 代理 主办 结算 发卡 境外 境内 国内 国外 外国 中资 欧美 美国 全球 世界".split())
_BANK_WORD_GOES_ON = frozenset("业间卡账贷存系界家保")


def _generic_bank(core: str) -> bool:
    """商业银行, 各商业银行, 国有大型商业银行: words for a kind of bank, not a bank's name."""
    if core.endswith("商业"):
        core = core[:-2]
    while core and core[0] in ZH_NUMERAL_START:
        core = core[2:] if core[1:2] in _MEASURE else core[1:]  # 各, 多家, 这家
    return not core or core in _GENERIC_BANK or core.endswith("的")
_SUPERLATIVE_RX = re.compile("最大|最早|最强|第一家|首家|唯一一家")
_SUPERLATIVE_DE = ("最大的", "最早的", "最强的", "领先的", "唯一的")


# After a numeral or a determiner (本, 该, 两, 各…), a measure word says "this/two/each …": 本公司,
# 两家企业, 两大汽车集团, 某某集团, 该行. A name may still start with one: 本钢, 三峡, 三一重工.
_MEASURE = frozenset("家个次级些项批名位类种大届")
_GENERIC_SECOND = frozenset("市省区县厂行所院校会部局司组子分总")


def _determined(core: str) -> bool:
    second = core[1]
    return second in _MEASURE or second == core[0] or (len(core) == 2 and second in _GENERIC_SECOND)


# A two-character name before 集团 at a word's start (马钢集团, 首钢集团), not a description
# (两大集团, 大型集团, 企业集团) nor the end of a longer word (…汽车集团 after 两大)
_SHORT_GROUP_NOT = frozenset("大型 企业 国有 国企 央企 地方 民营 外资 合资 上市 子公 母公 控股 投资 产业 能源 金融 商业 汽车 钢铁 建筑 化工 电力 航空 船舶 "
                             "医药 物流 旅游 文化 科技 农业 煤炭 石油 军工 传媒 教育 地产 这个 那个 该家 这家 一家 两家 多家 各家".split())


_GROUP_GOES_ON = ("控股", "有限", "股份", "公司", "总公司", "（", "(")  # 马钢集团控股有限公司: one longer name


def _short_group(core: str, text: str, s: int, e: int) -> bool:
    return ((len(core) == 2 or _zhong_abbrev(core)) and not text.startswith(_GROUP_GOES_ON, e) and core not in _SHORT_GROUP_NOT and core not in _GENERIC_CORE
            and core[0] not in ZH_NUMERAL_START and core[1] not in _MEASURE
            and (s == 0 or text[s - 1] in ZH_ORG_STOP or not "\u4e00" <= text[s - 1] <= "\u9fff"
                 or any(text.endswith(w, 0, s) for w in ZH_ORG_STOP_WORDS)))


def _after_superlative(text: str, s: int, m: re.Match, core: str) -> int:
    """Where a company's name starts after a superlative description: 全球最大(的)某某供应商某某集团
    (after 商/者); -1 for none: 国内首家某某公司——某某有限公司 is a description the dash explains.
    ``s`` where there is no superlative."""
    sup = _SUPERLATIVE_RX.search(core)
    if sup is None and not text.endswith(_SUPERLATIVE_DE, 0, s):
        return s
    skip = sup.end() if sup else 0
    tail = core[skip:]
    k = max(tail.rfind("商"), tail.rfind("者"))
    if text.startswith("——", m.end()) or k < 0 or len(tail) - k - 1 < 2:
        return -1 if sup or k >= 0 or text.startswith("——", m.end()) else s
    return s + skip + k + 1


def _zhong_abbrev(core: str) -> bool:
    """中甲丙: three characters, 中 and two of the full name's, in order (中国甲乙丙丁集团)."""
    return (len(core) == 3 and core[0] == "中" and core[:2] not in ("中国", "中央", "中华", "中共")
            and not any(c in ZH_NUMERAL_START or c in _MEASURE or c == "中" for c in core[1:]))


def in_order(short: str, full: str) -> bool:
    """Are the characters of ``short`` in ``full``, in order (太钢集团 in 太原钢铁(集团)有限公司)?"""
    k = 0
    for c in short:
        k = full.find(c, k) + 1
        if not k:
            return False
    return True


def _expand_abbrevs(out: list[Mention]) -> None:
    """中甲丙集团 where the text names 中国甲乙丙丁集团公司 too: the same company (its full name)."""
    for m in out:
        if m.rule == "zh.org_suffix" and len(m.name) == 5 and m.name.endswith("集团") and _zhong_abbrev(m.name[:3]):
            full = {x.key: x.name for x in out if x.name.startswith("中国") and len(x.name) > 5
                    and in_order(m.name[1:3], x.name[2:]) and x.name[2] == m.name[1]}
            if len(full) == 1:
                (key, f), = full.items()
                m.aliases = [m.name]
                m.key, m.name = key, f


_GROUP_HOLDING = ("控股有限公司", "控股股份有限公司", "控股集团", "投资控股有限公司", "控股有限责任公司")


def find_orgs(text: str, occupied: list[tuple[int, int]] | None = None) -> list[Mention]:
    out: list[Mention] = []
    last_end = 0
    rev = text[::-1]
    if _SUFFIX_TRIE is not None:
        rx, kinds = _SUFFIX_TRIE
        hits = [(m, kinds[m.group()]) for m in rx.finditer(text)]
    else:
        hits = [(m, m.lastgroup) for m in _ORG_SUFFIX.finditer(text)]
    has_gov = "政府" in text
    abbrev = False
    for m, kind in hits:
        s = _left_start(text, m.start(), last_end, rev)
        if has_gov and kind == "co":
            g = text.rfind("政府", s, m.start())
            if g >= 0:
                s = g + 2  # 《某省人民政府某集团有限公司合作协议》: two names, the company's is the second
        name = text[s:m.end()]
        core = text[s:m.start()]
        if len(core) < 2 or core[0] in ZH_NUMERAL_START and _determined(core) or core in _GENERIC_CORE \
                or core[0] in _MEASURE and text[s - 1:s].isdigit():  # 8家上市公司
            if core in _GENERIC_CORE:
                last_end = m.end()  # 全资子公司某某股份有限公司: the next name starts after the common noun
            continue
        if kind == "co" and m.group(0).startswith("银行") and (_generic_bank(core) or text[m.end():m.end() + 1] in _BANK_WORD_GOES_ON):
            continue  # 商业银行, 政策性银行: a kind of bank; 中国银行业协会, 银行间: a longer word
        if kind == "co" and m.group(0) == "集团" and text.startswith(_GROUP_HOLDING, m.end()):
            continue  # 某省某某集团控股有限公司 is one name (the suffix after it finds it), not 某省某某集团
        if kind == "co" and m.group(0) == "集团" and not core.startswith(ZH_ORG_STRONG_START) and not (
                len(core) == 2 and text[s - 1:s] in ("其", "任") and _TITLE_AHEAD.match(text, m.end())) \
                and not _short_group(core, text, s, m.end()):
            continue  # bare 集团 only with a strong start: "两大汽车集团" is no name (免去其东电集团董事: is one)
        if kind == "co" and _DESCRIPTOR_RX.search(core) and not core.startswith(ZH_ORG_STRONG_START):
            continue  # 是特大型钢铁联合公司: a description
        if kind == "co":
            if "最" in core or "家" in core or text[s - 1:s] == "的":
                s2 = _after_superlative(text, s, m, core)
                if s2 < 0:
                    continue
                if s2 != s:
                    s = s2
                    name, core = text[s:m.end()], text[s:m.start()]
            if len(core) == 2 and core in _SHORT_GROUP_NOT and m.group(0) == "公司":
                continue  # 旗下能源公司某某: a trade and 公司 is a description
        elif kind == "gov" and not core.startswith(ZH_ORG_STRONG_START):
            continue
        if m.group(0) == "厅" and not (core.endswith("办公") or ("省" in core[1:] or "自治区" in core) and len(core) > 3):
            continue  # a province's department (黑龙江省财政厅) or a general office (国务院办公厅)
        etype = {"co": "Company", "inst": "Institution", "gov": "GovernmentBody"}[kind]
        if m.group(0) == "厅" and core.startswith(("中共", "中国共产党")):
            etype = "PartyOrgan"  # 中共中央办公厅, 中共某省委办公厅
        out.append(Mention(s, m.end(), "O", etype, "o:" + org_key(name), name, rule="zh.org_suffix"))
        last_end = m.end()
        if kind == "co" and len(core) == 3 and core[0] == "中":
            abbrev = True
    if abbrev:
        _expand_abbrevs(out)
    if ("H" in text or "S" in text) and _has_stock_code(text):
        listed = _listed(text, out, rev)
        if listed:
            out = sorted(out + listed, key=lambda x: x.start)
    return out


# A stock code after a name says it is a listed company: 某某电力(0836.HK), 某某股份（600000.SH）
_STOCK_CODE = re.compile(r"[(（]\d{4,6}\.(?:HK|SH|SZ|SS)[)）]")


def _has_stock_code(text: str) -> bool:
    """Is there a "." before HK, SH, SZ or SS (found with str.find for ".": four searches for
    the codes cost more on a Chinese text)?"""
    k = text.find(".")
    while k >= 0:
        if text[k + 1:k + 3] in ("HK", "SH", "SZ", "SS"):
            return True
        k = text.find(".", k + 1)
    return False


_HAN_ONLY = re.compile(rf"[{_HAN}]+")


def _listed(text: str, found: list[Mention], rev: str) -> list[Mention]:
    out: list[Mention] = []
    for m in _STOCK_CODE.finditer(text):
        pos = m.start()
        floor = max((x.end for x in found if x.end <= pos), default=0)
        if floor == pos:
            continue  # 某某集团股份有限公司(600000.SH): named already
        s = _left_start(text, pos, floor, rev)
        cut = max(text.rfind("公司", s, pos), text.rfind("集团", s, pos))
        if cut >= 0:
            s = cut + 2  # 旗下能源公司某某(1234.HK): the name is after the description
        core = text[s:pos]
        if not 2 <= len(core) <= 12 or not _HAN_ONLY.fullmatch(core) or core in _GENERIC_CORE \
                or core[0] in ZH_NUMERAL_START and _determined(core):
            continue
        out.append(Mention(s, pos, "O", "Company", "o:" + org_key(core), core, rule="zh.listed"))
    # the name said again without its code is the same company
    taken = [(x.start, x.end) for x in (*found, *out)]
    for name in sorted({x.name for x in out}, key=lambda x: (-len(x), x)):
        k = text.find(name)
        while k >= 0:
            if not any(a < k + len(name) and k < b for a, b in taken):
                out.append(Mention(k, k + len(name), "O", "Company", "o:" + org_key(name), name, rule="zh.listed"))
                taken.append((k, k + len(name)))
            k = text.find(name, k + len(name))
    return out


_PARTY_COMMITTEE = re.compile(rf"(?:中共|中国共产党)?([{_HAN}]{{2,4}}?)(省|市|县|区|自治区|自治州)委(?!员)(?:员会)?")
_LOCAL_GOV = re.compile(rf"([{_HAN}]{{2,4}}?)(省|市|县|区|自治区)(?:人民)?政府")
_BARE_GOV = re.compile(r"(?<![\u4e00-\u9fff])(省|市|县|区)政府|(?<=、)(省|市|县|区)政府")


_PLACE_STARTS_BY_CHAR: dict[str, list[tuple[int, str]]] = {}
for _i, _w in enumerate(ZH_ORG_STRONG_START):
    if _w not in ("中国", "中华", "国家", "中央", "中共", "国务院", "全国"):
        _PLACE_STARTS_BY_CHAR.setdefault(_w[0], []).append((_i, _w))


def _place_before(text: str, pos: int) -> str:
    """The place name (2 characters, or a longer province name) just before ``pos``."""
    # a region's name runs to five characters (新疆维吾尔自治区)
    i = _place_walk(text, pos, max(0, pos - (5 if text.startswith("自治区", pos) else 4)))
    win = text[i:pos]
    # the first place word (in ZH_ORG_STRONG_START's order) in the window: only words whose
    # first character is in the window (at most four) are tried
    cands = [ow for c in set(win) for ow in _PLACE_STARTS_BY_CHAR.get(c, ())]
    for _, w in sorted(cands) if len(cands) > 1 else cands:
        k = win.find(w)
        if k >= 0:
            return win[k:]
    if text.startswith(("省", "自治区"), pos):
        return ""  # every province and region is a known place word: 见证省政府 has none
    place = win[-2:]
    if len(place) < 2 or place[0] in ZH_NUMERAL_START or place in ("中央", "国家", "全国", "党委", "常委"):
        return ""
    return place


# Before a bare 省委/省政府/省国资委 these say it is no particular province's: 各省, 全省, 外省.
_NOT_BARE_BEFORE = frozenset(ZH_NUMERAL_START | set("全外分"))


_BARE_AFTER_WORD = frozenset("是为由受经与和向对在及")


def _bare_ok(text: str, pos: int, level: str) -> bool:
    """Is the level word at ``pos`` (with no place before it) one organ of the document's place?
    After a clause's start or punctuation, or for a province after any word (见证省政府)."""
    prev = text[pos - 1] if pos > 0 else ""
    if prev in _NOT_BARE_BEFORE:
        return False
    # (是市国资委监管的…, 由市国资委…: a function word ends the word before)
    return not ("\u4e00" <= prev <= "\u9fff") or level in ("省", "自治区") or prev in _BARE_AFTER_WORD


def _local_sasac_hits(text: str):
    """The matches of _LOCAL_SASAC, found from each 国资委 / 国有资产监督管理委员会 (str.find) back:
    a regex that opens with a group of alternatives is tried at every character."""
    hits = []
    for word in ("国资委", "国有资产监督管理委员会"):
        k = text.find(word)
        while k >= 0:
            for back in (1, 3, 5, 7):  # 省/市, 自治区, 省人民政府, 自治区人民政府
                m = _LOCAL_SASAC.match(text, k - back, k + len(word)) if k >= back else None
                if m is not None and m.end() == k + len(word):
                    hits.append(m)
                    break
            k = text.find(word, k + len(word))
    hits.sort(key=lambda m: m.start())
    return hits


def _local_sasac(text: str) -> list[Mention]:
    """河南省国资委, 重庆市人民政府国有资产监督管理委员会: a place's SASAC, not the State
    Council's. A list shares the head: 河南省、江西省、陕西省国资委 names three. Without a place
    (省国资委) the document's province is meant (resolved later)."""
    out: list[Mention] = []
    for m in _local_sasac_hits(text):
        lvl = m.group(1)
        place = _place_before(text, m.start())
        if not place:
            if _bare_ok(text, m.start(), lvl):
                out.append(Mention(m.start(), m.end(), "O", "GovernmentBody", "", m.group(0), rule="zh.bare_organ",
                                   extra={"bare_level": lvl, "organ": "sasac"}))
            continue
        s, e = m.start() - len(place), m.end()
        while True:
            canonical = f"{place}{lvl}人民政府国有资产监督管理委员会"
            out.append(Mention(s, e, "O", "GovernmentBody", "o:" + org_key(canonical), canonical, rule="zh.local_sasac",
                               aliases=[f"{place}{lvl}国资委"], extra={"place": place + lvl, "level": lvl}))
            # "江西省、" before: the same head over a list of places
            if s < 2 or text[s - 1] != "、" or not text.startswith(lvl, s - 1 - len(lvl)):
                break
            e = s - 1
            place = _place_before(text, e - len(lvl))
            if not place:
                break
            s = e - len(lvl) - len(place)
    return out


def _place_walk(text: str, pos: int, lo: int) -> int:
    """Left from ``pos`` over Chinese characters that are no stop character, or a stop character
    that ends a place with the one before it (成都, 太原)."""
    i = pos
    while i > lo and "\u4e00" <= text[i - 1] <= "\u9fff":
        c = text[i - 1]
        if c in ZH_ORG_STOP and not (c in ZH_ORG_STOP_EXCEPT_AFTER and i >= 2 and text[i - 2] in ZH_ORG_STOP_EXCEPT_AFTER[c]):
            break
        i -= 1
    return i


def _place_start(text: str, pos: int, floor: int) -> int:
    i = _place_walk(text, pos, max(floor, pos - 4))
    # drop leading title characters such as 书记/委员 that precede a place in a chain
    return i


# 党委 is the usual name of a region's committee (宁夏回族自治区党委) but of no province's or
# city's; after 区 alone it is a community's or a park's (社区党委, 园区党委): not a place's.
_LOCAL_COMMITTEE = re.compile(r"(自治区|自治州|省|市|县|区)(党)?委(?!员)(?:员会)?")
_LOCAL_GOVERNMENT = re.compile(r"(省|市|县|区|自治区)(?:人民)?政府")
_LEVEL_GOVERNMENT = re.compile(r"(省|市|县|区)政府")
_LOCAL_SASAC = re.compile(r"(省|市|自治区)(?:人民政府)?(?:国资委|国有资产监督管理委员会)")


def _anchored(rx: re.Pattern, text: str, word: str, offsets: tuple[int, ...]):
    """``rx.finditer(text)``, for a pattern whose every match holds ``word`` at one of ``offsets``
    from its start: tried only at those places before each ``word`` (found with str.find), left
    to right from the end of the last match on. The three level patterns open with a class of
    five common characters (省市县区自), which the engine tests at every character: 7 us each
    on a Chinese page, for a few matches.
    """
    starts = []
    k = text.find(word)
    while k >= 0:
        for o in offsets:
            if k >= o:
                starts.append(k - o)
        k = text.find(word, k + 1)
    last = 0
    match = rx.match
    for p in sorted(set(starts)) if len(starts) > 1 else starts:
        if p < last:
            continue
        m = match(text, p)
        if m is not None:
            yield m
            last = m.end()


def find_local_organs(text: str) -> list[Mention]:
    out: list[Mention] = []
    # every committee match holds 委 and every government match 政府: a text without them needs
    # no scan for them (str.find is far cheaper than a regex scan for the level words)
    for m in _anchored(_LOCAL_COMMITTEE, text, "委", (1, 3, 4)):  # 委 after the level (省, 自治区, 自治区党)
        level = m.group(1)
        if m.group(2) and level not in ("自治区", "自治州"):
            continue
        place = _place_before(text, m.start())
        if not place:
            # 省委书记张三: the document's province's committee (resolved later)
            if _bare_ok(text, m.start(), level):
                out.append(Mention(m.start(), m.end(), "O", "PartyOrgan", "", m.group(0), rule="zh.bare_organ",
                                   extra={"bare_level": level, "organ": "committee"}))
            continue
        s = m.start() - len(place)
        for pre in ("中国共产党", "中共"):
            if text[max(0, s - len(pre)):s] == pre:
                s -= len(pre)
                break
        canonical = f"中共{place}{level}委"
        aliases = [f"{place}{level}委"] + ([f"{place}{level}党委"] if m.group(2) else [])
        out.append(Mention(s, m.end(), "O", "PartyOrgan", "o:" + org_key(canonical), canonical, "pat", None,
                           "zh.party_committee", aliases, {"place": place + level, "level": level}))
    has_gov = "政府" in text
    for m in _anchored(_LOCAL_GOVERNMENT, text, "政府", (1, 3, 5)) if has_gov else ():  # (市, 自治区 / 市人民, 自治区人民)
        place = _place_before(text, m.start())
        lvl = m.group(1)
        if not place:
            # 见证省政府, 省人民政府 (a bare 省政府 after punctuation is _LEVEL_GOVERNMENT's)
            prev_han = m.start() > 0 and "\u4e00" <= text[m.start() - 1] <= "\u9fff"
            if _bare_ok(text, m.start(), lvl) and (prev_han or "人民" in m.group(0) or lvl == "自治区"):
                out.append(Mention(m.start(), m.end(), "O", "GovernmentBody", "", m.group(0), rule="zh.bare_government",
                                   extra={"bare_level": lvl}))
            continue
        canonical = f"{place}{lvl}人民政府"
        out.append(Mention(m.start() - len(place), m.end(), "O", "GovernmentBody", "o:" + org_key(canonical), canonical,
                           "pat", None, "zh.local_government", [f"{place}{lvl}政府", f"{place}{lvl}", place],
                           {"place": place + lvl, "level": lvl}))
    for m in _anchored(_LEVEL_GOVERNMENT, text, "政府", (1,)) if has_gov else ():
        if m.start() > 0 and "\u4e00" <= text[m.start() - 1] <= "\u9fff":
            continue
        out.append(Mention(m.start(), m.end(), "O", "GovernmentBody", "", m.group(0), rule="zh.bare_government",
                           extra={"bare_level": m.group(1)}))
    if "国资委" in text or "国有资产监督管理委员会" in text:
        out += _local_sasac(text)
    if "省长" in text or "市长" in text:
        out += _place_of_governor(text)
    return out


def _place_of_governor(text: str) -> list[Mention]:
    """云南省副省长, 重庆市市长: the place names its people's government, whose post the title is."""
    out: list[Mention] = []
    for level in ("省", "市"):
        title = level + "长"
        k = text.find(title)
        while k >= 0:
            t = k
            for pre in ("常务副", "副"):
                if text.endswith(pre, 0, k):
                    t = k - len(pre)
                    break
            at = t - 1  # the level word before the title: 云南省|副省长
            if at >= 2 and text[at] == level:
                place = _place_before(text, at)
                if place and place not in ("中央", "国家", "全国"):
                    canonical = f"{place}{level}人民政府"
                    out.append(Mention(at - len(place), at + 1, "O", "GovernmentBody", "o:" + org_key(canonical), canonical,
                                       "pat", None, "zh.place_of_governor", [f"{place}{level}政府", f"{place}{level}"],
                                       {"place": place + level, "level": level}))
            k = text.find(title, k + 2)
    return out


# A province's or a city's people's congress (湖北省人大常委会), and a SASAC named with its
# place but no level word (上海国资委; _local_sasac takes 上海市国资委). In a title chain the
# place is said once: 吉林省委书记、省人大常委会主任.
_LOCAL_BODY = re.compile(r"(省|市|自治区|自治州|县|区)?(?:人民政府)?国资委|(省|市|自治区|自治州|县|区)(人大常委会)")
_MUNICIPALITIES = ("北京", "上海", "天津", "重庆")
_NOT_PLACES = ("中国", "中华", "国家", "中央", "中共", "国务院", "全国", "招商局", "华润", "中粮", "中信")
_LOCAL_NAMES = {"国资委": ("{}人民政府国有资产监督管理委员会", "{}国资委"),
                "人大常委会": ("{}人民代表大会常务委员会", "{}人大常委会")}


def _named_place(text: str, at: int, back: int = 0) -> str:
    """A province or municipality named just before ``at`` (or, with ``back``, ending within
    that many characters before it, as a title chain's first organ names it)."""
    for w in ZH_ORG_STRONG_START:
        if w in _NOT_PLACES:
            continue
        if text.endswith(w, 0, at):
            return w
        if back:
            k = text.rfind(w, max(0, at - back), at)
            if k >= 0 and "。" not in text[k:at] and "，" not in text[k:at]:
                return w
    return ""


def find_local_bodies(text: str) -> list[Mention]:
    out: list[Mention] = []
    if "国资委" not in text and "人大常委会" not in text:
        return out
    for m in _LOCAL_BODY.finditer(text):
        body = m.group(3) or "国资委"
        level = m.group(1) or m.group(2)
        at = m.start()
        if body == "国资委" and level:
            continue  # _local_sasac's
        if not level:  # 上海国资委: only after a province or a municipality's name
            place = _named_place(text, at)
            if not place:
                continue
            level = "市" if place in _MUNICIPALITIES else "省"
        elif text[at - 1:at] in ("、", ""):  # 吉林省委书记、省人大常委会主任
            place = _named_place(text, at, back=16)
            if not place:
                continue
            at += len(place)  # the mention is the text's own: it starts at the level word
        else:
            place = _place_before(text, at)
            if not place or text[at - 1:at] in ("全", "本", "该", "各", "我", "省", "市"):
                continue
        full, short = _LOCAL_NAMES[body]
        canonical = full.format(place + level)
        out.append(Mention(at - len(place), m.end(), "O", "GovernmentBody", "o:" + org_key(canonical), canonical,
                           "pat", None, "zh.local_body", [short.format(place + level)], {"place": place + level, "level": level}))
    return out


# --- people -----------------------------------------------------------------------------------

_STRONG_AFTER = set("在同、的等与及说任将是为被对向于从赴率陪出参主会指表感介希认提要就到也则并已曾，,。；;：:")


# The words that can follow a name, by first character: a word there starts with the character
# there, so only those are compared (not all of them, one by one, at every character).
# Besides ZH_NAME_FOLLOW_WORDS: a title after the name (习近平总书记, 赵六巡视员), a time word
# (张三近日作出), 重要 (传达了张三重要指示).
_FOLLOW_TIME_WORDS = ("近日", "日前", "今天", "昨天", "今日", "昨日", "重要", "此前", "目前", "随后", "今年", "现年")
# verbs of meetings after a name: 省长王某举行会谈, 王某进行座谈
_FOLLOW_VERB_WORDS = ("举行", "进行", "召开", "举办", "带队", "率队", "率团", "前往", "涉嫌", "严重违纪", "履新", "就任")
_FOLLOW_WORDS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _w in (*ZH_NAME_FOLLOW_WORDS, *_FOLLOW_TIME_WORDS, *_FOLLOW_VERB_WORDS, *ZH_TITLE_WORDS):
    _FOLLOW_WORDS_BY_FIRST[_w[0]] = (*_FOLLOW_WORDS_BY_FIRST.get(_w[0], ()), _w)


def _follows(text: str, end: int) -> bool:
    if end >= len(text):
        return True
    c = text[end]
    if c in ZH_NAME_FOLLOW:
        return True
    words = _FOLLOW_WORDS_BY_FIRST.get(c)
    return words is not None and text.startswith(words, end)


# Words that, starting at a name's third character, make it a two-character name followed by
# them: a title (王明副主任, 张华总经理) or a verb whose first character is no _STRONG_AFTER one.
_SPLIT_WORDS = (*ZH_TITLE_WORDS, "作出", "作了", "作为", "作重要", "强调", "讲话", "致辞", "宣布", "宣读", "调研",
                "考察", "视察", "批示", "签署", "代表", "举行", "进行", "召开", "此前", "目前", "随后", "今年", "现年", "一行", "近日", "日前", "重要", "共同", "一同", "见证", "签约", "会见", "兼任", "当选", "辞去", "卸任", "不再")

_SPLIT_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _w in _SPLIT_WORDS:
    _SPLIT_BY_FIRST[_w[0]] = (*_SPLIT_BY_FIRST.get(_w[0], ()), _w)

# The characters a name can start with: a surname's, or a compound surname's first.
_NAME_FIRST = frozenset(ZH_SURNAMES) | frozenset(w[0] for w in ZH_COMPOUND_SURNAMES)


_CLAUSE_PUNCT = frozenset("，。；、,;：:！？!?）)")


def name_at(text: str, s: int) -> int:
    """Length of a Chinese personal name starting at ``s`` (0 if none)."""
    if s >= len(text):
        return 0  # a list that ends the text ("……张三、"): once an IndexError
    if text[s] not in _NAME_FIRST:
        return 0  # no surname starts with it (most calls)
    fam = 2 if text[s:s + 2] in ZH_COMPOUND_SURNAMES else 1
    if fam == 1 and text[s] not in ZH_SURNAMES:
        return 0
    for given in (2, 1):
        e = s + fam + given
        if e > len(text):
            continue
        seg = text[s + fam:e]  # one or two characters: the first and the last are all of them
        if not ("\u4e00" <= seg[0] <= "\u9fff" and "\u4e00" <= seg[-1] <= "\u9fff"):
            continue
        if given == 2 and seg[-1] in _STRONG_AFTER and _follows(text, e - 1) and text[e:e + 1] not in _CLAUSE_PUNCT:
            continue  # "王林在会上": 在 starts the next word (but "姜有为，": a verb takes an object)
        if given == 2:
            if seg[-1] in _PLACE_OR_ORGAN_END:
                continue  # "成都市市长", "吉林省委": a place or an organ, not a name
            words = _SPLIT_BY_FIRST.get(seg[-1])
            if words is not None and text.startswith(words, e - 1):
                continue  # "李强作出", "王明副主任": the third character starts a verb or a title
        if given == 2 and seg == "同志":
            continue  # 王同志 (a given name may start with 志: 王志刚)
        if _follows(text, e):
            return e - s
    return 0


# A title, or 领导/负责人/代表/同志(们), before a Chinese character: one trie of all these words
# (no title starts as those four do, so the longest word at a place is the one the alternation
# "title | 领导 | 负责人 | 代表 | 同志们?" found); a trie opens with a literal at each branch, which the
# engine scans for in C.
assert not any(w[0] in "领负代同" and w not in ("领导", "负责人") for w in ZH_TITLE_WORDS)
_TITLE_THEN = re.compile(trie_regex(sorted({*ZH_TITLE_WORDS, "领导", "负责人", "代表", "同志", "同志们"})))
_TITLE_SET = frozenset(ZH_TITLE_WORDS)
_TITLE_END = re.compile(rf"(?:{ZH_TITLE})$")
# What may stand before a three-character name followed by its title (习近平总书记指出, 省国资委赵六巡视员):
# the start of a clause, or the last character of an organ's name.
# The last character of a place or an organ, not of a name: 吉林省省长, 成都市市长.
_PLACE_OR_ORGAN_END = frozenset("省市县区州委部局厅团司院署办处")
_BEFORE_NAME_TITLE = frozenset("，。；：！？、,;:!?\n 　“”\"'（(）)委部局厅团司院署办处")
# 贯彻落实习近平总书记…, 传达学习某某同志…: the verbs of studying a leader's words before a name
_STUDY_VERBS = ("落实", "贯彻", "学习", "传达", "领会", "遵循", "按照", "根据")
_CLAUSE_AHEAD = r"(?=[\u4e00-\u9fff]{2,4}(?:任|担任|兼任|不再担任|不再兼任|出任|调任|升任|当选|辞去|卸任|同志任|同志不再|先后|曾在|接替|此前|被免去|履新|就任))"
_CLAUSE_NAME = re.compile(r"[，。；：！？\n,;:!?]" + _CLAUSE_AHEAD)  # the name starts after the punctuation (web copy has ASCII)
# "……的甲被调任至…总裁", "在任一年的乙出任…": a described name, before a verb of a new post (not bare 任)
# (…岁的乙被免去…职务: a removal is told of a described name as often as a new post)
_DE_VERBS = ("调任", "出任", "升任", "接任", "担任", "免去")
_DE_NAME = re.compile(r"的(?=[\u4e00-\u9fff]{2,3}(?:被?(?:调任|出任|升任|接任|担任)|被(?:正式|依法)?免去))")
_CLAUSE_FIRST = re.compile(_CLAUSE_AHEAD)
_CLAUSE_VERBS = ("任", "担任", "兼任", "不再担任", "不再兼任", "出任", "调任", "升任", "当选", "辞去", "卸任", "同志任", "同志不再担任",
                 "现任", "曾任", "曾担任", "历任", "先后任", "先后担任", "曾在", "接替", "此前担任", "此前任", "此前曾任",  # (a résumé's verbs too)
                 "免去",  # (only after 被: 甲被免去…职务)
                 "履新", "就任")
# 王某某，男，1965年生: a résumé opens with the name


_PAREN_TITLE_END = re.compile(rf"(?:{ZH_TITLE})[）)]")
_PAREN_ANY = re.compile(r"[（()）]")


def _paren_marks(text: str) -> list[int]:
    return [k for w in ("（", "(") for k in _find_all(text, w)]


def _find_all(text: str, w: str) -> list[int]:
    out = []
    k = text.find(w)
    while k >= 0:
        out.append(k)
        k = text.find(w, k + 1)
    return out


def _resume_marks(text: str) -> list[int]:
    """Where "，男，" / "，女（" starts (found from 男/女 with str.find: a pattern that opens with a
    class of commas is tried at every comma)."""
    out = []
    for w in ("男", "女"):
        k = text.find(w, 1)
        while k >= 0:
            if text[k - 1] in "，," and text[k + 1:k + 2] in ("，", ",", "（", "("):
                out.append(k - 1)
            k = text.find(w, k + 1)
    return out
_TITLE_AHEAD = re.compile(ZH_TITLE)
# 聘任李平同志: 任 ends a word there (聘任, 担任…), the name is the two characters after it
_REN_BEFORE = frozenset("聘担出兼接升调继新现曾历时留连委选转改")
_LIST_OPEN = frozenset("\n。；：:，,、 　（(“\"")
_RESUME_BEFORE = frozenset("\n。；：:，,、 　（(“\"")
_REN_TAILS = ("时任", "现任", "原任", "历任", "继任", "前任", "后任", "留任", "连任")  # (not 新任: 陈立新任…)
_REN_WORDS = set("务何意期免命性教用职")  # 任务, 任何, 任期 ...: 任 there is no appointment
_APPOINT_LIST_END = re.compile(r"(?:[、和及][\u4e00-\u9fff]{2,4}?(?:同志)?){1,8}?(?:为|担任)")
_APPOINT_OBJ = re.compile(r"(?:任命|免去|提名|推荐|聘任|聘请)(?=[\u4e00-\u9fff]{2,4}(?:同志)?(?:为|的|担任|任|、|和|及))")
# only the end is used: the name is looked up before it. The literal first lets the engine
# search for 同志 in C (a leading lookbehind is tried at every character: 30x slower).
_COMRADE = re.compile(rf"同志(?<=[{_HAN}]{{2}}同志)")
_NOT_NAME_START = ("中央", "国务", "国资", "政府", "集团", "公司", "党委", "党组", "主任", "书记", "董事", "部长", "市委",
                   "省委", "会见", "会议", "企业", "中国", "全国", "同志", "领导", "职务", "工作", "有关", "部分", "相关")


_NOT_GIVEN = frozenset("负责 领导 同志 主要 有关 相关 干部 党员 职工 代表 成员 委员 书记 主任 人员 部门 单位 方面 负责人".split())


# Common words that open with a family name's character: 任职, 班子, 强调 ... after a title they
# are the next word, not a name ("董事长任命", "领导班子", "总书记强调").
_COMMON_WORDS = frozenset("""任务 任何 任意 任期 任免 任命 任性 任教 任用 任职 任内 班子 班组 强调 强化 强国 强大
    高度 高效 高质量 高层 高管 高级 高速 高新 常委 常务 常态 全面 全体 全国 全资 全省 全市 全年 全力 全部 全会
    时间 时期 时代 时任 于是 和平 和谐 向前 方面 方式 方案 明确 明显 成员 成立 成为 成果 成效 安全 安排
    国家 国际 国企 国资 国有 国务 海外 海关 平台 万元 万吨 计划 关于 关键 关注 管理 管控 宣布 宣传 宣读 应当
    应该 严格 严肃 包括 包含 党组 党委 党员 党建 党中央 信息 信用 文件 文化 史上 项目 利用 利润 金融 金额 解决
    解读 展开 展示 谈话 谈判 公司 公开 公布 公告 公众 农业 农村 商务 商业 龙头 司法 居民 申请 申报 石油 石化
    应邀 应约 单位 单独 单一 主持 齐心 共同 同时 同比 同志 相关 相应 曾经 林业 水利 毕业 于此 连续 连同 钱款
    部署 有关 会议 上述 经营 经济 支持 支撑 华北 华东 华南 西部 东部 南方 北方 中央 中国 中共 政府 干部 车辆
    能源 能力 房地产 苏联 欧洲 韩国 印发""".split())
# A given name that opens an organization's name is the organization: 同志任中国一重 is no 任中国.
_ORG_GIVEN_START = ("中国", "国家", "中央", "中共", "国务", "全国")


def _ok_name(name: str) -> bool:
    if name.startswith(_NOT_NAME_START) or "公司" in name or "集团" in name or "委员" in name or "书记" in name:
        return False
    if name[:2] in _COMMON_WORDS or name in _COMMON_WORDS:
        return False
    given = name[2:] if name[:2] in ZH_COMPOUND_SURNAMES else name[1:]
    return given not in _NOT_GIVEN and not given.startswith(_ORG_GIVEN_START)


def _weak_names(text: str, weak: list[int], found: dict[int, int]) -> None:
    """A three-character name after a title, where the word after it is none of the follow words
    (对副部长王某而言, 总经理王某坦言): a name when the same three characters stand elsewhere in the
    text before a follow word (王某的…, 王某分别宣布…) -- a name is repeated, a word after a title
    seldom is, and never before those words."""
    for s in weak:
        if s in found or s + 3 > len(text):
            continue
        cand = text[s:s + 3]
        if text[s] not in ZH_SURNAMES or cand[:2] in ZH_COMPOUND_SURNAMES or not _ok_name(cand) \
                or not all("\u4e00" <= c <= "\u9fff" for c in cand) or cand[2] in _PLACE_OR_ORGAN_END:
            continue
        k = text.find(cand)
        while k >= 0:
            if k != s and name_at(text, k) == 3:
                found[s] = 3
                break
            k = text.find(cand, k + 1)


# A list of names before what people do together: 甲、乙和丙出席会议 / 甲和乙分别担任… /
# 分别由甲、乙担任. Found from the verb (str.find), the last name before it, and one more name
# before that (a list of two or more names, no company's short name: those are known spans).
_LIST_VERBS = ("出席", "参加", "分别", "陪同", "共同", "一同", "先后", "相继", "依次", "讲话", "致辞", "发言", "见证", "会见")
_LIST_JOIN = frozenset("、和及与")


def _free(occupied: list[tuple[int, int]], s: int, e: int) -> bool:
    return not any(a < e and s < b for a, b in occupied)


def _name_before(text: str, end: int, occupied: list[tuple[int, int]]) -> int:
    for n in (3, 2):
        s = end - n
        if s >= 0 and name_at(text, s) == n and _ok_name(text[s:end]) and _free(occupied, s, end):
            return n
    return 0


_ETC = ("等领导同志", "等同志", "等领导", "等人", "等")


def _listed_names(text: str, found: dict[int, int], occupied: list[tuple[int, int]]) -> None:
    for w in _LIST_VERBS:
        k = text.find(w)
        while k >= 0:
            k0 = k
            etc = next((e for e in _ETC if text.endswith(e, 0, k)), None)
            if etc is not None:
                k -= len(etc)  # 甲、乙等出席…: the list ends before 等
                s = k - 3
                if s >= 0 and s not in found and (s == 0 or text[s - 1] in _CLAUSE_OPEN) and name_at(text[s:k] + "。", 0) == 3 \
                        and _ok_name(text[s:k]) and _free(occupied, s, k):
                    found[s] = 3  # 甲等出席: one three-character name opening its clause
            for n in (3, 2):
                s = k - n
                # (the verb vouches for the name's end: 相继, 依次 are no words a name is known to go before)
                if s < 1 or s in found or text[s - 1] not in _LIST_JOIN or name_at(text[s:k] + "。", 0) != n \
                        or not _ok_name(text[s:k]) or not _free(occupied, s, k):
                    continue
                n2 = _name_before(text, s - 1, occupied)
                if n2:
                    found[s] = n
                    found.setdefault(s - 1 - n2, n2)
                break
            k = text.find(w, k0 + 2)
    # 分别由甲、乙担任: the first of the list after 由
    k = text.find("分别由")
    while k >= 0:
        s = k + 3
        n = name_at(text, s)
        if n and _ok_name(text[s:s + n]) and text[s + n:s + n + 1] in _LIST_JOIN and _free(occupied, s, s + n):
            found.setdefault(s, n)
        k = text.find("分别由", s)


# A name opening a clause, an adverbial, then a verb of a post: 甲已于近日出任…, 乙日前正式出任…,
# 丙因年龄原因辞去… (found from the verb; the adverbial opens with one of these characters)
_POST_VERBS = ("出任", "担任", "调任", "辞去", "卸任", "当选", "接任", "升任", "兼任")
_ADVERBIAL_OPEN = frozenset("已将于日近正因在曾此随今年拟即于也再又")
_CLAUSE_OPEN = frozenset("，。；：！？\n,;:!? 　")
# a name opening a clause before what a leader does at an event (3 characters: a two-character
# word there is too often a company's short name)
_ACT_VERBS = ("出席", "参加", "主持", "会见", "会谈", "陪同", "调研", "考察", "视察", "致辞", "讲话")
# 由甲担任 / 会议由乙主持: the name after 由
_BY_VERBS = ("担任", "出任", "接任", "兼任", "主持", "宣布", "宣读", "代表")
# 出席会议的有甲、乙 / 参加活动的还有丙: the names after 的(还)有
_ATTENDEES = re.compile(r"(?:出席|参加|列席|陪同|参与)[^，。；：:]{0,8}?的(?:还|另)?有[：:]?")


def _clause_start_before(text: str, k: int, span: int) -> int:
    """Where the clause that ``k`` is in opens, if within ``span`` characters (else -1)."""
    a = max(0, k - span)
    for j in range(k - 1, a - 1, -1):
        if text[j] in _CLAUSE_OPEN:
            return j + 1
    return 0 if a == 0 else -1


def _more_names(text: str, found: dict[int, int], occupied: list[tuple[int, int]]) -> None:
    for w in _POST_VERBS:
        k = text.find(w)
        while k >= 0:
            s = _clause_start_before(text, k, 16)
            if s >= 0 and s not in found:
                n = name_at(text, s)
                if n and s + n < k and text[s + n] in _ADVERBIAL_OPEN and _ok_name(text[s:s + n]) \
                        and _free(occupied, s, s + n) and _TITLE_AHEAD.search(text, k, k + 40):
                    found[s] = n
            k = text.find(w, k + 2)
    for w in _ACT_VERBS:
        k = text.find(w)
        while k >= 3:
            s = k - 3
            if s not in found and (s == 0 or text[s - 1] in _CLAUSE_OPEN) and name_at(text, s) == 3 \
                    and _ok_name(text[s:k]) and _free(occupied, s, k):
                found[s] = 3
            k = text.find(w, k + 2)
    k = text.find("由")
    while k >= 0:
        s = k + 1
        n = name_at(text, s)
        if n and s not in found and text.startswith(_BY_VERBS, s + n + (2 if text.startswith("同志", s + n) else 0)) \
                and _ok_name(text[s:s + n]) and _free(occupied, s, s + n):
            found[s] = n
        k = text.find("由", s)
    if "的有" in text or "还有" in text or "另有" in text:
        for m in _ATTENDEES.finditer(text):
            s = m.end()
            n = name_at(text, s)
            if n and _ok_name(text[s:s + n]) and _free(occupied, s, s + n):
                found.setdefault(s, n)


def find_people(text: str, known: list[tuple[int, int]] | None = None,
                occupied: list[tuple[int, int]] | None = None) -> list[Mention]:
    """``known``: where names the gazetteer knows stand (they open lists too: 知名甲、乙和丙分别…);
    ``occupied``: where organizations' names stand (华电、大唐: no names)."""
    found: dict[int, int] = {}
    weak: list[int] = []
    for m in _TITLE_THEN.finditer(text):
        s = m.end()
        if text[s - 2] == "司" and text[s - 3:s - 2] == "公":
            continue  # 公司长江…: 公司, then a name that opens with 长, not the title 司长
        if s < len(text) and "\u4e00" <= text[s] <= "\u9fff":
            n = name_at(text, s)
            if n and _ok_name(text[s:s + n]):
                found[s] = n
            elif not n and m.group() in _TITLE_SET:
                weak.append(s)
        # a three-character name before its title: 习近平总书记 (two characters are too often a
        # company's short name: 马钢董事长)
        t = m.start()
        if t >= 3 and text[t - 3] in _NAME_FIRST and text[t - 1] not in _PLACE_OR_ORGAN_END \
                and (t == 3 or text[t - 4] in _BEFORE_NAME_TITLE or text.endswith(_STUDY_VERBS, 0, t - 3)) \
                and m.group() in _TITLE_SET \
                and (t - 3) not in found and name_at(text, t - 3) == 3 and _ok_name(text[t - 3:t]):
            found[t - 3] = 3
    # 陈立新任…董事长 / 刘卫国不再担任…: a name opening a clause, followed by an appointment verb and a title
    starts = [m.end() for m in _CLAUSE_NAME.finditer(text)]
    if _CLAUSE_FIRST.match(text):
        starts.insert(0, 0)
    if "的" in text and any(v in text for v in _DE_VERBS):
        starts += [m.end() for m in _DE_NAME.finditer(text)]
    for s in starts:
        n = name_at(text, s)
        v = s + n + 1 if text.startswith("被", s + n) else s + n  # 甲被调任至…, 乙被任命为…
        if v > s + n and text.startswith(("正式", "依法"), v):
            v += 2  # 甲被正式免去…
        if v == s + n and text.startswith("免去", v):
            continue  # 免去 after a name without 被: the name is the object (of 决定免去…)
        if (n and _ok_name(text[s:s + n]) and text.startswith(_CLAUSE_VERBS, v)
                and not text.startswith(_REN_TAILS, s + n - 1)  # 由时任…: 时任 is a word, 由时 no name
                and not (text.startswith("任", v) and text[v + 1:v + 2] in _REN_WORDS and not text.startswith("任命为", v))
                and _TITLE_AHEAD.search(text, v, v + 40)):
            found.setdefault(s, n)
    # 王某某（某某集团有限公司董事长）: a name with its post in brackets
    for k in _paren_marks(text):
        if k < 2 or text[k - 3:k - 2] not in _NAME_FIRST and text[k - 2] not in _NAME_FIRST:
            continue  # no name can end before it
        e = _PAREN_TITLE_END.search(text, k + 1, k + 42)
        if e is None or _PAREN_ANY.search(text, k + 1, e.start()):
            continue
        for n in (3, 2):
            s = k - n
            if s >= 0 and (s == 0 or text[s - 1] in _RESUME_BEFORE) and name_at(text, s) == n and _ok_name(text[s:s + n]):
                found.setdefault(s, n)
                break
    for k in _resume_marks(text):
        for n in (3, 2):
            s = k - n
            if s >= 0 and (s == 0 or text[s - 1] in _RESUME_BEFORE) and name_at(text, s) == n and _ok_name(text[s:s + n]):
                found.setdefault(s, n)
                break
    # 任命刘强为…, 免去王伟的…职务: the object of an appointment verb
    for m in _APPOINT_OBJ.finditer(text):
        s = m.end()
        n = name_at(text, s)
        if n and _ok_name(text[s:s + n]) and (text.startswith(("为", "的", "担任", "任", "同志"), s + n)
                                              or text[s + n:s + n + 1] in ("、", "和", "及") and _APPOINT_LIST_END.match(text, s + n)):
            found.setdefault(s, n)  # (任命甲、乙为…: the first of a list of objects)
    # 免去甲董事长职务 / 之职: the title right after the name
    k = text.find("免去")
    while k >= 0:
        s = k + 2
        n = name_at(text, s)
        if n and _ok_name(text[s:s + n]) and _TITLE_AHEAD.match(text, s + n):
            found.setdefault(s, n)
        k = text.find("免去", s)
    for m in _COMRADE.finditer(text):
        # the name is the 2-3 characters just before 同志
        for n in (3, 2):
            s = m.end() - 2 - n
            if s >= 0 and name_at(text, s) == n and _ok_name(text[s:s + n]) and text[s - 1:s] != "有" \
                    and not (n == 3 and text[s] == "任" and text[s - 1:s] in _REN_BEFORE):
                found.setdefault(s, n)
                break
    if weak:
        _weak_names(text, weak, found)
    _listed_names(text, found, occupied or [])
    _more_names(text, found, occupied or [])
    # Lists: 张国清、翁杰明、吴政隆 -- neighbours of a found name joined by 、
    seeds = {a: b - a for a, b in known or () if a not in found}
    changed = True
    while changed:
        changed = False
        for s, n in [*seeds.items(), *found.items()]:
            e = s + n
            if (e + 1) in seeds:
                pass
            elif text.startswith("、", e) and (e + 1) not in found:
                n2 = name_at(text, e + 1)
                if n2 and _ok_name(text[e + 1:e + 1 + n2]) and not text.startswith(ZH_TITLE_PREFIXES, e + 1):
                    found[e + 1] = n2
                    changed = True
            # the last of a list: 甲、乙和丙分别… (和/及/与 after a name that is itself listed after 、)
            elif text.startswith(("和", "及", "与"), e) and (e + 1) not in found and s >= 1 and text[s - 1] == "、":
                n2 = name_at(text, e + 1)
                if n2 and _ok_name(text[e + 1:e + 1 + n2]) and not text.startswith(ZH_TITLE_PREFIXES, e + 1):
                    found[e + 1] = n2
                    changed = True
            # …and before it: "王某、李某同志任…" (the first of the list opens a clause); 甲和乙分别…
            if s >= 3 and (text[s - 1] == "、" or text[s - 1] in _LIST_JOIN and s not in seeds):
                for n2 in (3, 2):
                    b = s - 1 - n2
                    if b >= 0 and b not in found and b not in seeds and (b == 0 or text[b - 1] in _LIST_OPEN) \
                            and name_at(text, b) == n2 and _ok_name(text[b:b + n2]):
                        found[b] = n2
                        changed = True
                        break
    names = {text[s:s + n] for s, n in found.items()}
    # Every other occurrence of a found name is a mention too (longer names first, and in a fixed
    # order: a set's order changes from run to run). Where one runs on into another (王某李某会见…,
    # a headline's), both are.
    ordered = sorted(names, key=lambda x: (-len(x), x))
    others = tuple(ordered)
    for name in ordered:
        k = text.find(name)
        while k >= 0:
            if k not in found and not any(s <= k < s + n for s, n in found.items()):
                nxt = k + len(name)
                if nxt >= len(text) or not ("\u4e00" <= text[nxt] <= "\u9fff") or _follows(text, nxt) or text.startswith(others, nxt) \
                        or len(name) == 3 and _TITLE_END.search(text, max(0, k - 8), k):
                    found[k] = len(name)  # (某集团一把手某某坦言: a known full name after a title)
            k = text.find(name, k + 1)
    out = []
    for s, n in sorted(found.items()):
        name = text[s:s + n]
        out.append(Mention(s, s + n, "P", "Person", "p:" + person_slug(name), name, "pat", name, "zh.person"))
    return out


ZH_TITLE_PREFIXES = ("重庆", "中央", "国务院", "副", "党委", "党组", "市", "省")


# --- units of an organ: inspection teams, their office and leading group, numbered bureaus --------

# (国资委第五巡视组, 中央第三巡视组, 省委巡察办, 国资委巡视工作领导小组, 中组部干部五局); 第一至第六巡视组
# are the teams together
_NUM = "一二三四五六七八九十"
_UNIT = re.compile(rf"(?P<n>第[{_NUM}\d]+(?P<range>至第[{_NUM}\d]+)?)?(?P<kind>巡视组|巡察组)"
                   rf"|(?:巡视|巡察)(?:工作)?(?:领导小组|办公室|办)(?!法|理|事|公)"
                   rf"|(?:企业)?干部[{_NUM}]局")
_UNIT_WORDS = ("巡视", "巡察", "干部", "局", "司")
# A bureau or department of a ministry or Party organ, named right after it (国资委改革局, 国资委企业改革局,
# 财政部预算司) or after the organ's post held with it (中组部部务委员兼干部二局局长). Not 副局长, 司局级,
# 公司, 有关局, nor a word with 的/和 inside.
_BUREAU = r"(?P<b>(?![各有该本副正原总]|关于|分管|主管|协管|负责|联系|召开|举行|领导|指导|批准|同意|印发|发布)[^\W\d_的和与及在对将已是为等年月日个名位所属下]{1,6}?(?<!公)[局司])(?![长级务法面势限])"
_BUREAU_AT = re.compile(_BUREAU)
_BUREAU_AFTER_POST = re.compile(rf"[^，。；、\s«»的]{{1,10}}?(?:兼(?:任)?|、){_BUREAU}(?=(?:副)?(?:局长|司长|巡视员|主任|书记))")
_BARE_UNIT = re.compile(rf"第[{_NUM}\d]+(?:巡视组|巡察组)|巡视组|巡察组|巡视办|巡察办|巡视工作领导小组|巡察工作领导小组")


# A company's Party committee is a body of its own where it holds a meeting (某集团党委召开…会) or has an
# inspection team (某集团党委第二巡察组); 某集团党委书记 is a post of the company, and 某集团党组关于…的决定
# is the group's decision (the group appoints).
_COMMITTEE_ACTS = re.compile(rf"(?:党委|党组)(?=第[{_NUM}\d]+巡[视察]组|巡[视察]组|召开)")


def find_company_committees(text: str, orgs: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for o in orgs:
        if o.kind != "O" or o.etype not in ("Company", "CentralSOE") or not text.startswith(("党委", "党组"), o.end):
            continue
        m = _COMMITTEE_ACTS.match(text, o.end)
        if m is None:
            continue
        name = text[o.start:m.end()]
        out.append(Mention(o.start, m.end(), "O", "PartyOrgan", "o:" + org_key(name), name, "pat", name,
                           "zh.company_committee", [], {"parent": o.key, "parent_span": (o.start, o.end)}))
    return out


# (a bureau of a local government is an office of the place: 省政府办公厅, 市公安局 are left to the
# local patterns)
_ORG_END_NOT_UNIT = re.compile(r"(?:政府|省委|市委|县委|区委)$")


def find_units(text: str, owners: list[Mention], starts: frozenset[int] = frozenset()) -> list[Mention]:
    """Units named after their organ (the organ's mention right before them): a Party organ each,
    part of the organ. Later bare mentions (巡视组, 第五巡视组, 巡视办) are the one unit of that
    name the text has named (none where it named two)."""
    if not any(w in text for w in _UNIT_WORDS):
        return []
    out: list[Mention] = []
    for o in owners:
        m = _UNIT.match(text, o.end)
        if m is None:
            b = _BUREAU_AT.match(text, o.end) or _BUREAU_AFTER_POST.match(text, o.end)
            # (中央关于招商局: no bureau over another organization's name; ``starts``: where names start)
            if b is not None and not _ORG_END_NOT_UNIT.search(text, o.start, o.end) \
                    and not any(k in starts for k in range(b.start("b"), b.end())):
                unit = b.group("b")
                name = text[o.start:o.end] + unit
                out.append(Mention(b.start("b") if b.start("b") > o.end else o.start, b.end(), "O", o.etype, "o:" + org_key(name),
                                   name, "pat", name, "zh.unit", [unit], {"parent": o.key, "parent_span": (o.start, o.end)}))
            continue
        unit = m.group(0)
        if m.group("range"):
            unit = m.group("kind")
        owner = text[o.start:o.end]
        name = owner + unit
        extra = {"parent": o.key, "parent_span": (o.start, o.end)}
        if o.rule == "zh.company_committee":
            extra.update(parent_rule=o.rule, parent_name=o.name)
        out.append(Mention(o.start, m.end(), "O", "PartyOrgan", "o:" + org_key(name), name, "pat", name,
                           "zh.unit", [unit], extra))
    if not out:
        return out
    # bare later mentions: the unit whose name ends so (第五巡视组), or the one unit of that kind
    by_tail: dict[str, set[str]] = {}
    for u in out:
        unit = u.aliases[0]
        by_tail.setdefault(unit, set()).add(u.key)
        for kind in ("巡视组", "巡察组"):
            if unit.endswith(kind):
                by_tail.setdefault(kind, set()).add(u.key)
        if unit.startswith(("巡视", "巡察")) and unit.endswith(("办", "办公室")):
            by_tail.setdefault(unit[:2] + "办", set()).add(u.key)
    spans = [(u.start, u.end) for u in out]
    names = {u.key: u.name for u in out}
    refs = []
    for m in _BARE_UNIT.finditer(text):
        keys = by_tail.get(m.group(0))
        if not keys or len(keys) != 1 or any(a < m.end() and m.start() < b for a, b in spans):
            continue
        key = next(iter(keys))
        refs.append(Mention(m.start(), m.end(), "O", "PartyOrgan", key, names[key], "pat", names[key], "zh.unit_ref"))
    return out + refs
