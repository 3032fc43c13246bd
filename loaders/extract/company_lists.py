"""Companies named in a list that says what they are.

News about a group's subsidiaries lists them by short names no registry holds and no legal form
marks: "its listed companies include: Sinochem International, Luxi Chemical and Sinofert",
"旗下拥有中化国际、鲁西化工、扬农化工等8家上市公司". The list's head (companies include …) or
tail (…等N家上市公司) says every item is a company.
"""

from __future__ import annotations

import re

from soegraph.loaders.extract.base import Mention
from soegraph.loaders.resolve import org_key

# --- Chinese: 甲、乙和丙等(N家)上市公司 / 企业包括甲、乙和丙 ---------------------------------------------
_ZH_ITEM = r"[\u4e00-\u9fff]{2,12}"
_ZH_COMPANY_NOUN = r"(?:上市公司|子公司|公司|企业|央企|中央企业|国有企业|国企|银行|券商)"
_ZH_TAIL = re.compile(
    rf"(?P<list>{_ZH_ITEM}(?:、{_ZH_ITEM})+(?:(?:和|及|以及){_ZH_ITEM})?)等(?:\d+|[一二两三四五六七八九十百多几数]+)?(?:家|个)?"
    rf"(?:[\u4e00-\u9fff]{{0,4}}?){_ZH_COMPANY_NOUN}")
# 甲、乙、丙等13个单位: "units" counted after a list of names (an inspection round's, a meeting's
# participants) are organizations; without the count (财务、人事等单位) they may be departments
_ZH_TAIL_UNITS = re.compile(
    rf"(?P<list>{_ZH_ITEM}(?:、{_ZH_ITEM})+(?:(?:和|及|以及){_ZH_ITEM})?)等(?:\d+|[一二两三四五六七八九十]+)(?:个|家)(?:中央)?单位")
_ZH_STATE_END = re.compile(r"(?:部|委|总局|局|署|办|厅)$")
_ZH_ASSOC_END = re.compile(r"(?:协会|联合会|学会|研究会|促进会|科协|工商联|侨联|文联|作协|妇联|总工会|团中央|大学|学院|研究院|科学院)$")
_ZH_HEAD = re.compile(
    rf"{_ZH_COMPANY_NOUN}(?:包括|涵盖|包含|分别为|分别是)[：:]?(?P<list>{_ZH_ITEM}(?:、{_ZH_ITEM})+(?:(?:和|及|以及){_ZH_ITEM})?)(?=[，。；,;]|$)")
# where the first item starts inside the run of characters before the first 、
_ZH_CUE = re.compile(r".*(?:包括|拥有|旗下|涉及|涵盖|包含|分别为|分别是|如|有|即|是|为|对(?!外)|[：:])")
_ZH_JOINER = re.compile(r"和|以及|及")


def _zh_items(lst: str, start: int, headed: bool) -> list[tuple[int, str]]:
    segs = [(m.start(), m.group()) for m in re.finditer(r"[^、]+", lst)]
    off, last = segs[-1]
    j = _ZH_JOINER.search(last, 2)
    if j and len(last) - j.end() >= 2:
        segs[-1:] = [(off, last[:j.start()]), (off + j.end(), last[j.end():])]
    off, first = segs[0]
    if not headed:
        cue = _ZH_CUE.match(first)
        if cue is not None:
            segs[0] = (off + cue.end(), first[cue.end():])
        elif len(first) > 6:
            segs[0] = (off, "")  # no cue: where the name starts is not known
    # (从事建筑、医药制造的企业: what a company does, not its name)
    return [(start + o, name) for o, name in segs if 2 <= len(name) <= 12 and "的" not in name]


def _counted_units(text: str):
    """_ZH_TAIL_UNITS's matches, searched for only in the stretch before each 个单位/家单位 (单位 is
    in most Chinese news: a scan of the whole text per page for a list doubled this module's time)."""
    end = 0
    k = text.find("单位")
    while k >= 0:
        if k > end and (text[k - 1:k] in ("个", "家") or text[k - 3:k] in ("个中央", "家中央")):
            m = _ZH_TAIL_UNITS.search(text, max(end, k - 600), k + 2)
            if m is not None:
                yield m
                end = m.end()
        k = text.find("单位", k + 2)


_ZH_AFTER_DENG = re.compile(rf"等(?:\d+|[一二两三四五六七八九十百多几数]+)?(?:家|个)?(?:[\u4e00-\u9fff]{{0,4}}?){_ZH_COMPANY_NOUN}")
_ZH_HEAD_WORDS = ("包括", "涵盖", "包含", "分别为", "分别是")
_WINDOW = 400  # how far before its 等 a list may start (a list is a sentence's part)


def _tail_lists(text: str):
    """_ZH_TAIL's matches, looked for only before a 等 that a company noun follows (a regex that
    opens with a class of every Chinese character is tried at each one: 8% of extraction time)."""
    end = 0
    k = text.find("等")
    while k >= 0:
        after = _ZH_AFTER_DENG.match(text, k)
        if after is not None and k > end and text.find("、", max(end, k - _WINDOW), k) >= 0:
            m = _ZH_TAIL.search(text, max(end, k - _WINDOW), after.end())
            if m is not None:
                yield m
                end = m.end()
        k = text.find("等", k + 1)


def _head_lists(text: str):
    """_ZH_HEAD's matches, looked for only where one of its verbs is."""
    found = {}
    for w in _ZH_HEAD_WORDS:
        k = text.find(w)
        while k >= 0:
            m = _ZH_HEAD.search(text, max(0, k - 4), k + len(w) + _WINDOW)
            if m is not None and m.start() not in found:
                found[m.start()] = m
            k = text.find(w, k + len(w))
    return [found[a] for a in sorted(found)]


def find_zh(text: str) -> list[Mention]:
    """Companies in a Chinese list with a company noun after 等 or before 包括, and the names said again.

    >>> [m.name for m in find_zh("旗下拥有中化国际、鲁西化工和扬农化工等3家上市公司。鲁西化工称")]
    ['中化国际', '鲁西化工', '扬农化工', '鲁西化工']
    """
    if "、" not in text:
        return []
    out = []
    for rx, headed, lists in ((_ZH_TAIL, False, _tail_lists), (_ZH_HEAD, True, _head_lists), (_ZH_TAIL_UNITS, False, _counted_units)):
        for m in lists(text):
            for off, name in _zh_items(m.group("list"), m.start("list"), headed):
                etype = "Company"
                if rx is _ZH_TAIL_UNITS:  # (units may be ministries and associations too: their names say which)
                    etype = "GovernmentBody" if _ZH_STATE_END.search(name) else "Institution" if _ZH_ASSOC_END.search(name) else etype
                out.append(Mention(off, off + len(name), "O", etype, "o:" + org_key(name), name,
                                   rule="zh.company_list"))
    return _said_again(text, out)


# --- English: "companies include: A, B and C" ----------------------------------------------------------
_EN_ITEM = r"[A-Z][\w&’'-]*(?: (?:[A-Z][\w&’'-]*|&|of|de))*"
_EN_HEAD = re.compile(
    r"\b(?i:companies|firms|subsidiaries|enterprises|businesses|units|lenders|banks|arms|brands)\b[^.;:]{0,60}?"
    rf"\b(?:include|includes|included|including|such as|namely|like)\s*:?\s+(?P<list>{_EN_ITEM}(?:, {_EN_ITEM})*(?:,? and {_EN_ITEM})?)")
_EN_NOT_FIRST = frozenset("The A An It Its This These Those Their Other".split())
_EN_NOT_ITEM = frozenset(("China", "Chinese", "Beijing", "Shanghai", "Hong Kong", "Shenzhen"))


def find_en(text: str) -> list[Mention]:
    """Companies in an English list that a company noun opens, and the names said again.

    >>> [m.name for m in find_en("Its listed companies include: Sinofert, China Jinmao and Adama.")]
    ['Sinofert', 'China Jinmao', 'Adama']
    """
    out = []
    for m in _EN_HEAD.finditer(text) if "nclud" in text or "such as" in text or "namely" in text or "like" in text else ():
        lst, base = m.group("list"), m.start("list")
        for im in re.finditer(_EN_ITEM, lst):
            name = im.group().rstrip(".")
            if im.start() > 0 and not re.search(r"(?:, |,? and )$", lst[:im.start()]):
                continue
            if name.split(" ")[0] in _EN_NOT_FIRST or name in _EN_NOT_ITEM or name.endswith((" of", " &", " de")) or len(name) < 3:
                continue
            a = base + im.start()
            out.append(Mention(a, a + len(name), "O", "Company", "o:" + org_key(name), name, rule="en.company_list"))
    return _said_again(text, out, r"(?<![\w-])", r"(?![\w-])")


def _said_again(text: str, found: list[Mention], before: str = "", after: str = "") -> list[Mention]:
    """``found`` and the other places its names occur, in text order."""
    taken = [(m.start, m.end) for m in found]
    out = list(found)
    for m0 in {m.name: m for m in sorted(found, key=lambda m: -len(m.name))}.values():
        for x in re.finditer(before + re.escape(m0.name) + after, text):
            if not any(a < x.end() and x.start() < b for a, b in taken):
                out.append(Mention(x.start(), x.end(), "O", m0.etype, m0.key, m0.name, rule=m0.rule))
                taken.append((x.start(), x.end()))
    return sorted(out, key=lambda m: m.start)
