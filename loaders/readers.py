"""Document readers: .txt/.md, .html/.htm and .pdf to plain text with metadata.

``iter_documents(paths)`` walks files and folders (recursively, in sorted order) and yields
one ``ReadDoc`` per readable document or one ``DocumentError`` per bad one, so a caller can
report the bad file and go on. Nothing is held beyond the current file: memory stays flat
however large the corpus.

Offsets in extraction output refer to ``ReadDoc.text``. ``ReadDoc.match_text`` is the same
text with traditional characters folded to simplified ones, character for character, so
that an offset into one is an offset into the other.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import stat
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

from soegraph.errors import DocumentError
from soegraph.models import Document, is_iso_date

__all__ = ["ReadDoc", "iter_documents", "read_document", "detect_language", "to_simplified", "MAX_BYTES", "SUPPORTED"]

log = logging.getLogger(__name__)

MAX_BYTES = 50 * 1024 * 1024
TEXT_EXT = frozenset({".txt", ".md", ".markdown"})
HTML_EXT = frozenset({".html", ".htm", ".xhtml"})
PDF_EXT = frozenset({".pdf"})
SUPPORTED = TEXT_EXT | HTML_EXT | PDF_EXT


@dataclass
class ReadDoc:
    """One document as read: its ``Document`` node, its plain text and a matching copy."""

    document: Document
    text: str
    match_text: str = ""
    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.match_text:
            self.match_text = to_simplified(self.text)
        if len(self.match_text) != len(self.text):  # pragma: no cover - guarded by to_simplified
            raise ValueError("match_text must have the same length as text")

    @property
    def path(self) -> str | None:
        return self.document.path


# --- traditional -> simplified, one character for one character --------------------------

@lru_cache(maxsize=1)
def _t2s_table() -> dict[int, int]:
    """Single-character traditional->simplified map from OpenCC's own TSCharacters data."""
    import opencc

    table: dict[int, int] = {}
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 2:
                continue
            src, dst = parts[0], parts[1].split(" ")[0]
            if len(src) == 1 and len(dst) == 1 and src != dst:
                table[ord(src)] = ord(dst)
    return table


@lru_cache(maxsize=1)
def _t2s_list() -> list[int]:
    """``_t2s_table`` as a list indexed by code point, up to the last BMP character it maps:
    every other character maps to itself. str.translate looks a character up in a list
    without hashing, and an unmapped one raises no LookupError inside (3x faster than the
    dict). Characters past its end stay as they are, as the dict leaves them; the dict is
    used for a text with a character outside the BMP (some of those it maps)."""
    table = _t2s_table()
    top = max((k for k in table if k <= 0xFFFF), default=-1)
    out = list(range(top + 1))
    for k, v in table.items():
        if k <= top:
            out[k] = v
    return out


def _has_non_bmp(text: str) -> bool:
    """Does ``text`` hold a character outside the BMP? (UTF-16 gives those 4 bytes, every other
    character 2: one C-level encode, 7x faster than a regex scan for the range.)"""
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=1)
def _t2s_keys_bmp() -> re.Pattern:
    """A character class of every BMP character the traditional->simplified table maps (as
    ranges: the engine tests a BMP class with one table lookup per character)."""
    keys = sorted(k for k in _t2s_table() if k <= 0xFFFF)
    parts = []
    i = 0
    while i < len(keys):
        j = i
        while j + 1 < len(keys) and keys[j + 1] == keys[j] + 1:
            j += 1
        parts.append(re.escape(chr(keys[i])) + ("-" + re.escape(chr(keys[j])) if j > i else ""))
        i = j + 1
    return re.compile("[" + "".join(parts) + "]") if parts else re.compile(r"(?!)")


def to_simplified(text: str) -> str:
    """Fold traditional Chinese characters to simplified ones; the length never changes.

    OpenCC's phrase-level conversion can change a text's length, which would break offsets,
    so this uses OpenCC's character table (TSCharacters) through ``str.translate``. Phrase
    conversions such as 乾隆 are not applied; names in the gazetteer are matched per
    character anyway.
    """
    if text.isascii() or not _HAN.search(text):  # isascii is O(1)
        return text
    # Most Chinese text is simplified: with no character the table maps (one scan of a BMP
    # character class, and of the range outside the BMP) the translation would give the text back.
    non_bmp = _has_non_bmp(text)
    if not non_bmp and _t2s_keys_bmp().search(text) is None:
        return text
    out = text.translate(_t2s_table() if non_bmp else _t2s_list())
    if len(out) != len(text):  # pragma: no cover - the table maps one code point to one
        raise AssertionError("traditional->simplified changed the text length")
    return out


# --- language ------------------------------------------------------------------------------

# Written with a plain character class first (not "[...]+" or "{2,}"), so that the regex
# engine scans for that class in C before trying a match.
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z]+")
_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff][\u3400-\u9fff\uf900-\ufaff]*")


def _has_ascii_letter(s: str) -> bool:
    """Is there an ASCII letter in the non-ASCII text ``s``? (one encode keeps its ASCII
    characters: cheaper than a regex scan of a Chinese text for a letter)"""
    b = s.encode("ascii", "ignore")
    return b.lower() != b.upper()  # bytes change case only at ASCII letters


def detect_language(text: str) -> str:
    """``zh``, ``en`` or ``mixed`` by the share of Chinese characters against Latin words."""
    sample = text[:200_000]
    if sample.isascii() or not _HAN.search(sample):
        return "en"  # no Chinese at all: the share below would be 0
    words = len(_LATIN_WORD.findall(sample)) if _has_ascii_letter(sample) else 0
    if words == 0:
        return "zh"  # Chinese characters (found above) and no Latin word: the share is 1
    # Counting Chinese characters can stop once they clearly outweigh the Latin words (the
    # share is then >= 0.8 by a wide margin); otherwise all are counted.
    enough = 6 * words + 16
    han = 0
    for run in _HAN_RUN.finditer(sample):
        han += run.end() - run.start()
        if han > enough:
            return "zh"
    # One Chinese character carries about as much as an English word does.
    total = han / 1.5 + words
    if total == 0:
        return "en"
    share = (han / 1.5) / total
    if share >= 0.8:
        return "zh"
    if share <= 0.2:
        return "en"
    return "mixed"


# --- decoding ------------------------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd\ue000-\uf8ff]")


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:20_000]
    return len(_CONTROL.findall(sample)) / len(sample)  # counted without building a cleaned copy


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Decode ``raw`` into text, returning ``(text, encoding)``. Raises ``ValueError`` with a reason."""
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(enc), enc
            except UnicodeDecodeError as exc:
                raise ValueError(f"undecodable bytes ({enc} with BOM: {exc.reason} at byte {exc.start})") from None
    head = raw[:4096]
    if b"\x00" in head:
        # UTF-16 without a BOM: zero bytes on every other position.
        even = head[0::2].count(0)
        odd = head[1::2].count(0)
        half = max(1, len(head) // 2)
        for enc, zeros in (("utf-16-be", even), ("utf-16-le", odd)):
            if zeros / half > 0.3 and min(even, odd) / half < 0.05:
                try:
                    text = raw.decode(enc)
                except UnicodeDecodeError:
                    break
                if _control_share(text) < 0.01:
                    return text, enc
        raise ValueError("binary file (contains NUL bytes)")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Chinese legacy encodings first: charset-normalizer alone sometimes prefers a
    # Cyrillic or Latin code page for short Chinese texts.
    candidates: list[tuple[float, str, str]] = []
    for enc in ("gb18030", "big5"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        head = text[:20_000]
        han = sum(map(len, _HAN_RUN.findall(head)))  # counted without building a new string
        nonascii = (len(head.encode("utf-8")) - len(head)) // 2 or 1
        candidates.append((han / nonascii, enc, text))
    if candidates:
        candidates.sort(key=lambda c: -c[0])
        score, enc, text = candidates[0]
        if score > 0.9 and _control_share(text) < 0.01:
            return text, enc
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise ValueError("undecodable bytes (no known text encoding fits)")
    text = str(best)
    if _control_share(text) > 0.01:
        raise ValueError(f"binary file (decodes as {best.encoding} only with control characters)")
    return text, best.encoding


def _clean(text: str) -> str:
    if "\r" in text:  # one scan where there is none (most files)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


# A newline inside an English sentence, as hard-wrapped text has (news wires, plain-text
# mailings, every PDF's text layer): Latin text or a comma before, Latin text after. The
# newline comes first so that the engine scans for it in C (a lookbehind first is tried at
# every position: 3% of the bench corpus's time).
_WRAP_CANDIDATE = re.compile(r"\n(?<=[A-Za-z0-9\u00C0-\u024F,;%'\u2019\"\u201D)\]-]\n)(?=[A-Za-z0-9\u00C0-\u024F(\"\u201C\u2018\[])")


def unwrap_lines(text: str) -> str:
    """Hard-wrapped English text with its line breaks inside sentences made spaces.

    A newline ends a sentence for the extractor, so "the State-owned Assets Supervision and
    Administration\nCommission" would name nothing. Only in a text that is hard-wrapped (most
    lines no longer than a wrap width of 40 to 120 characters, and lines going on in lower case), and only between Latin
    characters: a break after a line about as long as the others, or before a lower-case word.
    A short line (a title, the last of a paragraph) keeps its break. The length never changes,
    so offsets into the text stay those of the file.
    """
    if "\n" not in text:
        return text
    breaks = list(_WRAP_CANDIDATE.finditer(text))
    if len(breaks) < 2:
        return text
    lengths = sorted(len(line) for line in text.split("\n") if line.strip())
    if len(lengths) < 3:
        return text
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not 40 <= width <= 120 or sum(text[m.end()].islower() for m in breaks) < 2:
        return text  # paragraphs on one line each, or lines that are separate items
    chars = list(text)
    for m in breaks:
        at = m.start()
        line_start = text.rfind("\n", 0, at) + 1
        if text[at + 1].islower() or at - line_start >= 0.6 * width:
            chars[at] = " "
    return "".join(chars)


# --- formats -------------------------------------------------------------------------------

def _read_text(raw: bytes) -> tuple[str, dict]:
    text, _enc = decode_bytes(raw)
    return unwrap_lines(_clean(text)), {}


_SCRIPT = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.I | re.S)


def _read_html(raw: bytes) -> tuple[str, dict]:
    html, _enc = decode_bytes(raw)
    html = _SCRIPT.sub(" ", html)
    meta: dict = {}
    text = None
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True, favor_recall=True
        )
        if doc is not None:
            get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
            text = get("text")
            meta = {"title": get("title"), "date": get("date"), "url": get("url")}
    except Exception as exc:  # trafilatura raises a variety of parser errors
        log.debug("trafilatura failed: %s", exc)
    if not text or not text.strip():
        # Fallback: plain tag stripping of the body.
        from lxml import html as lxml_html

        try:
            tree = lxml_html.fromstring(html)
        except Exception as exc:
            raise ValueError(f"unparseable HTML ({exc})") from None
        for bad in tree.xpath("//script|//style|//noscript"):
            bad.drop_tree()
        text = "\n".join(t.strip() for t in tree.itertext() if t.strip())
        if not meta.get("title"):
            titles = tree.xpath("//title/text()")
            meta["title"] = titles[0].strip() if titles else None
    return _clean(text or ""), meta


def _read_pdf(raw: bytes) -> tuple[str, dict]:
    if not raw.lstrip()[:5].startswith(b"%PDF"):
        raise ValueError("not a PDF (no %PDF header)")
    tail = raw[-2048:]
    if b"%%EOF" not in tail:
        raise ValueError("truncated PDF (no %%EOF marker)")
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
        title = info.get("/Title") if hasattr(info, "get") else None
    except Exception as exc:
        raise ValueError(f"damaged PDF ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else 'unreadable'})") from None
    text = "\n\n".join(p.strip("\n") for p in pages)
    if not text.strip():
        raise ValueError("PDF has no text layer")
    return unwrap_lines(_clean(text)), {"title": str(title) if title else None}


# --- sidecars ------------------------------------------------------------------------------

def _sidecar(path: Path | str, present: frozenset[str] | None = None) -> dict:
    """The sidecar's fields; ``present``: names of the sidecar files of the folder, when known."""
    if present is not None and not present:
        return {}  # the folder has no sidecar at all
    name = str(path)
    stem, _ = os.path.splitext(name)
    for cand in (stem + ".meta.json", name + ".meta.json"):
        if os.path.basename(cand) in present if present is not None else os.path.isfile(cand):
            cand = Path(cand)
            try:
                data = json.loads(cand.read_text(encoding="utf-8-sig"))
            except (OSError, ValueError) as exc:
                log.warning("%s: sidecar not readable (%s); ignored", cand, exc)
                return {}
            return data if isinstance(data, dict) else {}
    return {}


def _first_line(text: str) -> str | None:
    # Most documents open with their title: the lines before the first newline are whole
    # lines of the text (its first ones), so a non-empty one among them is the answer.
    k = text.find("\n")
    if k >= 0:
        for line in text[:k].splitlines():
            line = line.strip().lstrip("#").strip()
            if line:
                return line[:200]
    # Else split only the head unless the first non-empty line is not a whole line of it
    # (then, as before, the whole text).
    if len(text) > 4096:
        lines = text[:4096].splitlines()
        for line in lines[:-1]:
            line = line.strip().lstrip("#").strip()
            if line:
                return line[:200]
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:200]
    return None


def _iso(value) -> str | None:
    if not value:
        return None
    value = str(value).strip()[:10]
    return value if is_iso_date(value) else None


def _suffix(name: str) -> str:
    """``Path(name).suffix``, without building a ``Path``."""
    base = name[name.rfind(os.sep) + 1:]
    i = base.rfind(".")
    return base[i:] if 0 < i < len(base) - 1 else ""


_O_READ = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def _read_bytes(name: str, size: int) -> bytes:
    """The bytes of regular file ``name`` of ``size`` bytes (as stat gave it), up to MAX_BYTES + 1.

    os.open/os.read: open() would add a FileIO and a BufferedReader and three system calls
    (fstat, lseek, isatty) per file. Asks for size + 1 bytes (read(n) allocates n up front)
    to see growth, and reads on only if the file grew since.
    """
    fd = os.open(name, _O_READ)
    try:
        chunks = []
        total = 0
        want = size + 1
        while total < want:
            chunk = os.read(fd, want - total)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > size:  # it grew: read on to the limit
            want = MAX_BYTES + 1
            while total < want:
                chunk = os.read(fd, min(want - total, 1 << 24))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
    finally:
        os.close(fd)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def read_document(path: str | os.PathLike) -> ReadDoc:
    """Read one file. Raises ``DocumentError("PATH: reason")`` for bad input."""
    p = Path(path)
    return _read_file(str(p), p.suffix.lower())


def _read_file(name: str, ext: str, sidecars: frozenset[str] | None = None) -> ReadDoc:
    """``read_document`` of a normalised path ``name`` with its lower-cased suffix ``ext``.

    ``sidecars``: the names of the *.meta.json files of the folder, when the caller listed it
    (spares two ``stat`` calls per file).
    """

    def fail(reason: str) -> DocumentError:
        return DocumentError(f"{name}: {reason}")

    # one lstat (and a stat only for a symlink) instead of is_symlink/exists/stat/is_file
    try:
        st = os.lstat(name)
        if stat.S_ISLNK(st.st_mode):
            try:
                st = os.stat(name)
            except FileNotFoundError:
                raise fail("dangling symlink") from None
    except FileNotFoundError:
        raise fail("no such file") from None
    except OSError as exc:
        raise fail(f"cannot stat ({exc.strerror})") from None
    if not stat.S_ISREG(st.st_mode):
        raise fail("not a regular file")
    if st.st_size > MAX_BYTES:
        raise fail(f"file too large ({st.st_size / 1048576:.1f} MB > {MAX_BYTES // 1048576} MB)")
    if st.st_size == 0:
        raise fail("empty file")
    try:
        raw = _read_bytes(name, st.st_size)
    except PermissionError:
        raise fail("permission denied (unreadable)") from None
    except OSError as exc:
        raise fail(f"unreadable ({exc.strerror or exc})") from None
    if len(raw) > MAX_BYTES:
        raise fail(f"file too large (> {MAX_BYTES // 1048576} MB)")
    try:
        if ext in PDF_EXT:
            text, meta = _read_pdf(raw)
        elif ext in HTML_EXT:
            text, meta = _read_html(raw)
        else:
            text, meta = _read_text(raw)
    except ValueError as exc:
        raise fail(str(exc)) from None
    if not text or text.isspace():  # = not text.strip(), without copying the text
        raise fail("no text (empty after extraction)")
    side = _sidecar(name, sidecars)
    lang = side.get("language") if side.get("language") in ("en", "zh", "mixed") else detect_language(text)
    title = side.get("title") or meta.get("title") or _first_line(text)
    fields = {
        "id": "sha256:" + hashlib.sha256(raw).hexdigest(),
        "path": name,
        "title": title,
        "url": side.get("url") or meta.get("url") or None,
        "date": _iso(side.get("date")) or _iso(meta.get("date")),  # an ISO date or None (_iso checks)
        "language": lang,
    }
    return ReadDoc(document=_document(fields), text=text)


_DOCUMENT_FIELDS = frozenset(Document.model_fields)
_set_slot = {name: next(k.__dict__[name].__set__ for k in Document.__mro__ if name in k.__dict__)
             for name in ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")}


_DOCUMENT_KEYS = tuple(Document.model_fields)  # (in the model's order: the order of its dump)
_set_doc_dict, _set_doc_fields, _set_doc_extra, _set_doc_private = (
    _set_slot[n] for n in ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__"))
_new_document = Document.__new__


def _document(fields: dict) -> Document:
    """``Document(**fields)``; when every field is a string or None (what validation would
    accept as is: the date comes checked), without running pydantic (~10 us a file). The
    field names and slot setters are looked up once (the class property ``model_fields`` and a
    generator per file cost as much as the rest)."""
    for v in fields.values():
        if v is not None and type(v) is not str:
            return Document(**fields)
    if not fields["id"]:
        return Document(**fields)
    values = {k: fields[k] for k in _DOCUMENT_KEYS if k in fields}
    values["kind"] = "document"
    doc = _new_document(Document)
    _set_doc_dict(doc, values)
    _set_doc_fields(doc, set(fields))
    _set_doc_extra(doc, None)
    _set_doc_private(doc, None)
    return doc


def _walk(path: Path, on_skip: Callable[[str], None]) -> Iterator[Path | tuple[str, str, frozenset[str]]]:
    """Paths to read: the ``path`` given, or for a file in a folder (path, suffix, sidecar names)."""
    if path.is_symlink() and not path.exists():
        yield path  # reported as a dangling symlink by read_document
        return
    if path.is_dir():
        try:
            entries = sorted(os.scandir(path), key=lambda e: e.name)
        except OSError as exc:
            on_skip(f"{path}: folder not readable ({exc.strerror}); skipped")
            return
        sidecars = frozenset(e.name for e in entries if e.name.endswith(".meta.json") and e.is_file())
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(Path(entry.path), on_skip)
            elif entry.name.endswith(".meta.json"):
                continue
            else:
                # entry.path is already normalised (the folder's path, a separator, the name)
                ext = _suffix(entry.name).lower()
                if ext in SUPPORTED or (entry.is_symlink() and not os.path.exists(entry.path)):
                    yield entry.path, ext, sidecars
                else:
                    child = Path(entry.path)
                    on_skip(f"{child}: not a supported kind ({child.suffix or 'no extension'}); skipped")
    else:
        yield path


def iter_documents(
    paths: Iterable[str | os.PathLike], on_skip: Callable[[str], None] | None = None
) -> Iterator[ReadDoc | DocumentError]:
    """Yield a ``ReadDoc`` or a ``DocumentError`` per file under ``paths`` (files or folders).

    Files of unsupported kinds inside folders are skipped with a note passed to ``on_skip``
    (default: logged); a path named explicitly must be a supported kind or it is an error.
    """
    note = on_skip or (lambda msg: log.info(msg))
    for raw_path in paths:
        root = Path(raw_path)
        if not root.exists() and not root.is_symlink():
            yield DocumentError(f"{root}: no such file or folder")
            continue
        explicit_file = not root.is_dir()
        for p in _walk(root, note):
            if isinstance(p, tuple):
                try:
                    yield _read_file(*p)
                except DocumentError as exc:
                    yield exc
                continue
            if explicit_file and p.suffix.lower() not in SUPPORTED and p.exists():
                yield DocumentError(f"{p}: not a supported kind ({p.suffix or 'no extension'})")
                continue
            try:
                yield read_document(p)
            except DocumentError as exc:
                yield exc
