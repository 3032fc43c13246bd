"""The fast paths of extraction give what the plain way gives (random inputs, fixed seeds).

Each test compares a shortcut taken for speed with the straightforward computation it
replaces, so that a change of a word list or a pattern that breaks the equivalence shows here.
"""

from __future__ import annotations

import random
import re

from soegraph.loaders import readers
from soegraph.loaders.extract import events, gazetteer, patterns_en, patterns_zh


def _fold_plain(s: str) -> str:
    low = s.lower()
    if low.isascii():
        return low
    if len(low) != len(s):
        low = s.translate(gazetteer._FOLD_MAP)
    for ch in set(gazetteer._ODD.findall(low)):
        low = low.replace(ch, gazetteer._ODD_TO[ch])
    return low


def test_fold_matches_replacing_every_odd_character():
    rng = random.Random(1)
    pool = list("中国，：（）“”‘’—–\u00a0\u3000ＡＢａｂ！？abcAB .") + ["\u0130", "ß", "K"]
    for _ in range(20_000):
        s = "".join(rng.choice(pool) for _ in range(rng.randint(0, 30)))
        assert gazetteer.fold(s) == _fold_plain(s), s


def test_ascii_letter_tests_match_a_regex_search():
    rng = random.Random(2)
    pool = list("中国，。abcXYZ09 _-@[`{~") + ["\u00e9", "Ａ", "ａ", "\U00020000", "\u0130", "\u212a"]
    for _ in range(20_000):
        s = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        expected = re.search("[A-Za-z]", s) is not None
        assert gazetteer.has_ascii_letter(s) == expected, s
        if not s.isascii():
            assert readers._has_ascii_letter(s) == expected, s


def test_to_simplified_is_the_table_translation():
    table = readers._t2s_table()
    keys = [chr(k) for k in table]
    rng = random.Random(3)
    others = [chr(c) for c in range(0x3400, 0x9FFF, 5)] + list("abc ,。") + [chr(0x20000 + i) for i in range(0, 3000, 17)]
    others += ["\uffff", "\ufeff", chr(0x10FFFF), "\uf900", "\ud800"]
    for _ in range(20_000):
        s = "".join(rng.choice(keys if rng.random() < 0.3 else others) for _ in range(rng.randint(1, 40)))
        has_han = not s.isascii() and readers._HAN.search(s) is not None
        assert readers.to_simplified(s) == (s.translate(table) if has_han else s), s


def test_chinese_suffix_trie_finds_what_the_suffix_expression_finds():
    assert patterns_zh._SUFFIX_TRIE is not None  # the words of the suffix expressions fit a trie
    rx, kinds = patterns_zh._SUFFIX_TRIE
    rng = random.Random(4)
    pool = list("集团股份有限责任总公（）()科学工程研究院所中心大协会基金联合商国资产监督管理委员局部的是一中")
    for _ in range(30_000):
        t = "".join(rng.choice(pool) for _ in range(rng.randint(1, 15)))
        old = [(m.start(), m.end(), m.lastgroup) for m in patterns_zh._ORG_SUFFIX.finditer(t)]
        new = [(m.start(), m.end(), kinds[m.group()]) for m in rx.finditer(t)]
        assert old == new, t


def test_walk_left_over_the_reversed_text_is_the_plain_walk():
    rng = random.Random(5)
    words = ["China", "Group", "Corp.", "Co.", "and", "&", "the", "The", "of", "State", "Power", "Ltd.", "People's",
             "Bank", "X", "Mr.", "Holdings", "Energy", "’s", "Li's", "CPC", "a", "Hubei", "Provincial", "Committee",
             "U.S.", "No.", "—", ",", ";", "(", ")", "“", "”"]
    seps = [" ", " ", " ", "  ", ", ", "\n", "\t", "", " (", ") "]
    for _ in range(20_000):
        t = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 10)))
        for pos in {rng.randint(0, len(t)), len(t)}:
            assert patterns_en._walk_left(t, pos, t[::-1]) == patterns_en._walk_left(t, pos, None), (t, pos)


def test_event_rule_word_gates_never_skip_a_match():
    pairs = [(events._E_ORGANIZE, events._W_ORGANIZE), (events._E_PERSON_NEW, events._W_PERSON_NEW),
             (events._E_MEET, events._W_MEET), (events._E_REF, events._W_REF), (events._E_CHAIRED, events._W_CHAIRED),
             (events._E_ATT_BY, events._W_ATT_BY), (events._E_CHAIRS, events._W_CHAIRS),
             (events._E_ATTENDS, events._W_ATTENDS), (events._E_LECTURE, events._W_LECTURE),
             (events._E_SPOKE, events._W_SPOKE), (events._E_PRESENTED, events._W_PRESENTED)]
    vocab = sorted({w for rx, _ in pairs for w in re.findall(r"[a-z][a-z-]+", rx.pattern)})
    vocab += ["«O1»", "«P2»", "«O3»", "«P4»", "the", "a", "by", "with", ".", ",", "Ä", "ß", "\u017f", "\u212a"]
    rng = random.Random(6)
    for _ in range(20_000):
        ws = [rng.choice(vocab) for _ in range(rng.randint(1, 12))]
        ws = [w.upper() if rng.random() < 0.1 else (w.capitalize() if rng.random() < 0.2 else w) for w in ws]
        tpl = " ".join(ws)
        low = events._latin_low(tpl)
        for rx, gate in pairs:
            if rx.search(tpl):
                assert events._may(low, gate), (rx.pattern[:40], tpl)


def test_latin_automaton_order_keeps_its_matches():
    gaz = gazetteer.Gazetteer([])
    text = gazetteer.fold("The State Council and the CPC Central Committee met; SASAC, PRC, China's cabinet. " * 3)
    ordered = list(gaz._ac_latin.iter_long(text))
    import ahocorasick

    plain = ahocorasick.Automaton()
    for key, value in gaz._ac.items():
        if key.isascii():
            plain.add_word(key, value)
    plain.make_automaton()
    assert ordered == list(plain.iter_long(text))
    assert ordered  # the core names are found


def test_relation_rule_word_gates_never_skip_a_match():
    from soegraph.loaders.extract import relations

    pairs = [(relations._E_ANNOUNCE_APPT, relations._W_ANNOUNCE_APPT), (relations._E_MERGE, relations._W_MERGE),
             (relations._E_MERGER_OF, relations._W_MERGER_OF), (relations._E_FORMED, relations._W_FORMED)]
    # sentence shapes the rules are written for, with their verbs and some near misses
    shapes = ["{o} and {o} {aux} {v} into {the} {o}", "the {v} of {o} and {o} into {the} {o}",
              "{o} {aux} {v} through the {v} of {o} and {o}", "{o} {aux} {v} the {v}", "{o} {v} {p} as chairman",
              "{o}, {o} and {o} {v} to form {o}", "{o} {v} {o}", "{o} was {v} by the {v} of {o} and {o}",
              "{o} has been {v} from {o} and {o}"]
    verbs = sorted({w for rx, _ in pairs for w in re.findall(r"[a-z][a-z-]+", rx.pattern)})
    verbs += ["merge", "form", "announcing", "appointment", "appointments", "create"]
    auxes = ["was", "were", "has been", "have", "had been", "will be", ""]
    rng = random.Random(7)
    matched = 0
    for _ in range(30_000):
        tpl = rng.choice(shapes).format_map(_Fill(rng, verbs, auxes))
        if rng.random() < 0.3:
            tpl = "".join(c.upper() if rng.random() < 0.3 else c for c in tpl)
        if rng.random() < 0.1:
            tpl = tpl.replace("s", "\u017f").replace("k", "\u212a")
        low = relations._latin_low(tpl)
        for rx, gate in pairs:
            if rx.search(tpl):
                matched += 1
                assert relations._may(low, gate), (rx.pattern[:40], tpl)
    assert matched > 1000  # the shapes do reach the rules


class _Fill(dict):
    """Placeholders of a sentence shape, each filled anew at random."""

    def __init__(self, rng, verbs, auxes):
        super().__init__()
        self.rng, self.verbs, self.auxes, self.n = rng, verbs, auxes, 0

    def __missing__(self, key):
        self.n += 1
        if key == "o":
            return f"«O{self.n}»"
        if key == "p":
            return f"«P{self.n}»"
        if key == "v":
            return self.rng.choice(self.verbs)
        if key == "aux":
            return self.rng.choice(self.auxes)
        return self.rng.choice(["the", "a new", "the new", ""])


def test_english_suffixes_grouped_by_letter_match_the_flat_alternation():
    rng = random.Random(8)
    words = [w.replace("\\", "") for w in patterns_en._SUFFIX_WORDS] + ["Corp", "Co", "Corpora", "Groups", "Bankers",
             "China", "Ltd", "Limitedness", "Commissioner", "Centres", "Co.,", "X", "and", "the", "’s", "'s", "-"]
    seps = [" ", "", ".", ",", "-", "’", "'", "\n"]
    for _ in range(30_000):
        t = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 8)))
        old = [(m.span(), m.group(1)) for m in patterns_en._SUFFIX_PLAIN.finditer(t)]
        new = [(m.span(), m.group(1)) for m in patterns_en._SUFFIX.finditer(t)]
        assert old == new, t


def test_english_name_pattern_with_possessive_runs_matches_the_plain_one():
    rng = random.Random(9)
    pool = ["Li", "Wei", "Zhang", "Xiaoming", "Corporation", "A", "Wei-ming", "Jing'an", "O’s", "Li's", "Administration",
            "abc", "Xi", "ABC", " ", "  ", "\n", "-", "'", "’", "s", ".", ",", "Abcdefghijklmnop"]
    for _ in range(30_000):
        t = "".join(rng.choice(pool) + rng.choice([" ", "", " ", "-"]) for _ in range(rng.randint(1, 8)))
        old = [(m.span(), m.groups()) for m in patterns_en._EN_NAME_PLAIN.finditer(t)]
        assert old == [(m.span(), m.groups()) for m in patterns_en._EN_NAME.finditer(t)], t


def _trie_scan_cases(rng, words, noise, n):
    pieces = list(words) + list(noise)
    for _ in range(n):
        s = "".join(rng.choice(pieces) if rng.random() < 0.5 else rng.choice(noise) for _ in range(rng.randint(0, 12)))
        a = rng.randint(0, len(s))
        yield s, a, rng.randint(a, len(s))


def test_trie_scan_finds_what_the_trie_regex_finds():
    from soegraph.loaders.extract.lexicon import TrieScan

    rng = random.Random(11)
    gaz = gazetteer.Gazetteer([])
    cases = [
        (["国资委", "国务院", "国务", "中国", "中国石油", "石油", "保利", "保利集团", "发改委", "一汽"], list("国务院中石油保利发一汽的和，a ")),
        ([w for w in gaz._other_values], list("中国共产党中央委员会国务院资委，的在")),
        (["ab", "abc", "bcd", "cd", "a.b"], list("abcd.x ")),
    ]
    for words, noise in cases:
        scan = TrieScan(words)
        assert scan._pairs is not None
        for s, a, b in _trie_scan_cases(rng, words, noise, 20_000):
            got = [(m.start(), m.end()) for m in scan.finditer(s, a, b)]
            assert got == [(m.start(), m.end()) for m in scan.rx.finditer(s, a, b)], (s, a, b)
            assert got == [(m.start(), m.end()) for m in scan.finditer(s, a, b)]
            full = [(m.start(), m.end()) for m in scan.finditer(s)]
            assert full == [(m.start(), m.end()) for m in scan.rx.finditer(s)], s
            first = scan.search(s, a, b)
            plain = scan.rx.search(s, a, b)
            assert (first and first.span()) == (plain and plain.span()), (s, a, b)
    assert TrieScan(["a", "bc"])._pairs is None  # a one-character word: the plain scan
    assert [m.span() for m in TrieScan(["a", "bc"]).finditer("abca")] == [(0, 1), (1, 3), (3, 4)]


def test_norm_key_is_the_category_rule():
    import unicodedata

    def plain(s: str) -> str:
        s = unicodedata.normalize("NFKC", s).casefold()
        return "".join(ch for ch in s if unicodedata.category(ch)[0] not in "PZSC")

    rng = random.Random(12)
    pool = [chr(c) for c in range(128)] + list("中国石油集团有限公司（）·、，。ＡＢｃ１２\u00a0\u3000ßİK\u212a\ufb01é\u0301’“") + [chr(0x20000)]
    for c in range(128):
        assert gazetteer.norm_key.__wrapped__(chr(c)) == plain(chr(c))
    for _ in range(30_000):
        s = "".join(rng.choice(pool) for _ in range(rng.randint(0, 20)))
        assert gazetteer.norm_key.__wrapped__(s) == plain(s), s


def test_english_name_pattern_on_the_text_shape_matches_the_text():
    rng = random.Random(13)
    pool = [chr(c) for c in range(128)] + ["Wang ", "Li ", "Xu Ping", " Zhang Yuzhuo", "'s ", "’s", "-", "\n", "Huang Jing'an "]
    texts = ["".join(rng.choice(pool) for _ in range(rng.randint(0, 30))) for _ in range(20_000)]
    for t in texts:
        if not t.isascii():
            continue
        shape = t.translate(patterns_en._NAME_SHAPE)
        assert len(shape) == len(t) and shape.isascii()
        got = [(m.span(), m.span(1), m.span(2)) for m in patterns_en._EN_NAME_ON_SHAPE.finditer(shape)]
        assert got == [(m.span(), m.span(1), m.span(2)) for m in patterns_en._EN_NAME.finditer(t)], t


def test_local_organ_patterns_anchored_on_their_word_match_the_scans():
    rng = random.Random(14)
    pool = list("省市县区自治州委员会人民政府重庆贵州的和、，") + ["自治区", "自治州", "人民政府", "委员会", "市委", "区政府"]
    cases = [(patterns_zh._LOCAL_COMMITTEE, "委", (1, 3)), (patterns_zh._LOCAL_GOVERNMENT, "政府", (1, 3, 5)),
             (patterns_zh._LEVEL_GOVERNMENT, "政府", (1,))]
    for _ in range(30_000):
        t = "".join(rng.choice(pool) for _ in range(rng.randint(0, 16)))
        for rx, word, offsets in cases:
            expected = [(m.span(), m.groups()) for m in rx.finditer(t)]
            assert [(m.span(), m.groups()) for m in patterns_zh._anchored(rx, t, word, offsets)] == expected, t


def test_english_suffix_hits_through_the_copy_match_finditer():
    rng = random.Random(15)
    words = [w.replace("\\", "") for w in patterns_en._SUFFIX_WORDS]
    pool = words + [w[1:] for w in words] + list("ABCGLMSHFIUXZabcgo. ,'’-\n_0") + ["Croup", "Sank", "Aoldings", "Corp.", "Co.,"]
    for _ in range(30_000):
        t = "".join(rng.choice(pool) + rng.choice(["", " ", ".", "s", "A"]) for _ in range(rng.randint(0, 12)))
        expected = [(m.span(), m.group(1)) for m in patterns_en._SUFFIX.finditer(t)]
        assert [(m.span(), m.group(1)) for m in patterns_en._suffix_hits(t)] == expected, t
