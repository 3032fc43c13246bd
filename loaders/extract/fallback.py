"""Last-resort relations: what a sentence says by its trigger words and the kinds of things it
names, where no rule in relations.py read its construction.

The rules in relations.py read constructions ("«P», chairman of «O»", "«O»董事长«P»"); news
has more of them than any list. Two facts are stated so plainly by the words around them that
the construction hardly matters:

- a sentence that names exactly two organizations and speaks of cooperation (合作, 协议,
  signed an agreement ...) says they cooperate;
- a person who holds no post anywhere in the document, with a title between them and the
  organization next to them in the same clause ("«O»党委常委、总会计师«P»",
  "«P», the newly named deputy general manager at «O»"), holds that post.

They run after every rule, add nothing a rule found, and carry a lower confidence.
"""

from __future__ import annotations

import re

from soegraph.loaders.extract.gazetteer import has_ascii_letter
from soegraph.loaders.extract.lexicon import EN_TITLE_WORDS, ZH_TITLE_WORDS

ORG_TYPES = frozenset(("CentralSOE", "Company", "GovernmentBody", "Institution", "PartyOrgan"))
# Organizations too general to be a party to an agreement or the place of a post.
_TOO_GENERAL = frozenset(("org:china", "org:central-government", "org:state-council", "org:cpc-central-committee"))

_COOPERATION = re.compile(
    r"合作|协议|签约|签署|携手|共建|(?i:\bco-?operat|\bcollaborat|\bpartnership|\bagreements?\b|\bmemorand|\bMoUs?\b|"
    r"\bjoin(?:ed|s)? hands\b|\bteam(?:ed)? up\b)")
_COOPERATION_ZH = re.compile(r"合作|协议|签约|签署|携手|共建")  # (literals: the engine scans for their first characters)
# What the English words of _COOPERATION hold, lower-cased: one of them is in every match
_COOPERATION_EN_PARTS = ("operat", "collaborat", "partnership", "agreement", "memorand", "mou", "join", "team")


def _speaks_of_cooperation(text: str, a: int, b: int) -> bool:
    """``_COOPERATION.search(text, a, b) is not None``, its English half tried only where it can
    match (a scan of that half alone, which has no first character to scan for, cost 1% of the
    time on the bench corpus)."""
    if _COOPERATION_ZH.search(text, a, b) is not None:
        return True
    seg = text[a:b]
    if seg.isascii():  # (then ignoring case is ASCII case: a test of the lower-cased text is exact)
        low = seg.lower()
        if not any(w in low for w in _COOPERATION_EN_PARTS):
            return False
    elif not has_ascii_letter(seg):  # (each English word has letters that match only ASCII ones)
        return False
    return _COOPERATION.search(text, a, b) is not None


# What a cooperation sentence may also be about: then the two organizations are not partners.
_NOT_COOPERATION = re.compile(r"收购|并购|重组|合并|划转|股权|控股|入股|acqui|merg|takeover|stake|restructur|shares?\b",
                              re.I)
# A clause ends at these: a post is read within one.
_ZH_CLAUSE_END = re.compile(r"[，,；;。：:！？]")
_EN_CLAUSE_END = re.compile(r"[;:.!?]|\b(?:while|whereas|but|said|told|met|with)\b")
_ZH_TITLE_AT_END = re.compile("(?:" + "|".join(map(re.escape, ZH_TITLE_WORDS)) + r")(?:兼[^，。；]{0,12})?\s*$")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")
_FORMER = re.compile(r"原|前任|曾任|\bformer\b|\bex-|\bthen\b|\bretired\b", re.I)
_ZH_GAP = 24  # characters between an organization and a person's name, title included
_EN_GAP = 70

CONFIDENCE = 0.55


def add_relations(ctx, sentences) -> None:
    """Add the fallback relations of every sentence that names two things or more.

    ``sentences``: (span, mentions) of the sentences the rules looked at, as they saw them."""
    posted = {src for (rtype, src, _tgt) in ctx.rels if rtype == "HOLDS_POSITION"}
    linked = {frozenset((src, tgt)) for (_rtype, src, tgt) in ctx.rels}
    for sent, ms in sentences:
        if len(ms) < 2:
            continue
        _cooperation(ctx, sent, ms, linked)
        _posts(ctx, sent, ms, posted, linked)


def _cooperation(ctx, sent, ms, linked) -> None:
    text = ctx.mtext
    a, b = sent
    if not _speaks_of_cooperation(text, a, b) or _NOT_COOPERATION.search(text[a:b]):
        return
    first: dict[str, object] = {}  # organization -> its first mention in the sentence
    for m in ms:
        key = ctx.root(m.key)
        if ctx.etype(key) in ORG_TYPES and key not in first:
            first[key] = m
    if len(first) != 2 or any(k in _TOO_GENERAL for k in first) or frozenset(first) in linked:
        return
    o1, o2 = sorted(first.values(), key=lambda m: m.start)
    for t in _COOPERATION.finditer(text, a, b):
        if any(m.start <= t.start() < m.end for m in ms):
            continue  # the word is inside a name (中国国际经济合作投资公司)
        if _states_cooperation(text, o1, o2, t):
            orgs = list(first)
            ctx.add_rel("COOPERATES_WITH", orgs[0], orgs[1], sent, "fallback.cooperation", CONFIDENCE)
            linked.add(frozenset(orgs))
            return


# The two as one subject: "A and B", "A与B", "A将与B"
_EN_JOINED = re.compile(r"\s*(?:and|&)\s*$")
_ZH_JOINED = re.compile(r"^[^，,。；;]{0,3}[与和同及、]$")
_EN_WITH_AFTER = re.compile(r"\s*(?:with|between)\b")


def _states_cooperation(text: str, o1, o2, t: re.Match) -> bool:
    """Does cooperation word ``t`` join the sentence's two organizations ``o1`` < ``o2``?

    Between them, the second its partner ("A signed a cooperation agreement with B", "A携手B");
    after both, the two its joint subject ("A and B will cooperate", "A与B签署合作协议") and no
    one else its partner ("... an agreement with regulators"); before both, "an agreement
    between A and B"."""
    ts, te = t.start(), t.end()
    zh = not t.group().isascii()
    if o1.end <= ts and te <= o2.start:
        gap = text[te:o2.start]
        return len(gap) <= 4 if zh else bool(re.search(r"\b(?:with|between)\b", gap)) and len(gap) <= 60
    joined = (_ZH_JOINED if zh else _EN_JOINED).search(text[o1.end:o2.start]) is not None
    if not joined:
        return False
    if o2.end <= ts:
        between = text[o2.end:ts]
        if _ZH_CLAUSE_END.search(between) or re.search(r"\bwith\b|[.;]", between) or len(between) > 60:
            return False
        return zh or _EN_WITH_AFTER.match(text, te) is None
    if te <= o1.start:
        return not zh and re.fullmatch(r"\s*(?:\w+\s+){0,2}(?:between|among)\s+", text[te:o1.start]) is not None
    return False


def _posts(ctx, sent, ms, posted, linked) -> None:
    text = ctx.mtext
    for i, m in enumerate(ms):
        p = ctx.root(m.key)
        if ctx.etype(p) != "Person" or p in posted:
            continue
        found = _post_before(ctx, ms, i) or _post_after(ctx, ms, i)
        if found is None:
            continue
        org, title, lo, hi = found
        status = "former" if _FORMER.search(text, lo, hi) else "current"
        zh = not title.isascii()
        ctx.add_rel("HOLDS_POSITION", p, org, sent, "fallback.post", CONFIDENCE,
                    **({"title_zh": title} if zh else {"title": title}), status=status)
        posted.add(p)
        linked.add(frozenset((p, org)))


def _post_before(ctx, ms, i):
    """«O» TITLE «P» (zh: no punctuation between; en: "O's TITLE P", "TITLE of O P")."""
    if i == 0:
        return None
    o, m = ms[i - 1], ms[i]
    org = ctx.root(o.key)
    if ctx.etype(org) not in ORG_TYPES or org in _TOO_GENERAL:
        return None
    gap = ctx.mtext[o.end:m.start]
    if not gap.isascii():
        if len(gap) > _ZH_GAP or _ZH_CLAUSE_END.search(gap):
            return None
        tm = _ZH_TITLE_AT_END.search(gap)
        return (org, gap[:tm.end()].strip(), o.end, m.start) if tm else None
    if len(gap) > _EN_GAP or _EN_CLAUSE_END.search(gap) or "," in gap:
        return None
    title = _en_title(gap)
    return (org, title, o.end, m.start) if title else None


def _post_after(ctx, ms, i):
    """«P», TITLE … at/of «O» (en); «P»（«O»TITLE） is read by the rules already."""
    if i + 1 >= len(ms):
        return None
    m, o = ms[i], ms[i + 1]
    org = ctx.root(o.key)
    if ctx.etype(org) not in ORG_TYPES or org in _TOO_GENERAL:
        return None
    gap = ctx.mtext[m.end:o.start]
    if not gap.isascii() or len(gap) > _EN_GAP or _EN_CLAUSE_END.search(gap):
        return None
    if not gap.startswith(", ") or not re.search(r"\b(?:of|at|for)(?: the)?\s*$", gap):
        return None
    title = _en_title(gap)
    return (org, title, m.end, o.start) if title else None


def _en_title(gap: str) -> str:
    """The longest run of title words in ``gap`` ("deputy general manager"), or ""."""
    best: list[str] = []
    run: list[str] = []
    for w in _EN_WORD.findall(gap):
        if w.lower() in EN_TITLE_WORDS:
            run.append(w)
            if len(run) > len(best):
                best = list(run)
        else:
            run = []
    if not best or all(w.lower() in ("member", "board", "committee", "senior", "first", "acting", "leading", "group",
                                     "cpc", "political", "bureau", "deputy", "vice") for w in best):
        return ""
    return " ".join(best)
