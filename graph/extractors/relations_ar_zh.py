"""Relations stated in Arabic and Chinese sentences.

The language-neutral extractors of :mod:`relations` (``based_in``, ``part_of``,
``agreement_parties``, ``body_meetings``) run for these sentences too; the ones here read the
cues of each language. Confidence follows the scale of :mod:`relations`: 0.8 a cue word links the
two directly ("由X主办", "برعاية X"), 0.7 a fixed construction or a title, 0.6 a reading of the
clause or the document (the subject of a sentence organizes the events it lists).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..records import ORGANIZATION_CLASSES, Entity, EntityClass, Mention, Predicate, Relation, Sentence
from . import lexicon_ar as LA
from . import lexicon_zh as LZ
from .context import DocContext, EntityIndex, passage_relation, relation, report_relation
from .registry import relation_extractor
from .relations import main_event

P = Predicate
C = EntityClass
ORGS = tuple(ORGANIZATION_CLASSES)
LANGS = {"ar", "zh"}
_CLAUSE_ZH = "，。；！？\n"
_CLAUSE_AR = "،,.؛;!؟\n"


def _sentences(ctx: DocContext, *langs: str) -> Iterator[Sentence]:
    for s in ctx.sentences:
        if s.language in langs:
            yield s


def _country_of(ent: Entity, index: EntityIndex, ctx: DocContext) -> Entity | None:
    """The country an organization belongs to: one named inside its name, else the gazetteer's."""
    for m in ent.mentions:
        inner = {
            ce.id: ce for cm, ce in index.in_sentence(m.sentence, C.COUNTRY) if m.start <= cm.start and cm.end <= m.end
        }
        if len(inner) == 1:
            return next(iter(inner.values()))
    if ent.key and (entry := ctx.gazetteer.get(ent.key)) is not None and entry.country:
        return index.country(entry.country)
    return None


def _inside(m: Mention, index: EntityIndex, *classes: EntityClass) -> bool:
    return any(
        om.start <= m.start and m.end <= om.end and om is not m and not om.nested
        for om, _ in index.in_sentence(m.sentence, *classes)
    )


# --------------------------------------------------------------------------- people and posts


def _zone(ctx: DocContext, m: Mention) -> tuple[int, int] | None:
    """Document offsets of the title printed before a person's name."""
    if not m.role:
        return None
    s = ctx.sentences[m.sentence]
    pos = ctx.text.rfind(m.role[:40], max(s.start, m.start - 300), m.start)
    if pos == -1:
        # the post in brackets after the name: "陈思远（中国社会科学院拉丁美洲研究所副研究员）"
        after = ctx.text.find(m.role, m.end, m.end + 4 + len(m.role))
        return (after, after + len(m.role)) if after != -1 else None
    return pos, m.start


_BYLINE_ROLES_AR = re.compile(
    r"^(?:المحرر|محرر|رئيس التحرير|ترجمة|ترجمه|المترجم|مترجم|إعداد|اعداد|كتبه|كتب|بقلم|تحرير|تصوير|مراجعة|تدقيق)"
)


@relation_extractor("posts_ar_zh", version="2", languages=LANGS)
def posts(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """A person and the bodies and country named in their title ("中国外交部长王毅", "الرئيس الصيني ...")."""
    for ent in index.of_class(C.PERSON):
        for m in ent.mentions:
            if m.language not in LANGS:
                continue
            sentence = ctx.sentences[m.sentence]
            if m.role in LZ.REPORTER_TITLES or (m.role and _BYLINE_ROLES_AR.match(m.role)):
                yield from _byline_agency(ctx, index, ent, m, sentence)
                continue
            zone = _zone(ctx, m)
            if zone is None:
                continue
            a, b = zone
            host = _host_start(ctx, a, b)
            govs = []
            in_zone = [
                (om, oe)
                for om, oe in index.in_sentence(m.sentence)
                if a <= om.start and om.end <= b and oe.id != ent.id
            ]
            for om, oe in in_zone:
                if oe.cls in ORGANIZATION_CLASSES and any(
                    hm is not om and he.cls in ORGANIZATION_CLASSES and hm.start <= om.start and om.end <= hm.end
                    for hm, he in in_zone
                ):
                    continue  # "中国银行墨西哥分行行长": the branch's, not the bank's
                if oe.cls in ORGANIZATION_CLASSES:
                    yield relation(ctx, ent, P.AFFILIATED_WITH, oe, sentence, "posts_ar_zh", 0.8)
                    if oe.cls is C.GOVERNMENT_BODY:
                        govs.append(oe)
                elif (
                    oe.cls is C.COUNTRY
                    # "钱凯码头总经理": a country in a project's name is the project's
                    and not _inside(om, index, *ORGS, C.PROJECT, C.EVENT, C.AGREEMENT)
                    and (host is None or om.start < host)
                    and ctx.text[om.end : om.end + 1] not in ("前", "原")  # "巴西前总统" speaks for it no more
                ):
                    yield relation(ctx, ent, P.REPRESENTS, oe, sentence, "posts_ar_zh", 0.8)
            for g in govs:
                country = _country_of(g, index, ctx)
                if country is not None:
                    yield relation(ctx, ent, P.REPRESENTS, country, sentence, "posts_ar_zh", 0.7)
            yield from _local_post(ctx, index, ent, m, sentence, a, b, in_zone)
            if m.role and any(m.role.endswith(t) or m.role.startswith(t) for t in LZ.CHINA_ONLY_TITLES):
                china = index.country("CN")
                if china is not None:
                    yield relation(ctx, ent, P.REPRESENTS, china, sentence, "posts_ar_zh", 0.7)


_LOCAL_TITLE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,4}?)(?P<level>市|省)(?:常务)?副?(?:市长|省长)$")


def _local_post(
    ctx: DocContext,
    index: EntityIndex,
    ent: Entity,
    m: Mention,
    s: Sentence,
    a: int,
    b: int,
    in_zone: list[tuple[Mention, Entity]],
) -> Iterator[Relation]:
    """A mayor or governor of a known place ("天津市副市长") works for its people's government when the
    text names it ("天津市人民政府"), and speaks for the place's country."""
    post = _LOCAL_TITLE.search(ctx.text[a:b])
    if post is None or post.group("place") not in LZ.PLACES or any(oe.cls in ORGS for _, oe in in_zone):
        return
    country = index.country(LZ.PLACES[post.group("place")])
    if country is not None:
        yield relation(ctx, ent, P.REPRESENTS, country, s, "posts_ar_zh", 0.7)
    gov = post.group("place") + post.group("level") + "人民政府"
    for body in index.of_class(C.GOVERNMENT_BODY):
        if any(ctx.text[bm.start : bm.end] == gov for bm in body.mentions):
            r = passage_relation(ctx, index, ent, P.AFFILIATED_WITH, body, s, "posts_ar_zh", 0.7)
            if r is not None:
                yield r
            break


@relation_extractor("place_bodies_zh", version="1", languages={"zh"})
def place_bodies(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """A body named after a Chinese city or province is based in China: "天津市人民政府", "上海港（集团）有限公司"."""
    for ent in index.of_class(*ORGS):
        if ent.cls is C.INTERNATIONAL_ORGANIZATION or ent.key:
            continue
        for m in ent.mentions:
            if m.language != "zh" or m.nested:
                continue
            name = ctx.text[m.start : m.end]
            place = next((p for p in LZ.PLACES_BY_LENGTH if name.startswith(p)), None)
            if place is None or len(name) <= len(place) + 1:
                continue
            inner = [ce for cm, ce in index.in_sentence(m.sentence, C.COUNTRY) if m.start <= cm.start < m.end]
            country = index.country(LZ.PLACES[place])
            if country is not None and not inner:
                yield relation(ctx, ent, P.BASED_IN, country, ctx.sentences[m.sentence], "place_bodies_zh", 0.7)
                break


def _host_start(ctx: DocContext, a: int, b: int) -> int | None:
    """Where the host country of an envoy is named: after "驻" or "لدى"."""
    zone = ctx.text[a:b]
    for cue in ("驻", "لدى"):
        k = zone.find(cue)
        if k != -1:
            return a + k
    return None


def _byline_agency(ctx: DocContext, index: EntityIndex, ent: Entity, m: Mention, s: Sentence) -> Iterator[Relation]:
    """A reporter works for the agency of the dateline: "新华社北京5月13日电（记者...）"."""
    before = ctx.text[s.start : m.start]
    if not re.search(r"电\s*[（(]\s*(?:新华社)?记者", before):
        return
    orgs = [(om, oe) for om, oe in index.in_sentence(m.sentence, *ORGS) if om.end <= m.start]
    if orgs and orgs[0][0].start - s.start <= 2:
        yield relation(ctx, ent, P.AFFILIATED_WITH, orgs[0][1], s, "posts_ar_zh", 0.7)


# --------------------------------------------------------------------------- events


def _events(index: EntityIndex, s: Sentence) -> list[tuple[Mention, Entity]]:
    return [(m, e) for m, e in index.in_sentence(s.index, C.EVENT) if not m.nested]


def _nearest_before(items: list[tuple[Mention, Entity]], pos: int, window: int = 120) -> Entity | None:
    best = [(pos - m.end, e) for m, e in items if m.end <= pos and pos - m.end <= window]
    return min(best, key=lambda x: x[0])[1] if best else None


def _actors_from(ctx: DocContext, index: EntityIndex, s: Sentence, pos: int, *, glue: str) -> list[Entity]:
    """Bodies and countries listed from ``pos`` on: "X وY", "X、Y和Z"."""
    return _actors_and_end(ctx, index, s, pos, glue=glue)[0]


def _actors_and_end(
    ctx: DocContext, index: EntityIndex, s: Sentence, pos: int, *, glue: str
) -> tuple[list[Entity], int]:
    """:func:`_actors_from`, and where the list ends."""
    out: list[Entity] = []
    cursor = pos
    for om, oe in index.in_sentence(s.index, *ORGS, C.COUNTRY):
        if om.start < cursor or (om.nested and not out and om.start != cursor):
            continue
        if oe.cls is C.COUNTRY and _inside(om, index, *ORGS):
            continue  # "中国" of "中国电建"
        gap = ctx.text[cursor : om.start]
        if out and _SUBSIDIARY_ZH.fullmatch(gap):
            out[-1] = oe  # "中国电建所属中国水电": the subsidiary named acts
        elif not re.fullmatch(glue, gap):
            break
        elif oe not in out:
            out.append(oe)
        cursor = om.end
    return out, cursor


_SUBSIDIARY_ZH = re.compile(r"\s*(?:所属|旗下|下属)的?\s*")


_GLUE_AR = r"\s*(?:،|,)?\s*(?:و)?"
_GLUE_ZH = r"\s*(?:、|和|与|及|以及|，)?\s*"


@relation_extractor("organized_by_ar_zh", version="2", languages=LANGS)
def organized_by(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Events and who organized, hosted or sponsored them ("由X主办", "برعاية X", "استضافت X ...")."""
    main = main_event(ctx, index)
    for s in _sentences(ctx, "zh"):
        events = _events(index, s)
        verbs = "|".join(sorted(LZ.ORGANIZE_VERBS, key=len, reverse=True))
        # "由商务部指导、中国对外承包工程商会和澳门贸易投资促进局主办的...": every body named before a verb.
        for cue in re.finditer(r"由(?P<who>(?:[^，。；由的]{2,60}?(?:" + verbs + r")[、，和与及]?)+)", s.text):
            a, b = s.start + cue.start("who"), s.start + cue.end("who")
            who = [
                oe
                for om, oe in index.in_sentence(s.index, *ORGS, C.COUNTRY)
                if a <= om.start and om.end <= b and not om.nested and not _inside(om, index, *ORGS, C.EVENT)
            ]
            end = s.start + cue.end()
            after = [e for m, e in events if 0 <= m.start - end <= 2]
            event = after[0] if after and ctx.text[end - 1 : end] == "的" else None
            if event is None and ctx.text[end : end + 1] == "的":
                following = [e for m, e in events if 0 <= m.start - end - 1 <= 2]
                event = following[0] if following else None
            event = event or _nearest_before(events, s.start + cue.start()) or (after[0] if after else None)
            event = event or (main if s.index <= 3 else None)
            for o in dict.fromkeys(who):
                if event is not None and o.id != event.id:
                    yield relation(ctx, event, P.ORGANIZED_BY, o, s, "organized_by_ar_zh", 0.8)
        for cue in _FRAMEWORK.finditer(s.text):
            # "是中国—拉共体论坛框架下的专题活动", "在金砖合作框架下举办的研讨会"
            pos = s.start + cue.start()
            bodies = [e for m, e in index.in_sentence(s.index, *ORGS) if m.end == pos and not m.nested]
            after = [e for m, e in events if 0 <= m.start - (s.start + cue.end()) <= 12]
            event = after[0] if after else None
            if event is None and cue.group("kind"):
                event = _nearest_before(events, pos) or (main if s.index <= 3 else None)
            if bodies and event is not None and bodies[0].id != event.id:
                yield relation(ctx, event, P.ORGANIZED_BY, bodies[0], s, "organized_by_ar_zh", 0.7)
        for cue in re.finditer("(?:" + "|".join(LZ.ORGANIZE_VERBS) + ")的", s.text):
            pos = s.start + cue.start()
            before = [(om, oe) for om, oe in index.in_sentence(s.index, *ORGS, C.COUNTRY) if om.end == pos]
            after = [e for m, e in events if 0 <= m.start - (s.start + cue.end()) <= 12]
            if before and after:
                yield relation(ctx, after[0], P.ORGANIZED_BY, before[0][1], s, "organized_by_ar_zh", 0.8)
    for s in _sentences(ctx, "ar"):
        events = _events(index, s)
        for cue in LA.ORGANIZED_AFTER.finditer(s.text):
            event = _nearest_before(events, s.start + cue.start())
            who = _actors_from(ctx, index, s, s.start + cue.end(), glue=_GLUE_AR)
            for o in who:
                if event is not None:
                    yield relation(ctx, event, P.ORGANIZED_BY, o, s, "organized_by_ar_zh", 0.8)
        for cue in LA.ORGANIZED_VERB.finditer(s.text):
            pos = s.start + cue.end()
            hosts = [(om, oe) for om, oe in index.in_sentence(s.index, *ORGS, C.COUNTRY) if 0 <= om.start - pos <= 2]
            if not hosts:
                continue
            hosted = [e for m, e in events if 0 <= m.start - hosts[0][0].end <= 60]
            if hosted:
                yield relation(ctx, hosted[0], P.ORGANIZED_BY, hosts[0][1], s, "organized_by_ar_zh", 0.7)
        yield from _organized_by_subject(ctx, index, s, events)


_FRAMEWORK = re.compile(
    r"框架(?:下|内)(?:举办|举行|召开)?的(?:[^，。；的]{0,10}?(?P<kind>活动|会议|论坛|峰会|对话会|研讨会|交流会|展会)(?=[，。；]|$))?"
)


def _organized_by_subject(
    ctx: DocContext, index: EntityIndex, s: Sentence, events: list[tuple[Mention, Entity]]
) -> Iterator[Relation]:
    """The subject of a sentence organizes the events it lists: "تواصل الصين ... تنظيم X وY"."""
    for cue in LA.ORGANIZED_NOUN.finditer(s.text):
        pos = s.start + cue.start()
        subject = next(
            (
                e
                for m, e in index.in_sentence(s.index, C.COUNTRY, *ORGS)
                if m.end <= pos
                and not m.nested
                and not _inside(m, index, C.EVENT, C.AGREEMENT, C.PROJECT, C.INITIATIVE, *ORGS)
            ),
            None,
        )
        if subject is None:
            continue
        clause_end = _clause_end(s.text, cue.end(), "؛.")
        for m, e in events:
            if s.start + cue.end() <= m.start < s.start + clause_end:
                gap = ctx.text[s.start + cue.end() : m.start]
                if len(gap) > 80 and not re.search(r"مثل|منها|بما في ذلك|:", gap):
                    continue
                yield relation(ctx, e, P.ORGANIZED_BY, subject, s, "organized_by_ar_zh", 0.6)


def _clause_end(text: str, start: int, stops: str) -> int:
    ends = [k for k in (text.find(c, start) for c in stops) if k != -1]
    return min(ends) if ends else len(text)


def _place_country(ctx: DocContext, index: EntityIndex, s: Sentence, pos: int) -> Entity | None:
    """The country named (or implied by a known city) right at ``pos``."""
    for cm, ce in index.in_sentence(s.index, C.COUNTRY):
        if 0 <= cm.start - pos <= 1 and not cm.adjective:
            return ce
    rest = ctx.text[pos : pos + 12]
    for place in LZ.PLACES_BY_LENGTH:
        if rest.startswith(place) or re.match(r"[\u4e00-\u9fff]{1,4}[省市州]" + place, rest):
            return index.country(LZ.PLACES[place])
    return None


_CITIES_AR = {
    LA.norm(k): v
    for k, v in {
        "بكين": "CN",
        "بيجين": "CN",
        "شانغهاي": "CN",
        "شنغهاي": "CN",
        "قوانغتشو": "CN",
        "شنتشن": "CN",
        "هونغ كونغ": "HK",
        "برازيليا": "BR",
        "ساو باولو": "BR",
        "ريو دي جانيرو": "BR",
        "بوينس آيرس": "AR",
        "سانتياغو": "CL",
        "ليما": "PE",
        "بوغوتا": "CO",
        "كيتو": "EC",
        "كاراكاس": "VE",
        "هافانا": "CU",
        "مكسيكو سيتي": "MX",
        "مونتيفيديو": "UY",
        "أسونسيون": "PY",
        "لاباز": "BO",
        "ماناغوا": "NI",
        "القاهرة": "EG",
        "الرياض": "SA",
        "أبوظبي": "AE",
        "الدوحة": "QA",
    }.items()
}


def _place_country_ar(ctx: DocContext, index: EntityIndex, s: Sentence, pos: int) -> Entity | None:
    for cm, ce in index.in_sentence(s.index, C.COUNTRY):
        if 0 <= cm.start - pos <= 2 and not cm.adjective:
            return ce
    rest = LA.norm(ctx.text[pos : pos + 20])
    for city, iso in _CITIES_AR.items():
        if rest.startswith(city) or (rest[1:].startswith(city) and rest[0] in "بو"):
            return index.country(iso)
    return None


@relation_extractor("located_in_ar_zh", version="1", languages=LANGS)
def located_in(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Where events are held ("12日在三亚开幕", "عقد في البرازيل") and where projects are."""
    main = main_event(ctx, index)
    for s in _sentences(ctx, "zh"):
        events = _events(index, s)
        for cue in re.finditer(r"[在于](?=[^，。；]{1,16}?(" + "|".join(LZ.HOLD_VERBS) + "))", s.text):
            place = _place_country(ctx, index, s, s.start + cue.end())
            if place is None:
                continue
            if s.text.startswith("的", cue.end(1)):  # "在澳门举行的中葡论坛第五届部长级会议"
                after = s.start + cue.end(1) + 1
                event = next((e for m, e in events if 0 <= m.start - after <= 2), None)
            else:
                event = _nearest_before(events, s.start + cue.start(), 40) or (main if s.index <= 2 else None)
            if event is not None:
                yield relation(ctx, event, P.LOCATED_IN, place, s, "located_in_ar_zh", 0.8)
    for s in _sentences(ctx, "ar"):
        events = _events(index, s)
        for cue in re.finditer(r"(?:\s|^)(?:في|فى)\s+", s.text):
            pos = s.start + cue.end()
            before = ctx.text[max(s.start, pos - 80) : pos]
            event = None
            direct = [e for m, e in events if 0 <= pos - cue.end() + cue.start() - m.end + s.start <= 1]
            if direct:
                event = direct[0]
            elif LA.HELD_IN.search(before):
                event = _nearest_before(events, pos, 100)
            if event is None:
                continue
            place = _place_country_ar(ctx, index, s, pos)
            if place is not None:
                yield relation(ctx, event, P.LOCATED_IN, place, s, "located_in_ar_zh", 0.7)
    yield from _named_after_host(ctx, index)
    yield from _projects_in(ctx, index)


def _named_after_host(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """A fair named after one country is held there: "معرض الصين الدولي ...", "中国国际进口博览会"."""
    for ent in index.of_class(C.EVENT):
        for m in ent.mentions:
            if m.language not in LANGS or m.nested:
                continue
            s = ctx.sentences[m.sentence]
            inner = [
                (cm, ce)
                for cm, ce in index.in_sentence(m.sentence, C.COUNTRY)
                if m.start <= cm.start and cm.end <= m.end
            ]
            if len({ce.id for _, ce in inner}) != 1 or inner[0][0].adjective:
                continue
            cm, ce = inner[0]
            lead = ctx.text[m.start : cm.start]
            tail = ctx.text[cm.end : m.end]
            if m.language == "zh":
                ok = re.fullmatch(r"(?:第[一二三四五六七八九十百\d]+届|首届)?", lead) is not None
                ok = ok and not re.match(r"\s*[—－\-–与和同·]", tail)
            else:
                ok = re.fullmatch(r"\S+\s+", lead) is not None and not re.match(r"\s*[-–—]|\s+و", tail)
            if ok:
                yield relation(ctx, ent, P.LOCATED_IN, ce, s, "located_in_ar_zh", 0.7)
                break


_THIS_PROJECT_LIES = r"(?:该|这个|此|这座|这条)(?:项目|港口|电站|水电站|铁路|工程|园区)(?:位于|地处|坐落于)"


def _projects_in(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """A project whose name names a country is in that country ("玻利维亚...铁路", "ميناء ... في بيرو"),
    or that is said to lie there ("X水电站位于阿根廷南部", "该项目位于智利北部")."""
    for s in _sentences(ctx, "zh"):
        for cue in re.finditer(_THIS_PROJECT_LIES, s.text):
            place = _place_country(ctx, index, s, s.start + cue.end())
            project = _project_for(ctx, index, s, s.start + cue.end()) if place is not None else None
            if project is not None and place is not None:
                yield relation(ctx, project, P.LOCATED_IN, place, s, "located_in_ar_zh", 0.7)
    for ent in index.of_class(C.PROJECT):
        for m in ent.mentions:
            if m.language not in LANGS:
                continue
            s = ctx.sentences[m.sentence]
            inner = [
                ce for cm, ce in index.in_sentence(m.sentence, C.COUNTRY) if m.start <= cm.start and cm.end <= m.end
            ]
            if len(inner) > 1:
                inner = [c for c in inner if c.key != "country:CN"]
            for ce in dict.fromkeys(inner):
                yield relation(ctx, ent, P.LOCATED_IN, ce, s, "located_in_ar_zh", 0.7)
            after = ctx.text[m.end : m.end + 6]
            if m.language == "zh" and (at := re.match(r"(?:项目)?(?:位于|地处|坐落于|坐落在)", after)):
                place = _place_country(ctx, index, s, m.end + at.end())
                if place is not None:
                    yield relation(ctx, ent, P.LOCATED_IN, place, s, "located_in_ar_zh", 0.8)
            if m.language == "ar" and re.match(r"\s+(?:في|فى)\s+", after):
                place = _place_country_ar(ctx, index, s, m.end + re.match(r"\s+(?:في|فى)\s+", after).end())  # type: ignore[union-attr]
                if place is not None:
                    yield relation(ctx, ent, P.LOCATED_IN, place, s, "located_in_ar_zh", 0.8)


# --------------------------------------------------------------------------- taking part


def _subject_before(index: EntityIndex, s: Sentence, pos: int, *classes: EntityClass) -> Entity | None:
    """The nearest person, country or body before ``pos`` in the same clause."""
    clause_start = max(
        (s.start + k + 1 for k, c in enumerate(s.text[: pos - s.start]) if c in _CLAUSE_ZH + _CLAUSE_AR),
        default=s.start,
    )
    items = [
        (m, e)
        for m, e in index.in_sentence(s.index, *classes)
        if clause_start <= m.start
        and m.end <= pos
        and not m.nested
        and not _inside(m, index, *ORGS, C.EVENT, C.AGREEMENT, C.PROJECT)
    ]
    if not items:
        return None
    persons = [x for x in items if x[1].cls is C.PERSON]
    return (persons or items)[-1][1]


def _countries_from(ctx: DocContext, index: EntityIndex, s: Sentence, start: int, end: int) -> list[Entity]:
    """The countries listed after "来自" between ``start`` and ``end``: "来自巴西、智利和秘鲁等国的"."""
    cue = ctx.text.find("来自", start, end)
    if cue == -1:
        return []
    out: list[Entity] = []
    cursor = cue + 2
    for cm, ce in index.in_sentence(s.index, C.COUNTRY):
        if cm.start < cursor or cm.end > end or cm.nested:
            continue
        if not re.fullmatch(r"[、和及与，]?", ctx.text[cursor : cm.start]):
            break
        out.append(ce)
        cursor = cm.end
    rest = ctx.text[cursor:end]
    # the list ends in the people or delegations who came: "等12个拉美国家的政府官员"
    if not re.match(r"(?:等)?(?:[\d一二三四五六七八九十几多]+个)?[\u4e00-\u9fff]{0,10}?(?:国家|国|地区)?的", rest):
        return []
    return list(dict.fromkeys(out))


# Verbs saying what a named speaker did at the event a report is about.
_REPORT_VERBS = re.compile(
    r"^[^，。；：！？\n]{0,40}?(?:表示|说|介绍|认为|指出|强调|致辞|发言|分享|签署|主持|出席|参加|演讲|呼吁|建议|宣布)"
)


def _report_speakers(ctx: DocContext, index: EntityIndex, main: Entity) -> Iterator[Relation]:
    """In a report whose title names the event, people with a post who speak, sign or attend in it took
    part in the event ("秘鲁交通部长X表示", "Y与Z签署了"); reporters and people received by a host do not."""
    if not any(m.sentence == 0 and not m.nested for m in main.mentions):
        return
    for ent in index.of_class(C.PERSON):
        if not ent.role or ent.role in LZ.REPORTER_TITLES:
            continue
        for m in ent.mentions:
            if m.language != "zh" or (m.role and m.role in LZ.REPORTER_TITLES):
                continue
            s = ctx.sentences[m.sentence]
            clause_start = s.start + max(s.text.rfind(c, 0, m.start - s.start) for c in _CLAUSE_ZH) + 1
            lead = ctx.text[clause_start : m.start]
            if _RECEIVE.search(lead) or re.search(r"[“\"]", lead):
                continue
            said = _REPORT_VERBS.match(ctx.text[m.end : s.end])
            if said and not _RECEIVE.search(said.group(0)) and "的" not in said.group(0):
                r = report_relation(ctx, index, ent, P.PARTICIPATED_IN, main, s, "participated_ar_zh", 0.6)
                if r is not None:
                    yield r
                    break


_RECEIVE = re.compile("会见|会晤|接见|宴请|欢迎|迎接")
_SPEECH = re.compile(r"(?:在(?:开幕式|闭幕式|论坛|会议|会上)?(?:上)?)?(?:致辞|发表(?:主旨)?(?:讲话|演讲)|作主旨发言)")


@relation_extractor("participated_ar_zh", version="2", languages=LANGS)
def participated(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Who attended or took part in an event ("出席开幕式", "شارك ... في المنتدى")."""
    main = main_event(ctx, index)
    for s in _sentences(ctx, "zh"):
        events = _events(index, s)
        for cue in re.finditer("|".join(sorted(LZ.ATTEND_VERBS, key=len, reverse=True)), s.text):
            pos = s.start + cue.start()
            subject = _subject_before(index, s, pos, C.PERSON, C.COUNTRY, C.INTERNATIONAL_ORGANIZATION)
            if subject is None:
                continue
            clause_end = s.start + _clause_end(s.text, cue.end(), _CLAUSE_ZH)
            after_ = [(m, e) for m, e in events if s.start + cue.end() <= m.start < clause_end]
            after = [e for _, e in after_]
            event = after[0] if after else None
            clause_start = s.start + max(s.text.rfind(c, 0, cue.start()) for c in _CLAUSE_ZH) + 1
            if _RECEIVE.search(ctx.text, clause_start, pos):
                # "习近平会见来华出席X的哥伦比亚总统佩特罗": the guest attended, not the host
                guest = [
                    e
                    for m, e in index.in_sentence(s.index, C.PERSON)
                    if after_ and after_[0][0].end < m.start < clause_end
                    and ctx.text.startswith("的", after_[0][0].end)
                ]
                if guest and event is not None:
                    yield relation(ctx, guest[0], P.PARTICIPATED_IN, event, s, "participated_ar_zh", 0.7)
                continue
            if (
                event is None
                and re.match(
                    r"[了]?(?:本届|此次|本次|该)?(?:开幕式|闭幕式|会议|活动|论坛|仪式|展会|博览会|峰会|$|并|，|。)",
                    s.text[cue.end() :],
                )
                and main is not None
            ):
                event = main
            if event is not None and subject.id != event.id:
                yield relation(ctx, subject, P.PARTICIPATED_IN, event, s, "participated_ar_zh", 0.7)
            if event is not None:
                # "来自巴西、智利等12个国家的代表出席": every country of the list took part
                for country in _countries_from(ctx, index, s, clause_start, pos):
                    if country.id != subject.id:
                        yield relation(ctx, country, P.PARTICIPATED_IN, event, s, "participated_ar_zh", 0.7)
    if main is not None:
        yield from _report_speakers(ctx, index, main)
        # "张少刚在致辞中表示": a speaker at the event the report is about
        for ent in index.of_class(C.PERSON):
            for m in ent.mentions:
                if m.language == "zh" and _SPEECH.match(ctx.text, m.end):
                    s = ctx.sentences[m.sentence]
                    yield relation(ctx, ent, P.PARTICIPATED_IN, main, s, "participated_ar_zh", 0.6)
                    break
    for s in _sentences(ctx, "ar"):
        events = _events(index, s)
        for cue in LA.PARTICIPATE.finditer(s.text):
            pos = s.start + cue.start()
            clause_end = s.start + _clause_end(s.text, cue.end(), _CLAUSE_AR)
            named = [(m, e) for m, e in events if s.start + cue.end() <= m.start < clause_end]
            if not named:
                continue
            # VSO: "شارك الرئيس X في المنتدى"; SVO: "X شارك في المنتدى".
            subj = [
                (m, e)
                for m, e in index.in_sentence(s.index, C.PERSON, C.COUNTRY)
                if s.start + cue.end() <= m.start < named[0][0].start and not m.adjective
            ]
            subject = subj[0][1] if subj else _subject_before(index, s, pos, C.PERSON, C.COUNTRY)
            if subject is not None:
                yield relation(ctx, subject, P.PARTICIPATED_IN, named[0][1], s, "participated_ar_zh", 0.6)


# --------------------------------------------------------------------------- joining, membership


@relation_extractor("joined_ar_zh", version="1", languages=LANGS)
def joined(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Countries that joined an initiative or an organization ("加入“一带一路”倡议", "انضمت ... إلى")."""
    for s in _sentences(ctx, "zh"):
        for cue in re.finditer("|".join(LZ.JOIN_VERBS), s.text):
            pos = s.start + cue.end()
            target = [
                (m, e)
                for m, e in index.in_sentence(s.index, C.INITIATIVE, C.INTERNATIONAL_ORGANIZATION)
                if 0 <= m.start - pos <= 4
                # "加入高质量共建“一带一路”大家庭"
                or (m.start > pos and re.fullmatch(r"(?:高质量)?共建“?", ctx.text[pos : m.start]))
            ]
            country = _subject_before(index, s, s.start + cue.start(), C.COUNTRY)
            if target and country is not None:
                pred = P.JOINED if target[0][1].cls is C.INITIATIVE else P.MEMBER_OF
                yield relation(ctx, country, pred, target[0][1], s, "joined_ar_zh", 0.7)
        for cue in re.finditer(r"(?:同|与|和)中国[^，。；]{0,6}?签署(?:了)?共建“?一带一路”?", s.text):
            bri = [
                e
                for m, e in index.in_sentence(s.index, C.INITIATIVE)
                if s.start + cue.start() <= m.start <= s.start + cue.end()
            ]
            country = _subject_before(index, s, s.start + cue.start(), C.COUNTRY)
            if bri and country is not None and country.key != "country:CN":
                yield relation(ctx, country, P.JOINED, bri[0], s, "joined_ar_zh", 0.6)
    for s in _sentences(ctx, "ar"):
        for cue in LA.JOIN.finditer(s.text):
            pos = s.start + cue.end()
            to = re.search(r"(?:إلى|الى|إلي)\s+", s.text[cue.end() : cue.end() + 120])
            if not to:
                continue
            tpos = pos + to.end()
            target = [
                (m, e)
                for m, e in index.in_sentence(s.index, C.INITIATIVE, C.INTERNATIONAL_ORGANIZATION)
                if 0 <= m.start - tpos <= 12
            ]
            between = [
                (m, e)
                for m, e in index.in_sentence(s.index, C.COUNTRY)
                if pos <= m.start < pos + to.start() and not m.adjective
            ]
            country = between[0][1] if len(between) == 1 else None
            if country is None and not between:
                country = _subject_before(index, s, s.start + cue.start(), C.COUNTRY)
            if target and country is not None:
                pred = P.JOINED if target[0][1].cls is C.INITIATIVE else P.MEMBER_OF
                yield relation(ctx, country, pred, target[0][1], s, "joined_ar_zh", 0.7)


@relation_extractor("member_of_ar_zh", version="2", languages=LANGS)
def member_of(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Members named with their organization ("拉共体轮值主席国哥伦比亚", "X عضو في Y")."""
    member = "|".join(sorted(LZ.MEMBER_WORDS, key=len, reverse=True))
    for s in _sentences(ctx, "zh"):
        for cue in re.finditer(member, s.text):
            a, b = s.start + cue.start(), s.start + cue.end()
            ios = [
                e
                for m, e in index.in_sentence(s.index, C.INTERNATIONAL_ORGANIZATION)
                if 0 <= a - m.end <= 6 and re.fullmatch(r"[（(）)\u4e00-\u9fff]{0,6}", ctx.text[m.end : a])
            ]
            countries = [e for m, e in index.in_sentence(s.index, C.COUNTRY) if 0 <= m.start - b <= 1]
            io_at = [m for m, e in index.in_sentence(s.index, C.INTERNATIONAL_ORGANIZATION) if 0 <= a - m.end <= 6]
            if ios and not countries and io_at:  # "哥伦比亚作为拉共体轮值主席国"
                countries = [
                    e
                    for m, e in index.in_sentence(s.index, C.COUNTRY)
                    if ctx.text[m.end : io_at[-1].start] == "作为" and not m.adjective
                ]
            if ios and countries:
                yield relation(ctx, countries[0], P.MEMBER_OF, ios[-1], s, "member_of_ar_zh", 0.8)
            elif ios and io_at and not any(0 <= m.start - b <= 1 for m, _ in index.in_sentence(s.index, C.COUNTRY)):
                # "乌拉圭是南方共同市场成员国", "智利是较早加入亚投行的拉美成员": the subject is the member
                clause_start = s.start + max(s.text.rfind(c, 0, cue.start()) for c in _CLAUSE_ZH) + 1
                subject = [
                    e
                    for m, e in index.in_sentence(s.index, C.COUNTRY)
                    if 0 <= m.start - clause_start <= 1 and not m.adjective and ctx.text.startswith("是", m.end)
                ]
                if subject and not re.search(r"[，。；]", ctx.text[clause_start:a]):
                    yield relation(ctx, subject[0], P.MEMBER_OF, ios[-1], s, "member_of_ar_zh", 0.7)
    for s in _sentences(ctx, "ar"):
        for cue in re.finditer(r"(?:عضو|عضوا|عضوًا)\s+(?:في|ب)\s*", s.text):
            pos = s.start + cue.end()
            ios = [e for m, e in index.in_sentence(s.index, C.INTERNATIONAL_ORGANIZATION) if 0 <= m.start - pos <= 2]
            country = _subject_before(index, s, s.start + cue.start(), C.COUNTRY)
            if ios and country is not None:
                yield relation(ctx, country, P.MEMBER_OF, ios[0], s, "member_of_ar_zh", 0.7)


# --------------------------------------------------------------------------- agreements, projects, firms


@relation_extractor("signed_ar_zh", version="2", languages=LANGS)
def signed(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """The parties that signed an agreement ("X与Y签署了...协议", "وقعت الصين والأرجنتين اتفاقية")."""
    for s in _sentences(ctx, "zh"):
        for cue in re.finditer("|".join(LZ.SIGN_VERBS), s.text):
            pos = s.start + cue.start()
            clause_end = s.start + _clause_end(s.text, cue.end(), "。；")
            agreements = [
                e for m, e in index.in_sentence(s.index, C.AGREEMENT) if s.start + cue.end() <= m.start < clause_end
            ]
            if not agreements:
                continue
            clause_start = s.start + max(s.text.rfind(c, 0, cue.start()) for c in "，。；") + 1
            parties = _pair_before(ctx, index, s, clause_start, pos)
            for p in parties:
                yield relation(ctx, agreements[0], P.PARTY, p, s, "signed_ar_zh", 0.8)
            if not parties:
                # "X部长A与Y局局长B签署了...": the bodies the two signers head
                for p in _signers_bodies(ctx, index, s, clause_start, pos):
                    yield relation(ctx, agreements[0], P.PARTY, p, s, "signed_ar_zh", 0.6)
    for s in _sentences(ctx, "ar"):
        for cue in LA.SIGN.finditer(s.text):
            pos = s.start + cue.end()
            clause_end = s.start + _clause_end(s.text, cue.end(), _CLAUSE_AR)
            signed_ = [(m, e) for m, e in index.in_sentence(s.index, C.AGREEMENT) if pos <= m.start < clause_end]
            if not signed_:
                continue
            first, agreement = signed_[0]
            parties = _actors_from(ctx, index, s, _skip_space(ctx.text, pos), glue=_GLUE_AR)
            parties = [p for p in parties if p.id != agreement.id]
            if not parties:
                continue
            if any(
                m.start >= first.start
                for m, e in index.in_sentence(s.index, *ORGS, C.COUNTRY)
                if e in parties and m.start > first.end
            ):
                continue
            for p in parties:
                yield relation(ctx, agreement, P.PARTY, p, s, "signed_ar_zh", 0.7)


def _post_body(ctx: DocContext, index: EntityIndex, person: Entity) -> Entity | None:
    """The body a person's title names last: "巴西矿业和能源部国家石油秘书处秘书长" -> the secretariat."""
    for m in person.mentions:
        zone = _zone(ctx, m)
        if zone is None or m.role in LZ.REPORTER_TITLES:
            continue
        inside = [
            oe
            for om, oe in index.in_sentence(m.sentence, *ORGS)
            if zone[0] <= om.start and om.end <= zone[1] and not om.nested
        ]
        if inside:
            return inside[-1]
    return None


def _signers_bodies(ctx: DocContext, index: EntityIndex, s: Sentence, start: int, end: int) -> list[Entity]:
    """The bodies of two people who sign ("A与B签署", "A与B代表两国政府签署"), when both hold a post in one."""
    people = [
        (m, e) for m, e in index.in_sentence(s.index, C.PERSON) if start <= m.start and m.end <= end and not m.nested
    ]
    for (m1, e1), (m2, e2) in itertools.pairwise(people):
        if e1.id == e2.id or not re.fullmatch(r"[^，。；的]{0,30}", ctx.text[m1.end : m2.start]):
            continue
        if not re.match(r"\s*(?:与|和|同)", ctx.text[m1.end : m2.start]):
            continue
        if not re.fullmatch(r"(?:代表[^，。；的]{0,16}?)?(?:共同|正式|分别)?", ctx.text[m2.end : end]):
            continue
        bodies = [_post_body(ctx, index, e1), _post_body(ctx, index, e2)]
        if bodies[0] is not None and bodies[1] is not None and bodies[0].id != bodies[1].id:
            return [bodies[0], bodies[1]]
    return []


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _pair_before(ctx: DocContext, index: EntityIndex, s: Sentence, start: int, end: int) -> list[Entity]:
    """Both sides of "X与Y" right before a verb, when each is a body or a country."""
    items = [
        (m, e)
        for m, e in index.in_sentence(s.index, *ORGS, C.COUNTRY)
        if start <= m.start and m.end <= end and not m.nested
    ]
    items = [(m, e) for m, e in items if not _inside(m, index, *ORGS, C.AGREEMENT, C.EVENT, C.PROJECT)]
    for (m1, e1), (m2, e2) in itertools.pairwise(items):
        if re.fullmatch(r"\s*(?:与|和|同)\s*", ctx.text[m1.end : m2.start]) and re.fullmatch(
            r"\s*(?:共同|正式|分别|还|也)?\s*", ctx.text[m2.end : end]
        ):
            return [e1, e2]
    return []


def _project_for(ctx: DocContext, index: EntityIndex, s: Sentence, pos: int) -> Entity | None:
    """The project a clause is about: named in it, or "该/这条/这座..." pointing back to the last one."""
    in_sentence = [(m, e) for m, e in index.in_sentence(s.index, C.PROJECT) if not m.nested]
    before = [e for m, e in in_sentence if m.end <= pos]
    if before:
        return before[-1]
    if re.search(r"(?:该|这条|这座|这个|此)(?:项目|铁路|港口|电站|工程|公路|大桥|线路|港)", s.text[: pos - s.start]):
        earlier = [e for e in index.of_class(C.PROJECT) if e.mentions[0].start < s.start]
        if earlier:
            return max(earlier, key=lambda e: max(m.start for m in e.mentions if m.start < s.start))
    return None


@relation_extractor("implemented_by_ar_zh", version="1", languages=LANGS)
def implemented_by(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Projects and who builds, finances or runs them ("由X承建的Y", "交由X运营", "بتمويل من X")."""
    build = "|".join(sorted(LZ.BUILD_VERBS, key=len, reverse=True))
    verb_after = re.compile(r"\s*(?:[（(][^（）()]{1,20}[)）])?\s*(?:负责|共同|联合)?(?:" + build + ")")
    found: list[tuple[Entity, Entity, Sentence]] = []
    for s in _sentences(ctx, "zh"):
        for cue in re.finditer(r"(?:由|交由|交给)(?P<who>[^，。；]{2,40}?)(?:" + build + ")", s.text):
            who, last = _actors_and_end(ctx, index, s, s.start + cue.start("who"), glue=_GLUE_ZH)
            if not who:
                continue
            cue_end = s.start + cue.end()
            # the verb found may sit inside the builder's name ("中国水利水电建设股份有限公司"): take the one after it
            verb = verb_after.match(ctx.text, last)
            if last > cue_end and verb is not None:
                cue_end = verb.end()
            after = [
                e
                for m, e in index.in_sentence(s.index, C.PROJECT)
                if ctx.text[cue_end : cue_end + 1] == "的"
                and 0 <= m.start - cue_end <= 12
            ]
            project = after[0] if after else _project_for(ctx, index, s, s.start + cue.start())
            if project is not None:
                found += [(project, o, s) for o in who]
        for cue in re.finditer("(?:" + build + ")的", s.text):
            pos = s.start + cue.start()
            if s.text[max(0, cue.start() - 40) : cue.start()].rfind("由") != -1:
                continue
            before = [e for m, e in index.in_sentence(s.index, *ORGS) if m.end == pos]
            after = [e for m, e in index.in_sentence(s.index, C.PROJECT) if 0 <= m.start - (s.start + cue.end()) <= 12]
            if before and after:
                found.append((after[0], before[0], s))
    for s in _sentences(ctx, "ar"):
        for cue in LA.IMPLEMENTED.finditer(s.text):
            pos = s.start + cue.end()
            who = [e for m, e in index.in_sentence(s.index, *ORGS) if 0 <= m.start - pos <= 6]
            project = _nearest_before(index.in_sentence(s.index, C.PROJECT), s.start + cue.start(), 80)
            if who and project is not None:
                found.append((project, who[0], s))
    for project, org, s in found:
        if org.id != project.id:
            yield relation(ctx, project, P.IMPLEMENTED_BY, org, s, "implemented_by_ar_zh", 0.8)
    # A firm that builds a project abroad operates in that country.
    for project, org, s in found:
        if org.cls is not C.COMPANY:
            continue
        home = _country_of(org, index, ctx)
        for m in project.mentions:
            for cm, ce in index.in_sentence(m.sentence, C.COUNTRY):
                if m.start <= cm.start and cm.end <= m.end and (home is None or ce.id != home.id):
                    yield relation(ctx, org, P.OPERATES_IN, ce, s, "implemented_by_ar_zh", 0.6)


_FIRMS_ABROAD = (
    r"(?:等(?:[\u4e00-\u9fff]{0,4}?)(?:企业|公司|银行|集团|机构))?(?:已|将|还|也|均|都|正在|积极|先后)*(?:在|赴)"
)


def _list_end(ctx: DocContext, index: EntityIndex, s: Sentence, pos: int, *classes: EntityClass) -> int:
    """The end of a list of names that begins before ``pos``: "X、Y和Z"."""
    for om, _ in index.in_sentence(s.index, *classes):
        if om.start >= pos and not om.nested and re.fullmatch(r"[、和及与]", ctx.text[pos : om.start]):
            pos = om.end
    return pos


def _place_countries(ctx: DocContext, index: EntityIndex, s: Sentence, pos: int) -> list[tuple[int, Entity]]:
    """Countries listed from ``pos`` ("巴西、阿根廷、秘鲁等国"), each with the offset after it."""
    first = _place_country(ctx, index, s, pos)
    if first is None:
        return []
    countries = [(cm, ce) for cm, ce in index.in_sentence(s.index, C.COUNTRY) if cm.start >= pos and not cm.adjective]
    if not countries or countries[0][0].start - pos > 1:
        return [(pos, first)]  # a city: "在圣保罗设厂"
    out = [(countries[0][0].end, countries[0][1])]
    for cm, ce in countries[1:]:
        if not re.fullmatch(r"[、和及与]", ctx.text[out[-1][0] : cm.start]):
            break
        out.append((cm.end, ce))
    return out


@relation_extractor("operates_in_ar_zh", version="1", languages=LANGS)
def operates_in(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Firms and the countries the sentence says they invest or work in ("X在巴西投资", "تستثمر X في ...")."""
    verbs = "|".join(sorted(LZ.OPERATE_VERBS, key=len, reverse=True))
    for s in _sentences(ctx, "zh"):
        for ent in index.of_class(C.COMPANY):
            home = _country_of(ent, index, ctx)
            for m in (m for m in ent.mentions if m.sentence == s.index and not m.nested):
                end = _list_end(ctx, index, s, m.end, C.COMPANY)  # "中国工商银行、中国银行等商业银行也在..."
                rest = ctx.text[end : min(s.end, end + 30)]
                cue = re.match(_FIRMS_ABROAD, rest)
                if not cue:
                    continue
                places = _place_countries(ctx, index, s, end + cue.end())
                if not places:
                    continue
                tail = ctx.text[places[-1][0] : places[-1][0] + 20]
                if not re.search(verbs, tail):
                    continue
                for _, country in places:
                    if home is None or country.id != home.id:
                        yield relation(ctx, ent, P.OPERATES_IN, country, s, "operates_in_ar_zh", 0.6)
    for s in _sentences(ctx, "ar"):
        for ent in index.of_class(C.COMPANY):
            home = _country_of(ent, index, ctx)
            for m in (m for m in ent.mentions if m.sentence == s.index and not m.nested):
                rest = ctx.text[m.end : min(s.end, m.end + 60)]
                cue = LA.OPERATES.search(rest)
                if not cue:
                    continue
                fi = re.search(r"(?:في|فى)\s+", rest[cue.end() :])
                if not fi or fi.start() > 20:
                    continue
                place = _place_country_ar(ctx, index, s, m.end + cue.end() + fi.end())
                if place is not None and (home is None or place.id != home.id):
                    yield relation(ctx, ent, P.OPERATES_IN, place, s, "operates_in_ar_zh", 0.6)


@relation_extractor("body_events_ar_zh", version="1", languages=LANGS)
def body_events(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Meetings of a body named with it ("中拉论坛第四届部长级会议", "المؤتمرات الوزارية لمنظمة التجارة العالمية")."""
    for ent in index.of_class(C.EVENT):
        for m in ent.mentions:
            if m.language not in LANGS or m.nested:
                continue
            s = ctx.sentences[m.sentence]
            for om, oe in index.in_sentence(m.sentence, C.INTERNATIONAL_ORGANIZATION):
                if not (m.start <= om.start and om.end <= m.end) or oe.id == ent.id:
                    continue
                if (m.language == "zh" and om.start == m.start) or (
                    m.language == "ar" and ctx.text[om.start - 1 : om.start] == "ل" and om.start > m.start
                ):
                    yield relation(ctx, ent, P.ORGANIZED_BY, oe, s, "body_events_ar_zh", 0.7)


# The pair abbreviations of China and one partner: "中秘" (Peru), "中乌" (Uruguay, in a document about it).
_PAIR_ABBREV = re.compile(r"中([\u4e00-\u9fff])")
_NOT_PARTNER = frozenset("国华央方共外资企拉非欧阿亚美东西南北")


@relation_extractor("pair_parties_zh", version="1", languages={"zh"})
def pair_parties(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """An agreement named after the pair ("中秘自由贸易协定", "中乌全面战略伙伴关系") has China and the
    one country of the document whose Chinese name begins with the second character as parties."""
    china = index.country("CN")
    printed: dict[str, set[str]] = {}
    for e in index.of_class(C.COUNTRY):
        if china is not None and e.id == china.id:
            continue
        for m in e.mentions:
            if m.language == "zh":
                printed.setdefault(ctx.text[m.start : m.start + 1], set()).add(e.id)
    by_id = {e.id: e for e in index.of_class(C.COUNTRY)}
    for ent in index.of_class(C.AGREEMENT):
        for m in ent.mentions:
            if m.language != "zh":
                continue
            at = m.start - 2 if ctx.text.endswith("伙伴关系", m.start, m.end) else m.start  # "中乌全面战略伙伴关系"
            pair = _PAIR_ABBREV.match(ctx.text, max(at, 0))
            if pair is None or pair.group(1) in _NOT_PARTNER or len(printed.get(pair.group(1), ())) != 1:
                continue
            partner = by_id[next(iter(printed[pair.group(1)]))]
            s = ctx.sentences[m.sentence]
            yield relation(ctx, ent, P.PARTY, partner, s, "pair_parties_zh", 0.7)
            if china is not None:
                yield relation(ctx, ent, P.PARTY, china, s, "pair_parties_zh", 0.7)
            break


@relation_extractor("firm_home_zh", version="1", languages={"zh"})
def firm_home(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """"智利能源企业科尔布恩公司": the country before the firm noun is the firm's home."""
    for ent in index.of_class(C.COMPANY):
        for m in ent.mentions:
            if m.language != "zh" or m.nested:
                continue
            s = ctx.sentences[m.sentence]
            home = [
                ce
                for cm, ce in index.in_sentence(m.sentence, C.COUNTRY)
                if cm.end <= m.start and re.fullmatch(r"[\u4e00-\u9fff]{0,4}?企业", ctx.text[cm.end : m.start])
            ]
            china = index.country("CN")
            end = _list_end(ctx, index, s, m.end, C.COMPANY)
            if not home and china is not None and re.match(r"等(?:中国|中资)(?:企业|公司)", ctx.text[end : end + 5]):
                home = [china]  # "华为、海信等中国企业"
            if home:
                yield relation(ctx, ent, P.BASED_IN, home[-1], s, "firm_home_zh", 0.8)
                break


_UNIT = re.compile(r"(?:研究所|研究院|研究中心|学院|分公司|子公司|分行|分院|分部)$")


@relation_extractor("part_of_zh", version="1", languages={"zh"})
def part_of_zh(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """A unit and its parent: named at the start of its name ("中国社会科学院拉丁美洲研究所",
    "比亚迪巴西分公司"), or before "所属/旗下" ("中国电建所属中国水电工程顾问集团")."""
    for s in _sentences(ctx, "zh"):
        orgs = [(m, e) for m, e in index.in_sentence(s.index, *ORGS)]
        for m, e in orgs:
            if m.nested:
                continue
            if _UNIT.search(ctx.text[m.start : m.end]):
                for pm, pe in orgs:
                    if pm.start == m.start and pm.end < m.end and pe.id != e.id:
                        yield relation(ctx, e, P.PART_OF, pe, s, "part_of_zh", 0.8)
                        break
            for pm, pe in orgs:
                if pe.id != e.id and pm.end < m.start and re.fullmatch(
                    r"(?:[（(][^（）()]{1,12}[）)])?(?:所属|旗下|下属)(?:的)?", ctx.text[pm.end : m.start]
                ):
                    yield relation(ctx, e, P.PART_OF, pe, s, "part_of_zh", 0.8)
