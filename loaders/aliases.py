"""Name normalisation and alias generation for registry entities (issue 4, item 3).

Everything here is a pure function of its input, so the same registry gives the same
aliases on every run. Generated aliases are derived from names a registry row states
(traditional characters, pinyin, English and Chinese forms without the legal suffix);
nothing is looked up or guessed from outside the row.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

# One normalisation for the whole project (the writer keys names with it too):
# case-, space- and punctuation-insensitive, NFKC-folded.
from soegraph.names import normalize_name

__all__ = [
    "normalize_name",
    "is_han",
    "has_han",
    "to_traditional",
    "person_pinyin",
    "org_pinyin",
    "english_short_forms",
    "chinese_short_forms",
    "derived_aliases",
    "derived_alias_tiers",
    "STRONG",
    "WEAK",
]


def is_han(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith(("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH"))


def has_han(s: str) -> bool:
    return any(is_han(ch) for ch in s)


def _all_han(s: str) -> bool:
    return bool(s) and all(is_han(ch) for ch in s)


# --- traditional characters -------------------------------------------------------------

@lru_cache(maxsize=1)
def _s2t():
    from opencc import OpenCC  # opencc-python-reimplemented: pure Python, offline

    return OpenCC("s2t")


def to_traditional(s: str) -> str:
    """Traditional-character form of a simplified Chinese string (OpenCC s2t)."""
    return _s2t().convert(s)


# --- pinyin -----------------------------------------------------------------------------

# Two-character family names, so that 欧阳明高 becomes "Ouyang Minggao".
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 轩辕 端木 独孤 南宫 西门 万俟 闻人 澹台 公冶 申屠 太史 呼延".split()
)


def _readings(ch: str) -> list[str]:
    from pypinyin import Style, pinyin

    got = pinyin(ch, style=Style.NORMAL, heteronym=True, v_to_u=True, errors="ignore")
    out: list[str] = []
    for r in got[0] if got else []:
        r = r.replace("ü", "u")
        if r not in out:
            out.append(r)
    return out


def _default_syllables(s: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    return [p.replace("ü", "u") for p in lazy_pinyin(s, style=Style.NORMAL, v_to_u=True, errors="ignore")]


def _fold_latin(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = s.replace("lyu", "lu").replace("nyu", "nu")
    return re.sub(r"[^a-z]", "", s)


def person_pinyin(name_zh: str, name: str | None = None) -> list[str]:
    """Pinyin forms of a person's Chinese name: ``["Zhang Yuzhuo", "zhangyuzhuo"]``.

    Family name first, capitalised, then the same letters joined in lower case. Several
    characters have more than one reading (单 is Shan as a family name, 曾 Zeng); when the
    row gives an English ``name`` the reading that spells it is chosen, and when no reading
    spells it (a Wade-Giles or Cantonese name such as "Tung Chee-hwa", a foreign name) no
    pinyin is produced rather than a spelling the person does not use. Without ``name``
    the default readings are used.
    """
    han = "".join(ch for ch in name_zh if is_han(ch))
    if len(han) < 2 or len(han) != len(name_zh.strip()) or len(han) > 4:
        return []  # foreign names with 「·」, mixed scripts, or not a Chinese personal name
    k = 2 if han[:2] in COMPOUND_SURNAMES and len(han) > 2 else 1
    if name is None:
        syl = _default_syllables(han)
        if len(syl) != len(han):
            return []
    else:
        target = _fold_latin(name)
        tokens = [t for t in re.split(r"[\s\-‐]+", name.strip()) if t]
        choices = [_readings(ch) or [""] for ch in han]
        syl = None
        combos = 1
        for c in choices:
            combos *= len(c)
        if combos > 4096:
            return []
        for combo in itertools.product(*choices):
            if "".join(combo) == target:
                syl = list(combo)
                break
            # Western order: "Yuzhuo Zhang"
            if len(tokens) >= 2 and "".join(combo[k:] + combo[:k]) == target:
                syl = list(combo)
                break
        if syl is None:
            return []
    family = "".join(syl[:k]).capitalize()
    given = "".join(syl[k:]).capitalize()
    spaced = f"{family} {given}"
    return [spaced, (family + given).lower()]


def org_pinyin(short_zh: str) -> str | None:
    """Pinyin of a short Chinese organisation name, joined and capitalised: 国资委 -> "Guoziwei".

    Only for abbreviations of two or three Chinese characters (国资委, 中组部, 国务院); longer
    names are not written in pinyin in English text.
    """
    if not _all_han(short_zh) or not 2 <= len(short_zh) <= 3:
        return None
    syl = _default_syllables(short_zh)
    if len(syl) != len(short_zh):
        return None
    return "".join(syl).capitalize()


# --- English and Chinese forms without the legal suffix ---------------------------------

_EN_LEGAL = re.compile(
    r"""(?:,?\s+(?:
        co\.?,?\s*ltd\.?
      | company\s+limited | company\s+ltd\.?
      | corporation\s+limited | corp\.?,?\s*ltd\.?
      | limited | ltd\.?
      | corporation | corp\.
      | company | co\.?
      | incorporated | inc\.?
    ))\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_EN_GROUP = re.compile(r"\s+(?:\(group\)|group)\s*$", re.IGNORECASE)
_EN_TOO_GENERIC = frozenset({"china", "chinese", "state", "national", "the", "group", "holdings", "international"})


def english_short_forms(name: str) -> list[str]:
    """Forms of an English company name without its legal suffix, longest first.

    "China Mobile Communications Group Co., Ltd." -> ["China Mobile Communications Group",
    "China Mobile Communications"]. "Group" is dropped only where it came before a legal
    suffix ("... Group Co., Ltd.", "... Group Corporation"), never from a bare "... Group".
    No acronyms are made up: an acronym is an alias only where the registry lists it.
    """
    out: list[str] = []
    cur = name.strip()
    stripped_legal = False
    while True:
        m = _EN_LEGAL.search(cur)
        if m and m.start() > 0:
            cur = cur[: m.start()].rstrip(" ,")
            stripped_legal = True
            out.append(cur)
            continue
        break
    if stripped_legal:
        m = _EN_GROUP.search(cur)
        if m and m.start() > 0:
            cur = cur[: m.start()].rstrip(" ,")
            out.append(cur)
    result: list[str] = []
    for form in out:
        words = form.split()
        if not words or form.casefold() in _EN_TOO_GENERIC or len(form) < 3:
            continue
        if all(w.casefold() in _EN_TOO_GENERIC for w in words):
            continue
        if form not in result:
            result.append(form)
    return result


# Longest first: the first that matches is removed, then "集团" left at the end may go too.
_ZH_LEGAL = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "总公司",
    "公司",
)
_ZH_GROUP = ("（集团）", "(集团)", "集团")


def chinese_short_forms(name_zh: str) -> list[str]:
    """Forms of a Chinese company name without its legal suffix, longest first.

    中国移动通信集团有限公司 -> [中国移动通信集团, 中国移动通信]; 华润（集团）有限公司 -> [华润].
    Like the English forms, 集团 is dropped only where it came before a legal suffix.
    """
    out: list[str] = []
    cur = name_zh.strip()
    for suffix in _ZH_LEGAL:
        if cur.endswith(suffix) and len(cur) - len(suffix) >= 2:
            cur = cur[: -len(suffix)]
            out.append(cur)
            for g in _ZH_GROUP:
                if cur.endswith(g) and len(cur) - len(g) >= 2:
                    cur = cur[: -len(g)]
                    out.append(cur)
                    break
            break
    result: list[str] = []
    for form in out:
        if form.endswith(("（", "(")):
            continue
        if form not in result:
            result.append(form)
    return result


# --- putting it together -------------------------------------------------------------------

COMPANY_TYPES = frozenset({"CentralSOE", "Company"})
ORG_TYPES = frozenset({"GovernmentBody", "PartyOrgan", "CentralSOE", "Company", "Institution"})


# How directly a derived alias follows from what the row states: a traditional-character
# or pinyin form of a stated name is a spelling of that name (STRONG); a form without the
# legal suffix is a shortening of it (WEAK). When two entities derive the same alias the
# stronger claim keeps it; between equals, neither does.
STRONG, WEAK = 1, 2


def derived_alias_tiers(
    type_: str, name: str, name_zh: str | None, aliases: list[str]
) -> list[tuple[str, int]]:
    """Like :func:`derived_aliases`, with each alias's tier (STRONG or WEAK)."""
    curated = [a for a in aliases if a]
    generated: list[tuple[str, int]] = []
    zh_names = ([name_zh] if name_zh else []) + [a for a in curated if has_han(a)]
    en_names = [name] + [a for a in curated if not has_han(a)]

    if type_ in ORG_TYPES:
        for en in en_names:
            generated.extend((g, WEAK) for g in english_short_forms(en))
        if type_ in COMPANY_TYPES:
            for zh in zh_names:
                generated.extend((g, WEAK) for g in chinese_short_forms(zh))
    zh_all = [(z, STRONG) for z in zh_names] + [(g, t) for g, t in generated if has_han(g)]
    for zh, tier in zh_all:
        generated.append((to_traditional(zh), tier))
    if type_ == "Person":
        if name_zh:
            generated.extend((g, STRONG) for g in person_pinyin(name_zh, name))
    elif type_ in ORG_TYPES:
        for zh in zh_names:
            p = org_pinyin(zh)
            if p:
                generated.append((p, STRONG))

    skip = {name, name_zh, *curated}
    out: list[tuple[str, int]] = []
    seen: dict[str, int] = {}
    for a, tier in generated:
        a = a.strip()
        if not a or a in skip:
            continue
        if a in seen:
            i = seen[a]
            out[i] = (a, min(out[i][1], tier))
            continue
        seen[a] = len(out)
        out.append((a, tier))
    return out


def derived_aliases(
    type_: str, name: str, name_zh: str | None, aliases: list[str]
) -> list[str]:
    """Aliases derived from an entity's stated names, in a stable order, without repeats.

    Only the new ones are returned (not the curated ``aliases`` themselves): English and
    Chinese forms without the legal suffix (companies and other organisations),
    traditional-character forms of every Chinese name, and pinyin (people: "Zhang Yuzhuo",
    "zhangyuzhuo"; organisations: the pinyin of short Chinese names such as 国资委 ->
    "Guoziwei"). ``name`` and ``name_zh`` themselves are never listed.
    """
    return [a for a, _ in derived_alias_tiers(type_, name, name_zh, aliases)]
