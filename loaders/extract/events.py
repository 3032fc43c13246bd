"""Events: meetings, training programs, ceremonies, with organizers and participants.

An event is created where a sentence states one ("«O» launched a training program",
"«P» met with «P»", "召开……大会", "会见"); later sentences that refer to it ("the opening
ceremony", "the meeting", "参加会见") add participants with their role.
"""

from __future__ import annotations

import re

from soegraph.loaders.extract.base import Mention
from soegraph.loaders.extract.lexicon import EN_TITLE_WORDS
from soegraph.loaders.extract.relations import _PH, _latin_low, _may, _nums, sentence_date
from soegraph.loaders.resolve import is_han_text, person_display, pinyin_name, strip_legal

_FLAGS = re.I
_LATIN3 = re.compile(r"[A-Za-z][A-Za-z]{2}")  # = [A-Za-z]{3}, with a class first (scanned in C)
_HAN1 = re.compile(r"[\u4e00-\u9fff]")
_EV_NOUN = (r"training\s+program(?:me)?|training\s+course|training\s+session|training\s+class|seminar|symposium|forum|"
            r"conference|summit|workshop|expo|exhibition|campaign|competition|meeting|ceremony|"
            r"gathering|reception|banquet|luncheon|roundtable|round-table|colloquium|briefing|"
            # "witnessed the signing of the agreement" (not "the signing ceremony": the ceremony is the event's name)
            r"signing(?=\s+of\b|\s*[,.;]|\s*$)|"
            # "launched a program to train …" is a training program
            r"program(?:me)?(?=\s+(?:to|that\s+will|which\s+will|aimed\s+at)\s+(?:train|cultivate|educate|foster|develop|training))")
# organizers listed before the first: "«O» and «O» jointly launched …"
_CO_ORGANIZERS = re.compile(r"(?:«O(\d+)»(?:\s*[（(]«O\d+»[)）])?(?:,\s*|,?\s+and\s+)(?:the\s+)?)+$")
_E_ORGANIZE = re.compile(
    rf"«O(?P<o>\d+)»(?:(?!«[OP]).){{0,60}}?\b(?:launched|held|hosted|organized|organised|convened|opened|kicked\s+off|sponsored|co-hosted)\s+"
    rf"(?:a|an|the|its)?\s*(?P<ev>(?:[\w-]+\s+){{0,5}}?(?:{_EV_NOUN}))(?P<for>\s+(?:for|on)\s+[\w-]+(?:\s+[\w-]+){{0,2}})?",
    _FLAGS,
)
_E_ORGANIZED_BY = re.compile(
    rf"\b(?P<ev>(?:[\w-]+\s+){{0,3}}?(?:{_EV_NOUN}))(?P<for>\s+(?:on|for)\s+[\w-]+(?:\s+[\w-]+){{0,3}}?)?"
    # an acronym the text then uses for the event: "the China Trade Forum (CTF) was hosted by …"
    rf"(?:\s*\((?P<ab>[A-Z][A-Za-z0-9]{{1,9}})\))?,?\s+"
    rf"(?:which\s+was\s+|that\s+was\s+|was\s+|were\s+)?(?:jointly\s+)?(?:hosted|organized|organised|sponsored|launched|convened|held|co-hosted)\s+"
    rf"(?:jointly\s+)?by\s+(?:the\s+)?«O(?P<o>\d+)»",
    _FLAGS,
)
# a named event of more than three words: "4th China Enterprise Forum", "2024 Global Energy Summit"
_PROPER_EVENT = re.compile(r"^(?:(?:\d+(?:st|nd|rd|th)|\d{4}|[A-Z][\w-]*)\s+){1,5}[A-Z]\w*$")
_NAME_HEAD = re.compile(r"(?:\b\d+(?:st|nd|rd|th)\s+)?«O\d+»\s+$")
_MORE_ORGS = re.compile(r"(?:\s*[（(]«O\d+»[)）])?(?:(?:,\s*|,?\s+and\s+|,?\s+as\s+well\s+as\s+)(?:the\s+)?«O\d+»(?:\s*[（(]«O\d+»[)）])?)+")
_E_PERSON_NEW = re.compile(
    rf"«P(?P<p>\d+)»(?:(?!«P).){{0,100}}?\b(?P<verb>presided\s+over|chaired|attended|addressed|spoke\s+at|opened|witnessed|(?:was|were)\s+(?:also\s+)?present\s+at"
    # ("was invited to attend the meeting", "were invited to take part in the forum": the guests were there)
    rf"|(?:was|were)\s+(?:also\s+|specially\s+)?invited\s+to\s+(?:attend|participate\s+in|take\s+part\s+in|join))\s+(?P<art>a|an|the)\s+"
    rf"(?P<ev>(?:[\w-]+\s+){{0,4}}?(?:{_EV_NOUN}))",
    _FLAGS,
)
# "«P» made the remarks during the restructuring ceremony": an event named by its kind and one to
# three words before it (a bare "the meeting" names none)
# the kinds of events: a later "the meeting" is the conference in view, not the signing ceremony
_EVENT_KINDS = (("ceremony", "signing", "unveil", "inaugura"), ("training", "course", "class", "program"),
                ("gathering", "reception", "banquet", "luncheon", "dinner"), ("seminar", "workshop", "colloquium", "roundtable", "round-table"),
                ("expo", "exhibition", "fair"), ("campaign", "competition"), ("congress", "plenary", "plenum"))


def _event_kind(name: str) -> int:
    """The kind of an event by the words of its name (0: a meeting, a conference, talks, anything else)."""
    low = name.lower()
    for i, words in enumerate(_EVENT_KINDS, 1):
        if any(w in low for w in words):
            return i
    return 0


_EV_OF_HOST = re.compile(r"\s+(?:of|with|hosted\s+by|organi[sz]ed\s+by|held\s+by)\s+(?:the\s+)?«O\d+»", _FLAGS)
_EV_ALSO = re.compile(rf"[^.;«]{{0,10}}(?:«O\d+»[^.;«]{{0,40}}?)*,?\s+(?:as\s+well\s+as|and)\s+(?:a|an|the)\s+"
                      rf"(?P<ev>(?:[\w-]+\s+){{0,3}}?(?:{_EV_NOUN}))\b", _FLAGS)
_E_PERSON_DURING = re.compile(
    rf"«P(?P<p>\d+)»(?:(?!«P).){{0,150}}?\b(?:said|spoke|made\s+(?:the|these|his|her)\s+remarks|"
    rf"(?:made|delivered|gave)\s+(?:a\s+|an\s+)?(?:keynote\s+|opening\s+|welcome\s+|welcoming\s+|important\s+|closing\s+)?(?:speech|address))\s+(?:during|at)\s+the\s+"
    rf"(?P<ev>(?:[a-z][\w-]*\s+){{1,3}}?(?:ceremony|meeting|forum|conference|summit|symposium|seminar))\b",
    _FLAGS,
)
_W_DURING = ("during the", "at the")
# "Present at the forum were «P» and «P»", "Also attending were …": who is named after the verb took part
_E_INVERTED_ATT = re.compile(r"^\s*(?:Also\s+)?(?:present|attending|in\s+attendance|participating|taking\s+part)\b[^«.;]{0,60}?\b(?:were|was|included|are)\s+",
                             _FLAGS)
_W_INVERTED_ATT = ("present", "attending", "attendance", "participating", "taking part")
_ROLE_OF_VERB = {"presided": "chaired", "chaired": "chaired", "attended": "attended", "addressed": "spoke", "spoke": "spoke",
                 "opened": "spoke", "was": "attended", "were": "attended", "witnessed": "attended"}
# "«P» and «P» signed the agreement on behalf of both sides": the signers take part in the signing in
# view (persons only: "«O» and «O» signed an agreement" is the cooperation, not who was there)
_E_SIGNED_IT = re.compile(
    r"\b(?:signed|inked|set\s+their\s+hands\s+to|put\s+their\s+signatures?\s+(?:to|on))\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:agreement|contract|memorandum|MoU|deal)", _FLAGS)
_E_ORGS_SIGNED = re.compile(
    r"(?P<list>(?:the\s+)?«O\d+»(?:\s*[（(]«O\d+»[)）])?(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?«O\d+»(?:\s*[（(]«O\d+»[)）])?)+)\s+(?:have\s+|has\s+|had\s+|jointly\s+|formally\s+|officially\s+)*"
    r"(?:signed|inked)\s+(?:a|an|the)\s+(?P<agr>(?:[\w-]+\s+){0,4}?(?:agreement|contract|memorandum|MoU))", _FLAGS)
_AT_OTHER_EVENT = re.compile(r"\b(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:symposium|meeting|forum|conference|summit|expo|fair|exhibition|seminar|talks|session)\b", _FLAGS)
_W_SIGNED_IT = ("signed", "inked", "hands", "signature")
# ("met with Sinopec Group Chairman Fu Chengyu", "met with visiting Chairman Fu": the title, and the
# organization before it, stand between the verb and the person)
_MEET_TITLE = r"(?:the\s+)?(?:visiting\s+)?(?:«O\d+»(?:[’']s)?\s+)?(?:(?:" + "|".join(sorted(EN_TITLE_WORDS, key=len, reverse=True)) + r")[\s-]+){0,4}"
_E_MEET = re.compile(r"\b(?:met\s+with|met|held\s+talks\s+with|had\s+talks\s+with|meets\s+with|meets|talks\s+with)\s+" + _MEET_TITLE + r"«P(?P<o>\d+)»", _FLAGS)
# "«P» held talks with a delegation from the company led by «O» President «P»", "«P» received a
# delegation headed by «P»": the one who leads the delegation is the other side of the meeting
_E_MEET_DELEGATION = re.compile(
    r"\b(?:met\s+with|met|held\s+talks\s+with|had\s+talks\s+with|talked\s+with|received|receives|meets\s+with|meets|welcomed)\s+"
    r"(?:a|the)\s+(?:(?:[\w-]+|«O\d+»)\s+){0,2}?delegation\b(?:(?!«P)[^.;]){0,80}?\b(?:led|headed)\s+by\s+(?:(?!«P)[^.;,]){0,60}?«P(?P<o>\d+)»", _FLAGS)
_E_REF = re.compile(rf"\b(?:the|this|that)\s+(?:[a-z][\w-]*\s+)?(?:ceremony|meeting|session|event|training|forum|conference|program(?:me)?|seminar|talks|symposium|summit|signing)\b", _FLAGS)
_E_CHAIRED = re.compile(r"\b(?:chaired|presided\s+over|moderated|hosted)\s+by\s+(?P<list>«P\d+»(?:(?:,\s*|,?\s+and\s+)«P\d+»)*)", _FLAGS)
_E_CHAIRS = re.compile(r"\b(?:chaired|presided\s+over|moderated)\b(?!\s+by)", _FLAGS)
# (a list of attendees may run over semicolons: "attended by «P», Governor of «O»; «P», …")
_E_ATT_BY = re.compile(r"\b(?:attended|witnessed)\s+by\s+(?P<rest>(?:[^.;]|;(?=\s*(?:and\s+)?«P))*)", _FLAGS)
# ("was invited to attend the meeting": a guest who came; the invitation alone, "was invited to the
# meeting", is no attendance)
_E_ATTENDS = re.compile(r"\b(?:attended|participated\s+in|took\s+part\s+in|joined|witnessed|were\s+present\s+at|was\s+present\s+at"
                        r"|invited\s+to\s+(?:attend|participate\s+in|take\s+part\s+in))\b(?!\s+by)", _FLAGS)
# right after an event is introduced: "«P» attended and delivered a speech", "«P» was also present"
_E_ATTENDED_BARE = re.compile(r"\b(?:attended|(?:was|were)\s+(?:also\s+)?present)(?=\s*(?:and\b|,|\.|;|$))", _FLAGS)
_W_ATTENDED_BARE = ("attended", "present")
_E_LECTURE = re.compile(r"\b(?:lecture[sd]?|gave\s+a\s+lecture|delivered\s+a\s+lecture|taught)\b", _FLAGS)
_E_SPOKE = re.compile(r"\b(?:shared\s+(?:their\s+|his\s+|her\s+)?insights|spoke|delivered\s+(?:a\s+)?(?:speech|keynote|remarks|report)|gave\s+(?:a\s+)?(?:speech|keynote|talk|report)|made\s+(?:a\s+)?speech|addressed"
                     # "made keynote speeches", "presents a keynote speech", "gave welcoming remarks"
                     r"|(?:made|delivered|gave|presented|presents|presenting)\s+(?:a\s+|an\s+)?(?:keynote|opening|welcome|welcoming|closing|important|video|special)\s+(?:speech(?:es)?|address(?:es)?|remarks)"
                     r"|(?:made|delivered|gave)\s+speeches)\b", _FLAGS)
_LIST_GOES_ON = re.compile(r"\s*(?:and\s+)?«P(\d+)»,")
# "«P» announced the decision / read out the notice / briefed … at the meeting": spoke there (the
# event said after the verb, so what is announced elsewhere is not)
_E_ANNOUNCED_AT = re.compile(r"\b(?:announced|announces|read\s+out|reads\s+out|conveyed|conveys|relayed|briefed|declared|unveiled)\b"
                             r"(?=[^.;«]{0,160}(?:«[OE]\d+»[^.;«]{0,80})*\b(?:at|during)\s+the\s+(?:[a-z][\w-]*\s+)?(?:meeting|ceremony|forum|conference|event|session|symposium|summit)\b)", _FLAGS)
_E_ANNOUNCED = re.compile(r"\b(?:announced|announces|read\s+out|reads\s+out|conveyed|conveys|relayed|briefed|declared|unveiled)\b", _FLAGS)
# "At the meeting, «P» read out the notice": the event opens the sentence
_E_AT_EVENT_FIRST = re.compile(r"\s*(?:At|During)\s+the\s+(?:[a-z][\w-]*\s+)?(?:meeting|ceremony|forum|conference|event|session|symposium|summit),?\s+(?=«P)", _FLAGS)
_W_ANNOUNCED_AT = ("announce", "read", "convey", "relayed", "briefed", "declared", "unveiled")
_E_PRESENTED = re.compile(r"\bpresented\b", _FLAGS)
_Z_MEET = re.compile(r"会见|会谈|座谈|接见")
_Z_JOIN = re.compile(r"(?:参加|出席|陪同|列席)(?:了)?(?:开班|开幕|闭幕|启动|签约|揭牌|结业)?(?:会见|会谈|会议|活动|仪式|座谈|大会|开幕式|开班式|结业式|闭幕式|签约仪式|签字仪式|揭牌仪式|培训|论坛|研讨会)")
# the event's name runs up to 40 characters ("举办了……问题工作培训"), never over punctuation
# "……副总经理乙参加。": the verb ends the sentence, its object is the event in view
_Z_HOSTED = re.compile(r"由(?P<list>«O\d+»(?:[、和与及]«O\d+»)*)(?:联合|共同)?(?:主办|承办|协办|举办)"
                       r"(?:[，,、](?P<list2>«O\d+»(?:[、和与及]«O\d+»)*)(?:承办|协办))?")
_Z_ATTENDED_BY = re.compile(r"(?:出席|参加|列席|陪同)(?:[^，。；«»]{0,10}?)的(?:还|另)?有[：:]?")
_Z_JOIN_END = re.compile(r"(?:参加|出席|陪同|列席)了?(?=[。；;！!]?\s*$)")
_JOIN_END_WORDS = ("参加", "出席", "陪同", "列席", "参加了", "出席了", "陪同了", "列席了")
# The nouns that end an event's name. Meetings of every kind end in 会 or 会议: 常委扩大会议 (not cut
# at 大会), 业绩说明会, 巡视工作动员会, 项目推介会, 新闻发布会, 工作座谈会, 年会; the words before 会
# are the kinds of meeting news names (a bare 会 after any word would take 常委会, 董事会: organs).
_ZH_MEETING_KIND = ("说明|动员|推进|推介|发布|交流|见面|座谈|恳谈|洽谈|报告|表彰|联席|研讨|启动|工作|部署|通报|总结|务虚|"
                    "协调|对接|招商|博览|展览|观摩|现场|视频|电视电话|经验交流|情况通报|年|例|茶话|团拜|誓师|签约|新闻发布")
_ZH_EV_NOUN = (rf"(?:会议|大会(?!议)|(?:{_ZH_MEETING_KIND})会(?![议谈见晤长员计所])|论坛|峰会|仪式|(?:专题)?培训班?)")
_Z_HOLD = re.compile(rf"(?:召开|举行|举办|主办|启动|开办)(?:了|的)?(?P<ev>[^，。；«,;：:]{{0,40}}?{_ZH_EV_NOUN})")
# a place before the verb of holding, not its organizer: 甲进驻乙(，并)召开…, 甲在乙召开…
_Z_PLACE_VERB_END = re.compile(r"(?:进驻|入驻|来到|走进|深入|前往|赴|到|在)了?$")
_PLACE_VERB_LAST = ("驻", "到", "进", "入", "往", "赴", "在", "了")
# the event named before its verb: "«O»成立大会18日上午在天津举行。" (the verb ends the clause)
_Z_HELD_VERB = re.compile(r"(?:举行|召开|开幕|举办|开班)(?=了?(?:[，。；,;！!]|$))")
_Z_EV_BEFORE = re.compile(
    rf"(?P<ev>[^，。；«»,;：:\s]{{0,20}}?(?:{_ZH_EV_NOUN}|开班式))"
    r"(?:\d{1,2}日|[上下]午|晚上?|今天|昨天|近日|日前)*(?:在[^，。；,;]{1,16}?|于[^，。；,;]{1,12}?)?(?:隆重|正式|顺利)?$")
# "分别就……做了重要讲话", "做了交流发言", "作主旨报告": the subjects before the verb spoke
# ("分别表态发言", "先后作交流发言", "相继致辞": several speakers in turn)
_Z_MADE_SPEECH = re.compile(r"(?:做|作)(?![为出])了?(?:重要|主旨|专题|交流|典型|大会|开班动员|动员|总结|开幕|闭幕|表态|任职表态)?(?:讲话|发言|致辞|报告)"
                            r"|(?:分别|先后|相继|依次)(?:作了?|做了?)?(?:重要|表态|任职表态|交流|主旨|典型|总结)?(?:讲话|发言|致辞)")
_AT_THE_MEETING = ("会上", "会议上", "大会上", "在会上", "会议期间", "会中")
# "«P»在会上传达……并讲话": at the event; a speaker where the sentence says so
_Z_AT_EVENT = re.compile(r"«P(?P<p>\d+)»(?:同志)?(?:在|出席)(?:会上|会议上|大会上|仪式上|活动上|开班式上|论坛上)")
_Z_SPOKE_WORD = re.compile(r"讲话|发言|致辞|作报告|做报告")
# "甲与乙分别代表双方签署协议": the signers take part in the signing
# ("……分别代表双方在协议上签字": the place of the signature may come between)
_Z_SIGN_FOR = re.compile(r"(?:分别)?代表(?:双方|各方|各自单位|双方单位|两家)?(?:在[^，。；«,;]{1,12}?上)?(?:签署|签订|签约|签字)")
# "甲与乙在京签署战略合作框架协议": the signing is an event (its signers, witnesses and host take part)
_Z_SIGNING = re.compile(r"(?:签署|签订)了?(?P<agr>[^，。；«»,;、]{0,20}?(?:协议|合同|备忘录|协定))")
# witnesses of the event in view take part in it: "甲与乙共同见证"
_Z_WITNESS = re.compile(r"(?:共同|一同)?见证")
_Z_CHAIR = re.compile(r"«P(?P<p>\d+)»(?:同志)?主持")
_Z_SPEAK = re.compile(r"«P(?P<p>\d+)»(?:同志)?(?:出席[^。«]{0,10})?(?:讲话|致辞|作报告)")
_Z_LECTURE = re.compile(r"«P(?P<p>\d+)»(?:同志)?[^。«]{0,6}(?:授课|讲课|作专题辅导)")
_TRIGGERS = re.compile(r"会见|会谈|召开|举办|举行|\bmet\b|\bmeeting\b|ceremony|training|launched", re.I)


# Words every match of a rule holds (lower case): a rule runs only where one of them is in the
# lower-cased template. On a Latin-1 template that is the same test as the rule's own (re.I):
# no Latin-1 character but A-Z matches an ASCII letter ignoring case, and lower() keeps its
# length. Other templates run every rule.
_W_ORGANIZE = ("launched", "held", "hosted", "organized", "organised", "convened", "opened", "kicked", "sponsored")
_W_PERSON_NEW = ("presided", "chaired", "attended", "addressed", "spoke", "opened", "present", "witnessed", "invited")
_W_MEET = ("met", "meets", "talks")
_W_REF = ("ceremony", "meeting", "session", "event", "training", "forum", "conference", "program", "seminar", "talks",
          "symposium", "summit", "signing")
_W_CHAIRED = ("chaired", "presided", "moderated", "hosted")
_W_ATT_BY = ("attended", "witnessed")
_W_CHAIRS = ("chaired", "presided", "moderated")
_W_ATTENDS = ("attended", "participated", "took", "joined", "present", "witnessed", "invited")
_W_LECTURE = ("lecture", "taught")
_W_SPOKE = ("shared", "spoke", "delivered", "gave", "made", "addressed", "present")
_W_PRESENTED = ("presented",)


def has_trigger(sentence: str) -> bool:
    return bool(_TRIGGERS.search(sentence))


def _name(r_idx, i) -> str:
    m = r_idx[int(i)]
    return m.name


_ZH_MEET_EN = {"会见": "meets", "会谈": "holds talks with", "座谈": "holds a discussion with", "接见": "receives"}
_ZH_EVENT_EN = [("培训班", "training program"), ("专题培训", "training program"), ("培训", "training"),
                ("座谈会", "symposium"), ("研讨会", "seminar"), ("推进会", "promotion meeting"), ("启动会", "launch meeting"),
                ("说明会", "briefing"), ("发布会", "press conference"), ("动员会", "mobilization meeting"),
                ("推介会", "promotion event"), ("年会", "annual meeting"), ("博览会", "expo"), ("展览会", "exhibition"),
                ("论坛", "forum"), ("峰会", "summit"), ("仪式", "ceremony"), ("大会", "conference"), ("会议", "meeting")]


def _zh_event_en(ev_zh: str) -> str:
    for zh, en in _ZH_EVENT_EN:
        if ev_zh.endswith(zh):
            return en
    return "event"


_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,9}$")


def en_name(ctx, m, short: bool = False) -> str:
    """Readable English name of the entity of mention ``m`` (pinyin for a Chinese-only name).

    ``short``: an acronym the entity is known by ("SASAC"), where it has one.
    """
    info = ctx.ents.get(ctx.root(m.key))
    name = info.name if info else m.name
    if short and info:
        acr = [a for a in info.aliases if _ACRONYM.match(a)]
        if acr:
            return acr[0]
    if is_han_text(name):
        name = person_display(name) if m.kind == "P" else pinyin_name(strip_legal(name))
    return name


def zh_name(ctx, m) -> str:
    surface = ctx.text[m.start:m.end]
    if is_han_text(surface):
        return surface
    info = ctx.ents.get(ctx.root(m.key))
    return (info.name_zh if info and info.name_zh else None) or en_name(ctx, m)


# The Party's congresses and its Central Committee's plenary sessions are events news names by
# number: "the 18th CPC National Congress", "the 19th Party Congress", "the Third Plenary Session of
# the 18th CPC Central Committee" (the same one however often it is named).
_ORD = (r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
        r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)")
_PARTY_CONGRESS = re.compile(
    rf"\b(?P<n>{_ORD})\s+(?:(?:CPC|CCP|Party|Communist\s+Party)\s+(?:National\s+)?|National\s+)Congress\b(?!\s+of\s+(?!the\s+(?:CPC|CCP|Communist)))"
    rf"|\b(?P<pn>{_ORD})\s+[Pp]lenary\s+[Ss]ession\s+of\s+the\s+(?P<cn>{_ORD})\s+(?:CPC\s+|CCP\s+)?Central\s+Committee\b", _FLAGS)


def _ordinal(w: str) -> str:
    return w.lower() if w[0].isdigit() else w.capitalize()


def _party_congresses(ctx, text: str, s0: int, day) -> None:
    for cm in _PARTY_CONGRESS.finditer(text):
        if cm.group("n"):
            name = f"{_ordinal(cm.group('n'))} CPC National Congress"
        else:
            name = f"{_ordinal(cm.group('pn'))} Plenary Session of the {_ordinal(cm.group('cn'))} CPC Central Committee"
        same = next((key for key, e in ctx.ents.items() if e.etype == "Event" and e.name == name), None)
        if same is not None:
            ctx.ents[same].mentions.append((s0 + cm.start(), s0 + cm.end()))
            ctx.current_event = same
            ctx.event_sent_start = ctx.sent_start
        else:
            ctx.new_event(name, s0 + cm.start(), s0 + cm.end(), day())


def apply(ctx, tpl: str, idx: dict, sent: tuple[int, int]) -> None:
    s0 = sent[0]
    text = ctx.mtext[sent[0]:sent[1]]
    dates: list = []

    def day():  # the sentence's date, looked for only when an event or a relation needs it
        if not dates:
            dates.append(sentence_date(ctx, text))
        return dates[0]

    def k(i):
        return ctx.root(idx[int(i)].key)

    def t(i):
        return ctx.etype(k(i))

    def span_of(phrase: str) -> tuple[int, int]:
        pos = text.find(phrase)
        return (s0 + pos, s0 + pos + len(phrase)) if pos >= 0 else (s0, s0)

    def part(i, role, rule, conf=0.75):
        if ctx.current_event and t(i) and t(i) != "Event":
            ctx.add_rel("PARTICIPATED_IN", k(i), ctx.current_event, sent, rule, conf, role=role)

    # --- English ---
    if ctx.latin_possible and _LATIN3.search(tpl) is not None:  # placeholders («P12») never match: a Chinese sentence skips these
        has_o, has_p = "«O" in tpl, "«P" in tpl  # rules naming an organization or a person need one
        low = _latin_low(tpl)
        may_organize = _may(low, _W_ORGANIZE)
        if "ongress" in text or "lenary" in text:
            _party_congresses(ctx, text, s0, day)
        if "nspect" in tpl or "NSPECT" in tpl:
            _en_inspection(ctx, tpl, idx, sent, day, span_of)
        for m in _E_ORGANIZE.finditer(tpl) if has_o and may_organize else ():
            ev = re.sub(r"^(?:new|first|second|third|specialized|specialised|special|series\s+of)\s+", "", m.group("ev").strip(), flags=re.I)
            if m.group("for") and len(ev.split()) < 5:
                ev = ev + re.sub(r"(?:\s+(?:for|on|of|and|in|the|to|at|with|a|an))+$", "", m.group("for"), flags=re.I)
            ev = _PH.sub(lambda x: _name(idx, x.group(2)), ev)
            a, b = span_of(re.sub(r"\s+", " ", m.group("ev").strip()).split(" ")[-1])
            if re.fullmatch(r"program(?:me)?", ev, re.I):
                ev = "training " + ev  # "a program to train …"
            key = ctx.new_event(ev[:1].upper() + ev[1:], a, b, day())
            ctx.add_rel("ORGANIZED", k(m.group("o")), key, sent, "en.organized_event", 0.8, date=day())
            head = tpl[:m.start()]
            ab = re.search(r"«O\d+»\s*[（(]$", head)  # the organizer's acronym matched: "«O» («O») launched"
            co = _CO_ORGANIZERS.search(head, 0, ab.start() if ab else len(head))
            if co:
                organizers = [k(x) for x in re.findall(r"«O(\d+)»(?!\s*[)）])", co.group(0))] + [k(m.group("o"))]
                for o in organizers[:-1]:
                    ctx.add_rel("ORGANIZED", o, key, sent, "en.organized_event", 0.75, date=day())
                if re.search(r"\b(?:jointly|together)\b", m.group(0), re.I):  # co-organizers cooperate
                    for i, o in enumerate(organizers):
                        for o2 in organizers[i + 1:]:
                            if o != o2:
                                ctx.add_rel("COOPERATES_WITH", o, o2, sent, "en.co_organized", 0.6)
        # "the symposium on X, hosted by «O»" / "a workshop organized by «O»"
        for m in _E_ORGANIZED_BY.finditer(tpl) if has_o and (" by " in tpl or " By " in tpl) else ():
            ev = re.sub(r"^(?:the|a|an|this|new|first|second|third|special)\s+", "", m.group("ev").strip(), flags=re.I)
            if re.match(rf"^(?:{_EV_NOUN})$", ev, re.I) is None and len(ev.split()) > 3 and not _PROPER_EVENT.match(ev):
                continue
            if m.group("for"):
                ev = ev + re.sub(r"(?:\s+(?:for|on|of|and|in|the|to|at|with|a|an))+$", "", m.group("for"), flags=re.I)
            pre = _NAME_HEAD.search(tpl, 0, m.start("ev")) if ev[:1].isupper() else None
            if pre:  # a name that opens with a place: "the 3rd «O» Energy Summit"
                ev = _PH.sub(lambda x: ctx.mtext[idx[int(x.group(2))].start:idx[int(x.group(2))].end], pre.group(0)) + ev
            a, b = span_of(m.group("ev").strip().split(" ")[-1])
            key = ctx.new_event(ev[:1].upper() + ev[1:], a, b, day())
            ctx.add_rel("ORGANIZED", k(m.group("o")), key, sent, "en.organized_by", 0.8, date=day())
            if m.group("ab"):
                ctx.event_abbr = (key, m.group("ab"))
            # co-organizers listed after the first: "hosted by «O», «O» and «O»"
            co = _MORE_ORGS.match(tpl, m.end())
            for o in re.findall(r"«O(\d+)»", co.group(0)) if co else ():
                if t(o) not in ("Person", "Event", ""):
                    ctx.add_rel("ORGANIZED", k(o), key, sent, "en.organized_by", 0.75, date=day())
        for m in _E_PERSON_NEW.finditer(tpl) if has_p and _may(low, _W_PERSON_NEW) else ():
            if m.group("art").lower() == "the" and ctx.current_event:
                cur = ctx.ents.get(ctx.current_event)
                # ("X met Y. ... Z attended the signing ceremony", "during the Party congress ... attended
                # the seminar of «O»": an event of another kind, or one of its own host, is another event)
                # (though "the opening ceremony" of a training or conference is a part of it, and "the
                # meeting" is the event in view whatever it is)
                kind = _event_kind(m.group("ev"))
                two = cur is not None and cur.name.startswith(("Meeting between", "Talks between"))
                other_kind = cur is not None and (
                    (kind != _event_kind(cur.name) and (kind > 1 or (kind == 1 and two)))
                    or _EV_OF_HOST.match(tpl, m.end()) is not None)
                if (cur is None or day() is None or cur.props.get("date") in (None, day())) and not other_kind:
                    continue  # "attended the meeting": the event in view (roles below)
            ev = m.group("ev").strip()
            a, b = span_of(re.sub(r"\s+", " ", ev).split(" ")[-1])
            ctx.new_event(ev[:1].upper() + ev[1:], a, b, day())
            part(m.group("p"), _ROLE_OF_VERB[m.group("verb").split()[0].lower()], "en.person_at_event", 0.75)
            # "attended the social gathering of «O», as well as the seminar of «O»": two events
            for mm in _EV_ALSO.finditer(tpl, m.end(), min(len(tpl), m.end() + 160)):
                ev2 = mm.group("ev").strip()
                a, b = span_of(re.sub(r"\s+", " ", ev2).split(" ")[-1])
                ctx.new_event(ev2[:1].upper() + ev2[1:], a, b, day())
                part(m.group("p"), _ROLE_OF_VERB[m.group("verb").split()[0].lower()], "en.person_at_event", 0.7)
        for m in _E_PERSON_DURING.finditer(tpl) if has_p and _may(low, _W_DURING) else ():
            ev = m.group("ev").strip()
            if t(m.group("p")) != "Person" or re.match(r"(?:same|next|last|first|previous|following)\b", ev, re.I):
                continue
            cur = ctx.ents.get(ctx.current_event) if ctx.current_event else None
            if cur is None or cur.name.lower().split()[-1] != ev.lower().split()[-1]:
                a, b = span_of(re.sub(r"\s+", " ", ev).split(" ")[-1])
                ctx.new_event(ev[:1].upper() + ev[1:], a, b, day())
            part(m.group("p"), "spoke", "en.spoke_during", 0.7)
        may_meet = _may(low, _W_MEET)
        delegation = has_p and _may(low, ("delegation",)) and _E_MEET_DELEGATION.search(tpl)
        for m in ([delegation] if delegation else _E_MEET.finditer(tpl) if has_p and may_meet else ()):
            people = [p for p in _nums(tpl, "P") if t(p) == "Person"]
            before = [p for p in _nums(tpl[:m.start()], "P") if t(p) == "Person"]
            if not before:
                continue
            a = idx[before[0]]
            b = idx[int(m.group("o"))]
            talks = "talks" in m.group(0).lower()
            pos = text.find("talks" if talks else "met")
            a_en, b_en = en_name(ctx, a), en_name(ctx, b)
            # the id is the one a Chinese report of the same meeting gets (张玉卓会见温枢刚): the same node
            key = ctx.new_event(f"{'Talks' if talks else 'Meeting'} between {a_en} and {b_en}", s0 + max(pos, 0), s0 + max(pos, 0) + 3, day(),
                                id_name=f"{a_en} meets {b_en}")
            for p in dict.fromkeys(people):
                part(p, "attended", "en.met_with", 0.8)
        ab = ctx.event_abbr
        if ctx.att_list_more:  # "attended by «P», …; «P», Governor of «O»; …": the list goes on
            ctx.att_list_more = False
            lm = _LIST_GOES_ON.match(tpl)
            if lm and ctx.current_event and t(lm.group(1)) == "Person":
                part(lm.group(1), "attended", "en.attended_by", 0.7)
                ctx.att_list_more = tpl.rstrip().endswith(";")
        if ctx.current_event and ((_may(low, _W_REF) and _E_REF.search(tpl))
                                  or (may_organize and _E_ORGANIZE.search(tpl))
                                  # the acronym the event was given: "the 4th CTF was attended by …"
                                  or (ab is not None and ab[0] == ctx.current_event and ab[1] in tpl and re.search(rf"\b{ab[1]}\b", tpl))):
            for m in _E_CHAIRED.finditer(tpl) if _may(low, _W_CHAIRED) else ():
                for p in _nums(m.group("list"), "P"):
                    part(p, "chaired", "en.chaired_by", 0.8)
            for m in _E_ATT_BY.finditer(tpl) if _may(low, _W_ATT_BY) else ():
                rest = m.group("rest")
                for pm in _PH.finditer(rest):
                    kind, i = pm.group(1), pm.group(2)
                    after = rest[pm.end():pm.end() + 25]
                    before = rest[max(0, pm.start() - 30):pm.start()]
                    if kind == "O" and not re.match(r"\s*(?:$|,|;|\.|and\b|«)", after):
                        continue  # "the SASAC Secretary-General", "SASAC departments": the organization qualifies someone
                    if kind == "O" and re.search(r"\bof\s+(?:the\s+)?$", before):
                        continue  # "Deputy Secretary of the «O» and Governor «P»": part of someone's title
                    if kind in "PO":
                        part(i, "attended", "en.attended_by", 0.75)
                ctx.att_list_more = tpl.rstrip().endswith(";")
            if _may(low, _W_CHAIRS):
                _subject_roles(tpl, _E_CHAIRS, "chaired", "en.chaired", part, t)
            im = _E_INVERTED_ATT.match(tpl) if has_p and _may(low, _W_INVERTED_ATT) else None
            for p in _nums(tpl[im.end():], "P") if im else ():
                part(p, "attended", "en.present_were", 0.75)
            if _may(low, _W_ATTENDS):
                _subject_roles(tpl, _E_ATTENDS, "attended", "en.attended", part, t)
            if _may(low, _W_LECTURE):
                _subject_roles(tpl, _E_LECTURE, "lectured", "en.lectured", part, t)
            if _may(low, _W_SPOKE):
                _subject_roles(tpl, _E_SPOKE, "spoke", "en.spoke", part, t)
            if _may(low, _W_PRESENTED):
                _subject_roles(tpl, _E_PRESENTED, "presented", "en.presented", part, t)
            if has_p and _may(low, _W_ANNOUNCED_AT):
                _subject_roles(tpl, _E_ANNOUNCED if _E_AT_EVENT_FIRST.match(tpl) else _E_ANNOUNCED_AT, "spoke", "en.announced_at", lambda i, role, rule, conf=0.7: part(i, role, rule, conf) if t(i) == "Person" else None, t)
        elif ctx.current_event and ctx.sentences_since_event() <= 2 and not (may_meet and _E_MEET.search(tpl)):
            # right after an event is introduced, "X lectured on ..." and "chaired by" need no "the event"
            for m in _E_CHAIRED.finditer(tpl) if _may(low, _W_CHAIRED) else ():
                for p in _nums(m.group("list"), "P"):
                    part(p, "chaired", "en.chaired_by", 0.7)
            if _may(low, _W_LECTURE):
                _subject_roles(tpl, _E_LECTURE, "lectured", "en.lectured", lambda i, role, rule, conf=0.65: part(i, role, rule, conf), t)
            if has_p and ctx.sentences_since_event() <= 1 and _may(low, _W_ATTENDED_BARE):
                _subject_roles(tpl, _E_ATTENDED_BARE, "attended", "en.attended_bare", lambda i, role, rule, conf=0.65: part(i, role, rule, conf) if t(i) == "Person" else None, t)
            im = _E_INVERTED_ATT.match(tpl) if has_p and ctx.sentences_since_event() <= 1 and _may(low, _W_INVERTED_ATT) else None
            for p in _nums(tpl[im.end():], "P") if im else ():
                part(p, "attended", "en.present_were", 0.7)
            if has_p and ctx.sentences_since_event() <= 1 and _may(low, _W_SPOKE):
                # "«P» delivered a keynote speech." right after the event is introduced
                _subject_roles(tpl, _E_SPOKE, "spoke", "en.spoke", lambda i, role, rule, conf=0.65: part(i, role, rule, conf) if t(i) == "Person" else None, t)
        # "«O» and «O» signed a strategic cooperation agreement on Aug 30": the signing is an event (as
        # "甲与乙签署……协议" is), where no event is in view yet
        if not ctx.current_event and has_o and _may(low, _W_SIGNED_IT):
            for m in _E_ORGS_SIGNED.finditer(tpl):
                parties = [o for o in _nums(m.group("list")) if t(o) not in ("Person", "Event", "")]
                if len(set(map(k, parties))) < 2 or _AT_OTHER_EVENT.search(tpl, m.end()):
                    continue  # ("signed … at a symposium held in Beijing": the symposium is the event)
                agr = re.sub(r"\s+", " ", m.group("agr"))
                a, b = span_of(agr.split(" ")[-1])
                kind = "Cooperation agreement" if re.search(r"cooperat", agr, re.I) else "Agreement"
                key = ctx.new_event(f"{kind} signing", a, b, day())
                for o in dict.fromkeys(map(k, parties)):
                    ctx.add_rel("PARTICIPATED_IN", o, key, sent, "en.signed_event", 0.7, role="attended")
                break
        if ctx.current_event and has_p and _may(low, _W_SIGNED_IT) and ctx.sentences_since_event(4) <= 3:
            for m in _E_SIGNED_IT.finditer(tpl):
                for p in _nums(tpl[:m.start()], "P"):
                    if t(p) == "Person":
                        part(p, "attended", "en.signed_it", 0.7)
    # --- Chinese ---
    if ctx.han_possible and _HAN1.search(tpl) is not None:
        held = False
        for m in _Z_HOLD.finditer(tpl):
            if not idx and len(m.group("ev")) < 4:
                continue  # a sentence that names nothing: only a named event ("成立大会", not "会议")
            held = True
            ev = _PH.sub(lambda x: zh_name(ctx, idx[int(x.group(2))]), m.group("ev"))
            orgs = _org_list_before(tpl, m.start(), t)
            if orgs:
                # 甲进驻乙，并召开…会 / 甲在乙召开…会: 乙 is where, 甲 (the subject) holds it
                head = tpl[:tpl.find(f"«O{orgs[0]}»")]
                pm = _Z_PLACE_VERB_END.search(head) if head.endswith(_PLACE_VERB_LAST) else None
                subj = _org_list_before(tpl, pm.start(), t) if pm else None
                if subj:
                    orgs = subj
            a, b = span_of(m.group("ev")) if "«" not in m.group("ev") else (s0, s0)
            noun = _zh_event_en(ev)
            ev_en = f"{en_name(ctx, idx[orgs[-1]], short=True)} {noun}" if orgs else noun[:1].upper() + noun[1:]
            key = _held_before(ctx, ev, [k(o) for o in orgs], day())
            again = _kind_again(ctx, ev) if key is None and len(ev) <= 4 else None
            if again is not None:
                # "…召开动员会" after the 巡视工作动员会 it held: the meeting named again by its kind
                key = again
                if any(r[0] == "ORGANIZED" and r[2] == key for r in ctx.rels):
                    continue
            if key is None:
                key = ctx.new_event(ev_en, a, b, day(), name_zh=ev)
            # "«O»、«O»举办了……": every organizer of the list; organizing together is cooperation
            for o in orgs:
                ctx.add_rel("ORGANIZED", k(o), key, sent, "zh.held_event", 0.75, date=day())
            for o in orgs[:-1]:
                ctx.add_rel("COOPERATES_WITH", k(o), k(orgs[-1]), sent, "zh.co_organized", 0.6, date=day())
        for vm in _Z_HELD_VERB.finditer(tpl) if not held else ():
            win0 = max(0, vm.start() - 45)
            em = _Z_EV_BEFORE.search(tpl, win0, vm.start())
            if em is None:
                continue
            ev = em.group("ev")
            if not idx and len(ev) < 4:
                continue
            hosts = None
            if "的" in ev and ("主办" in ev or "承办" in ev or "举办" in ev):
                # 由«O»主办、«O»承办的……论坛: the event is named after 的, its organizers before
                seg = tpl[max(0, em.start() - 60):em.start()]
                seg = seg[seg.rfind("由"):] if "由" in seg else seg[-12:]
                hosts = [int(x) for x in re.findall(r"«O(\d+)»", seg)]
                ev = ev[ev.rindex("的") + 1:]
                if len(ev) < 4:
                    continue
            pm = re.search(r"«O(\d+)»$", tpl[max(0, em.start() - 12):em.start()]) if hosts is None else None
            inspected = ""
            if pm is not None and tpl.endswith(("巡视", "巡察"), 0, max(0, em.start() - 12) + pm.start()):
                # 巡察甲工作动员会: 甲 is the one inspected, who holds no such meeting (but names it)
                inspected = tpl[max(0, em.start() - 12) + pm.start() - 2:][:2] + zh_name(ctx, idx[int(pm.group(1))])
                pm = None
            org = int(pm.group(1)) if pm and t(pm.group(1)) not in ("Person", "Event") else None
            a, b = span_of(ev)
            ev = inspected + ev
            if hosts:
                hosts = [h for h in hosts if t(h) not in ("Person", "Event", "")]
                noun = _zh_event_en(ev)
                key = ctx.new_event(f"{en_name(ctx, idx[hosts[0]], short=True)} {noun}" if hosts else noun[:1].upper() + noun[1:],
                                    a, b, day(), name_zh=ev)
                for h in hosts:
                    ctx.add_rel("ORGANIZED", k(h), key, sent, "zh.hosted_by", 0.7, date=day())
                break
            noun = _zh_event_en(ev)
            if org is not None:
                key = ctx.new_event(f"{en_name(ctx, idx[org], short=True)} {noun}", a, b, day(),
                                    name_zh=zh_name(ctx, idx[org]) + ev)
                ctx.add_rel("ORGANIZED", k(org), key, sent, "zh.event_held", 0.7, date=day())
            elif _held_before(ctx, ev, [], day()) is None:
                ctx.new_event(noun[:1].upper() + noun[1:], a, b, day(), name_zh=ev)
            break
        # (not in a headline, which has no full stop, nor beside a meeting: the meeting is the occasion;
        # an undated event before a dated signing is a headline's, no occasion of the signing)
        for m in _Z_SIGNING.finditer(tpl) if not held and ("签署" in tpl or "签订" in tpl) \
                and (not ctx.current_event or not ctx.ents[ctx.current_event].props.get("date") and day()) \
                and tpl.rstrip().endswith(("。", "；", "！")) and not _Z_MEET.search(tpl) else ():
            clause = max(tpl.rfind(c, 0, m.start()) for c in "，。；,;") + 1
            parties = [o for o in _nums(tpl[clause:m.start()]) if t(o) not in ("Person", "Event", "")]
            if len(parties) < 2 or _Z_SIGN_FOR.search(tpl):
                continue  # a signing of two parties named before the verb ("分别代表双方签署" is its signers')
            agr = m.group("agr")
            a, b = span_of(agr) if "«" not in agr else (s0, s0)
            o1, o2 = idx[parties[0]], idx[parties[-1]]
            kind = "Cooperation agreement" if "合作" in agr else "Agreement"  # (a pinyin party name reads badly)
            ctx.new_event(f"{kind} signing", a, b, day(), name_zh=f"{zh_name(ctx, o1)}与{zh_name(ctx, o2)}{agr}签约")
            break
        if ctx.current_event and ctx.sentences_since_event(4) <= 3:
            for m in _Z_WITNESS.finditer(tpl) if "见证" in tpl else ():
                # "甲，乙与丙，丁共同见证": everyone named before 共同 witnessed, titles and all
                joint = m.group(0).startswith(("共同", "一同"))
                who = [p for p in _nums(tpl[:m.start()], "P") if t(p) == "Person"] if joint else _subjects_before(tpl, m.start(), t)
                for i in who:
                    part(i, "attended", "zh.witnessed", 0.7)
        mm = _Z_MEET.search(tpl)
        if mm and not _Z_JOIN.search(tpl):
            before = [p for p in _nums(tpl[:mm.start()], "P") if t(p) == "Person"]
            after = [p for p in _nums(tpl[mm.end():], "P") if t(p) == "Person"]
            if before:
                verb = mm.group(0)
                a_en, a_zh = en_name(ctx, idx[before[0]]), zh_name(ctx, idx[before[0]])
                if after:
                    b_en, b_zh = en_name(ctx, idx[after[0]]), zh_name(ctx, idx[after[0]])
                    name_en = f"{a_en} {_ZH_MEET_EN[verb]} {b_en}"
                else:
                    b_zh = ""
                    name_en = f"Meeting of {a_en}"
                pos = text.find(verb)
                key = _told_before(ctx, f"{a_zh}{verb}{b_zh}", day())
                if key is not None:
                    ctx.ents[key].mentions.append((s0 + pos, s0 + pos + len(verb)))
                else:
                    key = ctx.new_event(name_en, s0 + pos, s0 + pos + len(verb), day(), name_zh=f"{a_zh}{verb}{b_zh}",
                                        id_name=f"{a_en} meets {b_en}" if after else None)
                    if after:
                        ctx.ents[key].aliases.append(f"Meeting between {a_en} and {b_en}")
                for p in dict.fromkeys(before + after):
                    part(p, "attended", "zh.meeting", 0.8)
                if after:
                    # 甲会见乙: their organizations are the 双方 a sentence after may speak of
                    oa, ob = _post_org(ctx, k(before[0])), _post_org(ctx, k(after[0]))
                    if oa and ob and oa != ob:
                        ctx.zh_pair = (oa, ob, ctx.sent_start)
        # 出席会议的有甲、乙 / 参加签约仪式的还有丙: those named after it (not before) attended
        by = _Z_ATTENDED_BY.search(tpl) if ("的有" in tpl or "还有" in tpl or "另有" in tpl) else None
        if by is not None:
            for p in _nums(tpl[by.end():], "P"):
                if t(p) == "Person":
                    part(p, "attended", "zh.attendees", 0.7)
        for jm in _Z_JOIN.finditer(tpl):
            if by is not None and by.start() <= jm.start() < by.end():
                continue
            people = [p for p in _nums(tpl[:jm.start()], "P") if t(p) == "Person"]
            if not people:
                people = [o for o in _nums(tpl[:jm.start()]) if t(o) not in ("Person", "Event")]
            for p in people:
                part(p, "attended", "zh.joined", 0.75)
        # "论坛由«O»主办，«O»承办。": the event just told
        for hm in _Z_HOSTED.finditer(tpl) if ctx.current_event and ("主办" in tpl or "承办" in tpl) \
                and ctx.sentences_since_event(3) <= 1 else ():
            for o in _nums(hm.group("list") + (hm.group("list2") or "")):
                if t(o) not in ("Person", "Event", ""):
                    ctx.add_rel("ORGANIZED", k(o), ctx.current_event, sent, "zh.hosted_by", 0.7)
        for jm in _Z_JOIN_END.finditer(tpl) if ctx.current_event and tpl.rstrip().rstrip("。；;！!").endswith(_JOIN_END_WORDS) \
                and ctx.sentences_since_event(4) <= 3 else ():
            for p in _nums(tpl[:jm.start()], "P"):
                if t(p) == "Person":
                    part(p, "attended", "zh.joined", 0.7)
        for rx, role, rule in ((_Z_CHAIR, "chaired", "zh.chaired"), (_Z_SPEAK, "spoke", "zh.spoke"),
                               (_Z_LECTURE, "lectured", "zh.lectured")):
            for m in rx.finditer(tpl):
                part(m.group("p"), role, rule)
                for i in _titled_list_before(tpl, m.start()) \
                        if tpl.find("»，", 0, m.start()) >= 0 or tpl.find("»,", 0, m.start()) >= 0 else ():
                    part(i, role, rule, 0.7)
        if ctx.current_event and ("讲话" in tpl or "发言" in tpl or "致辞" in tpl or "报告" in tpl
                                  or "上" in tpl or "代表" in tpl) \
                and (ctx.sentences_since_event(10) <= 9 or tpl.lstrip().startswith(_AT_THE_MEETING)):
            # the event the article is about (会上, 会议上: however far it was told)
            for m in _Z_MADE_SPEECH.finditer(tpl):
                for i in _subjects_before(tpl, m.start(), t):
                    part(i, "spoke", "zh.made_speech", 0.7)
            for m in _Z_AT_EVENT.finditer(tpl) if "上" in tpl else ():
                spoke = _Z_SPOKE_WORD.search(tpl, m.end()) is not None
                part(m.group("p"), "spoke" if spoke else "attended", "zh.at_event", 0.7)
            for m in _Z_SIGN_FOR.finditer(tpl) if "代表" in tpl else ():
                who = _subjects_before(tpl, m.start(), t)
                if len(who) < 2 and "方" in m.group(0):
                    # "甲方的甲，乙方的乙代表双方签署": both parties' signers, in clauses of their own
                    who = [p for p in _nums(tpl[:m.start()], "P") if t(p) == "Person"] or who
                # the signing of the document, where a meeting was told after it ("签约前，…会见了…")
                signing = _last_signing(ctx) or ctx.current_event
                for i in who:
                    if t(i) and t(i) != "Event":
                        ctx.add_rel("PARTICIPATED_IN", k(i), signing, sent, "zh.signed_for", 0.7, role="attended")
                w = tpl.rfind("见证", 0, m.start())
                # 在甲、乙(的)共同见证下，丙、丁代表双方签约: the witnesses of the same signing
                for i in _nums(tpl[:w], "P") if w >= 0 else ():
                    if t(i) == "Person" and i not in who:
                        ctx.add_rel("PARTICIPATED_IN", k(i), signing, sent, "zh.witnessed", 0.7, role="attended")


# 某某巡视组进驻…: an inspection tour of the Party's discipline system, run by the organ whose
# teams they are (国资委第一至第六巡视组, 中央第三巡视组)
_Z_INSPECT = re.compile(r"«O(?P<o>\d+)»(?:党委|党组)?(?:第[一二三四五六七八九十\d]+(?:至第[一二三四五六七八九十\d]+)?|各)?(?:个)?(?:巡视|巡察)组")
_Z_INSPECT_NAME = re.compile(r"(?:第[一二三四五六七八九十\d]+(?:批|轮)|新一轮|本轮|专项)(?:巡视|巡察)")


# a team named as a unit of its organ (国资委第五巡视组, see patterns_zh.find_units) goes into the
# organizations after the verb: 进驻甲、乙 / 对甲开展巡视
_Z_TEAM_IN = re.compile(r"«O(?P<o>\d+)»(?:[^«，。；]{0,16}?)(?:进驻|入驻)(?P<list>«O\d+»(?:[、和及与]«O\d+»)*)"
                        r"|«O(?P<o2>\d+)»(?:[^«，。；]{0,16}?)对(?P<list2>«O\d+»(?:[、和及与]«O\d+»)*)(?:开展|进行|实施)(?:了)?(?:专项)?(?:巡视|巡察)"
                        # 第二巡察组巡察甲 (工作动员会): the verb right after the team
                        r"|«O(?P<o3>\d+)»(?:巡视|巡察)了?(?P<list3>«O\d+»(?:[、和及与]«O\d+»)*)")


_Z_ONE_TEAM = re.compile(r"第[一二三四五六七八九十\d]+(?:巡视|巡察)组$")


# "the first round of routine disciplinary inspection of the 20th Central Committee", "a new round of
# inspections by the CPC Central Committee": a round of the Party's inspections, run by the organ after
# "of"/"by"; the units it inspects are listed after the verb ("will inspect A, B and C", "will also
# reinspect the Party committees of five financial enterprises: A, B, C, D and E")
_E_INSPECTION_ROUND = re.compile(
    r"(?P<name>(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)|new|latest|next)"
    r"\s+round\s+of\s+(?:(?:routine|special|regular|targeted|central|disciplinary|political|follow-up|party)\s+){0,3}"
    r"(?:inspection\s+tours?|inspections?))\b(?:\s+(?:of|by)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?«O(?P<o>\d+)»)?", _FLAGS)
_ORG_SERIES = r"«O\d+»(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?«O\d+»)*"
_E_INSPECTS = re.compile(
    r"(?:re-?inspect(?:s|ed|ing)?|inspect(?:s|ed|ing)?|examin(?:e|es|ed|ing)|cover(?:s|ed|ing)?)\b(?:\s+(?:the\s+)?(?:Party\s+(?:committees?|groups?|organi[sz]ations?)\s+of\s+)?(?:the\s+)?"
    rf"(?P<list>{_ORG_SERIES})|[^«.;]{{0,120}}?(?::\s*|\bincluding\s+|\bnamely\s+|\bsuch\s+as\s+)(?P<list2>{_ORG_SERIES}))", _FLAGS)
_INSPECTED_TYPES = ("CentralSOE", "Company", "Institution", "GovernmentBody")


def _en_inspection(ctx, tpl: str, idx: dict, sent: tuple[int, int], day, span_of) -> None:
    """A round of inspections (an event its organ organized), and the units the sentences after it
    say the round inspects (supervised by that organ)."""
    for m in _E_INSPECTION_ROUND.finditer(tpl) if "round" in tpl else ():
        org = idx.get(int(m.group("o"))) if m.group("o") else None
        org_key = ctx.root(org.key) if org is not None and ctx.etype(ctx.root(org.key)) in ("PartyOrgan", "GovernmentBody") else None
        name = re.sub(r"\s+", " ", m.group("name"))
        prev = getattr(ctx, "en_inspection", None)
        if prev is not None and ctx.ents[prev[0]].name.lower() == name.lower():
            key = prev[0]
            org_key = org_key or prev[1]
        else:
            before = ctx.current_event
            a, b = span_of(name.split(" ")[-1])
            key = ctx.new_event(name[:1].upper() + name[1:], a, b, day())
            # (a round of inspections is no meeting: "attended the meeting" after it is another event)
            ctx.current_event = before
        if org_key is not None:
            ctx.add_rel("ORGANIZED", org_key, key, sent, "en.inspection_round", 0.75)
        ctx.en_inspection = (key, org_key, ctx.sent_start)
        break
    rnd = getattr(ctx, "en_inspection", None)
    if rnd is None or rnd[1] is None or ctx.sents.count(rnd[2], ctx.sent_start, 5) > 3:
        return
    for m in _E_INSPECTS.finditer(tpl):
        for i in _nums(m.group("list") or m.group("list2")):
            o = idx.get(int(i))
            if o is None:
                continue
            key = ctx.root(o.key)
            if key != rnd[1] and ctx.etype(key) in _INSPECTED_TYPES:
                ctx.add_rel("SUPERVISES", rnd[1], key, sent, "en.inspection_round_inspects", 0.7)


def _post_org(ctx, person: str) -> str | None:
    """The organization of a person's first current post found in the text (None if none)."""
    for (rtype, src, tgt), r in ctx.rels.items():
        if rtype == "HOLDS_POSITION" and src == person and (r.get("props") or {}).get("status") != "former":
            return tgt
    return None


def _team_inspection(ctx, tpl: str, idx: dict, sent: tuple[int, int]) -> None:
    """The organ of a named team organizes the tour; a single numbered team (第五巡视组, not 第一至
    第六: which team went where is not said) supervises what it inspects."""
    for m in _Z_TEAM_IN.finditer(tpl):
        team = idx.get(int(m.group("o") or m.group("o2") or m.group("o3")))
        if team is None or team.rule not in ("zh.unit", "zh.unit_ref") or not team.name.endswith(("巡视组", "巡察组")):
            continue
        parent = ctx.unit_parents.get(team.key)
        if parent is not None and m.group("o"):
            owner = ctx.ents.get(ctx.root(parent))
            text = ctx.mtext[sent[0]:sent[1]]
            nm = _Z_INSPECT_NAME.search(text)
            name_zh = nm.group(0) if nm else ("巡察" if team.name.endswith("巡察组") else "巡视")
            date = sentence_date(ctx, text)
            key = _told_before(ctx, name_zh, date)
            if key is None and owner is not None:
                pos = text.find(name_zh)
                a = sent[0] + max(pos, 0)
                key = ctx.new_event(f"{en_name(ctx, Mention(0, 0, 'O', owner.etype, parent, owner.name), short=True)} inspection tour",
                                    a, a + len(name_zh), date, name_zh=name_zh)
            if key is not None:
                ctx.add_rel("ORGANIZED", ctx.root(parent), key, sent, "zh.inspection", 0.7, **({"date": date} if date else {}))
        if _Z_ONE_TEAM.search(team.name):
            for i in _nums(m.group("list") or m.group("list2") or m.group("list3")):
                t = idx.get(int(i))
                if t is not None and ctx.etype(ctx.root(t.key)) in ("CentralSOE", "Company", "Institution"):
                    ctx.add_rel("SUPERVISES", ctx.root(team.key), ctx.root(t.key), sent, "zh.team_inspects", 0.7)


# 对甲、乙、丙等13个单位进行专项巡视: the units a round inspects (its teams may be named later:
# 巡视组将陆续进驻上述单位)
_Z_INSPECTED = re.compile(r"对(?P<list>«O\d+»(?:[、和及与]«O\d+»)+)(?:等[一二三四五六七八九十两\d]*(?:个|家|所)?[\u4e00-\u9fff]{0,4}?)?"
                          r"(?:进行|开展|实施)了?(?:专项|常规|机动|交叉)?(?:巡视|巡察)")
# a team that goes into "the units above" (上述单位, 以上企业, 上述13家单位)
_Z_TEAM_INTO_LISTED = re.compile(r"«O(?P<o>\d+)»[^«，。；]{0,12}?(?:进驻|入驻|巡视|巡察)(?:了)?(?:上述|以上|前述)[一二三四五六七八九十两\d]*(?:个|家|所)?(?:单位|企业|部门|机构|高校)")
_INSPECTABLE = ("CentralSOE", "Company", "Institution", "GovernmentBody")


def _team_into_listed(ctx, tpl: str, idx: dict, sent: tuple[int, int]) -> None:
    """A team that inspects the units a sentence before listed: each of them."""
    seen = getattr(ctx, "zh_inspected", None)
    if seen is not None and ctx.sents.count(seen[1], ctx.sent_start, 3) > 2:
        seen = ctx.zh_inspected = None
    for m in _Z_INSPECTED.finditer(tpl) if "对" in tpl else ():
        seen = ctx.zh_inspected = ([ctx.root(idx[i].key) for i in _nums(m.group("list")) if i in idx], ctx.sent_start)
    if seen is None or ("上述" not in tpl and "以上" not in tpl and "前述" not in tpl):
        return
    for m in _Z_TEAM_INTO_LISTED.finditer(tpl):
        team = idx.get(int(m.group("o")))
        if team is None or team.rule not in ("zh.unit", "zh.unit_ref") or not team.name.endswith(("巡视组", "巡察组")):
            continue
        tk = ctx.root(team.key)
        parent = ctx.unit_parents.get(team.key)
        for k in seen[0]:
            if k != tk and k != parent and ctx.etype(k) in _INSPECTABLE:
                ctx.add_rel("SUPERVISES", tk, k, sent, "zh.team_inspects_listed", 0.65)


def inspection(ctx, tpl: str, idx: dict, sent: tuple[int, int]) -> None:
    """An inspection tour where the sentence says the teams went in (进驻, 入驻)."""
    if getattr(ctx, "unit_parents", None) and ("进驻" in tpl or "入驻" in tpl or "巡" in tpl):
        _team_inspection(ctx, tpl, idx, sent)
        _team_into_listed(ctx, tpl, idx, sent)
    if "进驻" not in tpl and "入驻" not in tpl:
        return
    for m in _Z_INSPECT.finditer(tpl):
        o = idx.get(int(m.group("o")))
        if o is None or ctx.etype(ctx.root(o.key)) not in ("GovernmentBody", "PartyOrgan", "CentralSOE", "Company"):
            continue
        text = ctx.mtext[sent[0]:sent[1]]
        nm = _Z_INSPECT_NAME.search(text)
        name_zh = nm.group(0) if nm else ("巡察" if "巡察组" in m.group(0) else "巡视")
        date = sentence_date(ctx, text)
        key = _told_before(ctx, name_zh, date)
        if key is None:
            pos = text.find(name_zh) if nm else text.find(name_zh + "组")
            a = sent[0] + max(pos, 0)
            key = ctx.new_event(f"{en_name(ctx, o, short=True)} inspection tour", a, a + len(name_zh), date, name_zh=name_zh)
        ctx.add_rel("ORGANIZED", ctx.root(o.key), key, sent, "zh.inspection", 0.7, **({"date": date} if date else {}))
        break


def _held_before(ctx, name_zh: str, organizers: list[str], date) -> str | None:
    """The event a headline announced (undated, the same name and organizers) that the body now
    tells with its date: one event. Two bodies' meetings of one name are two."""
    if not organizers and len(name_zh) >= 4:
        # no organizer named (…推进大会在西安召开, in the headline and again in the lede): a named
        # event told again is the same one, unless one of them has organizers or another date
        for key, info in ctx.ents.items():
            if info.etype == "Event" and info.name_zh == name_zh and info.props.get("date") in (None, date) \
                    and not any(r[0] == "ORGANIZED" and r[2] == key for r in ctx.rels):
                if date:
                    info.props["date"] = date
                ctx.current_event = key
                ctx.event_sent_start = ctx.sent_start
                return key
        return None
    if not date or not organizers:
        return None
    for key, info in ctx.ents.items():
        if info.etype == "Event" and info.name_zh == name_zh and not info.props.get("date") \
                and all(("ORGANIZED", o, key) in ctx.rels for o in organizers):
            info.props["date"] = date
            ctx.current_event = key
            ctx.event_sent_start = ctx.sent_start
            return key
    return None


def _kind_again(ctx, kind: str) -> str | None:
    """The one event named before whose name ends with ``kind`` (动员会 after 巡视工作动员会)."""
    hits = [key for key, info in ctx.ents.items()
            if info.etype == "Event" and info.name_zh and info.name_zh != kind and info.name_zh.endswith(kind)]
    return hits[0] if len(hits) == 1 else None


def _last_signing(ctx) -> str | None:
    for key in reversed(ctx.ents):
        info = ctx.ents[key]
        if info.etype == "Event" and (info.name_zh or "").endswith("签约"):
            return key
    return None


def _told_before(ctx, name_zh: str, date) -> str | None:
    """The meeting a headline announced (undated) that the body now tells with its date: one event,
    which becomes the one in view and takes the date."""
    for key, info in ctx.ents.items():
        if info.etype == "Event" and info.name_zh == name_zh and info.props.get("date") in (None, date):
            if date:
                info.props["date"] = date
            ctx.current_event = key
            ctx.event_sent_start = ctx.sent_start
            return key
    return None


_Z_LIST_SEP = frozenset(("、", "和", "与", "及", "以及"))
_Z_CLAUSE_END = re.compile(r"[，。；,;：:]")


def _org_list_before(tpl: str, pos: int, t) -> list[int]:
    """The organizations of the list that ends with the last one before ``pos``: "«O1»、«O2»和«O3»"
    (joined by 、 和 与 及): the subject of a verb they share. Empty when there is none."""
    phs = [(m.start(), m.end(), m.group(1), int(m.group(2))) for m in _PH.finditer(tpl, 0, pos)]
    out: list[int] = []
    for a, b, kind, i in reversed(phs):
        if kind != "O" or t(i) in ("Person", "Event", ""):
            break
        if out and tpl[b:nxt] not in _Z_LIST_SEP:
            break
        out.insert(0, i)
        nxt = a
    return out


_TITLED_ITEM_END = re.compile(r"«P(\d+)»(?:同志)?$")
# words that make a clause ending with a name a statement of its own (会见了甲，乙出席), not one
# more "title name" item of a list of attendees
_NOT_A_TITLED_ITEM = ("会见", "会谈", "陪同", "看望", "表示", "指出", "介绍", "了", "在", "向", "对", "由", "据")


def _titled_list_before(tpl: str, pos: int) -> list[int]:
    """"国资委主任甲，省委书记乙出席并讲话": the attendees are listed "title name", one a clause;
    the verb follows the last. The persons of the clauses before the one at ``pos`` that are
    such items (each ends with its name; no verb): back to the sentence's start or a full stop."""
    out: list[int] = []
    end = max(tpl.rfind(c, 0, pos) for c in "，,")
    while end > 0:
        start = max(tpl.rfind(c, 0, end) for c in "，,。；;：:") + 1
        seg = tpl[start:end]
        m = _TITLED_ITEM_END.search(seg)
        if m is None or "«P" in seg[:m.start()] or any(w in _PH.sub("", seg) for w in _NOT_A_TITLED_ITEM):
            break
        out.append(int(m.group(1)))
        if start == 0 or tpl[start - 1] not in "，,":
            break
        end = start - 1
    return out


def _subjects_before(tpl: str, pos: int, t) -> list[int]:
    """Who does what the verb at ``pos`` says: with 分别 ("甲、乙分别就……做了讲话"), every person
    of the sentence before it; else the persons of its clause. Without persons, the organizations
    of the clause ("«O»、«O»等单位做了交流发言")."""
    head = tpl[:pos]
    if "分别" not in head:
        cuts = [m.end() for m in _Z_CLAUSE_END.finditer(head)]
        head = head[cuts[-1]:] if cuts else head
    people = [p for p in _nums(head, "P") if t(p) == "Person"]
    if people:
        return people
    return [o for o in _nums(head) if t(o) not in ("Person", "Event", "")]


_ON_BEHALF_NAMES = re.compile(r"\s+«P\d+»(?:,?\s+and\s+«P\d+»)*")


def _drop_on_behalf(head: str) -> str:
    """``head`` without the persons named after "entrusted by" / "on behalf of" (found with
    str.find: a regex scan of a long head costs milliseconds)."""
    for w in ("behalf of", "ntrusted by", "ommissioned by"):
        k = head.find(w)
        while k >= 0:
            m = _ON_BEHALF_NAMES.match(head, k + len(w))
            if m:
                head = head[:k + len(w)] + head[m.end():]
            k = head.find(w, k + len(w))
    return head


def _subject_roles(tpl, rx, role, rule, part, t) -> None:
    """Persons before the verb take part; organizations only when no person does."""
    for m in rx.finditer(tpl):
        head = tpl[:m.start()]
        if "behalf of" in head or "ntrusted by" in head or "ommissioned by" in head:
            # "Entrusted by «P», …, «P» spoke", "On behalf of «P», «P» …": the one in whose name is not there
            head = _drop_on_behalf(head)
        people = [p for p in _nums(head, "P") if t(p) == "Person"]
        if people:
            for p in people:
                part(p, role, rule)
        else:
            for o in _nums(head):
                if t(o) not in ("Person", "Event", ""):
                    part(o, role, rule, 0.6)
