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
TITLE = rf"(?:(?:former|then|ex-|outgoing|incumbent|current)\s+)?{_TW}(?:(?:\s+|-|\s+and\s+|\s+of\s+the\s+|\s+of\s+|,\s+)(?:{_TW})\b)*"
POSS = r"(?:’s|'s)"
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
    """"the new group" -> the organization whose founding the document reported."""
    if not ctx.new_org:
        return inside
    if ctx.mtext.find("he new ", s, e) < 0:  # every match has "[Tt]he new " (tested before the imports below)
        return inside
    from soegraph.loaders.extract.base import Mention
    from soegraph.loaders.extract.pipeline import _NEW_ORG_REF

    sent = ctx.mtext[s:e]
    add = []
    for m in _NEW_ORG_REF.finditer(sent):
        a, b = s + m.start(), s + m.end()
        if any(x.start < b and a < x.end for _, x in inside):
            continue
        info = ctx.ents.get(ctx.root(ctx.new_org))
        mm = Mention(a, b, "O", info.etype if info else "Company", ctx.new_org, info.name if info else "", source="ref",
                     rule="new_org_ref")
        ctx.mentions.append(mm)
        if info:
            info.mentions.append((a, b))
        add.append((10_000_000 + len(ctx.mentions), mm))
    if not add:
        return inside
    return sorted(inside + add, key=lambda x: x[1].start)


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
    # the organization a sentence starts with is what "it" in the next sentence refers to
    sm = _SUBJECT.match(tpl)
    if sm:
        ctx.last_subject = r.k(sm.group(1))
    elif not _IT.match(tpl):
        ctx.last_subject = None


# --- English --------------------------------------------------------------------------------

_E_APPOS_HEAD = re.compile(rf"{P}(?:\s*[（(](?:«P\d+»|[^)）«]*)[)）])?,\s+(?:the\s+|an\s+|a\s+)?", _FLAGS)
_E_SEG = re.compile(
    rf"(?:(?P<t1>{TITLE})\s+(?:of|at|in)\s+(?:the\s+)?«O(?P<o1>\d+)»(?!\s*«P)(?:\s*[（(][^)）]*[)）])?"
    rf"|«O(?P<o2>\d+)»{POSS}\s+(?P<t2>{TITLE}))",
    _FLAGS,
)
_E_SEP = re.compile(r"(?:,\s*and\s+|\s+and\s+|,\s+)(?:the\s+)?", _FLAGS)
_E_TITLE_BEFORE = re.compile(
    # never from inside a word: the lookbehind fails fast where the title trie would be tried (4x faster)
    rf"(?<![A-Za-z0-9])(?:(?P<pre>former|ex-|outgoing|late)\s+)?(?:«O(?P<o1>\d+)»{POSS}?\s+)?(?P<t>{TITLE})\s+(?:(?:of|at)\s+(?:the\s+)?«O(?P<o2>\d+)»\s+)?«P(?P<p>\d+)»"
    rf"(?P<more>(?:,?\s+and\s+«P\d+»)*)",
    _FLAGS,
)
_E_APPOINTED = re.compile(
    rf"«P(?P<p>\d+)»(?:(?!«P).){{0,120}}?\b(?:was|has been|had been|is|were|will be|being|been)\s+(?:formally\s+|officially\s+)?"
    rf"(?:appointed|named|elected|promoted|nominated)\s+(?:as\s+|to\s+be\s+|to\s+the\s+post\s+of\s+)?(?:the\s+|a\s+)?"
    rf"(?P<t>{TITLE})(?:\s+(?:of|at|for)\s+(?:the\s+)?«O(?P<o>\d+)»)?(?P<rest>.*)",
    _FLAGS,
)
_E_APPOINTS_ACTIVE = re.compile(
    rf"«O(?P<a>\d+)»(?:\s+(?:has|have|had))?\s+(?:appointed|named|nominated|appoints|names)\s+«P(?P<p>\d+)»,?\s+(?:as\s+)?(?:the\s+|a\s+)?"
    rf"(?P<t>{TITLE})\s+(?:of|at|for)\s+(?:the\s+)?«O(?P<o>\d+)»"
    # "the board of «O» appointed «P» as its president"
    rf"|«O(?P<a2>\d+)»(?:\s+(?:has|have|had))?\s+(?:appointed|named|appoints|names)\s+«P(?P<p2>\d+)»,?\s+(?:as\s+)?(?:its|the\s+company[’']s|the\s+group[’']s)\s+(?P<t2>{TITLE})",
    _FLAGS,
)
_E_CENTRAL_SOE_UNDER = re.compile(
    r"«O(?P<a>\d+)»,?\s+(?:is|was|are|were|as|being)?\s*(?:one\s+of\s+the\s+|a\s+|an\s+)?(?:\d+\s+|\w+\s+)?"
    r"(?:central\s+(?:state-owned\s+)?(?:enterprises?|SOEs?|companies)|state-owned\s+enterprises?|SOEs?)\s+"
    r"(?:under|administered\s+by|overseen\s+by|supervised\s+by|managed\s+by|under\s+the\s+(?:supervision|administration)\s+of)\s+(?:the\s+)?«O(?P<b>\d+)»",
    _FLAGS,
)
_E_NO_LONGER = re.compile(
    rf"«P(?P<p>\d+)»\s+(?:is|was)\s+no\s+longer\s+(?:the\s+)?(?P<t>{TITLE})\s+(?:of|at)\s+(?:the\s+)?«O(?P<o>\d+)»"
    rf"|«P(?P<p2>\d+)»\s+(?:was|has been|had been)\s+(?:removed|dismissed|relieved)\s+(?:from\s+(?:the\s+post\s+of|his\s+post\s+as|her\s+post\s+as)|as)\s+"
    rf"(?:the\s+)?(?P<t2>{TITLE})\s+(?:of|at)\s+(?:the\s+)?«O(?P<o2>\d+)»",
    _FLAGS,
)
_E_REPLACED_BY = re.compile(rf"replaced\s+by\s+(?P<ps>«P\d+»(?:(?:,\s*|,?\s+and\s+)«P\d+»)*)", _FLAGS)
_E_BY_ORG = re.compile(rf"\b(?:appointed|named|approved)\s+by\s+(?:(?:the\s+)?«O\d+»{POSS}\s+)?(?:the\s+)?«O(?P<o>\d+)»", _FLAGS)
_E_ANNOUNCE_APPT = re.compile(
    rf"«O(?P<o>\d+)»(?:,[^,«]*(?:«O\d+»[^,«]*)?,)?\s+(?:has\s+|have\s+)?(?:announced|announces|approved|approves|decided)\s+(?:on\s+)?"
    rf"(?:the\s+)?(?:appointments?|appointment\s+and\s+removal|appointments\s+and\s+removals)"
    rf"|«O(?P<o2>\d+)»\s+(?:appoints|appointed|has\s+appointed)\b",
    _FLAGS,
)
_ACR = r"(?:\s*[（(]«O\d+»[)）])?"  # "China Electronics Technology Group Corporation (CETC)"
_ORG_LIST = rf"«O\d+»{_ACR}(?:(?:,\s*|,?\s+and\s+|,?\s+as\s+well\s+as\s+)(?:the\s+)?«O\d+»{_ACR})*"
_E_MERGE = re.compile(
    rf"(?P<src>{_ORG_LIST})\s+(?:have\s+|has\s+|had\s+|were\s+|was\s+|will\s+be\s+|to\s+be\s+)?(?:been\s+)?(?:merged|combined|consolidated|amalgamated|integrated)"
    rf"(?:\s+(?:and|to)\s+(?:reorganized|restructured|reorganised|reorganize|restructure))?\s+(?:into|as|to\s+form|to\s+create|forming)\s+(?:(?:a|the)\s+new\s+(?:[\w-]+\s+){{0,2}}?(?:company|group|entity|enterprise|conglomerate),?\s+(?:called\s+|named\s+)?)?(?:the\s+|a\s+)?(?:new\s+)?«O(?P<t>\d+)»",
    _FLAGS,
)
_E_MERGER_OF = re.compile(
    rf"(?:merger|merging|combination|consolidation|integration)\s+of\s+(?:the\s+)?(?P<src>{_ORG_LIST})\s+(?:into|to\s+form|to\s+create|forming|as)\s+(?:the\s+|a\s+)?(?:new\s+)?«O(?P<t>\d+)»",
    _FLAGS,
)
_E_FORMED = re.compile(
    rf"«O(?P<t>\d+)»\s+(?:was|is|has\s+been|had\s+been)\s+(?:formed|created)\s+(?:by|through|from)\s+(?:the\s+)?(?:(?:merger|merging|combination|integration|consolidation)\s+of\s+(?:the\s+)?)?(?P<src>{_ORG_LIST})",
    _FLAGS,
)
_E_SUBS_INCLUDE = re.compile(
    rf"subsidiaries\s+of\s+(?:the\s+)?«O(?P<p>\d+)»(?P<mid>[^«]{{0,80}}?)\s+include\s+(?P<list>.*)", _FLAGS)
_E_SUBSIDIARY = re.compile(
    rf"«O(?P<p>\d+)»{POSS}\s+(?:wholly[- ]owned\s+|listed\s+)?(?:subsidiary|unit|arm)\s+(?:,\s*)?«O(?P<c>\d+)»"
    rf"|«O(?P<c2>\d+)»,?\s+(?:a|an|the)\s+(?:wholly[- ]owned\s+|listed\s+)?(?:subsidiary|unit|arm)\s+of\s+(?:the\s+)?«O(?P<p2>\d+)»"
    rf"|«O(?P<c3>\d+)»,?\s+(?:which\s+)?(?:is\s+|are\s+|was\s+|were\s+)?(?:wholly\s+|majority[- ]|fully\s+)?owned\s+by\s+(?:the\s+)?«O(?P<p3>\d+)»",
    _FLAGS,
)
_E_STAKE = re.compile(
    rf"«O(?P<p>\d+)»(?:(?!«O).){{0,60}}?\b(?:owns|holds|held|controls|acquired|took|has)\s+(?:a\s+|an\s+|the\s+)?(?:(?P<n>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+)?"
    rf"(?:(?:stake|share|equity|interest|shares)\s+(?:in|of)|(?<=%\s)of|(?<=percent\s)of|(?<=cent\s)of)\s+(?:the\s+)?«O(?P<c>\d+)»",
    _FLAGS,
)
_E_ANNOUNCE_EST = re.compile(
    rf"«O(?P<a>\d+)»(?:(?!«O).){{0,40}}?\b(?:announced|announces|approved|unveiled)\s+the\s+(?:establishment|founding|creation|launch|formation)\s+of\s+(?:the\s+)?«O(?P<b>\d+)»",
    _FLAGS,
)
_E_ESTABLISHED = re.compile(
    rf"(?P<alist>{_ORG_LIST})\s+(?:jointly\s+|together\s+)?(?:has\s+|have\s+|had\s+)?(?:jointly\s+)?(?:established|founded|set\s+up|created)\s+(?:the\s+|a\s+|an\s+)?(?:new\s+)?«O(?P<b>\d+)»"
    rf"|«O(?P<b2>\d+)»\s+(?:was|has\s+been|had\s+been|is)\s+(?:officially\s+|formally\s+)?(?:established|founded|set\s+up|created|inaugurated|launched)"
    rf"(?:(?:(?!«O).){{0,40}}?\bby\s+(?:the\s+)?«O(?P<a2>\d+)»)?",
    _FLAGS,
)
_E_DIRECTLY_UNDER = re.compile(
    rf"«O(?P<a>\d+)»(?:(?!«O).){{0,120}}?\b(?:directly\s+under|affiliated\s+(?:to|with)|a\s+(?:unit|department|bureau|division|agency)\s+of|part\s+of)\s+(?:the\s+)?«O(?P<b>\d+)»",
    _FLAGS,
)
_E_SUPERVISED = re.compile(
    rf"«O(?P<a>\d+)»(?:(?!«O).){{0,80}}?\b(?:under\s+the\s+(?:supervision|oversight|administration|jurisdiction|leadership)\s+of|reports?\s+to|(?:(?:is|are|was|were)\s+)?(?:directly\s+)?supervised\s+by|overseen\s+by)\s+(?:the\s+)?«O(?P<b>\d+)»"
    rf"|«O(?P<b2>\d+)»\s+(?:directly\s+)?(?:supervises|oversees|supervised|oversaw)\s+(?:the\s+)?(?P<list>{_ORG_LIST})",
    _FLAGS,
)
_E_INVESTOR = re.compile(
    r"(?:«O(?P<a>\d+)»|\b(?P<it>[Ii]t)\b)(?:(?!«O).){0,80}?\b(?:performs?|performing|exercises?|exercising|fulfil(?:l?s)?|fulfilling|acts?\s+as|plays?|assumes?)\s+"
    r"(?:the\s+)?(?:role\s+of\s+(?:the\s+)?)?(?:investor|shareholder)(?:[’']s)?(?:\s+(?:role|responsibilities|duties|functions))?\s+(?:in|for|of|over)\s+(?P<rest>.*)",
    _FLAGS,
)
_E_COOP = re.compile(
    r"\b(?:cooperat\w*|co-operat\w*|collaborat\w*|partnership|partner\w*|agreement|memorandum|MoU|alliance|ties)\s+"
    r"(?:(?:of\s+\w+\s+)?with|between)\s+"
    r"(?P<objs>(?:(?:the|other|relevant|several|\w+,?\s+such\s+as|such\s+as|including|and|\s|,)+)?«O\d+»"
    r"(?:(?:,\s*|\s+|,?\s+and\s+|,?\s+as\s+well\s+as\s+)(?:the\s+)?«O\d+»)*)",
    _FLAGS,
)
_E_SIGNED = re.compile(rf"(?P<list>{_ORG_LIST})\s+(?:have\s+|has\s+)?signed\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?(?:agreement|memorandum|MoU|contract|deal)", _FLAGS)


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
_W_ANNOUNCE_APPT = ("announce", "approve", "decided", "appoint")
_W_MERGE = ("merged", "combined", "consolidated", "amalgamated", "integrated")
_W_MERGER_OF = ("merger", "merging", "combination", "consolidation", "integration")
_W_FORMED = ("formed", "created")


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


def _en(r: _R) -> None:
    tpl, ctx = r.tpl, r.ctx
    low = tpl.lower()
    lat = _latin_low(tpl)
    if len(r.idx) < 2:
        # one mention states no relation by itself; only discourse state and "It ..." rules apply
        if _gate(low, 'announc|approv|decid|appoint'):
            _appointer(r, lat)
        _en_investor(r, low)
        _en_establish(r, low)  # "X was established": X is what "the new group" refers to
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
    # "«P», TITLE of «O» and TITLE of «O»" / "«P», «O»'s TITLE"
    for m in _E_APPOS_HEAD.finditer(tpl) if has_p else ():
        p = m.group(1)
        pos = m.end()
        while True:
            sm = _E_SEG.match(tpl, pos)
            if not sm:
                break
            if sm.group("o1"):
                hold(p, sm.group("o1"), sm.group("t1"), "en.title_of", 0.9)
            else:
                hold(p, sm.group("o2"), sm.group("t2"), "en.org_title", 0.9)
            pos = sm.end()
            sep = _E_SEP.match(tpl, pos)
            if not sep:
                break
            pos = sep.end()
    # "«O»'s TITLE «P» and «P»", "TITLE of «O» «P»", "former TITLE «P»"
    for m in _E_TITLE_BEFORE.finditer(tpl) if has_p else ():
        persons = [m.group("p")] + _nums(m.group("more"), "P")
        o = m.group("o1") or m.group("o2")
        title = m.group("t")
        t_clean, st = _title_en(title)
        if m.group("pre") and m.group("pre").lower() in ("former", "ex-", "outgoing", "late"):
            st = "former"
        if o is None:
            o = _context_org(r, m.start(), t_clean)
            if o is None:
                continue
            conf = 0.6
        else:
            conf = 0.85
        if _E_REMOVED.search(tpl, m.end()):
            st = "former"
        for p in persons:
            hold(p, o, title, "en.title_person", conf, status=st)
    # "«P» was appointed TITLE of «O»"
    appointer = _appointer(r, lat)
    for m in _E_APPOINTED.finditer(tpl) if has_p and _gate(low, 'appoint|named|elected|promoted|nominated') else ():
        p, o = m.group("p"), m.group("o")
        if o is None:
            continue
        hold(p, o, m.group("t"), "en.appointed", 0.9, status="current")
        if appointer:
            r.rel("APPOINTS", appointer, r.k(p), "en.appointed", 0.85, title=_title_en(m.group("t"))[0],
                  date=None)
        rep = re.match(rf"(?:\s*[（(]«O\d+»[)）])?\s*,?\s*(?:replacing|succeeding|who\s+replaces|taking\s+over\s+from)\s+«P(\d+)»",
                       m.group("rest"), _FLAGS)
        if rep:
            hold(rep.group(1), o, m.group("t"), "en.replacing", 0.7, status="former")
    for m in _E_APPOINTS_ACTIVE.finditer(tpl) if has_p and _gate(low, 'appoint|named|names|nominated') else ():
        a, p, t = (m.group("a"), m.group("p"), m.group("t")) if m.group("a") else (m.group("a2"), m.group("p2"), m.group("t2"))
        hold(p, m.group("o") or a, t, "en.appoints", 0.85, status="current")
        if r.t(a) in ("GovernmentBody", "PartyOrgan", "CentralSOE", "Company", "Institution"):
            r.rel("APPOINTS", r.k(a), r.k(p), "en.appoints", 0.85, title=_title_en(t)[0], date=_sent_date(r))
    for m in _E_NO_LONGER.finditer(tpl) if has_p and _gate(low, 'longer|removed|dismissed|relieved') else ():
        p, t, o = (m.group("p"), m.group("t"), m.group("o")) if m.group("p") else (m.group("p2"), m.group("t2"), m.group("o2"))
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
    for rx, words in ((_E_MERGE, _W_MERGE), (_E_MERGER_OF, _W_MERGER_OF), (_E_FORMED, _W_FORMED)) \
            if _gate(low, 'merg|combin|consolidat|amalgamat|integrat|formed|created') else ():
        for m in rx.finditer(tpl) if _may(lat, words) else ():
            if re.search(r"subsidiar", m.group(0), _FLAGS):
                continue
            t = m.group("t")
            for s in _nums(m.group("src")):
                if _same_kind(r, s, t):
                    r.rel("MERGED_INTO", r.k(s), r.k(t), "en.merged_into", 0.85, date=_sent_date(r))
            ctx.new_org = ctx.new_org or r.k(t)
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
    for m in _E_SUBSIDIARY.finditer(tpl) if _gate(low, 'subsidiar|owned|unit|arm') else ():
        p = m.group("p") or m.group("p2") or m.group("p3")
        c = m.group("c") or m.group("c2") or m.group("c3")
        r.rel("OWNS", r.k(p), r.k(c), "en.subsidiary", 0.8)
    for m in _E_STAKE.finditer(tpl) if _gate(low, 'stake|share|equity|interest|percent|per cent|%') else ():
        share = float(m.group("n")) if m.group("n") else None
        r.rel("OWNS", r.k(m.group("p")), r.k(m.group("c")), "en.stake", 0.85, share=share)
    _en_establish(r, low)
    # structure and supervision
    _en_structure(r, low)


def _en_establish(r: _R, low: str) -> None:
    tpl, ctx = r.tpl, r.ctx
    for m in _E_ANNOUNCE_EST.finditer(tpl) if _gate(low, 'establishment|founding|creation|launch|formation') else ():
        ctx.new_org = r.k(m.group("b"))
        r.rel("ESTABLISHED", r.k(m.group("a")), r.k(m.group("b")), "en.announced_establishment", 0.6, date=_sent_date(r))
    for m in _E_ESTABLISHED.finditer(tpl) if _gate(low, 'establish|found|set up|creat|inaugurat|launch') else ():
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


def _en_structure(r: _R, low: str) -> None:
    tpl, ctx = r.tpl, r.ctx
    for m in _E_DIRECTLY_UNDER.finditer(tpl) if _gate(low, 'under|affiliated|unit of|department of|bureau of|division of|agency of|part of') else ():
        r.rel("PART_OF", r.k(m.group("a")), r.k(m.group("b")), "en.directly_under", 0.85)
    for m in _E_CENTRAL_SOE_UNDER.finditer(tpl) if _gate(low, 'enterprise|soe|compan') else ():
        if r.t(m.group("b")) in ("GovernmentBody", "PartyOrgan"):
            r.rel("SUPERVISES", r.k(m.group("b")), r.k(m.group("a")), "en.soe_under", 0.75)
    for m in _E_SUPERVISED.finditer(tpl) if _gate(low, 'supervis|oversee|oversaw|oversight|jurisdiction|report|administration|leadership') else ():
        if m.group("a"):
            r.rel("SUPERVISES", r.k(m.group("b")), r.k(m.group("a")), "en.supervised_by", 0.8)
        else:
            for a in _nums(m.group("list")):
                r.rel("SUPERVISES", r.k(m.group("b2")), r.k(a), "en.supervises", 0.8)
    _en_investor(r, low)
    # cooperation
    for m in _E_COOP.finditer(tpl) if _gate(low, 'cooperat|co-operat|collaborat|partner|agreement|memorand|mou|alliance|ties') else ():
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
    for m in _E_SIGNED.finditer(tpl) if _gate(low, 'signed') else ():
        lst = [p for p in _nums(m.group("list")) if r.t(p) not in ("Person", "Event", "")]
        for i, a in enumerate(lst):  # the parties to one agreement: every pair
            for b in lst[i + 1:]:
                r.rel("COOPERATES_WITH", r.k(a), r.k(b), "en.signed_agreement", 0.8, date=_sent_date(r))


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
            if r.t(o) == "GovernmentBody" and r.idx[o].rule in ("en.place_government", "en.org_suffix"):
                return str(o)
        return None
    if EN_COMPANY_TITLES.search(title):
        for o in reversed(before):
            if r.t(o) in ("CentralSOE", "Company"):
                return str(o)
    return None


_BY_ORG = re.compile(r"\bby\s+(?:the\s+)?«O(\d+)»")


def _appointer(r: _R, low: str | None = None) -> str | None:
    """``low``: the template lower-cased where word tests answer as re.I would (``_latin_low``)."""
    m = _E_ANNOUNCE_APPT.search(r.tpl) if _may(low, _W_ANNOUNCE_APPT) else None
    if m:
        r.ctx.appointers = [r.k(m.group("o") or m.group("o2"))]
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
    return sentence_date(r.ctx, r.ctx.mtext[r.sent[0]:r.sent[1]])


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
                gov = _place_government(r, cur_org)
                groups.append((gov, [tok]))
                cur_titles = []
                continue
            cur_titles.append(tok)
    if cur_titles:
        groups.append((cur_org, cur_titles))
    return groups


def _place_government(r: _R, org_tok: str | None) -> str | None:
    """市长 after 重庆市委副书记: the government of the same place."""
    if org_tok is None:
        return None
    m = r.idx[int(org_tok)]
    place = (m.extra or {}).get("place")
    if not place:
        return None
    for i, mm in r.idx.items():
        if mm.etype == "GovernmentBody" and (mm.extra or {}).get("place") == place:
            return str(i)
    # no mention of the government in this sentence: find it anywhere in the document
    for mm in r.ctx.mentions:
        if mm.etype == "GovernmentBody" and (mm.extra or {}).get("place") == place:
            key = r.ctx.root(mm.key)
            fake = max(r.idx) + 1000 if r.idx else 1000
            r.idx[fake] = mm
            return str(fake)
    return None


_Z_APPOINTERS = re.compile(
    r"(?:宣布了?|经)(?P<list>«O\d+»(?:[、和及与]«O\d+»)*)(?:关于|批准|决定|研究决定|同意)"
    r"|(?P<list2>«O\d+»(?:[、和及与]«O\d+»)*)(?:决定|研究决定|任命|批准)"
)
_Z_APPOINT = re.compile(r"«P(?P<p>\d+)»(?:同志)?(?:被)?(?:任命为|任|担任|出任|调任|接任|升任)")
_Z_APPOINT_OBJ = re.compile(r"(?:任命|提名|推荐|决定|聘任|聘请|聘)«P(?P<p>\d+)»(?:同志)?(?:为|担任|任)")
_Z_REMOVE = re.compile(r"免去(?:其|«P(?P<p>\d+)»(?:同志)?的?)")
_Z_NO_LONGER = re.compile(r"«P(?P<p>\d+)»(?:同志)?不再担任")


def _forward_chain(toks: list[str], i: int) -> tuple[list[str], int]:
    chain = []
    while i < len(toks) and (toks[i].startswith("«O") or _is_title(toks[i]) or toks[i] in ("、", "和", "及")):
        chain.append(toks[i])
        i += 1
    while chain and chain[-1] in ("、", "和", "及"):
        chain.pop()
    return chain, i


_Z_APPOINTER_WORDS = ("决定", "批准", "同意", "关于", "任命")


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    for w in words:
        if w in text:
            return True
    return False


def _zh(r: _R) -> None:
    tpl, ctx = r.tpl, r.ctx
    # who appoints: 经中央批准 / 宣布了党中央、国务院关于……的决定
    # (every match has an organization and one of 关于 批准 决定 同意 任命)
    for m in _Z_APPOINTERS.finditer(tpl) if "«O" in tpl and _has_any(tpl, _Z_APPOINTER_WORDS) else ():
        lst = _nums(m.group("list") or m.group("list2") or "")
        bodies = [r.k(i) for i in lst if r.t(i) in ("GovernmentBody", "PartyOrgan")]
        if bodies:
            ctx.appointers = bodies
    if len(r.idx) < 2:
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
    for i, tok in enumerate(toks):
        if not tok.startswith("«P"):
            continue
        j = i - 1
        if j >= 0 and toks[j] == "的":
            j -= 1
        chain: list[str] = []
        while j >= 0 and (toks[j].startswith("«O") or _is_title(toks[j]) or toks[j] == "、"):
            chain.insert(0, toks[j])
            j -= 1
        while chain and chain[0] == "、":
            chain.pop(0)
        if not any(map(_is_title, chain)):
            continue
        prefix = "".join(toks[max(0, j - 1):j + 1])
        status = "former" if prefix.endswith(("原", "前")) else "current"
        p = tok[2:-1]
        for org, titles in _chain_groups(r, chain):
            if org is None or r.t(org) in ("Person", "Event", ""):
                continue
            r.rel("HOLDS_POSITION", r.k(p), r.k(org), "zh.org_title_person", 0.9, status=status, **_zh_title_props(titles))
    # «P»同志任«O»TITLE、TITLE / 任命«P»为«O»TITLE
    for m in [*_Z_APPOINT.finditer(tpl), *_Z_APPOINT_OBJ.finditer(tpl)]:
        p = m.group("p")
        rest = _tokens(tpl[m.end():])
        chain, _ = _forward_chain(rest, 0)
        for org, titles in _chain_groups(r, chain):
            if org is None:
                continue
            r.rel("HOLDS_POSITION", r.k(p), r.k(org), "zh.appointed", 0.9, status="current", **_zh_title_props(titles))
            for body in ctx.appointers:
                r.rel("APPOINTS", body, r.k(p), "zh.appointed", 0.85, title_zh="、".join(titles),
                      date=_sent_date(r) or None)
    # 免去其«O»TITLE职务
    for rx in (_Z_REMOVE, _Z_NO_LONGER):
        for m in rx.finditer(tpl):
            p = m.group("p")
            if p is None:
                prev = _nums(tpl[:m.start()], "P")
                if not prev:
                    continue
                p = str(prev[-1])
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
_Z_MERGE_INTO = re.compile(r"«O(?P<a>\d+)»(?:整体)?(?:并入|划入|无偿划转至|划转至|重组整合进入)«O(?P<b>\d+)»")
_Z_MERGE_AS = re.compile(r"(?P<list>«O\d+»(?:[、和与及]«O\d+»)+)(?:实施)?(?:联合|战略性)?(?:重组|合并|整合)+(?:[，,]?(?:共同)?(?:新设|组建|设立|成立))?(?:为|成立|组建|成)?(?:新的)?«O(?P<t>\d+)»")
_Z_INVESTOR = re.compile(r"«O(?P<c>\d+)»[^。«；]{0,12}?由«O(?P<a>\d+)»(?:代表国务院)?(?:依法)?履行出资人职责"
                         r"|«O(?P<a2>\d+)»(?:代表国务院)?(?:依法)?(?:对|为)(?P<list>«O\d+»(?:[、和及]«O\d+»)*)履行出资人职责")
_Z_PARENT_OF = re.compile(r"«O(?P<p>\d+)»[^«，。、；]{0,8}?(?:旗下|下属|所属|控股|板块|子公司)的?(?P<list>«O\d+»(?:[、和及]«O\d+»)*)")
_Z_SHARES_SAME = re.compile(r"股权结构为[：:]?(?P<list>«O\d+»(?:[、和与及]«O\d+»)*)持股比例相同[，,]?为(?P<n>\d+(?:\.\d+)?)%")
_Z_HOLDS = re.compile(r"«O(?P<p>\d+)»(?:持有|持股|控股)«O(?P<c>\d+)»(?:的)?(?P<n>\d+(?:\.\d+)?)?%?")
_Z_INVESTORS = re.compile(r"引入(?P<list>«O\d+»(?:[、和与及]«O\d+»)*)(?:作为|为)(?:战略)?投资者")
_Z_INV_SHARES = re.compile(r"(?:战略)?投资者持股比例分别为(?P<ns>\d+(?:\.\d+)?%(?:[、和]\d+(?:\.\d+)?%)*)")
_Z_SOE_OF = re.compile(r"«O(?P<c>\d+)»(?:是|为|系|作为)(?:由)?«O(?P<a>\d+)»(?:直接)?(?:监管|管理|履行出资人职责)的(?:一家|重要)?(?:骨干)?(?:中央企业|央企|国有企业|国有重要骨干企业|企业)")
_Z_SUPERVISE = re.compile(r"«O(?P<a>\d+)»(?:直接)?(?:监管|管理|履行出资人职责)的(?P<list>«O\d+»(?:[、和及]«O\d+»)*)")
_Z_SUBSIDIARY = re.compile(r"«O(?P<c>\d+)»(?:是|为|系|作为)«O(?P<p>\d+)»(?:的|旗下的|下属的)?(?:全资|控股|绝对控股|相对控股)?(?:子公司|子企业|二级公司|二级企业)")
_Z_PART = re.compile(r"«O(?P<a>\d+)»(?:是|为|系)?(?:«O(?P<b>\d+)»)(?:直属|下属|所属)|«O(?P<a2>\d+)»隶属于«O(?P<b2>\d+)»")
_Z_MERGE_PAIR = re.compile(r"(?P<list>«O\d+»(?:[、和与及同]«O\d+»)+)(?:两家|三家|等)?(?:企业|公司|集团)?(?:正式|将|拟|宣布)?(?:实施|进行|开展|启动)?(?:战略性|联合|专业化)?(?:重组|合并)(?![^，。；]{0,4}(?:为|成立|组建|成|新设|设立))")
_Z_BUILT_BY = re.compile(r"«O(?P<a>\d+)»(?:牵头|出资|发起|批准|决定)?(?:新)?(?:组建|成立|设立|筹建)了?(?:新的)?«O(?P<b>\d+)»"
                         r"|«O(?P<b2>\d+)»由«O(?P<a2>\d+)»(?:牵头|出资|发起)?(?:组建|成立|设立|筹建)")
_Z_COOP = re.compile(r"(?P<list>«O\d+»(?:、«O\d+»)*)(?:与|和|同)«O(?P<b>\d+)»[^。；«]{0,20}?(?:签署|签订|合作|协议|战略)")


# Words without which a structure rule cannot match (one of them must be in the template):
# a rule runs only where one is.
_Z_NEEDS: dict = {}


def _fi(rx: re.Pattern, tpl: str):
    """``rx.finditer(tpl)``, or nothing where none of the words every match needs is there."""
    for w in _Z_NEEDS[rx]:
        if w in tpl:
            return rx.finditer(tpl)
    return ()


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
        r.rel("MERGED_INTO", r.k(m.group("a")), r.k(m.group("b")), "zh.merged_into", 0.85, date=_sent_date(r))
    merged_as = False
    for m in _fi(_Z_MERGE_AS, tpl):
        merged_as = True
        for s in _nums(m.group("list")):
            r.rel("MERGED_INTO", r.k(s), r.k(m.group("t")), "zh.merged_as", 0.85, date=_sent_date(r))
    # 甲与乙实施联合重组: which absorbs which is not said; one undirected MERGED_INTO per pair
    for m in _fi(_Z_MERGE_PAIR, tpl) if not merged_as else ():
        lst = _nums(m.group("list"))
        for b in lst[1:]:
            if _same_kind(r, lst[0], b):
                r.rel("MERGED_INTO", r.k(lst[0]), r.k(b), "zh.merger_pair", 0.7, date=_sent_date(r))
    for m in _fi(_Z_BUILT_BY, tpl):
        a, b = m.group("a") or m.group("a2"), m.group("b") or m.group("b2")
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
        share = float(m.group("n")) if m.group("n") else None
        r.rel("OWNS", r.k(m.group("p")), r.k(m.group("c")), "zh.holds", 0.8, share=share)
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
        r.rel("OWNS", r.k(m.group("p")), r.k(m.group("c")), "zh.subsidiary", 0.8)
    for m in _fi(_Z_PART, tpl):
        a = m.group("a") or m.group("a2")
        b = m.group("b") or m.group("b2")
        r.rel("PART_OF", r.k(a), r.k(b), "zh.part_of", 0.8)
    for m in _fi(_Z_COOP, tpl):
        # 甲、乙和丙签署协议: every pair of the parties cooperates
        parties = [p for p in [*_nums(m.group("list")), int(m.group("b"))] if r.t(p) not in ("Person", "Event", "")]
        for i, a in enumerate(parties):
            for b in parties[i + 1:]:
                r.rel("COOPERATES_WITH", r.k(a), r.k(b), "zh.cooperation", 0.75, date=_sent_date(r))


_Z_NEEDS.update({
    _Z_NEW: ("组建", "新成立"),
    _Z_FOUNDED: ("成立", "组建", "揭牌"),
    _Z_MERGE_FROM: ("而成",),
    _Z_MERGE_INTO: ("并入", "划入", "划转至", "重组整合进入"),
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
    _Z_SUBSIDIARY: ("子公司", "子企业", "二级公司", "二级企业"),
    _Z_PART: ("直属", "下属", "所属", "隶属于"),
    _Z_COOP: ("签署", "签订", "合作", "协议", "战略"),
})
