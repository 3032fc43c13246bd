"""English patterns for entities the registries lack: people, organizations, places."""

from __future__ import annotations

import re
from functools import lru_cache

from soegraph.loaders.extract.base import Mention
from soegraph.loaders.extract.lexicon import EN_NAME_STOP, EN_PROVINCE_LEVEL, EN_SURNAMES, EN_TITLE_WORDS, PINYIN_SYLLABLES
from soegraph.loaders.resolve import org_key, person_slug

# --- people: "Family Given" in pinyin ---------------------------------------------------------

# A pattern that opens with a character class lets the engine scan for it in C; a leading
# \b or lookahead makes it try a match at every character. "(?<!\w.)" after the capital
# is the \b before it.
# The letter runs are possessive ({n,m}+): what follows each run is no letter (\s, ’'-, \b), so
# giving letters back never makes a match; without it a capitalised word of eight letters or
# more was retried at every shorter length before failing.
# The space is optional: "MengFanliang", a name written without it, is checked apart (find_people).
# It is no line break: a heading line ending in a capitalised word ("... Equipment Group") took the
# family name of the person opening the next line ("Group Yan"), who was then lost.
_EN_NAME = re.compile(r"([A-Z](?<!\w.)[a-z]{0,6}+)[^\S\n]?([A-Z][a-z]{1,12}+(?:[’'\-](?!s\b)[a-z]{1,6}+)?)\b")
_EN_NAME_PLAIN = re.compile(r"([A-Z](?<!\w.)[a-z]{0,6})[^\S\n]?([A-Z][a-z]{1,12}(?:[’'\-](?!s\b)[a-z]{1,6})?)\b")


def _name_shape_table() -> dict[int, str]:
    """ASCII character -> a representative of its class for ``_EN_NAME``: every capital becomes
    "A", every other character one of the same answers to each test the pattern makes of a
    character ([A-Z], [a-z], "s", \\s, \\w, [’'\\-] and which of those, "." that is no newline)."""
    tests = [re.compile(p) for p in (r"[A-Z]", r"[a-z]", r"s", r"\s", r"\w", r"[’'\-]", r".")]
    groups: dict[tuple, list[str]] = {}
    for c in range(128):
        ch = chr(c)
        sig = tuple(t.fullmatch(ch) is not None for t in tests) + ((ch,) if ch in "’'-" else ())
        groups.setdefault(sig, []).append(ch)
    table = {}
    for chars in groups.values():
        rep = "A" if "A" in chars else chars[0]
        for ch in chars:
            table[ord(ch)] = rep
    return table


# In an ASCII text the engine scans for capitals one class test per character (7 ns a
# character, the whole cost of _EN_NAME). On the text's shape (every capital "A", every other
# character a representative of its class: one str.translate) the pattern opens with the
# literal "A", which the engine finds with a fast loop; the matches are at the same places
# (each test the pattern makes answers for a representative as for the character).
_NAME_SHAPE = _name_shape_table()
assert all(_NAME_SHAPE[ord(c)] == "A" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ") and "A" not in {
    v for k, v in _NAME_SHAPE.items() if not "A" <= chr(k) <= "Z"}
_EN_NAME_ON_SHAPE = re.compile(_EN_NAME.pattern.replace("[A-Z]", "A"))


@lru_cache(maxsize=65536)
def pinyin_segments(word: str) -> int:
    """Number of pinyin syllables ``word`` splits into (0 if it does not)."""
    w = word.lower().replace("’", "").replace("'", "").replace("-", "")
    n = len(w)
    best = [0] + [-1] * n
    for i in range(1, n + 1):
        for j in range(max(0, i - 6), i):
            if best[j] >= 0 and w[j:i] in PINYIN_SYLLABLES:
                if best[i] < 0 or best[j] + 1 < best[i]:
                    best[i] = best[j] + 1
    return max(best[n], 0)


_CAP_SURNAMES = frozenset(s.capitalize() for s in EN_SURNAMES if s.isascii() and s.isalpha() and s.islower())


def find_people(text: str) -> list[Mention]:
    out = []
    if text.isascii():
        shape = text.translate(_NAME_SHAPE)
        found = _EN_NAME_ON_SHAPE.finditer(shape)
    else:
        found = _EN_NAME.finditer(text)
    last = 0
    for m in found:
        if m.start() < last:
            continue
        fam, given = text[m.start(1):m.end(1)], text[m.start(2):m.end(2)]  # (m may be of the shape)
        if fam not in _CAP_SURNAMES:  # = fam.lower() in EN_SURNAMES: fam is [A-Z][a-z]*
            # "Mayor Huang Qifan", "President Wang Tianpu": the capitalised word before took the
            # family name as its pair; the name starts at that family name
            # ("By Zhong Nan": a byline's author is no person of the story)
            if given in _CAP_SURNAMES and m.end(1) < m.start(2) and fam != "By":
                m2 = _EN_NAME.match(text, m.start(2))
                if m2 is not None and m2.end(1) < m2.start(2):
                    p = _person_at(text, m2)
                    if p is not None:
                        out.append(p)
                        last = m2.end()
            continue
        if m.end(1) == m.start(2):
            # "MengFanliang": a name written without its space (a given name of two syllables)
            if not _camel_name(text, m, given):
                continue
            name = f"{fam} {given}"
            if name.lower() not in EN_NAME_STOP:
                out.append(Mention(m.start(), m.end(), "P", "Person", "p:" + person_slug(name), name, rule="en.person_camel"))
            continue
        p = _person_at(text, m)
        if p is not None:
            out.append(p)
    return out


def _person_at(text: str, m: re.Match) -> Mention | None:
    """The person of a match of ``_EN_NAME`` whose family name is one ("Family Given")."""
    fam, given = text[m.start(1):m.end(1)], text[m.start(2):m.end(2)]
    if f"{fam} {given}".lower() in EN_NAME_STOP or given.lower() in EN_TITLE_WORDS:
        return None
    segs = pinyin_segments(given)
    if not 1 <= segs <= 3:
        return None
    # Two capitalised words that are both English words are rarely a Chinese name.
    if given.lower() in _ENGLISH_COMMON:
        return None
    name = f"{fam} {given}"
    return Mention(m.start(), m.end(), "P", "Person", "p:" + person_slug(name), name, rule="en.person")


_CAP_AFTER = re.compile(r"\s+[A-Z]")


def _camel_name(text: str, m: re.Match, given: str) -> bool:
    """Is the match of ``_EN_NAME`` without a space a name ("MengFanliang"), not a brand ("HuaXia Bank", "DiDi")?"""
    if len(given) < 4 or not given.isalpha() or pinyin_segments(given) != 2 or given.lower() in _ENGLISH_COMMON:
        return False
    e = m.end()
    if e < len(text) and (text[e] in "-’'" or text[e].isalnum()):
        return False
    return _CAP_AFTER.match(text, e) is None


_ENGLISH_COMMON = frozenset(
    "an he me in on so to go no yet ten tan men ran sin pin bin fan man pan hang gang bang long song wing ping "
    "dong gong kong ding sing ring king lang gun sun fun bun run shun die tie lie pie hue due sue bee lee fee "
    "she the hen den pen yen wen zen chin shin ma pa la da ya cha sha".split()
) - {"ping", "long", "song", "dong", "gang", "ding", "ming", "lin", "jun", "wen"}  # (Wen is a given name more than a word)

# --- organizations by suffix ----------------------------------------------------------------------

_HEAD = {
    "Group": "Company", "Corporation": "Company", "Corp": "Company", "Corp.": "Company", "Company": "Company",
    "Co.": "Company", "Ltd": "Company", "Ltd.": "Company", "Limited": "Company", "Holdings": "Company",
    "Bank": "Company", "Institute": "Institution", "University": "Institution", "Academy": "Institution",
    "Association": "Institution", "Federation": "Institution", "Foundation": "Institution", "Society": "Institution",
    "College": "Institution", "Center": "Institution", "Centre": "Institution", "Commission": "GovernmentBody", "Administration": "GovernmentBody",
    "Ministry": "GovernmentBody", "Bureau": "GovernmentBody", "Committee": "PartyOrgan", "Government": "GovernmentBody",
    "Agency": "GovernmentBody",  # ("X News Agency" is media: a Company, below)
}
_SUFFIX_WORDS = (r"Group Corporation Corp\.? Company Co\. Ltd\.? Limited Holdings Bank Institute University Academy "
                 r"Association Federation Foundation Society College Center Centre Commission Administration Ministry "
                 r"Bureau Committee Government Agency Industries Factory Shipyard").split()
# Every alternative opens with a literal letter (the engine scans for the first letters in C);
# "(?<!\w.)" after that letter is the \b before the word.
# A quote after the word is no possessive ("the new ‘X Corporation’ will"): only ’s or 's stops it.
_SUFFIX_PLAIN = re.compile("(" + "|".join(w[0] + r"(?<!\w.)" + w[1:] for w in _SUFFIX_WORDS) + r")(?![\w]|[’'][A-Za-z])")


def _suffix_by_letter() -> re.Pattern:
    """``_SUFFIX_PLAIN`` with the words grouped by first letter: "C(?<!\\w.)(?:orporation|orp\\.?|...)".

    The same matches: two words with different first letters never both match at a place,
    and within a letter the words keep their order (the first that matches wins, as in the
    flat alternation); the lookbehind after the letter is then tried once per letter, not
    once per word (nine times at every "China").
    """
    by_letter: dict[str, list[str]] = {}
    for w in _SUFFIX_WORDS:
        by_letter.setdefault(w[0], []).append(w[1:])
    alts = [c + r"(?<!\w.)" + ("(?:" + "|".join(rests) + ")" if len(rests) > 1 else rests[0])
            for c, rests in by_letter.items()]
    return re.compile("(" + "|".join(alts) + r")(?![\w]|[’'][A-Za-z])")


_SUFFIX = _suffix_by_letter()

# The first letters of the suffix words become "A" in an ASCII text's copy (every other character
# stays): there the places where some word's rest follows an "A" are found with a fast scan for
# the literal "A" (_SUFFIX opens with a class of 11 capitals, tested at every character: 27 us
# on an English page). Each such place where _SUFFIX itself matches the text is its match: it
# matches the copy there too (the letter is "A" there, what comes after is the same and "A" is
# a word character as the letter is), so trying _SUFFIX at those places in order, from the end
# of the last match on, finds what _SUFFIX.finditer finds.
_SUFFIX_FIRST = {ord(c): "A" for c in {w[0] for w in _SUFFIX_WORDS}}
_SUFFIX_ON_COPY = re.compile("A" + r"(?<!\w.)" + "(?:" + "|".join(w[1:] for w in _SUFFIX_WORDS) + r")(?![\w]|[’'][A-Za-z])")


def _suffix_hits(text: str) -> list[re.Match]:
    """``list(_SUFFIX.finditer(text))``."""
    if not text.isascii():
        return list(_SUFFIX.finditer(text))
    copy = text.translate(_SUFFIX_FIRST)
    search, match = _SUFFIX_ON_COPY.search, _SUFFIX.match
    out = []
    pos = 0
    while True:
        c = search(copy, pos)
        if c is None:
            return out
        p = c.start()
        m = match(text, p)
        if m is not None:
            out.append(m)
            pos = m.end()
        else:
            pos = p + 1
_WORD = re.compile(r"(?:People[’']s|[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*\.?|[A-Z]{2,}|&)$")
_LEGAL_TAIL = re.compile(r"(?:\s+(?:Group|Corporation|Corp\.?|Co\.,?\s*Ltd\.?|Co\.|Ltd\.?|Limited|Company)|(?<=Co\.),\s*(?:Ltd\.?|Limited))+")
_NOT_NAME_WORD = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
                  r"July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)")
_RIGHT_OF = re.compile(
    r"\s+(?:of|for|on)(?:\s+the)?\s+" + _NOT_NAME_WORD + r"(?:People[’']s\s+)?[A-Z][\w\-]*(?:(?:\s+|,\s+(?=[A-Z][\w\-]*(?:,|\s+and\s+))|\s+(?:and|&|of|for|the|on)\s+)" + _NOT_NAME_WORD + r"(?:People[’']s\s+)?[A-Z][\w\-]*)*"
)
_CONGRESS_SC = re.compile(r"\b[A-Z]\w+\s+(?:(?:Provincial|Municipal|Regional|City|County|Prefectural)\s+)?People[’']s\s+Congress\s+Standing\s+Committee$")
_AND_TITLE = re.compile(r"\s+and\s+(?:(?:Vice|Deputy|Executive|Acting|Assistant)[\s-]+)?(?:Chairman|Chairwoman|Chair|Secretary|Director|President|Governor|"
                        r"Mayor|Member|Head|Chief|Minister|General\s+Manager|Party\s+Secretary|Deputy|Vice)\b")
_CPPCC_OF = re.compile(r"Committee\s+of\s+(?:the\s+)?(?:CPPCC|Chinese\s+People[’']s\s+Political)")
_LOCAL_LEVEL = re.compile(r"\b(Provincial|Municipal|County|City|District|Prefectural|Regional|Autonomous Regional)\s+(?:CPC\s+|Party\s+|Communist Party\s+)?Committee$")
_LOCAL_GOV = re.compile(r"\b(Provincial|Municipal|County|City|District|Prefectural|Regional|Autonomous\s+Region(?:al)?)\s+(?:People[’']s\s+)?Government$")
_CONNECT = {"and", "&"}
_STOP_LEFT = (EN_TITLE_WORDS - {"cpc", "party", "committee", "standing", "leading", "group", "political", "bureau",
                                "politburo", "board", "general", "first", "senior", "central", "supervisory",
                                "discipline", "inspection", "independent"}) | {
    "the", "a", "an", "with", "by", "from", "of", "for", "to", "in", "on", "at", "and", "as"}
_ABBREV_DOT = {"Corp.", "Co.", "Ltd.", "Inc.", "Jr.", "St.", "No.", "Mr.", "Dr.", "Ms."}
_WEAK_HEADS = frozenset(("Industries", "Factory", "Shipyard"))
_DESCRIPTOR_LEAD = re.compile(
    r"(?:(?:Central|Centrally[- ][Aa]dministered|State[- ][Oo]wned|State[- ][Rr]un|Chinese|Steel|Shipbuilding|Energy|Oil|Power)\s+)*"
    r"(?:SOEs?|Giants?|Conglomerates?)\s+(?=[A-Z])")
_LEADING_DROP = {"The", "A", "An", "In", "On", "At", "With", "By", "From", "After", "Before", "According", "Under",
                 "Former", "Both", "Its", "Their", "His", "Her", "When", "While", "Since", "As", "And", "But"}


_TOKEN_REV = re.compile(r"[^\s,;:()（）“”‘\"—–]*")  # a token, read backwards in the reversed text
# In the reversed text: the spaces before a position, then the token before them (group 1:
# the spaces); and the spaces, then the run of non-space characters before them.
_SPACED_TOKEN_REV = re.compile(r"( *)[^\s,;:()（）“”‘\"—–]*")
_SPACED_WORD_REV = re.compile(r"( *)\S*")


_TOK_CLASS: dict[str, int] = {}  # token -> 0 a word of a name, 1 ends the walk, 2 a connector, 3 ends it unless first


def _tok_class(tok: str) -> int:
    c = _TOK_CLASS.get(tok)
    if c is None:
        if tok in _CONNECT:
            c = 2
        elif (tok.endswith(("’s", "'s")) and not tok.startswith("People")) or not _WORD.match(tok) \
                or tok.lower() in _STOP_LEFT:
            c = 1
        elif tok.endswith(".") and tok not in _ABBREV_DOT:
            c = 3
        else:
            c = 0
        if len(_TOK_CLASS) >= 65536:
            _TOK_CLASS.clear()
        _TOK_CLASS[tok] = c
    return c


def _walk_left(text: str, pos: int, rev: str | None = None) -> int:
    """Start of the run of capitalised words (joined by and/&) that ends at ``pos``.

    Tokens are told apart by ``_tok_class`` (cached: names and their words repeat).
    """
    if rev is not None:
        return _walk_left_rev(text, pos, rev)
    start = pos
    i = pos
    words = 0
    n = len(text)
    while True:
        j = i
        while j > 0 and text[j - 1] == " ":
            j -= 1
        if j == i and i != pos:
            break
        if rev is not None:  # one C-level match instead of a Python loop per character
            k = n - _TOKEN_REV.match(rev, n - j).end()
        else:
            k = j
            while k > 0 and not text[k - 1].isspace() and text[k - 1] not in ",;:()（）“”‘\"—–":
                k -= 1
        if k == j:
            break  # no token
        tok = text[k:j]
        c = _tok_class(tok)
        if c == 2:
            # "A Corp. and B Group": the word before "and" ending an organization ends the walk.
            j2 = k
            while j2 > 0 and text[j2 - 1] == " ":
                j2 -= 1
            k2 = j2
            while k2 > 0 and not text[k2 - 1].isspace():
                k2 -= 1
            if text[k2:j2].rstrip(".,") in _HEAD:
                break
            i = k
            continue
        if c == 1 or (c == 3 and i != pos):
            break
        start = k
        words += 1
        i = k
        if k == 0 or text[k - 1] != " ":
            break
    return start if words else pos


def _walk_left_rev(text: str, pos: int, rev: str) -> int:
    """``_walk_left`` with ``rev`` = ``text[::-1]``: the spaces and the token before a position
    are one C-level match in ``rev``, and token classes are read from their cache first."""
    start = pos
    i = pos
    words = 0
    n = len(text)
    token_before = _SPACED_TOKEN_REV.match
    cached = _TOK_CLASS.get
    while True:
        m = token_before(rev, n - i)
        j = n - m.end(1)  # the token ends where the spaces before i start
        if j == i and i != pos:
            break
        k = n - m.end()
        if k == j:
            break  # no token
        tok = text[k:j]
        c = cached(tok)
        if c is None:
            c = _tok_class(tok)
        if c == 2:
            # "A Corp. and B Group": the word before "and" ending an organization ends the walk.
            m2 = _SPACED_WORD_REV.match(rev, n - k)
            if text[n - m2.end():n - m2.end(1)].rstrip(".,") in _HEAD:
                break
            i = k
            continue
        if c == 1 or (c == 3 and i != pos):
            break
        start = k
        words += 1
        i = k
        if k == 0 or text[k - 1] != " ":
            break
    return start if words else pos


# Heads a name may go on after: "Institute for ...", "Ministry of ..."
_EXTENDED_HEADS = frozenset(("Ministry", "Bureau", "Administration", "Commission", "Institute", "Academy", "University",
                             "Committee", "Association", "Federation", "Foundation", "College", "Center", "Centre"))
_LEGAL_HEADS = frozenset({"Group", "Corporation", "Corp", "Corp.", "Company", "Holdings"})


def _START_LONGEST(x: Mention) -> tuple[int, int]:
    """(start, -length), without the ``length`` property's call."""
    return x.start, x.start - x.end


_NUMBERED_HEADS = frozenset(("Bureau", "Institute", "Academy", "Center", "Centre"))
_ORDINAL = re.compile(r"\s(?:II|III|IV|VI{0,3}|IX|X|I(?=\s+of\b|[,.;:)]|\s*$)|No\.\s?\d{1,3})(?![\w’'])")


def _cut_before_person(text: str, a: int, b: int) -> int:
    """End of ``text[a:b]`` (an " of ..." extension of a name) before a person's name in it."""
    for pm in _EN_NAME.finditer(text, a, b):
        if not (_camel_name(text, pm, pm.group(2)) if pm.end(1) == pm.start(2) else 1 <= pinyin_segments(pm.group(2)) <= 3):
            continue
        fam, given = pm.groups()
        if fam in _CAP_SURNAMES and given.lower() not in _ENGLISH_COMMON \
                and f"{fam} {given}".lower() not in EN_NAME_STOP:
            k = pm.start()
            while k > a and text[k - 1] in " ,":
                k -= 1
            # what is left must still name something after "of"
            rest = text[a:k].split()
            while rest and rest[-1].lower() in ("of", "for", "on", "the", "and", "&"):
                rest.pop()
            if len(rest) < 2:
                return a
            return text.rfind(rest[-1], a, k) + len(rest[-1])
    return b


# "China Ocean Shipping (Group) Company": a bracketed word inside a name, read as a plain word
# (same length, so spans hold; the name keeps the text's brackets)
_BRACKETED = (("(Group)", " Group "), ("(Holdings)", " Holdings "))
# "Shanghai-listed X Co.", "Beijing-based X Group": a description before the name, not part of it
_DESCRIBED = re.compile(r"(?:^|\s)[A-Z][A-Za-z]*(?:\s[A-Z][A-Za-z]*)?-(?:listed|based|owned|run|backed|controlled|headquartered)\s")


def find_orgs(text: str) -> list[Mention]:
    original = text
    if "(Group)" in text or "(Holdings)" in text:
        for a, b in _BRACKETED:
            text = text.replace(a, b)
    cands: list[list] = []  # [start, end, head_start, head_end, head, extended]
    rev = text[::-1]
    hits = _suffix_hits(text)
    for i, m in enumerate(hits):
        head = m.group(1)
        # ("Company (Group) of China": the bracket became spaces, two of them before the next word)
        if head in _LEGAL_HEADS and i + 1 < len(hits) and 1 <= hits[i + 1].start() - m.end() <= 2 \
                and text[m.end():hits[i + 1].start()].isspace():
            continue  # "Group Corporation": the walk from "Corporation" covers this one and goes further
        s = _walk_left_rev(text, m.start(), rev)  # (= _walk_left(text, pos, rev), one call fewer)
        # "Hyundai Heavy Industries and Samsung Heavy Industries Co.": a name that ends before "and"
        # is another name, the walk from this one starts after it
        j = i - 1
        while j >= 0 and hits[j].start() >= s:
            if text.startswith(" and ", hits[j].end()) and hits[j].end() + 5 <= m.start():
                s = hits[j].end() + 5
                break
            j -= 1
        # "Metallurgical Corporation of China", "Agricultural Bank of China": the country ends the name
        gap = 2 if text.startswith("  of China", m.end()) else 1  # ("(Group) of China": a bracket's space)
        of_china = (head in _LEGAL_HEADS or head == "Bank") and text.startswith(" of China", m.end() + gap - 1) \
            and not text[m.end() + 8 + gap:m.end() + 9 + gap].isalnum()
        if s == m.start():
            # "Ministry of Finance", "Institute for ..." may start with their head word.
            if head not in ("Ministry", "Bureau", "Administration", "Commission", "Institute", "Academy", "University") \
                    and not (of_china and head == "Bank"):
                continue
        e = m.end()
        extended = False
        if of_china:
            e += 8 + gap
            extended = True
        if head in _NUMBERED_HEADS and text.startswith(" ", e):
            # "Enterprise Cadre Bureau II", "Bureau No. 3": the number is part of the name
            om = _ORDINAL.match(text, e)
            if om:
                e = om.end()
                extended = True
        right = _RIGHT_OF.match(text, e) if head in _EXTENDED_HEADS else None
        if right:
            # "Director of the Bureau of SASAC Wang Ming": a person's name ends the name
            re_ = _cut_before_person(text, e, right.end())
            # "Secretary of the X Committee of the CPC and Chairman of …": a title after "and" is the next post
            tm = _AND_TITLE.search(text, e, re_) if " and " in text[e:re_] else None
            if tm:
                re_ = tm.start()
            if re_ > e:
                e = re_
                extended = True
        elif s == m.start() and not of_china:
            continue
        cands.append([s, e, m.start(), m.end(), head, extended, of_china])
    # "A Corporation of China and China B Corporation": the next name starts after "and", not at the
    # "China" that ends this one
    for a in cands:
        if a[6]:
            for b in cands:
                if b is not a and b[0] < a[1] <= b[2] and text.startswith(" and ", a[1]):
                    b[0] = a[1] + 5
    # "the X Institute for Y and Z Group": the extension of one name stops where the next begins
    for a in cands:
        if not a[5]:
            continue
        for b in cands:
            if b is a or not (a[3] <= b[2] < a[1]):
                continue
            k = text.rfind(" and ", a[3], b[2])
            if k > a[3]:
                a[1] = k
                b[0] = max(b[0], k + 5)
                break
    out: list[Mention] = []
    for s, e, hs, he, head, extended, _ in cands:
        tail = _LEGAL_TAIL.match(text, e)
        if tail:
            e = tail.end()
        surface = original[s:e]
        if "-" in surface:
            described = [dm for dm in _DESCRIBED.finditer(surface)]
            if described and described[-1].end() < len(surface):
                s += described[-1].end()
                surface = original[s:e]
        first = surface.split(" ", 1)[0]
        while first in _LEADING_DROP and " " in surface:
            s += len(first) + 1
            surface = original[s:e]
            first = surface.split(" ", 1)[0]
        if ("SOE" in surface or "Giant" in surface or "Conglomerate" in surface) and surface.find(" ", surface.find(" ") + 1) > 0:
            # headline style "Central SOE Poly Group to merge …", "Steel Giant Baowu Group": a class word, no name's part
            dm = _DESCRIPTOR_LEAD.match(surface)
            if dm and len(surface) - dm.end() > 4:
                s += dm.end()
                surface = original[s:e]
        if len(surface.split()) < 2 and not extended:
            continue
        if head in _WEAK_HEADS and (surface.count(" ") < 2 or (head == "Industries" and not surface.endswith(" Heavy Industries"))):
            # "Strategic Emerging Industries", "China Factory Activity": ordinary words before these heads
            # in headlines; a name is longer ("Lanzhou Flight Control Instrument Factory") or a heavy-industry
            # maker's ("Hyundai Heavy Industries")
            continue
        etype = _HEAD.get(head.rstrip("."), _HEAD.get(head, "Company"))
        if head == "Agency" and surface.endswith(("News Agency", "Press Agency", "Travel Agency", "Advertising Agency")):
            etype = "Company"
        extra: dict = {}
        if head == "Committee":
            lm = _LOCAL_LEVEL.search(text[s:he])
            if lm:
                place = text[s:s + lm.start()].strip()
                if place.startswith("CPC "):
                    place = place[4:]
                elif place in ("CPC", "Party", "Communist Party", "the CPC"):
                    place = ""  # "CPC Provincial Committee": the party is no place (the committee is a bare one)
                extra = {"place": place, "level": lm.group(1)}
            if lm:
                if _CPPCC_OF.search(surface):
                    # "Jiangsu Provincial Committee of the CPPCC": the advisory body's, no Party organ
                    # (nor the place's government that a bare place name stands for)
                    etype, extra = "GovernmentBody", {}
            elif _CONGRESS_SC.search(surface):
                etype = "GovernmentBody"  # "Hubei Provincial People's Congress Standing Committee": a legislature's organ
            elif not re.search(r"\bCentral\b", surface):
                continue  # "the CPC Committee", "the Standing Committee": not a named organ
        if head == "Government":
            gm = _LOCAL_GOV.search(text[s:he])
            if gm:
                # ("Autonomous Region Government": the level the committees of the region are named with)
                extra = {"place": text[s:s + gm.start()].strip(), "level": "Autonomous Regional" if gm.group(1)[0] == "A" else gm.group(1)}
            elif e == he and text.startswith(("People’s", "People's"), s) and (text.startswith(" of ", e) or text.startswith(" Of ", e)):
                # "the People's Government of Chongqing (Municipality)", "… Of Hubei Province" (a headline):
                # the official translation's order, the place after the word
                pm = _GOV_OF_PLACE.match(text, e)
                level = None
                if pm:
                    place, kind = pm.group("place"), pm.group("kind")
                    level = _KIND_LEVEL.get(kind.split()[0].lower()) if kind else EN_PROVINCE_LEVEL.get(place)
                if level and place.split()[0] not in _COMMITTEE_PLACE_NOT:
                    e = pm.end()
                    extra = {"place": place, "level": level}
                    name = f"{place} {level} People's Government"
                    out.append(Mention(s, e, "O", "GovernmentBody", "o:" + org_key(name), name, "pat", None, "en.org_suffix",
                                       [original[s:e]], extra))
                    continue
        # (positional arguments: a call with keywords costs twice as much)
        out.append(Mention(s, e, "O", etype, "o:" + org_key(surface), surface, "pat", None, "en.org_suffix", [], extra))
    # Keep maximal spans only.
    out.sort(key=_START_LONGEST)
    res: list[Mention] = []
    for x in out:
        if res and x.start < res[-1].end:
            continue
        res.append(x)
    return res


_LOCAL_SASAC = re.compile(r"\b((?:[A-Z][a-z]+\s){1,2}(?:Provincial|Municipal|Autonomous\sRegional|Regional|City|Prefectural)\s)(?:SASAC|State-owned\sAssets\sSupervision\sand\sAdministration\sCommission)\b")


_LEVEL_SASAC = re.compile(r"(?:Provincial|Municipal|Regional|City|Prefectural) (?:SASAC|State-owned)")


_LEVELS = ("Provincial", "Municipal", "Regional", "City", "Prefectural")


def _has_level_sasac(text: str) -> bool:
    """``_LEVEL_SASAC.search(text)``: each " SASAC" / " State-owned" is looked up with str.find
    and the word before it compared (a regex scan for five capitals costs 10x more)."""
    for word in (" SASAC", " State-owned"):
        k = text.find(word)
        while k >= 0:
            if text.endswith(_LEVELS, 0, k):
                return True
            k = text.find(word, k + 1)
    return False


def find_local_sasacs(text: str) -> list[Mention]:
    """"Hubei Provincial SASAC": a local commission, not the State Council's SASAC."""
    out: list[Mention] = []
    if not _has_level_sasac(text):
        return out
    for m in _LOCAL_SASAC.finditer(text):
        place = m.group(1).strip()
        words = place.split()
        while words and words[0] in _LEADING_DROP | {"The", "the"}:
            words.pop(0)
        if not words or words[0] in ("State", "Central", "China", "Chinese", "National"):
            continue
        s = m.start(1) + m.group(1).find(words[0])
        name = " ".join(words) + " SASAC"
        out.append(Mention(s, m.end(), "O", "GovernmentBody", "o:" + org_key(name), name, rule="en.local_sasac"))
    return out


# (a domain of two words ends in a noun of the kind ministries are named by: "public security",
# "human resources and social security", "industry and information technology")
_MIN_NOUN2 = r"(?: (?:security|affairs|resources|technology|development|management|defense|defence|environment|tourism|protection|planning|revenue))?"
_MINISTER = re.compile(r"\b(?:[Vv]ice |[Dd]eputy |[Aa]ssistant )?[Mm]inister of ((?:[a-z]+)" + _MIN_NOUN2 + r"(?: and (?!(?:his|her|its|their|the|a|an|other|vice|deputy|former|minister)\b)[a-z][a-z-]*" + _MIN_NOUN2 + r")?)\b")


def find_ministries(text: str) -> list[Mention]:
    """"vice minister of transportation" names a ministry, the Ministry of Transportation."""
    out: list[Mention] = []
    if "inister of" not in text:
        return out
    for m in _MINISTER.finditer(text):
        dom = m.group(1)
        if dom in ("the", "state", "a"):
            continue
        name = "Ministry of " + " ".join(w if w == "and" else "-".join(x.capitalize() for x in w.split("-")) for w in dom.split())
        out.append(Mention(m.start(1), m.end(1), "O", "GovernmentBody", "o:" + org_key(name), name, rule="en.ministry_of"))
    return out


# "Hubei provincial government", "Shanghai municipal government": news style writes the level and
# "government" in lower case after a capitalised place (the suffix rule above needs "Government").
_LOW_GOV_BEFORE = re.compile(
    # ("Shandong Provincial government": the level capitalised, the head not)
    r"(?<![\w’'])((?:[A-Z][a-z]+\s){1,2})((?i:provincial|municipal|city|county|district|prefectural|autonomous regional|regional))"
    r"(\s+(?i:people)[’']s)?\s$")
_PLACE_NOT = frozenset(("State", "Central", "China", "Chinese", "National", "Local", "Each", "Every", "All", "This",
                        "That", "Other", "Its", "Their", "New", "Provincial", "Municipal", "People", "Monday", "Tuesday",
                        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
                        "May", "June", "July", "August", "September", "October", "November", "December", "Xinhua"))


def find_local_governments(text: str) -> list[Mention]:
    out: list[Mention] = []
    k = text.find(" government")
    while k >= 0:
        e = k + 11
        if e < len(text) and (text[e].isalnum() or text[e] == "-"):  # "governments", "government-run"
            k = text.find(" government", e)
            continue
        m = _LOW_GOV_BEFORE.search(text, max(0, k - 70), k + 1)
        if m:
            words = m.group(1).split()
            while words and (words[0] in _LEADING_DROP or words[0] in _PLACE_NOT):
                words.pop(0)
            if words and not any(w in _PLACE_NOT for w in words):
                place = " ".join(words)
                s = m.start(1) + m.group(1).find(words[0])
                level = m.group(2).title()
                name = f"{place} {level} People's Government" if m.group(3) else f"{place} {level} Government"
                out.append(Mention(s, e, "O", "GovernmentBody", "o:" + org_key(name), name, rule="en.local_government",
                                   extra={"place": place, "level": level}))
        k = text.find(" government", e)
    return out


# "Vice Governor of Shandong Province", "Mayor of Chongqing Municipality": the post is at the
# province's (the municipality's) people's government, named as find_local_governments names it
_GOVERNOR_OF = re.compile(
    # ("deputy governor of Shanxi province": news writes the level in lower case as often)
    r"\b(?:Governor|Mayor|governor|mayor)\s+of\s+(?:the\s+)?((?:[A-Z][a-z]+\s){1,2})(Province|Municipality|province|municipality)\b")


def find_province_governments(text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in _GOVERNOR_OF.finditer(text) if "overnor of" in text or "ayor of" in text else ():
        place = m.group(1).strip()
        if any(w in _PLACE_NOT for w in place.split()):
            continue
        level = "Provincial" if m.group(2) in ("Province", "province") else "Municipal"
        name = f"{place} {level} Government"
        out.append(Mention(m.start(1), m.end(2), "O", "GovernmentBody", "o:" + org_key(name), name,
                           rule="en.province_government", extra={"place": place, "level": level}))
    return out


# --- a place's Party committee -----------------------------------------------------------------

# News writes the committee of a province or city in many ways: "CPC Jiangsu Provincial
# Committee", "the Jiangsu provincial committee of CPC", "Shanghai municipal Party committee",
# "Kunming Municipal CPC Committee", "CPC Chongqing Committee", "the Hubei Party committee".
# Each is found from its "committee" (the words before it read backwards in a window) and named
# in one form, so that the forms of one document are one organ.
_CPC_NAME = r"(?:CPC|CCP|Communist\s+Party\s+of\s+China|Chinese\s+Communist\s+Party)"
_COMMITTEE_LEVEL = r"(?i:provincial|municipal|city|county|district|prefectural|autonomous\s+regional|regional)"
_COMMITTEE_BEFORE = re.compile(
    r"(?<![\w’'-])(?:(?P<cpc>" + _CPC_NAME + r")\s+)?(?P<place>[A-Z][a-z]+(?:\s(?!" + _COMMITTEE_LEVEL + r"\b|Party\b|Communist\b)[A-Z][a-z]+)?)\s+"
    r"(?:(?P<lvl>" + _COMMITTEE_LEVEL + r")\s+)?"
    r"(?:(?P<party>CPC|CCP|Party|party|Communist\s+Party)\s+)?$")
# after the word: "of (the) CPC" belongs to the name; "of" anything else (the CPPCC, the Communist
# Youth League) makes it another body's committee
_COMMITTEE_AFTER = re.compile(r"ommittee(?:(?P<of>\s+of\s+(?:the\s+)?" + _CPC_NAME + r"|\s+of\s+(?:the\s+)?(?:Communist\s+)?Party(?!\s+of))"
                              r"(?![\w-])|(?P<other>\s+(?:of|for|on)\s)|(?![\w-]))")
_COMMITTEE_PLACE_NOT = _PLACE_NOT | _LEADING_DROP | frozenset(("Standing", "Party", "Communist", "Central", "Municipal",
                                                               "Provincial", "City", "County", "District", "Regional"))

# "Party Committee of the Tibet Autonomous Region", "CPC Committee of Yunnan Province", "Party committee
# of Shanghai Municipality": the word before says the Party's, the kind of place (or a province's name) the level
_COMMITTEE_OF_PLACE = re.compile(
    r" of\s+(?:the\s+)?(?P<place>[A-Z][a-z]+(?: (?!(?:Province|Municipality|City|Autonomous|Prefecture|County)\b)[A-Z][a-z]+)?)(?: +(?P<kind>(?i:province|municipality|city|autonomous +region|prefecture|county))\b)?(?![\w-]| +(?:[A-Z]|of\b))")
_GOV_OF_PLACE = re.compile(_COMMITTEE_OF_PLACE.pattern.replace(" of", " [Oo]f", 1))
_PARTY_BEFORE = re.compile(r"(?:(?:Provincial|Municipal|Regional)\s+)?(?:CPC|CCP|Communist\s+Party|[Pp]arty)\s+(?:[Pp]rovincial\s+|[Mm]unicipal\s+)?$")
_KIND_LEVEL = {"province": "Provincial", "municipality": "Municipal", "city": "Municipal", "autonomous": "Autonomous Regional",
               "prefecture": "Prefectural", "county": "County"}


def party_committee_name(place: str, level: str) -> str:
    return f"CPC {place} {level} Committee"


def party_committee_aliases(place: str, level: str) -> list[str]:
    return [f"{place} {level} Party Committee", f"{place} {level} Committee of the CPC", f"CPC {place} Committee",
            f"{place} {level} CPC Committee"]


def find_party_committees(text: str) -> list[Mention]:
    out: list[Mention] = []
    k = text.find("ommittee")
    while k >= 1:
        e0 = k + 8
        c = text[k - 1]
        if c not in "Cc":
            k = text.find("ommittee", e0)
            continue
        am = _COMMITTEE_AFTER.match(text, k)
        if am and am.group("other") and text.startswith(" of ", e0):
            om = _COMMITTEE_OF_PLACE.match(text, e0)
            pm = _PARTY_BEFORE.search(text, max(0, k - 30), k - 1) if om else None
            if pm:
                # "the Party Committee of the Tibet Autonomous Region", "CPC Committee of Hubei Province":
                # the place after the word, in the order of official translations
                place, kind = om.group("place"), om.group("kind")
                level = _KIND_LEVEL.get(kind.split()[0].lower()) if kind else EN_PROVINCE_LEVEL.get(place)
                if level and place.split()[0] not in _COMMITTEE_PLACE_NOT:
                    s = pm.start()
                    name = party_committee_name(place, level)
                    out.append(Mention(s, om.end(), "O", "PartyOrgan", "o:" + org_key(name), name, "pat", None,
                                       "en.local_party_committee", [text[s:om.end()], *party_committee_aliases(place, level)],
                                       {"place": place, "level": level}))
                    k = text.find("ommittee", e0)
                    continue
        bm = _COMMITTEE_BEFORE.search(text, max(0, k - 80), k - 1) if am and not am.group("other") else None
        k = text.find("ommittee", e0)
        if bm is None:
            continue
        words = bm.group("place").split()
        while words and (words[0] in _COMMITTEE_PLACE_NOT or words[0].lower() in EN_TITLE_WORDS):
            words.pop(0)
        if not words or any(w in _COMMITTEE_PLACE_NOT for w in words):
            continue
        place = " ".join(words)
        lvl = bm.group("lvl")
        if lvl:
            level = " ".join(lvl.split()).title()
        elif bm.group("cpc") or bm.group("party") or am.group("of"):
            level = EN_PROVINCE_LEVEL.get(place)
            if level is None:
                # "CPC Kunming Committee": a city's (the CPC before the place says it is a place)
                if not bm.group("cpc") or not all(pinyin_segments(w) for w in words):
                    continue
                level = "Municipal"
        else:
            continue  # "Jiangsu Committee": no committee of a named kind
        s = bm.start("cpc") if bm.group("cpc") else bm.start("place") + bm.group("place").find(words[0])
        name = party_committee_name(place, level)
        surface = text[s:am.end()]
        out.append(Mention(s, am.end(), "O", "PartyOrgan", "o:" + org_key(name), name, "pat", None,
                           "en.local_party_committee", [surface, *party_committee_aliases(place, level)],
                           {"place": place, "level": level}))
    return out


# --- a place named by the post held there ---------------------------------------------------------

# "mayor of Chongqing", "the governor of Hubei", "Kunming mayor Huang", "Chongqing Party chief Bo",
# "Guangdong's Party secretary", "Party chief of Yunnan province": the place stands for its
# government (a mayor's, a governor's) or its Party committee (a Party chief's, secretary's).
# The place is one of the province-level divisions, a name followed by "province"/"city", or
# (a city) a name in pinyin; a company of such a name is the registry's (its mention is longer
# or first).
_PLACE_WORDS = r"(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:\s(?P<kind>[Pp]rovince|[Cc]ity|[Mm]unicipality)\b)?"
_POST_OF_PLACE = re.compile(
    r"(?<![\w-])(?P<post>[Gg]overnor|[Mm]ayor|(?:Communist\s+)?[Pp]arty\s+(?:[Cc]hief|[Ss]ecretary|[Bb]oss|[Hh]ead))"
    r"\s+of\s+(?:the\s+)?" + _PLACE_WORDS + r"(?![\w-]|\s+(?:[Mm]unicipal|[Pp]rovincial|[Cc]ity|[Cc]ounty)\b)")
_PLACE_POST = re.compile(
    _PLACE_WORDS.replace("(?P<place>", "(?<![\\w-])(?P<place>") +
    r"(?:[’']s)?\s+(?P<post>[Gg]overnor|[Mm]ayor|(?:Communist\s+)?[Pp]arty\s+(?:[Cc]hief|[Ss]ecretary|[Bb]oss))\b")
_PLACE_POST_WORDS = ("overnor", "ayor", "arty chief", "arty secretary", "arty boss", "arty Chief", "arty Secretary",
                     "arty head", "arty Head")


def _post_place(m: re.Match, party: bool) -> tuple[str, str, int] | None:
    """(place, level, start) of a match of the place patterns, or None when the words are no place."""
    words = m.group("place").split()
    s = m.start("place")
    while words and (words[0] in _COMMITTEE_PLACE_NOT or words[0].lower() in EN_TITLE_WORDS):
        s += len(words[0]) + 1
        words.pop(0)
    if len(words) == 2 and words[1] in _CAP_SURNAMES and not m.group("kind"):
        words.pop()  # "mayor of Kunming Li Ming": the place is one word, a person follows
    if not words or any(w in _COMMITTEE_PLACE_NOT for w in words):
        return None
    place = " ".join(words)
    kind = (m.group("kind") or "").lower()
    level = EN_PROVINCE_LEVEL.get(place)
    if level is None:
        if kind == "province":
            level = "Provincial"
        elif kind in ("city", "municipality") or (not party and all(pinyin_segments(w) for w in words)):
            # (a company has no mayor; it has a Party chief, and many a company's name is pinyin:
            # "Party secretary of Shougang" names no city)
            level = "Municipal"
        else:
            return None
    return place, level, s


_POST_WORD = re.compile(r"[Gg]overnor|[Mm]ayor|[Pp]arty\s+(?:[Cc]hief|[Ss]ecretary|[Bb]oss|[Hh]ead)")


def _place_post_matches(text: str):
    """The matches of both place patterns, each tried only in a window around a post word (a scan of
    the text by a pattern that opens with a capitalised place costs ten times more)."""
    seen: set[tuple[int, int]] = set()
    n = len(text)
    for w in _POST_WORD.finditer(text):
        a, b = w.start(), w.end()
        for m in (_POST_OF_PLACE.match(text, max(0, a - 9) if text.startswith("Communist", max(0, a - 10)) else a),
                  _POST_OF_PLACE.match(text, a),
                  _PLACE_POST.search(text, max(0, a - 40), min(n, b + 1))):
            if m is not None and m.start("post") <= a < m.end("post") and (m.start(), m.end()) not in seen:
                seen.add((m.start(), m.end()))
                yield m


def find_place_posts(text: str) -> list[Mention]:
    out: list[Mention] = []
    if not any(w in text for w in _PLACE_POST_WORDS):
        return out
    for m in _place_post_matches(text):
        post = m.group("post").lower()
        got = _post_place(m, "arty" in post)
        if got is None:
            continue
        place, level, s = got
        e = m.end("kind") if m.group("kind") else s + len(place)
        if post == "mayor" and level == "Provincial":
            continue  # "mayor of X province": a slip, or a city of the same name
        # (a Party chief "of Fujian" is annotated as holding a post at the place, the entity its
        # bare name names: its government; a committee named as such is find_party_committees')
        name = f"{place} {level} Government"
        out.append(Mention(s, e, "O", "GovernmentBody", "o:" + org_key(name), name, "pat", None, "en.place_post",
                           [place], {"place": place, "level": level}))
    return out


# --- a leading group ----------------------------------------------------------------------------

# "the inspection leadership group of the CPC Central Committee", "the central inspection work leading
# group", "the Leading Group for Deepening Reform": a Party (or state) organ named by the words before
# "leading group" and a "for …" after it; a later "the inspection leadership group" is the same organ.
# The organ after "of" is its parent (a unit's name ending in a known organ, see pipeline._sub_units).
_LG_HEADS = ("eading group", "eadership group", "eading Group", "eadership Group", "eading small group", "eading Small Group")
_LG_AT = re.compile(r"[Ll]ead(?:ing|ership) (?:[Ss]mall )?[Gg]roup(?P<for> (?:for|on) (?:the )?(?:[A-Za-z][\w-]* ){0,4}"
                    r"(?:[Ww]ork|[Aa]ffairs|[Rr]eform|[Ii]nspections?|[Dd]evelopment|[Ss]ecurity|[Ss]upervision))?"
                    r"(?P<of> of (?:the )?(?:(?:CPC|CCP) )?(?:Central Committee|State Council|[A-Z][\w-]*(?: (?:[A-Z][\w-]*|of|the|and)){0,6}))?")
_LG_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*) $")
_LG_STOP = frozenset("the a an of and or by on in to for at with its their his her this that these which who said as is was "
                     "are were be been has have had will would from under its new head heads headed member members deputy chief director "
                     "secretary chairman leader leaders vice executive "
                     # ("Party leadership group": the Party group inside a body (党组), a part of posts' titles)
                     "party cpc ccp communist".split())


def find_leading_groups(text: str) -> list[Mention]:
    out: list[Mention] = []
    for head in _LG_HEADS:
        k = text.find(head)
        while k >= 1:
            m = _LG_AT.match(text, k - 1)
            k2 = text.find(head, k + len(head))
            if m is None:
                k = k2
                continue
            # the describing words before it, back to an article, a preposition or a title
            s = m.start()
            words = 0
            while words < 3:
                wm = _LG_WORD_BEFORE.search(text, max(0, s - 30), s)
                if wm is None or wm.group(1).lower() in _LG_STOP:
                    break
                s = wm.start()
                words += 1
            if words == 0 and not m.group("for"):
                k = k2
                continue  # "the leading group": which one the text does not say
            core_end = m.end("for") if m.group("for") else m.start("of") if m.group("of") else m.end()
            core = text[s:core_end]
            of = m.group("of") or ""
            etype = "GovernmentBody" if ("State Council" in of or "Ministry" in of or "Commission" in of) else "PartyOrgan"
            name = core[:1].upper() + core[1:] + of
            out.append(Mention(s, m.end(), "O", etype, "o:" + org_key(core.lower()), name, "pat", None, "en.org_suffix",
                               [core, text[s:m.end()]], None))
            k = k2
    return out
