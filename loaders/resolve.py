"""Entity resolution: names, aliases and acronyms to registry ids, and stable ids for the rest.

Known names resolve through the gazetteer (registry ids). An entity the registry lacks gets
an id from its natural key, with no database lookup, so the same entity in two documents or
two runs gets the same id:

* people: ``person:<pinyin slug, family name first>`` -- 徐平 and "Xu Ping" both give
  ``person:xu-ping``;
* organizations: ``org:<slug of the English name without its legal suffix>``, or of the
  pinyin of the Chinese name when there is no English one;
* events: ``event:<date>-<slug of the name>``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from soegraph.loaders.extract.gazetteer import norm_key
from soegraph.loaders.extract.lexicon import SURNAME_READINGS, ZH_COMPOUND_SURNAMES

__all__ = ["slugify", "person_slug", "person_id", "person_display", "pinyin_name", "org_id", "event_id", "strip_legal", "org_key", "is_han_text"]

_HAN = re.compile(r"[\u3400-\u9fff]")


def is_han_text(s: str) -> bool:
    """Does ``s`` contain a Chinese character? (Names repeat: short strings are cached.)"""
    if s.isascii():  # O(1)
        return False
    if len(s) > 64:
        return _HAN.search(s) is not None
    return _is_han_short(s)


@lru_cache(maxsize=65536)
def _is_han_short(s: str) -> bool:
    return _HAN.search(s) is not None


_NON_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=100_000)
def slugify(s: str, limit: int = 60) -> str:
    if s.isascii():  # NFKD changes no ASCII character and none is combining
        s = s.lower()
    else:
        s = unicodedata.normalize("NFKD", s)
        s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = s.replace("&", " and ").replace("’", "").replace("'", "")
    s = _NON_SLUG.sub("-", s).strip("-")
    if len(s) > limit:
        s = s[:limit].rsplit("-", 1)[0]
    return s or "x"


@lru_cache(maxsize=65536)
def _pinyin(s: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    return [p.replace("ü", "u").replace("v", "u") for p in lazy_pinyin(s, style=Style.NORMAL, errors="ignore")]


_WS = re.compile(r"\s+")
_APOS_HYPHEN = re.compile(r"[’'\-]")


@lru_cache(maxsize=100_000)
def person_slug(name: str) -> str:
    """``徐平`` -> ``xu-ping``; ``Xu Ping`` -> ``xu-ping``; ``Huang Jing'an`` -> ``huang-jingan``."""
    name = name.strip()
    if is_han_text(name):
        han = "".join(_HAN.findall(name))
        k = 2 if han[:2] in ZH_COMPOUND_SURNAMES and len(han) > 2 else 1
        fam = "".join(SURNAME_READINGS.get(ch, None) or _pinyin(ch)[0] if _pinyin(ch) else "" for ch in han[:k]) if k == 1 else "".join(_pinyin(han[:k]))
        given = "".join(_pinyin(han[k:]))
        return slugify(f"{fam} {given}")
    parts = [p for p in _WS.split(name) if p]
    if len(parts) >= 2:
        return slugify(parts[0] + " " + "".join(_APOS_HYPHEN.sub("", p) for p in parts[1:]))
    return slugify(name)


def person_id(name: str) -> str:
    return "person:" + person_slug(name)


_EN_LEGAL = re.compile(
    r"(?:,?\s+(?:co\.?,?\s*ltd\.?|company\s+limited|corporation\s+limited|corp\.?,?\s*ltd\.?|limited|ltd\.?|"
    r"corporation|corp\.?|company|co\.?|incorporated|inc\.?))+\s*$",
    re.I,
)
_ZH_LEGAL = re.compile(r"(?:（集团）|\(集团\))?(?:股份有限公司|有限责任公司|有限公司|总公司|公司)$")


@lru_cache(maxsize=100_000)
def strip_legal(name: str) -> str:
    """Name without its legal form: "China XD Group Corp" -> "China XD Group"; 中国包装有限责任公司 -> 中国包装."""
    name = name.strip()
    out = _EN_LEGAL.sub("", name)
    if is_han_text(out):
        out2 = _ZH_LEGAL.sub("", out)
        if len(out2) >= 2:
            out = out2
    out = re.sub(r"^the\s+", "", out, flags=re.I)
    return out or name


@lru_cache(maxsize=100_000)
def org_key(name: str) -> str:
    """Within-document merge key of an organization name."""
    return norm_key(strip_legal(name))


@lru_cache(maxsize=16384)
def org_id(name: str | None, name_zh: str | None = None) -> str:
    if name and not is_han_text(name):
        return "org:" + slugify(strip_legal(name))
    zh = name_zh or name or ""
    return "org:" + slugify(" ".join(_pinyin(strip_legal(zh))))


@lru_cache(maxsize=100_000)
def person_display(name: str) -> str:
    """Readable pinyin of a Chinese personal name, family name first: 李明 -> "Li Ming"."""
    if not is_han_text(name):
        return name
    parts = person_slug(name).split("-", 1)
    return " ".join(p.capitalize() for p in parts if p)


@lru_cache(maxsize=100_000)
def pinyin_name(name: str) -> str:
    """Readable pinyin of a Chinese name that is no person's: words capitalised."""
    if not is_han_text(name):
        return name
    return " ".join(p.capitalize() for p in _pinyin(name) if p)


def event_id(name: str, date: str | None, doc_prefix: str | None = None, who: list[str] | tuple = ()) -> str:
    """``event:<date, else the document id prefix>-<name>[-<organizer or participants>]``.

    A generic name ("meeting", 会见) alone would merge different events of different documents
    into one node; the date (or the document) and who organized or took part keep them apart
    while the same event reported twice on the same date still gets the same id.
    """
    return _event_id(name, date, doc_prefix, tuple(who))


@lru_cache(maxsize=8192)  # undated events carry their document's prefix: a small cache
def _event_id(name: str, date: str | None, doc_prefix: str | None, who: tuple[str, ...]) -> str:
    base = " ".join(_pinyin(name)) if is_han_text(name) else name
    slug = slugify(base, 50)
    extra: list[str] = []
    slugs = [slugify(" ".join(_pinyin(w)) if is_han_text(w) else w, 30) for w in who]
    if not any(ws in slug for ws in slugs):  # "Meeting between A and B" names its people already
        for ws in slugs:
            if ws and ws not in extra:
                extra.append(ws)
            if len(extra) == 2:
                break
    stem = date or (doc_prefix or "")
    return "event:" + ((stem + "-") if stem else "") + slug + "".join("-" + x for x in extra)
