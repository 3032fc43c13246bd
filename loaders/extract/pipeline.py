"""The extraction pipeline: mentions -> entities -> sentences -> relations and events.

``extract(doc, gazetteer)`` is deterministic and offline. Stages:

1. gazetteer matches over a folded copy of the text (Aho-Corasick for Latin names, one
   trie-shaped regular expression for Chinese ones);
2. patterns for entities the registries lack (``patterns_en``, ``patterns_zh``);
3. overlap resolution (longest span wins; a pattern name that is a known name plus a legal
   suffix resolves to the known entity);
4. bilingual pairs "English (中文)" and acronyms defined in the text, and later references
   (a family name alone, a place, "the new group");
5. per sentence, relation and event rules over a template in which every mention is a
   placeholder (``relations``, ``events``). Only sentences that name something are looked at;
   a search per rule family over such a sentence finds the trigger words of the event and Chinese
   structure rules, which run only where their triggers are; a sentence with one mention runs
   only the rules that update discourse state. Within the rule families, a rule runs only
   where the literal words and placeholders every match of it needs are there.

Speed: the full-text patterns open with a character class or a literal, so that the regex
engine scans for their first characters in C; per-sentence work is gated as above; output
is built from values already checked, without a second pydantic validation.

Event ids are deterministic but specific: the date (or, without one, the document id's
prefix), the event's name and its organizers or participants, so that two meetings of two
documents never merge into one node.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from operator import attrgetter
from dataclasses import dataclass, field

from soegraph.loaders.extract.base import Mention
from soegraph.loaders.extract.gazetteer import Gazetteer, fold, has_ascii_letter, norm_key
from soegraph.loaders.extract.lexicon import ZH_ORG_STRONG_START, ZH_PROVINCES, trie_regex
from soegraph.loaders.extract import company_lists, events, fallback, patterns_en, patterns_zh, relations
from soegraph.loaders.resolve import event_id, is_han_text, org_id, org_key, person_display, person_id, strip_legal
from pydantic import BaseModel

from soegraph.models import (
    DATED_REL_PROPS,
    ENTITY_PROPS,
    PARTICIPATION_ROLES,
    POSITION_STATUS,
    REL_PROPS,
    Document,
    Entity,
    Extraction,
    Relation,
    Span,
    check_date,
)

__all__ = ["extract", "DocContext"]

_ZH_LEGAL_RESIDUAL = re.compile(r"^(?:集团)?(?:有限公司|公司|总公司)$|^集团$")
_EN_LEGAL_RESIDUAL = re.compile(
    r"^[\s,]*(?:(?:Group\s+)?(?:Corporation|Corp\.?|Company|Co\.?(?:,?\s*Ltd\.?)?|Ltd\.?|Limited)|Group)$", re.I
)


@dataclass
class EntInfo:
    key: str
    etype: str
    name: str
    name_zh: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    registry: str | None = None
    props: dict = field(default_factory=dict)


class DocContext:
    """Everything known about one document while its rules run."""

    def __init__(self, text: str, mtext: str, gaz: Gazetteer, doc_date: str | None):
        self.text = text
        self.mtext = mtext
        self.gaz = gaz
        self.doc_date = doc_date
        self.year = doc_date[:4] if doc_date else None
        self.mentions: list[Mention] = []
        self.parent: dict[str, str] = {}
        self.ents: dict[str, EntInfo] = {}
        self.rels: dict[tuple[str, str, str], dict] = {}
        # discourse state
        self.appointers: list[str] = []
        self.new_org: str | None = None
        self.current_event: str | None = None
        self.event_abbr: tuple[str, str] | None = None  # (event, the acronym the text gave it)
        self.att_list_more = False  # a list of attendees ended its sentence with ";"
        self.focus_org: str | None | bool = False  # the company the document is about (False: not looked for yet)
        self.investors: list[str] = []
        self.last_subject: str | None = None
        self.n_events = 0
        self.doc_prefix: str | None = None
        self.folded = ""
        self.sents = _Sentences(mtext)
        self.sent_start = 0  # start of the sentence the rules are on
        self.event_sent_start = -1  # start of the sentence where the current event was introduced
        # Can a sentence template hold a Chinese character / three ASCII letters in a row? Not
        # when the text holds none (a template is pieces of it and placeholders such as «P12»):
        # the rules then skip the regex scans that tell.
        self.han_possible = True
        self.latin_possible = True

    # -- union-find over entity keys --
    def root(self, key: str) -> str:
        p = self.parent.get(key, key)
        if p == key:
            return key
        r = self.root(p)
        self.parent[key] = r
        return r

    def union(self, a: str, b: str) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra == rb:
            return
        # registry ids win as roots
        if rb.startswith(("org:", "person:")) and not ra.startswith(("org:", "person:")):
            ra, rb = rb, ra
        self.parent[rb] = ra

    def sentences_since_event(self, limit: int = 3) -> int:
        """Sentences from the current event's sentence to the one the rules are on (up to ``limit``)."""
        return self.sents.count(self.event_sent_start, self.sent_start, limit)

    def mkey(self, m: Mention) -> str:
        return self.root(m.key)

    def etype(self, key: str) -> str:
        info = self.ents.get(self.root(key))
        return info.etype if info else ""

    # -- relations --
    def add_rel(self, rtype: str, src: str, tgt: str, sent: tuple[int, int], rule: str, conf: float, **props) -> None:
        src, tgt = self.root(src), self.root(tgt)
        if src == tgt:
            return
        if rtype in ("COOPERATES_WITH",) and src > tgt:
            src, tgt = tgt, src
        k = (rtype, src, tgt)
        props = {k2: v for k2, v in props.items() if v not in (None, "")}
        cur = self.rels.get(k)
        if cur is None:
            self.rels[k] = {"props": props, "sent": sent, "rule": rule, "conf": conf}
            return
        # merge titles of the same person-organization pair
        for tk in ("title", "title_zh"):
            if tk in props:
                old = cur["props"].get(tk)
                if not old:
                    cur["props"][tk] = props[tk]
                elif props[tk].lower() not in old.lower():
                    sep = "、" if tk == "title_zh" else "; "
                    cur["props"][tk] = old + sep + props[tk]
        for pk, pv in props.items():
            if pk not in ("title", "title_zh"):
                if pk == "status" and cur["props"].get("status") and cur["props"]["status"] != pv:
                    continue
                cur["props"].setdefault(pk, pv)
        if conf > cur["conf"]:
            cur["conf"], cur["rule"], cur["sent"] = conf, rule, sent

    def new_event(self, name: str, start: int, end: int, date: str | None, name_zh: str | None = None,
                  id_name: str | None = None) -> str:
        """A new event; ``id_name`` names it for its id where ``name`` depends on the language."""
        self.n_events += 1
        key = f"e:{self.n_events}"
        self.ents[key] = EntInfo(key, "Event", name, name_zh=name_zh, mentions=[(start, end)],
                                 props={"date": date} if date else {})
        if id_name:
            self.ents[key].props["id_name"] = id_name
        self.current_event = key
        self.event_sent_start = self.sent_start
        return key


# --- stage 1-3: mentions ----------------------------------------------------------------------

# --- triggers: a search over a sentence per rule family tells which families can fire there ---

# Words without which a rule family cannot fire (lower case; substrings are enough: a false
# positive only costs running the rules).
_TRIGGER_WORDS = {
    "ev": """launch held hold host organi convene open kick sponsor presid chair attend address spoke speak
             met meet talks ceremony meeting session event training forum conference program seminar symposium
             summit moderat particip took part joined present lectur taught insight deliver gave made expo
             exhibition campaign competition workshop course class signed inked hands signature witness signing delegation
             congress plenary gathering reception banquet luncheon inspect
             会见 会谈 座谈 接见 参加 出席 陪同 列席 召开 举行 举办 主办 启动 开办 主持 讲话 致辞 报告 授课 讲课 辅导
             会议 大会 培训 论坛 峰会 仪式 研讨 发言 会上 代表双方 分别代表 见证 签署 签订""".split(),
    "zs": """组建 成立 挂牌 揭牌 整合 合并 重组 改组 并入 划入 划归 划转 旗下 下属 所属 控股 板块 子公司 股权 持有 持股
             引入 投资者 出资人 监管 管理 直属 隶属 签署 签订 签约 合作 协议 战略 设立 筹建 大股东 受让 股份""".split(),
}


def _latin_trigger_automaton():
    """The ASCII trigger words (those of "ev": no "zs" word is ASCII) in an Aho-Corasick automaton."""
    import ahocorasick

    a = ahocorasick.Automaton()
    for w in _TRIGGER_WORDS["ev"]:
        if w.isascii():
            a.add_word(w, w)
    a.make_automaton()
    return a


assert not any(w.isascii() for w in _TRIGGER_WORDS["zs"])
# An ASCII text: an Aho-Corasick pass over the sentence (a regular expression of English words
# would be tried at almost every letter); its first match says "ev".
_TRIGGERS_LATIN = _latin_trigger_automaton()
# Other text: per family, one trie-shaped regular expression of its words, searched for in the
# sentence (the same answer as a pass of an automaton of all the words: is one of them there?).
# The engine scans for their first characters in C, 2x faster on Chinese than pyahocorasick,
# which compares each character with the ~100 children of its root in turn.
_TRIGGER_RX = {group: re.compile(trie_regex(sorted(set(words)))) for group, words in _TRIGGER_WORDS.items()}
_EV_RX, _ZS_RX = _TRIGGER_RX["ev"], _TRIGGER_RX["zs"]


def _gaz_mentions(ctx: DocContext) -> list[Mention]:
    folded = fold(ctx.mtext)
    ctx.folded = folded
    out = []
    entities = ctx.gaz.entities
    for start, end, eid in ctx.gaz.matches(folded, ctx.mtext):
        e = entities[eid]
        etype = e.type
        kind = "P" if etype == "Person" else ("E" if etype == "Event" else "O")
        out.append(Mention(start, end, kind, etype, e.id, e.name, "gaz", e.name_zh, "gazetteer"))
    return out


def _resolve_overlaps(ctx: DocContext, gaz: list[Mention], pats: list[Mention]) -> list[Mention]:
    text = ctx.mtext
    # A pattern span = known name + legal suffix -> the known entity, with the longer span.
    upgraded = []
    # the gazetteer mentions in text order: those inside a pattern span start within it (bisect)
    gaz_o = sorted((g for g in gaz if g.kind == "O"), key=_START)
    gaz_starts = [g.start for g in gaz_o]
    for p in pats:
        if p.kind != "O":
            upgraded.append(p)
            continue
        for g in gaz_o[bisect_left(gaz_starts, p.start):bisect_left(gaz_starts, p.end)]:
            if g.end <= p.end and (g.end - g.start) < (p.end - p.start):
                resid_l = text[p.start:g.start].strip()
                resid_r = text[g.end:p.end]
                if resid_l in ("", "the", "The") and (
                    _ZH_LEGAL_RESIDUAL.match(resid_r) or _EN_LEGAL_RESIDUAL.match(resid_r)
                ):
                    p = Mention(p.start, p.end, "O", g.etype, g.key, g.name, source="gaz", name_zh=g.name_zh,
                                rule="gazetteer+suffix", aliases=[text[p.start:p.end]])
                    break
        upgraded.append(p)
    # by start, longest first, gazetteer first (a stable sort: the index keeps ties in order)
    allm = gaz + upgraded
    order = sorted([(m.start, m.start - m.end, m.source != "gaz", i) for i, m in enumerate(allm)])
    out: list[Mention] = []
    for _s, _l, _g, i in order:  # (a starred target builds a list per item)
        m = allm[i]
        if out and m.start < out[-1].end:
            prev = out[-1]
            # a longer pattern span over a shorter gazetteer one: the longer wins
            if m.end - m.start > prev.end - prev.start and m.start == prev.start:
                out[-1] = m
            continue
        out.append(m)
    return out


_START = attrgetter("start")
_PAIR = re.compile(r"\s*[（(]\s*([^()（）\n]{1,60}?)\s*[)）]")
_SHORT_FOR = re.compile(r"(?:以下简称|以下称|下称|以下统称|简称)(?:为)?[：:]?\s*[“\"‘']?")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,9}$")
_TITLE_ACRONYM = re.compile(r"^[A-Z][a-z]{2,7}$")


_SHORT_FORM = re.compile(r"[A-Z][A-Za-z&.-]*(?: [A-Z][A-Za-z&.-]*){1,3}")


_THE_SHORT = re.compile(r"^[Tt]he\s+")
_CAPS_SHORT = re.compile(r"(?:[Tt]he\s+)?[A-Z][A-Z0-9&]{1,9}(?:\s+(?:Group|Corporation|Corp\.?|Company|Holdings))?$")
_SHORT_LEGAL = re.compile(r"\s+(?:Group|Corporation|Corp\.?|Company|Holdings)$")


def _short_form_of(inner: str, name: str) -> bool:
    """Is ``inner`` (two to four capitalised words) a shorter form of ``name``, its words in order?"""
    if inner == name or len(inner) >= len(name):
        return False
    words = name.replace("(", " ").replace(")", " ").split()
    k = 0
    for w in inner.split():
        while k < len(words) and words[k] != w:
            k += 1
        if k == len(words):
            return False
        k += 1
    return True


_INITIAL_WORDS = re.compile(r"[A-Za-z]+")
# "China CNR Corp. Ltd", "CSR Corporation Limited": capitals before a legal form, nothing else but "China"
_CAPS_NAME = re.compile(r"(?:China\s+)?([A-Z]{2,6})\s+(?:Corp\.?|Corporation|Co\.|Company|Group|Holdings|Ltd\.?|Limited)(?:[\s,]+(?:Corp\.?|Corporation|Co\.|Company|Group|Holdings|Ltd\.?|Limited))*$")
_NOT_ACRONYM = frozenset(("CPC", "PRC", "USA", "UK", "EU", "US", "LTD", "CO", "AI", "IT", "IPO", "GDP", "SOE", "SOES"))


def _acronym_of(acr: str, name: str) -> bool:
    """Are the letters of ``acr`` initials of ``name``'s words, in order, the last the last word's
    ("China State-Owned Assets Supervision and Administration Commission" -> SASAC)?"""
    initials = [w[0].upper() for w in _INITIAL_WORDS.findall(name)]
    if not initials or acr[-1] != initials[-1]:
        return False
    k = 0
    for c in acr:
        while k < len(initials) and initials[k] != c:
            k += 1
        if k == len(initials):
            return False
        k += 1
    return True


_ZH_LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司", "总公司")


def _zh_short_name(name: str) -> str | None:
    """A Chinese company name without its legal form, when what is left is still a name."""
    for form in _ZH_LEGAL_FORMS:
        if name.endswith(form):
            short = name[: -len(form)]
            if len(short) >= 3 and is_han_text(short) and short not in _ZH_GENERIC_SHORT:
                return short
            return None
    return None


_ZH_GENERIC_SHORT = frozenset(("控股集团", "投资集团", "集团公司", "有限公司"))


def _link_pairs(ctx: DocContext, ms: list[Mention]) -> list[Mention]:
    """"English (中文)", "中文（English）" and "Name (ACRONYM)": same entity, more names."""
    text = ctx.mtext
    starts = {m.start: i for i, m in enumerate(ms)}
    extra: list[Mention] = []
    acronyms: dict[str, Mention] = {}
    short_names: dict[str, Mention] = {}
    drop: set[int] = set()  # mentions inside a short form's brackets
    defined: dict[str, tuple[Mention, int]] = {}  # 'company' -> the organization '("the Company")' defines
    for i, m in enumerate(ms):
        c = text[m.end:m.end + 1]
        if c != "（" and c != "(" and not c.isspace():
            continue  # _PAIR opens with spaces and a parenthesis
        pm = _PAIR.match(text, m.end)
        if not pm:
            continue
        inner = pm.group(1)
        if m.kind == "O" and inner[:1] in "\"“'‘":
            dm = _DEFINED_AS.match(inner)
            if dm:
                defined.setdefault(dm.group(1).lower(), (m, pm.end()))
                continue
        s_in, e_in = pm.start(1), pm.end(1)
        if m.kind == "O" and m.etype in ("Company", "CentralSOE") and _CAPS_SHORT.match(inner):
            base = _THE_SHORT.sub("", inner)
            acr = _SHORT_LEGAL.sub("", base)
            # "China Metallurgical Group Corporation (the MCC Group)": the short name in brackets
            # right after a name is that company, letters or not ("MCC" = Metallurgical Corp of China)
            j = starts.get(e_in - len(base))
            if acr != base and j is not None and ms[j].end == e_in and ms[j].kind == "O" and ms[j].etype in ("Company", "CentralSOE"):
                ctx.union(m.key, ms[j].key)
            # "Metallurgical Corp of China (MCC) … China Metallurgical Group Corporation (the MCC Group)":
            # two names defined by one short name are one company
            prev = acronyms.get(base) or acronyms.get(acr)
            if prev is not None and prev.key != m.key and prev.etype in ("Company", "CentralSOE"):
                ctx.union(prev.key, m.key)
        sm = _SHORT_FOR.match(inner) if m.kind == "O" else None
        if sm:
            # "(以下简称中国宝武)": the short name it will go by
            short = inner[sm.end():].rstrip("”\"’'")
            s_in = s_in + sm.end()
            e_in = s_in + len(short)
            j = starts.get(s_in)
            if j is not None and ms[j].end == e_in and ms[j].kind == "O":
                ctx.union(m.key, ms[j].key)
            elif 2 <= len(short) <= 12 and is_han_text(short) and not any(x.start < e_in and s_in < x.end for x in ms):
                m.aliases.append(short)
                extra.append(Mention(s_in, e_in, "O", m.etype, m.key, m.name, source="ref", name_zh=m.name_zh, rule="short_name"))
                short_names[short] = m
            continue
        if (m.kind == "O" and 2 <= len(inner) <= 8 and _all_han(inner) and len(inner) < m.end - m.start
                and _is_han_surface(text, m) and patterns_zh.in_order(inner, text[m.start:m.end])):
            # "中国中丝集团有限公司(中丝集团)": a short name made of the name's characters
            j = starts.get(s_in)
            if j is not None and ms[j].end == e_in and ms[j].kind == "O":
                ctx.union(m.key, ms[j].key)
            elif not any(x.start < e_in and s_in < x.end for x in ms):
                m.aliases.append(inner)
                extra.append(Mention(s_in, e_in, "O", m.etype, m.key, m.name, source="ref", name_zh=m.name_zh, rule="short_name"))
                short_names[inner] = m
            continue
        j = starts.get(s_in)
        if j is not None and ms[j].end == e_in:
            other = ms[j]
            if other.kind == m.kind and (is_han_text(inner) != is_han_text(text[m.start:m.end])):
                ctx.union(m.key, other.key)
                if is_han_text(inner):
                    m.name_zh = m.name_zh or inner
                continue
            # "the China State-Owned Assets Supervision and Administration Commission (SASAC)": a
            # name the registry lacks, defined by a known acronym, is that entity
            if m.kind == "O" and other.kind == "O" and m.source == "pat" and other.source == "gaz" \
                    and m.etype == other.etype and _ACRONYM.match(inner) and _acronym_of(inner, text[m.start:m.end]):
                ctx.union(m.key, other.key)
                continue
        if m.kind == "O" and _SHORT_FORM.fullmatch(inner) and _short_form_of(inner, text[m.start:m.end]):
            # "China Shipping (Group) Company (China Shipping)": the short name it goes by; a
            # name found inside the brackets ("China") is part of it
            inside = [x for x in ms if s_in <= x.start and x.end <= e_in]
            if all(x.source == "gaz" for x in inside) and not any(
                    x.start < e_in and s_in < x.end and not (s_in <= x.start and x.end <= e_in) for x in ms):
                drop.update(map(id, inside))
                m.aliases.append(inner)
                acronyms[inner] = m
                extra.append(Mention(s_in, e_in, "O", m.etype, m.key, m.name, source="ref", rule="short_form"))
                continue
        if any(x.start < e_in and s_in < x.end for x in ms):
            continue
        if is_han_text(inner) and not is_han_text(text[m.start:m.end]) and all(
            "\u4e00" <= c <= "\u9fff" for c in inner
        ):
            m.name_zh = m.name_zh or inner
            extra.append(Mention(s_in, e_in, m.kind, m.etype, m.key, m.name, "ref", inner, "pair"))
        elif m.kind == "O" and (_ACRONYM.match(inner) or (
                _TITLE_ACRONYM.match(inner) and _acronym_of(inner.upper(), text[m.start:m.end]))):
            # ("… Commission (Sasac)", "(Cosco)": papers that write acronyms as words, their letters
            # still the name's initials)
            m.aliases.append(inner)
            acronyms[inner] = m
            extra.append(Mention(s_in, e_in, "O", m.etype, m.key, m.name, source="ref", rule="acronym"))
    if drop:
        ms = [x for x in ms if id(x) not in drop]
    if extra:  # (ms is in text order already)
        ms = sorted(ms + extra, key=_START)
    # a company first named with its legal form goes by the rest later: 本钢板材股份有限公司 -> 本钢板材
    for m in ms if "公司" in text else ():  # (every legal form ends with 公司)
        if m.kind == "O" and m.source == "pat" and text.endswith("公司", m.start, m.end) and m.etype in ("Company", "CentralSOE"):
            short = _zh_short_name(text[m.start:m.end])
            if short:
                short_names.setdefault(short, m)
    # later uses of a short name (太钢集团): Chinese words have no spaces around them
    if short_names:
        occupied = [(m.start, m.end) for m in ms]
        add = []
        for word, src in short_names.items():
            k = text.find(word, src.end)
            while k >= 0:
                if not any(s < k + len(word) and k < e for s, e in occupied):
                    add.append(Mention(k, k + len(word), "O", src.etype, src.key, src.name, source="ref", rule="short_name"))
                k = text.find(word, k + len(word))
        ms = sorted(ms + add, key=_START)
    if defined:
        ms = _defined_refs(text, ms, defined)
    # "China CNR Corp. Ltd" goes by "CNR" later: the capitals of a name the registries lack, when
    # they are no known name themselves
    if ctx.latin_possible:
        for m in ms:
            if m.kind == "O" and m.source == "pat" and m.etype in ("Company", "CentralSOE"):
                cm = _CAPS_NAME.match(text, m.start, m.end)
                if cm and cm.group(1) not in acronyms and cm.group(1) not in _NOT_ACRONYM \
                        and not ctx.gaz.lookup(cm.group(1)):
                    acronyms[cm.group(1)] = m
                    m.aliases.append(cm.group(1))
    # later uses of a defined acronym; a name found inside one ("China" in "China Shipping") is part of it
    if acronyms:
        occupied = [(m.start, m.end, m) for m in ms]
        add = []
        drop_in: set[int] = set()
        for word, src in acronyms.items():
            for a, b in word_hits(text, word):
                over = [x for s, e, x in occupied if s < b and a < e]
                if over:
                    if " " not in word or not all(x.source == "gaz" and a <= x.start and x.end <= b and (x.start, x.end) != (a, b)
                                                  for x in over):
                        continue
                    drop_in.update(map(id, over))
                add.append(Mention(a, b, "O", src.etype, src.key, src.name, source="ref", rule="acronym"))
        if drop_in:
            ms = [x for x in ms if id(x) not in drop_in]
        ms = sorted(ms + add, key=_START)
    return ms


# 'Maanshan Iron & Steel Co., Ltd. ("the company")': what "the company" means in this text
_DEFINED_AS = re.compile(r"[\"“'‘]\s*(?:the\s+)?(company|group|corporation|issuer|bank|listed\s+company)\s*[\"”'’]$", re.I)


def _defined_refs(text: str, ms: list[Mention], defined: dict) -> list[Mention]:
    occupied = [(m.start, m.end) for m in ms]
    add = []
    for word, (src, after) in defined.items():
        for art in ("the ", "The "):
            for form in (word, word.capitalize()):
                phrase = art + form
                for a, b in word_hits(text, phrase):
                    a += len(art)
                    if a < after or any(s < b and a < e for s, e in occupied):
                        continue
                    add.append(Mention(a, b, "O", src.etype, src.key, src.name, source="ref", rule="defined_ref"))
                    occupied.append((a, b))
    return sorted(ms + add, key=_START) if add else ms


def _all_han(s: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in s)


def _is_han_surface(text: str, m: Mention) -> bool:
    return "\u4e00" <= text[m.start] <= "\u9fff"


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def word_hits(text: str, word: str):
    """(start, end) of ``word`` where it stands as a whole word (as r"\bWORD\b" would match).

    A regular expression compiled per document for a handful of names costs more than the
    search itself; ``str.find`` needs no compiling.
    """
    n, size = len(word), len(text)
    k = text.find(word)
    while k >= 0:
        e = k + n
        if (k == 0 or not _is_word_char(text[k - 1])) and (e >= size or not _is_word_char(text[e])):
            yield k, e
        k = text.find(word, k + 1)


_CUT_LEGAL_ENDS = ("Ltd", "Ltd.", "Limited", "Co", "Co.", "Inc", "Inc.")
_GROUP_ENDS = (" Corporation", " Corp", " Corp.", " Group", " Company", " Holdings")
_CAP_NEXT = re.compile(r"\s+[A-Z]")
_SURNAME_REF = re.compile(r"\b([A-Z][a-z]{1,6})\b(?!\s+[A-Z])")
_NEW_ORG_REF = re.compile(r"\b[Tt]he new (?:group|company|enterprise|entity|conglomerate|corporation)\b")


def _references(ctx: DocContext, ms: list[Mention]) -> list[Mention]:
    """Family names alone ("Zhang said") and bare place names ("Bijie") refer to entities found."""
    text = ctx.mtext
    occupied = [(m.start, m.end) for m in ms]

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in occupied)

    add: list[Mention] = []
    fam: dict[str, list[Mention]] = {}
    for m in ms:
        if m.kind == "P":
            surface = text[m.start:m.end]
            if " " in surface and not is_han_text(surface):
                fam.setdefault(surface.split(" ")[0], []).append(m)
    for surname, cands in sorted(fam.items()):
        keys = {ctx.root(c.key) for c in cands}
        if len(keys) > 1:
            continue
        for a, b in word_hits(text, surname):
            if _CAP_NEXT.match(text, b) or not free(a, b):
                continue  # "Zhang Yuzhuo" is no surname alone
            prev = [c for c in cands if c.start < a]
            if not prev:
                continue
            src = prev[-1]
            add.append(Mention(a, b, "P", "Person", src.key, src.name, "ref", None, "surname_ref"))
    # places learnt from "Bijie Municipal CPC Committee" -> bare "Bijie" is the place's government
    places = {}
    govs: dict[str, Mention] = {}  # place -> a mention of its government ("Hubei Provincial Government")
    for m in ms:
        place = m.extra.get("place") if m.extra else None
        if place and not is_han_text(place) and m.extra.get("level"):
            places.setdefault(place, m.extra["level"])
            if m.etype == "GovernmentBody":
                g = govs.setdefault(place, m)
                # "the governor of Shandong" and "Shandong Provincial People's Government": one
                # government, named by its fullest name
                if g is not m and g.key != m.key and m.extra["level"].title() == g.extra["level"].title():
                    if "People" in m.name and "People" not in g.name:
                        govs[place] = m
    for m in ms:
        if m.etype == "GovernmentBody" and m.extra and m.extra.get("place") in govs:
            g = govs[m.extra["place"]]
            if g.key != m.key and m.extra.get("level", "").title() == g.extra["level"].title():
                m.aliases = [*m.aliases, m.name]
                m.key, m.name = g.key, g.name
    # "Maanshan Iron & Steel Co., Ltd." named once in full, then "Maanshan Iron & Steel"
    shorts: dict[str, Mention] = {}
    for m in ms:
        if m.kind == "O" and m.rule == "en.org_suffix" and m.etype in ("Company", "CentralSOE"):
            surface = text[m.start:m.end]
            # (a name cut of "Co., Ltd.", "Limited": a name ending in "Group Corporation" is rarely cut to "Group")
            if surface.endswith(_CUT_LEGAL_ENDS):
                short = strip_legal(surface)
                if short != surface and " " in short and short[0].isupper():
                    shorts.setdefault(short, m)
            elif surface.endswith(_GROUP_ENDS) and surface.count(" ") == 1:
                # "Chinatex Corporation", then "Chinatex": a one-word name of its own (no English
                # word, place, or first word of another organization the text names)
                word = surface.split(" ", 1)[0]
                if len(word) >= 4 and word[1:].islower() and word.isalpha() and word not in patterns_en.EN_PROVINCE_LEVEL \
                        and word not in patterns_en._PLACE_NOT and word.lower() not in text \
                        and not any(o is not m and o.kind == "O" and text.startswith(word, o.start) and ctx.root(o.key) != ctx.root(m.key)
                                    for o in ms):
                    shorts.setdefault(word, m)
    starts = {m.start for m in ms} if shorts else ()
    inside: set[int] = set()  # registry names inside a short name ("China" in "China Railway"): part of it
    for short, src in shorts.items():
        for a, b in word_hits(text, short):
            if a > src.start:
                if a in starts or not free(a, b):
                    over = [m for m in ms if m.start < b and a < m.end]
                    if len(over) != sum(1 for s0, e0 in occupied if s0 < b and a < e0) or not all(
                            m.source == "gaz" and a <= m.start and m.end <= b and m.end - m.start < b - a for m in over):
                        continue
                    inside.update(map(id, over))
                add.append(Mention(a, b, "O", src.etype, src.key, src.name, source="ref", rule="short_name_ref"))
                occupied.append((a, b))
    if inside:
        ms = [m for m in ms if id(m) not in inside]
    for place, level in places.items():
        gov = govs.get(place)
        for pa, pb in word_hits(text, place):
            if not free(pa, pb):
                continue
            if gov is not None:  # the place stands for the government the text named
                add.append(Mention(pa, pb, "O", "GovernmentBody", gov.key, gov.name, source="pat",
                                   rule="en.place_government", aliases=[place]))
                continue
            name = f"{place} {level} People's Government" if level in ("Municipal", "Provincial", "County") else f"{place} Government"
            add.append(Mention(pa, pb, "O", "GovernmentBody", "o:" + org_key(name), name, source="pat",
                               rule="en.place_government", aliases=[place, f"{place} {level} Government"]))
    return sorted(ms + add, key=_START) if add else ms  # (ms is in text order already)


_NATIONAL_START = ("国家", "国务院", "中华", "中央", "中国")


def _no_local_national(text: str, gaz: list[Mention]) -> list[Mention]:
    """省发改委, 市国资委: a place's commission, not the national one the short name also names
    (the place's own organ is a pattern's, where there is one)."""
    out = []
    for g in gaz:
        if (g.etype == "GovernmentBody" and g.start > 0 and text[g.start - 1] in "省市县区州"
                and not text.startswith(_NATIONAL_START, g.start)):
            continue
        out.append(g)
    return out


_PROVINCE_NAMED = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+Province\b")
_THE_LEVEL_PARTY_COMMITTEE = re.compile(r"[Tt]he\s+(provincial|municipal|regional|autonomous\s+regional)\s+(?:Party|party|CPC|Communist\s+Party)\s+committee\b")
_THE_PROVINCIAL_GOV = re.compile(r"\b[Tt]he\s+provincial\s+(?:people[’']s\s+)?government\b")


def _bare_en_organs(ms: list[Mention], text: str = "") -> list[Mention]:
    """"the Provincial Party Committee" with no place before it: the committee of the one province
    the document names ("Jilin provincial government", "Jilin Province"); with none or several, no
    organization. Lower-case "the provincial government" is that province's government too."""
    bare = {id(m) for m in ms if m.kind == "O" and m.rule == "en.org_suffix" and m.extra and m.extra.get("level")
            and not m.extra.get("place")}
    lower = [lm for lm in _THE_PROVINCIAL_GOV.finditer(text)] if "rovincial" in text else []
    # "the municipal Party committee", "the provincial CPC committee" (lower case): the committee of the
    # one place of that level the document names
    lower_pc = [lm for lm in _THE_LEVEL_PARTY_COMMITTEE.finditer(text)] if "ommittee" in text and (
        "rovincial " in text or "unicipal " in text or "egional " in text) else []
    if not bare and not lower and not lower_pc:
        return ms
    places: dict[str, set[str]] = {}
    named: dict[tuple, Mention] = {}  # (level, place, type) -> the organ named with its place
    for m in ms:
        if m.kind == "O" and m.extra and m.extra.get("place") and m.extra.get("level") and not is_han_text(m.extra["place"]):
            places.setdefault(m.extra["level"].title(), set()).add(m.extra["place"])
            named.setdefault((m.extra["level"].title(), m.extra["place"], m.etype), m)
    for pm in _PROVINCE_NAMED.finditer(text) if " Province" in text else ():
        words = pm.group(1).split()
        while words and words[0] in patterns_en._PLACE_NOT | patterns_en._LEADING_DROP:
            words.pop(0)
        if words:
            places.setdefault("Provincial", set()).add(" ".join(words))
    if lower and len(places.get("Provincial", ())) == 1:
        (place,) = places["Provincial"]
        same = named.get(("Provincial", place, "GovernmentBody"))
        key, name = (same.key, same.name) if same else ("o:" + org_key(f"{place} Provincial Government"), f"{place} Provincial Government")
        taken = [(m.start, m.end) for m in ms]
        add = [Mention(lm.start() + 4, lm.end(), "O", "GovernmentBody", key, name, "pat", None, "en.bare_organ",
                       [f"{place} provincial government"], {"place": place, "level": "Provincial"})
               for lm in lower if not any(a < lm.end() and lm.start() < b for a, b in taken)]
        if add:
            ms = sorted(ms + add, key=_START)
    if lower_pc:
        taken = [(m.start, m.end) for m in ms]
        add = []
        for lm in lower_pc:
            level = "Autonomous Regional" if lm.group(1).lower().startswith("autonomous") else lm.group(1).title()
            one = places.get(level, ())
            if len(one) != 1 or any(a < lm.end() and lm.start() < b for a, b in taken):
                continue
            (place,) = one
            same = named.get((level, place, "PartyOrgan"))
            name = same.name if same else patterns_en.party_committee_name(place, level)
            key = same.key if same else "o:" + org_key(name)
            add.append(Mention(lm.start() + 4, lm.end(), "O", "PartyOrgan", key, name, "pat", None, "en.bare_organ",
                               [text[lm.start() + 4:lm.end()]], {"place": place, "level": level}))
        if add:
            ms = sorted(ms + add, key=_START)
    out = []
    for m in ms:
        if id(m) in bare:  # (by identity: a dataclass compares field by field)
            one = places.get(m.extra["level"].title(), ())
            if len(one) != 1:
                continue
            (place,) = one
            same = named.get((m.extra["level"].title(), place, m.etype)) if m.etype in _STATE_ORGANS else None
            if same is not None:  # "the Provincial People's Government" of "Shandong Provincial government": one government
                # ("the Municipal Party Committee" of "Shanghai municipal Party committee": one committee)
                m = Mention(m.start, m.end, "O", m.etype, same.key, same.name, "pat", None, "en.bare_organ", [m.name],
                            dict(same.extra))
                out.append(m)
                continue
            name = f"{place} {m.name}"
            m = Mention(m.start, m.end, "O", m.etype, "o:" + org_key(name), name, "pat", None, "en.bare_organ", [m.name],
                        {"place": place, "level": m.extra["level"]})
        out.append(m)
    return out


def _bare_governments(ctx: DocContext, ms: list[Mention]) -> list[Mention]:
    """市政府 after 重庆市委 is the 重庆市人民政府; 省委 and 省国资委 in a document that names one
    province only (吉林省政府) are that province's."""
    for m in ms:
        if m.rule == "zh.bare_government" or m.rule == "zh.bare_organ":
            break
    else:
        return ms  # no bare 市政府: nothing changes (the list is a new one already)
    out = []
    last_place: dict[str, str] = {}
    places: dict[str, set[str]] = {}  # every place of the document, by level
    for m in ms:
        if m.extra and m.extra.get("place") and m.extra.get("level") and is_han_text(m.extra["place"]):
            places.setdefault(m.extra["level"], set()).add(m.extra["place"])
    if "省" not in places:
        # no organ names the province, but the text may name it as a place (陕西, 广东省的项目,
        # 四川省某某集团): one province named, and no other, is the one a bare 省委 means
        text = ctx.mtext
        named = [p for p in ZH_PROVINCES if p in text]
        if len(named) == 1:
            places["省"] = {named[0] + "省"}
    for m in ms:
        if m.extra and m.extra.get("place") and is_han_text(m.extra["place"]):
            last_place[m.extra.get("level", "")] = m.extra["place"]
        if m.rule == "zh.bare_organ":
            one = places.get(m.extra["bare_level"], ())
            if len(one) != 1:
                continue  # no place, or several: which one is not said
            (place,) = one
            if m.extra["organ"] == "committee":
                canonical = f"中共{place}委"
                m = Mention(m.start, m.end, "O", "PartyOrgan", "o:" + org_key(canonical), canonical,
                            rule="zh.bare_organ", aliases=[f"{place}委"],
                            extra={"place": place, "level": m.extra["bare_level"]})
            else:
                canonical = f"{place}人民政府国有资产监督管理委员会"
                m = Mention(m.start, m.end, "O", "GovernmentBody", "o:" + org_key(canonical), canonical,
                            rule="zh.bare_organ", aliases=[f"{place}国资委"],
                            extra={"place": place, "level": m.extra["bare_level"]})
            out.append(m)
            continue
        if m.rule == "zh.bare_government":
            place = last_place.get(m.extra["bare_level"])
            if not place:
                one = places.get(m.extra["bare_level"], ())
                if len(one) != 1:
                    continue
                (place,) = one
            canonical = f"{place}人民政府"
            m = Mention(m.start, m.end, "O", "GovernmentBody", "o:" + org_key(canonical), canonical,
                        rule="zh.bare_government", aliases=[f"{place}政府", place, place[:-1]],
                        extra={"place": place, "level": m.extra["bare_level"]})
        out.append(m)
    return out


_COUNTRY_KEYS = frozenset(("org:china",))


def _sub_units(ctx: DocContext, ms: list[Mention]) -> list[Mention]:
    """"the Central Organization Department's Talent Bureau": a unit of a state or Party organ."""
    for m in ms:
        if m.rule == "en.org_suffix":
            break
    else:
        return ms  # no English suffix pattern: nothing changes
    text = ctx.mtext
    out: list[Mention] = []
    for i, m in enumerate(ms):
        if i > 0 and m.kind == "O" and m.source == "pat" and m.rule == "en.org_suffix":
            prev = ms[i - 1]
            between = text[prev.end:m.start]
            if between in ("’s ", "'s ") and prev.kind == "O" and prev.key not in _COUNTRY_KEYS:
                # ("China's Ministry of Commerce": the country's national organ, no unit of a body)
                if prev.etype in ("GovernmentBody", "PartyOrgan"):
                    unit = text[m.start:m.end]
                    pname = prev.name
                    name = f"{unit} of the {pname}" if not pname.startswith("The ") else f"{unit} of {pname}"
                    key = "o:" + org_key(f"{pname} {unit}")
                    m = Mention(m.start, m.end, "O", prev.etype, key, name, rule="en.sub_unit",
                                aliases=[unit, f"{text[prev.start:prev.end]}'s {unit}"], extra={"parent": prev.key})
                elif prev.etype in ("CentralSOE", "Company"):
                    continue  # a company's internal department is not an entity of the graph
        if m.kind == "O" and m.source == "pat" and m.rule == "en.org_suffix" and m.etype in _STATE_ORGANS \
                and not (m.extra and m.extra.get("parent")):
            # "Enterprise Cadre Bureau II of SASAC": a unit of the known organ its name ends with
            k = text.rfind(" of ", m.start, m.end)
            if k > m.start:
                tail = text[k + 4:m.end]
                if tail.startswith("the "):
                    tail = tail[4:]
                rid = ctx.gaz.lookup(tail) if tail else None
                if rid and ctx.gaz.entities[rid].type in _STATE_ORGANS:
                    m = Mention(m.start, m.end, m.kind, m.etype, m.key, m.name, m.source, m.name_zh, m.rule,
                                aliases=m.aliases, extra={**(m.extra or {}), "parent": rid,
                                                          "parent_span": (m.end - len(tail), m.end)})
        out.append(m)
    return out


_STATE_ORGANS = ("GovernmentBody", "PartyOrgan")


def _new_org_refs(ctx: DocContext, ms: list[Mention]) -> list[Mention]:
    return ms


_ZH_SAME_ENTITY_FORMS = ("集团有限公司", "集团公司", "有限公司", "总公司", "公司")


def _known_org(gaz: Gazetteer, name: str) -> str | None:
    """Registry id for an organization name found by a pattern, allowing for legal forms.

    "China Iron & Steel Research Institute" is the group "China Iron & Steel Research
    Institute Group"; 中国第一汽车集团公司 is 中国第一汽车集团有限公司. A joint-stock or
    limited-liability company (股份有限公司, 有限责任公司) is a different legal person from the
    group of a similar name, so those suffixes are never stripped.
    """
    cache = gaz.__dict__.get("_known_org_cache")
    if cache is None:
        cache = gaz.__dict__.setdefault("_known_org_cache", {})
    elif name in cache:
        return cache[name]
    rid = _known_org_uncached(gaz, name)
    if len(cache) < 200_000:
        cache[name] = rid
    return rid


def _known_org_uncached(gaz: Gazetteer, name: str) -> str | None:
    rid = gaz.lookup(name)
    if rid:
        return rid
    if is_han_text(name):
        for suf in _ZH_SAME_ENTITY_FORMS:
            if name.endswith(suf) and not name.endswith(("股份有限公司", "有限责任公司")):
                rid = gaz.lookup(name[: -len(suf)]) or gaz.lookup(name[: -len(suf)] + "集团")
                if rid:
                    return rid
        return gaz.lookup(name + "集团")
    short = strip_legal(name)
    return gaz.lookup(short) or gaz.lookup(short + " Group")


_ZH_LEGAL_TAIL = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司|总公司|公司)$|集团$")


def _abbreviated_soe(gaz: Gazetteer, core: str) -> str | None:
    """The central SOE a two-character short name (兵装集团, 东电集团) abbreviates: the one whose
    Chinese name starts with the first character (or does after 中国) and holds the second after
    it. None unless exactly one does."""
    soes = gaz.__dict__.get("_soe_names_zh")
    if soes is None:
        soes = gaz.__dict__["_soe_names_zh"] = [
            (e.id, n)
            for e in gaz.entities.values() if e.type == "CentralSOE" and e.name_zh
            for n in (_ZH_LEGAL_TAIL.sub("", e.name_zh),)]
    hits = {eid for eid, n in soes if _abbreviates(core, n)}
    return hits.pop() if len(hits) == 1 else None


def _soe_by_core(gaz: Gazetteer, name: str) -> str | None:
    """The central SOE a listed name is the name of, without its legal form and without 中国
    (南方航空 in a list of units: 中国南方航空集团有限公司). None unless exactly one is."""
    cores = gaz.__dict__.get("_soe_cores_zh")
    if cores is None:
        cores = {}
        for e in gaz.entities.values():
            if e.type == "CentralSOE" and e.name_zh:
                core = _ZH_LEGAL_TAIL.sub("", e.name_zh)
                for c in {core, core[2:] if core.startswith("中国") and len(core) > 5 else core}:
                    cores.setdefault(c, set()).add(e.id)
        gaz.__dict__["_soe_cores_zh"] = cores
    hits = cores.get(name)
    return next(iter(hits)) if hits and len(hits) == 1 else None


def _abbreviates(core: str, name: str) -> bool:
    """Is the two-character ``core`` a short form of ``name`` (without its legal form): its
    first character opens the name (or the name after 中国: 兵装 for 中国兵器装备), its second
    comes later (中轻 for 中国轻工)?"""
    a, b = core[0], core[1]
    if name[:1] == a and b in name[1:]:
        return True
    return name.startswith("中国") and name[2:3] == a and b in name[3:]


def _state_council_prefix(pats: list[Mention]) -> None:
    """国资委研究中心 after 国务院国资委研究中心: one organization, named with or without 国务院."""
    full = {p.name[3:]: p for p in pats if p.kind == "O" and p.source == "pat" and p.name.startswith("国务院")
            and len(p.name) > 6}
    if not full:
        return
    for p in pats:
        f = full.get(p.name) if p.kind == "O" and p.source == "pat" else None
        if f is not None:
            p.key, p.name, p.etype = f.key, f.name, f.etype


def _short_group_names(text: str, pats: list[Mention]) -> None:
    """"任中轻集团党委书记" after 中国轻工集团有限公司: the short name is the same company; its
    other uses ("中轻集团董事长") are mentions too."""
    shorts = [p for p in pats if p.kind == "O" and p.source == "pat" and len(p.name) == 4 and p.name.endswith("集团")
              and p.rule == "zh.org_suffix"]
    if not shorts:
        return
    seen = {p.start for p in pats}
    for sp in list(shorts):
        word = text[sp.start:sp.end]
        k = text.find(word)
        while k >= 0:
            if k not in seen:
                seen.add(k)
                m = Mention(k, k + 4, "O", sp.etype, sp.key, sp.name, rule="zh.org_suffix")
                pats.append(m)
                shorts.append(m)
            k = text.find(word, k + 4)
    full = {}
    for p in pats:
        if p.kind == "O" and len(p.name) > 5 and is_han_text(p.name):
            full.setdefault(_ZH_LEGAL_TAIL.sub("", p.name_zh or p.name), p)
    for sp in shorts:
        hits = {f.key: f for n, f in full.items() if len(n) > 2 and _abbreviates(sp.name[:2], n)}
        if len(hits) == 1:
            (f,) = hits.values()
            sp.key, sp.source, sp.etype, sp.name = f.key, f.source, f.etype, f.name


_CONNECTOR = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?|\s*[与和、及]\s*")
_CONNECTOR_WORD = re.compile("and|[&与和、及]")  # every _CONNECTOR match has one of these


def _has_connector(span: str) -> bool:
    """``_CONNECTOR_WORD.search(span) is not None``, by str.find (the regex has no first-character
    set to scan for and is tried at every character)."""
    return "and" in span or "&" in span or "与" in span or "和" in span or "、" in span or "及" in span
_PARALLEL_START = re.compile(r"(?:China|Chinese|State|National)\s")


def _split_coordinated(ctx: DocContext, gaz: list[Mention], pats: list[Mention]) -> list[Mention]:
    """"China Mobile and China Electronics Technology Group Corporation" names two organizations.

    A pattern span is split at a connector (and, &, 与, 和, 、) when a known name ends right
    before it or starts right after it, or when both halves start the same way ("China X and
    China Y Group"): names such as "China Iron and Steel Group" keep their "and".
    """
    if not pats:
        return pats
    text = ctx.mtext
    gaz_o = [g for g in gaz if g.kind == "O"]
    if not gaz_o:
        ends: set[int] = set()
        starts: set[int] = set()
    else:
        ends = {g.end for g in gaz_o}
        starts = {g.start for g in gaz_o}
    out: list[Mention] = []
    for p in pats:
        if p.kind != "O" or p.source != "pat" or p.rule not in ("en.org_suffix", "zh.org_suffix"):
            out.append(p)
            continue
        span = text[p.start:p.end]
        if not _has_connector(span):
            out.append(p)  # no connector, no cut
            continue
        cuts = []
        for cm in _CONNECTOR.finditer(span):
            a, b = p.start + cm.start(), p.start + cm.end()
            if a - p.start < 2 or p.end - b < 2:
                continue
            left = text[p.start:a]
            right = text[b:p.end]
            if a in ends or b in starts or (
                _PARALLEL_START.match(right) and _PARALLEL_START.match(left) and right.split(" ", 1)[0] == left.split(" ", 1)[0]
            ):
                cuts.append((a, b))
        if not cuts:
            out.append(p)
            continue
        pos = p.start
        bounds = []
        for a, b in cuts:
            bounds.append((pos, a))
            pos = b
        bounds.append((pos, p.end))
        for s0, e0 in bounds:
            part = text[s0:e0]
            if e0 in ends and any(g.start == s0 and g.end == e0 for g in gaz_o):
                continue  # the gazetteer has it
            out.append(Mention(s0, e0, "O", p.etype, "o:" + org_key(part), part, rule=p.rule + "+split",
                               extra=dict(p.extra) if s0 == bounds[-1][0] else {}))
    return out


_ZH_CENTRE_APPROVES = re.compile(r"批准|研究决定|决定|同意|任命")  # 经中央批准, 由中央决定
_ZH_CENTRE_DECIDES = re.compile(r"决定|研究决定")  # 中央决定 opening a clause
_ZH_CENTRE_UNIT = re.compile(r"(?:第[一二三四五六七八九十\d]+(?:至第[一二三四五六七八九十\d]+)?)?(?:巡视组|巡察组)|巡视办|巡视工作领导小组")


def _zh_centre(text: str) -> list[int]:
    """Offsets of 中央 meaning the Party Central Committee (经中央批准 / 由中央决定 / ，中央决定 /
    中央关于……的决定).

    A ``str.find`` for 中央 and two anchored matches: a regex that opens with a group of
    alternatives is tried at every character. The 中央 of "，中央决定" is the mention too (it
    was once recorded with offsets -1).
    """
    out = []
    k = text.find("中央")
    while k >= 0:
        prev = text[k - 1] if k > 0 else ""
        if prev and prev in "经由" and _ZH_CENTRE_APPROVES.match(text, k + 2):
            out.append(k)
        elif (not ("\u4e00" <= prev <= "\u9fff") or prev == "了" or text.endswith(("宣布", "宣读"), 0, k)) \
                and _ZH_CENTRE_DECIDES.match(text, k + 2):  # (宣布(了)中央决定)
            out.append(k)
        elif text.startswith("关于", k + 2):
            out.append(k)  # 宣布了中央关于……的决定 (党中央/中共中央关于 are longer gazetteer names)
        elif (prev != "党" and prev != "共") and _ZH_CENTRE_UNIT.match(text, k + 2):
            out.append(k)  # 中央第六巡视组, 中央巡视组, 中央巡视办: a unit of the Central Committee
        k = text.find("中央", k + 2)
    return out


_LATIN3 = re.compile(r"[A-Za-z][A-Za-z]{2}")  # = [A-Za-z]{3}; a class first is scanned for in C


def _with_listed(pats: list[Mention], listed: list[Mention]) -> list[Mention]:
    """``pats`` and the companies of a list, where a longer name found over two of them goes
    ("… Ridgeway Chemical and Elmont Holdings" read as one name by its legal form)."""
    if not listed:
        return pats
    kept = [p for p in pats if p.kind != "O" or sum(p.start <= x.start and x.end <= p.end for x in listed) < 2]
    return kept + listed


def _local_committees_once(pats: list[Mention]) -> list[Mention]:
    """A place's Party committee found by its own pattern is that one, in its one name: the suffix
    pattern's reading of the same words ("CPC Chongqing Municipal Committee" as written, or a longer
    run of capitalised words before it) goes."""
    spans = [(m.start, m.end) for m in pats if m.rule == "en.local_party_committee"]
    if not spans:
        return pats
    return [m for m in pats if not (m.rule == "en.org_suffix" and m.etype == "PartyOrgan" and m.extra
                                    and any(a < m.end and m.start < b for a, b in spans))]


# "China Daily", "the China South (Industries Group)", "Mail-China Daily": the country's name as the first
# word of another name (a paper, a company written short) is no mention of the country
_COUNTRY_IN_NAME = re.compile(r"(?:[\s\S]{0,4}(?:\b[Tt]he |\w-)China [A-Z][a-z]|[\s\S]{0,4}China (?:Daily|News|Radio|Youth|Central Television|Global Television)\b)")


_GROUP_FORMS = ("集团有限责任公司", "集团有限公司", "集团公司", "集团总公司", "总公司", "集团")
_SHARES_TAIL = ("股份有限公司", "股份公司", "股份")


def _listed_arms(ctx: DocContext, ms: list[Mention]) -> None:
    """中国石化股份, 中石油股份公司: a group's name with 股份 after it is the group's listed arm
    (the registry row whose name is the group's with 股份有限公司 for its group form), not the group."""
    text = ctx.mtext
    for i, m in enumerate(ms):
        if m.kind != "O" or m.etype not in ("CentralSOE", "Company"):
            continue
        if m.etype == "CentralSOE" and m.source == "gaz":
            group, head_end = m.key, m.end
        elif m.source == "pat" and "股份" in m.name:
            k = text.find("股份", m.start, m.end)
            group, head_end = ctx.gaz.lookup(text[m.start:k]), k
            if group is None or ctx.gaz.entities[group].type != "CentralSOE":
                continue
        else:
            continue
        tail = next((t for t in _SHARES_TAIL if text.startswith(t, head_end)), None)
        if tail == "股份" and text.startswith(("制", "改"), head_end + 2):
            continue  # 股份制改造: the shareholding reform of the group itself
        name_zh = ctx.gaz.entities[group].name_zh or ""
        form = next((f for f in _GROUP_FORMS if name_zh.endswith(f)), None)
        if tail is None or form is None or head_end + len(tail) < m.end:
            continue
        arm = ctx.gaz.lookup(name_zh[:-len(form)] + "股份有限公司")
        if arm is None or ctx.gaz.entities[arm].type != "Company" or (i + 1 < len(ms) and ms[i + 1].start < head_end + len(tail)):
            continue
        e = ctx.gaz.entities[arm]
        ms[i] = Mention(m.start, head_end + len(tail), "O", "Company", arm, e.name, "gaz", e.name_zh, "zh.listed_arm",
                        aliases=[text[m.start:head_end + len(tail)]])


def find_mentions(ctx: DocContext) -> list[Mention]:
    text = ctx.mtext
    gaz = _gaz_mentions(ctx)
    if "省" in text or "市" in text:
        gaz = _no_local_national(text, gaz)
    if "China " in text:
        gaz = [g for g in gaz if g.key != "org:china" or not _COUNTRY_IN_NAME.match(text, max(0, g.start - 4))
               or text[g.start:g.end] != "China"]
    pats: list[Mention] = []
    has_han = is_han_text(text)
    # (a Chinese text without an ASCII letter needs no scan for three)
    has_latin = (not has_han or has_ascii_letter(text)) and _LATIN3.search(text) is not None
    ctx.latin_possible = has_latin  # (= _LATIN3.search(text) is not None)
    ctx.has_latin = has_latin  # (English references later look only where there is English)
    if has_latin:
        pats += patterns_en.find_people(text)
        pats += patterns_en.find_orgs(text)
        pats += patterns_en.find_ministries(text)
        pats += patterns_en.find_local_sasacs(text)
        pats += patterns_en.find_local_governments(text)
        pats += patterns_en.find_province_governments(text)
        pats += patterns_en.find_party_committees(text)
        if "eading " in text or "eadership " in text:
            pats += patterns_en.find_leading_groups(text)
        pats += patterns_en.find_place_posts(text)
        pats = _with_listed(pats, company_lists.find_en(text))
    if has_han:
        pats += patterns_zh.find_orgs(text)
        pats = _with_listed(pats, company_lists.find_zh(text))
        pats += patterns_zh.find_local_organs(text)
        pats += patterns_zh.find_local_bodies(text)
        pats += patterns_zh.find_people(text, [(m.start, m.end) for m in gaz if m.kind == "P"],
                                        [(m.start, m.end) for m in (*gaz, *pats) if m.kind == "O"])
    if has_han and ("党委" in text or "党组" in text):
        pats += patterns_zh.find_company_committees(text, [*gaz, *pats])
    # 经中央批准 / 中央决定 / 中央第三巡视组: in officialese "中央" alone is the Party Central Committee
    centre = []
    if has_han and "org:cpc-central-committee" in ctx.gaz.entities:
        e = ctx.gaz.entities["org:cpc-central-committee"]
        centre = [Mention(a, a + 2, "O", e.type, e.id, e.name, source="gaz", name_zh=e.name_zh, rule="zh.centre")
                  for a in _zh_centre(text)]
    if has_han:
        units = patterns_zh.find_units(text, [m for m in (*gaz, *pats, *centre) if m.kind == "O"
                                              and m.etype in ("GovernmentBody", "PartyOrgan")],
                                       frozenset(m.start for m in (*gaz, *pats) if m.kind == "O"))
        if units:
            ctx.unit_parents = {u.key: u.extra["parent"] for u in units if u.extra}
            pats += units
    pats = _split_coordinated(ctx, gaz, pats)
    # people found by patterns who are known to the gazetteer
    for p in pats:
        if p.kind == "P":
            rid = ctx.gaz.lookup(p.name)
            if rid and ctx.gaz.entities[rid].type == "Person":
                p.key, p.source = rid, "gaz"
        elif p.kind == "O" and p.source == "pat":
            rid = _known_org(ctx.gaz, p.name)
            if rid is None and len(p.name) == 4 and p.name.endswith("集团"):
                rid = _abbreviated_soe(ctx.gaz, p.name[:2])
            if rid is None and p.rule == "zh.company_list":
                rid = _soe_by_core(ctx.gaz, p.name)
            if rid and ctx.gaz.entities[rid].type != "Person":
                p.key, p.source, p.etype = rid, "gaz", ctx.gaz.entities[rid].type
    if has_han:
        _short_group_names(text, pats)
        _state_council_prefix(pats)
    pats += centre
    if has_latin:
        pats = _local_committees_once(pats)
    ms = _resolve_overlaps(ctx, gaz, pats)
    ms = _bare_governments(ctx, ms)
    ms = _bare_en_organs(ms, text if has_latin else "")
    if has_han and "股份" in text:
        _listed_arms(ctx, ms)
    ms = _sub_units(ctx, ms)
    ms = _link_pairs(ctx, ms)
    ms = _references(ctx, ms)
    if has_latin:
        _merge_group_forms(ctx, ms)
    if has_han:
        _merge_zh_forms(ctx, ms)
    return ms


_ZH_LEGAL_END = ("有限责任公司", "有限公司", "总公司", "公司")


def _zh_form_key(name: str) -> str | None:
    """浙江省物产集团公司 and 浙江物产集团, 某某集团控股有限公司 and 某某控股有限公司: one company the
    news names with and without its province's 省 (city's 市), its legal form, or the 集团 of 集团控股.
    (股份有限公司 stays: 某某股份 is the listed arm of 某某集团.)"""
    for end in _ZH_LEGAL_END:
        if name.endswith(end) and len(name) - len(end) >= 4:
            name = name[:-len(end)]
            break
    for k in (2, 3):
        if len(name) > k + 3 and name[k] in "省市" and name[k + 1] not in "委政人国":
            name = name[:k] + name[k + 1:]
            break
    return name.replace("集团控股", "控股")


# place words a local company's name opens with (四川商投集团, 四川省长江集团有限公司)
_ZH_PLACES = tuple(w for w in ZH_ORG_STRONG_START[7:] if w not in ("招商局", "华润", "中粮", "中信"))


def _placeless(name: str) -> str | None:
    """商投集团 of 四川商投集团, 长江集团 of 四川省长江集团有限公司: a local company's name as the
    news says it again, without its place (a name of four characters at least, ending 集团)."""
    if not name.startswith(_ZH_PLACES):
        return None
    for w in _ZH_PLACES:
        if name.startswith(w):
            rest = name[len(w):]
            break
    if rest[:1] in ("省", "市"):
        rest = rest[1:]
    for end in _ZH_LEGAL_END:
        if rest.endswith(end):
            rest = rest[:-len(end)]
            break
    return rest if len(rest) >= 4 and rest.endswith("集团") and rest not in _ZH_GENERIC_SHORT else None


def _placeless_again(ctx: DocContext, ms: list[Mention], pats: dict[str, str]) -> None:
    """The place-less name said again is the company named with its place: a pattern's mention of
    it joins it, and so does a registry's, whose entity that short name only abbreviates
    (长江集团 after 四川省长江集团有限公司 is no longer 长江三峡集团)."""
    short: dict[str, set[str]] = {}
    for key, name in pats.items():
        p = _placeless(name)
        if p:
            short.setdefault(p, set()).add(key)
    short = {p: next(iter(keys)) for p, keys in short.items() if len(keys) == 1}
    if not short:
        return
    text = ctx.mtext
    for m in ms:
        if m.kind != "O" or m.etype not in ("Company", "CentralSOE") or m.end - m.start > 8:
            continue
        key = short.get(text[m.start:m.end])
        if key is None or m.key == key:
            continue
        if m.source == "pat":
            ctx.union(key, m.key)
        elif m.source == "gaz" and (ent := ctx.gaz.entities.get(m.key)) is not None \
                and text[m.start:m.end] not in (ent.name, ent.name_zh):
            m.key, m.source, m.etype, m.name, m.name_zh = key, "pat", "Company", pats[key], None


def _placeless_committees(ctx: DocContext, ms: list[Mention]) -> None:
    """四川某集团党委第二巡察组 (a headline) and 某集团党委第二巡察组: one company's committee or team."""
    bodies = {m.name: m.key for m in ms if m.kind == "O" and m.source == "pat"
              and m.rule in ("zh.company_committee", "zh.unit") and m.etype == "PartyOrgan"}
    for m in ms:  # (a committee named only inside its team's name)
        if m.rule == "zh.unit" and m.extra and m.extra.get("parent_rule") == "zh.company_committee":
            bodies.setdefault(m.extra["parent_name"], m.extra["parent"])
    if len(bodies) < 2:
        return
    for name, key in bodies.items():
        if not name.startswith(_ZH_PLACES):
            continue
        w = next(w for w in _ZH_PLACES if name.startswith(w))
        rest = name[len(w):]
        rest = rest[1:] if rest[:1] in ("省", "市") else rest
        other = bodies.get(rest)
        if other is not None and other != key:
            ctx.union(other, key)


def _merge_zh_forms(ctx: DocContext, ms: list[Mention]) -> None:
    pats = {}
    for m in ms:
        if m.kind == "O" and m.source == "pat" and m.etype == "Company" and m.key and m.key.startswith("o:") \
                and len(m.name) >= 5 and is_han_text(m.name):
            pats.setdefault(m.key, m.name)
    if pats:
        _placeless_again(ctx, ms, pats)
    _placeless_committees(ctx, ms)
    if len(pats) < 2:
        return
    by_key: dict[str, list[str]] = {}
    for key, name in pats.items():
        by_key.setdefault(_zh_form_key(name), []).append(key)
    for keys in by_key.values():
        if len(keys) > 1:
            for k in keys[1:]:
                ctx.union(keys[0], k)


_GROUP_FORM = re.compile(r"\s+Group(?:\s+Holdings?)?$")


@lru_cache(maxsize=65536)
def _group_base(surface: str, pattern: bool) -> tuple[str | None, bool]:
    """(the merge key of an English organization name without its legal form and "Group", whether "Group" was cut)."""
    if is_han_text(surface):
        return None, False
    short = strip_legal(surface)
    gm = _GROUP_FORM.search(short) if pattern else None
    if gm and gm.start() > 0:
        return norm_key(short[:gm.start()]), True
    return norm_key(short), False


@lru_cache(maxsize=16384)
def _group_prefix(surface: str) -> str | None:
    """"Sinosteel" of "Sinosteel Group Corporation Limited" (None where there is no such prefix)."""
    if is_han_text(surface):
        return None
    short = strip_legal(surface)
    gm = _GROUP_FORM.search(short)
    return short[:gm.start()] if gm and gm.start() > 0 else None


def _merge_group_forms(ctx: DocContext, ms: list[Mention]) -> None:
    """"Sinosteel Group Corporation Limited" and "Sinosteel", "Magang Group Holding Co., Ltd." and
    "Magang Group": one company named with and without "Group" and its legal form.

    Only an English name found by a pattern is merged, with a name of the same document that is
    the same words without "Group" (or "Group Holding"); "X Holdings" alone is often a listed
    arm of the group "X", and stays apart.
    """
    text = ctx.mtext
    prefixes = set()  # "Sinosteel" of a pattern name "Sinosteel Group Corporation Limited"
    for m in ms:
        if m.kind == "O" and m.source == "pat" and " Group" in m.name:
            base = _group_prefix(text[m.start:m.end])
            if base:
                prefixes.add(base)
    if not prefixes:
        return  # no "X Group" found by a pattern: nothing to merge
    clusters: dict[str, list[Mention]] = {}  # a name without "Group" -> mentions named so, with or without it
    grouped: set[str] = set()
    for m in ms:
        if m.kind != "O" or m.etype not in ("CentralSOE", "Company"):
            continue
        surface = text[m.start:m.end]
        if not surface.startswith(tuple(prefixes)):
            continue
        base, is_grouped = _group_base(surface, m.source == "pat")
        if base is None:
            continue
        clusters.setdefault(base, []).append(m)
        if is_grouped:
            grouped.add(base)
    for base in grouped:
        members = clusters[base]
        if len({m.key for m in members}) < 2:
            continue
        roots = {ctx.root(m.key) for m in members}
        if len(roots) < 2:
            continue
        known = {r for r in roots if r.startswith("org:")}
        if len(known) > 1:
            continue  # two registry entities (a group and its listed arm): not ours to merge
        anchor = next(iter(known)) if known else ctx.root(members[0].key)
        for m in members:
            ctx.union(anchor, m.key)


def build_entities(ctx: DocContext, ms: list[Mention]) -> None:
    ents = ctx.ents
    parent = ctx.parent
    known = ctx.gaz.entities
    text = ctx.text
    for m in ms:
        key = m.key
        r = key if parent.get(key, key) == key else ctx.root(key)  # = ctx.root(key), without a call for a root
        info = ents.get(r)
        if info is None:
            if r.startswith(("org:", "person:")) and r in known:
                e = known[r]
                info = EntInfo(r, e.type, e.name, e.name_zh, list(e.aliases), registry=e.id)
            else:
                info = EntInfo(r, m.etype, m.name, m.name_zh if m.name_zh != m.name else None)
                if m.kind == "P" and is_han_text(m.name):
                    info.name_zh = m.name
            ents[r] = info
        if m.name_zh and not info.name_zh:
            info.name_zh = m.name_zh
        info.mentions.append((m.start, m.end))
        if not info.registry and m.rule != "surname_ref":
            surface = text[m.start:m.end]
            for a in [surface, *m.aliases] if m.aliases else (surface,):
                if a and a != info.name and a != info.name_zh and a not in info.aliases:
                    info.aliases.append(a)
        if m.extra and m.extra.get("parent"):
            ctx.add_rel("PART_OF", m.key, m.extra["parent"], _sentence_of(ctx, m.start), "en.sub_unit", 0.85)
            span = m.extra.get("parent_span")
            if span:  # the known organ named at the end of the unit's name is mentioned there
                pk = m.extra["parent"]
                pinfo = ents.get(ctx.root(pk))
                if pinfo is None and pk in known:
                    e = known[pk]
                    pinfo = ents[pk] = EntInfo(pk, e.type, e.name, e.name_zh, list(e.aliases), registry=e.id)
                elif pinfo is None and m.extra.get("parent_rule") == "zh.company_committee":
                    # 某集团党委第二巡察组: the committee is named inside its team's name only
                    rk = ctx.root(pk)
                    pinfo = ents[rk] = EntInfo(rk, "PartyOrgan", m.extra["parent_name"], m.extra["parent_name"])
                if pinfo is not None:
                    pinfo.mentions.append(span)
    # a Chinese name given in a pair for a pattern entity: prefer the English one as name
    for info in ctx.ents.values():
        if not info.registry and is_han_text(info.name):
            en = [a for a in info.aliases if not is_han_text(a) and len(a) > 3]
            if info.etype == "Person":
                en = [a for a in en if " " in a]
            if en:
                if not info.name_zh:
                    info.name_zh = info.name
                info.aliases = [a for a in info.aliases if a != en[0]] + ([info.name] if info.name != info.name_zh else [])
                info.name = en[0]
            elif info.etype == "Person":
                # a Chinese-only person: name in pinyin, family name first (李明 -> "Li Ming")
                if not info.name_zh:
                    info.name_zh = info.name
                info.name = person_display(info.name_zh)


# --- sentences --------------------------------------------------------------------------------

# The pattern opens with a plain character class (no lookahead, no group), so that the engine
# scans for those characters in C before it tries a match (~2x faster than a leading lookahead).
_SENT_END = re.compile(r"[。！？；;!?\n.\-](?:(?<=[。！？；;!?\n])[。！？；;!?\n]*|(?<=\.)(?=\s|$)|(?<=-)-(?=\s))")
_ABBREV = re.compile(r"(?:\b(?:Corp|Co|Ltd|Inc|Mr|Ms|Dr|No|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|Gov|Prof|Jr|vs)|\b[A-Z])$")


_ABBREV_WORDS = frozenset("Corp Co Ltd Inc Mr Ms Mrs Dr No St Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Gov Prof Jr vs".split())
# Honorifics stand before a name: "… and Mr. Wang, …" goes on whatever the capital after it.
_HONORIFICS = frozenset(("Mr", "Ms", "Mrs", "Dr", "Prof"))
_CONTINUE_AFTER_LEGAL = re.compile(r"\s*(?:The|This|It|He|She|They|In|On|At|After|According)\b")


# The word before a period, when it is an abbreviation (a word of _ABBREV_WORDS or one capital letter).
_AB_TAIL = re.compile(r"(?<![^\W\d_])(" + "|".join(sorted(_ABBREV_WORDS, key=len, reverse=True)) + r"|[A-Z])\Z")


# The last character of an abbreviation: a period after any other is no abbreviation's.
_AB_LAST = frozenset(w[-1] for w in _ABBREV_WORDS) | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _sentence_end(text: str, m: re.Match) -> int:
    """Where the sentence that ``_SENT_END`` match ``m`` closes ends, or -1 when it closes none:
    a period after an abbreviation ("Mr. Li", "Co., Ltd. said"), a dash not after a space.
    A match opening with another character ends its sentence at its end (callers test that
    inline: most matches in Chinese text, and every newline)."""
    a, end = m.span()
    c = text[a]
    if c == ".":
        am = _AB_TAIL.search(text, a - 6 if a > 6 else 0, a) if a and text[a - 1] in _AB_LAST else None
        if am is not None:
            word = am.group(1)
            nxt = text[end:end + 3].lstrip()
            if nxt[:1].islower() or nxt[:1] in ",[":
                return -1
            if word in _HONORIFICS and nxt[:1].isupper() and text[end:end + 1] != "\n":
                return -1
            if word in ("Corp", "Co", "Ltd", "Inc") and nxt[:1] not in ("", "\n"):
                if not _CONTINUE_AFTER_LEGAL.match(text, end):
                    return -1
    elif c == "-":  # " -- " between sentences
        if a == 0 or not text[a - 1].isspace():
            return -1
        end += 1
    return end


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: split at 。！？；; !? newlines and at ". " unless the period ends an abbreviation."""
    out = []
    append = out.append
    start = 0
    n = len(text)
    for m in _SENT_END.finditer(text):
        c = text[m.start()]
        end = m.end() if c != "." and c != "-" else _sentence_end(text, m)  # (the others end a sentence there)
        if end < 0:
            continue
        if end > start and (not text[start].isspace() or not text[start:end].isspace()):
            append((start, end))
        start = end
    if start < n and not text[start:].isspace():
        out.append((start, n))
    return out


# Characters a _SENT_END match is made of: a match never spans a character outside them.
_SENT_CHARS = frozenset("。！？；;!?\n.-")


class _Sentences:
    """The sentences of ``sentences(text)``, found only where asked for.

    A document names things in a few of its sentences: the sentence around a position is
    bounded by the last sentence end before it and the first after, each a ``_SENT_END``
    match judged on its own (``_sentence_end``), so only the text near the position is
    scanned. Scans start after a character no match can hold, where a scan of the whole
    text would have no match in progress. A position on such a character itself falls back
    to the full list.
    """

    def __init__(self, text: str):
        self.text = text
        self.n = len(text)
        self._full: list[tuple[int, int]] | None = None
        self._last = (0, 0)  # the last sentence found: its start and end are sentence ends too

    def _full_list(self) -> list[tuple[int, int]]:
        if self._full is None:
            self._full = sentences(self.text)
        return self._full

    def _prev_end(self, p: int) -> int:
        """The last sentence end at or before ``p`` (0: the text's start).

        The scan goes back no further than a sentence end known to be before ``p`` (the last
        sentence found, usually just before: mentions are asked for in text order).
        """
        t = self.text
        s0, e0 = self._last
        floor = e0 if e0 <= p else (s0 if s0 <= p else 0)
        width = 128
        while True:
            lo = max(floor, p - width)
            while lo > floor and t[lo - 1] in _SENT_CHARS:
                lo -= 1
            best = -1
            for m in _SENT_END.finditer(t, lo):
                a = m.start()
                if a >= p:
                    break
                c = t[a]
                e = m.end() if c != "." and c != "-" else _sentence_end(t, m)
                if 0 <= e <= p:
                    best = e
            if best >= 0:
                return best
            if lo == floor:
                return floor
            width *= 4

    def _next_end(self, p: int) -> int:
        """The first sentence end after ``p`` (the text's length when none)."""
        t = self.text
        for m in _SENT_END.finditer(t, p):
            c = t[m.start()]
            e = m.end() if c != "." and c != "-" else _sentence_end(t, m)
            if e > p:
                return e
        return self.n

    def at(self, p: int) -> tuple[int, int] | None:
        """The sentence holding ``p``, or None (``p`` is in no sentence)."""
        if p < 0 or p >= self.n:
            return None
        if self.text[p] in _SENT_CHARS or self.text[p - 2:p] == "--" and p >= 2:
            # on a sentence-end character, or just after "--" (whose sentence ends one further)
            full = self._full_list()
            k = bisect_right(full, (p, self.n + 1)) - 1
            if k >= 0 and full[k][0] <= p < full[k][1]:
                return full[k]
            return None
        s, e = self._prev_end(p), self._next_end(p)
        self._last = (s, e)
        t = self.text
        if s < e and t[s].isspace() and t[s:e].isspace():  # (no copy of a sentence that opens with no space)
            return None  # a blank stretch between sentences
        return (s, e)

    def count(self, a: int, b: int, limit: int) -> int:
        """How many sentences start in [a, b), counting up to ``limit``; ``a`` and ``b`` are
        sentence starts (so no match is in progress at ``a``)."""
        t = self.text
        if self._full is not None:
            starts = [x for x, _ in self._full]
            return min(limit, bisect_left(starts, b) - bisect_left(starts, a))
        n = 0
        start = a
        if start >= b:
            return 0
        for m in _SENT_END.finditer(t, a):
            c = t[m.start()]
            e = m.end() if c != "." and c != "-" else _sentence_end(t, m)
            if e < 0:
                continue
            if e > start and (not t[start].isspace() or not t[start:e].isspace()):
                n += 1
                if n >= limit:
                    return n
            start = e
            if start >= b:
                return n
        return n


def _sentence_of(ctx: DocContext, pos: int) -> tuple[int, int]:
    sent = ctx.sents.at(pos)
    return sent if sent is not None else (pos, pos)


def template(ctx: DocContext, s: int, e: int, ms: list[Mention]) -> tuple[str, dict[int, Mention]]:
    parts = []
    idx: dict[int, Mention] = {}
    pos = s
    for i, m in ms:
        parts.append(ctx.mtext[pos:m.start])
        parts.append(f"«{m.kind}{i}»")
        idx[i] = m
        pos = m.end
    parts.append(ctx.mtext[pos:e])
    return "".join(parts), idx


# --- output -------------------------------------------------------------------------------------

def _short_name(info: EntInfo) -> str:
    """An acronym the entity is known by, else its name without the legal form (for event ids)."""
    acr = [a for a in info.aliases if _ACRONYM.match(a)]
    return acr[0] if acr else strip_legal(info.name)


def _event_who(ctx: DocContext, key: str, by_target: dict | None = None) -> list[str]:
    """Names that make an event's id specific: its organizers, else its participants, in text order.

    ``by_target``: (relation type, target) -> sources in the order of ``ctx.rels``, when built.
    """
    for rtype in ("ORGANIZED", "PARTICIPATED_IN"):
        if by_target is not None:
            who = list(by_target.get((rtype, key), ()))
        else:
            who = [src for (rt, src, tgt) in ctx.rels if rt == rtype and tgt == key]
        if who:
            who.sort(key=lambda k: ctx.ents[k].mentions[0] if k in ctx.ents and ctx.ents[k].mentions else (0, 0))
            return [_short_name(ctx.ents[k]) for k in who if k in ctx.ents]
    return []


def _final_ids(ctx: DocContext) -> dict[str, str]:
    ids: dict[str, str] = {}
    used: set[str] = set()
    by_target: dict | None = None  # organizers and participants of events, built for the first event
    for key in sorted(ctx.ents):
        info = ctx.ents[key]
        if info.registry:
            eid = info.registry
        elif info.etype == "Person":
            rid = ctx.gaz.lookup(info.name) or (ctx.gaz.lookup(info.name_zh) if info.name_zh else None)
            eid = rid or person_id(info.name_zh or info.name)
        elif info.etype == "Event":
            if by_target is None:
                by_target = {}
                for rt, src, tgt in ctx.rels:
                    if rt == "ORGANIZED" or rt == "PARTICIPATED_IN":
                        by_target.setdefault((rt, tgt), []).append(src)
            eid = event_id(info.props.get("id_name") or info.name, info.props.get("date"), ctx.doc_prefix,
                           _event_who(ctx, key, by_target))
        else:
            en = info.name if not is_han_text(info.name) else None
            eid = org_id(en, info.name_zh or (info.name if is_han_text(info.name) else None))
        base, n = eid, 2
        while eid in used:
            eid = f"{base}-{n}"
            n += 1
        used.add(eid)
        ids[key] = eid
    return ids


def extract(doc, gazetteer: Gazetteer) -> Extraction:
    """Entities and relations of one ``ReadDoc`` (see ``soegraph.loaders.readers``)."""
    text = doc.text
    mtext = getattr(doc, "match_text", None) or text
    ctx = DocContext(text, mtext, gazetteer, doc.document.date)
    did = getattr(doc.document, "id", None) or ""
    ctx.doc_prefix = did.split(":", 1)[-1][:8] or None
    ms = find_mentions(ctx)
    ctx.mentions = ms
    build_entities(ctx, ms)
    ms = ctx.mentions = relations.group_references(ctx, ms)
    looked_at: list = []  # (sentence, its mentions) as the rules saw them, for the fallback
    folded = ctx.folded or fold(mtext)
    ascii_text = folded.isascii()
    if ascii_text:
        ctx.han_possible = False  # (fold keeps every Chinese character)
    ev_search, zs_search, latin_iter = _EV_RX.search, _ZS_RX.search, _TRIGGERS_LATIN.iter
    # sentence by sentence, in order: discourse state carries over. A sentence that names
    # nothing states no relation: the loop goes from mention to mention, to the sentence
    # holding the next one (found on demand, _Sentences), not through every sentence. Which
    # mentions a sentence gets is as a walk over all sentences would give: those that start
    # in it and end by its end, in order, up to the first that does not.
    sents = ctx.sents
    mi = 0
    last = -1  # start of the last sentence looked at
    done = 0  # end of the last sentence looked at
    while mi < len(ms):
        sent = sents.at(ms[mi].start)
        if sent is None or sent[0] <= last:
            mi += 1  # in no sentence, or in one looked at already: no sentence takes it
            continue
        s, e = sent
        last = s
        if not ascii_text and s > done:
            _unnamed_events(ctx, done, s)
            if getattr(ctx, "zh_pair", None) is not None:
                _both_sides(ctx, done, s)
        done = e
        inside = []
        j = mi
        while j < len(ms) and ms[j].end <= e:
            inside.append((j, ms[j]))
            j += 1
        if not inside:
            continue  # it ends after its sentence: the mentions up to the next sentence are skipped above
        ctx.sent_start = s
        inside = relations.new_org_reference(ctx, s, e, inside)
        looked_at.append(((s, e), [m for _, m in inside]))
        tpl, idx = template(ctx, s, e, inside)
        # trigger words of this sentence, by rule family
        if ascii_text:
            ctx.zh_structure = False
            ev = ctx.att_list_more or next(latin_iter(folded, s, e), None) is not None
        else:
            ctx.zh_structure = zs_search(folded, s, e) is not None
            ev = ev_search(folded, s, e) is not None
        relations.apply(ctx, tpl, idx, (s, e))
        if ev:
            events.apply(ctx, tpl, idx, (s, e))
        mi = j
    if not ascii_text and getattr(ctx, "zh_pair", None) is not None and done < len(mtext):
        _both_sides(ctx, done, len(mtext))  # (the sentences after the last that names anything)
    fallback.add_relations(ctx, looked_at)
    return _emit(ctx, doc)


_ZH_HELD = ("召开", "举行", "举办", "开班", "开幕")


def _both_sides(ctx: DocContext, a: int, b: int) -> None:
    """"双方签署了合作协议" in a sentence that names nothing: the pair named just before cooperates."""
    text = ctx.mtext
    if text.find("双方", a, b) < 0 and text.find("两", a, b) < 0:
        return
    for sa, sb in sentences(text[a:b]):
        sa, sb = a + sa, a + sb
        if relations._BOTH_SIDES_RX.search(text, sa, sb):
            relations.pair_cooperation(ctx, text[sa:sb], (sa, sb))


def _unnamed_events(ctx: DocContext, a: int, b: int) -> None:
    """Events of sentences that name nothing ("两家集团在人民大会堂举行了成立大会"): the sentences
    after it may name who took part. Only text between two sentences looked at is searched."""
    text = ctx.mtext
    for w in _ZH_HELD:
        if text.find(w, a, b) >= 0:
            break
    else:
        return
    for sa, sb in sentences(text[a:b]):
        sa, sb = a + sa, a + sb
        if any(text.find(w, sa, sb) >= 0 for w in _ZH_HELD):
            ctx.sent_start = sa
            ctx.zh_structure = False
            events.apply(ctx, text[sa:sb], {}, (sa, sb))


def _infer_types(ctx: DocContext) -> None:
    """A new company formed by merging central SOEs is itself a central SOE."""
    central = {"org:sasac", "org:state-council"}
    for (rtype, src, tgt), r in ctx.rels.items():
        if rtype != "MERGED_INTO":
            continue
        s, t = ctx.ents.get(src), ctx.ents.get(tgt)
        if not (s and t) or t.registry or t.etype != "Company":
            continue
        a, b = r["sent"]
        # a restructuring approved by the State Council or announced by SASAC creates a central SOE
        approved = any(a <= m.start < b and ctx.root(m.key) in central for m in ctx.mentions)
        if s.etype == "CentralSOE" or approved:
            t.etype = "CentralSOE"


def _slot_setter(name: str):
    """The setter of a pydantic model's slot (``__dict__``, ``__pydantic_fields_set__`` ...)."""
    for klass in Span.__mro__:
        desc = klass.__dict__.get(name)
        if desc is not None and hasattr(desc, "__set__"):
            return desc.__set__
    return lambda obj, value: object.__setattr__(obj, name, value)


_set_dict = _slot_setter("__dict__")
_set_fields = _slot_setter("__pydantic_fields_set__")
_set_extra = _slot_setter("__pydantic_extra__")
_set_private = _slot_setter("__pydantic_private__")
_new_model = BaseModel.__new__


def _raw(cls, fields: dict, fields_set: set):
    """An instance of pydantic model ``cls`` holding ``fields`` as they are (checked by the caller)."""
    obj = _new_model(cls)
    _set_dict(obj, fields)
    _set_fields(obj, fields_set)
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj


def _span(text: str, start: int, end: int) -> Span:
    """A ``Span`` of offsets this module computed (so valid): pydantic's model_construct costs 3x more."""
    sp = _new_model(Span)
    _set_dict(sp, {"text": text, "start": start, "end": end})
    _set_fields(sp, {"text", "start", "end"})
    _set_extra(sp, None)
    _set_private(sp, None)
    return sp


def _spans(text: str, spans) -> list[Span]:
    """``[_span(text[s:e], s, e) for s, e in spans]``, without a call per span."""
    out = []
    for s, e in spans:
        sp = _new_model(Span)
        _set_dict(sp, {"text": text[s:e], "start": s, "end": e})
        _set_fields(sp, {"text", "start", "end"})
        _set_extra(sp, None)
        _set_private(sp, None)
        out.append(sp)
    return out


def _first_mention(item: tuple) -> tuple[int, int]:
    """Sort key of an (entity key, EntInfo) item: its first mention ((0, 0) without one)."""
    mentions = item[1].mentions
    return mentions[0] if mentions else (0, 0)


_ENTITY_FIELDS = frozenset(Entity.model_fields)
_ID_SHAPE = re.compile(r"^[a-z]+:[^\s]+$")  # as graph.models checks it
_ENTITY_TYPES = frozenset(("Person", "GovernmentBody", "PartyOrgan", "CentralSOE", "Company", "Institution", "Event"))
_DATED_ENTITY_PROPS = ("founded", "date", "born", "dissolved")  # as graph.models.Entity checks them


def _entity(fields: dict) -> Entity:
    """An ``Entity`` after the same checks pydantic would make (its model validator's too).

    Validating ~7 entities per document cost a tenth of the extraction time. Properties (an
    event's date) are checked against ``ENTITY_PROPS`` and dates as ISO dates; anything the
    checks here do not pass goes through full validation (and its error).
    """
    etype, props = fields["type"], fields["properties"]
    if not (etype in _ENTITY_TYPES and fields["name"] and isinstance(fields["name"], str)
            and _ID_SHAPE.match(fields["id"])):
        return Entity(**fields)
    if props:
        if not ENTITY_PROPS[etype].issuperset(props):
            return Entity(**fields)
        try:
            for key in _DATED_ENTITY_PROPS:
                if isinstance(props.get(key), str):
                    check_date(props[key])
        except ValueError:
            return Entity(**fields)
    return _raw(Entity, fields, set(_ENTITY_FIELDS))


_RELATION_FIELDS = frozenset(Relation.model_fields)


def _relation(fields: dict) -> Relation:
    """A ``Relation`` after the checks of ``graph.models.Relation`` (same constants), else validated."""
    rtype, props = fields["type"], fields["properties"]
    allowed = REL_PROPS.get(rtype)
    ok = (allowed is not None and allowed.issuperset(props) and 0.0 <= fields["confidence"] <= 1.0
          and props.get("role", "attended") in PARTICIPATION_ROLES and props.get("status", "current") in POSITION_STATUS)
    if ok and props:  # (no property, no date to check)
        try:
            for key in DATED_REL_PROPS:
                if isinstance(props.get(key), str):
                    check_date(props[key])
        except ValueError:
            ok = False
    if not ok:
        return Relation(**fields)  # raises with pydantic's message
    return _raw(Relation, fields, set(_RELATION_FIELDS))


def _emit(ctx: DocContext, doc) -> Extraction:
    _infer_types(ctx)
    ids = _final_ids(ctx)
    entities: list[Entity] = []
    text = ctx.text
    ents = ctx.ents
    for key, info in sorted(ents.items(), key=_first_mention):
        spans = sorted(set(info.mentions)) if len(info.mentions) > 1 else info.mentions
        props = {}
        if info.etype == "Event" and info.props.get("date"):
            props["date"] = info.props["date"]
        name, name_zh = info.name, info.name_zh
        aliases = [a for a in dict.fromkeys(info.aliases) if a and a != name and a != name_zh] if info.aliases else []
        entities.append(_entity({"id": ids[key], "type": info.etype, "name": name, "name_zh": name_zh,
                                 "aliases": aliases, "properties": props,
                                 "mentions": _spans(text, spans)}))
    rels: list[Relation] = []
    evidence: dict[tuple[int, int], tuple[str, int]] = {}  # sentence -> its text stripped, its offset
    for (rtype, src, tgt), r in ctx.rels.items():
        if src not in ids or tgt not in ids:
            continue
        sent = r["sent"]
        ev_at = evidence.get(sent)
        if ev_at is None:
            s, e = sent
            ev = text[s:e]
            left = ev.lstrip()  # (stripped on the right from it: one copy fewer than ev.strip())
            ev_at = evidence[sent] = (left.rstrip(), s + len(ev) - len(left))
        ev, at = ev_at
        rels.append(_relation({
            "type": rtype, "source": ids[src], "target": ids[tgt], "properties": r["props"],
            "evidence": _span(ev, at, at + len(ev)), "confidence": round(r["conf"], 2),
            "rule": r["rule"],
        }))
    rels.sort(key=lambda r: (r.evidence.start if r.evidence else 0, r.type, r.source, r.target))
    if type(doc.document) is Document:
        # entities and relations were checked as they were made (above); validating the
        # Extraction would run their model validators once more
        return _raw(Extraction, {"document": doc.document, "entities": entities, "relations": rels},
                    {"document", "entities", "relations"})
    return Extraction(document=doc.document, entities=entities, relations=rels)
