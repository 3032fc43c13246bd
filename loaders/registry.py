"""Curated registries (loaders/registries/*.yaml) -> sourced batches and the gazetteer.

The format is described in docs/registry-format.md. ``load_registries()`` reads every file,
validates it, and returns a :class:`RegistryLoad`:

* ``batches``: one :class:`SourcedBatch` per row, whose source is the row itself
  (``registry:<file stem>#<row id>``), holding the entity the row defines and the relations
  it states or implies; entities defined by other rows are listed in ``external_refs``;
* ``entities``: every registry entity by id, with aliases enriched (traditional characters,
  pinyin, names without the legal suffix) -- the gazetteer the extraction engine matches;
* ``errors`` / ``warnings``: one line each, ``FILE: row N (id): what is wrong``.

Data errors are returned, never raised. A file with errors contributes no batches and no
entities; the other files still load (a row that refers to an entity of a broken file is
an error too, so nothing half-loaded reaches the graph).
"""

from __future__ import annotations

import datetime as _dt
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field, ValidationError

from soegraph.errors import ValidationFailed
from soegraph.models import (
    ENTITY_PROPS,
    ENTITY_TYPES,
    ORGANIZATION_TYPES,
    POSITION_STATUS,
    REL_PROPS,
    REL_TYPES,
    Document,
    Entity,
    Relation,
    SourcedBatch,
    Span,
    is_iso_date,
)

from .aliases import derived_alias_tiers, normalize_name, to_traditional

__all__ = [
    "REGISTRY_DIR",
    "RegistryLoad",
    "load_registries",
    "registry_entity_by_name",
    "normalize_name",
    "registry_files",
]

REGISTRY_DIR = Path(__file__).resolve().parent / "registries"

RULE = "registry"
ROW_SELF = "$row"
KINDS = ("entities", "positions", "relations")

HEADER_FIELDS = ("source", "kind", "default_type", "implies", "rows")
SOURCE_FIELDS = ("publisher", "title", "urls", "as_of", "expected_rows")
COMMON_ROW_FIELDS = ("id", "source", "sources", "as_of", "note")
ENTITY_ROW_FIELDS = COMMON_ROW_FIELDS + ("type", "name", "name_zh", "aliases", "not_aliases", "part_of", "owned_by")
OWNED_BY_FIELDS = ("entity", "share", "date")
POSITION_ROW_FIELDS = COMMON_ROW_FIELDS + (
    "person", "person_name", "person_name_zh", "org", "title", "title_zh", "start", "end", "status",
)
RELATION_ROW_FIELDS = COMMON_ROW_FIELDS + ("type", "source_entity", "target_entity", "evidence")
DATE_FIELDS = frozenset({"as_of", "founded", "dissolved", "born", "date", "start", "end"})
ALL_KNOWN_FIELDS = sorted(
    set(ENTITY_ROW_FIELDS) | set(POSITION_ROW_FIELDS) | set(RELATION_ROW_FIELDS)
    | {p for ps in ENTITY_PROPS.values() for p in ps} | {p for ps in REL_PROPS.values() for p in ps}
)
_ID = re.compile(r"^[a-z]+:[^\s]+$")
# A YAML flow list splits "X Co., Ltd." at the comma unless quoted.
_LEGAL_FORMS = frozenset({"ltd", "inc", "co", "corp", "llc", "plc", "limited"})
_URL = re.compile(r"^https?://\S+$")


class RegistryLoad(BaseModel):
    """What :func:`load_registries` returns. Deterministic: same files, same JSON."""

    batches: list[SourcedBatch] = Field(default_factory=list)
    entities: dict[str, Entity] = Field(default_factory=dict)
    errors: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    counts: dict[str, int] = Field(default_factory=dict)  # rows per file, by file name
    files: list[str] = Field(default_factory=list)  # files read, in load order
    failed_files: list[str] = Field(default_factory=list)  # files that contributed nothing

    @property
    def ok(self) -> bool:
        return not self.errors


# --- YAML -----------------------------------------------------------------------------------

class _Loader(yaml.SafeLoader):
    """Safe loader that keeps dates as strings, reads only true/false as booleans, and
    records duplicate mapping keys instead of silently keeping the last one."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self.duplicate_keys: list[tuple[int, str]] = []

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:  # type: ignore[override]
        if isinstance(node, yaml.MappingNode):
            self.flatten_mapping(node)
            seen: set = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=True)
                try:
                    if key in seen:
                        self.duplicate_keys.append((key_node.start_mark.line + 1, str(key)))
                    seen.add(key)
                except TypeError:
                    pass
        return super().construct_mapping(node, deep=deep)


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


# --- parsed rows ------------------------------------------------------------------------------

@dataclass
class _Ref:
    field: str
    value: str
    row: "_Row | None"  # None for header-level references (implies)
    resolved: str | None = None


@dataclass
class _Row:
    file: "_File"
    n: int  # 1-based position in rows
    rid: str  # the row's id, or "?"
    data: dict[str, Any]
    errors: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    as_of: str | None = None
    # entities rows
    entity: dict[str, Any] | None = None  # id, type, name, name_zh, aliases, properties
    part_of: list[_Ref] = field(default_factory=list)
    owned_by: list[tuple[_Ref, dict[str, Any]]] = field(default_factory=list)  # (owner, OWNS properties)
    # positions rows
    person: dict[str, Any] | None = None  # id, name, name_zh
    org: _Ref | None = None
    rel_props: dict[str, Any] = field(default_factory=dict)
    # relations rows
    rel_type: str | None = None
    ends: list[_Ref] = field(default_factory=list)
    evidence: str | None = None

    def err(self, msg: str) -> None:
        self.errors.append(f"{self.file.name}: row {self.n} ({self.rid}): {msg}")


@dataclass
class _Implied:
    type: str
    source: _Ref | str  # ROW_SELF or a reference
    target: _Ref | str
    props: dict[str, Any]


@dataclass
class _File:
    path: Path
    name: str  # shown in messages, Document.path and counts
    stem: str
    title: str = ""
    kind: str | None = None
    as_of: str | None = None
    as_of_given: bool = False
    rows: list[_Row] = field(default_factory=list)
    implies: list[_Implied] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    n_rows: int = 0

    def err(self, msg: str) -> None:
        self.errors.append(f"{self.name}: {msg}")

    def warn(self, msg: str) -> None:
        self.warnings.append(f"{self.name}: {msg}")

    def all_errors(self) -> list[str]:
        return self.errors + [e for r in self.rows for e in r.errors]

    def refs(self) -> list[_Ref]:
        out: list[_Ref] = []
        for imp in self.implies:
            out.extend(x for x in (imp.source, imp.target) if isinstance(x, _Ref))
        for r in self.rows:
            out.extend(r.part_of)
            out.extend(ref for ref, _ in r.owned_by)
            if r.org:
                out.append(r.org)
            out.extend(r.ends)
        return out


# --- small checks -----------------------------------------------------------------------------

def _date(value: Any) -> str | None:
    """The ISO string for a date field, or None if it is malformed."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and 1000 <= value <= 9999:
        value = str(value)
    if not isinstance(value, str) or not is_iso_date(value):
        return None
    if len(value) == 10:
        try:
            _dt.date.fromisoformat(value)
        except ValueError:
            return None
    return value


def _date_after(a: str, b: str) -> bool:
    n = min(len(a), len(b))
    return a[:n] > b[:n]


def _hint(key: str, allowed: tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(key, list(allowed), n=1, cutoff=0.75)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _display_name(path: Path) -> str:
    try:
        return path.resolve().relative_to(REGISTRY_DIR).as_posix()
    except ValueError:
        return path.name


def registry_files(paths: list[Path] | None = None) -> list[Path]:
    """The YAML files to load: the shipped ones, or ``paths`` (files or folders), sorted."""
    if paths is None:
        paths = [REGISTRY_DIR]
    if isinstance(paths, (str, Path)):
        raise ValidationFailed("load_registries() takes a list of paths, not a single path")
    out: set[Path] = set()
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.update(q for q in p.glob("*.yaml") if q.is_file())
            out.update(q for q in p.glob("*.yml") if q.is_file())
        else:
            out.add(p)
    return sorted(out, key=lambda q: (q.name, str(q)))


# --- parsing (per file, no cross-file knowledge) -------------------------------------------------

def _parse_file(path: Path) -> _File:
    f = _File(path=path, name=_display_name(path), stem=path.stem)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        f.err(f"cannot read: {e}")
        return f
    loader = _Loader(text)
    try:
        doc = loader.get_single_data()
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        f.err(f"YAML error{where}: {problem}")
        return f
    finally:
        loader.dispose()
    for line, key in loader.duplicate_keys:
        f.err(f"line {line}: duplicate key '{key}'")
    if not isinstance(doc, dict):
        f.err("not a registry (expected a mapping with source, kind and rows)")
        return f

    for key in doc:
        if key not in HEADER_FIELDS:
            f.warn(f"unknown header field '{key}' ignored{_hint(str(key), HEADER_FIELDS)}")

    # header: source
    src = doc.get("source")
    expected_rows = None
    if not isinstance(src, dict):
        f.err("missing required header field 'source'" if src is None else "header 'source' must be a mapping")
        src = {}
    for key in src:
        if key not in SOURCE_FIELDS:
            f.warn(f"unknown field 'source.{key}' ignored{_hint(str(key), SOURCE_FIELDS)}")
    f.title = str(src.get("title") or src.get("publisher") or f.stem)
    if src.get("as_of") not in (None, ""):
        f.as_of_given = True
        f.as_of = _date(src["as_of"])
        if f.as_of is None:
            f.err(f"malformed date in source.as_of: '{src['as_of']}' (use YYYY, YYYY-MM or YYYY-MM-DD)")
    urls = src.get("urls") or []
    if isinstance(urls, str):
        urls = [urls]
    if not isinstance(urls, list):
        f.err("source.urls must be a list of URLs")
        urls = []
    for u in urls:
        if not isinstance(u, str) or not _URL.match(u):
            f.err(f"source.urls: '{u}' is not an http(s) URL")
    if src:
        if "expected_rows" not in src:
            f.err("missing required header field 'source.expected_rows'")
        elif isinstance(src["expected_rows"], bool) or not isinstance(src["expected_rows"], int) or src["expected_rows"] < 0:
            f.err(f"source.expected_rows must be a whole number, not '{src['expected_rows']}'")
        else:
            expected_rows = src["expected_rows"]

    # header: kind
    kind = doc.get("kind")
    if kind is None:
        f.err("missing required header field 'kind'")
    elif kind not in KINDS:
        f.err(f"unknown kind '{kind}' (use entities, positions or relations)")
    else:
        f.kind = kind

    default_type = doc.get("default_type")
    if default_type is not None:
        if kind != "entities":
            f.err("default_type is only for kind: entities")
        elif default_type not in ENTITY_TYPES:
            f.err(f"unknown default_type '{default_type}'")
            default_type = None

    implies = doc.get("implies")
    if implies is not None:
        if kind != "entities":
            f.err("implies is only for kind: entities")
        elif not isinstance(implies, list):
            f.err("implies must be a list of {type, source, target}")
        else:
            for i, imp in enumerate(implies):
                _parse_implied(f, i, imp)

    # rows
    rows = doc.get("rows")
    if rows is None:
        f.err("missing required header field 'rows'")
        rows = []
    elif not isinstance(rows, list):
        f.err("rows must be a list")
        rows = []
    f.n_rows = len(rows)
    if expected_rows is not None and expected_rows != len(rows):
        f.err(f"expected_rows is {expected_rows} but the file has {len(rows)} row{'' if len(rows) == 1 else 's'}")

    seen_ids: dict[str, int] = {}
    for n, data in enumerate(rows, start=1):
        if not isinstance(data, dict):
            f.errors.append(f"{f.name}: row {n}: not a mapping")
            continue
        rid = data.get("id")
        row = _Row(file=f, n=n, rid=str(rid) if rid not in (None, "") else "?", data=data)
        f.rows.append(row)
        if rid in (None, ""):
            row.err("missing required field 'id'" + _missing_hint(data, "id", f.kind))
        elif not isinstance(rid, str):
            row.err(f"id must be a string, not {rid!r}")
        elif rid in seen_ids:
            row.err(f"duplicate row id '{rid}' (also row {seen_ids[rid]})")
        else:
            seen_ids[rid] = n
        if f.kind is None:
            continue
        _parse_common(row)
        if f.kind == "entities":
            _parse_entity_row(row, default_type)
        elif f.kind == "positions":
            _parse_position_row(row)
        else:
            _parse_relation_row(row)
    return f


def _allowed_fields(kind: str | None, row_type: str | None) -> tuple[str, ...]:
    if kind == "entities":
        return ENTITY_ROW_FIELDS + tuple(sorted(ENTITY_PROPS.get(row_type or "", ())))
    if kind == "positions":
        return POSITION_ROW_FIELDS
    if kind == "relations":
        return RELATION_ROW_FIELDS + tuple(sorted(REL_PROPS.get(row_type or "", ())))
    return COMMON_ROW_FIELDS


def _missing_hint(data: dict, required: str, kind: str | None) -> str:
    known = set(_allowed_fields(kind, None)) | set(ALL_KNOWN_FIELDS)
    strays = [str(k) for k in data if k not in known]
    close = difflib.get_close_matches(required, strays, n=1, cutoff=0.7)
    return f" (is '{close[0]}' a misspelling?)" if close else ""


def _require_str(row: _Row, key: str) -> str | None:
    v = row.data.get(key)
    if v is None or v == "":
        row.err(f"missing required field '{key}'" + _missing_hint(row.data, key, row.file.kind))
        return None
    if not isinstance(v, str):
        row.err(f"{key} must be a string, not {v!r}")
        return None
    return v.strip()


def _opt_str(row: _Row, key: str) -> str | None:
    v = row.data.get(key)
    if v is None or v == "":
        return None
    if not isinstance(v, str):
        row.err(f"{key} must be a string, not {v!r}")
        return None
    return v.strip()


def _opt_date(row: _Row, key: str) -> str | None:
    v = row.data.get(key)
    if v is None or v == "":
        return None
    d = _date(v)
    if d is None:
        row.err(f"malformed date in {key}: '{v}' (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return d


def _parse_common(row: _Row) -> None:
    urls: list[Any] = []
    for key in ("source", "sources"):
        v = row.data.get(key)
        if v is None:
            continue
        urls.extend(v if isinstance(v, list) else [v])
    for u in urls:
        if not isinstance(u, str) or not _URL.match(u.strip()):
            row.err(f"source '{u}' is not an http(s) URL")
        elif u.strip() not in row.sources:
            row.sources.append(u.strip())
    if not urls:
        row.err("no source URL")
    if row.data.get("as_of") not in (None, ""):
        row.as_of = _opt_date(row, "as_of")
    else:
        row.as_of = row.file.as_of
        if row.as_of is None and not row.file.as_of_given:
            row.err("no as_of date (give one in the row or in the header's source.as_of)")
    if "note" in row.data and row.data["note"] is not None and not isinstance(row.data["note"], str):
        row.err("note must be text")


def _warn_leftovers(row: _Row, allowed: tuple[str, ...]) -> None:
    for key in row.data:
        if key not in allowed:
            row.file.warnings.append(
                f"{row.file.name}: row {row.n} ({row.rid}): unknown field '{key}' ignored{_hint(str(key), allowed)}"
            )


def _scalar_props(row: _Row, d: dict, allowed) -> dict[str, Any]:
    """The row's values for the properties its type allows: dates checked, one value each."""
    props: dict[str, Any] = {}
    for key in sorted(allowed):
        if key not in d or d[key] is None or d[key] == "":
            continue
        if key in DATE_FIELDS:
            v = _opt_date(row, key)
            if v is not None:
                props[key] = v
        elif isinstance(d[key], (str, int, float)) and not isinstance(d[key], bool):
            props[key] = d[key].strip() if isinstance(d[key], str) else d[key]
        else:
            row.err(f"{key} must be a single value, not {d[key]!r}")
    return props


def _parse_entity_row(row: _Row, default_type: str | None) -> None:
    d = row.data
    etype = d.get("type", default_type)
    if etype is None:
        row.err("missing required field 'type' (and the file has no default_type)")
    elif etype not in ENTITY_TYPES:
        row.err(f"unknown type '{etype}'")
        etype = None
    name = _require_str(row, "name")
    name_zh = _opt_str(row, "name_zh")
    if etype == "CentralSOE" and d.get("name_zh") in (None, ""):
        row.err("missing required field 'name_zh' (every CentralSOE has its Chinese legal name)"
                + _missing_hint(d, "name_zh", "entities"))
    aliases_raw = d.get("aliases") or []
    if isinstance(aliases_raw, str):
        aliases_raw = [aliases_raw]
    aliases: list[str] = []
    if not isinstance(aliases_raw, list):
        row.err("aliases must be a list")
    else:
        for a in aliases_raw:
            if isinstance(a, bool) or not isinstance(a, (str, int)):
                row.err(f"alias {a!r} is not a string")
            elif str(a).strip().rstrip(".").lower() in _LEGAL_FORMS:
                row.err(f"alias {a!r} is only a legal form: a name with a comma was split; quote it")
            elif str(a).strip() and str(a).strip() not in aliases:
                aliases.append(str(a).strip())
    not_aliases: list[str] = []
    raw = d.get("not_aliases") or []
    for a in raw if isinstance(raw, list) else [raw]:
        if isinstance(a, bool) or not isinstance(a, (str, int)) or not str(a).strip():
            row.err(f"not_aliases {a!r} is not a name")
        elif str(a).strip() in aliases or str(a).strip() in (name, name_zh):
            row.err(f"'{a}' is both a name of the row and in not_aliases")
        elif str(a).strip() not in not_aliases:
            not_aliases.append(str(a).strip())
    props = _scalar_props(row, d, ENTITY_PROPS.get(etype or "", ()))
    part_of = d.get("part_of")
    if part_of is not None:
        for p in part_of if isinstance(part_of, list) else [part_of]:
            if not isinstance(p, str) or not p.strip():
                row.err(f"part_of {p!r} is not an id or name")
            else:
                row.part_of.append(_Ref("part_of", p.strip(), row))
    _parse_owned_by(row)
    _warn_leftovers(row, _allowed_fields("entities", etype))
    rid = d.get("id")
    if not isinstance(rid, str) or not rid:
        return
    if not _ID.match(rid):
        row.err(f"id '{rid}' must look like 'prefix:slug' (e.g. org:sasac)")
        return
    if etype and name:
        prefix = rid.split(":", 1)[0]
        want = "person" if etype == "Person" else "event" if etype == "Event" else "org"
        if prefix != want:
            row.file.warnings.append(
                f"{row.file.name}: row {row.n} ({row.rid}): a {etype} id usually starts with '{want}:'"
            )
        try:
            Entity(id=rid, type=etype, name=name, name_zh=name_zh, aliases=aliases, properties=props)
        except ValidationError as e:
            row.err(_pyd_msg(e))
    # Kept even when the row is broken, so that references to it are reported as
    # "defined in a file with errors" rather than as dangling; broken files never load.
    row.entity = {"id": rid, "type": etype, "name": name or rid, "name_zh": name_zh, "aliases": aliases, "properties": props,
                  "not_aliases": not_aliases}


def _parse_owned_by(row: _Row) -> None:
    """``owned_by``: the row's owners, each an id or name, or {entity, share, date}; every one
    gives an OWNS relation from the owner to the row, sourced by the row."""
    v = row.data.get("owned_by")
    if v is None:
        return
    for item in v if isinstance(v, list) else [v]:
        props: dict[str, Any] = {}
        if isinstance(item, dict):
            for key in item:
                if key not in OWNED_BY_FIELDS:
                    row.err(f"owned_by has no field '{key}'{_hint(str(key), OWNED_BY_FIELDS)} (use entity, share, date)")
            owner = item.get("entity")
            share = item.get("share")
            if share is not None:
                if isinstance(share, bool) or not isinstance(share, (int, float)) or not 0 < share <= 100:
                    row.err(f"owned_by share must be a percentage above 0 and at most 100, not {share!r}")
                else:
                    props["share"] = share
            if item.get("date") not in (None, ""):
                d = _date(item["date"])
                if d is None:
                    row.err(f"malformed date in owned_by.date: '{item['date']}' (use YYYY, YYYY-MM or YYYY-MM-DD)")
                else:
                    props["date"] = d
        else:
            owner = item
        if not isinstance(owner, str) or not owner.strip():
            row.err(f"owned_by {item!r} is not an id or name (or {{entity, share, date}})")
            continue
        row.owned_by.append((_Ref("owned_by", owner.strip(), row), props))


def _parse_position_row(row: _Row) -> None:
    d = row.data
    pid = _require_str(row, "person")
    pname = _require_str(row, "person_name")
    pname_zh = _opt_str(row, "person_name_zh")
    if pid is not None and not (pid.startswith("person:") and _ID.match(pid)):
        row.err(f"person '{pid}' must be an id like person:<pinyin-slug>")
        pid = None
    org = _require_str(row, "org")
    if org:
        row.org = _Ref("org", org, row)
    title = _opt_str(row, "title")
    title_zh = _opt_str(row, "title_zh")
    if title is None and title_zh is None:
        row.err("missing required field 'title' (or 'title_zh')" + _missing_hint(d, "title", "positions"))
    start = _opt_date(row, "start")
    end = _opt_date(row, "end")
    status = d.get("status")
    if status is not None and status not in POSITION_STATUS:
        row.err(f"unknown status '{status}' (use {', '.join(sorted(POSITION_STATUS))})")
        status = None
    if status is None and "status" not in d:
        status = "former" if end else "current"
    if status == "current" and end:
        row.err(f"status is 'current' but end '{end}' is given")
    if start and end and _date_after(start, end):
        row.err(f"start '{start}' is after end '{end}'")
    _warn_leftovers(row, POSITION_ROW_FIELDS)
    props = {"title": title, "title_zh": title_zh, "start": start, "end": end, "status": status}
    row.rel_props = {k: v for k, v in props.items() if v is not None}
    if pid and pname:
        row.person = {"id": pid, "name": pname, "name_zh": pname_zh}


def _parse_relation_row(row: _Row) -> None:
    d = row.data
    rtype = d.get("type")
    if rtype is None:
        row.err("missing required field 'type'" + _missing_hint(d, "type", "relations"))
    elif rtype not in REL_TYPES:
        row.err(f"unknown relation type '{rtype}'")
        rtype = None
    row.rel_type = rtype
    for key in ("source_entity", "target_entity"):
        v = _require_str(row, key)
        if v:
            row.ends.append(_Ref(key, v, row))
    ev = _opt_str(row, "evidence")
    row.evidence = ev
    props = _scalar_props(row, d, REL_PROPS.get(rtype or "", ()))
    if rtype:
        for key in ("date", "start", "end", "title", "title_zh", "share", "role", "status", "event"):
            if key in d and key not in REL_PROPS[rtype]:
                row.err(f"{rtype} has no property '{key}'")
    row.rel_props = props
    _warn_leftovers(row, tuple(sorted(set(_allowed_fields("relations", rtype)) | {"date", "start", "end", "title", "title_zh", "share", "role", "status", "event"})))
    if rtype and len(row.ends) == 2:
        try:
            Relation(type=rtype, source="x:a", target="x:b", properties=props, rule=RULE)
        except ValidationError as e:
            row.err(_pyd_msg(e))


def _parse_implied(f: _File, i: int, imp: Any) -> None:
    where = f"implies[{i}]"
    if not isinstance(imp, dict):
        f.err(f"{where}: expected {{type, source, target}}")
        return
    rtype = imp.get("type")
    if rtype not in REL_TYPES:
        f.err(f"{where}: unknown relation type '{rtype}'")
        return
    ends: list[_Ref | str] = []
    for key in ("source", "target"):
        v = imp.get(key)
        if not isinstance(v, str) or not v.strip():
            f.err(f"{where}: missing required field '{key}'")
            return
        ends.append(ROW_SELF if v.strip() == ROW_SELF else _Ref(f"{where}.{key}", v.strip(), None))
    if ROW_SELF not in ends:
        f.err(f"{where}: neither end is {ROW_SELF}")
        return
    props = {k: v for k, v in imp.items() if k not in ("type", "source", "target")}
    for k in list(props):
        if k not in REL_PROPS[rtype]:
            f.err(f"{where}: {rtype} has no property '{k}'")
            return
        if k in DATE_FIELDS:
            if _date(props[k]) is None:
                f.err(f"{where}: malformed date in {k}: '{props[k]}' (use YYYY, YYYY-MM or YYYY-MM-DD)")
                return
            props[k] = _date(props[k])
    f.implies.append(_Implied(rtype, ends[0], ends[1], props))


def _pyd_msg(e: ValidationError) -> str:
    first = e.errors()[0]
    msg = str(first.get("msg", e))
    return msg.removeprefix("Value error, ")


# --- cross-file: ids, people, references -------------------------------------------------------

@dataclass
class _Def:
    file: _File
    row: _Row | None
    entity: dict[str, Any]  # id, type, name, name_zh, aliases, properties
    person_files: list[_File] = field(default_factory=list)  # for people defined by positions rows


def _collect_definitions(files: list[_File]) -> dict[str, _Def]:
    defs: dict[str, _Def] = {}
    # entity rows first (in file order), then people named in positions rows
    for f in files:
        for row in f.rows:
            if row.entity is None:
                continue
            eid = row.entity["id"]
            if eid in defs:
                other = defs[eid]
                if other.file is f:
                    continue  # within one file: already reported as a duplicate row id
                row.err(f"duplicate id '{eid}' (also {other.file.name} row {other.row.n if other.row else '?'})")
                continue
            defs[eid] = _Def(f, row, row.entity)
    people: dict[str, _Def] = {}
    for f in files:
        for row in f.rows:
            if row.person is None:
                continue
            p = row.person
            if p["id"] in defs:
                d = defs[p["id"]]
                if d.entity["type"] is None:
                    continue
                if d.entity["type"] != "Person":
                    row.err(f"person '{p['id']}' is a {d.entity['type']} ({d.file.name} row {d.row.n if d.row else '?'})")
                elif p["name"] != d.entity["name"] or (p["name_zh"] and d.entity["name_zh"] and p["name_zh"] != d.entity["name_zh"]):
                    row.err(
                        f"{p['id']} is named '{_pname(p)}' here but '{_pname(d.entity)}' in {d.file.name} row {d.row.n if d.row else '?'}"
                    )
                continue
            if p["id"] not in people:
                people[p["id"]] = _Def(f, row, {"id": p["id"], "type": "Person", "name": p["name"],
                                                "name_zh": p["name_zh"], "aliases": [], "properties": {}})
            d = people[p["id"]]
            e = d.entity
            if p["name"] != e["name"] or (p["name_zh"] and e["name_zh"] and p["name_zh"] != e["name_zh"]):
                row.err(f"{p['id']} is named '{_pname(p)}' here but '{_pname(e)}' in {d.file.name} row {d.row.n}")
                continue
            if p["name_zh"] and not e["name_zh"]:
                e["name_zh"] = p["name_zh"]
            if f not in d.person_files:
                d.person_files.append(f)
    defs.update(people)
    return defs


def _pname(p: dict[str, Any]) -> str:
    return f"{p['name']} / {p['name_zh']}" if p.get("name_zh") else p["name"]


class _Index:
    """Resolves an id or an exact name / name_zh / alias to an entity id."""

    def __init__(self, defs: dict[str, _Def]) -> None:
        self.ids = set(defs)
        self.exact: dict[str, set[str]] = {}
        self.norm: dict[str, set[str]] = {}
        for eid, d in defs.items():
            e = d.entity
            for n in [e["name"], e["name_zh"], *e["aliases"]]:
                if n:
                    self.exact.setdefault(n, set()).add(eid)
                    k = normalize_name(n)
                    if k:
                        self.norm.setdefault(k, set()).add(eid)

    def resolve(self, value: str) -> tuple[str | None, str | None]:
        """(id, None) or (None, reason)."""
        if value in self.ids:
            return value, None
        for table, key in ((self.exact, value), (self.norm, normalize_name(value))):
            hits = table.get(key)
            if hits:
                if len(hits) == 1:
                    return next(iter(hits)), None
                return None, f"ambiguous reference '{value}' in {{field}}: {', '.join(sorted(hits))}"
        return None, f"dangling reference '{value}' in {{field}}"


def _resolve_all(files: list[_File], defs: dict[str, _Def]) -> None:
    index = _Index(defs)
    for f in files:
        for ref in f.refs():
            rid, why = index.resolve(ref.value)
            if rid is None:
                msg = why.format(field=ref.field)
                (ref.row.err(msg) if ref.row else f.err(msg))
                continue
            ref.resolved = rid
        for row in f.rows:
            if row.org and row.org.resolved and defs[row.org.resolved].entity["type"] not in ORGANIZATION_TYPES | {None}:
                row.err(f"org '{row.org.value}' is a {defs[row.org.resolved].entity['type']}, not an organization")
            for ref in row.part_of:
                if ref.resolved and defs[ref.resolved].entity["type"] not in ORGANIZATION_TYPES | {None}:
                    row.err(f"part_of '{ref.value}' is a {defs[ref.resolved].entity['type']}, not an organization")
                if ref.resolved and row.entity and ref.resolved == row.entity["id"]:
                    row.err("part_of points to the row itself")
            for ref, _ in row.owned_by:
                if ref.resolved and defs[ref.resolved].entity["type"] not in ORGANIZATION_TYPES | {None}:
                    row.err(f"owned_by '{ref.value}' is a {defs[ref.resolved].entity['type']}, not an organization")
                if ref.resolved and row.entity and ref.resolved == row.entity["id"]:
                    row.err("owned_by points to the row itself")


def _available(eid: str, defs: dict[str, _Def], failed: set[str]) -> str | None:
    """None if the entity reaches the graph, else the name of the file that failed it."""
    d = defs[eid]
    if d.row is not None and d.row.entity is not None:  # defined by an entity row
        return None if d.file.name not in failed else d.file.name
    ok = [pf for pf in d.person_files if pf.name not in failed]
    return None if ok else d.file.name


def _cascade(files: list[_File], defs: dict[str, _Def]) -> set[str]:
    failed = {f.name for f in files if f.all_errors()}
    changed = True
    while changed:
        changed = False
        for f in files:
            if f.name in failed:
                continue
            for ref in f.refs():
                if ref.resolved is None:
                    continue
                bad = _available(ref.resolved, defs, failed)
                if bad is not None and bad != f.name:
                    msg = f"reference '{ref.value}' in {ref.field} is {ref.resolved}, defined in {bad} which has errors"
                    (ref.row.err(msg) if ref.row else f.err(msg))
            if f.all_errors():
                failed.add(f.name)
                changed = True
    return failed


# --- aliases and entities ------------------------------------------------------------------------

def _derived_for(d: "_Def", warnings: list[str]) -> list[tuple[str, int]]:
    """The aliases the loader derives for an entity, without those its row rules out
    (``not_aliases``, with their traditional-character forms): a shortening that names
    something else ("China Railway" from "China Railway Group Limited")."""
    e = d.entity
    tiers = derived_alias_tiers(e["type"], e["name"], e["name_zh"], e["aliases"])
    banned = e.get("not_aliases") or []
    if not banned:
        return tiers
    keys = {normalize_name(b) for b in banned} | {normalize_name(to_traditional(b)) for b in banned}
    derived_keys = {normalize_name(n) for n, _ in tiers}
    for b in banned:
        if normalize_name(b) not in derived_keys and d.row is not None:
            warnings.append(f"{d.file.name}: row {d.row.n} ({d.row.rid}): not_aliases '{b}' is not a name the loader derives for this row")
    return [(n, t) for n, t in tiers if normalize_name(n) not in keys]


def _build_entities(defs: dict[str, _Def], failed: set[str], warnings: list[str]) -> dict[str, Entity]:
    live = {eid: d for eid, d in sorted(defs.items()) if _available(eid, defs, failed) is None}
    curated_owner: dict[str, set[str]] = {}
    for eid, d in live.items():
        e = d.entity
        for n in [e["name"], e["name_zh"], *e["aliases"]]:
            if n and normalize_name(n):
                curated_owner.setdefault(normalize_name(n), set()).add(eid)
    # curated names are tier 0; derived ones STRONG (1) or WEAK (2): the lowest tier wins
    derived = {eid: _derived_for(d, warnings) for eid, d in live.items()}
    claims: dict[str, dict[str, int]] = {}  # key -> {entity id: best tier}
    for eid, tiers in derived.items():
        for n, tier in tiers:
            k = normalize_name(n)
            if k:
                held = claims.setdefault(k, {})
                held[eid] = min(held.get(eid, tier), tier)
    for k, owners in curated_owner.items():
        for eid in owners:
            claims.setdefault(k, {})[eid] = 0
    for key, owners in sorted(curated_owner.items()):
        if len(owners) > 1:
            warnings.append(f"registries: the name '{key}' (normalised) belongs to several entities: {', '.join(sorted(owners))}")
    out: dict[str, Entity] = {}
    for eid, d in live.items():
        e = d.entity
        aliases = list(e["aliases"])
        for n, tier in derived[eid]:
            k = normalize_name(n)
            if not k:
                continue
            rivals = [t for other, t in claims[k].items() if other != eid]
            if rivals and min(rivals) <= tier:
                continue  # another entity is called that at least as surely: keep the gazetteer unambiguous
            if n not in aliases:
                aliases.append(n)
        aliases = [a for a in aliases if a not in (e["name"], e["name_zh"])]
        out[eid] = Entity(id=eid, type=e["type"], name=e["name"], name_zh=e["name_zh"],
                          aliases=aliases, properties=dict(sorted(e["properties"].items())))
    return out


# --- batches --------------------------------------------------------------------------------------

def _document(row: _Row, label: str) -> Document:
    f = row.file
    return Document(
        id=f"registry:{f.stem}#{row.rid}",
        kind="registry",
        url=row.sources[0] if row.sources else None,
        title=f"{f.title} — {label}",
        date=row.as_of,
        path=f.name,
    )


def _batch(row: _Row, entities: dict[str, Entity], entity_row_ids: set[str], warnings: list[str]) -> SourcedBatch:
    own: list[Entity] = []
    rels: list[Relation] = []

    def rel(rtype: str, src: str, tgt: str, props: dict[str, Any] | None = None, evidence: str | None = None) -> None:
        if src == tgt:
            warnings.append(f"{row.file.name}: row {row.n} ({row.rid}): {rtype} from the row to itself skipped")
            return
        r = Relation(type=rtype, source=src, target=tgt, properties=dict(props or {}), rule=RULE, confidence=1.0,
                     evidence=Span(text=evidence, start=0, end=0) if evidence else None)
        if r not in rels:
            rels.append(r)

    kind = row.file.kind
    if kind == "entities":
        assert row.entity is not None
        me = row.entity["id"]
        own.append(entities[me])
        label = row.entity["name"]
        for imp in row.file.implies:
            src = me if imp.source == ROW_SELF else imp.source.resolved  # type: ignore[union-attr]
            tgt = me if imp.target == ROW_SELF else imp.target.resolved  # type: ignore[union-attr]
            rel(imp.type, src, tgt, imp.props)
        for ref in row.part_of:
            rel("PART_OF", me, ref.resolved)  # type: ignore[arg-type]
        for ref, props in row.owned_by:
            rel("OWNS", ref.resolved, me, props)  # type: ignore[arg-type]
    elif kind == "positions":
        assert row.person is not None and row.org is not None
        pid = row.person["id"]
        org = row.org.resolved
        assert org is not None
        if pid not in entity_row_ids:  # the person is defined by positions rows: each one sources it
            own.append(entities[pid])
        label = f"{row.person['name']}, {row.rel_props.get('title') or row.rel_props.get('title_zh')}, {entities[org].name}"
        rel("HOLDS_POSITION", pid, org, row.rel_props)
    else:
        src, tgt = (r.resolved for r in row.ends)
        assert src and tgt and row.rel_type
        label = f"{entities[src].name} {row.rel_type} {entities[tgt].name}"
        rel(row.rel_type, src, tgt, row.rel_props, row.evidence)
    own_ids = {e.id for e in own}
    refs = sorted({end for r in rels for end in (r.source, r.target)} - own_ids)
    return SourcedBatch(source=_document(row, label), entities=own, relations=rels, external_refs=refs)


# --- public API -------------------------------------------------------------------------------------

def load_registries(paths: list[Path] | None = None) -> RegistryLoad:
    """Read, validate and convert registry files (default: every shipped file in REGISTRY_DIR).

    ``paths`` may name files or folders. Data errors are returned in ``errors`` (a file with
    errors contributes nothing), unknown fields in ``warnings``; nothing is raised for them.
    """
    files = [_parse_file(p) for p in registry_files(paths)]
    defs = _collect_definitions(files)
    entity_row_ids = {eid for eid, d in defs.items() if d.row is not None and d.row.entity is not None}
    _resolve_all(files, defs)
    failed = _cascade(files, defs)

    warnings: list[str] = []
    for f in files:
        warnings.extend(f.warnings)
    entities = _build_entities(defs, failed, warnings)

    batches: list[SourcedBatch] = []
    for f in files:
        if f.name in failed:
            continue
        for row in f.rows:
            batches.append(_batch(row, entities, entity_row_ids, warnings))

    errors = [e for f in files for e in f.all_errors()]
    return RegistryLoad(
        batches=batches,
        entities=entities,
        errors=errors,
        warnings=warnings,
        counts={f.name: f.n_rows for f in files},
        files=[f.name for f in files],
        failed_files=[f.name for f in files if f.name in failed],
    )


def registry_entity_by_name(load: RegistryLoad) -> dict[str, str]:
    """normalize_name(name, name_zh or alias) -> entity id, for every registry entity.

    A name that several entities share (two people called 王伟) maps to none of them.
    """
    owners: dict[str, set[str]] = {}
    for eid, e in load.entities.items():
        for n in [e.name, e.name_zh, *e.aliases]:
            if n:
                k = normalize_name(n)
                if k:
                    owners.setdefault(k, set()).add(eid)
    return {k: next(iter(v)) for k, v in sorted(owners.items()) if len(v) == 1}
