"""A small hand-made graph for the viewer's tests (app pages, browser, XSS).

Names follow the real registry ids for SASAC and a few central SOEs so searches read
naturally, but every row here is test data: sources are example.org pages. Two entries
are hostile on purpose: an entity named like an HTML injection and an evidence sentence
holding a <script> element.
"""

from __future__ import annotations

from soegraph.models import Document, Entity, Relation, SourcedBatch, Span

XSS_NAME = "<img src=x onerror=alert(1)>"
XSS_ID = "org:xss-test"
SCRIPT_SENTENCE = 'Zhang Yuzhuo <script>alert("evidence")</script> is Party Secretary of SASAC.'
DOC_TITLE = "Test report <b>on</b> SASAC leadership"
DOC_URL = "https://example.org/report-1"


def _registry(row: str) -> Document:
    return Document(id=f"registry:viewer_test#{row}", kind="registry", title=f"Viewer test registry — {row}",
                    url=f"https://example.org/registry/{row}", date="2024-01-01", path="viewer_test.yaml")


def batches() -> list[SourcedBatch]:
    sasac = Entity(id="org:sasac", type="GovernmentBody",
                   name="State-owned Assets Supervision and Administration Commission of the State Council",
                   name_zh="国务院国有资产监督管理委员会", aliases=["SASAC", "国资委", "國資委", "Guoziwei"],
                   properties={"founded": "2003-03-10"})
    council = Entity(id="org:state-council", type="GovernmentBody", name="State Council of the People's Republic of China",
                     name_zh="国务院", aliases=["State Council", "国务院"])
    mobile = Entity(id="org:china-mobile", type="CentralSOE", name="China Mobile Communications Group Co., Ltd.",
                    name_zh="中国移动通信集团有限公司", aliases=["China Mobile", "中国移动"],
                    properties={"sector": "telecommunications"})
    sinopec = Entity(id="org:sinopec", type="CentralSOE", name="China Petrochemical Corporation",
                     name_zh="中国石油化工集团有限公司", aliases=["Sinopec Group", "中国石化"],
                     properties={"sector": "oil and gas"})
    zhang = Entity(id="person:zhang-yuzhuo", type="Person", name="Zhang Yuzhuo", name_zh="张玉卓", aliases=["zhangyuzhuo"])
    xss = Entity(id=XSS_ID, type="Company", name=XSS_NAME, name_zh="<script>alert(2)</script>",
                 aliases=["javascript:alert(3)", "[link](javascript:alert(4))"], properties={"sector": "telecommunications"})
    out = [
        SourcedBatch(source=_registry("bodies"), entities=[sasac, council],
                     relations=[Relation(type="PART_OF", source="org:sasac", target="org:state-council")]),
        SourcedBatch(source=_registry("soes"), entities=[mobile, sinopec, xss], external_refs=["org:sasac"],
                     relations=[Relation(type="SUPERVISES", source="org:sasac", target=t)
                                for t in ("org:china-mobile", "org:sinopec", XSS_ID)]),
        SourcedBatch(source=_registry("leaders"), entities=[zhang], external_refs=["org:sinopec"],
                     relations=[Relation(type="HOLDS_POSITION", source="person:zhang-yuzhuo", target="org:sinopec",
                                         properties={"title": "Chairman", "title_zh": "董事长", "start": "2020-01",
                                                     "end": "2021-07", "status": "former"})]),
        SourcedBatch(source=Document(id="sha256:viewer-test-report", kind="document", title=DOC_TITLE, url=DOC_URL,
                                     date="2024-03-20", language="en", path="corpus/report-1.html"),
                     entities=[zhang, sasac],
                     relations=[Relation(type="HOLDS_POSITION", source="person:zhang-yuzhuo", target="org:sasac",
                                         properties={"title": "Party Secretary", "title_zh": "党委书记",
                                                     "start": "2022-12-27", "status": "current"},
                                         evidence=Span(text=SCRIPT_SENTENCE, start=0, end=len(SCRIPT_SENTENCE)),
                                         confidence=0.9)]),
    ]
    return out


def load(db) -> None:
    from soegraph.writer import GraphWriter

    writer = GraphWriter(db)
    writer.ensure_schema()
    stats = writer.write_many(batches())
    assert not stats.errors, stats.errors
