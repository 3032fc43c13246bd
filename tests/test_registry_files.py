"""The registry loader on the shipped registries and on small fixtures (no mocks).

The shipped files are tested as they are: if a data file is broken, these tests fail.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from soegraph.loaders.aliases import (
    chinese_short_forms,
    derived_aliases,
    english_short_forms,
    org_pinyin,
    person_pinyin,
)
from soegraph.loaders.registry import (
    REGISTRY_DIR,
    RegistryLoad,
    load_registries,
    normalize_name,
    registry_entity_by_name,
)
from soegraph.models import SourcedBatch

FIXTURES = Path(__file__).parent / "fixtures" / "registries"
OK = FIXTURES / "ok"
BAD = FIXTURES / "bad"
SHIPPED_NAMES = (
    "bodies.yaml",
    "body_reforms.yaml",
    "central_soes.yaml",
    "former_bodies.yaml",
    "former_soes.yaml",
    "listed_subsidiaries.yaml",
    "restructurings.yaml",
    "sasac_leadership.yaml",
    "soe_leaders.yaml",
)
SHIPPED = sorted(REGISTRY_DIR.glob("*.yaml"))


# --- the shipped registries ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def shipped() -> RegistryLoad:
    return load_registries()


def test_shipped_files_exist():
    names = {p.name for p in SHIPPED}
    missing = [n for n in SHIPPED_NAMES if n not in names]
    assert not missing, f"registry files missing from {REGISTRY_DIR}: {missing}"


def test_shipped_registries_have_no_errors(shipped):
    assert shipped.errors == [], "\n".join(shipped.errors)
    assert shipped.failed_files == []


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_each_shipped_file_validates_on_its_own_terms(path, shipped):
    """Errors of one file, named by file, so a failure points at the file to fix."""
    mine = [e for e in shipped.errors if e.startswith(f"{path.name}:")]
    assert mine == [], "\n".join(mine)


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_shipped_counts_match_headers(path, shipped):
    header = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert shipped.counts[path.name] == header["source"]["expected_rows"]
    assert shipped.counts[path.name] == len(header["rows"])
    assert len([b for b in shipped.batches if b.source.path == path.name]) == len(header["rows"])


def test_every_central_soe_has_name_zh_and_a_source(shipped):
    soes = [e for e in shipped.entities.values() if e.type == "CentralSOE"]
    assert soes, "no CentralSOE in the shipped registries"
    for e in soes:
        assert e.name_zh, e.id
    sourced = {e.id for b in shipped.batches for e in b.entities if b.source.url}
    assert {e.id for e in soes} <= sourced


def test_every_relation_and_entity_has_a_source(shipped):
    for b in shipped.batches:
        assert b.source.kind == "registry"
        assert b.source.id.startswith("registry:")
        assert b.source.url and b.source.url.startswith(("http://", "https://")), b.source.id
        assert b.source.date, b.source.id
    assert all(b.relations or b.entities for b in shipped.batches)
    # every registry entity is stated by at least one row
    stated = {e.id for b in shipped.batches for e in b.entities}
    assert set(shipped.entities) == stated


def test_shipped_references_resolve_within_the_registries(shipped):
    for b in shipped.batches:
        for ref in b.external_refs:
            assert ref in shipped.entities, (b.source.id, ref)


def test_shipped_load_is_deterministic(shipped):
    assert load_registries().model_dump_json() == shipped.model_dump_json()


def test_shipped_yaml_ships_as_package_data():
    from importlib.resources import files

    pkg = files("soegraph.loaders") / "registries"
    assert sorted(p.name for p in pkg.iterdir() if p.name.endswith(".yaml")) == [p.name for p in SHIPPED]


# --- a valid fixture set --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def ok() -> RegistryLoad:
    return load_registries([OK])


def test_fixture_loads_clean(ok):
    assert ok.errors == []
    assert ok.warnings == []
    assert ok.counts == {
        "bodies.yaml": 2,
        "central_soes.yaml": 3,
        "former_soes.yaml": 1,
        "restructurings.yaml": 1,
        "sasac_leadership.yaml": 2,
    }
    assert len(ok.batches) == 9
    assert all(isinstance(b, SourcedBatch) for b in ok.batches)


def test_entity_row_batch(ok):
    b = next(b for b in ok.batches if b.source.id == "registry:central_soes#org:china-mobile")
    assert b.source.kind == "registry"
    assert b.source.url == "http://www.sasac.gov.cn/n2588045/n27271785/n27271792/index.html"  # the first source
    assert b.source.date == "2025-07-29"  # header as_of
    assert b.source.path == "central_soes.yaml"
    assert b.source.title == "央企名录 (list of central enterprises) — China Mobile Communications Group Co., Ltd."
    [e] = b.entities
    assert (e.id, e.type, e.name_zh) == ("org:china-mobile", "CentralSOE", "中国移动通信集团有限公司")
    assert e.properties == {"founded": "2000-04", "sector": "telecommunications"}
    [r] = b.relations
    assert (r.type, r.source, r.target, r.rule, r.confidence) == ("SUPERVISES", "org:sasac", "org:china-mobile", "registry", 1.0)
    assert r.evidence is None
    assert b.external_refs == ["org:sasac"]  # SASAC resolved from its alias in `implies`


def test_row_as_of_overrides_header(ok):
    b = next(b for b in ok.batches if b.source.id == "registry:central_soes#org:china-energy")
    assert b.source.date == "2025-07-30"


def test_part_of_resolves_by_chinese_alias(ok):
    b = next(b for b in ok.batches if b.source.id == "registry:bodies#org:sasac")
    assert [(r.type, r.source, r.target) for r in b.relations] == [("PART_OF", "org:sasac", "org:state-council")]
    assert b.entities[0].properties == {"admin_rank": "ministerial", "founded": "2003-03"}


def test_positions_make_one_person(ok):
    rows = [b for b in ok.batches if b.source.path == "sasac_leadership.yaml"]
    assert [b.source.id for b in rows] == [
        "registry:sasac_leadership#zhang-yuzhuo-sasac-secretary",
        "registry:sasac_leadership#zhang-yuzhuo-sasac-director",
    ]
    people = [e for e in ok.entities.values() if e.type == "Person"]
    assert [p.id for p in people] == ["person:zhang-yuzhuo"]
    assert people[0].name == "Zhang Yuzhuo" and people[0].name_zh == "张玉卓"
    for b in rows:
        assert [e.id for e in b.entities] == ["person:zhang-yuzhuo"]
        [r] = b.relations
        assert (r.type, r.source, r.target) == ("HOLDS_POSITION", "person:zhang-yuzhuo", "org:sasac")
        assert b.external_refs == ["org:sasac"]
    assert rows[0].relations[0].properties == {"title": "Party Secretary", "title_zh": "党委书记", "status": "current"}
    assert rows[1].relations[0].properties == {"title": "Director", "title_zh": "主任", "status": "current"}


def test_restructuring_relation(ok):
    b = next(b for b in ok.batches if b.source.path == "restructurings.yaml")
    assert b.entities == []
    [r] = b.relations
    assert (r.type, r.source, r.target, r.properties) == ("MERGED_INTO", "org:shenhua", "org:china-energy", {"date": "2017"})
    assert r.evidence is not None and r.evidence.text.startswith("test fixture")
    assert b.external_refs == ["org:china-energy", "org:shenhua"]


def test_aliases_traditional_pinyin_short_forms(ok):
    sasac = ok.entities["org:sasac"]
    assert sasac.aliases[:2] == ["SASAC", "国资委"]  # curated first, as written
    assert "國資委" in sasac.aliases
    assert "國務院國有資產監督管理委員會" in sasac.aliases
    assert "Guoziwei" in sasac.aliases
    zhang = ok.entities["person:zhang-yuzhuo"]
    assert "張玉卓" in zhang.aliases
    assert "zhangyuzhuo" in zhang.aliases
    assert "Zhang Yuzhuo" not in zhang.aliases  # it is the name
    mobile = ok.entities["org:china-mobile"]
    for a in ("China Mobile Communications Group", "China Mobile Communications", "中國移動", "中国移动通信集团"):
        assert a in mobile.aliases
    for e in ok.entities.values():
        assert e.name not in e.aliases and (e.name_zh is None or e.name_zh not in e.aliases)
        assert len(e.aliases) == len(set(e.aliases))
    # no acronym is made up: only the curated SASAC
    assert not any(a.isupper() and a.isascii() for e in ok.entities.values() for a in e.aliases if a != "SASAC")


def test_derived_aliases_units():
    assert person_pinyin("张玉卓") == ["Zhang Yuzhuo", "zhangyuzhuo"]
    assert "Zhang Yuzhuo" in derived_aliases("Person", "ZHANG Yuzhuo", "张玉卓", [])
    assert person_pinyin("张玉卓", "Yuzhuo Zhang") == ["Zhang Yuzhuo", "zhangyuzhuo"]  # family name first
    assert person_pinyin("单霁翔", "Shan Jixiang") == ["Shan Jixiang", "shanjixiang"]  # reading that spells the name
    assert person_pinyin("欧阳明高", "Ouyang Minggao") == ["Ouyang Minggao", "ouyangminggao"]
    assert person_pinyin("董建华", "Tung Chee-hwa") == []  # no pinyin the person does not use
    assert org_pinyin("国资委") == "Guoziwei"
    assert org_pinyin("中国移动通信集团有限公司") is None
    assert english_short_forms("China Mobile Communications Group Co., Ltd.") == [
        "China Mobile Communications Group",
        "China Mobile Communications",
    ]
    assert english_short_forms("China Merchants Group") == []
    assert english_short_forms("China National Petroleum Corporation") == ["China National Petroleum"]
    assert english_short_forms("China Tower Company Limited") == ["China Tower"]
    assert chinese_short_forms("华润（集团）有限公司") == ["华润（集团）", "华润"]


def test_registry_entity_by_name(ok):
    by_name = registry_entity_by_name(ok)
    assert by_name[normalize_name("国资委")] == "org:sasac"
    assert by_name[normalize_name("國資委")] == "org:sasac"
    assert by_name[normalize_name("sasac")] == "org:sasac"
    assert by_name[normalize_name("China  Mobile")] == "org:china-mobile"
    assert by_name[normalize_name("Zhang Yuzhuo")] == "person:zhang-yuzhuo"
    assert by_name[normalize_name("China Mobile Communications Group Co., Ltd.")] == "org:china-mobile"
    assert list(by_name) == sorted(by_name)


def test_normalize_name():
    assert normalize_name("China Mobile Communications Group Co., Ltd.") == "chinamobilecommunicationsgroupcoltd"
    assert normalize_name("ＳＡＳＡＣ") == normalize_name("sasac")
    assert normalize_name("国务院 国资委") == normalize_name("国务院·国资委")


def test_loading_twice_is_byte_identical(ok):
    again = load_registries([OK])
    assert again.model_dump_json() == ok.model_dump_json()
    # the order paths are given in does not matter
    shuffled = load_registries(sorted(OK.glob("*.yaml"), reverse=True))
    assert shuffled.model_dump_json() == ok.model_dump_json()


# --- one planted error per kind ----------------------------------------------------------------------

PLANTED = {
    "unknown_type.yaml": ["unknown_type.yaml: row 1 (org:china-mobile): unknown type 'CentralSoe'"],
    "duplicate_id.yaml": ["duplicate_id.yaml: row 2 (org:china-mobile): duplicate row id 'org:china-mobile' (also row 1)"],
    "duplicate_id_across_files.yaml": [
        "duplicate_id_across_files.yaml: row 1 (org:sasac): duplicate id 'org:sasac' (also bodies.yaml row 2)"
    ],
    "dangling_reference.yaml": [
        "dangling_reference.yaml: row 1 (zhang-yuzhuo-nowhere): dangling reference 'Ministry of Nowhere' in org"
    ],
    "malformed_date.yaml": [
        "malformed_date.yaml: row 1 (org:china-mobile): malformed date in founded: '20/04/2000' (use YYYY, YYYY-MM or YYYY-MM-DD)"
    ],
    "row_count.yaml": ["row_count.yaml: expected_rows is 2 but the file has 1 row"],
    "missing_source.yaml": ["missing_source.yaml: row 1 (org:china-mobile): no source URL"],
    "misspelt_field.yaml": [
        "misspelt_field.yaml: row 1 (org:china-mobile): missing required field 'name' (is 'nmae' a misspelling?)"
    ],
    "unknown_relation_type.yaml": [
        "unknown_relation_type.yaml: row 1 (sasac-state-council): unknown relation type 'REPORTS_TO'"
    ],
    "bad_yaml.yaml": ["bad_yaml.yaml: YAML error at line 11: expected ',' or ']', but got '<stream end>'"],
}


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_planted_error(name):
    load = load_registries([OK / "bodies.yaml", BAD / name])
    assert load.errors == PLANTED[name]
    assert load.failed_files == [name]
    # the broken file contributes nothing; the good one still loads
    assert {b.source.path for b in load.batches} == {"bodies.yaml"}
    assert set(load.entities) == {"org:sasac", "org:state-council"}


def test_planted_errors_cover_every_bad_fixture():
    assert {p.name for p in BAD.glob("*.yaml")} == set(PLANTED) | {"cascade.yaml", "unknown_field.yaml"}


def test_misspelt_field_also_warns():
    load = load_registries([OK / "bodies.yaml", BAD / "misspelt_field.yaml"])
    assert load.warnings == [
        "misspelt_field.yaml: row 1 (org:china-mobile): unknown field 'nmae' ignored (did you mean 'name'?)"
    ]


def test_unknown_optional_field_is_a_warning_not_an_error():
    load = load_registries([OK / "bodies.yaml", BAD / "unknown_field.yaml"])
    assert load.errors == []
    assert load.warnings == [
        "unknown_field.yaml: row 1 (org:china-mobile): unknown field 'sectr' ignored (did you mean 'sector'?)"
    ]
    mobile = load.entities["org:china-mobile"]
    assert mobile.properties == {}
    assert len(load.batches) == 3


def test_reference_into_a_broken_file_is_an_error():
    load = load_registries([OK / "bodies.yaml", BAD / "cascade.yaml", BAD / "unknown_type.yaml"])
    assert load.errors == [
        "cascade.yaml: row 1 (china-mobile-sasac): reference 'org:china-mobile' in source_entity is "
        "org:china-mobile, defined in unknown_type.yaml which has errors",
        "unknown_type.yaml: row 1 (org:china-mobile): unknown type 'CentralSoe'",
    ]
    assert load.failed_files == ["cascade.yaml", "unknown_type.yaml"]
    assert {b.source.path for b in load.batches} == {"bodies.yaml"}


def test_errors_are_returned_not_raised(tmp_path):
    (tmp_path / "empty.yaml").write_text("", encoding="utf-8")
    load = load_registries([tmp_path / "empty.yaml"])
    assert load.errors == ["empty.yaml: not a registry (expected a mapping with source, kind and rows)"]
    assert load.batches == [] and load.entities == {}


def test_alias_collisions_keep_the_gazetteer_unambiguous(tmp_path):
    """A derived alias another entity states (or spells more surely) is dropped; namesakes share nothing."""
    (tmp_path / "example.yaml").write_text(
        """
source: {title: collision test, as_of: "2025", expected_rows: 2}
kind: entities
default_type: Company
rows:
  - id: org:example-holdings
    name: Example Holdings Co., Ltd.
    name_zh: 示例控股有限公司
    aliases: [示例]
    source: https://example.org/a
  - id: org:example-group
    name: Example Group Co., Ltd.
    name_zh: 示例集团有限公司
    source: https://example.org/b
""",
        encoding="utf-8",
    )
    (tmp_path / "people.yaml").write_text(
        """
source: {title: namesakes, as_of: "2025", expected_rows: 2}
kind: positions
rows:
  - {id: a, person: "person:wang-wei-a", person_name: Wang Wei, person_name_zh: 王伟, org: org:example-holdings,
     title: Director, source: "https://example.org/a"}
  - {id: b, person: "person:wang-wei-b", person_name: Wang Wei, person_name_zh: 王伟, org: org:example-group,
     title: Director, source: "https://example.org/b"}
""",
        encoding="utf-8",
    )
    load = load_registries([tmp_path])
    assert load.errors == []
    holdings, group = load.entities["org:example-holdings"], load.entities["org:example-group"]
    assert "示例" in holdings.aliases and "示例" not in group.aliases  # curated beats derived
    assert "示例集团" in group.aliases  # not contested
    for p in ("person:wang-wei-a", "person:wang-wei-b"):
        assert "wangwei" not in load.entities[p].aliases  # namesakes: the pinyin is nobody's alone
    by_name = registry_entity_by_name(load)
    assert normalize_name("Wang Wei") not in by_name
    assert by_name[normalize_name("示例")] == "org:example-holdings"
    assert load.warnings == [
        "registries: the name 'wangwei' (normalised) belongs to several entities: person:wang-wei-a, person:wang-wei-b",
        "registries: the name '王伟' (normalised) belongs to several entities: person:wang-wei-a, person:wang-wei-b",
    ]


def test_an_unquoted_legal_name_split_at_its_comma_is_an_error(tmp_path):
    bad = tmp_path / "split.yaml"
    bad.write_text(
        "source: {publisher: t, title: t, urls: ['https://example.org/x'], as_of: 2025-01-01, expected_rows: 1}\n"
        "kind: entities\ndefault_type: Company\nrows:\n"
        "  - {id: 'org:x', name: X Ltd, name_zh: 某公司, aliases: [X Co., Ltd.], source: 'https://example.org/x'}\n",
        encoding="utf-8")
    load = load_registries([bad])
    assert load.errors == ["split.yaml: row 1 (org:x): alias 'Ltd.' is only a legal form: a name with a comma was split; quote it"]


def test_owned_by_gives_owns_from_the_owner_to_the_row(tmp_path):
    """``owned_by`` (an id or name, or {entity, share, date}) is an OWNS fact the row sources."""
    (tmp_path / "listed.yaml").write_text(
        """
source: {title: listed test, as_of: "2025", expected_rows: 3}
kind: entities
default_type: Company
rows:
  - id: org:parent
    name: Parent Group Co., Ltd.
    name_zh: 母公司集团有限公司
    source: https://example.org/p
  - id: org:listed-a
    name: Listed A Co., Ltd.
    owned_by: org:parent
    source: https://example.org/a
  - id: org:listed-b
    name: Listed B Co., Ltd.
    owned_by: [{entity: "Parent Group Co., Ltd.", share: 53.5, date: "2024-12-31"}, org:listed-a]
    source: https://example.org/b
""",
        encoding="utf-8",
    )
    load = load_registries([tmp_path])
    assert load.errors == [] and load.warnings == []
    by_row = {b.source.id: b for b in load.batches}
    a = by_row["registry:listed#org:listed-a"]
    assert [(r.type, r.source, r.target, r.properties) for r in a.relations] == [("OWNS", "org:parent", "org:listed-a", {})]
    assert a.external_refs == ["org:parent"]
    b = by_row["registry:listed#org:listed-b"]
    assert [(r.type, r.source, r.target, r.properties) for r in b.relations] == [
        ("OWNS", "org:parent", "org:listed-b", {"share": 53.5, "date": "2024-12-31"}),
        ("OWNS", "org:listed-a", "org:listed-b", {}),
    ]


@pytest.mark.parametrize(
    "owned_by, error",
    [
        ("org:nobody", "dangling reference 'org:nobody' in owned_by"),
        ("org:x", "owned_by points to the row itself"),
        ("{entity: org:p, share: 130}", "owned_by share must be a percentage above 0 and at most 100, not 130"),
        ("{entity: org:p, date: 2024-13}", "malformed date in owned_by.date: '2024-13' (use YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("{entity: org:p, shares: 5}", "owned_by has no field 'shares' (did you mean 'share'?) (use entity, share, date)"),
        ("person:p", "owned_by 'person:p' is a Person, not an organization"),
    ],
)
def test_owned_by_errors(tmp_path, owned_by, error):
    (tmp_path / "o.yaml").write_text(
        "source: {title: t, as_of: '2025', expected_rows: 3}\nkind: entities\ndefault_type: Company\nrows:\n"
        "  - {id: 'org:p', name: P Ltd, source: 'https://example.org/p'}\n"
        "  - {id: 'person:p', type: Person, name: Wang Wei, source: 'https://example.org/p'}\n"
        f"  - {{id: 'org:x', name: X Ltd, owned_by: {owned_by}, source: 'https://example.org/x'}}\n",
        encoding="utf-8")
    load = load_registries([tmp_path])
    assert load.errors == [f"o.yaml: row 3 (org:x): {error}"]


def test_not_aliases_keeps_a_derived_shortening_off_the_row(tmp_path):
    """``not_aliases``: forms the loader would derive from the row's names that name something
    else; they are not derived (nor their traditional forms), so a rival keeps them uncontested."""
    (tmp_path / "n.yaml").write_text(
        """
source: {title: t, as_of: "2025", expected_rows: 2}
kind: entities
default_type: Company
rows:
  - id: org:group
    name: Example Rail Group Corporation
    name_zh: 示例铁路集团有限公司
    source: https://example.org/g
  - id: org:listed
    name: Example Rail Corporation Limited
    name_zh: 示例铁路股份有限公司
    not_aliases: [Example Rail, 示例铁路, Example Nothing]
    source: https://example.org/l
""",
        encoding="utf-8",
    )
    load = load_registries([tmp_path])
    assert load.errors == []
    assert load.warnings == ["n.yaml: row 2 (org:listed): not_aliases 'Example Nothing' is not a name the loader derives for this row"]
    listed, group = load.entities["org:listed"], load.entities["org:group"]
    assert listed.aliases == ["示例鐵路股份有限公司"]  # its full names still match it
    for n in ("Example Rail", "示例铁路", "示例鐵路"):
        assert n not in listed.aliases
        assert n in group.aliases  # no longer contested: the group keeps its shortening


def test_not_aliases_may_not_repeat_a_stated_name(tmp_path):
    (tmp_path / "n.yaml").write_text(
        "source: {title: t, as_of: '2025', expected_rows: 1}\nkind: entities\ndefault_type: Company\nrows:\n"
        "  - {id: 'org:x', name: X Ltd, aliases: [XX], not_aliases: [XX], source: 'https://example.org/x'}\n",
        encoding="utf-8")
    assert load_registries([tmp_path]).errors == ["n.yaml: row 1 (org:x): 'XX' is both a name of the row and in not_aliases"]
