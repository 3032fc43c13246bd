"""Gazetteer matching: every registry name and alias, found in one pass per script.

Latin names: a pyahocorasick automaton (leftmost-longest). Chinese names: one regular
expression shaped as a trie (the engine scans for first characters in C, and takes the
longest name at each start).

The gazetteer does not care where its entities come from: ``Gazetteer.from_entities`` takes
any list of ``soegraph.models.Entity``; ``Gazetteer.default()`` uses the curated registries
when ``soegraph.loaders.registry`` is installed. A handful of core organs of the Chinese
state (``CORE_ENTITIES``) are always known, unless the registry supplies them itself.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import ahocorasick

from soegraph.loaders.extract.lexicon import TrieScan
from soegraph.models import Entity

log = logging.getLogger(__name__)

__all__ = ["Gazetteer", "GazMatch", "fold", "norm_key", "CORE_ENTITIES"]

# Length-preserving fold used for matching: ASCII case, curly quotes, full-width forms.
_FOLD_MAP = {ord(c): ord(c.lower()) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
_FOLD_MAP.update({0x2019: ord("'"), 0x2018: ord("'"), 0x201C: ord('"'), 0x201D: ord('"'), 0x2013: ord("-"),
                  0x2014: ord("-"), 0x00A0: ord(" "), 0x3000: ord(" ")})
for _c in range(0xFF01, 0xFF5F):
    _ch = chr(_c - 0xFEE0)
    _FOLD_MAP[_c] = ord(_ch.lower())


_ODD = re.compile("[\u2018\u2019\u201c\u201d\u2013\u2014\u00a0\u3000\uff01-\uff5e]")


_ODD_TO = {chr(k): chr(v) for k, v in _FOLD_MAP.items()}


def fold(s: str) -> str:
    """Lower-case ASCII and fold quotes, dashes and full-width forms; never changes the length."""
    low = s.lower()
    if low.isascii():  # O(1): every odd character is outside ASCII
        return low
    if len(low) != len(s):  # a few Unicode letters lower-case to two characters
        low = s.translate(_FOLD_MAP)
    # only the odd characters are replaced (str.translate looks up every character, slow on
    # Chinese text), one str.replace per distinct odd character present (a callback per
    # match costs more: Chinese text has a full-width comma every few words)
    # (search, replace every occurrence, search on: no list of every odd character found)
    m = _ODD.search(low)
    while m is not None:
        ch = m.group()
        low = low.replace(ch, _ODD_TO[ch])  # to ASCII, never odd again: the next search finds another
        m = _ODD.search(low, m.start() + 1)
    return low


# ASCII characters a key drops (categories P, Z, S and C: all but letters and digits).
_ASCII_DROP = {c: None for c in range(128) if unicodedata.category(chr(c))[0] in "PZSC"}
_KEPT: dict[str, bool] = {}  # character -> its category is none of P, Z, S, C


def _kept(ch: str) -> bool:
    k = _KEPT.get(ch)
    if k is None:
        k = unicodedata.category(ch)[0] not in "PZSC"
        if len(_KEPT) < 100_000:
            _KEPT[ch] = k
    return k


@lru_cache(maxsize=200_000)
def norm_key(s: str) -> str:
    """Case-, space- and punctuation-insensitive key (same rule as the evaluation).

    An ASCII name (most new English ones) is its own NFKC form and casefolds as it lower-cases,
    so its key is the lower-cased name without the characters of those categories (one
    translate instead of a category lookup per character); other names look each character's
    category up once.
    """
    if s.isascii():
        return s.lower().translate(_ASCII_DROP)
    s = unicodedata.normalize("NFKC", s).casefold()
    return "".join([ch for ch in s if _kept(ch)])


def _e(id_, type_, name, name_zh=None, aliases=()):
    return Entity(id=id_, type=type_, name=name, name_zh=name_zh, aliases=list(aliases))


# Core organs of the state and the Party: general knowledge every document may refer to.
CORE_ENTITIES: list[Entity] = [
    _e("org:state-council", "GovernmentBody", "State Council", "国务院",
       ["State Council of the People's Republic of China", "China's cabinet", "國務院"]),
    _e("org:cpc-central-committee", "PartyOrgan", "CPC Central Committee", "中国共产党中央委员会",
       ["Party Central Committee", "Central Committee of the Communist Party of China",
        "Central Committee of the Chinese Communist Party", "CPC Central Committee", "中共中央", "党中央"]),
    _e("org:politburo", "PartyOrgan", "Political Bureau of the CPC Central Committee", "中共中央政治局",
       ["Politburo", "Political Bureau", "中央政治局"]),
    _e("org:central-organization-department", "PartyOrgan", "Central Organization Department", "中共中央组织部",
       ["Organization Department of the CPC Central Committee", "中央组织部", "中组部"]),
    # the Party's and the state's military commission, one body under two names
    # (http://ce.newdu.com/t6973.html: 中央军委全称“中国共产党中央军事委员会”)
    _e("org:central-military-commission", "PartyOrgan", "Central Military Commission", "中央军事委员会",
       ["CMC", "Central Military Commission of the CPC", "中央军委", "中共中央军事委员会", "中国共产党中央军事委员会"]),
    _e("org:ccdi", "PartyOrgan", "Central Commission for Discipline Inspection", "中央纪律检查委员会",
       ["CCDI", "中央纪委", "中纪委"]),
    _e("org:sasac", "GovernmentBody", "State-owned Assets Supervision and Administration Commission of the State Council",
       "国务院国有资产监督管理委员会",
       ["SASAC", "State-owned Assets Supervision and Administration Commission", "国务院国资委", "国资委"]),
    _e("org:mof", "GovernmentBody", "Ministry of Finance", "财政部", ["MOF"]),
    _e("org:ndrc", "GovernmentBody", "National Development and Reform Commission", "国家发展和改革委员会",
       ["NDRC", "国家发展改革委", "国家发改委"]),
    _e("org:miit", "GovernmentBody", "Ministry of Industry and Information Technology", "工业和信息化部",
       ["MIIT", "工信部"]),
    _e("org:central-government", "GovernmentBody", "Central Government", "中央政府",
       ["central government", "Chinese central government", "Central People's Government", "中央人民政府"]),
    _e("org:china", "GovernmentBody", "People's Republic of China", "中华人民共和国", ["China", "PRC"]),
]
# Descriptions that refer to an entity without naming it; matched but never listed as aliases.
DESCRIPTORS: dict[str, str] = {
    "state assets regulator": "org:sasac",
    "state-owned assets regulator": "org:sasac",
    "state asset regulator": "org:sasac",
}


# Words that are no entity's name on their own: legal forms and generic heads.
_GENERIC_NAMES = frozenset(norm_key(w) for w in (
    "Ltd.", "Ltd", "Co.", "Co", "Inc.", "Corp.", "Corp", "Limited", "Company", "Corporation", "Group", "Co., Ltd.",
    "Holdings", "公司", "集团", "有限公司", "集团公司", "有限责任公司", "股份有限公司", "集团有限公司"))


@dataclass(frozen=True, slots=True)
class GazMatch:
    start: int
    end: int
    entity_id: str


_PARTY_WORDS = ("CPC", "CCP", "Communist", "Chinese Communist", "Party")
_HYPHEN_IN_WORD = re.compile(r"(?<=[A-Za-z])-(?=[a-z])")  # "State-owned", "Sino-Ocean"; not "CSSC-CSIC"
_LETTER = re.compile("[a-z]")  # in a fold()-ed text every ASCII letter is lower case

# Lower-case letters from the most common in English text to the least, then digits.
_ENGLISH_RANK = {c: i for i, c in enumerate("etaoinsrhldcumfpgwybvkxjqz0123456789")}


def _english_order(item: tuple[str, object]) -> list[int]:
    """Sort key of an automaton key: its characters' ranks (others after every ranked one)."""
    return [_ENGLISH_RANK.get(c, 99) for c in item[0]]


def has_ascii_letter(s: str) -> bool:
    """Is there an ASCII letter in ``s``? For a mostly non-ASCII text one encode keeps its few
    ASCII characters (5-10x faster than a regex scan of a Chinese text for a letter class)."""
    if s.isascii():
        return _ASCII_LETTER.search(s) is not None
    b = s.encode("ascii", "ignore")
    return b.lower() != b.upper()  # bytes change case only at ASCII letters


_ASCII_LETTER = re.compile("[A-Za-z]")


_PAREN_GROUP = re.compile(r"[（(]集团[)）]")
_PAREN_GROUP_TAIL = re.compile(r"[（(]集团[)）].*$")


def _is_word(ch: str) -> bool:
    return ch.isalnum() and ord(ch) < 0x2E80


# A ministry named after one of these is that state's, not China's (美国商务部, 日本经济产业省)
# (no one-character forms: 5日财政部 is a date before China's)
_FOREIGN_STATES = ("美国", "日本", "英国", "德国", "法国", "俄罗斯", "韩国", "欧盟", "澳大利亚", "加拿大", "印度",
                   "意大利", "巴西", "新加坡", "朝鲜", "越南", "泰国")


class Gazetteer:
    """Names and aliases of known entities, matched leftmost-longest in one pass."""

    def __init__(self, entities: Iterable[Entity], include_core: bool = True):
        self.entities: dict[str, Entity] = {}
        for e in entities:
            self.entities.setdefault(e.id, e)
        if include_core:
            for e in CORE_ENTITIES:
                self.entities.setdefault(e.id, e)
        self._by_norm: dict[str, str] = {}
        self._ac = ahocorasick.Automaton()
        added = 0
        core_names = {e.id: self.names_of(e) for e in CORE_ENTITIES} if include_core else {}
        for e in self.entities.values():
            for name in self.names_of(e):
                added += self._add(name, e.id)
                # "X of the State Council" is often written "X"
                for tail in (" of the State Council", " of the CPC Central Committee"):
                    if name.endswith(tail) and len(name) > len(tail) + 8:
                        added += self._add(name[: -len(tail)], e.id, listed=False)
                # "CPC Central Commission for Discipline Inspection", "… of the CPC": the Party's organs are
                # written with the Party's name before or after the registry's
                if e.type == "PartyOrgan" and name.isascii() and name[:1].isupper() and not name.startswith(_PARTY_WORDS) \
                        and "Party" not in name and "CPC" not in name and " " in name:
                    for form in ("CPC " + name, "CCP " + name, name + " of the CPC", name + " of the Communist Party of China"):
                        added += self._add(form, e.id, listed=False)
                # "State owned Assets Supervision …", "Sino Ocean Group": translated and hurried copy
                # drops the hyphen of a compound (a hyphen between letters only, not "CSSC-CSIC" spans)
                if "-" in name and name.isascii() and _HYPHEN_IN_WORD.search(name):
                    added += self._add(_HYPHEN_IN_WORD.sub(" ", name), e.id, listed=False)
                # 中国通用技术（集团）控股有限责任公司 is written 中国通用技术集团 and 中国通用技术集团控股有限责任公司
                if "集团）" in name or "集团)" in name:
                    added += self._add(_PAREN_GROUP.sub("集团", name), e.id, listed=False)
                    added += self._add(_PAREN_GROUP_TAIL.sub("集团", name), e.id, listed=False)
            # the core organs' names also find a registry entity of the same id
            for name in core_names.get(e.id, ()):
                added += self._add(name, e.id, listed=False)
        for desc, target in DESCRIPTORS.items():
            if target in self.entities:
                added += self._add(desc, target, listed=False)
        if added:
            self._ac.make_automaton()
        self._empty = added == 0
        # Latin names in an automaton of their own: pyahocorasick walks a node's children one by
        # one, and a root with every Chinese first character makes English text 2x slower to scan.
        self._ac_latin = ahocorasick.Automaton()
        self._ac_other = ahocorasick.Automaton()
        n_latin = n_other = 0
        if added:
            latin = []
            for key, value in self._ac.items():
                if key.isascii():
                    latin.append((key, value))
                else:
                    self._ac_other.add_word(key, value)
                    n_other += 1
            # A node's children are kept in the order they were first added, and looked up in
            # that order: keys added by how common their letters are in English text make the
            # lookups of common letters end sooner (22% fewer instructions walking English text;
            # the automaton, so its matches, are the same whatever the order).
            latin.sort(key=_english_order)
            for key, value in latin:
                self._ac_latin.add_word(key, value)
            n_latin = len(latin)
        if n_latin:
            self._ac_latin.make_automaton()
        if n_other:
            self._ac_other.make_automaton()
        self._has_latin, self._has_other = n_latin > 0, n_other > 0
        # Every Latin name holding an ASCII letter (after fold: a-z), a text without one has no
        # Latin match: the automaton need not walk a Chinese text character by character.
        self._latin_needs_letter = all(_LETTER.search(k) for k in self._ac_latin.keys()) if n_latin else False
        # Chinese names are found with one regular expression shaped as a trie: the engine scans
        # for their first characters in C (pyahocorasick compares a character with each child of
        # a node in turn, ~140 at the root), and at each start it takes the longest name, where
        # pyahocorasick's iter_long misses a name that starts inside a longer one's partial
        # match ("中國網" holds 國網). Very large gazetteers keep the automaton. The trie is tried
        # only where a name's first character is followed by a name's second one (TrieScan).
        self._rx_other = None
        if 0 < n_other <= 50_000:
            self._other_values = dict(self._ac_other.items())
            self._rx_other = TrieScan(self._other_values)

    @staticmethod
    def names_of(e: Entity) -> list[str]:
        return [n for n in [e.name, e.name_zh, *e.aliases] if n]

    def _add(self, name: str, eid: str, listed: bool = True) -> int:
        name = name.strip()
        if len(name) < 2 or norm_key(name) in _GENERIC_NAMES:
            return 0  # "Ltd." (a YAML list split at "Co., Ltd.") would match every company
        key = fold(name)
        if listed:
            self._by_norm.setdefault(norm_key(name), eid)
        if key in self._ac:
            return 0  # first entity to claim an alias keeps it
        # Acronyms and very short Latin names must match case-sensitively ("Poly" is not "poly").
        exact = name if (name.isascii() and (len(name) <= 4 or name.isupper())) else None
        self._ac.add_word(key, (len(key), eid, exact))
        return 1

    @classmethod
    def from_entities(cls, entities: Iterable[Entity], include_core: bool = True) -> "Gazetteer":
        return cls(list(entities), include_core=include_core)

    @classmethod
    def default(cls) -> "Gazetteer":
        """The registries' entities when available, else only the core organs."""
        try:
            from soegraph.loaders.registry import load_registries  # type: ignore[import-not-found]
        except ImportError:
            log.warning("soegraph.loaders.registry is not available; using the core gazetteer only")
            return cls([])
        regs = load_registries()
        ents = getattr(regs, "entities", regs)
        if isinstance(ents, dict):
            ents = list(ents.values())
        return cls(ents)

    def lookup(self, name: str) -> str | None:
        """Registry id for an exact name or alias (case-, space- and punctuation-insensitive)."""
        return self._by_norm.get(norm_key(name))

    def _raw_matches(self, folded: str):
        """Leftmost-longest, non-overlapping (end index, value) over both automata."""
        if folded.isascii():  # O(1) in CPython
            return self._ac_latin.iter_long(folded) if self._has_latin else ()
        parts = []
        if self._has_latin and (not self._latin_needs_letter or has_ascii_letter(folded)):
            parts.extend(self._ac_latin.iter_long(folded))
        if self._rx_other is not None:
            values = self._other_values
            parts.extend([(m.end() - 1, values[m.group()]) for m in self._rx_other.finditer(folded)])
        elif self._has_other:
            parts.extend(self._ac_other.iter_long(folded))
        if not parts:
            return ()
        parts.sort(key=lambda x: (x[0] - x[1][0], -x[1][0]))  # by start, longest first
        out = []
        last_end = -1
        for end_idx, value in parts:
            if end_idx - value[0] + 1 > last_end:
                out.append((end_idx, value))
                last_end = end_idx
        return out

    def scan(self, folded: str, original: str | None = None) -> list[GazMatch]:
        """Leftmost-longest, non-overlapping matches in ``folded`` (a ``fold()``-ed text)."""
        return [GazMatch(*t) for t in self.matches(folded, original)]

    def matches(self, folded: str, original: str | None = None) -> list[tuple[int, int, str]]:
        """``scan`` as (start, end, entity id) tuples."""
        if self._empty:
            return []
        out: list[tuple[int, int, str]] = []
        n = len(folded)
        for end_idx, (length, eid, exact) in self._raw_matches(folded):
            start = end_idx - length + 1
            end = end_idx + 1
            c = folded[start]
            if c < "\u2e80" and c.isalnum() and start > 0:
                p = folded[start - 1]
                if p < "\u2e80" and p.isalnum():
                    continue
            c = folded[end_idx]
            if c < "\u2e80" and c.isalnum() and end < n:
                p = folded[end]
                if p < "\u2e80" and p.isalnum():
                    continue
            if c in "部委局署" and (folded.startswith("门", end) or folded.endswith(_FOREIGN_STATES, 0, start)):
                continue  # 教育部门 (education departments), 美国商务部: no Chinese ministry
            if exact is not None and original is not None:
                surface = original[start:end]
                if surface != exact and not (surface.upper() == exact.upper() and surface[0].isupper()
                                             and not exact.isupper()):
                    continue
            out.append((start, end, eid))
        return out
