"""Relation rules over sentence templates, English and Chinese.

A template is the sentence with every mention replaced by a placeholder: ``«P3»`` (person),
``«O7»`` (organization). Rules are regular expressions over templates, so they state the
general form ("«P», TITLE of «O»", "«O»TITLE«P»") rather than any name.
Each rule has an id (``en.title_of``) that goes into the relation's ``rule`` field.
"""

from __future__ import annotations

import re
from functools import lru_cache

from soegraph.loaders.extract.lexicon import (
    trie_regex,
    EN_COMPANY_TITLES,
    EN_PLACE_GOV_TITLES,
    EN_STATE_TITLES,
    EN_TITLE_WORDS,
    ZH_PLACE_GOV_TITLES,
    ZH_TITLE,
    ZH_TITLE_WORDS,
)

P = r"«P(\d+)»"
O = r"«O(\d+)»"
_PH = re.compile(r"«([POE])(\d+)»")
_TW = trie_regex(sorted(EN_TITLE_WORDS))  # used with re.I
# ("the provincial governor of Qinghai", "a municipal Party secretary": the level before a place's post)
TITLE = rf"(?:(?:former|then|ex-|outgoing|incumbent|current)\s+|ex-(?=[a-z]))?(?:(?:provincial|municipal|county|prefectural)\s+(?=(?:vice|deputy|executive|acting|party|governor|mayor)\b))?{_TW}(?:(?:\s+|-|\s+and\s+|\s+of\s+the\s+|\s+of\s+|,\s+)(?:{_TW})\b)*"
POSS = r"(?:’s|'s)"
# Lower-case words describing an organization before its name: "chairman of energy giant «O»",
# "of state-owned steelmaker «O»" (case-sensitive inside the case-insensitive rules)
DESC = (r"(?-i:(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?-(?:listed|based)\s+(?:[a-z]+\s+)?"
        r"|(?:(?!(?:and|or|but|who|which|that|whose|with|as|in|at|to|for|from|by|on|of|its|his|her|their)\b)[a-z][a-z’'-]*\s+){1,3}))")
_FLAGS = re.I

_ZH_TITLE_EN = {
    "董事长": "Chairman", "副董事长": "Vice Chairman", "总经理": "General Manager", "副总经理": "Deputy General Manager",
    "董事": "Director", "党委书记": "Party Secretary", "党委副书记": "Deputy Party Secretary",
    "党组书记": "Party Leadership Group Secretary", "党组副书记": "Deputy Party Leadership Group Secretary",
    "书记": "Secretary", "副书记": "Deputy Secretary", "主任": "Director", "副主任": "Deputy Director",
    "部长": "Minister", "副部长": "Vice Minister", "局长": "Director", "副局长": "Deputy Director",
    "市长": "Mayor", "副市长": "Deputy Mayor", "省长": "Governor", "副省长": "Vice Governor", "委员": "Member",
    "常委": "Standing Committee Member", "秘书长": "Secretary-General", "总裁": "President", "副总裁": "Vice President",
    "院长": "President", "副院长": "Vice President", "校长": "President", "主席": "Chairman", "副主席": "Vice Chairman",
    "党委常委": "Party Standing Committee Member", "党组成员": "Party Leadership Group Member",
    "教授": "Professor", "副教授": "Associate Professor", "研究员": "Research Fellow", "副研究员": "Associate Research Fellow",
    # (common posts of company and local-government news)
    "总会计师": "Chief Accountant", "总工程师": "Chief Engineer", "总经济师": "Chief Economist", "总法律顾问": "General Counsel",
    "党委委员": "Party Committee Member", "纪委书记": "Discipline Inspection Secretary", "工会主席": "Trade Union Chairman",
    "常务副市长": "Executive Vice Mayor", "常务副省长": "Executive Vice Governor", "常务副总经理": "Executive Deputy General Manager",
    "监事会主席": "Chairman of the Board of Supervisors", "董事会秘书": "Board Secretary", "一把手": "Top Leader",
    # (news names a head informally: 中石化掌门人, 集团领导; a ministry's 部务委员)
    "部务委员": "Member of the Ministry Affairs Committee", "掌门人": "Head", "掌舵人": "Head", "当家人": "Head",
    "负责人": "Head", "领导": "Leader",
}


_WS = re.compile(r"\s+")
_STATUS_WORD = re.compile(r"(former|then|ex-|outgoing|incumbent|current)\s*", re.I)


@lru_cache(maxsize=8192)
def _title_en(t: str) -> tuple[str, str]:
    t = _WS.sub(" ", t.strip(" ,"))
    status = "current"
    m = _STATUS_WORD.match(t)
    if m:
        if m.group(1).lower() in ("former", "ex-", "outgoing"):
            status = "former"
        t = t[m.end():]
    return t, status


def _zh_title_props(titles: list[str]) -> dict:
    return _zh_title_props_of(tuple(titles))


@lru_cache(maxsize=4096)
def _zh_title_props_of(titles: tuple[str, ...]) -> dict:
    """(cached: callers unpack the dict into keyword arguments and never change it)"""
    zh = "、".join(titles)
    en = [_ZH_TITLE_EN.get(t) for t in titles]
    props = {"title_zh": zh}
    if all(en):
        props["title"] = " and ".join(en)
    return props


def _nums(s: str, kind: str = "O") -> list[int]:
    return [int(n) for k, n in _PH.findall(s) if k == kind]


class _R:
    """Rule helper bound to one sentence."""

    def __init__(self, ctx, tpl, idx, sent):
        self.ctx, self.tpl, self.idx, self.sent = ctx, tpl, idx, sent

    def k(self, i) -> str:
        return self.ctx.root(self.idx[int(i)].key)

    def t(self, i) -> str:
        return self.ctx.etype(self.k(i))

    def rel(self, rtype, a, b, rule, conf, **props):
        self.ctx.add_rel(rtype, a, b, self.sent, rule, conf, **props)


def new_org_reference(ctx, s, e, inside):
    """"the new group", "the newly launched company" -> the organization whose founding the document
    reported; "The group ..." opening a sentence -> the company the sentence before opened with."""
    sent = None
    new = None
    if ctx.new_org:
        sent = ctx.mtext[s:e]
        if "he new" in sent:  # every match has "[Tt]he new"
            new = ctx.new_org
    subj = None
    if ctx.last_subject and _THE_AT.match(ctx.mtext, s) and ctx.etype(ctx.last_subject) in ("CentralSOE", "Company") \
            and ctx.sents.count(getattr(ctx, "last_subject_at", -1), s, 3) <= 1:
        subj = ctx.last_subject
    focus = None
    if new is None and subj is None:
        if not getattr(ctx, "has_latin", True) or (ctx.mtext.find("he company", s, e) < 0 and ctx.mtext.find("he group", s, e) < 0):
            return inside
        focus = _focus_org(ctx)
        if focus is None:
            return inside
    if sent is None:
        sent = ctx.mtext[s:e]
    from soegraph.loaders.extract.base import Mention

    add = []
    found = []
    if new is not None:
        found = [(m.start(), m.end(), new) for m in _NEW_ORG_REF2.finditer(sent)]
    if subj is not None and not found:
        m = _SUBJECT_REF.match(sent)
        if m:
            found = [(m.start(1), m.end(), subj)]
    if focus is not None:
        m = _FOCUS_REF.search(sent)
        # only where no other company came before it in the sentence: "A and B …; the company" is either
        if m and not any(x.start < s + m.start() and x.kind == "O" and x.etype in ("CentralSOE", "Company")
                         and ctx.root(x.key) != focus for _, x in inside):
            found = [(m.start(1), m.end(1), focus)]
    for a0, b0, key in found:
        a, b = s + a0, s + b0
        if any(x.start < b and a < x.end for _, x in inside):
            continue
        info = ctx.ents.get(ctx.root(key))
        mm = Mention(a, b, "O", info.etype if info else "Company", key, info.name if info else "", source="ref",
                     rule="new_org_ref" if key == new else "subject_ref")
        ctx.mentions.append(mm)
        if info:
            info.mentions.append((a, b))
        add.append((10_000_000 + len(ctx.mentions), mm))
    if not add:
        return inside
    return sorted(inside + add, key=lambda x: x[1].start)


_ORG_NOUN = r"(?:group|company|enterprise|entity|conglomerate|corporation)"
_THE_AT = re.compile(r"\s*The (?:group|company|enterprise|entity|conglomerate|corporation)\b")
_NEW_ORG_REF2 = re.compile(
    rf"\b[Tt]he (?:new|newly[- ](?:launched|established|founded|formed|created|set[- ]up|merged|restructured|inaugurated|organized|reorganized)) {_ORG_NOUN}\b")
_SUBJECT_REF = re.compile(rf"\s*The ({_ORG_NOUN})\b(?!\s+(?:of|for|on|said\s+that\s+the)\b|[’'])")


# "the company's listed arm", "the company bought …": the company the document is about
_FOCUS_REF = re.compile(
    r"\b[Tt]he (company|group)(?=[’']s\s|\s+(?:has|had|have|was|is|will|would|said|says|also|then|now|later|bought|acquired|sold|paid|"
    r"signed|announced|owns|owned|holds|held|plans|planned|invested|agreed|reported|posted|became|took|completed)\b)")


def _focus_org(ctx) -> str | None:
    """The company the document is about: named at least three times and at least twice as often as
    any other company, or the only company it names."""
    if ctx.focus_org is not False:
        return ctx.focus_org
    counts = sorted(((len(info.mentions), key) for key, info in ctx.ents.items()
                     if info.etype in ("CentralSOE", "Company") and ctx.root(key) == key and info.mentions), reverse=True)
    top = counts[0] if counts else (0, None)
    second = counts[1][0] if len(counts) > 1 else 0
    ctx.focus_org = top[1] if top[0] >= 3 and top[0] >= 2 * second else None
    if ctx.focus_org is None and len(counts) == 1:
        # the one company a short item names (a signing, a meeting): "the group", "the company" is it
        ctx.focus_org = top[1]
    return ctx.focus_org


_GROUP_REF = re.compile(r"[Tt]he (Group)(?![\w\-]|\s+(?:of|for|on)\b)")


def group_references(ctx, ms: list) -> list:
    """"the Group's chairman" (capitalised, as company news writes it): the one company of the
    document whose name holds that word. Nothing where there are several or none."""
    text = ctx.mtext
    if not getattr(ctx, "has_latin", True):
        return ms
    # (one scan of the text: "the Company" is mostly defined in the text, '("the Company")', see pipeline)
    k = text.find("he Group")
    if k < 0:
        return ms
    hits = []
    while k >= 0:
        if k >= 1 and text[k - 1] in "Tt" and (k == 1 or not text[k - 2].isalnum()):
            m = _GROUP_REF.match(text, k - 1)
            if m:
                hits.append(m)
        k = text.find("he Group", k + 8)
    from soegraph.loaders.extract.base import Mention

    found: dict[str, str | None] = {}
    add = []
    for m in hits:
        head = m.group(1)
        a, b = m.start(1), m.end(1)
        if any(x.start < b and a < x.end for x in ms):
            continue
        if head not in found:
            cands = {ctx.root(x.key) for x in ms if x.kind == "O" and x.etype in ("CentralSOE", "Company")}
            cands = [k for k in cands if k in ctx.ents
                     and any(re.search(rf"\b{head}\b", n) for n in (ctx.ents[k].name, *ctx.ents[k].aliases))]
            found[head] = cands[0] if len(cands) == 1 else None
        key = found[head]
        if key is None:
            continue
        info = ctx.ents[key]
        add.append(Mention(a, b, "O", info.etype, key, info.name, source="ref", rule="group_ref"))
        info.mentions.append((a, b))
    if not add:
        return ms
    return sorted(ms + add, key=lambda x: x.start)


_SUBJECT = re.compile(r"^\s*(?:The\s+|the\s+)?«O(\d+)»")


_HAN1 = re.compile(r"[\u4e00-\u9fff]")
_LATIN3 = re.compile(r"[A-Za-z][A-Za-z]{2}")  # placeholders («P12») never match; a class first is scanned in C
_IT = re.compile(r"\s*(?:It|Its)\b")


def apply(ctx, tpl: str, idx: dict, sent: tuple[int, int]) -> None:
    r = _R(ctx, tpl, idx, sent)
    if ctx.han_possible and _HAN1.search(tpl):  # (ctx: no scan where the document has none)
        _zh(r)
    if ctx.latin_possible and _LATIN3.search(tpl):
        _en(r)
        k = tpl.rfind("«P")
        if k >= 0:  # whom "he" and "she" in the next sentences refer to
            r.ctx.last_person = (r.k(tpl[k + 2:tpl.index("»", k)]), r.ctx.sent_start)
    # the organization a sentence starts with is what "it" in the next sentence refers to
    sm = _SUBJECT.match(tpl)
    if sm:
        ctx.last_subject = r.k(sm.group(1))
        ctx.last_subject_at = ctx.sent_start
    elif not _IT.match(tpl):
        ctx.last_subject = None


# --- English --------------------------------------------------------------------------------

# ("«P», previously chairman of «O», …": a post held before)
_E_APPOS_HEAD = re.compile(rf"{P}(?:(?:\s*[（(](?:«P\d+»|[^)）«]*)[)）])?,\s+|\s*[（(]\s*)(?:\d{{2}},\s+)?(?P<prev>(?:previously|formerly)\s+)?"
                           # ("«P», now chairman of", "«P», currently the general manager of", "the newly appointed chairman of")
                           rf"(?:(?:now|currently|also|still)\s+)?(?:the\s+|an\s+|a\s+)?(?:(?:newly[- ](?:appointed|elected|named)|new|incoming|acting)\s+)?", _FLAGS)
_E_SEG = re.compile(
    rf"(?:(?P<t1>{TITLE})\s+(?:of|at|in)\s+(?:the\s+)?(?:{DESC})?«O(?P<o1>\d+)»(?!\s*«P)(?:\s*[（(][^)）]*[)）])?"
    rf"|«O(?P<o2>\d+)»{POSS}\s+(?P<t2>{TITLE})"
    # "«P», «O» chairman, said": the organization before its title, no possessive, the title ending the apposition
    rf"|«O(?P<o3>\d+)»\s+(?P<t3>{TITLE})(?=\s*[,;.)）]|\s+and\s|\s+said\b|\s*$))",
    _FLAGS,
)
_E_SEP = re.compile(r"(?:,\s*and\s+|\s+and\s+|,\s+)(?:the\s+)?", _FLAGS)
# "Chairman «P» of «O» said": the title before the name, the organization after it
# (found from the name, which the engine scans for, then the title before it: a title trie tried at every
# character costs more)
_E_P_OF = re.compile(r"«P(?P<p>\d+)»\s+of\s+(?:the\s+)?«O(?P<o>\d+)»(?![’']s)", _FLAGS)
_TITLE_ENDING = re.compile(rf"(?<![A-Za-z0-9])(?P<t>{TITLE})\s+$", _FLAGS)
# "Deputy Secretary of the «O» and Governor «P»": the first post at «O» (found from «O» … «P», then the title
# before "of")
_E_O_AND_TITLE_P = re.compile(rf"«O(?P<o>\d+)»\s+and\s+(?P<t2>{TITLE})\s+«P(?P<p>\d+)»", _FLAGS)
_TITLE_OF_ENDING = re.compile(rf"(?<![A-Za-z0-9])(?P<t>{TITLE})\s+(?:of|at)\s+(?:the\s+)?$", _FLAGS)
_E_SEG_ITS = re.compile(rf"its\s+(?:new\s+)?(?P<t>{TITLE})(?![\w-]|\s+(?:of|at|in)\b)", _FLAGS)
# "«P», Deputy Secretary of «O» and Governor, …": a governor's or mayor's post without its government
_E_BARE_GOV_TITLE = re.compile(r"(?P<t>(?:(?:executive\s+)?vice\s+|deputy\s+|acting\s+)?(?:governor|mayor))\b(?=\s*(?:[,;.]|$|and\b|«P))", _FLAGS)
# "…, said «P», board chairman of the company": the company the sentence (or the one before) is about
_E_SEG_THE = re.compile(
    rf"(?P<t>{TITLE})\s+(?:of|at)\s+the\s+(?:company|group|corporation|enterprise|conglomerate|firm)\b"
    rf"(?!\s*«|[’']s|\s+(?:of|in|that|which|who|known|called|named)\b)"
    rf"|(?:the\s+)?(?:company|group|corporation|enterprise|conglomerate|firm)[’']s\s+(?P<t2>{TITLE})(?![\w-]|\s+(?:of|at|in)\b)", _FLAGS)
_E_TITLE_BEFORE = re.compile(
    # never from inside a word: the lookbehind fails fast where the title trie would be tried (4x faster)
    rf"(?<![A-Za-z0-9])(?:(?P<pre>former|ex-|outgoing|late)\s+)?(?:«O(?P<o1>\d+)»{POSS}?\s+)?(?P<t>{TITLE})\s+(?:(?:of|at)\s+(?:the\s+)?(?:{DESC})?«O(?P<o2>\d+)»\s+)?«P(?P<p>\d+)»"
    # ("Sinopec Group Chairman «P» and President «P»": the second title is at the same organization)
    rf"(?P<more>(?:,?\s+and\s+(?:{TITLE}\s+)?«P\d+»)*)",
    _FLAGS,
)
_MORE_TITLED = re.compile(rf"\s+and\s+(?P<t>{TITLE})\s+«P(?P<p>\d+)»", _FLAGS)


def _p_after_word(tpl: str) -> bool:
    """Can ``_E_TITLE_BEFORE`` match? Its «P follows spaces after a title word (a letter, matched
    ignoring case: a letter too) or after «O…»; a test of the characters before each «P is cheaper
    than the regex's scan (its lookbehind is tried at every character)."""
    k = tpl.find("«P")
    while k > 0:
        j = k
        while j > 0 and tpl[j - 1].isspace():
            j -= 1
        if j < k and j > 0 and (tpl[j - 1].isalpha() or tpl[j - 1] == "»"):
            return True
        k = tpl.find("«P", k + 2)
    return False


# "Director of «O», «O», «P» announced": the title and its organization open the sentence, a comma
# before the name (not in a list of people: "«P», TITLE of «O», «P»" is two people)
_E_TITLE_OF_COMMA = re.compile(
    rf"^\s*(?:the\s+)?(?P<t>{TITLE})\s+(?:of|at)\s+(?:the\s+)?«O(?P<o>\d+)»(?:\s*[（(](?:«O\d+»|[A-Z][\w&-]{{1,15}})[)）])?(?:,\s+(?:the\s+)?«O\d+»)?,\s+«P(?P<p>\d+)»"
    rf"(?!\s*(?:,\s*(?:and\s+)?«P|and\s+«P))",
    _FLAGS,
)
# the same apposition opening a second clause: "…, while former general manager of «O», «P», was
# appointed …", "…; the chairman of «O», «P», said …" (the closing comma: the name is the apposition's)
_E_TITLE_OF_COMMA_MID = re.compile(
    rf"[,;\s](?:while|whereas|but|;)\s+(?:the\s+)?(?P<t>{TITLE})\s+(?:of|at)\s+(?:the\s+)?«O(?P<o>\d+)»(?:\s*[（(](?:«O\d+»|[A-Z][\w&-]{{1,15}})[)）])?,\s+«P(?P<p>\d+)»,",
    _FLAGS,
)
_E_APPOINTED = re.compile(
    rf"«P(?P<p>\d+)»(?:(?!«P).){{0,120}}?\b(?:was|has been|had been|is|were|will be|being|been)\s+(?:formally\s+|officially\s+)?"
    # ("is the nominated candidate of General Manager of «O»": the post the Party nominates for)
    rf"(?:appointed|named|elected|promoted|nominated|tapped|chosen|(?:the\s+|a\s+)?(?:nominated\s+|recommended\s+)candidate\s+(?:of|for))\s+(?:as\s+|to\s+be\s+|to\s+the\s+post\s+of\s+|(?<=promoted\s)to\s+)?(?:the\s+|a\s+)?(?:new\s+)?"
    rf"(?:«O(?P<o0>\d+)»{POSS}\s+)?(?P<t>{TITLE})(?:(?:\s+in\s+\d{{4}})?\s+(?:of|at|for)\s+(?:the\s+)?(?:{DESC})?«O(?P<o>\d+)»)?(?P<rest>.*)",
    _FLAGS,
)
_E_APPOINTS_ACTIVE = re.compile(
    rf"«O(?P<a>\d+)»(?:\s+(?:has|have|had))?\s+(?:appointed|named|nominated|appoints|names)\s+«P(?P<p>\d+)»,?\s+(?:as\s+)?(?:the\s+|a\s+)?"
    rf"(?P<t>{TITLE})\s+(?:of|at|for)\s+(?:the\s+)?«O(?P<o>\d+)»"
    # "the board of «O» appointed «P» as its president"
    rf"|«O(?P<a2>\d+)»(?:\s+(?:has|have|had))?\s+(?:appointed|named|appoints|names)\s+«P(?P<p2>\d+)»,?\s+(?:as\s+)?(?:its|the\s+company[’']s|the\s+group[’']s)\s+(?P<t2>{TITLE})"
    # "«O», one of the world's biggest refiners, named «P» as general manager": its own officer
    rf"|«O(?P<a3>\d+)»(?:\s*[（(]«O\d+»[)）])?(?:,\s+[^,«;.]{{1,100}},)?\s+(?:has\s+|have\s+|had\s+)?(?:appointed|named|appoints|names)\s+«P(?P<p3>\d+)»,?\s+(?:as\s+)?(?:its\s+|the\s+|a\s+)?(?:new\s+)?(?P<t3>{TITLE})(?!\s+(?:of|at|for|in)\b)",
    _FLAGS,
)
# "«P» ..., after serving as chairman of «O»", "«P» has served as general manager of «O» since 2019"
_E_SERVED_AS = re.compile(
    rf"«P(?P<p>\d+)»(?:(?!«P)[^.;]){{0,120}}?\b(?P<pre>(?:after|before|previously|formerly|once|who|and|he|she)\s+)?(?P<v>serves|serving|served|has\s+served|had\s+served|have\s+served|is\s+serving|works|worked|working|had\s+worked|has\s+worked"
    rf"|will\s+serve|would\s+serve|to\s+serve|continues?\s+to\s+serve)\s+as\s+"
    rf"(?:the\s+|a\s+|an\s+)?(?P<t>{TITLE})\s+(?:of|at|for)\s+(?:the\s+)?(?:{DESC})?«O(?P<o>\d+)»",
    _FLAGS,
)
# "«P», who is chairman of «O»", "«P» took over as chairman of «O»", "«P» succeeds «P» as chairman of «O»"
_E_BECOMES = re.compile(
    rf"«P(?P<p>\d+)»(?:\s*[（(][^)）«]*[)）])?"
    # ("«P», former chairman of «O», will become chairman in «O»": the former post between commas)
    rf"(?:,\s+(?:former|ex-|then|previously|currently|now)\b(?:[^,;.«]|«O\d+»){{1,120}},)?"
    rf",?\s+(?:who\s+(?P<was>is|was|has\s+been|had\s+been|became|becomes|will\s+become)\s+"
    rf"(?:also\s+|now\s+|currently\s+|still\s+)?"  # "who is also chairman of «O»"
    rf"|(?:who\s+)?(?P<v>took\s+over\s+as|takes\s+over\s+as|will\s+take\s+over\s+as|has\s+taken\s+over\s+as|became|becomes|has\s+become|will\s+become|was\s+made"
    rf"|(?:is|was|are)\s+(?:set|expected|due|poised)\s+to\s+become"
    rf"|(?:succeeds|succeeded|has\s+succeeded|will\s+succeed|replaces|replaced|has\s+replaced|will\s+replace)\s+«P(?P<q>\d+)»\s+(?:as|to\s+become))\s+)"
    # ("chairman and party chief in «O»", "chairman for «O»": the organization after in/for too)
    rf"(?:the\s+|a\s+|an\s+)?(?:new\s+)?(?P<t>{TITLE})\s+(?:of|at|in|for)\s+(?:the\s+)?(?:{DESC})?«O(?P<o>\d+)»",
    _FLAGS,
)
# "«P», previously …, took up roles as director at «O»", "«P» assumed the post of president of «O»",
# "«P» took office as chairman of «O»": a post taken up
_E_TOOK_UP = re.compile(
    rf"«P(?P<p>\d+)»(?:(?!«P)[^.;]){{0,120}}?\b(?:(?:took|takes|has\s+taken|will\s+take|taking)\s+(?:up|on|over)|assumed|assumes|has\s+assumed|will\s+assume|assuming)\s+"
    rf"(?:the\s+|his\s+|her\s+|new\s+|a\s+)*(?:roles?|posts?|positions?|offices?|duties|responsibilities)\s+(?:as|of)\s+"
    rf"|«P(?P<p2>\d+)»(?:(?!«P)[^.;]){{0,120}}?\b(?:(?:took|takes|has\s+taken|will\s+take|taking|to\s+take)\s+(?:office|charge|the\s+helm)"
    # "will take charge as deputy governor of …", "stepped in as acting chairman of …", "was installed as …"
    rf"|(?:stepped|steps|has\s+stepped|will\s+step|to\s+step)\s+in|(?:was|were|has\s+been|will\s+be|to\s+be)\s+installed)\s+as\s+",
    _FLAGS,
)
_E_POST_AT = re.compile(rf"(?:the\s+|a\s+|an\s+)?(?P<t>{TITLE})\s+(?:of|at|in)\s+(?:the\s+)?(?:{DESC})?«O(?P<o>\d+)»", _FLAGS)
# "«O» announced «P»'s promotion to vice president", "«P»'s appointment as chairman of «O»"
_E_PROMOTION = re.compile(  # (it opens with "«", a literal the engine scans for)
    rf"«(?:O(?P<a>\d+)»(?:\s*[（(]«O\d+»[)）])?\s+(?:has\s+|have\s+|had\s+)?(?:announced|announces|approved|approves|confirmed|confirms)\s+«)?"
    rf"P(?P<p>\d+)»{POSS}\s+(?:promotion|appointment|nomination|election)\s+(?:to|as)\s+(?:the\s+)?(?:(?:post|position|role)\s+of\s+)?"
    rf"(?:new\s+)?(?P<t>{TITLE})(?:\s+(?:of|at)\s+(?:the\s+)?(?:{DESC})?«O(?P<o>\d+)»)?",
    _FLAGS,
)
# A list of posts under a line that says whose they are: "He previously served as:" / "- Chairman of «O»"
_BULLET = frozenset("-•·*–—▪●")
_CAREER_INTRO = re.compile(r"\b(?:served|serving|serves|worked|working|held|holds|holding|posts|positions|roles|career|offices|titles)\b[^\n:]{0,40}[:：]\s*$", _FLAGS)
_CAREER_FORMER = re.compile(r"\b(?:previously|formerly|former|served|worked|held|had|prior|before|earlier|past)\b", _FLAGS)
_CAREER_CURRENT = re.compile(r"\b(?:currently|now|current|serves|holds|present)\b", _FLAGS)
_BULLET_HEAD = re.compile(r"\s*[-•·*–—▪●]\s*(?:the\s+)?")


# "The two companies have been under direct supervision by «O»": the two the sentence before named
_E_TWO_SUPERVISED = re.compile(
    r"\b(?:the\s+two|both)\s+(?:companies|groups|firms|enterprises|conglomerates|SOEs|central\s+SOEs|corporations)\b(?:(?!«O)[^.;]){0,60}?"
    r"\b(?:under\s+(?:the\s+)?(?:direct\s+|overall\s+|unified\s+)?(?:supervision|oversight|administration|jurisdiction)\s+(?:of|by)"
    r"|(?:directly\s+)?(?:supervised|overseen|administered)\s+by|report\s+(?:directly\s+)?to)\s+(?:the\s+)?«O(?P<b>\d+)»", _FLAGS)


def _en_two(r: _R, low: str) -> None:
    """Rules whose subject is "the two companies": the two companies the sentence before named
    (and no other), when it was at most two sentences before."""
    ctx = r.ctx
    prev = getattr(ctx, "last_orgs", None)  # (the sentence's rule helper, its start): looked into only here
    if prev and ("two " in low or "both " in low) and _gate(low, 'supervis|oversight|overseen|administ|jurisdiction|report') \
            and ctx.sents.count(prev[1], ctx.sent_start, 3) <= 2:
        pair = {prev[0].k(n) for n in prev[0].idx if prev[0].t(n) in ("CentralSOE", "Company")}
        for m in _E_TWO_SUPERVISED.finditer(r.tpl) if len(pair) == 2 else ():
            if r.t(m.group("b")) in ("GovernmentBody", "PartyOrgan"):
                for x in sorted(pair):
                    r.rel("SUPERVISES", r.k(m.group("b")), x, "en.two_supervised", 0.7)
    if r.tpl.count("«O") >= 2:
        ctx.last_orgs = (r, ctx.sent_start)


def _en_title_of_the(r: _R, p: str, pos: int, st: str | None) -> None:
    """"«P», TITLE of the company" (at ``pos``): a post at the company in view."""
    tm = _E_SEG_THE.match(r.tpl, pos)
    o = _company_in_view(r) if tm else None
    if o is not None and r.t(p) == "Person":
        t, st2 = _title_en(tm.group("t") or tm.group("t2"))
        r.rel("HOLDS_POSITION", r.k(p), o, "en.title_of_the_company", 0.7, title=t, status=st or st2)


def _company_in_view(r: _R) -> str | None:
    """The company "the company" means (its key): the one the sentence opens with, else the only one
    it names, else (naming none) the one the sentence before opened with, else the document's."""
    sm = _SUBJECT.match(r.tpl)
    if sm and r.t(sm.group(1)) in ("CentralSOE", "Company"):
        return r.k(sm.group(1))
    named = {r.k(n) for n in _nums(r.tpl) if r.t(n) in ("CentralSOE", "Company")}
    if len(named) == 1:
        return named.pop()
    subj = r.ctx.last_subject
    if not named and subj and r.ctx.etype(subj) in ("CentralSOE", "Company"):
        return subj
    # (a sentence about people in between: the company the document is about, or the only one it names)
    return _focus_org(r.ctx) if not named else None


def _en_bullet_posts(r: _R) -> None:
    """A post in a bulleted list under "… served as:": the person named last before the list held it."""
    ctx, tpl = r.ctx, r.tpl
    last = getattr(ctx, "last_person", None)
    if last is None:
        return
    text = ctx.mtext
    # the line that opens the list: back over the bullet lines before this one
    pos = ctx.sent_start
    for _ in range(30):
        a = text.rfind("\n", 0, max(0, pos - 1)) + 1
        line = text[a:pos].strip()
        if a >= pos - 1 or not line:
            if a == 0:
                return
            pos = a
            continue
        if line[0] in _BULLET:
            pos = a
            continue
        break
    else:
        return
    intro = _CAREER_INTRO.search(line)
    if intro is None or ctx.sents.count(last[1], a, 5) > 4 or last[1] > a + len(line):
        return
    st = "former" if _CAREER_FORMER.search(line) else "current" if _CAREER_CURRENT.search(line) else "unknown"
    p = last[0]
    if ctx.etype(p) != "Person":
        return
    pos = _BULLET_HEAD.match(tpl).end()
    while True:
        sm = _E_SEG.match(tpl, pos)
        if not sm:
            break
        o, t = (sm.group("o1"), sm.group("t1")) if sm.group("o1") else (sm.group("o2"), sm.group("t2"))
        if r.t(o) not in ("Person", "Event", ""):
            r.rel("HOLDS_POSITION", p, r.k(o), "en.career_list", 0.7, title=_title_en(t)[0], status=st)
        pos = sm.end()
        sep = _E_SEP.match(tpl, pos)
        if not sep:
            break
        pos = sep.end()


# "«P» is chairman of «O»", "«P», 55, was previously «O»'s deputy head": a post stated as what someone is or was
_E_IS_TITLE = re.compile(
    rf"«P(?P<p>\d+)»(?:\s*[（(][^)）«]*[)）])?(?:,\s+(?:\d{{2}}|aged\s+\d{{2}}),)?\s+(?P<v>is|was|has\s+been|had\s+been|will\s+be|remains|remained)\s+"
    rf"(?P<adv>(?:also|previously|formerly|currently|now|once|still|then|already)\s+)?(?:the\s+|a\s+|an\s+)?(?:new\s+)?"
    rf"(?:«O(?P<o0>\d+)»{POSS}\s+(?P<t0>{TITLE})|(?P<t>{TITLE})\s+(?:of|at)\s+(?:the\s+)?(?:{DESC})?«O(?P<o>\d+)»(?![’']s))",
    _FLAGS,
)
# "«P» heads «O»", "«P», who headed «O»", "«P» was appointed to head «O»", "«O», headed by «P»"
_E_HEADS = re.compile(
    rf"«P(?P<p>\d+)»(?:,\s+who)?\s+(?P<adv>(?:also|currently|now|previously|formerly|once|then)\s+)?(?P<v>heads|headed|has\s+headed|had\s+headed|will\s+head|is\s+heading|leads|led|has\s+led|had\s+led|will\s+lead)\s+(?:the\s+)?«O(?P<o>\d+)»"
    rf"(?![’']s|\s+(?:delegation|team|side|party|group\s+of)\b)"
    rf"|«P(?P<p2>\d+)»(?:(?!«P)[^.;]){{0,60}}?\b(?:appointed|named|promoted|picked|tapped|chosen|nominated)\s+to\s+(?:head|lead)\s+(?:the\s+)?«O(?P<o2>\d+)»(?![’']s)"
    rf"|«O(?P<o3>\d+)»,?\s+(?:which\s+is\s+|which\s+was\s+|now\s+)?headed\s+by\s+«P(?P<p3>\d+)»",
    _FLAGS,
)
# more ways to say who heads what: "«P», State Councilor and minister of «O», headed «O»" (an apposition
# between the name and the verb), "«P» ran / helmed «O»", "«P», who headed «O», was picked to lead «O»"
# (the second verb, after the first), "«P» was tapped to take the helm of «O»"
_HEAD_VERB = r"(?:heads|headed|has\s+headed|had\s+headed|leads|led|has\s+led|had\s+led|runs|ran|has\s+run|had\s+run|helms|helmed|had\s+helmed|steered|had\s+steered)"
_E_HEADS_MORE = re.compile(
    rf"«P(?P<p>\d+)»,\s+(?:(?!«P)[^.;,]){{2,90}}?,\s+(?:who\s+)?(?P<adv>(?:also|previously|formerly|once|then)\s+)?(?P<v>{_HEAD_VERB})\s+(?:the\s+)?«O(?P<o>\d+)»"
    rf"(?![’']s|\s+(?:delegation|team|side|party|group\s+of)\b)"
    rf"|«P(?P<p1>\d+)»(?:,\s+who)?\s+(?P<adv1>(?:also|previously|formerly|once|then|now|currently|still)\s+)?(?P<v1>runs|ran|has\s+run|had\s+run|helms|helmed|had\s+helmed|steered|had\s+steered|chairs|chaired|has\s+chaired|had\s+chaired)\s+(?:the\s+)?«O(?P<o1>\d+)»"
    rf"(?![’']s|\s+(?:board|meeting|session|conference|forum|symposium|seminar|event|ceremony)\b)",
    _FLAGS,
)
# "«P», now chairman of «O», was previously president of «O»": the verb after an apposition
_E_IS_TITLE_APPOS = re.compile(
    rf"«P(?P<p>\d+)»,\s+(?:(?!«P)[^.;,]){{2,90}}?,\s+(?P<v>is|was|had\s+been|has\s+been|remains|remained)\s+(?P<adv>(?:also|previously|formerly|once|then|still)\s+)?"
    rf"(?:the\s+|a\s+|an\s+)?(?P<t>{TITLE})\s+(?:of|at)\s+(?:the\s+)?(?:{DESC})?«O(?P<o>\d+)»(?![’']s)",
    _FLAGS,
)
# (its own pass: "«P», who ran «O», …" before it is the match of the pattern above)
_E_HEADS_TO = re.compile(
    rf"«P(?P<p2>\d+)»(?:(?!«P)[^.;]){{0,60}}?\b(?:appointed|named|promoted|picked|tapped|chosen|nominated|selected)\s+to\s+"
    rf"(?:head|lead|run|helm|take\s+charge\s+of|take\s+over|take\s+the\s+helm\s+(?:of|at))\s+(?:the\s+)?«O(?P<o2>\d+)»(?![’']s)",
    _FLAGS,
)
# "«P» … was switched from his position as the chairman of «O»": a post named by "his post as"
_E_HIS_POST_AS = re.compile(
    rf"«P(?P<p>\d+)»(?:(?!«P)[^.;]){{0,120}}?\b(?P<from>from\s+|left\s+|quit\s+|gave\s+up\s+|leaving\s+)?(?:his|her)\s+(?:former\s+|previous\s+|old\s+|current\s+|new\s+)?"
    rf"(?:post|position|role|job|office)\s+as\s+(?:the\s+|a\s+|an\s+)?(?P<t>{TITLE})\s+(?:of|at)\s+(?:the\s+)?(?:{DESC})?«O(?P<o>\d+)»(?![’']s)",
    _FLAGS,
)
# "the appointment of the former head of «O», «P», as chairman of «O»": the name in apposition to
# a title ("the" before it: not one more item of a list of people)
_E_THE_TITLE_APPOS = re.compile(
    rf"(?<!«P)(?<![\w»],\s)\b(?:[Tt]he)\s+(?P<pre>(?:former|then|new|incoming|outgoing|current)\s+)?(?P<t>{TITLE})\s+(?:of|at)\s+(?:the\s+)?«O(?P<o>\d+)»(?:\s*[（(](?:«O\d+»|[A-Z][\w&-]{{1,15}})[)）])?,\s+«P(?P<p>\d+)»,"
    rf"(?P<as>\s+as\s+(?:the\s+|a\s+)?(?:new\s+)?(?P<t2>{TITLE})\s+(?:of|at)\s+(?:the\s+)?«O(?P<o2>\d+)»)?",
    _FLAGS,
)
# "«O»'s president, «P», and its vice president, «P»,": "its" is the one organization named before
_E_ITS_TITLE_P = re.compile(rf"\b[Ii]ts\s+(?:new\s+)?(?P<t>{TITLE}),?\s+«P(?P<p>\d+)»", _FLAGS)
_PERSON_TITLE_OPEN = re.compile(r"«P\d+»,\s+[^«;.]*$")
# "«O»'s new chairman, «P», said": the title before the name, a comma between
_E_ORG_TITLE_COMMA = re.compile(
    rf"«O(?P<o>\d+)»{POSS}\s+(?P<pre>(?:new|former|then|incoming|outgoing)\s+)?(?P<t>{TITLE}),\s+«P(?P<p>\d+)»", _FLAGS)
# "«O» approved the appointment of «P» as chairman of «O»", "«O» has a new chairman, «P»",
# "«P» joined «O» as chief engineer"
_E_APPOINTMENT_OF = re.compile(
    rf"(?:«O(?P<a>\d+)»(?:\s*[（(]«O\d+»[)）])?\s+(?:has\s+|have\s+)?(?:approved|announced|confirmed|decided\s+on)\s+)?(?:the\s+)?(?:appointment|nomination|election)\s+of\s+"
    rf"«P(?P<p>\d+)»\s+as\s+(?:the\s+|a\s+)?(?:new\s+)?(?P<t>{TITLE})\s+(?:of|at)\s+(?:the\s+)?(?:{DESC})?«O(?P<o>\d+)»", _FLAGS)
_E_HAS_NEW = re.compile(rf"«O(?P<o>\d+)»\s+(?:has|have|had|gets|got|welcomed|welcomes)\s+a\s+new\s+(?P<t>{TITLE}),?\s+«P(?P<p>\d+)»", _FLAGS)
_E_JOINED_AS = re.compile(
    rf"«P(?P<p>\d+)»(?:(?!«P)[^.;]){{0,60}}?\b(?P<v>joined|joins|moved\s+to|was\s+transferred\s+to|transferred\s+to|returned\s+to)\s+(?:the\s+)?«O(?P<o>\d+)»\s+as\s+"
    rf"(?:a\s+|an\s+|the\s+|its\s+)?(?:new\s+)?(?P<t>{TITLE})\b", _FLAGS)
# "SASAC also named «P» a board director and deputy party secretary at the energy giant": a state organ appoints
_E_BODY_NAMED = re.compile(
    rf"«O(?P<a>\d+)»(?:\s*[（(]«O\d+»[)）])?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|formally\s+|officially\s+)?(?:appointed|named|nominated|appoints|names)\s+«P(?P<p>\d+)»,?\s+"
    rf"(?:as\s+)?(?:its\s+|the\s+|a\s+|an\s+)?(?:new\s+)?(?P<t>{TITLE})",
    _FLAGS,
)


# "«P» resigned / stepped down / retired as chairman of «O»": a post held before
_E_LEFT_POST = re.compile(
    rf"«P(?P<p>\d+)»(?:(?!«P)[^.;]){{0,80}}?\b(?:resigned|stepped\s+down|retired|quit|resigns|steps\s+down|retires|will\s+step\s+down|will\s+resign|will\s+retire)\s+"
    rf"(?:as|from\s+(?:his|her|the)\s+(?:post|position|role)\s+(?:as|of))\s+(?:the\s+)?(?P<t>{TITLE})\s+(?:of|at)\s+(?:the\s+)?(?:{DESC})?«O(?P<o>\d+)»",
    _FLAGS,
)
_E_CENTRAL_SOE_UNDER = re.compile(
    r"«O(?P<a>\d+)»,?\s+(?:is|was|are|were|as|being)?\s*(?:one\s+of\s+the\s+|a\s+|an\s+)?(?:\d+\s+|\w+\s+)?"
    r"(?:central\s+(?:state-owned\s+)?(?:enterprises?|SOEs?|companies)|state-owned\s+enterprises?|SOEs?)\s+"
    r"(?:under|administered\s+by|overseen\s+by|supervised\s+by|managed\s+by|under\s+the\s+(?:supervision|administration)\s+of)\s+(?:the\s+)?«O(?P<b>\d+)»",
    _FLAGS,
)
# "a decision by «O» to appoint «P» as the «O»'s TITLE" / "«O» decided to appoint «P» as TITLE of «O»"
_E_TO_APPOINT = re.compile(
    rf"«O(?P<a>\d+)»(?:(?!«[OP]).){{0,40}}?\bto\s+(?:appoint|name|nominate)\s+«P(?P<p>\d+)»,?\s+(?:as\s+)?(?:the\s+|a\s+)?"
    rf"(?:«O(?P<o0>\d+)»{POSS}\s+(?P<t0>{TITLE})|(?P<t>{TITLE})(?:\s+(?:of|at|for)\s+(?:the\s+)?«O(?P<o>\d+)»)?)",
    _FLAGS,
)
# "he served as chairman of «O»": he/she is the person the sentences before named last
_E_PRONOUN_POST = re.compile(
    rf"\b(?:he|she)\s+(?:also\s+|once\s+|previously\s+|formerly\s+|later\s+|then\s+|currently\s+|now\s+)?"
    rf"(?P<v>served|serves|has\s+served|had\s+served|worked|works|has\s+worked|had\s+worked|was|is|had\s+been|has\s+been)\s+as\s+"
    rf"(?:the\s+|a\s+)?(?:«O(?P<o0>\d+)»{POSS}\s+(?P<t0>{TITLE})|(?P<t>{TITLE})\s+(?:of|at)\s+(?:the\s+)?«O(?P<o>\d+)»)",
    _FLAGS,
)
# "He was the governor of «O»" (a copula, no "as"); and the later predicates of a sentence whose
# subject is "he"/"she": "He worked as … of «O», and before his appointment at «O» in 2016, was the
# provincial governor of «O»"
_E_PRONOUN_WAS = re.compile(
    rf"\b(?:he|she)\s+(?:also\s+|once\s+|previously\s+|formerly\s+|later\s+|then\s+|currently\s+|now\s+)?"
    rf"(?P<v>was|is|had\s+been|has\s+been)\s+(?:the\s+|a\s+|an\s+)(?P<t>{TITLE})\s+(?:of|at)\s+(?:the\s+)?«O(?P<o>\d+)»",
    _FLAGS,
)
_PRONOUN_SUBJECT = re.compile(r"\s*(?:He|She)\s")
_E_PRONOUN_MORE = re.compile(
    rf"(?:,|\band)\s+(?:[^«.;,]{{0,80}}?(?:«O\d+»[^«.;,]{{0,30}}?)?,\s+)?(?P<v>was|is|had\s+been|has\s+been|served\s+as|worked\s+as|later\s+became|became)\s+"
    rf"(?:the\s+|a\s+|an\s+)?(?P<t>{TITLE})\s+(?:of|at)\s+(?:the\s+)?«O(?P<o>\d+)»",
    _FLAGS,
)
_E_NO_LONGER = re.compile(
    rf"«P(?P<p>\d+)»\s+(?:is|was|would|will|shall)\s+no\s+longer\s+(?:serve\s+as\s+|be\s+|hold\s+the\s+posts?\s+of\s+|act\s+as\s+)?"
    rf"(?:the\s+)?(?:«O(?P<o3>\d+)»{POSS}\s+)?(?P<t>{TITLE})(?:\s+(?:of|at)\s+(?:the\s+)?«O(?P<o>\d+)»)?"
    # ("is relieved of her post of Chairwoman of «O»", "was removed from his posts as …", "will be dismissed as")
    rf"|«P(?P<p2>\d+)»\s+(?:is|was|were|has\s+been|had\s+been|will\s+be|would\s+be|to\s+be)\s+(?:formally\s+|officially\s+)?(?:removed|dismissed|relieved)\s+"
    rf"(?:(?:from|of)\s+(?:the|his|her|their)\s+(?:posts?|positions?|duties)\s+(?:of|as)|as)\s+"
    rf"(?:the\s+)?(?P<t2>{TITLE})\s+(?:of|at)\s+(?:the\s+)?«O(?P<o2>\d+)»",
    _FLAGS,
)
_E_REPLACED_BY = re.compile(rf"replaced\s+by\s+(?P<ps>«P\d+»(?:(?:,\s*|,?\s+and\s+)«P\d+»)*)", _FLAGS)
_E_BY_ORG = re.compile(rf"\b(?:appointed|named|approved)\s+by\s+(?:(?:the\s+)?«O\d+»{POSS}\s+)?(?:the\s+)?«O(?P<o>\d+)»", _FLAGS)
# (its acronym may follow it; "announced several key appointments", "a batch of personnel appointments": up to
# three words before the noun, no list of them, as appointments are announced in many words)
_E_DECISION_OF = re.compile(
    rf"\b(?:announced|announces|announcing|read\s+out|reads\s+out|conveyed|conveys|declared|declares|relayed|publicized|"
    rf"according\s+to|under|by|per|following|in\s+line\s+with)\s+(?:the\s+|a\s+)?(?:\w+\s+){{0,2}}?decisions?\s+(?:of|by|from)\s+(?:the\s+)?"
    rf"«O\d+»(?:\s*(?:,|and|&|as\s+well\s+as)\s*(?:the\s+)?«O\d+»)*", _FLAGS)
_E_ANNOUNCE_APPT = re.compile(
    rf"«O(?P<o>\d+)»(?:\s*[（(](?:«O\d+»|[A-Z][\w&-]{{1,15}})[)）])?(?:,[^,«]*(?:«O\d+»[^,«]*)?,)?\s+(?:has\s+|have\s+)?(?:announced|announces|approved|approves|decided)\s+(?:on\s+)?"
    rf"(?:the\s+)?(?:\w+\s+){{0,3}}?"
    rf"(?:appointments?|appointment\s+and\s+removal|appointments\s+and\s+removals)"
    rf"|«O(?P<o2>\d+)»\s+(?:appoints|appointed|has\s+appointed)\b",
    _FLAGS,
)
_ACR = r"(?:\s*[（(]«O\d+»[)）])?"  # "China Electronics Technology Group Corporation (CETC)"
_ORG_LIST = rf"«O\d+»{_ACR}(?:(?:,\s*|,?\s+and\s+|,?\s+as\s+well\s+as\s+)(?:the\s+)?«O\d+»{_ACR})*"
_E_MERGE = re.compile(
    rf"(?P<src>{_ORG_LIST})(?:\s*[（(]the\s+«O\d+»[)）])?(?:,\s+(?:a|an|the|one)\s+[^,«]{{1,100}},)?\s+(?:have\s+|has\s+|had\s+|were\s+|was\s+|is\s+|are\s+|will\s+be\s+|to\s+be\s+|would\s+be\s+|is\s+to\s+be\s+|shall\s+be\s+)?(?:been\s+)?"
    rf"(?:(?:entirely|wholly|fully|formally|officially)\s+)?(?:merged|combined|consolidated|amalgamated|integrated|incorporated|restructured|reorganized|reorganised)"
    rf"(?:\s+(?:and|to)\s+(?:reorganized|restructured|reorganised|reorganize|restructure))?\s+(?:into|as|to\s+form|to\s+create|forming)\s+"
    # "incorporated into and become a wholly-owned subsidiary of «O»": a merger and a stake
    rf"(?P<sub2>and\s+(?:become|becomes|became|will\s+become)\s+(?:a|an|its)\s+(?:wholly[-\s]owned\s+|fully[-\s]owned\s+)?subsidiary\s+of\s+)?(?:(?:a|the)\s+new\s+(?:[\w-]+\s+){{0,2}}?(?:company|group|entity|enterprise|conglomerate),?\s+(?:called\s+|named\s+)?)?(?:the\s+|a\s+)?(?:new\s+)?«O(?P<t>\d+)»",
    _FLAGS,
)
# "A and B will merge to form C", "A agreed to merge into B"
_E_MERGE_ACTIVE = re.compile(
    rf"(?P<src>{_ORG_LIST})\s+(?:will\s+|would\s+|to\s+|agreed\s+to\s+|plan\s+to\s+|planned\s+to\s+|are\s+to\s+|is\s+to\s+|have\s+agreed\s+to\s+)?"
    rf"(?:merge|merges|merging|combine|combines|consolidate|integrate)\s+(?:to\s+form|into|forming|to\s+create|as)\s+"
    rf"(?:(?:a|the)\s+new\s+(?:[\w-]+\s+){{0,2}}?(?:company|group|entity|enterprise|conglomerate),?\s+(?:called\s+|named\s+)?)?(?:the\s+|a\s+)?(?:new\s+)?«O(?P<t>\d+)»",
    _FLAGS,
)
_W_MERGE_ACTIVE = ("merge", "combine", "consolidate", "integrate")
# "«O», one of the leading mining groups, will take over «O»": the one taken over merges into the other
_E_TAKE_OVER = re.compile(
    rf"«O(?P<t>\d+)»{_ACR}(?:,\s+[^,«;.]{{1,100}},)?\s+(?:will\s+|would\s+|has\s+|had\s+|is\s+to\s+|agreed\s+to\s+)?(?:take|took|takes|taken)\s+over\s+(?:the\s+)?(?P<src>«O\d+»){_ACR}",
    _FLAGS,
)
_W_TAKE_OVER = ("over",)
# "«O» was taken over by «O»", "«O» completed its takeover of «O»", "«O»'s takeover of «O»"
_E_TAKEN_OVER = re.compile(
    rf"(?P<src>«O\d+»){_ACR}\s+(?:was|were|has\s+been|had\s+been|will\s+be|is\s+to\s+be|would\s+be|to\s+be)\s+(?:fully\s+|formally\s+)?taken\s+over\s+by\s+(?:the\s+)?«O(?P<t>\d+)»"
    rf"|«O(?P<t2>\d+)»{_ACR}(?:{POSS}|\s+(?:has\s+|had\s+)?(?:completed|announced|finalized|finalised|approved)\s+(?:its|the))\s+(?:planned\s+|proposed\s+)?take-?over\s+of\s+(?:the\s+)?(?P<src2>«O\d+»)(?![’']s)",
    _FLAGS,
)
_W_TAKEN_OVER = ("taken over", "takeover", "take-over")
# "A and B announced that «O» has approved their merger into a new company named C"
_E_THEIR_MERGER = re.compile(
    rf"(?P<src>{_ORG_LIST})(?:(?!«O)[^.;]|«O\d+»){{0,150}}?\btheir\s+(?:proposed\s+|planned\s+)?(?:merger|combination|consolidation|integration|amalgamation)\s+"
    rf"(?:into|to\s+form|to\s+create|forming|as)\s+(?:(?:a|the)\s+new\s+(?:[\w-]+\s+){{0,2}}?(?:company|group|entity|enterprise|conglomerate),?\s+(?:called\s+|named\s+)?)?"
    rf"(?:the\s+|a\s+)?(?:new\s+)?«O(?P<t>\d+)»",
    _FLAGS,
)
_W_THEIR_MERGER = ("their merger", "their proposed", "their planned", "their combination", "their consolidation",
                   "their integration", "their amalgamation")
_E_MERGER_OF = re.compile(
    rf"(?:merger|merging|combination|consolidation|integration|restructuring|reorganization|reorganisation|incorporation)\s+of\s+(?:the\s+)?(?P<src>{_ORG_LIST})\s+(?:into|to\s+form|to\s+create|forming|as)\s+(?:the\s+|a\s+)?(?:new\s+)?«O(?P<t>\d+)»",
    _FLAGS,
)
_E_FORMED = re.compile(
    rf"«O(?P<t>\d+)»{_ACR}\s+(?:was|is|has\s+been|had\s+been)\s+(?:formed|created)\s+(?:by|through|from)\s+(?:the\s+)?(?:(?:merger|merging|combination|integration|consolidation)\s+of\s+(?:the\s+)?|(?:merging|combining|integrating|consolidating)\s+(?:the\s+)?)?(?P<src>{_ORG_LIST})",
    _FLAGS,
)
# "Formed after the reorganization of the former A and B in 2016, «O» ..."
_ORG_LIST_FORMER = rf"(?:former\s+)?«O\d+»{_ACR}(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?(?:former\s+)?«O\d+»{_ACR})*"
_E_FORMED_FRONT = re.compile(
    rf"^\s*(?:Formed|Created|Established|Founded|Born)\s+(?:after|through|by|from|via|upon|in)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    rf"(?:reorganization|reorganisation|restructuring|merger|merging|combination|consolidation|integration)\s+(?:of|between)\s+"
    rf"(?:the\s+)?(?P<src>{_ORG_LIST_FORMER})[^,«]{{0,40}},\s+(?:the\s+)?«O(?P<t>\d+)»",
    _FLAGS,
)
# "«O», officially established in May, created through the restructuring of the former A and
# previously B": the organization before the participle, not only right before it
_PREV = r"(?:(?:former|previously|formerly|the)\s+)*"
# a list ends with its "and" item: "A, B and C, D, a maker of …" lists three
_ORG_LIST_PREV = rf"{_PREV}«O\d+»{_ACR}(?:,\s*{_PREV}«O\d+»{_ACR})*(?:,?\s+(?:and|as\s+well\s+as)\s+{_PREV}«O\d+»{_ACR})?"
_E_FORMED_THROUGH = re.compile(
    rf"«O(?P<t>\d+)»{_ACR}(?:(?!«O)[^.;]){{0,80}}?\b(?:formed|created|established|set\s+up|founded)\s+(?:through|by|from|via|after|upon|on\s+the\s+basis\s+of)\s+"
    rf"(?:the\s+)?(?:[\w-]+\s+)?(?:merger|merging|restructuring|reorganization|reorganisation|integration|consolidation|combination)\s+(?:of|between)\s+(?:the\s+)?(?P<src>{_ORG_LIST_PREV})",
    _FLAGS,
)
_W_FORMED_THROUGH = ("formed", "created", "established", "set up", "founded")
_SINGULAR_BEFORE_VERB = re.compile(r"\b(?:was|has\s+been|is)\b", _FLAGS)
# (up to 150 characters: "…, a major player in the internet and information technology industry, in late June as a
# wholly-owned subsidiary")
_AS_SUBSIDIARY = re.compile(r"[^.;«]{0,150}?\bas\s+(?:a|an|its)\s+(?:wholly[-\s]owned\s+|fully[-\s]owned\s+)?subsidiary", _FLAGS)
# "the strategic restructuring of A and B": which absorbs which is not said (one undirected MERGED_INTO)
# ("the merger of electricity producer «O» and «O»": a description may stand before either)
_E_MERGE_PAIR = re.compile(
    rf"(?:merger|restructuring|reorganization|reorganisation|integration|consolidation|combination)\s+(?:of|between)\s+(?:the\s+)?(?:{DESC})?"
    rf"«O(?P<a>\d+)»{_ACR}(?:,\s+(?:the|a|an|which|who)\s+[^,«;.]{{1,80}},)?\s+(?:and|with)\s+(?:the\s+)?(?:{DESC})?«O(?P<b>\d+)»{_ACR}(?![’']s|\s*,?\s*(?:and\s+)?«O|\s+(?:into|to\s+form|to\s+create|forming|as)\b)",
    _FLAGS,
)
# "A will merge with B", "A merged with B in 2017": which absorbs which is not said
_E_MERGE_WITH = re.compile(
    rf"«O(?P<a>\d+)»{_ACR}\s+(?:will\s+|would\s+|is\s+to\s+|plans\s+to\s+|planned\s+to\s+|agreed\s+to\s+|has\s+|had\s+|to\s+)?(?:merge|merges|merged|merging)\s+with\s+(?:the\s+)?«O(?P<b>\d+)»{_ACR}"
    # (no list: "merge with A, B and C"; "…, SASAC said" is none)
    rf"(?![’']s|\s*(?:,\s*)?and\s+«O|\s*,\s*(?:the\s+)?«O\d+»{_ACR}\s*(?:,|and\b)|\s+(?:to\s+form|to\s+create|forming|into|as)\b)",
    _FLAGS,
)
# "A and B will be restructured" (into nothing named): one undirected MERGED_INTO, as _E_MERGE_PAIR
_E_PAIR_RESTRUCTURED = re.compile(
    rf"«O(?P<a>\d+)»{_ACR}\s+and\s+(?:the\s+)?«O(?P<b>\d+)»{_ACR}\s+(?:will\s+be|are\s+to\s+be|were|have\s+been|had\s+been|would\s+be|are\s+being)\s+"
    rf"(?:jointly\s+|strategically\s+|formally\s+)?(?:restructured|reorganized|reorganised|merged|consolidated)\b(?!\s+(?:into|to\s+form|to\s+create|as|with)\b)",
    _FLAGS,
)
_FORMED_BEFORE = re.compile(r"\b(?:formed|created|established|founded|born|set\s+up)\s+(?:[\w-]+\s+){0,3}$", _FLAGS)
_E_SUBS_INCLUDE = re.compile(
    rf"subsidiaries\s+of\s+(?:the\s+)?«O(?P<p>\d+)»(?P<mid>[^«]{{0,80}}?)\s+include\s+(?P<list>.*)", _FLAGS)
_RESTRUCTURING_STORY = re.compile(r"\b(?:merg(?:e|er|ers|ed|ing)|restructur(?:e|ed|ing)|reorgani[sz](?:e|ed|ation|ing)|consolidat(?:e|ed|ion)|absorb(?:s|ed)?)\b", re.I)
_E_SUBSIDIARY = re.compile(
    rf"«O(?P<p>\d+)»{POSS}\s+(?:wholly[- ]owned\s+|listed\s+)?(?:subsidiary|unit|arm)\s+(?:,\s*)?«O(?P<c>\d+)»"
    # ("«O», the nation's third largest shipping company, will become a wholly owned subsidiary of
    # «O»": a description between; "a wholly subsidiary", "a wholly-subsidiary" are written too)
    rf"|«O(?P<c2>\d+)»{_ACR}(?:,\s+(?:the|a|an|its|one)\s+[^,«»;.]{{1,80}},)?,?\s+(?:(?:is|was|will|would|shall|has|have|had|to|now|also|then|thus|become|becomes|became|becoming|been|remain|remains|formally|officially)\s+){{0,3}}"
    rf"(?:a|an|the)\s+(?P<new2>newly[- ](?:established|founded|set[- ]up|created|formed|registered)\s+)?(?:(?:wholly|fully)(?:[- ]owned)?[- ]\s*|listed\s+)?(?:subsidiary|unit|arm)(?:\s+company|\s+firm)?\s+of\s+(?:the\s+)?«O(?P<p2>\d+)»"
    rf"|«O(?P<c3>\d+)»,?\s+(?:which\s+|that\s+)?(?:is\s+|are\s+|was\s+|were\s+)?(?:\w+ly\s+)?(?:(?P<n3>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+)?"
    rf"(?:wholly\s+|majority[- ]|fully\s+)?owned\s+by\s+(?:the\s+)?«O(?P<p3>\d+)»",
    _FLAGS,
)
_E_STAKE = re.compile(
    rf"«O(?P<p>\d+)»(?:(?!«O).){{0,60}}?\b(?:owns|holds|held|controls|acquired|took|has|own|hold|control|acquire|acquires|acquiring|take|takes|taking|"
    rf"have|had|buy|buys|bought|purchase|purchases|purchased)\s+(?:a\s+|an\s+|the\s+)?(?:(?P<n>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+)?"
    rf"(?:(?:stake|share|equity|interest|shares)\s+(?:in|of)|(?:(?<=%\s)|(?<=percent\s)|(?<=cent\s))of(?:\s+the)?(?:\s+(?:shares|equity|stock)\s+(?:in|of))?)\s+(?:the\s+)?«O(?P<c>\d+)»"
    rf"(?![’']s)",  # ("63 per cent of «O»'s pipelines" is no stake in «O»)
    _FLAGS,
)
# the shares of the others, after a stake: "… a 40 per cent share in «O» while «O» will hold 30 per cent,
# «O» 20 per cent and «O» 10 per cent"
_E_STAKE_MORE = re.compile(
    r"\s*(?:,|;)?\s*(?:while|whereas|and|with)?\s*(?:the\s+)?«O(?P<p>\d+)»(?:\s+(?:will\s+hold|will\s+have|will\s+own|will\s+take|holds|held|has|had|owns|takes|took|holding|having|taking))?"
    r"\s+(?:a\s+|an\s+)?(?P<n>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)(?!\s+(?:of|in)\b)", _FLAGS)
# "A is B's wholly-owned subsidiary"
_E_IS_SUBSIDIARY = re.compile(
    rf"«O(?P<c>\d+)»{_ACR},?\s+(?:(?:is|was|will\s+be|becomes|became|will\s+become|remains|has\s+become|now)\s+)+«O(?P<p>\d+)»{POSS}\s+"
    rf"(?:(?:wholly[- ]owned|fully[- ]owned|listed|core|main|major|key)\s+)*(?:subsidiary|unit|arm)\b", _FLAGS)
# "B transferred its 51 percent stake in A to C": C holds it now
_E_STAKE_TO = re.compile(
    rf"«O(?P<old>\d+)»{_ACR}(?:(?!«O)[^.;]){{0,40}}?\b(?:transferred|transfers|will\s+transfer|to\s+transfer|transferring|injected|injects|will\s+inject|to\s+inject|sold|sells|will\s+sell|handed\s+over)\s+"
    rf"(?:its|their|a|the|all\s+of\s+its)?\s*(?:(?P<n>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+)?(?:stake|shares|equity|holding|interest)\s+in\s+(?:the\s+)?«O(?P<c>\d+)»{_ACR}\s+"
    rf"(?:to|into)\s+(?:the\s+)?«O(?P<new>\d+)»", _FLAGS)
# "with «O» remaining as the direct shareholder" (of the company whose controller the sentence named)
_SH_KIND = r"(?:(?:direct|indirect|controlling|largest|biggest|single\s+largest|major|sole|second[- ]largest|actual)\s+)*"
_E_SHAREHOLDER = re.compile(
    rf"«O(?P<a>\d+)»,?\s+(?:\w+\s+)?(?:remaining|remains|remained|will\s+remain|to\s+remain|becomes|became|will\s+become|as|being|is|was)\s+"
    rf"(?:as\s+)?(?:the\s+|a\s+)?{_SH_KIND}shareholder(?:\s+(?:of|in)\s+(?:the\s+)?«O(?P<c>\d+)»)?",
    _FLAGS,
)
_E_SH_OF = re.compile(rf"«O(\d+)»{POSS}\s+{_SH_KIND}(?:shareholder|controller)")
# what the object is, between the verb and the name: "will absorb struggling construction group «O»",
# "bought Singapore's «O»", "acquired its smaller rival «O»" (lower-case words ending in a noun of business)
_BIZ_NOUN = (r"(?:group|company|firm|corporation|enterprise|giant|producer|maker|operator|builder|developer|conglomerate|rival|peer|"
             r"counterpart|miner|supplier|provider|player|lender|bank|insurer|carrier|manufacturer|contractor|unit|arm)")
_OBJ_DESC = (rf"(?:(?-i:[A-Z][a-z]+){POSS}\s+|(?:its\s+|the\s+|a\s+|an\s+)?(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?-(?:listed|based)\s+)?(?:(?-i:[a-z][a-z-]*),?\s+){{0,6}}?(?-i:{_BIZ_NOUN})\s+)?")
# "«O» is controlled by «O»", "«O», the parent company of «O»", "«O»'s parent company «O»", "«O» acquired «O»"
_E_PARENT = re.compile(
    rf"«O(?P<c>\d+)»{_ACR},?\s+(?:(?:is|was|are|were|has\s+been|had\s+been|will\s+be|to\s+be|now|also|which\s+is|which\s+was)\s+)*(?:wholly\s+|fully\s+|majority[- ]|jointly\s+|indirectly\s+|directly\s+)?(?:controlled|acquired|bought)\s+by\s+(?:the\s+)?«O(?P<p>\d+)»"
    rf"|«O(?P<p2>\d+)»{_ACR},?\s+(?:(?:is|was|are|were|has\s+been|had\s+been|will\s+be|becomes|became|will\s+become|remains)\s+)?(?:the\s+|a\s+|its\s+)?parent\s+(?:company\s+|group\s+|firm\s+|corporation\s+)?of\s+(?:the\s+)?«O(?P<c2>\d+)»"
    rf"|«O(?P<c3>\d+)»{POSS}\s+(?:state-owned\s+)?parent(?:\s+(?:company|group|firm|corporation))?,?\s+(?:the\s+)?«O(?P<p3>\d+)»"
    rf"|«O(?P<p4>\d+)»{_ACR}\s+(?:has\s+|had\s+|have\s+)?(?:acquired|bought|completed\s+(?:its|the)\s+acquisition\s+of)\s+(?:the\s+)?{_OBJ_DESC}«O(?P<c4>\d+)»(?![’']s|\s*[（(]?«O)",
    _FLAGS,
)
# "«O» was absorbed by «O»", "«O» absorbed «O»": the one absorbed merges into the other
_E_ABSORBED_BY = re.compile(
    rf"(?P<src>{_ORG_LIST})\s+(?:was|were|has\s+been|had\s+been|have\s+been|will\s+be|is\s+to\s+be|are\s+to\s+be|to\s+be|would\s+be)\s+(?:fully\s+|formally\s+)?absorbed\s+(?:by|into)\s+(?:the\s+)?«O(?P<t>\d+)»",
    _FLAGS,
)
_E_ABSORBS = re.compile(
    rf"«O(?P<t>\d+)»{_ACR}\s+(?:has\s+|had\s+|will\s+|would\s+|is\s+to\s+|agreed\s+to\s+)?(?:absorbed|absorb|absorbs)\s+(?:the\s+)?{_OBJ_DESC}(?P<src>«O\d+»){_ACR}(?![’']s)",
    _FLAGS,
)
_W_ABSORB = ("absorb",)
# "«O» will become part of «O»", "«O» is to be folded into «O»", "«O» joins «O» as part of the restructuring":
# the reporters' plain words for the absorbed group of a merger (kept to stories that speak of mergers or restructuring)
_E_BECOME_PART = re.compile(
    rf"(?P<src>{_ORG_LIST})(?:,\s+(?:a|an|the|one)\s+[^,«]{{1,100}},)?\s+(?:will\s+|would\s+|is\s+to\s+|are\s+to\s+|to\s+|has\s+|have\s+|had\s+|shall\s+|is\s+set\s+to\s+|are\s+set\s+to\s+)?"
    rf"(?:(?:become|becomes|became|becoming|be\s+made|been\s+made|was\s+made|were\s+made)\s+(?:a\s+|an\s+)?(?:integral\s+|full\s+)?part\s+of"
    rf"|(?:be\s+|been\s+|was\s+|were\s+|is\s+|are\s+)folded\s+into)\s+(?:the\s+)?«O(?P<t>\d+)»(?![’']s)",
    _FLAGS,
)
_W_BECOME_PART = ("part of", "folded into")
_E_ANNOUNCE_EST = re.compile(
    rf"«O(?P<a>\d+)»(?:(?!«O).){{0,40}}?\b(?:announced|announces|approved|unveiled)\s+the\s+(?:establishment|founding|creation|launch|formation)\s+of\s+(?:the\s+)?«O(?P<b>\d+)»",
    _FLAGS,
)
_E_ESTABLISHED = re.compile(
    rf"(?P<alist>{_ORG_LIST})\s+(?:jointly\s+|together\s+)?(?:has\s+|have\s+|had\s+)?(?:jointly\s+)?(?:established|founded|set\s+up|created)\s+(?:the\s+|a\s+|an\s+)?(?:new\s+)?«O(?P<b>\d+)»"
    rf"|«O(?P<b2>\d+)»(?:,\s+(?:a|an|the|one)\s+[^,«]{{1,100}},)?\s+(?:was|has\s+been|had\s+been|is)\s+(?:officially\s+|formally\s+|jointly\s+)?(?:established|founded|set\s+up|created|inaugurated|launched)"
    rf"(?:(?:(?!«O).){{0,40}}?\bby\s+(?:the\s+)?«O(?P<a2>\d+)»)?",
    _FLAGS,
)
# "«O» was jointly founded by three companies – A, B, C – and two research firms – D and E"
# "«O» established a new subsidiary, «O», in Wuhan", "«O» and «O» set up a joint venture named «O»"
_E_EST_NEW_UNIT = re.compile(
    rf"(?P<alist>{_ORG_LIST})\s+(?:jointly\s+|together\s+)?(?:has\s+|have\s+|had\s+|will\s+)?(?:jointly\s+)?(?:established|founded|set\s+up|created|launched|registered|establish|set\s+up)\s+"
    rf"(?:a|an|its|their)\s+(?:new\s+)?(?:(?P<sub>(?:wholly[- ]owned\s+|fully[- ]owned\s+|holding\s+)?(?:subsidiary|unit))|(?:joint[- ]venture|company|firm|platform)(?:\s+company)?)"
    rf"(?:,\s+|\s+(?:called|named|known\s+as)\s+)(?:the\s+)?«O(?P<b>\d+)»",
    _FLAGS,
)
_E_FOUNDED_BY = re.compile(
    rf"«O(?P<b>\d+)»(?:,\s+(?:a|an|the|one)\s+[^,«]{{1,100}},)?\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:\w+ly\s+)?"
    rf"(?:established|founded|set\s+up|created|launched|co-founded)\s+(?:\w+ly\s+)?by\s+", _FLAGS)
_COUNT_WORD = r"(?:\d+|one|a|an|two|three|four|five|six|seven|eight|nine|ten|several|other|its)"
_FOUNDER_TOK = re.compile(
    rf"(?:the\s+)?«O(\d+)»{_ACR}|\s+|,|and\b|as\s+well\s+as\b|[–—:]|-(?=\s)|(?:together|jointly)\b"
    rf"|{_COUNT_WORD}\s+(?:[\w-]+\s+){{0,2}}?(?:compan(?:y|ies)|firms?|enterprises?|groups?|institutes?|institutions?|"
    rf"universit(?:y|ies)|shareholders?|investors?|partners?|entit(?:y|ies)|SOEs?|corporations?|organi[sz]ations?)\b", _FLAGS)


def _founders(tpl: str, pos: int) -> list[str]:
    """Organizations listed from ``pos``, through counted groups and dashes, to the first other word."""
    out = []
    n = len(tpl)
    while pos < n:
        m = _FOUNDER_TOK.match(tpl, pos)
        if not m or m.end() == pos:
            break
        if m.group(1):
            out.append(m.group(1))
        pos = m.end()
    return out


_E_DIRECTLY_UNDER = re.compile(
    rf"«O(?P<a>\d+)»(?:(?!«O).){{0,120}}?\b(?:directly\s+under|affiliated\s+(?:to|with)|a\s+(?:unit|department|bureau|division|agency)\s+of|part\s+of)\s+(?:the\s+)?«O(?P<b>\d+)»",
    _FLAGS,
)
# "the Public Work Bureau under the SASAC": a unit of a body, by its head word
_E_UNIT_UNDER = re.compile(r"«O(?P<a>\d+)»\s+(?:directly\s+)?under\s+(?:the\s+)?«O(?P<b>\d+)»", _FLAGS)
_UNIT_HEAD = re.compile(r"\b(?:Bureau|Department|Office|Division|Center|Centre|Institute|Academy|School|Committee|Commission|Administration|Agency|Secretariat)(?:\s+(?:[IVX]+|No\.\s?\d+))?$")
_E_SUPERVISED = re.compile(
    rf"«O(?P<a>\d+)»(?:(?!«O).){{0,80}}?\b(?:under\s+(?:the\s+)?(?:direct\s+|overall\s+|unified\s+|centralized\s+|centralised\s+)?(?:supervision|oversight|administration|jurisdiction|leadership|management|regulation)\s+(?:of|by)|reports?\s+to|(?:(?:is|are|was|were)\s+)?(?:directly\s+)?supervised\s+by|overseen\s+by)\s+(?:the\s+)?«O(?P<b>\d+)»"
    rf"|«O(?P<b2>\d+)»(?:,\s+which)?\s+(?:directly\s+)?(?:supervises|oversees|supervised|oversaw)\s+(?:the\s+)?(?P<list>{_ORG_LIST})",
    _FLAGS,
)
# "«O» is administered by SASAC": supervision where a state organ administers
_E_ADMINISTERED = re.compile(
    rf"«O(?P<a>\d+)»{_ACR},?\s+(?:(?:is|are|was|were|has\s+been|have\s+been|which\s+is|now)\s+)*(?:directly\s+)?(?:administered|managed|regulated)\s+by\s+(?:the\s+)?«O(?P<b>\d+)»",
    _FLAGS,
)
# "«O», established in 2021 by «O», …"
_E_EST_APPOS = re.compile(
    rf"«O(?P<b>\d+)»{_ACR},\s+(?:which\s+was\s+)?(?:jointly\s+|formally\s+|officially\s+)?(?:established|founded|set\s+up|created)\s+"
    rf"(?:(?:in|on)\s+(?:\w+\s+){{0,2}}?\d{{4}}\s+)?by\s+(?:the\s+)?«O(?P<a>\d+)»",
    _FLAGS,
)
# A list whose items may carry a short description: "«O», Asia's top oil refiner, and «O»"
_ORG_LIST_APPOS = rf"«O\d+»{_ACR}(?:(?:\s*,\s*[^«,.;]{{1,40}}?)?(?:,\s*|,?\s+and\s+)(?:the\s+)?«O\d+»{_ACR})*"
# "«O» is directly responsible for more than 90 state-owned companies, including «O» and «O»",
# "«O» oversees central enterprises such as «O», «O» and «O»"
_E_SUPERVISES_SOME = re.compile(
    rf"«O(?P<b>\d+)»(?:(?!«O)[^.;]){{0,60}}?\b(?:supervises|oversees|supervised|oversaw|manages|administers|(?:is|was|are|were)\s+(?:directly\s+)?(?:responsible\s+for|in\s+charge\s+of))\s+"
    rf"(?:(?!«O)[^.;]){{0,60}}?\b(?:companies|enterprises|SOEs|firms|groups|conglomerates|businesses)\s*,?\s+(?:including|such\s+as|among\s+them|like)\s+(?:the\s+)?(?P<list>{_ORG_LIST_APPOS})",
    _FLAGS,
)
_E_INVESTOR = re.compile(
    r"(?:«O(?P<a>\d+)»|\b(?P<it>[Ii]t)\b)(?:(?!«O).){0,80}?\b(?:performs?|performing|exercises?|exercising|fulfil(?:l?s)?|fulfilling|acts?\s+as|plays?|assumes?)\s+"
    r"(?:the\s+)?(?:role\s+of\s+(?:the\s+)?)?(?:investor|shareholder)(?:[’']s)?(?:\s+(?:role|responsibilities|duties|functions))?\s+(?:in|for|of|over)\s+(?P<rest>.*)",
    _FLAGS,
)
_E_COOP = re.compile(
    r"\b(?:cooperat\w*|co-operat\w*|collaborat\w*|partnerships?|partner\w*|agreements?|memorand(?:um|a)|MoUs?|alliances?|ties"
    # "inked a deal with", "formed a joint venture with", "teamed up / joined hands with"
    r"|deals?|contracts?|pacts?|joint\s+ventures?|team(?:ed|s|ing)?\s+up|join(?:ed|s|ing)?\s+(?:hands|forces)|work(?:ed|s|ing)?\s+together)\s+"
    r"(?:(?:of\s+\w+\s+)?with|between)\s+"
    r"(?P<objs>(?:(?:the|other|relevant|several|\w+,?\s+such\s+as|such\s+as|including|and|\s|,)+)?«O\d+»"
    r"(?:(?:,\s*|\s+|,?\s+and\s+|,?\s+as\s+well\s+as\s+)(?:the\s+)?«O\d+»)*)",
    _FLAGS,
)
# "The agreement was signed by A and B"; "A and B agreed to deepen cooperation"
_E_SIGNED_BY = re.compile(rf"\b(?:agreement|memorandum|MoU|contract|deal)\s+(?:was|were|has\s+been|had\s+been|is)\s+signed\s+by\s+(?:the\s+)?(?P<list>{_ORG_LIST})", _FLAGS)
_E_AGREED_COOP = re.compile(
    rf"(?P<list>{_ORG_LIST})\s+(?:have\s+|has\s+)?(?:agreed|pledged|vowed|decided|promised)\s+to\s+(?:further\s+)?"
    rf"(?:deepen|strengthen|expand|enhance|step\s+up|boost|promote|intensify)\s+(?:their\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?(?:cooperation|collaboration|partnership|ties)",
    _FLAGS,
)
# ("reached formally a framework agreement": an agreement reached or concluded is one signed)
_E_SIGNED = re.compile(rf"(?P<list>{_ORG_LIST})\s+(?:"  # (one list, then what its members did: one try per list)
                       rf"(?:have\s+|has\s+|had\s+|to\s+)?(?:formally\s+|officially\s+|jointly\s+)?"
                       rf"(?:signed|signing|signs|sign|inked|inking|inks|ink|reached|reach|concluded|conclude)\s+(?:formally\s+|officially\s+)?(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,4}}?(?:agreements?|memorand(?:um|a)|MoUs?|contracts?|deals?|pacts?)\b"
                       # "A and B formed a joint venture", "entered into a strategic partnership"
                       rf"|(?:have\s+|has\s+|had\s+|will\s+|to\s+|agreed\s+to\s+|plan\s+to\s+|planned\s+to\s+)*(?:jointly\s+)?(?:formed|form|set\s+up|established|establish|entered\s+into|enter\s+into|forged|forge|launched)\s+"
                       rf"(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:joint\s+venture|partnership|alliance)"
                       rf"|(?P<bare>(?:will\s+|would\s+|to\s+|also\s+|have\s+|has\s+|agreed\s+to\s+|have\s+agreed\s+to\s+|plan\s+to\s+|are\s+to\s+)*(?:further\s+|jointly\s+|closely\s+)?"
                       rf"(?:cooperate|cooperated|co-operate|collaborate|collaborated|partner|partnered|team\s+up|teamed\s+up|join\s+hands|joined\s+hands|join\s+forces|joined\s+forces|work\s+together|worked\s+together)\b))", _FLAGS)
_AND_IN_LIST = re.compile(r"\band\b|&|\bas\s+well\s+as\b", _FLAGS)


# A counted group named instead of its members, bound to the list that names them:
# "«O» signed agreements with nine central enterprises. The nine central enterprises include A, B, ..."
_NUMS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                    "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
_NUM = r"(?P<n>\d{1,3}|" + "|".join(w for w in _NUMS if w not in ("zero", "one")) + r")"
_SET_NOUN = (r"(?:enterprises|companies|firms|SOEs|groups|corporations|banks|institutions|universities|institutes|"
             r"organizations|organisations|entities|investors|partners|steelmakers|giants|conglomerates)")
_SET_NP = rf"{_NUM}\s+(?P<np>(?:[\w-]+\s+){{0,3}}?{_SET_NOUN})\b"
# (matched where "with" is, the agreement looked for before it: a pattern opening with the
# agreement words would be tried at most letters)
_E_SET_COOP = re.compile(rf"with\s+(?:the\s+|other\s+)?{_SET_NP}(?P<rest>.*)", _FLAGS)
_COOP_BEFORE = re.compile(
    r"(?:cooperat\w*|co-operat\w*|collaborat\w*|partnerships?|agreements?|memorand\w*|MoUs?|deals?|contracts?|ties)\s+"
    r"(?:\w+\s+){0,2}?$", _FLAGS)
# the members: in the same sentence after the group, or in one of the next two sentences
_E_SET_SAME = re.compile(rf"^\s*(?:,\s*|\s+)(?:including|namely|such\s+as|[–—:]|-\s)\s*(?:the\s+)?(?P<list>{_ORG_LIST})", _FLAGS)
_E_SET_LIST = re.compile(
    rf"^\s*(?:The|These|Those|the)\s+(?:{_NUM}\s+)?(?P<np>(?:[\w-]+\s+){{0,3}}?{_SET_NOUN})\s*,?\s+"
    rf"(?:include|includes|included|are|were|is|namely)\s*(?:namely\s+|:\s*)?(?:the\s+)?(?P<list>{_ORG_LIST})", _FLAGS)


def _matches_at(rx: re.Pattern, tpl: str, low: str | None, words: tuple[str, ...], skip: int = 0) -> list:
    """``rx.finditer(tpl)`` for a pattern whose every match starts where one of ``words`` does (after
    ``skip`` characters of it), by ``rx.match`` there: one str.find per word instead of a try at
    every letter. ``low``: the template lower-cased (``_latin_low``; None: finditer)."""
    if low is None:
        return list(rx.finditer(tpl))
    found = []
    for w in words:
        k = low.find(w)
        while k >= 0:
            m = rx.match(tpl, k + skip)
            if m:
                found.append(m)
            k = low.find(w, k + 1)
    if len(found) > 1:
        found.sort(key=lambda x: x.start())
        out, end = [], -1
        for m in found:  # no overlaps, as finditer gives
            if m.start() >= end:
                out.append(m)
                end = m.end()
        return out
    return found


def _set_count(word: str | None) -> int | None:
    if word is None:
        return None
    return int(word) if word.isdigit() else _NUMS.get(word.lower())


def _en_sets(r: _R, low: str) -> None:
    """A relation to "nine central enterprises" is a relation to each of the nine, once they are named."""
    tpl, ctx = r.tpl, r.ctx
    pend = getattr(ctx, "pending_set", None)
    if pend is not None and ("the " in low or "these " in low or "those " in low):
        lm = _E_SET_LIST.match(tpl)
        if lm and ctx.sents.count(pend["sent"], ctx.sent_start, 3) <= 2:
            members = [x for x in _nums(lm.group("list")) if r.t(x) in _BUSINESS]
            head = lm.group("np").split()[-1].lower()
            n = _set_count(lm.group("n"))
            if head == pend["head"] and (n is None or n == pend["n"]) and len(members) == pend["n"]:
                for x in members:
                    ctx.add_rel(pend["type"], pend["src"], r.k(x), r.sent, "en.counted_set", 0.7, date=pend["date"])
                ctx.pending_set = None
    if " with " not in low:
        return
    for m in _matches_at(_E_SET_COOP, tpl, low if len(low) == len(tpl) else None, (" with ",), 1):
        if not _COOP_BEFORE.search(tpl, max(0, m.start() - 60), m.start()):
            continue
        subj = [x for x in _nums(tpl[:m.start()]) if r.t(x) not in ("Person", "Event", "")]
        n = _set_count(m.group("n"))
        if not subj or not n:
            continue
        src = r.k(subj[-1])
        sm = _E_SET_SAME.match(m.group("rest"))
        if sm:
            members = [x for x in _nums(sm.group("list")) if r.t(x) in _BUSINESS]
            if len(members) == n:
                for x in members:
                    r.rel("COOPERATES_WITH", src, r.k(x), "en.counted_set", 0.75, date=_sent_date(r))
            continue
        ctx.pending_set = {"type": "COOPERATES_WITH", "src": src, "n": n, "head": m.group("np").split()[-1].lower(),
                           "sent": ctx.sent_start, "date": _sent_date(r)}


_GATES: dict[str, re.Pattern] = {}
# The literal words of the gates: one Aho-Corasick pass over a sentence finds all that are
# there, instead of one regular-expression search per gate (~15 per English sentence).
_GATE_LITERALS = re.compile(r"[a-z %'\-]+(?:\|[a-z %'\-]+)*")
_GATE_IDS: dict[str, frozenset[int]] = {}  # gate -> ids of its words
_GATE_WORDS: dict[str, int] = {}  # word -> id
# The automaton, and (the automaton used, the last sentence, the ids found there): one tuple,
# replaced whole, so that threads sharing the module never read a half-updated cache.
_GATE_STATE: list = [None, (None, None, frozenset())]


def _gate(low: str, kw: str) -> bool:
    """Cheap test before an expensive rule: does the sentence contain one of its trigger words?

    ``kw`` is words joined by "|", as a regular expression of literals (same answer).
    """
    ids = _GATE_IDS.get(kw)
    if ids is None:
        if not _GATE_LITERALS.fullmatch(kw):
            rx = _GATES.get(kw) or _GATES.setdefault(kw, re.compile(kw))
            return rx.search(low) is not None
        import ahocorasick

        ids = _GATE_IDS[kw] = frozenset(_GATE_WORDS.setdefault(w, len(_GATE_WORDS)) for w in kw.split("|"))
        ac = ahocorasick.Automaton()
        for w, i in _GATE_WORDS.items():
            ac.add_word(w, i)
        ac.make_automaton()
        _GATE_STATE[0] = ac  # a new gate: a new automaton (what was found with the old one is not used)
    cur = _GATE_STATE[1]  # (automaton used, sentence, ids found): read whole, no unpacking
    if cur[1] is not low or cur[0] is not _GATE_STATE[0]:
        ac = _GATE_STATE[0]
        cur = (ac, low, frozenset([i for _, i in ac.iter(low)]))
        _GATE_STATE[1] = cur
    return not ids.isdisjoint(cur[2])


def _en_investor(r: _R, low: str) -> None:
    """"«O» performs the investor's role for «O»" / "It performs ..." (the subject of the sentence before)."""
    for m in _E_INVESTOR.finditer(r.tpl) if _gate(low, 'investor|shareholder') else ():
        subj = r.k(m.group("a")) if m.group("a") else r.ctx.last_subject
        if not subj:
            continue
        for c in _nums(m.group("rest")):
            if r.t(c) in ("CentralSOE", "Company"):
                r.rel("SUPERVISES", subj, r.k(c), "en.investor_role", 0.8)


_E_REMOVED = re.compile(r"\b(?:were|was|been)\s+(?:removed|dismissed|relieved)\b", _FLAGS)

# Words every match of a rule holds (lower case): the rule runs only where one of them is in the
# lower-cased template, when that template is Latin-1 (no Latin-1 character but A-Z matches an
# ASCII letter ignoring case, and lower() keeps its length: the test answers as re.I would).
_W_OF_THE = ("of the company|of the group|of the corporation|of the enterprise|of the conglomerate|of the firm|at the company|at the group"
             "|the company's|the group's|the company’s|the group’s|the corporation's|the corporation’s")
_W_ANNOUNCE_APPT = ("announce", "approve", "decided", "appoint")
_W_MERGE = ("merged", "combined", "consolidated", "amalgamated", "integrated", "incorporated", "restructured", "reorganized", "reorganised")
_W_MERGER_OF = ("merger", "merging", "combination", "consolidation", "integration", "restructuring", "reorganization", "reorganisation", "incorporation")
_W_FORMED = ("formed", "created")
_W_MERGE_PAIR = ("merger", "restructuring", "reorganization", "reorganisation", "integration", "consolidation", "combination")
_W_FORMED_FRONT = ("reorgani", "restructuring", "merg", "combination", "consolidation", "integration")


def _latin_low(tpl: str) -> str | None:
    """``tpl.lower()`` when ``tpl`` is Latin-1, else None (then every rule runs)."""
    try:
        tpl.encode("latin-1")
    except UnicodeEncodeError:
        return None
    return tpl.lower()


def _may(low: str | None, words: tuple[str, ...]) -> bool:
    """Can a rule whose every match holds one of ``words`` match? (always, without ``low``)"""
    if low is None:
        return True
    for w in words:
        if w in low:
            return True
    return False


# "The new 'X Corporation' is expected to …": what "the new entity" refers to later, where no
# founding sentence named it
_E_THE_NEW_NAMED = re.compile(
    r"\s*The\s+(?:new|newly[- ](?:launched|established|founded|formed|created|set[- ]up|merged))\s+"
    r"(?:(?:company|group|entity|enterprise|firm|corporation),?\s+)?[‘'“\"]?«O(\d+)»")


def _en(r: _R) -> None:
    tpl, ctx = r.tpl, r.ctx
    low = tpl.lower()
    lat = _latin_low(tpl)
    if ctx.new_org is None and "he new" in tpl:
        nm = _E_THE_NEW_NAMED.match(tpl)
        if nm and r.t(nm.group(1)) in ("CentralSOE", "Company"):
            ctx.new_org = r.k(nm.group(1))
    if "he " in low and (" as " in low or " was " in low or " is " in low or " been " in low or "became" in low):
        _en_pronoun(r)
    if tpl[:1] in _BULLET or tpl.lstrip()[:1] in _BULLET:
        _en_bullet_posts(r)
    if len(r.idx) < 2:
        # one mention states no relation by itself; only discourse state and "It ..." rules apply
        if _gate(low, 'announc|approv|decid|appoint'):
            _appointer(r, lat)
        _en_investor(r, low)
        _en_establish(r, low)  # "X was established": X is what "the new group" refers to
        if " with " in low or getattr(ctx, "pending_set", None) is not None:
            _en_sets(r, low)
        if "«P" in tpl and _gate(low, _W_OF_THE):  # "said «P», chairman of the company", the company named before
            for m in _E_APPOS_HEAD.finditer(tpl):
                _en_title_of_the(r, m.group(1), m.end(), "former" if m.group("prev") else None)
        _en_two(r, low)
        return
    hp_order: list[tuple[str, str, str]] = []  # (person, org, title) in order, for "replaced by"

    def hold(p, o, title, rule, conf, status=None):
        t, st = _title_en(title)
        if status:
            st = status
        if r.t(p) != "Person" or r.t(o) in ("Person", "Event", ""):
            return
        r.rel("HOLDS_POSITION", r.k(p), r.k(o), rule, conf, title=t, status=st)
        hp_order.append((r.k(p), r.k(o), t))

    has_p = "«P" in tpl  # every rule about a person's title needs a person placeholder
    has_po = has_p and "«O" in tpl  # (and an organization, for the rules added for recall)
    # "«P», TITLE of «O» and TITLE of «O»" / "«P», «O»'s TITLE"
    for m in _E_APPOS_HEAD.finditer(tpl) if has_p else ():
        p = m.group(1)
        pos = m.end()
        st = "former" if m.group("prev") else None
        first = True
        while True:
            sm = _E_SEG.match(tpl, pos)
            if not sm:
                if first and "the " in low:
                    _en_title_of_the(r, p, pos, st)
                im = _E_SEG_ITS.match(tpl, pos) if "its " in low else None
                if im:  # "«P», president of «O», and «P», its general manager": the organization named last before
                    before = [o for o in _nums(tpl[:pos]) if r.t(o) in _BUSINESS]
                    if before:
                        hold(p, before[-1], im.group("t"), "en.its_title", 0.75, status=st)
                gm = _E_BARE_GOV_TITLE.match(tpl, pos) if "overnor" in low or "ayor" in low else None
                o = _context_org(r, pos, gm.group("t")) if gm else None
                if o is not None:  # "«P», Deputy Secretary of «O» and Governor,": the province's government
                    hold(p, o, gm.group("t"), "en.title_of", 0.75, status=st)
                break
            first = False
            if sm.group("o1"):
                hold(p, sm.group("o1"), sm.group("t1"), "en.title_of", 0.9, status=st)
            elif sm.group("o2"):
                hold(p, sm.group("o2"), sm.group("t2"), "en.org_title", 0.9, status=st)
            else:
                hold(p, sm.group("o3"), sm.group("t3"), "en.org_title", 0.85, status=st)
            pos = sm.end()
            sep = _E_SEP.match(tpl, pos)
            if not sep:
                break
            pos = sep.end()
    # "«O»'s TITLE «P» and «P»", "TITLE of «O» «P»", "former TITLE «P»"
    for m in _E_TITLE_BEFORE.finditer(tpl) if has_p and _p_after_word(tpl) else ():
        more = m.group("more")
        persons = [m.group("p")] + _nums(more, "P")
        own: list[tuple[str, str, int]] = []  # people after "and" with a title of their own, read apart
        for tm in _MORE_TITLED.finditer(more) if more else ():
            tc = _title_en(tm.group("t"))[0].lower()
            # ("Sinopec Group Chairman «P» and President «P»": the second title is at the same
            # organization; "and Vice Premier «P»", "and Mayor «P»" are posts of the state or a place)
            if m.group("o1") and not ((tc in EN_STATE_TITLES and r.t(m.group("o1")) not in _BUSINESS)
                                      or EN_PLACE_GOV_TITLES.search(tc) or "premier" in tc or "minister" in tc):
                continue
            persons = [p for p in persons if str(p) != tm.group("p")]
            own.append((tm.group("p"), tm.group("t"), m.start("more") + tm.start("t")))
        o = m.group("o1") or m.group("o2")
        title = m.group("t")
        t_clean, st = _title_en(title)
        if m.group("pre") and m.group("pre").lower() in ("former", "ex-", "outgoing", "late"):
            st = "former"
        if o is None:
            o = _context_org(r, m.start(), t_clean)
            conf = 0.6
        else:
            conf = 0.85
        if _E_REMOVED.search(tpl, m.end()):
            st = "former"
        for p in persons if o is not None else ():
            hold(p, o, title, "en.title_person", conf, status=st)
        for p, t2, pos in own:  # as a match of their own would read them: the organization from context
            t2_clean, st2 = _title_en(t2)
            if re.match(r"(?:former|ex-|outgoing|late)\b", t2, re.I):
                st2 = "former"
            o2 = _context_org(r, pos, t2_clean)
            if o2 is not None:
                hold(p, o2, t2, "en.title_person", 0.6, status="former" if _E_REMOVED.search(tpl, m.end()) else st2)
    for m in _E_P_OF.finditer(tpl) if has_po and " of " in low else ():
        tm = _TITLE_ENDING.search(tpl, max(0, m.start() - 80), m.start())
        if tm is None:
            continue
        t_clean = _title_en(tm.group("t"))[0].lower()
        if not (t_clean in EN_STATE_TITLES and r.t(m.group("o")) == "GovernmentBody"):  # "President X of China": a state office
            hold(m.group("p"), m.group("o"), tm.group("t"), "en.title_p_of", 0.8)
    for m in _E_O_AND_TITLE_P.finditer(tpl) if has_po and " and " in low else ():
        tm = _TITLE_OF_ENDING.search(tpl, max(0, m.start() - 80), m.start())
        if tm is not None:
            hold(m.group("p"), m.group("o"), tm.group("t"), "en.title_of_and_title", 0.8)
    m = _E_TITLE_OF_COMMA.match(tpl) if has_p else None
    if m:
        hold(m.group("p"), m.group("o"), m.group("t"), "en.title_of_comma", 0.8)
    for m in _E_TITLE_OF_COMMA_MID.finditer(tpl) if has_p and ("while " in low or "whereas " in low or "but " in low or ";" in low) else ():
        hold(m.group("p"), m.group("o"), m.group("t"), "en.title_of_comma", 0.8)
    # "«P» was appointed TITLE of «O»"
    appointer = _appointer(r, lat)
    appt = has_p and _gate(low, 'appoint|named|elected|promoted|nominat|tapped|chosen')
    for m in _appointed_matches(tpl) if appt else ():
        p, o = m.group("p"), m.group("o") or m.group("o0")
        if o is None:
            continue
        hold(p, o, m.group("t"), "en.appointed", 0.9, status="current")
        # ("the decision of the Party Central Committee and the State Council": both appoint)
        for a in ([appointer] + [x for x in r.ctx.appointers[1:] if x != appointer]) if appointer else ():
            r.rel("APPOINTS", a, r.k(p), "en.appointed", 0.85, title=_title_en(m.group("t"))[0],
                  date=None)
        rep = re.match(rf"(?:\s*[（(]«O\d+»[)）])?\s*,?\s*(?:replacing|succeeding|who\s+replaces|taking\s+over\s+from)\s+«P(\d+)»",
                       m.group("rest"), _FLAGS)
        if rep:
            hold(rep.group(1), o, m.group("t"), "en.replacing", 0.7, status="former")
    for m in _E_TO_APPOINT.finditer(tpl) if appt and " to " in low else ():
        o = m.group("o0") or m.group("o")
        t = m.group("t0") or m.group("t")
        if o is not None:
            hold(m.group("p"), o, t, "en.to_appoint", 0.8, status="current")
        if r.t(m.group("a")) in ("GovernmentBody", "PartyOrgan", "CentralSOE", "Company", "Institution") \
                and r.t(m.group("p")) == "Person":
            r.rel("APPOINTS", r.k(m.group("a")), r.k(m.group("p")), "en.to_appoint", 0.8, title=_title_en(t)[0],
                  date=_sent_date(r))
    for m in _E_APPOINTS_ACTIVE.finditer(tpl) if has_p and _gate(low, 'appoint|named|names|nominated') else ():
        a, p, t = ((m.group("a"), m.group("p"), m.group("t")) if m.group("a") else
                   (m.group("a2"), m.group("p2"), m.group("t2")) if m.group("a2") else (m.group("a3"), m.group("p3"), m.group("t3")))
        # "SASAC appointed «P» as the group's general manager": the group is not the state organ that appoints
        if m.group("o") or not (r.t(a) in ("GovernmentBody", "PartyOrgan") and "its" not in m.group(0)[-len(t) - 12:].lower()):
            hold(p, m.group("o") or a, t, "en.appoints", 0.85, status="current")
        if r.t(a) in ("GovernmentBody", "PartyOrgan", "CentralSOE", "Company", "Institution") and not m.group("a3"):
            r.rel("APPOINTS", r.k(a), r.k(p), "en.appoints", 0.85, title=_title_en(t)[0], date=_sent_date(r))
    for m in _E_IS_TITLE.finditer(tpl) if has_po and _gate(low, ' is | was | been | be | remain') else ():
        v, adv = m.group("v").lower(), (m.group("adv") or "").strip().lower()
        past = v in ("was", "had been", "remained") or adv in ("previously", "formerly", "once", "then")
        o, t = (m.group("o0"), m.group("t0")) if m.group("o0") else (m.group("o"), m.group("t"))
        hold(m.group("p"), o, t, "en.is_title", 0.8, status="former" if past else "current")
    for m in _E_HEADS.finditer(tpl) if has_po and _gate(low, 'head|lead|led') else ():
        if m.group("p"):
            v, adv = m.group("v").lower(), (m.group("adv") or "").strip().lower()
            past = v in ("headed", "had headed", "led", "had led") or adv in ("previously", "formerly", "once", "then")
            hold(m.group("p"), m.group("o"), "head", "en.heads", 0.75, status="former" if past else "current")
        elif m.group("p2"):
            hold(m.group("p2"), m.group("o2"), "head", "en.heads", 0.75, status="current")
        else:
            hold(m.group("p3"), m.group("o3"), "head", "en.heads", 0.75)
    for m in _E_HEADS_MORE.finditer(tpl) if has_po and _gate(low, 'head|lead|led|ran|run|helm|steer|take|chair') else ():
        if m.group("p"):
            v, adv = m.group("v").lower(), (m.group("adv") or "").strip().lower()
            past = v.startswith(("had", "headed", "led", "ran", "helmed", "steered")) or adv in ("previously", "formerly", "once", "then")
            hold(m.group("p"), m.group("o"), "head", "en.heads", 0.7, status="former" if past else "current")
        elif m.group("p1"):
            v, adv = m.group("v1").lower(), (m.group("adv1") or "").strip().lower()
            past = v.startswith(("had", "ran", "helmed", "steered", "chaired")) or adv in ("previously", "formerly", "once", "then")
            hold(m.group("p1"), m.group("o1"), "chairman" if "chair" in v else "head", "en.heads", 0.7, status="former" if past else "current")
    for m in _E_IS_TITLE_APPOS.finditer(tpl) if has_po and _gate(low, ' is | was | been | remain') else ():
        v, adv = m.group("v").lower(), (m.group("adv") or "").strip().lower()
        past = v in ("was", "had been", "remained") or adv in ("previously", "formerly", "once", "then")
        hold(m.group("p"), m.group("o"), m.group("t"), "en.is_title", 0.75, status="former" if past else "current")
    for m in _E_ITS_TITLE_P.finditer(tpl) if has_po and "its " in low else ():
        before = {r.k(o) for o in _nums(tpl[:m.start()]) if r.t(o) not in ("Person", "Event", "")}
        if len(before) == 1:
            o = next(o for o in _nums(tpl[:m.start()]) if r.t(o) not in ("Person", "Event", ""))
            hold(m.group("p"), o, m.group("t"), "en.its_title", 0.75)
    for m in _E_HEADS_TO.finditer(tpl) if has_po and _gate(low, 'to head|to lead|to run|to helm|to take') else ():
        hold(m.group("p2"), m.group("o2"), "head", "en.heads", 0.75, status="current")
    for m in _E_HIS_POST_AS.finditer(tpl) if has_po and _gate(low, 'post as|position as|role as|job as|office as') else ():
        hold(m.group("p"), m.group("o"), m.group("t"), "en.his_post_as", 0.75, status="former" if m.group("from") else None)
    for m in _E_THE_TITLE_APPOS.finditer(tpl) if has_po and ", «P" in tpl else ():
        if _PERSON_TITLE_OPEN.search(tpl, max(0, m.start() - 80), m.start()):
            continue  # "«P», Secretary of the Party Committee and Chairman of «O», «P»": the title of the one before
        pre = (m.group("pre") or "").strip().lower()
        hold(m.group("p"), m.group("o"), m.group("t"), "en.the_title_appos", 0.75,
             status="former" if pre in ("former", "outgoing", "then") else None)
        if m.group("as"):
            hold(m.group("p"), m.group("o2"), m.group("t2"), "en.the_title_appos", 0.75, status="current")
    for m in _E_ORG_TITLE_COMMA.finditer(tpl) if has_po and "," in tpl else ():
        pre = (m.group("pre") or "").strip().lower()
        hold(m.group("p"), m.group("o"), m.group("t"), "en.org_title_comma", 0.8,
             status="former" if pre in ("former", "outgoing") else None)
    for m in _E_BODY_NAMED.finditer(tpl) if has_po and _gate(low, 'appoint|named|names|nominated') else ():
        if r.t(m.group("a")) in ("GovernmentBody", "PartyOrgan") and r.t(m.group("p")) == "Person":
            r.rel("APPOINTS", r.k(m.group("a")), r.k(m.group("p")), "en.body_named", 0.8, title=_title_en(m.group("t"))[0],
                  date=_sent_date(r))
    for m in _E_APPOINTMENT_OF.finditer(tpl) if has_po and _gate(low, 'appointment of|nomination of|election of') else ():
        hold(m.group("p"), m.group("o"), m.group("t"), "en.appointment_of", 0.8, status="current")
        if m.group("a") and r.t(m.group("a")) in ("GovernmentBody", "PartyOrgan") and r.t(m.group("p")) == "Person":
            r.rel("APPOINTS", r.k(m.group("a")), r.k(m.group("p")), "en.appointment_of", 0.8, title=_title_en(m.group("t"))[0],
                  date=_sent_date(r))
    for m in _E_HAS_NEW.finditer(tpl) if has_po and " a new " in low else ():
        hold(m.group("p"), m.group("o"), m.group("t"), "en.has_new", 0.75, status="current")
    for m in _E_JOINED_AS.finditer(tpl) if has_po and _gate(low, 'joined|joins|moved to|transferred to|returned to') else ():
        hold(m.group("p"), m.group("o"), m.group("t"), "en.joined_as", 0.7, status="current" if m.group("v").lower() == "joins" else "unknown")
    for m in _E_TOOK_UP.finditer(tpl) if has_po and _gate(low, 'took|takes|taken|take|taking|assum|stepped in|steps in|step in|installed') else ():
        pm = _E_POST_AT.match(tpl, m.end())
        if pm is None:
            continue
        p = m.group("p") or m.group("p2")
        hold(p, pm.group("o"), pm.group("t"), "en.took_up", 0.8, status="current")
        if appointer and r.t(p) == "Person":
            r.rel("APPOINTS", appointer, r.k(p), "en.took_up", 0.75, title=_title_en(pm.group("t"))[0])
    for m in _E_PROMOTION.finditer(tpl) if has_po and _gate(low, 'promotion|appointment|nomination|election') else ():
        a, p, o, t = m.group("a"), m.group("p"), m.group("o"), m.group("t")
        body = a is not None and r.t(a) in ("GovernmentBody", "PartyOrgan")
        if o is None and a is not None and not body:
            o = a  # "«O» announced «P»'s promotion to vice president": its own officer
        if o is not None:
            hold(p, o, t, "en.promotion", 0.8, status="current")
        if a is not None and r.t(a) in ("GovernmentBody", "PartyOrgan", "CentralSOE", "Company", "Institution") \
                and r.t(p) == "Person":
            r.rel("APPOINTS", r.k(a), r.k(p), "en.promotion", 0.75, title=_title_en(t)[0], date=_sent_date(r))
    for m in _E_LEFT_POST.finditer(tpl) if has_p and _gate(low, 'resign|stepped down|steps down|step down|retire|quit') else ():
        hold(m.group("p"), m.group("o"), m.group("t"), "en.left_post", 0.8, status="former")
    for m in _E_BECOMES.finditer(tpl) if has_p and _gate(low, 'who |took over|takes over|take over|taken over|became|become|was made|succeed|replace') else ():
        was = (m.group("was") or "").lower()
        hold(m.group("p"), m.group("o"), m.group("t"), "en.becomes", 0.8,
             status="former" if was in ("was", "had been") else "current")
        if m.group("q"):
            hold(m.group("q"), m.group("o"), m.group("t"), "en.succeeded", 0.75, status="former")
    for m in _E_SERVED_AS.finditer(tpl) if has_p and _gate(low, 'serv|work') else ():
        v, pre = m.group("v").lower(), (m.group("pre") or "").strip().lower()
        if pre in ("after", "before", "previously", "formerly", "once") or v in ("served", "had served", "worked", "had worked"):
            status = "former"
        elif v in ("serves", "works", "is serving", "has served", "have served", "has worked") or v.startswith(("will", "would", "to ", "continue")):
            status = "current"
        else:
            status = "unknown"
        hold(m.group("p"), m.group("o"), m.group("t"), "en.served_as", 0.8, status=status)
    for m in _E_NO_LONGER.finditer(tpl) if has_p and _gate(low, 'longer|removed|dismissed|relieved') else ():
        p, t, o = (m.group("p"), m.group("t"), m.group("o") or m.group("o3")) if m.group("p") else (m.group("p2"), m.group("t2"), m.group("o2"))
        if o is None:
            continue
        hold(p, o, t, "en.no_longer", 0.85, status="former")
    # "A and B were removed ..., replaced by C and D respectively, appointed by «O»"
    rm = _E_REPLACED_BY.search(tpl) if has_p else None
    if rm and hp_order:
        news = _nums(rm.group("ps"), "P")
        olds = [x for x in hp_order if x[0] not in {r.k(n) for n in news}]
        by = _E_BY_ORG.search(tpl, rm.end())
        for i, n in enumerate(news):
            if i < len(olds):
                _, o_key, t = olds[i]
                if r.t(n) == "Person":
                    ctx.add_rel("HOLDS_POSITION", r.k(n), o_key, r.sent, "en.replaced_by", 0.75, title=t, status="current")
            if by:
                r.rel("APPOINTS", r.k(by.group("o")), r.k(n), "en.appointed_by", 0.8)
    # merges
    merged_here = False
    merges_done: set = set()
    merge_gate = _gate(low, 'merg|combin|consolidat|amalgamat|integrat|incorporat|formed|created|reorgani|restructur')
    for rx, words in ((_E_MERGE, _W_MERGE), (_E_MERGER_OF, _W_MERGER_OF), (_E_FORMED, _W_FORMED), (_E_FORMED_FRONT, _W_FORMED_FRONT),
                      (_E_FORMED_THROUGH, _W_FORMED_THROUGH), (_E_MERGE_ACTIVE, _W_MERGE_ACTIVE), (_E_TAKE_OVER, _W_TAKE_OVER),
                      (_E_THEIR_MERGER, _W_THEIR_MERGER), (_E_ABSORBED_BY, _W_ABSORB), (_E_ABSORBS, _W_ABSORB),
                      (_E_TAKEN_OVER, _W_TAKEN_OVER), (_E_BECOME_PART, _W_BECOME_PART)) \
            if merge_gate or "take" in low or "took" in low or "absorb" in low or "part of" in low or "folded" in low else ():
        if words is _W_THEIR_MERGER and "their " not in low:
            continue  # (its words hold no letter that case-folds from another: a test of the lower-cased text is exact)
        for m in (rx.finditer(tpl) if rx is not _E_FORMED_FRONT else filter(None, (rx.match(tpl),))) if _may(lat, words) else ():
            if rx is _E_BECOME_PART and not _RESTRUCTURING_STORY.search(ctx.mtext):
                continue  # "became part of" a group outside a merger story may be a stake or a membership
            sub2 = rx is _E_MERGE and m.group("sub2")
            if not sub2 and re.search(r"subsidiar", m.group(0), _FLAGS):
                continue
            t = m.group("t") if rx is not _E_TAKEN_OVER else (m.group("t") or m.group("t2"))
            all_srcs = srcs = _nums(m.group("src") if rx is not _E_TAKEN_OVER else (m.group("src") or m.group("src2")))
            if rx is _E_THEIR_MERGER and len(srcs) < 2:
                continue  # "their" is two or more
            merged_here = True
            if rx is _E_MERGE and len(srcs) > 1 and not re.search(r"\band\b|&", m.group("src"), _FLAGS) \
                    and _SINGULAR_BEFORE_VERB.search(tpl, m.end("src"), m.end()):
                srcs = srcs[-1:]  # "…, previously A, B, a maker of X, was integrated into C": one subject, B
            subsidiary = rx is _E_MERGE and (sub2 or _AS_SUBSIDIARY.match(tpl, m.end()))
            if (t, tuple(srcs), bool(subsidiary)) in merges_done:
                continue  # the same merger stated the same way, found by two of the rules
            merges_done.add((t, tuple(srcs), bool(subsidiary)))
            date = None
            for s in srcs:
                if _same_kind(r, s, t):
                    if date is None:
                        date = _sent_date(r) or ""
                    r.rel("MERGED_INTO", r.k(s), r.k(t), "en.merged_into", 0.85, date=date or None)
                    if subsidiary:  # "integrated into C as a wholly-owned subsidiary"
                        r.rel("OWNS", r.k(t), r.k(s), "en.merged_as_subsidiary", 0.8)
            _drop_merger_pairs(ctx, {r.k(x) for x in all_srcs} | {r.k(t)})
            ctx.new_org = ctx.new_org or r.k(t)
    for m in _matches_at(_E_MERGE_PAIR, tpl, lat, _W_MERGE_PAIR) if merge_gate and not merged_here else ():
        a, b = m.group("a"), m.group("b")
        if _FORMED_BEFORE.search(tpl, max(0, m.start() - 40), m.start()):
            continue  # "formed through the merger of A and B": into something else
        if _same_kind(r, a, b) and r.t(a) in _BUSINESS and not _merged_either_way(ctx, r.k(a), r.k(b)):
            r.rel("MERGED_INTO", r.k(a), r.k(b), "en.merger_pair", 0.7, date=_sent_date(r))
    for m in _E_MERGE_WITH.finditer(tpl) if not merged_here and _gate(low, 'merge with|merges with|merged with|merging with') else ():
        a, b = m.group("a"), m.group("b")
        if _same_kind(r, a, b) and r.t(a) in _BUSINESS and not _merged_either_way(ctx, r.k(a), r.k(b)):
            r.rel("MERGED_INTO", r.k(a), r.k(b), "en.merger_pair", 0.7, date=_sent_date(r))
    for m in _E_PAIR_RESTRUCTURED.finditer(tpl) if not merged_here and _gate(low, 'restructured|reorganized|reorganised|merged|consolidated') else ():
        a, b = m.group("a"), m.group("b")
        if _same_kind(r, a, b) and r.t(a) in _BUSINESS and not _merged_either_way(ctx, r.k(a), r.k(b)):
            r.rel("MERGED_INTO", r.k(a), r.k(b), "en.pair_restructured", 0.7, date=_sent_date(r))
    for m in _E_SUBS_INCLUDE.finditer(tpl) if _gate(low, 'subsidiar') else ():
        parent = m.group("p")
        lst = m.group("list")
        lst = re.split(r"\b(?:owned|held|controlled)\s+by\b", lst)[0]
        children = _nums(lst)
        reorg = re.search(r"reorgani[sz]ation|restructuring|merger|integration", m.group("mid") + tpl, _FLAGS)
        for c in children:
            r.rel("OWNS", r.k(parent), r.k(c), "en.subsidiaries_include", 0.8)
            if reorg and ctx.new_org and r.k(c) != ctx.root(ctx.new_org):
                r.rel("MERGED_INTO", r.k(c), ctx.new_org, "en.reorganization_includes", 0.7)
    for m in _E_IS_SUBSIDIARY.finditer(tpl) if _gate(low, 'subsidiar|unit|arm') else ():
        if r.t(m.group("c")) in ("Company", "CentralSOE") and r.t(m.group("p")) not in ("Person", "Event", ""):
            r.rel("OWNS", r.k(m.group("p")), r.k(m.group("c")), "en.subsidiary", 0.8)
    for m in _E_STAKE_TO.finditer(tpl) if _gate(low, 'transfer|inject|sold|sell|handed over') else ():
        if r.t(m.group("c")) in ("Company", "CentralSOE") and r.t(m.group("new")) not in ("Person", "Event", ""):
            r.rel("OWNS", r.k(m.group("new")), r.k(m.group("c")), "en.stake_transferred", 0.75,
                  share=float(m.group("n")) if m.group("n") else None)
    for m in _E_PARENT.finditer(tpl) if _gate(low, 'controlled by|acquired|bought|acquisition|parent') else ():
        p = m.group("p") or m.group("p2") or m.group("p3") or m.group("p4")
        c = m.group("c") or m.group("c2") or m.group("c3") or m.group("c4")
        # a company over a company: "controlled by the State Council" is supervision, not a stake
        if r.t(c) in ("Company", "CentralSOE") and r.t(p) in _BUSINESS and r.k(p) != r.k(c):
            r.rel("OWNS", r.k(p), r.k(c), "en.parent", 0.75)
    for m in _E_SUBSIDIARY.finditer(tpl) if _gate(low, 'subsidiar|owned|unit|arm') else ():
        p = m.group("p") or m.group("p2") or m.group("p3")
        c = m.group("c") or m.group("c2") or m.group("c3")
        share = float(m.group("n3")) if m.group("n3") else None
        r.rel("OWNS", r.k(p), r.k(c), "en.subsidiary", 0.8, share=share)
        if m.group("new2"):  # "«O», a newly established subsidiary of «O»"
            r.rel("ESTABLISHED", r.k(p), r.k(c), "en.established", 0.75, date=_sent_date(r))
        if m.group("c2") and "becom" in m.group(0).lower():
            _direct_merger_pair(r, r.k(c), r.k(p))
            # a company that becomes another's (wholly owned) subsidiary in a story of mergers and
            # restructuring is merged into it: the regulator's word for "Chinatex becomes a subsidiary of COFCO"
            if r.t(c) in _BUSINESS and r.t(p) in _BUSINESS and r.k(p) != r.k(c) and _RESTRUCTURING_STORY.search(ctx.mtext):
                r.rel("MERGED_INTO", r.k(c), r.k(p), "en.became_subsidiary", 0.7, date=_sent_date(r))
    for m in _E_SHAREHOLDER.finditer(tpl) if "shareholder" in low else ():
        c = m.group("c")
        if c is None:
            # the company whose shareholder or controller the sentence spoke of before
            before = _E_SH_OF.findall(tpl, 0, m.start())
            if not before:
                continue
            c = before[-1]
        if r.t(c) in ("Company", "CentralSOE") and r.t(m.group("a")) not in ("Person", "Event", ""):
            r.rel("OWNS", r.k(m.group("a")), r.k(c), "en.shareholder", 0.75)
    for m in _E_STAKE.finditer(tpl) if _gate(low, 'stake|share|equity|interest|percent|per cent|%') else ():
        share = float(m.group("n")) if m.group("n") else None
        r.rel("OWNS", r.k(m.group("p")), r.k(m.group("c")), "en.stake", 0.85, share=share)
        pos = m.end()
        while share is not None:
            mm = _E_STAKE_MORE.match(tpl, pos)
            if mm is None:
                break
            if r.t(mm.group("p")) not in ("Person", "Event", ""):
                r.rel("OWNS", r.k(mm.group("p")), r.k(m.group("c")), "en.stake_list", 0.75, share=float(mm.group("n")))
            pos = mm.end()
    _en_establish(r, low)
    # structure and supervision
    _en_structure(r, low)
    _en_two(r, low)
    if " with " in low or getattr(ctx, "pending_set", None) is not None:
        _en_sets(r, low)


def _merged_either_way(ctx, a: str, b: str) -> bool:
    """Is a merger of ``a`` or ``b`` with a direction already known?"""
    a, b = ctx.root(a), ctx.root(b)
    for rtype, src, tgt in ctx.rels:
        if rtype == "MERGED_INTO" and (src in (a, b) or (tgt in (a, b) and src not in (a, b))):
            return True
    return False


def _direct_merger_pair(r: _R, child: str, parent: str) -> None:
    """"the merger of A and B" then "A will become a subsidiary of B": A merges into B."""
    ctx = r.ctx
    for k in [k for k, v in ctx.rels.items() if k[0] == "MERGED_INTO" and v["rule"] in ("en.merger_pair", "en.pair_restructured")
              and {k[1], k[2]} == {child, parent}]:
        v = ctx.rels.pop(k)
        ctx.add_rel("MERGED_INTO", child, parent, v["sent"], "en.merger_then_subsidiary", 0.75, **v["props"])


def _drop_merger_pairs(ctx, keys: set) -> None:
    """A merger stated with its direction ("A and B were merged into C") replaces "the merger of A and B"."""
    roots = {ctx.root(k) for k in keys}
    for k in [k for k, v in ctx.rels.items()
              if k[0] == "MERGED_INTO" and v["rule"] == "en.merger_pair" and k[1] in roots and k[2] in roots]:
        del ctx.rels[k]


def _en_pronoun(r: _R) -> None:
    """"he served as chairman of «O»": the person named last before, in this sentence or up to three before."""
    tpl, ctx = r.tpl, r.ctx
    for m in _E_PRONOUN_POST.finditer(tpl):
        o = m.group("o0") or m.group("o")
        if r.t(o) in ("Person", "Event", ""):
            continue
        before = _nums(tpl[:m.start()], "P")
        if before:
            p = r.k(before[-1])
        else:
            last = getattr(ctx, "last_person", None)
            if last is None or ctx.sents.count(last[1], ctx.sent_start, 4) > 3:
                continue
            p = last[0]
        if ctx.etype(p) != "Person":
            continue
        v = m.group("v").lower()
        status = "former" if v.startswith(("served", "worked", "was", "had")) else "current"
        t, _ = _title_en(m.group("t0") or m.group("t"))
        r.rel("HOLDS_POSITION", p, r.k(o), "en.pronoun_post", 0.6, title=t, status=status)
    if not _PRONOUN_SUBJECT.match(tpl) and " he " not in tpl and " she " not in tpl:
        return
    rxs = [_E_PRONOUN_WAS] + ([_E_PRONOUN_MORE] if _PRONOUN_SUBJECT.match(tpl) and "«P" not in tpl else [])
    for rx in rxs:
        for m in rx.finditer(tpl):
            o = m.group("o")
            if r.t(o) in ("Person", "Event", ""):
                continue
            if rx is _E_PRONOUN_WAS and _nums(tpl[:m.start()], "P"):
                p = r.k(_nums(tpl[:m.start()], "P")[-1])
            else:
                last = getattr(ctx, "last_person", None)
                if last is None or ctx.sents.count(last[1], ctx.sent_start, 4) > 3:
                    continue
                p = last[0]
            if ctx.etype(p) != "Person":
                continue
            v = m.group("v").lower()
            status = "former" if v.startswith(("served", "worked", "was", "had", "later", "became")) else "current"
            t, _ = _title_en(m.group("t"))
            r.rel("HOLDS_POSITION", p, r.k(o), "en.pronoun_post", 0.6, title=t, status=status)


def _en_establish(r: _R, low: str) -> None:
    tpl, ctx = r.tpl, r.ctx
    for m in _E_ANNOUNCE_EST.finditer(tpl) if _gate(low, 'establishment|founding|creation|launch|formation') else ():
        ctx.new_org = r.k(m.group("b"))
        r.rel("ESTABLISHED", r.k(m.group("a")), r.k(m.group("b")), "en.announced_establishment", 0.6, date=_sent_date(r))
    est_gate = _gate(low, 'establish|found|set up|creat|inaugurat|launch|regist')
    for m in _E_ESTABLISHED.finditer(tpl) if est_gate else ():
        b = m.group("b") or m.group("b2")
        a = m.group("a2")
        for a1 in _nums(m.group("alist") or "")[:-1]:
            r.rel("ESTABLISHED", r.k(a1), r.k(b), "en.established", 0.8, date=_sent_date(r))
        if m.group("alist"):
            a = str(_nums(m.group("alist"))[-1])
        if m.group("b2") and re.match(r"\s*,", tpl[m.start():]) is None and "in 1" not in m.group(0):
            ctx.new_org = ctx.new_org or r.k(b)
        if a:
            r.rel("ESTABLISHED", r.k(a), r.k(b), "en.established", 0.8, date=_sent_date(r))
    for m in _E_EST_NEW_UNIT.finditer(tpl) if est_gate else ():
        b = m.group("b")
        if r.t(b) not in _BUSINESS:
            continue
        for a in _nums(m.group("alist")):
            if r.t(a) in ("GovernmentBody", "PartyOrgan", "CentralSOE", "Company", "Institution"):
                r.rel("ESTABLISHED", r.k(a), r.k(b), "en.established", 0.8, date=_sent_date(r))
                if m.group("sub") and r.t(a) in _BUSINESS:
                    r.rel("OWNS", r.k(a), r.k(b), "en.subsidiary", 0.75)
    for m in _E_EST_APPOS.finditer(tpl) if est_gate and " by " in low else ():
        if r.t(m.group("a")) in ("GovernmentBody", "PartyOrgan", "CentralSOE", "Company", "Institution") and r.t(m.group("b")) in _BUSINESS:
            r.rel("ESTABLISHED", r.k(m.group("a")), r.k(m.group("b")), "en.established", 0.75, date=_sent_date(r))
    for m in _E_FOUNDED_BY.finditer(tpl) if est_gate and " by " in low else ():
        b = m.group("b")
        for a in _founders(tpl, m.end()):
            if r.t(a) in ("GovernmentBody", "PartyOrgan", "CentralSOE", "Company", "Institution") and r.t(b) in _BUSINESS:
                r.rel("ESTABLISHED", r.k(a), r.k(b), "en.founded_by", 0.8, date=_sent_date(r))


def _en_structure(r: _R, low: str) -> None:
    tpl, ctx = r.tpl, r.ctx
    for m in _E_DIRECTLY_UNDER.finditer(tpl) if _gate(low, 'under|affiliated|unit of|department of|bureau of|division of|agency of|part of') else ():
        r.rel("PART_OF", r.k(m.group("a")), r.k(m.group("b")), "en.directly_under", 0.85)
    for m in _E_UNIT_UNDER.finditer(tpl) if _gate(low, 'under') else ():
        a, b = m.group("a"), m.group("b")
        info = ctx.ents.get(r.k(a))
        if info and _UNIT_HEAD.search(info.name or "") and r.t(b) in ("GovernmentBody", "PartyOrgan", "Institution") \
                and r.t(a) in ("GovernmentBody", "PartyOrgan", "Institution"):
            r.rel("PART_OF", r.k(a), r.k(b), "en.unit_under", 0.8)
    for m in _E_CENTRAL_SOE_UNDER.finditer(tpl) if _gate(low, 'enterprise|soe|compan') else ():
        if r.t(m.group("b")) in ("GovernmentBody", "PartyOrgan"):
            r.rel("SUPERVISES", r.k(m.group("b")), r.k(m.group("a")), "en.soe_under", 0.75)
    for m in _E_SUPERVISED.finditer(tpl) if _gate(low, 'supervis|oversee|oversaw|oversight|jurisdiction|report|administration|leadership') else ():
        if m.group("a"):
            r.rel("SUPERVISES", r.k(m.group("b")), r.k(m.group("a")), "en.supervised_by", 0.8)
        else:
            for a in _nums(m.group("list")):
                r.rel("SUPERVISES", r.k(m.group("b2")), r.k(a), "en.supervises", 0.8)
    for m in _E_ADMINISTERED.finditer(tpl) if _gate(low, 'administered by|managed by|regulated by') else ():
        if r.t(m.group("b")) in ("GovernmentBody", "PartyOrgan") and r.t(m.group("a")) in ("CentralSOE", "Company", "Institution"):
            r.rel("SUPERVISES", r.k(m.group("b")), r.k(m.group("a")), "en.administered_by", 0.75)
    for m in _E_SUPERVISES_SOME.finditer(tpl) if _gate(low, 'including|such as|among them|like') else ():
        b = m.group("b")
        if re.search(r"\b(?:by|of|from|with)\s+(?:the\s+)?$", tpl[:m.start()], _FLAGS):
            # "a body run by «O» and responsible for ...": the subject is the sentence's first organization
            sm = _SUBJECT.match(tpl)
            if not sm:
                continue
            b = sm.group(1)
        if r.t(b) not in ("GovernmentBody", "PartyOrgan"):
            continue
        for a in _nums(m.group("list")):
            if r.t(a) in ("CentralSOE", "Company"):
                r.rel("SUPERVISES", r.k(b), r.k(a), "en.supervises_some", 0.75)
    _en_investor(r, low)
    # cooperation
    for m in _E_COOP.finditer(tpl) if _gate(low, 'cooperat|co-operat|collaborat|partner|agreement|memorand|mou|alliance|ties|deal with|contract with|'
                                            'pact with|joint venture|team up|teamed up|teams up|teaming up|hands with|forces with|together with') else ():
        objs = _nums(m.group("objs"))
        if "between" in m.group(0).lower()[:60] and len(objs) >= 2:
            pairs = [(objs[0], o) for o in objs[1:]]
        else:
            subj = [int(n) for n in _nums(tpl[:m.start()])]
            subj = [s for s in subj if r.t(s) not in ("Person", "Event")]
            if not subj:
                continue
            pairs = [(subj[-1], o) for o in objs]
        for a, b in pairs:
            if r.t(a) in ("Person", "Event", "") or r.t(b) in ("Person", "Event", ""):
                continue
            r.rel("COOPERATES_WITH", r.k(a), r.k(b), "en.cooperation", 0.75, date=_sent_date(r))
    for rx, rule, words in ((_E_SIGNED, "en.signed_agreement", 'signed|signing|sign|inked|inking|ink|reach|conclud|venture|partnership|alliance|'
                             'cooperate|co-operate|collaborate|partner|team up|teamed up|join hands|joined hands|forces|work together|worked together'),
                            (_E_SIGNED_BY, "en.signed_agreement", 'signed by'),
                            (_E_AGREED_COOP, "en.agreed_cooperation", 'agreed|pledged|vowed|decided|promised')):
        for m in rx.finditer(tpl) if _gate(low, words) else ():
            if rx is _E_SIGNED and m.group("bare") and not _AND_IN_LIST.search(m.group("list")):
                continue  # "Besides A, B will also cooperate with …": a verb alone needs "A and B"
            lst = [p for p in _nums(m.group("list")) if r.t(p) not in ("Person", "Event", "")]
            for i, a in enumerate(lst):  # the parties to one agreement: every pair
                for b in lst[i + 1:]:
                    r.rel("COOPERATES_WITH", r.k(a), r.k(b), rule, 0.8, date=_sent_date(r))


_BUSINESS = ("CentralSOE", "Company", "Institution")


def _same_kind(r: _R, a, b) -> bool:
    """Mergers join companies with companies, or state organs with state organs."""
    ta, tb = r.t(a), r.t(b)
    if not ta or not tb or "Person" in (ta, tb) or "Event" in (ta, tb):
        return False
    return (ta in _BUSINESS) == (tb in _BUSINESS)


def _context_org(r: _R, pos: int, title: str) -> str | None:
    """The organization a bare title refers to: a place's government for a mayor, else the company in view."""
    tl = title.lower()
    if tl in EN_STATE_TITLES or tl.startswith(("president", "general secretary", "premier")) and "vice" not in tl:
        return None
    before = _nums(r.tpl[:pos])
    after = _nums(r.tpl[pos:])
    if EN_PLACE_GOV_TITLES.search(title):
        for o in reversed(before):
            if r.t(o) == "GovernmentBody" and r.idx[o].rule in ("en.place_government", "en.org_suffix", "en.bare_organ",
                                                               "en.local_government", "en.province_government"):
                return str(o)
        # else the one provincial (municipal) government the document names, for a governor (mayor)
        gov = _only_local_government(r.ctx, "Municipal" if "mayor" in tl else "Provincial")
        if gov is not None:
            # callers take placeholder numbers: one past the sentence's stands for a mention elsewhere (as _place_government)
            fake = max(r.idx) + 1000 if r.idx else 1000
            r.idx[fake] = gov
            return str(fake)
        return None
    if EN_COMPANY_TITLES.search(title):
        for o in reversed(before):
            if r.t(o) in ("CentralSOE", "Company"):
                return str(o)
    return None


def _only_local_government(ctx, level: str):
    """A mention of the one government of that level ("Provincial") the document names, if it names one."""
    cache = getattr(ctx, "local_govs", None)
    if cache is None:
        cache = ctx.local_govs = {}
        for m in ctx.mentions:
            if m.kind == "O" and m.etype == "GovernmentBody" and m.extra and m.extra.get("place") and m.extra.get("level"):
                cache.setdefault(m.extra["level"].title(), {}).setdefault(ctx.root(m.key), m)
    govs = cache.get(level, {})
    return next(iter(govs.values())) if len(govs) == 1 else None


_BY_ORG = re.compile(r"\bby\s+(?:the\s+)?«O(\d+)»")


def _appointed_matches(tpl: str):
    """The matches of ``_E_APPOINTED``, each looked for after the post of the one before ("«P» is
    appointed chairman of «O» and «P» is appointed general manager of «O»": its "rest" takes the
    sentence's end)."""
    pos = 0
    while True:
        m = _E_APPOINTED.search(tpl, pos)
        if m is None:
            return
        yield m
        pos = m.end("o") if m.group("o") else m.end("t")


def _appointer(r: _R, low: str | None = None) -> str | None:
    """``low``: the template lower-cased where word tests answer as re.I would (``_latin_low``)."""
    m = _E_ANNOUNCE_APPT.search(r.tpl) if _may(low, _W_ANNOUNCE_APPT) else None
    if m:
        r.ctx.appointers = [r.k(m.group("o") or m.group("o2"))]
    dm = _E_DECISION_OF.search(r.tpl) if "decision" in r.tpl else None
    if dm:
        # "X announced the decision of the Party Central Committee and the State Council on …",
        # "according to the decision of «O»": the bodies that decided appoint
        bodies = [r.k(o) for o in _nums(dm.group(0)) if r.t(o) in ("GovernmentBody", "PartyOrgan")]
        if bodies:
            r.ctx.appointers = list(dict.fromkeys(bodies))
    by = _BY_ORG.search(r.tpl) if "«O" in r.tpl and "by" in r.tpl else None  # (case-sensitive: \bby)
    if by and r.t(by.group(1)) in ("GovernmentBody", "PartyOrgan"):
        return r.k(by.group(1))
    return r.ctx.appointers[0] if r.ctx.appointers else None


_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MON_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
             "nov": 11, "dec": 12}
_EN_DATE = re.compile(
    r"\b(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Z][a-z]+)\.?(?:,?\s+(?P<y1>\d{4}))?|(?P<m2>[A-Z][a-z]+)\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{4}))?)\b"
)
_ZH_DATE = re.compile(r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日")


_ANY_DIGIT = re.compile(r"\d")  # both date patterns need a digit (\d, as they use it)


def sentence_date(ctx, text: str) -> str | None:
    if _ANY_DIGIT.search(text) is None:
        return None
    m = _ZH_DATE.search(text) if "月" in text else None
    if m:
        y = m.group("y") or ctx.year
        if not y:
            return None
        return f"{y}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
    for m in _EN_DATE.finditer(text):
        mon = (m.group("m1") or m.group("m2")).lower()
        mi = _MONTHS.get(mon) or _MON_ABBR.get(mon)
        if not mi:
            continue
        d = int(m.group("d1") or m.group("d2"))
        y = m.group("y1") or m.group("y2") or ctx.year
        if not y or not 1 <= d <= 31:
            return None
        if not (m.group("y1") or m.group("y2")) and ctx.doc_date and len(ctx.doc_date) >= 7 and mi > int(ctx.doc_date[5:7]):
            y = str(int(y) - 1)  # "on 25 December" in a January article
        return f"{y}-{mi:02d}-{d:02d}"
    return None


def _sent_date(r: _R) -> str | None:
    """The date the sentence states (or the document's), found once per sentence."""
    d = r.__dict__.get("date", _NO_DATE)
    if d is _NO_DATE:
        d = r.date = sentence_date(r.ctx, r.ctx.mtext[r.sent[0]:r.sent[1]])
    return d


_NO_DATE = object()


# --- Chinese --------------------------------------------------------------------------------

# Runs of characters that cannot start a title, a placeholder or a connector are one token:
# the rules only look at placeholders, titles and connectors, and 4x fewer tokens are faster.
_Z_PLAIN = "".join(sorted({w[0] for w in ZH_TITLE_WORDS} | set("«、和及的同")))
_Z_TOK = re.compile(rf"«[POE]\d+»|{ZH_TITLE}|[、和及]|的|同志|[^{re.escape(_Z_PLAIN)}]+|.", re.S)
_Z_TITLE_RX = re.compile(rf"^{ZH_TITLE}$")
# A token of _tokens matches _Z_TITLE_RX exactly when it is one of the title words (a title is a
# token of its own; other tokens cannot start with one): a set lookup, not a regex match.
_is_title = frozenset(ZH_TITLE_WORDS).__contains__


def _tokens(s: str) -> list[str]:
    return _Z_TOK.findall(s)


def _chain_groups(r: _R, chain: list[str]) -> list[tuple[str | None, list[str]]]:
    groups: list[tuple[str | None, list[str]]] = []
    cur_org: str | None = None
    cur_titles: list[str] = []
    for tok in chain:
        if tok.startswith("«O"):
            if cur_titles:
                groups.append((cur_org, cur_titles))
            cur_org, cur_titles = tok[2:-1], []
        elif _is_title(tok):
            if tok in ZH_PLACE_GOV_TITLES and (cur_org is None or r.idx[int(cur_org)].etype != "GovernmentBody"):
                if cur_titles:
                    groups.append((cur_org, cur_titles))
                gov = _place_government(r, cur_org, ZH_PLACE_GOV_TITLES[tok])
                groups.append((gov, [tok]))
                cur_titles = []
                continue
            cur_titles.append(tok)
    if cur_titles:
        groups.append((cur_org, cur_titles))
    return groups


def _place_government(r: _R, org_tok: str | None, level: str = "") -> str | None:
    """市长 after 重庆市委副书记: the government of the same place. A bare 副省长 in a document
    that names one province's government only: that government."""
    if org_tok is None:
        govs = {r.ctx.root(mm.key): mm for mm in r.ctx.mentions
                if _is_local_government(mm) and (mm.extra or {}).get("level") == level and mm.key}
        if len(govs) != 1:
            return None
        (mm,) = govs.values()
        fake = max(r.idx) + 1000 if r.idx else 1000
        r.idx[fake] = mm
        return str(fake)
    m = r.idx[int(org_tok)]
    place = (m.extra or {}).get("place")
    if not place:
        return None
    for i, mm in r.idx.items():
        if _is_local_government(mm) and (mm.extra or {}).get("place") == place:
            return str(i)
    # no mention of the government in this sentence: find it anywhere in the document
    for mm in r.ctx.mentions:
        if _is_local_government(mm) and (mm.extra or {}).get("place") == place:
            key = r.ctx.root(mm.key)
            fake = max(r.idx) + 1000 if r.idx else 1000
            r.idx[fake] = mm
            return str(fake)
    return None


def _is_local_government(mm) -> bool:
    """A place's people's government (not its SASAC or people's congress, which have a place too)."""
    return mm.etype == "GovernmentBody" and (mm.name or "").endswith("政府")


_Z_APPOINTERS = re.compile(
    r"(?:宣布了?|宣读了?|经)(?P<list>«O\d+»(?:(?:党委|党组)?[、和及与]«O\d+»)*)(?:党委|党组)?的?(?:关于|批准|决定|研究决定|同意)"
    r"|(?P<list2>«O\d+»(?:[、和及与]«O\d+»)*)(?:党委|党组)?(?:决定|研究决定|任命|批准|任免)"
)
# (接手出任, 被调任至, 升任为: a word before or after the verb)
_Z_APPOINT_RX = re.compile(r"(?P<list>(?:«P\d+»(?:同志)?、)*)«P(?P<p>\d+)»(?:同志)?(?:接替(?:«P\d+»|[\u4e00-\u9fff]{2,3}?)(?:同志)?(?=出任|担任|任))?(?:被)?(?:将|已|正式|随后|接手|转而)?(?:任命为|任|担任|出任|调任|接任|升任|兼任|当选为|当选|履新|就任|(?<=同志)为)(?:至|为)?")


def _z_appoint(tpl: str, pos: int = 0, endpos: int | None = None):
    """``_Z_APPOINT_RX.finditer(tpl, pos, endpos)``: every match opens with «P (the list's first or
    the person's), so the regex is tried only there (its optional list first is otherwise tried
    at every character)."""
    n = len(tpl) if endpos is None else min(endpos, len(tpl))
    match = _Z_APPOINT_RX.match
    k = tpl.find("«P", pos, n)
    while k >= 0:
        m = match(tpl, k, n)
        if m is not None:
            yield m
            k = tpl.find("«P", m.end(), n)
        else:
            k = tpl.find("«P", k + 1, n)


# (a list too: 任命甲、乙为…, 提名甲和乙为…董事人选)
_Z_APPOINT_OBJ = re.compile(r"(?:任命|提名|推荐|决定|聘任|聘请|聘)(?P<olist>(?:«P\d+»(?:同志)?[、和及])*)«P(?P<p>\d+)»(?:同志)?(?:为|担任|任)")
_Z_PAREN_POST = re.compile(r"«P(?P<p>\d+)»[（(](?P<inner>[原前]?«O\d+»[^（()）«]{0,30}(?:«O\d+»[^（()）«]{0,30})*)[)）]")
_STATE_TITLES = frozenset(("总书记", "国家主席", "国家副主席", "总理", "副总理", "国务委员"))
# (调任«O»任董事长: the post right after the organization moved to)
_Z_THEN_POST = frozenset(p + v for p in ("，", ",", "") for v in ("出任", "任", "担任", "并任", "兼任", "并担任"))
_Z_STATUS_WORDS = frozenset(("原", "前", "新任", "现任", "时任"))
_TITLE_AT = re.compile(ZH_TITLE)
_Z_OWN_BOARD = re.compile(r"«O(\d+)»(?:董事会|董事局|股东大会|党委|党组)(?:研究)?(?:决定)?(?:任命|提名|推荐|决定|聘任|聘请|聘)$")
# (the passive too: «P»被免去(其)«O»TITLE职务)
_Z_REMOVE = re.compile(r"免去(?:其|«P(?P<p>\d+)»(?:同志)?的?)|«P(?P<p2>\d+)»(?:同志)?(?:已|将|日前|近日)?被(?:依法|正式)?免去(?:了)?(?:其)?")
# «P»曾任«O»TITLE、«O»TITLE等职: posts held before (a résumé)
_Z_FORMERLY = re.compile(r"«P(?P<p>\d+)»(?:同志)?[^«。；]{0,12}?(?:曾任|曾担任|历任|先后任|先后担任|此前担任|此前任|此前曾任|之前担任|曾在«O\d+»(?:担)?任)"
                         # «P»长期在«O»系统工作，历任…: the résumé opens a clause of its own
                         r"|«P(?P<p2>\d+)»(?:(?!«P)[^。；;]){0,40}?[，,](?:曾任|曾担任|历任|先后任|先后担任)")
_Z_AT_ORG = re.compile(r"曾在(«O\d+»)(?:担)?任$")
_Z_NOW = re.compile(r"«P(?P<p>\d+)»(?:同志)?(?:(?!«P)[^。；;]){0,40}?现任")
# (an adverbial between the name and the verb: 因年龄原因辞去, 已于近日卸任)
_Z_NO_LONGER = re.compile(r"«P(?P<p>\d+)»(?:同志)?(?:(?=[已将于日近正因在曾此随今年拟即也])[^«，。；,;：:]{1,12}?)?(?:不再担任|不再兼任|不再任|辞去|卸任)")
# «P»已于近日出任…, «P»日前正式出任…: an adverbial between the name and the verb of a new post
# (not 曾/此前/在…期间: a post held before, the résumé rules' )
_Z_APPOINT_LATE = re.compile(r"(?P<list>)«P(?P<p>\d+)»(?:同志)?(?=[已将于日近正因随今年拟即也再又])(?![^«，。；,;：:]{0,12}?(?:曾|此前|之前|先前|以前|期间|原))[^«，。；,;：:]{1,12}?"
                             r"(?:被任命为|出任|担任|调任|接任|升任|兼任|当选为|当选)(?:为|至)?")
# «O»总经理由«P»担任 / «O»董事长一职由«P»接任: the post first, the person after 由
_Z_POST_BY = re.compile(rf"(?P<chain>«O\d+»(?:{ZH_TITLE})(?:[、和](?:{ZH_TITLE}))*)(?:一职|职务)?(?:将|已|拟)?由«P(?P<p>\d+)»(?:同志)?(?:担任|出任|接任|兼任)")


def _forward_chain(toks: list[str], i: int) -> tuple[list[str], int]:
    chain = []
    while i < len(toks) and (toks[i].startswith("«O") or _is_title(toks[i]) or toks[i] in ("、", "和", "及")):
        chain.append(toks[i])
        i += 1
    while chain and chain[-1] in ("、", "和", "及"):
        chain.pop()
    return chain, i


_Z_APPOINTER_WORDS = ("决定", "批准", "同意", "关于", "任命", "任免")
_Z_PLACE_TITLE_WORDS = ("省长", "市长", "县长", "区长")


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    for w in words:
        if w in text:
            return True
    return False


# 甲、乙、丙联合印发《……》: bodies that issue, hold or fund something together cooperate (联合重组
# is a merger, not in the verbs)
_Z_JOINTLY = re.compile(r"(?P<list>«O\d+»(?:[、和与及]«O\d+»)+)(?:近日|日前|今天|今日|将)?(?:(?:联合|共同)(?:发布|印发|出台|制定|下发|发文|召开|举办|主办"
                        r"|开展|启动|发起|推出|出资|投资|设立|组建|成立|建设|打造)|共建|合建|共办|合办)")


def _zh_jointly(r: _R) -> None:
    for m in _Z_JOINTLY.finditer(r.tpl):
        parties = [p for p in dict.fromkeys(_nums(m.group("list"))) if r.t(p) not in ("Person", "Event", "")]
        for i, a in enumerate(parties):
            for b in parties[i + 1:]:
                if r.k(a) != r.k(b):
                    r.rel("COOPERATES_WITH", r.k(a), r.k(b), "zh.jointly", 0.7, date=_sent_date(r))


# a listed company's stock code between its name and a title: «O»(0836.HK)总裁
_Z_STOCK_CODE = re.compile(r"»\s*[(（](?:\d{4,6}\.(?:HK|SH|SZ|SS)|(?:HK|SH|SZ)\d{4,6})[)）]")


# titles only a company has
_FIRM_TITLES = frozenset("董事长 副董事长 总经理 副总经理 常务副总经理 总会计师 总工程师 总经济师 总法律顾问 总裁 副总裁 "
                         "监事会主席 董事会秘书 首席执行官 职工董事 外部董事 专职外部董事".split())
_Z_HOME_TITLE = re.compile(rf"(?:集团公司|公司|集团)(?P<t>(?:{ZH_TITLE})(?:、(?:{ZH_TITLE}))*)«P(?P<p>\d+)»")
_Z_CLAUSE_START = frozenset("，。；：、,;:！？!?\n 　“\"")


def _home_company(ctx) -> str | None:
    """The company a document opens with (its headline's), which its own news calls 公司."""
    home = getattr(ctx, "zh_home", False)
    if home is False:
        home = next((ctx.root(m.key) for m in ctx.mentions if m.kind == "O" and m.key
                     and ctx.etype(ctx.root(m.key)) in ("CentralSOE", "Company")), None)
        ctx.zh_home = home
    return home


# 甲创办了乙 / 由甲创办的乙 / 甲……，并相继创办了(描述——)乙、(描述——)丙等: 甲 founded them
_Z_CREATED = re.compile(r"«O(?P<a>\d+)»(?:[^«。；;]{0,80}?[，,]并|[于在]?\d{4}年)?(?:先后|相继|还|也|独资|出资|投资)?(?:创办|创建|创立)(?:了|的)?(?P<rest>[^。；;]{0,80})"
                        r"|«O(?P<b2>\d+)»(?:是|为)?由«O(?P<a2>\d+)»[^«，。；,;]{0,8}?(?:创办|创建|创立)")
_Z_CREATED_ITEM = re.compile(r"(?:^|——|[、，,和及])«O(\d+)»")
_FOUNDER_TYPES = ("GovernmentBody", "PartyOrgan", "CentralSOE", "Company", "Institution")


def _zh_created(r: _R) -> None:
    for m in _Z_CREATED.finditer(r.tpl):
        a = m.group("a") or m.group("a2")
        if r.t(a) not in _FOUNDER_TYPES:
            continue
        if m.group("b2"):
            made = [m.group("b2")]
        else:
            rest = m.group("rest").split("等", 1)[0]
            made = [x.group(1) for x in _Z_CREATED_ITEM.finditer(rest)]
        for b in made:
            if r.t(b) in ("CentralSOE", "Company", "Institution") and r.k(a) != r.k(b):
                r.rel("ESTABLISHED", r.k(a), r.k(b), "zh.created", 0.7)


# 甲、乙等6户中央企业: each of the list is a central SOE (as of the text)
_Z_CENTRAL_LIST = re.compile(r"(?P<list>«O\d+»(?:[、和及]«O\d+»)*)(?:等\d*|等[一二三四五六七八九十两]+|[一二三四五六七八九十两\d]+)(?:户|家|个)?(?:中央企业|央企)")


def _zh_central_list(r: _R) -> None:
    for m in _Z_CENTRAL_LIST.finditer(r.tpl):
        for i in _nums(m.group("list")):
            info = r.ctx.ents.get(r.k(i))
            if info is not None and info.etype == "Company" and not info.registry:
                info.etype = "CentralSOE"


# A résumé's sentence that opens with its verb: "王某，男，1965年生。现任«O»董事长。"
_RESUME_OPEN = ("现任", "曾任", "历任", "先后任", "先后担任")


def _zh_resume_goes_on(r: _R, person: str) -> None:
    tpl = r.tpl.lstrip()
    status = "current" if tpl.startswith("现任") else "former"
    rest = _tokens(tpl[2 if tpl.startswith(("现任", "曾任", "历任")) else (4 if tpl.startswith("先后担任") else 3):])
    i = 0
    while i < len(rest) and rest[i] != "等" and "。" not in rest[i]:
        chain, j = _forward_chain(rest, i)
        for org, titles in _chain_groups(r, chain):
            if org is not None and r.t(org) not in ("Person", "Event", ""):
                r.ctx.add_rel("HOLDS_POSITION", person, r.k(org), r.sent, "zh.resume", 0.75, status=status,
                              **_zh_title_props(titles))
        if status == "current":
            break  # 现任: the first chain (what follows may be another clause)
        i = j if j > i else i + 1


# 甲、乙和丙分别担任«O1»、«O2»和«O3»(的)董事长 / 分别出任«O1»董事长、«O2»总经理 / 任命甲、乙分别为…:
# the i-th person holds the i-th post; and the passive «O1»、«O2»的董事长分别由甲、乙担任.
_Z_RESP_PEOPLE = r"«P\d+»(?:同志)?(?:[、和及与]«P\d+»(?:同志)?)+"
_Z_RESPECTIVELY = re.compile(
    rf"(?P<ps>{_Z_RESP_PEOPLE})(?:将|已|正式|此前)?分别(?:被任命为|被选举为|当选为|当选|担任|出任|任|调任|升任|接任|兼任|为)(?:为)?"
    rf"|(?P<os>«O\d+»(?:[、和及与]«O\d+»)+)的?(?P<ts>(?:{ZH_TITLE})(?:[、和及](?:{ZH_TITLE}))*)分别由(?P<ps2>{_Z_RESP_PEOPLE})(?:担任|出任|接任|兼任)")


def _zh_respectively(r: _R) -> None:
    for m in _Z_RESPECTIVELY.finditer(r.tpl):
        ps = _nums(m.group("ps") or m.group("ps2"), "P")
        if len(set(ps)) < 2:
            continue
        if m.group("os"):
            chain = _tokens(m.group("os")) + ["的"] + _tokens(m.group("ts"))
        else:
            chain = _tokens(r.tpl[m.end():])
        orgs: list[str] = []
        titles: list[str] = []
        pairs: list[tuple[str, list[str]]] = []
        i = 0
        # «O1»、«O2»和«O3»的TITLE、TITLE: the organizations share the titles after them
        while i < len(chain) and (chain[i].startswith("«O") or chain[i] in ("、", "和", "及", "与")):
            if chain[i].startswith("«O"):
                orgs.append(chain[i][2:-1])
            i += 1
        if len(orgs) > 1:
            if i < len(chain) and chain[i] == "的":
                i += 1
            while i < len(chain) and (_is_title(chain[i]) or chain[i] in ("、", "和", "及")):
                if _is_title(chain[i]):
                    titles.append(chain[i])
                i += 1
            if titles and len(orgs) == len(ps):
                pairs = [(o, titles) for o in orgs]
        else:
            # «O1»TITLE、«O2»TITLE / «O»TITLE1、TITLE2 (one organization: a title each)
            fwd, _ = _forward_chain(chain, 0)
            groups = [g for g in _chain_groups(r, fwd) if g[0] is not None]
            if len(groups) == len(ps):
                pairs = groups
            elif len(groups) == 1 and len(groups[0][1]) == len(ps):
                pairs = [(groups[0][0], [t]) for t in groups[0][1]]
        for p, (org, ts) in zip(ps, pairs):
            if r.t(org) in ("Person", "Event", "") or r.t(p) != "Person":
                continue
            r.rel("HOLDS_POSITION", r.k(p), r.k(org), "zh.respectively", 0.85, status="current", **_zh_title_props(ts))
            for body in r.ctx.appointers:
                r.rel("APPOINTS", body, r.k(p), "zh.respectively", 0.8, title_zh="、".join(ts), date=_sent_date(r) or None)


# 甲与乙举行会谈。(会后，)双方签署了战略合作协议: 双方 (两家企业…) are the pair the sentence just before
# joined with 与/和/同
_Z_ORG_PAIR = re.compile(r"«O(\d+)»(?:[^«，。；,;]{0,6}?)(?:与|和|同)«O(\d+)»")
_BOTH_SIDES_RX = re.compile(r"(?:双方|两家(?:企业|公司|集团|单位)?|两集团|两企|两公司)[^。；;]{0,30}?"
                            r"(?:签署|签订|签约|达成[^。；;]{0,10}?合作|(?:加强|深化|开展|推进|拓展)[^。；;]{0,16}?合作|合作协议)")


def pair_cooperation(ctx, text: str, sent: tuple[int, int]) -> None:
    pair = getattr(ctx, "zh_pair", None)
    if pair is None or ctx.sents.count(pair[2], sent[0], 3) > 2:
        return
    ctx.add_rel("COOPERATES_WITH", pair[0], pair[1], sent, "zh.both_sides", 0.65)


# The organization a sentence is about (its first word, or the one before 是/系): what a clause of
# the next sentence without a subject speaks of (…，曾和乙、丙重组为丁)
_Z_TOPIC = re.compile(r"^«O(\d+)»|«O(\d+)»(?:是|系)")


_Z_REF_WORDS = ("该公司", "该集团", "该企业", "其", "公司", "集团")
_Z_REF_TITLE = re.compile(rf"(?:^|[，。；：,;:、\s])(?:该公司|该集团|该企业|其)(?:{ZH_TITLE})(?:、(?:{ZH_TITLE}))*的?$")


def _company_before(r: _R, ptok: str) -> str | None:
    """The placeholder of the company "该公司"/"其" before ``ptok`` refers to: the last company named
    before it, in this sentence or the one before (a new placeholder where it is outside)."""
    at = r.tpl.index(ptok)
    if not _Z_REF_TITLE.search(r.tpl, max(0, at - 40), at):
        return None
    inside = [int(i) for k, i in _PH.findall(r.tpl[:at]) if k == "O"]
    for i in reversed(inside):
        if r.t(i) in ("CentralSOE", "Company"):
            return str(i)
        if r.t(i) not in ("Person", "Event", ""):
            return None  # another kind of organization stands between
    if inside:
        return None
    ms = r.ctx.mentions
    s0 = r.sent[0]
    for mm in reversed(ms):
        if mm.start >= s0 or mm.kind != "O" or not mm.key:
            continue
        if r.ctx.sents.count(r.ctx.sents.at(mm.start)[0], s0, 3) > 1:
            return None  # not in the sentence just before
        if r.ctx.etype(r.ctx.root(mm.key)) not in ("CentralSOE", "Company"):
            return None
        own = max(r.idx) + 3000 if r.idx else 3000
        r.idx[own] = mm
        return str(own)
    return None


def _zh(r: _R) -> None:
    if "HK" in r.tpl or "SH" in r.tpl or "SZ" in r.tpl or "SS" in r.tpl:
        r.tpl = _Z_STOCK_CODE.sub("»", r.tpl)
    tpl, ctx = r.tpl, r.ctx
    if "«O" in tpl:
        pm = _Z_ORG_PAIR.search(tpl) if ("与" in tpl or "和" in tpl or "同" in tpl) else None
        if pm and r.t(pm.group(1)) not in ("Person", "Event", "") and r.t(pm.group(2)) not in ("Person", "Event", "") \
                and r.k(pm.group(1)) != r.k(pm.group(2)):
            ctx.zh_pair = (r.k(pm.group(1)), r.k(pm.group(2)), ctx.sent_start)
        elif _BOTH_SIDES_RX.search(tpl):
            pair_cooperation(ctx, tpl, r.sent)
    elif _BOTH_SIDES_RX.search(tpl):
        pair_cooperation(ctx, tpl, r.sent)
    prev = getattr(ctx, "zh_topic", None)
    ctx.zh_prev_topic = prev[0] if prev and ctx.sents.count(prev[1], ctx.sent_start, 2) <= 1 else None
    tm = _Z_TOPIC.search(tpl) if "«O" in tpl else None
    ctx.zh_topic = (r.k(tm.group(1) or tm.group(2)), ctx.sent_start) if tm else None
    if ("联合" in tpl or "共同" in tpl or "共建" in tpl or "合建" in tpl or "共办" in tpl or "合办" in tpl) and len(r.idx) > 1:
        _zh_jointly(r)
    if ("创办" in tpl or "创建" in tpl or "创立" in tpl) and len(r.idx) > 1:
        _zh_created(r)
    if "中央企业" in tpl or "央企" in tpl:
        _zh_central_list(r)
    # (not among the structure rules: 收购 is no trigger word of theirs)
    for m in _Z_ACQUIRES.finditer(tpl) if "收购" in tpl else ():
        a, b = m.group("a"), m.group("b")
        if r.t(a) not in ("Person", "Event", "") and r.t(b) in ("CentralSOE", "Company"):
            r.rel("OWNS", r.k(a), r.k(b), "zh.acquires", 0.75, date=_sent_date(r))
    if "«P" in tpl:
        k = tpl.rfind("«P")
        ctx.zh_last_person = (r.k(tpl[k + 2:tpl.index("»", k)]), ctx.sent_start)
    elif tpl.lstrip().startswith(_RESUME_OPEN) and getattr(ctx, "zh_last_person", None) \
            and ctx.sents.count(ctx.zh_last_person[1], ctx.sent_start, 2) <= 1:
        _zh_resume_goes_on(r, ctx.zh_last_person[0])
        ctx.zh_last_person = (ctx.zh_last_person[0], ctx.sent_start)  # (the résumé may go on)
    if "巡视组" in tpl or "巡察组" in tpl or getattr(ctx, "unit_parents", None):
        from soegraph.loaders.extract.events import inspection

        inspection(ctx, tpl, r.idx, r.sent)
    # who appoints: 经中央批准 / 宣布了党中央、国务院关于……的决定
    # (every match has an organization and one of 关于 批准 决定 同意 任命)
    for m in _Z_APPOINTERS.finditer(tpl) if "«O" in tpl and _has_any(tpl, _Z_APPOINTER_WORDS) else ():
        lst = _nums(m.group("list") or m.group("list2") or "")
        bodies = [r.k(i) for i in lst if r.t(i) in ("GovernmentBody", "PartyOrgan")]
        if not bodies and m.group("list") and tpl.startswith("宣", m.start()) and "关于" in m.group(0):
            # 宣布(了)集团公司党委、集团公司关于…的决定: a group appoints its subsidiaries' leaders
            bodies = [r.k(i) for i in lst if r.t(i) in ("CentralSOE", "Company")]
        if bodies:
            ctx.appointers = bodies
    if len(r.idx) < 2 and not ("长" in tpl and "«P" in tpl and _has_any(tpl, _Z_PLACE_TITLE_WORDS)) \
            and not ("«P" in tpl and ("该" in tpl or "其" in tpl) and _Z_REF_TITLE.search(tpl, 0, tpl.index("«P"))) \
            and not ("«P" in tpl and "任" in tpl and getattr(ctx, "zh_appoint_org", None)
                     and ctx.sents.count(ctx.zh_appoint_org[1], ctx.sent_start, 2) <= 1):
        # (该公司董事长«P»: the company is named in the sentence before)
        # (one mention: no relation, unless a place's title names its government: 副省长«P»)
        if getattr(ctx, "zh_structure", True):
            _zh_structure(r)
        return
    if "«P" not in tpl:  # the rules below are about people
        if getattr(ctx, "zh_structure", True):
            _zh_structure(r)
        return
    toks = _tokens(tpl)
    handled: set[int] = set()
    # TITLE chain before a person: 国务院国资委主任、党委书记张毅 / 现任一汽集团董事长、党委书记的徐平
    # A list of people keeps the organization until another is named: "国资委党委书记、主任甲，
    # 党委委员、副主任乙" (乙 too is at 国资委).
    last_p, last_org = -1, None
    last_groups: list = []
    prev_status = "current"
    for i, tok in enumerate(toks):
        if not tok.startswith("«P"):
            continue
        prev_p, prev_org, prev_groups = last_p, last_org, last_groups
        last_p, last_org, last_groups = i, None, []
        if i >= 2 and toks[i - 1] == "、" and prev_p == i - 2 and prev_groups:
            # "副主任甲、乙": the names share the titles before the first
            for org, titles in prev_groups:
                r.rel("HOLDS_POSITION", r.k(tok[2:-1]), r.k(org), "zh.org_title_person", 0.85, status=prev_status,
                      **_zh_title_props(titles))
            last_org, last_groups = prev_org, prev_groups
            continue
        j = i - 1
        if j >= 0 and toks[j] == "的":
            j -= 1
        chain: list[str] = []
        between = ""
        # (甲部务委员兼乙局长«P»: 兼 joins two posts as 、 does)
        while j >= 0 and (toks[j].startswith("«O") or _is_title(toks[j]) or toks[j] == "、" or toks[j] == "兼"
                          or toks[j] in _Z_STATUS_WORDS and chain and _is_title(chain[0]) and j > 0 and toks[j - 1].startswith("«O")):
            if toks[j] in _Z_STATUS_WORDS:
                between = toks[j]  # «O»原董事长«P», «O»新任总经理«P»: the word says when
            else:
                chain.insert(0, toks[j])
            j -= 1
        while chain and chain[0] in ("、", "兼"):
            chain.pop(0)
        if not any(map(_is_title, chain)):
            continue
        if (chain[0] if chain else "")[:2] != "«O" and _has_any("".join(toks[max(0, j - 1):j + 1]), _Z_REF_WORDS):
            # 该公司董事长«P» / 其总经理«P»: the company named last before (in this sentence or one before)
            ref = _company_before(r, tok)
            if ref is not None:
                chain.insert(0, f"«O{ref}»")
        prefix = "".join(toks[max(0, j - 1):j + 1])
        # 卸任 (who left it), 曾任: a post held before (时任, "then", says nothing of now)
        status = "former" if prefix.endswith(("原", "前", "卸任", "曾任", "原任")) or between in ("原", "前") else "current"
        p = tok[2:-1]
        groups = _chain_groups(r, chain)
        if groups and groups[0][0] is None and prev_org is not None and (j == prev_p + 1 and toks[j] in ("，", ",") or j == prev_p) \
                and not any(t in ZH_PLACE_GOV_TITLES or t in _STATE_TITLES for t in groups[0][1]):
            # the organization of the person listed just before ("«O»董事长甲，总经理乙" / "…董事长甲、总经理乙")
            groups[0] = (prev_org, groups[0][1])
        elif groups and groups[0][0] is None and (j < 0 or toks[j][-1:] in _Z_CLAUSE_START) \
                and all(t in _FIRM_TITLES for t in groups[0][1]):
            # "…，总经理«P»主持会议": a company's title, where the sentence names one company only
            firms = {r.k(i) for i, mm in r.idx.items() if mm.kind == "O" and r.t(i) in ("CentralSOE", "Company")}
            others = [i for i, mm in r.idx.items() if mm.kind == "O" and r.t(i) not in ("CentralSOE", "Company", "Person", "Event")]
            if len(firms) == 1 and not others:
                one = next(i for i, mm in r.idx.items() if mm.kind == "O" and r.k(i) in firms)
                groups[0] = (str(one), groups[0][1])
        elif groups and groups[0][0] is None and prev_org is not None and (j < 0 or toks[j][-1:] in _Z_CLAUSE_START) \
                and not any(t in _STATE_TITLES for t in groups[0][1]):
            # "国资委主任甲出席会议并讲话，副主任乙主持会议": the organization of the person before,
            # where the sentence names no other
            orgs = {r.k(i) for i, mm in r.idx.items() if mm.kind == "O" and r.t(i) not in ("Person", "Event", "")}
            if orgs == {r.k(prev_org)}:
                groups[0] = (prev_org, groups[0][1])
        for org, titles in groups:
            if org is None or r.t(org) in ("Person", "Event", ""):
                continue
            r.rel("HOLDS_POSITION", r.k(p), r.k(org), "zh.org_title_person", 0.9, status=status, **_zh_title_props(titles))
            last_groups.append((org, titles))
            if r.t(org) not in ("GovernmentBody",) or not any(t in ZH_PLACE_GOV_TITLES for t in titles):
                last_org = org
        prev_status = status
    # 公司党委书记、董事长«P»: a company's own news calls it 公司 (集团): the company it opens with
    for m in _Z_HOME_TITLE.finditer(tpl) if "公司" in tpl or "集团" in tpl else ():
        if m.start() > 0 and tpl[m.start() - 1] not in _Z_CLAUSE_START:
            continue  # 该公司, 子公司, «O»公司: no bare word
        home = _home_company(ctx)
        titles = [t for t in _tokens(m.group("t")) if _is_title(t)]
        if home and titles and r.t(m.group("p")) == "Person":
            r.rel("HOLDS_POSITION", r.k(m.group("p")), home, "zh.home_title", 0.7, status="current", **_zh_title_props(titles))
    # «P»同志任«O»TITLE、TITLE / 任命«P»为«O»TITLE
    late = _Z_APPOINT_LATE.finditer(tpl) if "任" in tpl or "当选" in tpl else ()
    # (a notice's list of appointments runs on over ；: the company of the one just before)
    prev_app = getattr(ctx, "zh_appoint_org", None)
    appoint_org = None
    if prev_app is not None and ctx.sents.count(prev_app[1], ctx.sent_start, 2) <= 1:
        own = max(r.idx) + 4000 if r.idx else 4000
        r.idx[own] = prev_app[0]
        appoint_org = str(own)
    for m in sorted([*_z_appoint(tpl), *_Z_APPOINT_OBJ.finditer(tpl), *late], key=lambda x: x.start()):
        p = m.group("p")
        after = m.end()
        own = None
        if m.re is _Z_APPOINT_OBJ:
            # «O»董事会聘任«P»为(公司)总经理: the company's own officer
            om = _Z_OWN_BOARD.search(tpl, 0, tpl.index("«P", m.start()))
            if om and r.t(om.group(1)) in ("CentralSOE", "Company", "Institution"):
                own = om.group(1)
                if tpl.startswith(("公司", "集团公司", "集团", "本公司", "该公司"), after):
                    after = tpl.index("公司", after) + 2 if "公司" in tpl[after:after + 4] else after + 2
        if own is None and tpl.startswith(("集团公司", "公司", "集团"), after) and not tpl.startswith("«", after):
            # «P»任集团公司副总经理 (a company's own notice): the company the document opens with
            w = 4 if tpl.startswith("集团公司", after) else 2
            home = _home_company(ctx) if _TITLE_AT.match(tpl, after + w) else None
            if home is not None:
                mm = next((x for x in ctx.mentions if x.kind == "O" and x.key and ctx.root(x.key) == home), None)
                if mm is not None:
                    own = str(max(r.idx) + 2000 if r.idx else 2000)
                    r.idx[int(own)] = mm
                    after += w
        rest = _tokens(tpl[after:])
        chain, j = _forward_chain(rest, 0)
        if own is not None and chain and _is_title(chain[0]):
            chain.insert(0, f"«O{own}»")
        elif len(chain) == 1 and chain[0].startswith("«O") and j < len(rest) and rest[j] in _Z_THEN_POST:
            chain += _forward_chain(rest, j + 1)[0]  # «P»调任«O»，出任总经理: the titles after the move
        # 王某、李某同志任…: each of the list
        ps = [*_nums(m.group("list") or "", "P"), p] if m.re is not _Z_APPOINT_OBJ else [*_nums(m.group("olist") or "", "P"), p]
        groups = _chain_groups(r, chain)
        if groups and groups[0][0] is None and appoint_org is not None and all(t in _FIRM_TITLES for t in groups[0][1]):
            groups[0] = (appoint_org, groups[0][1])  # 甲出任«O»董事长，乙出任总经理: the organization of the clause before
        for org, titles in groups:
            if org is None:
                continue
            appoint_org = org
            ctx.zh_appoint_org = (r.idx[int(org)], ctx.sent_start)
            for p in ps:
                r.rel("HOLDS_POSITION", r.k(p), r.k(org), "zh.appointed", 0.9, status="current", **_zh_title_props(titles))
                for body in ctx.appointers:
                    r.rel("APPOINTS", body, r.k(p), "zh.appointed", 0.85, title_zh="、".join(titles),
                          date=_sent_date(r) or None)
    if "分别" in tpl:
        _zh_respectively(r)
    for m in _Z_POST_BY.finditer(tpl) if "由«P" in tpl else ():
        for org, titles in _chain_groups(r, _tokens(m.group("chain"))):
            if org is not None and r.t(org) not in ("Person", "Event", ""):
                r.rel("HOLDS_POSITION", r.k(m.group("p")), r.k(org), "zh.post_by", 0.85, status="current", **_zh_title_props(titles))
                for body in ctx.appointers:
                    r.rel("APPOINTS", body, r.k(m.group("p")), "zh.post_by", 0.8, title_zh="、".join(titles), date=_sent_date(r) or None)
    # «P»（«O»TITLE）: the post in brackets after the name
    for m in _Z_PAREN_POST.finditer(tpl) if "（" in tpl or "(" in tpl else ():
        inner = m.group("inner")
        status = "former" if inner.startswith(("原", "前")) else "current"
        chain, j = _forward_chain(_tokens(inner.lstrip("原前")), 0)
        for org, titles in _chain_groups(r, chain):
            if org is not None and r.t(org) not in ("Person", "Event", ""):
                r.rel("HOLDS_POSITION", r.k(m.group("p")), r.k(org), "zh.bracketed_post", 0.85, status=status,
                      **_zh_title_props(titles))
    # «P»，男，1965年生，现任«O»TITLE: the post held now (not "现任«O»TITLE«P»", another's title)
    for m in _Z_NOW.finditer(tpl) if "现任" in tpl else ():
        rest = _tokens(tpl[m.end():])
        chain, j = _forward_chain(rest, 0)
        if j < len(rest) and (rest[j].startswith("«P") or rest[j] == "的" and rest[j + 1:j + 2] and rest[j + 1].startswith("«P")):
            continue
        for org, titles in _chain_groups(r, chain):
            if org is None or r.t(org) in ("Person", "Event", ""):
                continue
            r.rel("HOLDS_POSITION", r.k(m.group("p")), r.k(org), "zh.currently", 0.8, status="current", **_zh_title_props(titles))
    for m in _Z_FORMERLY.finditer(tpl) if ("曾" in tpl or "历任" in tpl or "先后" in tpl or "此前" in tpl or "之前" in tpl) else ():
        rest = _tokens(tpl[m.end():])
        at = _Z_AT_ORG.search(m.group(0))
        if at:
            rest.insert(0, at.group(1))  # 曾在«O»担任副总经理: the organization of the first title
        i = 0
        # every organization-and-title chain of the résumé, up to 等(职务) or the sentence's end
        while i < len(rest) and rest[i] != "等" and "。" not in rest[i] and "«P" not in rest[i]:
            chain, j = _forward_chain(rest, i)
            for org, titles in _chain_groups(r, chain):
                if org is None or r.t(org) in ("Person", "Event", ""):
                    continue
                r.rel("HOLDS_POSITION", r.k(m.group("p") or m.group("p2")), r.k(org), "zh.formerly", 0.8, status="former",
                      **_zh_title_props(titles))
            i = j if j > i else i + 1
    # 免去其«O»TITLE职务
    for rx in (_Z_REMOVE, _Z_NO_LONGER):
        for m in rx.finditer(tpl):
            p = m.group("p") or (m.group("p2") if rx is _Z_REMOVE else None)
            if p is None:
                # 免去其…: 其 is the person the sentence has just appointed ("X同志任…，免去其…"),
                # not any person before ("据X介绍，…免去其…")
                prev = [int(a.group("p")) for a in (*_z_appoint(tpl, 0, m.start()),
                                                    *_Z_APPOINT_OBJ.finditer(tpl, 0, m.start()))]
                if not prev:
                    continue
                p = str(max(prev))
            chain, _ = _forward_chain(_tokens(tpl[m.end():]), 0)
            for org, titles in _chain_groups(r, chain):
                if org is None:
                    continue
                r.rel("HOLDS_POSITION", r.k(p), r.k(org), "zh.removed", 0.85, status="former", **_zh_title_props(titles))
    if getattr(ctx, "zh_structure", True):
        _zh_structure(r)


_Z_NEW = re.compile(r"(?:新组建|新成立|组建)的«O(?P<o>\d+)»")
_Z_FOUNDED = re.compile(r"(?:经«O(?P<a>\d+)»(?:批准|同意)[，,]?)?«O(?P<b>\d+)»(?:正式|日前|今天|近日)?(?:成立|组建|挂牌成立|揭牌)")
_Z_MERGE_FROM = re.compile(r"«O(?P<t>\d+)»由(?P<body>.*?)(?:为基础)?(?:整合|合并|重组|联合重组|组建|改组)而成")
# (when and how may come between: 近日正式并入, 已于年初整体划入, 将成建制并入, 被并入)
_Z_MERGE_ADV = r"(?:近日|日前|已经|已|将|拟|正式|顺利|被|于[^«，。；]{1,10}?|此前|今年|整体|无偿|成建制|全部)"
_Z_MERGE_INTO = re.compile(rf"(?P<list>(?:«O\d+»[、和及与])*)«O(?P<a>\d+)»{_Z_MERGE_ADV}{{0,4}}(?:并入|划入|划归|无偿划转至|划转至|划转给|重组整合进入"
                           r"|整合进入|(?:无偿)?划转进入)«O(?P<b>\d+)»(?P<sub>[，,]?(?:并)?成为(?:其|该集团|该公司)(?:旗下)?的?(?:全资|控股)?子(?:企业|公司))?")
# A stake handed over: 由甲向乙无偿划转丙51%股权; 甲将其持有的丙…股(权)无偿划转给乙; 乙受让丙30%股权
_Z_STAKE_TO = re.compile(r"(?:由«O(?P<a1>\d+)»)?向«O(?P<b>\d+)»(?:无偿)?(?:划转|转让)(?:其)?(?:持有|所持)?的?«O(?P<c>\d+)»(?:的)?(?P<n>\d+(?:\.\d+)?%)?(?:的)?(?:股权|股份)"
                         r"|(?:«O(?P<a2>\d+)»(?:拟|将要|决定|计划)?)?将(?P<its>其)?(?:持有|所持)的?«O(?P<c2>\d+)»(?P<amount>[^«，。；]{0,24}?)(?:股权|股份|股)(?:无偿)?(?:划转|转让)(?:给|至|予)«O(?P<b2>\d+)»"
                         r"|«O(?P<b3>\d+)»(?:拟|将|已)?(?:以[^«，。；,;]{1,12}?)?(?:受让|收购|获得)«O(?P<c3>\d+)»(?:的)?(?P<n3>\d+(?:\.\d+)?%)(?:的)?(?:股权|股份)")
# 甲吸收合并乙: 乙 is absorbed into 甲
_Z_ABSORBS = re.compile(r"«O(?P<a>\d+)»(?:拟|将|已|正式|完成)?(?:对)?吸收合并(?:了)?«O(?P<b>\d+)»")
# 甲对乙实施(联合)重组: 乙 is restructured into 甲
_Z_RESTRUCTURES = re.compile(r"«O(?P<a>\d+)»对«O(?P<b>\d+)»(?:实施|进行|开展)(?:战略性|联合|专业化)?重组")
# "国家能源投资集团(国电集团和神华集团重组组建)": the bracket says what it was formed from
# "乙的控股股东为甲", "甲是乙的控股股东": 甲 owns 乙
# (控股股东变更为甲, 甲成为乙的控股股东: a change of control)
# (an apposition too: «C»的控股股东«P»表示…)
_Z_CONTROLLING = re.compile(r"«O(?P<c>\d+)»的?(?:间接)?(?:控股股东|第一大股东)(?:为|是|变更为|将变更为|变为)?«O(?P<p>\d+)»"
                            r"|«O(?P<p2>\d+)»(?:是|为|系|成为|将成为)«O(?P<c2>\d+)»的(?:间接)?(?:控股股东|第一大股东)")
# 甲(以N亿元)收购(了)乙。: the whole of it (a stake is _Z_STAKE_TO's: 收购乙30%股权)
_Z_ACQUIRES = re.compile(r"«O(?P<a>\d+)»(?:已|将|拟|正式|成功|完成)?(?:以[^«，。；,;]{1,12}?)?(?:全资)?收购(?:了)?«O(?P<b>\d+)»(?=[。，；,;！]|$)")
_Z_MERGE_PAREN = re.compile(r"«O(?P<t>\d+)»[(（](?P<list>«O\d+»(?:[、和与及]«O\d+»)+)(?:实施)?(?:联合|战略性)?(?:重组|合并|整合)(?:组建|成立|而成|设立|形成)?[)）]")
_Z_MERGE_AS = re.compile(r"(?P<list>«O\d+»(?:[、和与及]«O\d+»)+)(?:实施)?(?:联合|战略性)?(?:重组|合并|整合)+(?:[，,]?(?:共同)?(?:新设|组建|设立|成立))?(?:为|成立|组建|成)?(?:新的)?"
                         # 重组为一家大型省属国有独资公司——«O»: a description of the new company before its name
                         r"(?:(?:一家|一个|新的)[^«，。；、]{0,16}?(?:公司|集团|企业)(?:——|--|—|：|:|，|,)?)?«O(?P<t>\d+)»")
_Z_INVESTOR = re.compile(r"«O(?P<c>\d+)»[^。«；]{0,12}?由«O(?P<a>\d+)»(?:代表(?:国务院|«O\d+»))?(?:依法)?履行出资人职责"
                         r"|«O(?P<a2>\d+)»(?:代表(?:国务院|«O\d+»))?(?:依法)?(?:对|为)(?P<list>«O\d+»(?:[、和及]«O\d+»)*)履行出资人职责")
# (旗下能源公司«O», 下属上市公司«O»: what kind of company it is may come before the name)
_Z_PARENT_OF = re.compile(r"«O(?P<p>\d+)»[^«，。、；]{0,8}?(?:旗下|下属|所属|控股|板块|子公司)的?(?:[\u4e00-\u9fff]{1,4}(?:公司|企业))?(?P<list>«O\d+»(?:[、和及]«O\d+»)*)")
_Z_SHARES_SAME = re.compile(r"股权结构为[：:]?(?P<list>«O\d+»(?:[、和与及]«O\d+»)*)持股比例相同[，,]?为(?P<n>\d+(?:\.\d+)?)%")
_Z_HOLDS = re.compile(r"«O(?P<p>\d+)»(?:持有|持股|控股)«O(?P<c>\d+)»(?:的)?(?P<n>\d+(?:\.\d+)?)?%?"
                      # the holder described by its stake: 持有乙22.5%股权(合…股)的甲 / 持有乙股份的甲 / 控股乙的甲
                      r"|(?:持有|控股)«O(?P<c2>\d+)»(?:的)?(?:(?P<n2>\d+(?:\.\d+)?)%)?(?:的)?(?:股权|股份|股)?(?:[（(][^（()）«]{0,24}[)）])?的«O(?P<p2>\d+)»")
_Z_INVESTORS = re.compile(r"引入(?P<list>«O\d+»(?:[、和与及]«O\d+»)*)(?:作为|为)(?:战略)?投资者")
_Z_INV_SHARES = re.compile(r"(?:战略)?投资者持股比例分别为(?P<ns>\d+(?:\.\d+)?%(?:[、和]\d+(?:\.\d+)?%)*)")
# (…监管的重点企业 / 市属国有企业 / 一级企业: a description of up to six characters before the noun)
_Z_SOE_OF = re.compile(r"«O(?P<c>\d+)»(?:是|为|系|作为)(?:由)?«O(?P<a>\d+)»(?:直接)?(?:监管|管理|履行出资人职责)的[\u4e00-\u9fff]{0,6}?(?:中央企业|央企|国有企业|企业)")
_Z_SUPERVISE = re.compile(r"«O(?P<a>\d+)»(?:直接)?(?:监管|管理|履行出资人职责)的(?P<list>«O\d+»(?:[、和及]«O\d+»)*)")
_Z_SUBSIDIARY = re.compile(r"«O(?P<c>\d+)»(?:是|为|系|作为|成为|将成为)«O(?P<p>\d+)»(?:的|旗下的|下属的)?(?:二级|三级)?(?:全资|控股|绝对控股|相对控股)?(?:子公司|子企业|二级公司|二级企业)"
                           # 乙是甲控股的上市公司 / 乙由甲(100%)控股
                           r"|«O(?P<c2>\d+)»(?:是|为|系)«O(?P<p2>\d+)»(?:全资|绝对|相对)?控股的(?:上市公司|公司|企业)"
                           r"|«O(?P<c3>\d+)»由«O(?P<p3>\d+)»(?:(?P<n3>\d+(?:\.\d+)?)%|全资|绝对|相对)?控股")
_Z_PART = re.compile(r"«O(?P<a>\d+)»(?:是|为|系)?(?:«O(?P<b>\d+)»)(?:直属|下属|所属)|«O(?P<a2>\d+)»隶属于«O(?P<b2>\d+)»")
_Z_MERGE_PAIR = re.compile(r"(?P<list>«O\d+»(?:[、和与及同]«O\d+»)+)(?:两家|三家|等)?(?:企业|公司|集团)?(?:正式|将|拟|宣布)?(?:实施|进行|开展|启动)?(?:战略性|联合|专业化)?(?:重组|合并)(?![^，。；]{0,4}(?:为|成立|组建|成|新设|设立))")
_Z_BUILT_BY = re.compile(r"«O(?P<a>\d+)»(?:牵头|出资|发起|批准|决定)?(?:新)?(?:组建|成立|设立|筹建)了?(?:新的)?«O(?P<b>\d+)»"
                         r"|«O(?P<b2>\d+)»由«O(?P<a2>\d+)»(?:牵头|出资|发起)?(?:组建|成立|设立|筹建)"
                         # 乙是(由)甲组建的…之一 / 甲(出资)组建的乙: the founder before 的
                         r"|«O(?P<b3>\d+)»(?:是|为|系)(?:由)?«O(?P<a3>\d+)»(?:牵头|出资|发起|批准|决定)?(?:组建|成立|设立|筹建)的"
                         r"|«O(?P<a4>\d+)»(?:牵头|出资|发起)?(?:组建|设立|成立|筹建)的(?:新公司|新企业|公司|企业)?«O(?P<b4>\d+)»")
# 甲将乙(以下简称丙)51%股权无偿划转给丁: 丁 holds the stake, 甲 held it
_Z_TRANSFER = re.compile(r"«O(?P<a>\d+)»(?:拟|将|决定)?(?:将)?(?:其)?(?:所持有?的?|持有的)?«O(?P<b>\d+)»"
                         r"(?:[（(][^)）«]*(?:«O\d+»)?[^)）«]*[)）])?的?(?:(?P<n>\d+(?:\.\d+)?)%)?的?(?:国有)?股权"
                         r"(?:无偿)?(?:划转|转让|划入|注入)(?:给|至|予|到)«O(?P<c>\d+)»")
_Z_COOP = re.compile(
    # 甲与乙、丙和丁(等三家央企)(分别)签署…: 甲 with each of them (tried first: from 乙 on, the
    # list would read as parties to one another's agreement)
    r"«O(?P<a4>\d+)»(?:将|已|还|也|共)?(?:与|和|同)(?P<list4>«O\d+»(?:、«O\d+»)+(?:[和与及]«O\d+»)?|«O\d+»[和及]«O\d+»)"
    r"(?:等[^。；«，]{0,8}?)?(?:分别|各自)?[^。；«]{0,12}?(?:签署|签订|签约)"
    r"|(?P<list>«O\d+»(?:、«O\d+»)*)(?:与|和|同)«O(?P<b>\d+)»[^。；«]{0,20}?(?:签署|签订|签约|合作|协议|战略)"
                     # 甲、乙、丙三方签署… / 甲、乙和丙各方共同签订…: the parties counted after the list
                     r"|(?P<list2>«O\d+»(?:[、和与及]«O\d+»)+)(?:等)?(?:双方|三方|四方|多方|各方)(?:共同|正式|在[^«，。；]{1,10}?)?(?:签署|签订|签约|达成|合作)"
                     # 甲分别与乙、丙签署…: 甲 with each of them
                     r"|«O(?P<a3>\d+)»(?:将|已|还|也)?分别(?:与|和|同)(?P<list3>«O\d+»(?:[、和与及]«O\d+»)*)[^。；«]{0,20}?(?:签署|签订|签约|合作|协议)")


# Words without which a structure rule cannot match (one of them must be in the template):
# a rule runs only where one is.
_Z_NEEDS: dict = {}


def _fi(rx: re.Pattern, tpl: str):
    """``rx.finditer(tpl)``, or nothing where none of the words every match needs is there."""
    for w in _Z_NEEDS[rx]:
        if w in tpl:
            return rx.finditer(tpl)
    return ()


# A clause without a subject (or with 该公司/该集团/其) that merges "with" a list: the subject is the
# topic of the sentence before: 甲是…。今年，曾和乙、丙重组为丁 (甲 too went into 丁)
_Z_WITH_MERGE = re.compile(r"(?:^|[，,；;])(?:该公司|该集团|其)?(?:曾|已|将|拟|还|又)?(?:和|与|同)(?P<list>«O\d+»(?:[、和与及]«O\d+»)*)"
                           r"(?:一起|一道|共同)?(?:实施|进行)?(?:联合|战略性)?(?:重组|合并|整合)(?P<rest>[^。；;]{0,60})")
_Z_INTO_NEW = re.compile(r"(?:组建|成立|新设|设立)?(?:为|成)?(?<=[为成建立设])(?:新的)?(?:(?:一家|一个|新的)[^«，。；、]{0,16}?(?:公司|集团|企业)(?:——|--|—|：|:|，|,)?)?«O(\d+)»")


def _zh_topic_merges(r: _R) -> None:
    topic = r.ctx.zh_prev_topic
    if r.ctx.etype(topic) not in ("CentralSOE", "Company", "Institution"):
        return
    for m in _Z_WITH_MERGE.finditer(r.tpl):
        lst = _nums(m.group("list"))
        if not lst or any(r.k(i) == topic for i in lst) or not all(r.t(i) == r.ctx.etype(topic) or
                                                                      r.t(i) in ("CentralSOE", "Company") for i in lst):
            continue
        into = _Z_INTO_NEW.match(m.group("rest"))
        if into:
            t = into.group(1)
            if r.k(t) != topic and r.t(t) in ("CentralSOE", "Company", "Institution"):
                r.rel("MERGED_INTO", topic, r.k(t), "zh.topic_merged_as", 0.7, date=_sent_date(r))
        elif len(lst) == 1:
            r.rel("MERGED_INTO", topic, r.k(lst[0]), "zh.topic_merger_pair", 0.6, date=_sent_date(r))


def _zh_structure(r: _R) -> None:
    tpl, ctx = r.tpl, r.ctx
    for m in _fi(_Z_NEW, tpl):
        ctx.new_org = r.k(m.group("o"))
    for m in _fi(_Z_FOUNDED, tpl):
        ctx.new_org = r.k(m.group("b"))
        if m.group("a") and r.t(m.group("a")) in ("GovernmentBody", "PartyOrgan"):
            r.rel("ESTABLISHED", r.k(m.group("a")), r.k(m.group("b")), "zh.approved_founding", 0.6, date=_sent_date(r))
    for m in _fi(_Z_MERGE_FROM, tpl):
        t = m.group("t")
        body = m.group("body")
        parents = {int(x) for x in re.findall(r"«O(\d+)»[^«、，,]{0,8}的", body)}
        for s in _nums(body):
            if s not in parents and _same_kind(r, s, t):
                r.rel("MERGED_INTO", r.k(s), r.k(t), "zh.merged_from", 0.85, date=_sent_date(r))
        ctx.new_org = r.k(t)
    for m in _fi(_Z_MERGE_INTO, tpl):
        # 甲和乙并入丙(，成为其全资子企业): each of the list; a subsidiary of 丙 since
        for a in (*_nums(m.group("list")), int(m.group("a"))):
            if r.t(a) in ("Person", "Event", ""):
                continue
            r.rel("MERGED_INTO", r.k(a), r.k(m.group("b")), "zh.merged_into", 0.85, date=_sent_date(r))
            if m.group("sub"):
                r.rel("OWNS", r.k(m.group("b")), r.k(a), "zh.merged_into_subsidiary", 0.8)
    for m in _fi(_Z_ABSORBS, tpl):
        a, b = m.group("a"), m.group("b")
        if _same_kind(r, a, b) and r.t(b) in ("CentralSOE", "Company"):
            r.rel("MERGED_INTO", r.k(b), r.k(a), "zh.absorbs", 0.8, date=_sent_date(r))
    for m in _fi(_Z_RESTRUCTURES, tpl):
        a, b = m.group("a"), m.group("b")
        if _same_kind(r, a, b) and r.t(b) in ("CentralSOE", "Company"):
            r.rel("MERGED_INTO", r.k(b), r.k(a), "zh.restructures", 0.7, date=_sent_date(r))
    for m in _fi(_Z_STAKE_TO, tpl):
        b = m.group("b") or m.group("b2") or m.group("b3")
        c = m.group("c") or m.group("c2") or m.group("c3")
        if r.t(c) not in ("CentralSOE", "Company", "Institution") or r.t(b) in ("Person", "Event", ""):
            continue
        n = m.group("n") or m.group("n3") or re.search(r"\d+(?:\.\d+)?%", m.group("amount") or "")
        n = n.group(0) if isinstance(n, re.Match) else n
        r.rel("OWNS", r.k(b), r.k(c), "zh.stake_transferred", 0.8, **({"share": float(n[:-1])} if n else {}))
        holder = m.group("a1") or (m.group("a2") if m.group("its") else None)
        if holder and r.t(holder) not in ("Person", "Event", ""):
            r.rel("OWNS", r.k(holder), r.k(c), "zh.stake_held", 0.75)  # 由甲向乙划转丙股权 / 甲将其持有的丙股份: 甲 holds them
    for m in _fi(_Z_CONTROLLING, tpl):
        p, c = m.group("p") or m.group("p2"), m.group("c") or m.group("c2")
        if r.t(c) in ("CentralSOE", "Company") and r.t(p) not in ("Person", "Event", ""):
            r.rel("OWNS", r.k(p), r.k(c), "zh.controlling_shareholder", 0.8)
    for m in _fi(_Z_MERGE_PAREN, tpl):
        for a in _nums(m.group("list")):
            if _same_kind(r, a, m.group("t")):
                r.rel("MERGED_INTO", r.k(a), r.k(m.group("t")), "zh.merged_from_paren", 0.8, date=_sent_date(r))
    merged_as = False
    for m in _fi(_Z_MERGE_AS, tpl):
        merged_as = True
        for s in _nums(m.group("list")):
            r.rel("MERGED_INTO", r.k(s), r.k(m.group("t")), "zh.merged_as", 0.85, date=_sent_date(r))
    if ctx.zh_prev_topic and ("重组" in tpl or "合并" in tpl or "整合" in tpl):
        _zh_topic_merges(r)
    # 甲与乙实施联合重组: which absorbs which is not said; one undirected MERGED_INTO per pair
    for m in _fi(_Z_MERGE_PAIR, tpl) if not merged_as else ():
        lst = _nums(m.group("list"))
        for b in lst[1:]:
            if _same_kind(r, lst[0], b):
                r.rel("MERGED_INTO", r.k(lst[0]), r.k(b), "zh.merger_pair", 0.7, date=_sent_date(r))
    for m in _fi(_Z_BUILT_BY, tpl):
        a = m.group("a") or m.group("a2") or m.group("a3") or m.group("a4")
        b = m.group("b") or m.group("b2") or m.group("b3") or m.group("b4")
        if r.t(a) in ("GovernmentBody", "PartyOrgan", "CentralSOE", "Company", "Institution") and r.t(b) not in ("Person", "Event", ""):
            r.rel("ESTABLISHED", r.k(a), r.k(b), "zh.established_by", 0.75, date=_sent_date(r))
            ctx.new_org = ctx.new_org or r.k(b)
    for m in _fi(_Z_PARENT_OF, tpl):
        for c in _nums(m.group("list")):
            if r.t(c) in ("Company", "CentralSOE", "Institution"):
                r.rel("OWNS", r.k(m.group("p")), r.k(c), "zh.parent_of", 0.75)
    target = ctx.new_org
    for m in _fi(_Z_SHARES_SAME, tpl):
        # "X股权结构为：A和B持股比例相同，为38.91%": X is the nearest organization before
        before = _nums(tpl[:m.start()])
        tgt = r.k(before[-1]) if before else target
        if not tgt:
            continue
        for s in _nums(m.group("list")):
            r.rel("OWNS", r.k(s), tgt, "zh.shareholding", 0.85, share=float(m.group("n")))
    for m in _fi(_Z_HOLDS, tpl):
        n = m.group("n") or m.group("n2")
        share = float(n) if n else None
        p, c = m.group("p") or m.group("p2"), m.group("c") or m.group("c2")
        if m.group("p2") and (r.t(p) in ("Person", "Event", "") or r.t(c) not in ("CentralSOE", "Company")):
            continue
        r.rel("OWNS", r.k(p), r.k(c), "zh.holds", 0.8, share=share)
    for m in _fi(_Z_TRANSFER, tpl):
        b = m.group("b")
        if r.t(b) not in ("Company", "CentralSOE") or r.t(m.group("c")) in ("Person", "Event", ""):
            continue
        share = float(m.group("n")) if m.group("n") else None
        r.rel("OWNS", r.k(m.group("c")), r.k(b), "zh.stake_transfer", 0.8, share=share, date=_sent_date(r))
        if r.t(m.group("a")) not in ("Person", "Event", ""):
            r.rel("OWNS", r.k(m.group("a")), r.k(b), "zh.stake_transfer", 0.7)
    for m in _fi(_Z_INVESTORS, tpl):
        before = _nums(tpl[:m.start()])
        tgt = r.k(before[-1]) if before else target
        if not tgt:
            continue
        ctx.investors = [(r.k(s), tgt) for s in _nums(m.group("list"))]
        for s, t in ctx.investors:
            r.rel("OWNS", s, t, "zh.strategic_investor", 0.8)
    for m in _fi(_Z_INV_SHARES, tpl):
        shares = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", m.group("ns"))]
        if len(shares) == len(ctx.investors):
            for (s, t), n in zip(ctx.investors, shares):
                ctx.add_rel("OWNS", s, t, r.sent, "zh.strategic_investor_share", 0.85, share=n)
    for m in _fi(_Z_INVESTOR, tpl):
        if m.group("a"):
            r.rel("SUPERVISES", r.k(m.group("a")), r.k(m.group("c")), "zh.investor_role", 0.8)
        else:
            for c in _nums(m.group("list")):
                r.rel("SUPERVISES", r.k(m.group("a2")), r.k(c), "zh.investor_role", 0.8)
    for m in _fi(_Z_SOE_OF, tpl):
        if r.t(m.group("a")) in ("GovernmentBody", "PartyOrgan"):
            r.rel("SUPERVISES", r.k(m.group("a")), r.k(m.group("c")), "zh.soe_of", 0.8)
    for m in _fi(_Z_SUPERVISE, tpl):
        for c in _nums(m.group("list")):
            r.rel("SUPERVISES", r.k(m.group("a")), r.k(c), "zh.supervises", 0.8)
    for m in _fi(_Z_SUBSIDIARY, tpl):
        p, c = m.group("p") or m.group("p2") or m.group("p3"), m.group("c") or m.group("c2") or m.group("c3")
        if m.group("p") is None and (r.t(p) in ("Person", "Event", "") or r.t(c) not in ("CentralSOE", "Company")):
            continue
        r.rel("OWNS", r.k(p), r.k(c), "zh.subsidiary", 0.8, **({"share": float(m.group("n3"))} if m.group("n3") else {}))
        if m.group("c") and "成为" in m.group(0) and r.t(p) == "CentralSOE" and r.k(p) != r.k(c):
            # 甲集团成为乙的(全资)子企业: a whole group that becomes a subsidiary of a central SOE is
            # merged into it (the count of central SOEs drops), not a company it set up
            cm = r.idx[int(c)]
            if "集团" in ctx.text[cm.start:cm.end] or "总公司" in ctx.text[cm.start:cm.end]:
                r.rel("MERGED_INTO", r.k(c), r.k(p), "zh.became_subsidiary", 0.65, date=_sent_date(r))
    for m in _fi(_Z_PART, tpl):
        a = m.group("a") or m.group("a2")
        b = m.group("b") or m.group("b2")
        r.rel("PART_OF", r.k(a), r.k(b), "zh.part_of", 0.8)
    for m in _fi(_Z_COOP, tpl):
        if m.group("a3") or m.group("a4"):
            a = m.group("a3") or m.group("a4")
            for b in _nums(m.group("list3") or m.group("list4")):
                if r.t(a) not in ("Person", "Event", "") and r.t(b) not in ("Person", "Event", "") and r.k(a) != r.k(b):
                    r.rel("COOPERATES_WITH", r.k(a), r.k(b), "zh.cooperation", 0.75, date=_sent_date(r))
            continue
        # 甲、乙和丙签署协议: every pair of the parties cooperates
        if m.group("list2"):
            parties = [p for p in _nums(m.group("list2")) if r.t(p) not in ("Person", "Event", "")]
        else:
            parties = [p for p in [*_nums(m.group("list")), int(m.group("b"))] if r.t(p) not in ("Person", "Event", "")]
        for i, a in enumerate(parties):
            for b in parties[i + 1:]:
                if r.k(a) != r.k(b):
                    r.rel("COOPERATES_WITH", r.k(a), r.k(b), "zh.cooperation", 0.75, date=_sent_date(r))


_Z_NEEDS.update({
    _Z_NEW: ("组建", "新成立"),
    _Z_FOUNDED: ("成立", "组建", "揭牌"),
    _Z_MERGE_FROM: ("而成",),
    _Z_MERGE_INTO: ("并入", "划入", "划归", "划转至", "划转给", "整合进入", "划转进入"),
    _Z_STAKE_TO: ("划转", "转让", "受让", "收购", "获得"),
    _Z_MERGE_PAREN: ("重组", "合并", "整合"),
    _Z_CONTROLLING: ("控股股东", "第一大股东"),
    _Z_RESTRUCTURES: ("重组",),
    _Z_ABSORBS: ("吸收合并",),
    _Z_MERGE_AS: ("重组", "合并", "整合"),
    _Z_MERGE_PAIR: ("重组", "合并"),
    _Z_BUILT_BY: ("组建", "成立", "设立", "筹建"),
    _Z_PARENT_OF: ("旗下", "下属", "所属", "控股", "板块", "子公司"),
    _Z_SHARES_SAME: ("股权结构为",),
    _Z_HOLDS: ("持有", "持股", "控股"),
    _Z_INVESTORS: ("引入",),
    _Z_INV_SHARES: ("投资者持股比例分别为",),
    _Z_INVESTOR: ("履行出资人职责",),
    _Z_SOE_OF: ("企业", "央企"),
    _Z_SUPERVISE: ("监管的", "管理的", "职责的"),
    _Z_SUBSIDIARY: ("子公司", "子企业", "二级公司", "二级企业", "控股"),
    _Z_PART: ("直属", "下属", "所属", "隶属于"),
    _Z_COOP: ("签署", "签订", "签约", "合作", "协议", "战略"),
    _Z_TRANSFER: ("股权",),
})
