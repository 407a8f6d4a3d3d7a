"""Relation extractors: facts the grammar of a sentence states between its entities.

Confidence means the same everywhere (see README, "Confidence"):
0.9 the sentence states it in a fixed construction (a name with its parent: "Ministry of
Transport of Venezuela"); 0.8 an apposition or a cue verb links the two directly; 0.7 the link
is in one clause but looser; 0.6 general knowledge from the gazetteer (a firm's home country)
or a document-level reading (speakers at the event a report is about); 0.5 a guess worth
reviewing.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from ..gazetteer import load_cities, normalize
from ..records import ORGANIZATION_CLASSES, Entity, EntityClass, Mention, Predicate, Relation, Sentence
from . import lexicon as L
from .context import DocContext, EntityIndex, passage_relation, relation, report_relation
from .known_names import Hit, country_hits, scan
from .people import CHINESE_NAME, CHINESE_SURNAMES, is_pinyin_given_name
from .registry import relation_extractor

P = Predicate
C = EntityClass
ORGS = tuple(ORGANIZATION_CLASSES)
_CLAUSE_END = re.compile(r"[。；;]|、(?=\s*[A-Z][a-z]+\s+[A-Z][a-z]+\s*,)|\.(?=\s|$)(?<!Co\.)(?<!Ltd\.)")
# Machine translation glues the next clause on: "...CorpsIntroduced", "...CommitteeExpress".
_WORD_START = r"(?:\b|(?<=[a-z])(?=[A-Z]))"
_STOP_VERBS = re.compile(
    _WORD_START + r"(?i:said|says|attended|introduced|introduce|introduces|chaired|stated|expressed|express|expresses|"
    r"pointed out|noted|stressed|spoke|delivered|shared|share|proposed|indicated|outlined|believes|in his|"
    r"in her|he said|she said|the video|he |she |they |it )"
)


# "Center for China Studies": the country a body studies is not its home
_STUDIES = re.compile(r"(?:[\s\-–]+[A-Z][\w\-]*){0,3}\s+(?:Studies|Research|Affairs)\b")
_BRANCH_ZH = re.compile(r"(?:分行|分公司|子公司|办事处|代表处|分部)$")


def _country_of(ent: Entity, index: EntityIndex, ctx: DocContext) -> tuple[Entity, float] | None:
    """The country an organization belongs to: named in its name, or known from the gazetteer."""
    for m in ent.mentions:
        inner = [
            (cm, ce) for cm, ce in index.in_sentence(m.sentence, C.COUNTRY) if m.start <= cm.start and cm.end <= m.end
        ]
        # "...阿根廷研究中心" studies the country; "中国银行智利分行" is the branch in the last one.
        inner = [
            (cm, ce) for cm, ce in inner
            if not ctx.text.startswith(("研究", "问题"), cm.end) and not _STUDIES.match(ctx.text, cm.end)
        ]
        if inner and _BRANCH_ZH.match(ctx.text, inner[-1][0].end, m.end):
            return inner[-1][1], 0.9
        names = [ce for _, ce in inner]
        if not names:
            continue
        first_cm = inner[0][0]
        tail = ctx.text[first_cm.end : m.end]
        # "China-Latin America ..." names a relationship, not a home.
        if len({e.id for e in names}) == 1 and not re.match(r"\s*[-–—]\s*\S", tail):
            return names[0], 0.9 if first_cm.start > m.start else 0.8
        if re.search(r"\bof\s+(?:the\s+)?$", ctx.text[m.start : inner[-1][0].start]) and inner[-1][0].end == m.end:
            return inner[-1][1], 0.9
    entry = ctx.gazetteer.get(ent.key) if ent.key else None
    if entry and entry.country and (c := index.country(entry.country)) is not None:
        return c, 0.6
    return None


def dominant_country(index: EntityIndex) -> Entity | None:
    """The country a text names far more than any other but China, if there is one."""
    counts = sorted(
        ((len(e.mentions), e.id) for e in index.of_class(C.COUNTRY) if e.iso_code != "CN"), reverse=True
    )
    if counts and counts[0][0] >= 3 and (len(counts) == 1 or counts[0][0] >= 2 * counts[1][0]):
        return next(e for e in index.of_class(C.COUNTRY) if e.id == counts[0][1])
    return None


@relation_extractor("based_in", version="1")
def based_in(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Organizations in the country their name or the gazetteer places them ("... of Colombia")."""
    for ent in index.of_class(*ORGS):
        if ent.cls is C.INTERNATIONAL_ORGANIZATION:
            continue
        found = _country_of(ent, index, ctx)
        if found is None:
            found = _country_from_parent(ent, index, ctx)
        if found is None and (dem := _demonym_before(ent, index, ctx)) is not None:
            found = (dem[0], 0.8)
        if found is None and (home := _city_home(ent, index, ctx)) is not None:
            found = (home, 0.6)
        if (found is None and ent.cls is C.GOVERNMENT_BODY and _LATIN_SECRETARIAT.match(ent.name)
                and (home := dominant_country(index)) is not None):
            # "Secretariat of Health": a ministry named the Honduran or Mexican way, in a text about that country
            found = (home, 0.6)
        if found is None:
            continue
        country, conf = found
        for m in ent.mentions:
            r = passage_relation(ctx, index, ent, P.BASED_IN, country, ctx.sentences[m.sentence], "based_in", conf)
            if r is not None:
                yield r
                break
        else:
            # Known from the gazetteer or a city in the name ("University of Buenos Aires") while the country is
            # named far away: the sentence naming the body is the evidence, the country's sentence its context.
            first = ctx.sentences[min(m.sentence for m in ent.mentions)]
            if (r := report_relation(ctx, index, ent, P.BASED_IN, country, first, "based_in", conf)) is not None:
                yield r


_LATIN_SECRETARIAT = re.compile(r"Secretariat\s+of\s+(?!the\b)[A-Z]")
_BASED_AFTER = re.compile(r"[-\s](?:based|headquartered)\b")
# "the Chinese company Lifan", "the Peruvian mining company Volcan", "Chile's state-owned copper miner X"
_FIRM_NOUN = re.compile(
    r"\s+(?:state-owned\s+|private\s+)?(?:(?!and\b|or\b|the\b)[a-z][a-z\-]*\s+){0,2}(?:company|firm|contractor|conglomerate|carmaker|automaker|miner|"
    r"lender|bank|developer|operator|manufacturer|producer|giant|group|builder|unit|subsidiary|affiliate)\s+$",
    re.I,
)


_CITY_BASED = re.compile(r"([A-Z][\w'’]*(?:\s[A-Z][\w'’]*){0,2})-based\s+(?:\w+\s+){0,3}$")
_BASED_IN_CITY = re.compile(
    r",?\s+(?:which\s+is\s+)?(?:based|headquartered)\s+in\s+([A-Z][\w'’]*(?:\s[A-Z][\w'’]*){0,2})"
)


def _city_home(ent: Entity, index: EntityIndex, ctx: DocContext) -> Entity | None:
    """"University of Buenos Aires", "Monterrey-based Grupo X", "X, based in Ningbo": the city's country."""
    cities = load_cities()
    found: set[str] = set()
    for name in (ent.name, *ent.aliases):
        tokens = re.findall(r"[\w'’]+", name)
        for n in (3, 2, 1):
            for i in range(len(tokens) - n + 1):
                if (iso := cities.get(normalize(" ".join(tokens[i : i + n])))) is not None:
                    found.add(iso)
    for m in ent.mentions:
        before = _CITY_BASED.search(ctx.text[max(0, m.start - 60) : m.start])
        after = _BASED_IN_CITY.match(ctx.text[m.end : m.end + 60])
        # "The Guadalajara-based firm": the longest run of the words next to "-based" that is a city
        for hit, side in ((before, "end"), (after, "start")):
            if hit and (iso := _city_iso(hit.group(1).split(), longest_from=side)) is not None:
                found.add(iso)
    if len(found) != 1:
        return None
    return index.country(found.pop())


def _demonym_before(ent: Entity, index: EntityIndex, ctx: DocContext) -> tuple[Entity, Mention] | None:
    """"the Chinese company Lifan": the demonym before a firm noun gives the firm's home."""
    for m in ent.mentions:
        for cm, ce in index.in_sentence(m.sentence, C.COUNTRY):
            if cm.adjective and cm.end <= m.start and _FIRM_NOUN.fullmatch(ctx.text[cm.end : m.start]):
                return ce, m
    return None


def _country_from_parent(ent: Entity, index: EntityIndex, ctx: DocContext) -> tuple[Entity, float] | None:
    for m in ent.mentions:
        for pm, pe in index.in_sentence(m.sentence, *ORGS):
            if pe.id != ent.id and m.start <= pm.start and pm.end <= m.end and pm.nested:
                found = _country_of(pe, index, ctx)
                if found is not None:
                    return found[0], min(found[1], 0.8)
    return None


@relation_extractor("part_of", version="1")
def part_of(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """A unit and the larger body named with it: "Institute of Marxism, Chinese Academy of ..."."""
    for ent in index.of_class(*ORGS):
        for m in ent.mentions:
            if m.nested:
                continue
            for pm, pe in index.in_sentence(m.sentence, *ORGS):
                if pe.id != ent.id and pm.nested and m.start <= pm.start and pm.end <= m.end:
                    # parents named in the name itself, not an acronym inside a forum's name
                    if pm.start > m.start and pm.extractor == "named_phrases":
                        yield relation(ctx, ent, P.PART_OF, pe, ctx.sentences[m.sentence], "part_of", 0.9)


_VERBS_AFTER_NAME = frozenset(
    """said says called calls told tells added adds noted notes stressed urged warned announced praised welcomed
    met meets visited signed attended spoke speaks expressed pointed highlighted recalled explained stated
    insisted argued described believes believed thinks thought wrote writes""".split()
)


def _apposition_zone(ctx: DocContext, m: Mention) -> tuple[int, int]:
    """Document offsets of the title/affiliation text that goes with a person mention."""
    s = ctx.sentences[m.sentence]
    rel_start, rel_end = m.start - s.start, m.end - s.start
    text = s.text
    if m.role and (pos := text.rfind(m.role[:40], 0, rel_start)) != -1 and rel_start - pos < 260:
        # Title printed before the name ("Ramon, Minister of ...·Velasquez(Ramón ...)").
        return s.start + pos, m.end
    after = text[rel_end:]
    opener = re.match(r"\s*[,，(:（]", after)
    if not opener:
        return m.start, m.end
    first = re.match(r"\s*([a-z][\w\-]*)\b", after[opener.end() :])
    if first and first.group(1) not in L.TITLES_EN and (
        first.group(1) in _VERBS_AFTER_NAME or re.fullmatch(r"[a-z]+ed", first.group(1))
    ):
        return m.start, m.end  # "Wang Chuanfu, called Brazil ...": a verb follows, not a title
    stop = len(after)
    for rx in (_CLAUSE_END, _STOP_VERBS):
        hit = rx.search(after, opener.end())
        if hit:
            stop = min(stop, hit.start())
    if after.lstrip().startswith("(") and (close := after.find(")")) != -1:
        return m.start, m.end + min(stop, close)
    stop = min(stop, 260)
    # The first comma segment is the title; later segments belong to it only while they read as names
    # ("..., Department of ... Affairs, Ministry of Commerce"), not as a new clause ("..., made remarks").
    segments = re.split(r"(?<!Co\.)[,，]", after[opener.end() : stop])
    end = opener.end() + len(segments[0])
    for seg in segments[1:]:
        if not _name_like(seg):
            break
        end += 1 + len(seg)
    return m.start, m.end + end


_LOOSE_WORDS = frozenset({"then", "former", "deputy", "vice", "general", "chief", "senior", "executive", "ltd", "co"})


def _name_like(segment: str) -> bool:
    """A comma segment made of names and titles only (no verbs or common nouns in lower case)."""
    words = re.findall(r"[^\W\d_][\w'’\-]*", segment)
    if not words or not (words[0][0].isupper() or words[0].lower() in L.TITLES_EN):
        return False
    return all(
        w[0].isupper() or w in L.CONNECTORS or w in L.TITLES_EN or w in _LOOSE_WORDS or "-" in w
        for w in words
    )


def _title_prefix_country(ctx: DocContext, m: Mention, index: EntityIndex) -> Entity | None:
    """ "Chilean President Bachelet", "Chinese Foreign Minister Wang Yi", "Uruguay's Industry, Energy and
    Mining Minister X", "his Panamanian counterpart, X": a country, then only a title, then the name."""
    # only the nearest country before the name: "Chinese President Xi and Argentine President Milei";
    # the host of an envoy's post is skipped ("China's ambassador to Ecuador Cai Runguo")
    end = m.start
    before = sorted(
        (
            (cm, ce) for cm, ce in index.in_sentence(m.sentence, C.COUNTRY)
            if cm.end <= m.start and not _inside_org(cm, index)  # "Professor X of Renmin University of China"
        ),
        key=lambda x: x[0].end,
    )
    if before:
        hm = before[-1][0]
        host_title = _HOST_BEFORE.search(ctx.text[max(0, hm.start - 40) : hm.start])
        if host_title and ctx.text[hm.end : m.start].strip(" ,") == "":
            before.pop()
            end = hm.start
    for cm, ce in before[-1:]:
        if any(cm.end <= om.start and om.end <= end for om, _ in index.in_sentence(m.sentence, C.COMPANY)):
            continue  # "China National Petroleum Corp. (CNPC) President X": a firm's post, not a country's
        if end - cm.end < 80:
            between = ctx.text[cm.end : end].strip().replace(".", "")
            between = re.sub(r"^['’]s\s+", "", between)
            between = re.sub(r"\s+(?:to|in)(?:\s+the)?$", "", between)
            words = re.findall(r"[\w\-]+", between)
            titled = words and (
                words[-1].lower() in L.TITLES_EN | {"counterpart"}
                # "Chinese Minister of Commerce, Wang Wentao": a title and its portfolio
                or (any(w.lower() in L.TITLES_EN for w in words) and words[-1].lower() in L.PORTFOLIO_WORDS)
            )
            if not titled:
                continue
            # the portfolio before the title is capitalized ("Industry, Energy and Mining Minister")
            if all(
                w.lower() in L.TITLES_EN or w.lower() in ("foreign", "vice", "then", "former", "counterpart", "and",
                                                          "of", "top", "for", "the")
                or w[0].isupper()
                for w in words
            ):
                return ce
    return None


@relation_extractor("person_apposition", version="2", languages={"en"})
def person_apposition(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """A person and the bodies and country named in their title ("X, Minister of ... of Peru")."""
    for ent in index.of_class(C.PERSON):
        for m in ent.mentions:
            sentence = ctx.sentences[m.sentence]
            a, b = _apposition_zone(ctx, m)
            govs: list[Entity] = []
            for om, oe in index.in_sentence(m.sentence):
                if om.start < a or om.end > b or oe.id == ent.id:
                    continue
                if oe.cls in ORGANIZATION_CLASSES:
                    yield relation(ctx, ent, P.AFFILIATED_WITH, oe, sentence, "person_apposition", 0.8)
                    if oe.cls is C.GOVERNMENT_BODY:
                        govs.append(oe)
                elif oe.cls is C.COUNTRY and ent.role and not _inside_org(om, index):
                    if _HOST_BEFORE.search(ctx.text[max(0, om.start - 40) : om.start]):
                        continue  # "ambassador to China": the country hosts the post, it is not served
                    if _names_a_body(ctx, om):
                        continue  # "President of the Dominica Chinese Association": a body's, not a state's
                    if not om.adjective or ctx.text[om.end : om.end + 1] == " ":
                        yield relation(ctx, ent, P.REPRESENTS, oe, sentence, "person_apposition", 0.8)
            for g in govs:
                found = _country_of(g, index, ctx) or _country_from_parent(g, index, ctx)
                if found is not None:
                    yield relation(ctx, ent, P.REPRESENTS, found[0], sentence, "person_apposition", 0.7)
            for oe, conf in _backward_affiliations(ctx, m, index):
                if oe.id != ent.id:
                    yield relation(ctx, ent, P.AFFILIATED_WITH, oe, sentence, "person_apposition", conf)
            prefix = _title_prefix_country(ctx, m, index)
            if prefix is not None:
                yield relation(ctx, ent, P.REPRESENTS, prefix, sentence, "person_apposition", 0.8)
            of_org = re.match(r"\s+(?:of|from|at)\s+(?:the\s+)?", ctx.text[m.end : m.end + 12])
            if of_org:
                # "Professor Tian Weiguo of Renmin University", "Luana Brandao of Fundacao Getulio Vargas"
                for om, oe in index.in_sentence(m.sentence, *ORGS):
                    if om.start == m.end + of_org.end() and not om.nested:
                        yield relation(ctx, ent, P.AFFILIATED_WITH, oe, sentence, "person_apposition", 0.7)
            of_country = re.match(r"\s+of\s+(?:the\s+)?", ctx.text[m.end : m.end + 12])
            if of_country:
                for cm, ce in index.in_sentence(m.sentence, C.COUNTRY):
                    if cm.start == m.end + of_country.end():
                        yield relation(ctx, ent, P.REPRESENTS, ce, sentence, "person_apposition", 0.8)


_CAP_RUN_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’\-]*){1,4}")


def _names_a_body(ctx: DocContext, country: Mention) -> bool:
    """A country word that begins the name of a body other than a state's ("Dominica Chinese Association",
    "... Company Ltd. Dominica Branch")."""
    run = _CAP_RUN_AFTER.match(ctx.text, country.end)
    return run is not None and any(
        L.HEADS_EN.get(w.lower()) not in (None, C.GOVERNMENT_BODY) for w in run.group().split()
    )


_TITLE_START = re.compile(
    r"^\s*(?:the\s+)?(?:(?:" + "|".join(sorted(L.TITLES_EN, key=len, reverse=True)) + r")[\s\-]+)+", re.I
)


def _backward_affiliations(ctx: DocContext, m: Mention, index: EntityIndex) -> Iterator[tuple[Entity, float]]:
    """Posts printed before the name: "CRRC (Hong Kong) Zhao Chenyan", "Director of TBEA Co., Ltd.、Hu Nan"."""
    s = ctx.sentences[m.sentence]
    orgs = index.in_sentence(m.sentence, *ORGS)
    before = [(om, oe) for om, oe in orgs if om.end <= m.start and not om.nested]
    if not before:
        return
    om, oe = before[-1]
    gap = ctx.text[om.end : m.start]
    if gap.strip() == "" and om.end > s.start:
        yield oe, 0.7
        return
    gap = re.sub(r"^['’]s\b", "", gap)  # "PowerChina's vice president X"
    words = [w.lower().strip(".") for w in gap.lstrip(") ").split() if w.strip(".")]
    if (0 < len(words) <= 4 and not re.search(r"[,;(]", gap) and any(w in L.TITLES_EN for w in words)
            and all(w in L.TITLES_EN or w in _TITLE_QUALIFIERS for w in words)):
        yield oe, 0.7  # "IREA director Carolina Barreiro", "Huawei chief executive X"
        return
    if gap.strip() in {"、", ","}:
        seg_start = max(ctx.text.rfind(c, s.start, om.start) for c in "、。,;")
        seg = ctx.text[max(seg_start + 1, s.start) : om.start]
        if _TITLE_START.match(seg) and re.search(r"\bof\s+(?:the\s+)?$", seg):
            yield oe, 0.7


# Words that qualify a post: "vice president", "senior economist", "managing director"
_TITLE_QUALIFIERS = frozenset(
    {"vice", "executive", "senior", "assistant", "acting", "first", "regional", "country", "managing", "deputy",
     "chief", "general", "lead", "principal"}
)


_HOST_BEFORE = re.compile(
    r"\b(?:ambassadors?|envoys?|consuls?(?:-general)?|representatives?|chargé d'affaires|counsellors?)\s+"
    r"(?:\w+\s+){0,2}?(?:to|in)\s+(?:the\s+)?$",
    re.I,
)


_MINISTER_OF = re.compile(
    r"\bMinister\s+(?:of|for)\s+(?P<portfolio>(?:[A-Z][\w'’\-]*|and|,)(?:\s+(?:[A-Z][\w'’\-]*|and|,))*?)"
    r"(?=\s+of\s+(?:the\s+)?[A-Z]|\s*[,(]|$)"
)
_X_MINISTER = re.compile(r"\b(?P<portfolio>[A-Z][a-z]+)\s+Minister\b")
# "Foreign Minister", "Trade Minister": the portfolios named before the title, and their ministries' words
_SHORT_PORTFOLIOS = frozenset({"foreign", "trade", "commerce", "finance", "economy", "defence", "defense",
                               "health", "energy", "mining", "agriculture", "education", "transport"})
_PORTFOLIO_WORDS = {"foreign": "foreign affairs"}


def _portfolio(role: str) -> str | None:
    """"Vice Minister of Commerce" -> "commerce"; "Foreign Minister" -> "foreign affairs"."""
    m = _MINISTER_OF.search(role)
    if m:
        return " ".join(m.group("portfolio").replace(",", " ").split()).lower()
    m = _X_MINISTER.search(role)
    if m and (word := m.group("portfolio").lower()) in _SHORT_PORTFOLIOS:
        return _PORTFOLIO_WORDS.get(word, word)
    return None


@relation_extractor("minister_ministry", version="1", languages={"en"})
def minister_ministry(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """"Guo Haining, Vice Minister of Commerce" and the Ministry of Commerce the text names: the minister
    works there, when the ministry is that of the minister's country (or the only one of that name)."""
    bodies = [(e, _ministry_portfolio(e.name)) for e in index.of_class(C.GOVERNMENT_BODY)]
    bodies = [(e, p) for e, p in bodies if p]
    if not bodies:
        return
    for person in index.of_class(C.PERSON):
        portfolio = _portfolio(person.role or "")
        if not portfolio:
            continue
        fits = [e for e, p in bodies if p == portfolio]
        own = _role_country(ctx, person)
        if own is not None:
            fits = [e for e in fits if (home := _country_of(e, index, ctx)) is None or home[0].key == own]
        if len(fits) != 1:
            continue
        m = min(person.mentions, key=lambda x: x.start)
        r = report_relation(ctx, index, person, P.AFFILIATED_WITH, fits[0], ctx.sentences[m.sentence],
                            "minister_ministry", 0.6)
        if r is not None:
            yield r


def _ministry_portfolio(name: str) -> str | None:
    """"Ministry of Commerce of China" -> "commerce"; "Economy Ministry" -> "economy"."""
    m = re.match(r"Ministry\s+of\s+(.+?)(?:\s+of\s+(?:the\s+)?[A-Z].*)?$", name)
    if m:
        return " ".join(m.group(1).replace(",", " ").split()).lower()
    short = re.fullmatch(r"(?:the\s+)?(?P<portfolio>[A-Z][a-z]+)\s+Ministry", name)
    word = short.group("portfolio").lower() if short else None
    return _PORTFOLIO_WORDS.get(word, word) if word in _SHORT_PORTFOLIOS else None


def _role_country(ctx: DocContext, person: Entity) -> str | None:
    hits = country_hits(person.role or "", ctx.gazetteer)
    if hits:
        return hits[-1][2].key
    return "country:CN" if CHINESE_NAME.fullmatch(person.name) else None


def _inside_org(m: Mention, index: EntityIndex) -> bool:
    return any(
        om.start <= m.start and m.end <= om.end and om is not m
        for om, _ in index.in_sentence(m.sentence, *ORGS, C.AGREEMENT, C.EVENT, C.PROJECT, C.INITIATIVE)
    )


_ORGANIZED = re.compile(
    r"\b(?:sponsored|organi[sz]ed|hosted|co-hosted|co-organi[sz]ed|convened|held|undertaken|supported)\s+by\s+",
    re.I,
)


# _ORGANIZED needs " by ": most sentences have none. ("b" and "y" have no other case forms.)
_BY = re.compile(r"\s[bB][yY]\s")


@relation_extractor("organized_by", version="1", languages={"en"})
def organized_by(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Events and who sponsored, organized or hosted them ("... Forum organized by X and Y")."""
    main = main_event(ctx, index)
    for sentence in ctx.sentences:
        events = index.in_sentence(sentence.index, C.EVENT)
        cues = _ORGANIZED.finditer(sentence.text) if _BY.search(sentence.text) else ()
        for cue in cues:
            cue_end = sentence.start + cue.end()
            # The organizers: the names listed right after "by", joined by "and", commas or "、".
            organizers: list[Entity] = []
            pos = cue_end
            for om, oe in index.in_sentence(sentence.index, *ORGS, C.COUNTRY):
                if om.start < pos or om.nested:
                    continue
                gap = ctx.text[pos : om.start]
                if gap.strip() == "(" and ctx.text[om.end : om.end + 1] == ")":
                    pos = om.end + 1  # "the China Council for ... (CCPIT), the ...": the short form
                    continue
                if pos != cue_end and not re.fullmatch(r"\s*(?:,|、|and|&|，)?\s*(?:and\s+)?(?:the\s+)?", gap):
                    break
                if pos == cue_end and not re.fullmatch(r"\s*(?:the\s+)?", gap):
                    break
                if om.adjective:
                    break  # "the Peruvian Society of ...": the adjective belongs to the next name
                if oe.cls is C.COUNTRY and _NAME_GOES_ON.match(ctx.text, om.end):
                    break  # "Uruguay XXI": a country's name begins a longer name
                organizers.append(oe)
                pos = om.end
            if not organizers:
                continue
            event = _nearest_event(events, cue_end) or main
            if event is None:
                continue
            for o in organizers:
                r = passage_relation(ctx, index, event, P.ORGANIZED_BY, o, sentence, "organized_by", 0.8)
                if r is not None:
                    yield r


_NAME_GOES_ON = re.compile(r"[ \t]+(?:[A-Z][\w\-]*|[IVXL]+)\b")
_HOSTED = re.compile(
    r"\s+(?:(?:also|jointly|today|yesterday|recently)\s+)?(?:held|hosted|co-hosted|organi[sz]ed|co-organi[sz]ed|"
    r"convened|sponsored)\s+(?:the|a|an|its)\s+"
)


@relation_extractor("hosts", version="1", languages={"en"})
def hosts(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """"IREA and the Center for ... held the international seminar "..."": the subject organizes the event."""
    for sentence in ctx.sentences:
        events = index.in_sentence(sentence.index, C.EVENT)
        if not events:
            continue
        for cue in _HOSTED.finditer(sentence.text):
            cue_start = sentence.start + cue.start()
            cue_end = sentence.start + cue.end()
            after = [(em, ee) for em, ee in events if cue_end <= em.start <= cue_end + 60]
            if not after:
                continue
            # "the seminar", "the meeting", "the international seminar "Title"": the event right after
            event = after[0][1]
            subjects = [
                (om, oe) for om, oe in index.in_sentence(sentence.index, *ORGS) if om.end <= cue_start and not om.nested
            ]
            for o in _listed_before(ctx, subjects, cue_start, _ORG_LIST_GAP):
                r = passage_relation(ctx, index, event, P.ORGANIZED_BY, o, sentence, "hosts", 0.7)
                if r is not None:
                    yield r


_ORG_LIST_GAP = re.compile(r"\s*(?:\([^()]{1,15}\))?\s*(?:,|and|,\s*and)?\s*(?:the\s+)?")
_COUNTRY_LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and|&)?\s*(?:also\s+)?")


def _listed_before(ctx: DocContext, mentions: list[tuple[Mention, Entity]], edge: int,
                   gap: re.Pattern[str]) -> list[Entity]:
    """The names listed right before ``edge`` ("X, Y and Z held ..."), the nearest first: each mention
    (in text order) joins while only ``gap`` separates it from the next one."""
    listed: list[Entity] = []
    for m, e in reversed(mentions):
        if not gap.fullmatch(ctx.text[m.end : edge]):
            break
        listed.append(e)
        edge = m.start
    return listed


def _listed_after(ctx: DocContext, mentions: list[tuple[Mention, Entity]], edge: int, gap: re.Pattern[str],
                  aside: re.Pattern[str] | None = None) -> tuple[list[tuple[Mention, Entity]], int]:
    """The names listed from ``edge`` on ("SICA and CELAC", "Argentina and Chile"), in text order, and where
    the list ends: each mention joins while only ``gap`` separates it from the one before; ``aside`` (a
    bracket after a name) is skipped."""
    listed: list[tuple[Mention, Entity]] = []
    for m, e in mentions:
        if m.start < edge:
            continue
        if not gap.fullmatch(ctx.text[edge : m.start]):
            break
        listed.append((m, e))
        edge = m.end
        if aside is not None and (skipped := aside.match(ctx.text, edge, edge + 25)):
            edge = skipped.end()
    return listed, edge


def _nearest_event(events: list[tuple[Mention, Entity]], pos: int) -> Entity | None:
    best = None
    for m, e in events:
        d = abs(pos - m.end) if m.end <= pos else abs(m.start - pos) + 40
        if d < 200 and (best is None or d < best[0]):
            best = (d, e)
    return best[1] if best else None


def main_event(ctx: DocContext, index: EntityIndex) -> Entity | None:
    """The event a report is about: the first event named in its title or first paragraph."""
    events = index.of_class(C.EVENT)
    if not events:
        return None
    head_limit = ctx.sentences[min(3, len(ctx.sentences) - 1)].end if ctx.sentences else 0
    early = [e for e in events if e.mentions[0].start <= head_limit and not e.mentions[0].nested]
    if not early:
        return None
    return max(early, key=lambda e: (len(e.mentions), -e.mentions[0].start))


_PARTICIPATION = re.compile(_WORD_START + r"(?i:" + "|".join(re.escape(v) for v in L.PARTICIPATION_VERBS) + r")\b")
_ATTENDING = re.compile(
    _WORD_START + r"(?i:attended|attending|participated|took part|taking part|take part|spoke at|addressed|"
    r"delivered a speech|chaired|co-chaired|moderated|presided|represented by|in attendance|were present|"
    r"was present)\b"
)
_BYLINE_ROLES = frozenset(
    {
        "written",
        "writer",
        "photos",
        "photo",
        "photographer",
        "editor",
        "editor in charge",
        "reviewed",
        "author",
        "authors",
        "translator",
        "translated",
        "reporter",
        "reported",
        "compiled",
        "responsible editor",
    }
)
_EVENT_NOUN = re.compile(
    r"(?i)\b(?:seminar|conference|symposium|workshop|forum|summit|dialogue|roundtable|colloquium|expo|fair|"
    r"ministerial|meeting|visit|talks)\b"
)
_FROM_COUNTRIES = re.compile(
    r"\b(?:officials|delegates|representatives|participants|delegations|guests|researchers|entrepreneurs|"
    r"experts|scholars|ministers|leaders|business\s+people|businesspeople)\s+(?:from|of)\b", re.I
)


@relation_extractor("event_participation", version="2", languages={"en"})
def event_participation(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Speakers and attendees of the event a report is about; countries whose officials took part."""
    main = main_event(ctx, index)
    if main is None:
        return
    # a report about the event: it names the event in its first sentence, or its headline names an
    # event of its kind ("Montevideo seminar weighs ...") and the event comes right after
    report = any(m.sentence == 0 for m in main.mentions) or (
        any(_EVENT_NOUN.search(s.text) for s in ctx.sentences[:2] if len(s.text) < 200)
        and any(m.sentence <= 3 for m in main.mentions)
    )
    # speakers far from any mention of the event count only in a report that keeps coming back to it
    # ("the forum", "the dialogue"); an essay whose title cites a congress does not
    far = report and _refers_back(ctx, main)
    for ent in index.of_class(C.PERSON):
        if ent.role and ent.role.lower() in _BYLINE_ROLES:
            continue
        for m in ent.mentions:
            sentence = ctx.sentences[m.sentence]
            a, b = _apposition_zone(ctx, m)
            has_post = ent.role or any(om.start >= a and om.end <= b for om, _ in index.in_sentence(m.sentence, *ORGS))
            if not has_post:
                continue
            before = sentence.text[: m.start - sentence.start]
            if re.search(r"\bthat\b", before[-60:]):
                continue  # reported speech: "X stressed that President Y said ..."
            # Speaking verbs ("said", "introduced") place a speaker at the event only in a report whose
            # title names it; elsewhere it takes attending verbs ("attended", "addressed").
            verbs = _PARTICIPATION if report else _ATTENDING
            if verbs.search(sentence.text):
                event = _event_called_back(ctx, index, sentence, m.start, main) or main
                link = report_relation if report and far and event is main else passage_relation
                r = link(ctx, index, ent, P.PARTICIPATED_IN, event, sentence, "event_participation", 0.6)
                if r is not None:
                    yield r
                    break
    for sentence in ctx.sentences:
        cue = _FROM_COUNTRIES.search(sentence.text)
        if not cue:
            continue
        events = index.in_sentence(sentence.index, C.EVENT)
        event = events[0][1] if events else main
        for cm, ce in index.in_sentence(sentence.index, C.COUNTRY, C.INTERNATIONAL_ORGANIZATION):
            if cm.start - sentence.start > cue.end() and not cm.adjective and not _inside_org(cm, index):
                r = passage_relation(ctx, index, ce, P.PARTICIPATED_IN, event, sentence, "event_participation", 0.7)
                if r is not None:
                    yield r


_SINCE = re.compile(r"\b(?:[Ss]ince|[Aa]fter|[Bb]efore|[Uu]ntil)\s+(?:the\s+)?$")
_ATTENDED_THE = re.compile(r"\b(?:attended|addressed|spoke\s+at|took\s+part\s+in|participated\s+in)\s+the\s+"
                           r"([\w\-]+)")


def _event_called_back(
    ctx: DocContext, index: EntityIndex, sentence: Sentence, pos: int, main: Entity
) -> Entity | None:
    """The event a speaker at ``pos`` attends when it is not the report's: "... attended the sub-forum" (the
    event named last whose name ends in that word), or another event named before the speaker in a sentence
    that does not name the report's ("the Fourth Ministerial Meeting, whose opening President Xi attended")."""
    cue = _ATTENDED_THE.search(sentence.text)
    if cue is None:
        named = [(em, ee) for em, ee in index.in_sentence(sentence.index, C.EVENT) if not em.nested]
        if named and all(ee.id != main.id for _, ee in named):
            # attended after the event's name, which is no point in time ("Since the 18th National Congress")
            before = [(em.end, ee) for em, ee in named if em.end <= pos
                      and _ATTENDING.search(ctx.text, em.end, sentence.end)
                      and not _SINCE.search(ctx.text, max(sentence.start, em.start - 12), em.start)]
            return max(before, key=lambda x: x[0])[1] if before else None
        return None
    word = cue.group(1).lower()
    best: tuple[int, Entity] | None = None
    for e in index.of_class(C.EVENT):
        if e.name.split()[-1].lower() != word:
            continue
        earlier = [m.start for m in e.mentions if m.start < sentence.start + cue.start()]
        if earlier and (best is None or max(earlier) > best[0]):
            best = (max(earlier), e)
    return best[1] if best else None


_EVENT_HEADS = ("forum", "dialogue", "seminar", "meeting", "summit", "conference", "visit", "fair", "expo",
                "roundtable", "symposium", "workshop", "event", "exhibition", "session", "congress")


def _refers_back(ctx: DocContext, event: Entity) -> bool:
    """Whether the text after the event's first mention calls it "the <head>" ("the forum", "the meeting")."""
    first = min(event.mentions, key=lambda m: m.start)
    # the heads its name and the sentence first naming it use ("Thematic Event of the 9th ... Forum: Dialogue
    # on ..." is "the event", "the forum" or "the dialogue" afterwards)
    words = set(re.findall(r"[a-z]+", f"{event.name} {ctx.sentences[first.sentence].text}".lower()))
    heads = [h for h in _EVENT_HEADS if h in words]
    if not heads:
        return False
    return re.search(rf"\b[Tt]he\s+(?:\w+\s+)?(?i:{'|'.join(heads)})\b", ctx.text[first.end :]) is not None


# The lookahead (every verb's first letter) spares trying the verbs at most words.
_HELD_IN = re.compile(
    r"\b(?=[htco])(?:held|hosted|took place|convened|opened|holds|holding)\s+(?:\w+\s+){0,3}?in\s+", re.I
)


# "... plant in Peru", "... port under construction in Peru", "... mine located in northern Chile"
_PROJECT_IN = re.compile(
    r",?\s+(?:(?:now\s+)?(?:under\s+construction|located|situated|built|being\s+built|planned|operating)\s+)?"
    r"(?:in|on)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western)\w*\s+)?"
)


@relation_extractor("located_in", version="3", languages={"en"})
def located_in(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Where events were held and projects are ("held in Macao", "the Mexico City Metro")."""
    for sentence in ctx.sentences:
        for cue in _HELD_IN.finditer(sentence.text):
            place = _place_at(ctx, index, sentence.index, sentence.start + cue.end())
            events = index.in_sentence(sentence.index, C.EVENT)
            event = _nearest_event(events, sentence.start + cue.start()) or (
                main_event(ctx, index) if sentence.index <= 2 else None
            )
            if place is not None and event is not None:
                country, named = place
                conf = 0.8 if named else 0.7
                r = passage_relation(ctx, index, event, P.LOCATED_IN, country, sentence, "located_in", conf)
                if r is not None:
                    yield r
    # "In Bolivia, China Railway Construction Corporation built the Montero-Bulo Bulo railway": the works of a
    # sentence framed by a country, when it names no other country
    for sentence in ctx.sentences:
        framing = _framing_country(ctx, index, sentence)
        if framing is None:
            continue
        others = [ce for cm, ce in index.in_sentence(sentence.index, C.COUNTRY)
                  if ce.id != framing.id and not cm.adjective and not _inside_org(cm, index)]
        if others:
            continue
        for _pm, pe in index.in_sentence(sentence.index, C.PROJECT):
            yield relation(ctx, pe, P.LOCATED_IN, framing, sentence, "located_in", 0.6)
    # "held the international seminar "..." on 4 and 5 November in Montevideo, Uruguay"
    for ent in index.of_class(C.EVENT):
        for m in ent.mentions:
            sentence = ctx.sentences[m.sentence]
            if not _HELD_VERB.search(sentence.text):
                continue
            after = _AFTER_EVENT.match(ctx.text, m.end, min(sentence.end, m.end + 90))
            if not after:
                continue
            place = _place_at(ctx, index, m.sentence, after.end())
            if place is None:
                continue
            country, named = place
            if named:
                yield relation(ctx, ent, P.LOCATED_IN, country, sentence, "located_in", 0.8)
            elif (r := passage_relation(ctx, index, ent, P.LOCATED_IN, country, sentence, "located_in", 0.7)):
                yield r
    for ent in index.of_class(C.PROJECT):
        placed = False
        for m in ent.mentions:
            sentence = ctx.sentences[m.sentence]
            inner = [(cm, ce) for cm, ce in index.in_sentence(m.sentence, C.COUNTRY)
                     if m.start <= cm.start and cm.end <= m.end and not cm.adjective]
            placed_in = inner[:1]
            if _PAIR.search(m.text):
                # "China-Chile Joint Laboratory" is in Chile; "China-Latin America ... Program" is nowhere;
                # "Peru-Brazil Bioceanic Railway" is in both
                inner = [(cm, ce) for cm, ce in inner if ce.iso_code != "CN"]
                placed_in = inner[:2] if len(inner) >= 2 and _PAIR.match(
                    ctx.text, inner[0][0].end - 1, inner[1][0].start + 1) else inner[:1]
            between = re.match(r"\s+between\s+(?:the\s+)?", ctx.text[m.end : m.end + 20])
            if between:  # "Agua Negra Tunnel between Argentina and Chile"
                later = [(cm, ce) for cm, ce in index.in_sentence(m.sentence, C.COUNTRY) if not cm.adjective]
                listed, _ = _listed_after(ctx, later, m.end + between.end(), _COUNTRY_LIST_GAP)
                if len(listed) >= 2:
                    placed_in = listed
            for cm, ce in index.in_sentence(m.sentence, C.COUNTRY):
                if (cm, ce) in placed_in:
                    placed = True
                    yield relation(ctx, ent, P.LOCATED_IN, ce, sentence, "located_in", 0.7)
                elif cm.start >= m.end and _PROJECT_IN.fullmatch(ctx.text[m.end : cm.start]) and not cm.adjective:
                    placed = True
                    yield relation(ctx, ent, P.LOCATED_IN, ce, sentence, "located_in", 0.8)
                elif cm.end <= m.start and re.fullmatch(r"['’]s\s+(?:the\s+)?", ctx.text[cm.end : m.start]):
                    placed = True
                    yield relation(ctx, ent, P.LOCATED_IN, ce, sentence, "located_in", 0.8)  # "Bolivia's Ivirizu plant"
        if not placed and (r := _paragraph_country(ctx, index, ent)) is not None:
            yield r


def _place_at(ctx: DocContext, index: EntityIndex, sentence_index: int, pos: int) -> tuple[Entity, bool] | None:
    """The country printed at ``pos`` ("in Peru", "in Lima, Peru": a city, then its country) with True, or
    the country of the city printed there ("in Beijing") with False, when the document names that country."""
    city = re.match(r"[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?,\s+", ctx.text[pos : pos + 40])
    spots = {pos, pos + city.end()} if city else {pos}
    for cm, ce in index.in_sentence(sentence_index, C.COUNTRY):
        if cm.start in spots and not cm.adjective:
            return ce, True
    words = re.match(r"((?:[A-Z][\w'’\-]*)(?:\s+(?:de|del|da|of)?\s*[A-Z][\w'’\-]*){0,3})", ctx.text[pos : pos + 60])
    iso = _city_iso(words.group(1).split(), longest_from="start") if words else None
    country = index.country(iso) if iso else None
    return (country, False) if country is not None else None


def _city_iso(words: list[str], longest_from: str) -> str | None:
    """The ISO code of the longest city name at the start (or the end) of ``words``."""
    cities = load_cities()
    runs = [words[:n] for n in range(len(words), 0, -1)] if longest_from == "start" else [
        words[i:] for i in range(len(words))
    ]
    for run in runs:
        if (iso := cities.get(normalize(" ".join(run)))) is not None:
            return iso
    return None


_PAIR = re.compile(r"\w[-–—]\w")
_HELD_VERB = re.compile(r"(?i)\b(?:held|hosted|co-hosted|took place|convened|opened|organi[sz]ed|took part)\b")
_AFTER_EVENT = re.compile(r"[\"”']?\s*,?\s*(?:(?:on|from|between)\s+[^.;\"“”]{1,40}?\s+)?in\s+(?:the\s+)?")
_WORKS = re.compile(
    r"(?i)\b(?:plant|station|dam|port|terminal|railway|railroad|line|highway|motorway|road|bridge|tunnel|mine|"
    r"park|refinery|pipeline|corridor|airport|canal|complex|farm|hub|reservoir|smelter|factory|metro|subway|"
    r"tram|monorail|train|hospital|stadium|observatory|laboratory|center|centre)s?\b"
)


def _paragraph_country(ctx: DocContext, index: EntityIndex, ent: Entity) -> Relation | None:
    """A work named without its country, in a paragraph that so far names one country besides China
    ("Ecuador illustrates the first phase. The ... Santa Rosa hydropower station ... was built by ...")."""
    if not _WORKS.search(ent.name) or _PAIR.search(ent.name):
        return None  # programmes and "China–X" undertakings have no one place
    m = min(ent.mentions, key=lambda x: x.start)
    para_start = ctx.text.rfind("\n", 0, m.start) + 1
    found: dict[str, Entity] = {}
    for s in ctx.sentences[: m.sentence + 1]:
        if s.end <= para_start:
            continue
        for cm, ce in index.in_sentence(s.index, C.COUNTRY):
            if cm.start < para_start or cm.start > m.end or ce.iso_code in ("CN", None) or _inside_org(cm, index):
                continue
            found[ce.id] = ce
    if len(found) != 1:
        return None
    country = next(iter(found.values()))
    return passage_relation(ctx, index, ent, P.LOCATED_IN, country, ctx.sentences[m.sentence], "located_in", 0.5)


@relation_extractor("project_operators", version="1", languages={"en"})
def project_operators(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """A company that builds, runs or finances a work abroad operates in the work's country."""
    places: dict[str, list[Entity]] = {}
    for r in located_in(ctx, index):
        places.setdefault(r.subject, []).append(index.by_id[r.object])
    for r in implemented_by(ctx, index):
        company = index.by_id[r.object]
        if company.cls is not C.COMPANY:
            continue
        home = _country_of(company, index, ctx)
        for country in places.get(r.subject, []):
            if home is not None and home[0].id == country.id:
                continue
            anchor = ctx.sentences[min(company.mentions, key=lambda x: x.start).sentence]
            rel = passage_relation(ctx, index, company, P.OPERATES_IN, country, anchor, "project_operators", 0.5)
            if rel is None:
                # the sentence where the firm builds or runs the work is the evidence, the country's its context
                built = ctx.sentence_at(r.evidence.start)
                rel = report_relation(ctx, index, company, P.OPERATES_IN, country, built, "project_operators", 0.5)
            if rel is not None:
                yield rel


# Where an agreement's name turns to its subject: countries named there are what it is about ("Protocol on
# ... the Export of Fresh Cherries from Chile to China"), unless a "between" follows with the parties.
_SUBJECT_CUE = re.compile(r"\s(?:on|concerning|regarding|sobre|relativo\s+a|acerca\s+de)\s|关于")
_BETWEEN_CUE = re.compile(r"\s(?:between|entre)\s|之间")


def _subject_zone(name: str) -> tuple[int, int] | None:
    """The span of an agreement's name that states its subject, if any."""
    cue = _SUBJECT_CUE.search(name)
    if cue is None:
        return None
    between = _BETWEEN_CUE.search(name, cue.end())
    return cue.start(), between.start() if between else len(name)


def _country_pair(name: str, hit: Hit, hits: list[Hit], ctx: DocContext) -> bool:
    """Whether a country hit is one side of a pair of countries ("China–Costa Rica"): a bilateral pair names
    the parties even in an agreement's subject ("Protocol on Upgrading the China–Costa Rica FTA")."""
    def is_country(h: Hit) -> bool:
        return h.form.key.startswith("country:")

    if not is_country(hit):
        return False
    dash = re.compile(r"\s*[-–—]\s*")
    return any(
        is_country(o) and o is not hit
        and (dash.fullmatch(name[hit.end : o.start]) or dash.fullmatch(name[o.end : hit.start])) is not None
        for o in hits
    )


def _pair_around(ctx: DocContext, om: Mention, m: Mention) -> bool:
    """Whether a country mention inside ``m`` is one side of a hyphenated pair of countries."""
    hits = scan(m.text, ctx.gazetteer)
    at = [h for h in hits if h.start == om.start - m.start]
    return bool(at) and _country_pair(m.text, at[0], hits, ctx)


def _named_in(ent: Entity, ctx: DocContext, index: EntityIndex, *classes: EntityClass) -> list[Entity]:
    """Entities of the document whose gazetteer names appear in this entity's name (for an agreement, not
    in the part of its name that states its subject)."""
    out = []
    zone = _subject_zone(ent.name) if ent.cls is C.AGREEMENT else None
    hits = scan(ent.name, ctx.gazetteer)
    for hit in hits:
        if zone and zone[0] <= hit.start < zone[1] and not _country_pair(ent.name, hit, hits, ctx):
            continue
        entry = ctx.gazetteer.get(hit.form.key)
        if entry is not None and entry.cls in classes and (e := index.by_key.get(entry.key)) is not None:
            if e.id != ent.id and e not in out:
                out.append(e)
    return out


@relation_extractor("agreement_parties", version="2")
def agreement_parties(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Parties named in an agreement's name ("China–Chile Free Trade Agreement") or "between" them."""
    for ent in index.of_class(C.AGREEMENT):
        first = ctx.sentences[ent.mentions[0].sentence]
        # Bodies named inside the agreement's name are its parties, and the countries in *their* names
        # are not ("Memorandum between the Ministry of X of Peru and the Ministry of Y of China").
        bodies = [
            (om, oe) for m in ent.mentions for om, oe in index.in_sentence(m.sentence, *ORGS)
            if m.start <= om.start and om.end <= m.end and oe.id != ent.id
            and oe.cls is not C.INTERNATIONAL_ORGANIZATION and not om.nested
        ]
        if not bodies:
            for party in _named_in(ent, ctx, index, C.COUNTRY, C.INTERNATIONAL_ORGANIZATION):
                if party.cls is C.INTERNATIONAL_ORGANIZATION and "forum" in party.name.lower():
                    continue
                yield relation(ctx, ent, P.PARTY, party, first, "agreement_parties", 0.8)
        for om, oe in bodies:
            yield relation(ctx, ent, P.PARTY, oe, ctx.sentences[om.sentence], "agreement_parties", 0.7)
        for m in ent.mentions:
            sentence = ctx.sentences[m.sentence]
            zone = _subject_zone(m.text)
            for om, oe in index.in_sentence(m.sentence, C.COUNTRY, C.INTERNATIONAL_ORGANIZATION):
                if m.start <= om.start and om.end <= m.end and oe.id != ent.id:
                    if oe.cls is C.INTERNATIONAL_ORGANIZATION and "forum" in oe.name.lower():
                        continue
                    if zone and zone[0] <= om.start - m.start < zone[1] and not _pair_around(ctx, om, m):
                        continue  # what the agreement is about, not who signed it
                    if any(b.start <= om.start and om.end <= b.end for b, _ in bodies):
                        continue
                    yield relation(ctx, ent, P.PARTY, oe, sentence, "agreement_parties", 0.8)


_THE_TWO_SIGNED = re.compile(
    r"\b(?:the\s+two\s+(?:sides|countries|governments|nations|foreign\s+ministers|ministers|presidents|heads\s+of\s+"
    r"state|leaders)|both\s+(?:sides|countries|governments))\s+(?:also\s+|then\s+|have\s+|had\s+)?"
    r"(?:signed|inked|concluded)\b",
    re.I,
)


_SIGNED_BY_THE_TWO = re.compile(
    r",?\s+(?:which\s+(?:was|were)\s+|that\s+(?:was|were)\s+)?(?:signed|concluded|inked)\s+(?:by|between)\s+"
    r"the\s+two\s+(?:sides|countries|governments|nations|presidents|leaders)\b",
    re.I,
)


@relation_extractor("bilateral_parties", version="1", languages={"en"})
def bilateral_parties(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """"The two governments also signed the Memorandum ...": in a report about two countries, the
    agreements "the two" sign have both as parties."""
    counts: dict[str, int] = {}
    for e in index.of_class(C.COUNTRY):
        counts[e.id] = len({m.sentence for m in e.mentions})
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) < 2 or ranked[1][1] < 2 or (len(ranked) > 2 and ranked[2][1] * 2 > ranked[1][1]):
        return  # not plainly about two countries
    pair = [index.by_id[ranked[0][0]], index.by_id[ranked[1][0]]]
    for sentence in ctx.sentences:
        cue = _THE_TWO_SIGNED.search(sentence.text)
        signed: list[Entity] = []
        for am, ae in index.in_sentence(sentence.index, C.AGREEMENT):
            if am.nested:
                continue
            if (cue and am.start - sentence.start >= cue.end()) or _SIGNED_BY_THE_TWO.match(ctx.text, am.end):
                signed.append(ae)  # "the two sides signed the X", "the X signed by the two governments"
        for ae in signed:
            for country in pair:
                r = report_relation(ctx, index, ae, P.PARTY, country, sentence, "bilateral_parties", 0.6)
                if r is not None:
                    yield r


_JOIN = re.compile(
    r"\b(?:join(?:ed|s)?|adhered to|signed (?:up|on)|became part of|accession to|"
    r"sign(?:ed|s)?\s+(?:a|the)\s+(?:cooperation\s+document|memorandum\s+of\s+understanding|MoU|cooperation\s+"
    r"agreement)\s+on\s+(?:jointly\s+(?:building|promoting)\s+)?)\b",
    re.I,
)


@relation_extractor("joined_initiative", version="3", languages={"en"})
def joined_initiative(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Countries that joined an initiative: "Venezuela joined the Belt and Road Initiative in 2018";
    a list ("Bolivia, Ecuador and Chile joined ..."); the initiative named in the sentence before
    ("... signed up to the Belt and Road Initiative. Bolivia and Cuba joined in 2018, Peru in 2019")."""
    for sentence in ctx.sentences:
        t = sentence.text
        if not any(w in t for w in _JOIN_WORDS):
            continue  # a substring test spares the pattern most sentences
        cues = list(_JOIN.finditer(t))
        if not cues:
            continue
        countries = [
            (cm, ce) for cm, ce in index.in_sentence(sentence.index, C.COUNTRY) if not _inside_org(cm, index)
        ]
        if not countries:
            continue
        inits = index.in_sentence(sentence.index, C.INITIATIVE)
        for cue in cues:
            pos, end = sentence.start + cue.start(), sentence.start + cue.end()
            after = [e for m, e in inits if m.start > pos and m.start - pos < 120]
            target, passage = (after[0], False) if after else (_initiative_before(ctx, index, sentence, end), True)
            if target is None:
                continue
            before = [(cm, ce) for cm, ce in countries if cm.end <= pos]
            subjects = _listed_before(ctx, before, pos, _COUNTRY_LIST_GAP) or [e for _, e in before[:1]]
            if passage:  # "... joined in 2018, Peru and Jamaica in 2019": the later clauses share the verb
                subjects += _gapped_joins(ctx, [(cm, ce) for cm, ce in countries if cm.start >= end], end)
            for ce in subjects:
                rel = (passage_relation(ctx, index, ce, P.JOINED, target, sentence, "joined_initiative", 0.6)
                       if passage else relation(ctx, ce, P.JOINED, target, sentence, "joined_initiative", 0.6))
                if rel:
                    yield rel


_JOIN_WORDS = ("join", "Join", "sign", "Sign", "dhere", "ccession", "part of")
# "joined in 2018", "joined in May 2025", "joined, ...": the verb with no object of its own
_BARE_JOIN_TAIL = re.compile(r"\s*(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}\b|,|\.|$)")
_GAPPED = re.compile(
    r"\s*,\s*(?:and\s+)?(?P<list>§+(?:\s*(?:,|and|,\s*and)\s*§+)*)(?:,[^,§]{1,40},)?\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4}\b"
)


def _initiative_before(ctx: DocContext, index: EntityIndex, sentence: Sentence, cue_end: int) -> Entity | None:
    """The initiative of the sentence before, when the join has no object ("Cuba joined in 2018")."""
    if sentence.index == 0 or not _BARE_JOIN_TAIL.match(ctx.text, cue_end, sentence.end):
        return None
    previous = index.in_sentence(sentence.index - 1, C.INITIATIVE)
    return previous[-1][1] if len(previous) == 1 else None


def _gapped_joins(ctx: DocContext, later: list[tuple[Mention, Entity]], start: int) -> list[Entity]:
    """Countries of the clauses after "X joined in 2018" that repeat only a date ("Peru and Jamaica in 2019")."""
    tail = _BARE_JOIN_TAIL.match(ctx.text, start)
    if not later or not tail:
        return []
    pos, out = tail.end(), []
    # countries as "§", so a clause is read by one pattern
    masked, spans, last = [], [], pos
    for cm, ce in later:
        if cm.start < last:
            continue
        masked.append(ctx.text[last : cm.start])
        masked.append("§" * (cm.end - cm.start))
        spans.append((cm.start, ce))
        last = cm.end
    masked.append(ctx.text[last : max(last, later[-1][0].end + 80)])
    text = "".join(masked)
    at = 0
    while (m := _GAPPED.match(text, at)) is not None:
        a, b = pos + m.start("list"), pos + m.end("list")
        out += [ce for s, ce in spans if a <= s < b]
        at = m.end()
    return out


_OPERATES = re.compile(
    r"\b(?:implemented|cooperation with|cooperates with|operat\w*|invest\w*|built|construct\w*|projects?|"
    r"work(?:s|ed|ing)? in|"
    r"carried out|contracts?|entered|entering|"
    r"market\w*|promot\w* in|entered|active in|present in|supplie\w*|deliver\w*|subsidiar\w*|branch\w*|"
    r"plants? in|factor\w* in)\b",
    re.I,
)


@relation_extractor("operates_in", version="1", languages={"en"})
def operates_in(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Companies and the countries the sentence says they work in ("Huawei's cooperation with Mexico")."""
    for ent in index.of_class(C.COMPANY):
        home = _country_of(ent, index, ctx)
        home_id = home[0].id if home else None
        for m in ent.mentions:
            sentence = ctx.sentences[m.sentence]
            rest = ctx.text[m.end : sentence.end]
            cue = _OPERATES.search(rest)
            if not cue or cue.start() > 160:
                continue
            cue_pos = m.end + cue.start()
            for cm, ce in index.in_sentence(m.sentence, C.COUNTRY):
                if cm.start < cue_pos or cm.adjective or ce.id == home_id or _inside_org(cm, index):
                    continue
                if _BASED_AFTER.match(ctx.text, cm.end):
                    continue  # "... subsidiary of Hong Kong-based COSCO": another firm's home
                if cm.start - cue_pos > 250:
                    break
                yield relation(ctx, ent, P.OPERATES_IN, ce, sentence, "operates_in", 0.6)
    # "In Peru, China Three Gorges Corporation bought the Chaglla plant and now operates it": the country
    # that frames the sentence is where the firms doing business in it work
    for sentence in ctx.sentences:
        framing = _framing_country(ctx, index, sentence)
        if framing is None or not (_OPERATES.search(sentence.text) or _BUILDS.search(sentence.text)):
            continue
        for _om, oe in index.in_sentence(sentence.index, C.COMPANY):
            home = _country_of(oe, index, ctx)
            if home is None or home[0].id != framing.id:
                yield relation(ctx, oe, P.OPERATES_IN, framing, sentence, "operates_in", 0.6)


# A subsidiary and its parent: "Minera X Perú S.A.C., subsidiaria peruana del grupo chino X Group", "S, the
# local subsidiary of Hong Kong-based P", "P, a través de su filial S", "P, por meio da sua subsidiária S".
_SUB_NOUN = r"(?:subsidiary|unit|arm|affiliate|subsidiaria|subsidiária|filial)"
_SUB_OF = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:(?:the|a|an|its|la|una|su|uma|sua)\s+)?(?:(?:local|new|nueva|nova|wholly-owned)\s+)?"
    rf"(?:[\w\-]+\s+)?{_SUB_NOUN}\s+(?:[\w\-]+\s+)?(?:of|de|del|da|do)\s+(?:(?:the|la|el|a|o)\s+)?"
    r"(?:[\w\-]+\s+){0,3}"
)
_SUB_NOUN_RX = re.compile(rf"(?:[\w\-]+\s+)?{_SUB_NOUN}(?:\s+[\w\-]+)?")
_THROUGH_SUB = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?,?\s*(?:through|via|a\s+través\s+de|por\s+medio\s+de|por\s+meio\s+d[aoe]|"
    r"através\s+d[aoe])\s+"
    rf"(?:(?:its|su|sua|seu)\s+)?(?:(?:local|new)\s+)?(?:(?:[\w\-]+\s+)?{_SUB_NOUN}\s+(?:[\w\-]+\s+)?,?\s*)?"
    r"(?:(?:the|la|el|a|o)\s+)?"
)


@relation_extractor("subsidiary_operations", version="1", languages={"en", "es", "pt"})
def subsidiary_operations(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """A parent company works in the country of the subsidiary the sentence names it with; a subsidiary
    called Peruvian ("subsidiaria peruana") is based in Peru."""
    for sentence in ctx.sentences:
        # (a short form in brackets is the name before it again)
        firms = [(m, e) for m, e in index.in_sentence(sentence.index, C.COMPANY)
                 if not m.nested and ctx.text[m.start - 1 : m.start] + ctx.text[m.end : m.end + 1] != "()"]
        if len(firms) < 2:
            continue
        for (m1, e1), (m2, e2) in itertools.pairwise(firms):
            if e1.id == e2.id:
                continue
            gap = ctx.text[m1.end : m2.start]
            if _SUB_OF.fullmatch(gap):
                sub, parent = e1, e2
            elif _THROUGH_SUB.fullmatch(gap):
                sub, parent = e2, e1
            else:
                continue
            own = _country_of(sub, index, ctx)
            noun = _SUB_NOUN_RX.search(gap)
            if parent is e1 and own is None and noun is None:
                continue  # "P, through S": without the word "subsidiary", only a firm named for its country
            # the demonym next to the noun: "subsidiaria peruana", "Mexican subsidiary" (not "grupo chino")
            lo, hi = (m1.end + noun.start(), m1.end + noun.end()) if noun else (0, 0)
            called = [ce for cm, ce in index.in_sentence(sentence.index, C.COUNTRY)
                      if cm.adjective and lo <= cm.start and cm.end <= hi]
            host = own[0] if own else (called[0] if len(called) == 1 else None)
            if host is None:
                continue
            if not own:
                yield relation(ctx, sub, P.BASED_IN, host, sentence, "subsidiary_operations", 0.7)
            home = _country_of(parent, index, ctx)
            if home is None or home[0].id != host.id:
                yield relation(ctx, parent, P.OPERATES_IN, host, sentence, "subsidiary_operations", 0.6)


def _framing_country(ctx: DocContext, index: EntityIndex, sentence: Sentence) -> Entity | None:
    """The country a sentence opens with: "In Peru, ...", "Across Bolivia, ..."."""
    opener = _IN_COUNTRY.match(sentence.text)
    if opener is None:
        return None
    at = sentence.start + opener.end()
    return next((ce for cm, ce in index.in_sentence(sentence.index, C.COUNTRY)
                 if cm.start == at and not cm.adjective and _COMMA_AFTER.match(ctx.text, cm.end)), None)


_IN_COUNTRY = re.compile(r"(?:In|Across|Throughout|Elsewhere\s+in|Meanwhile\s+in|And\s+in)\s+(?:neighbou?ring\s+)?")
_COMMA_AFTER = re.compile(r"\s*,")
_BUILDS = re.compile(
    r"\b(?:buil[dt]s?|building|construct(?:s|ed|ing)?|undert(?:ake|akes|ook|aken)|develop(?:s|ed|ing)?|"
    r"operat(?:e|es|ed|ing)|financ(?:e|es|ed|ing)|owns|owned|runs|won\s+(?:a|the)\s+contract|"
    r"awarded\s+(?:a|the)\s+contract|leads\s+the\s+consortium)\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[;。]|\bwhile\b|\bwhereas\b|\bbut\b")
_BY_COMPANY = re.compile(
    r"\b(?:built|constructed|implemented|undertaken|developed|operated|financed|funded|participated|"
    r"carried out|executed|delivered|supplied|designed|owned|run)\s+by\s+(?:the\s+)?",
    re.I,
)


@relation_extractor("implemented_by", version="2", languages={"en"})
def implemented_by(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Projects and who builds, runs or finances them ("the metro project built by X")."""
    for ent in index.of_class(C.PROJECT):
        for m in ent.mentions:
            sentence = ctx.sentences[m.sentence]
            # "Sinohydro ... was awarded a contract to construct Bolivia's Ivirizu plant"
            builders = [(om, oe) for om, oe in index.in_sentence(m.sentence, C.COMPANY) if om.end <= m.start]
            if builders:
                om, oe = builders[-1]
                between = ctx.text[om.end : m.start]
                if len(between) < 160 and _BUILDS.search(between) and not _CLAUSE_BREAK.search(between):
                    yield relation(ctx, ent, P.IMPLEMENTED_BY, oe, sentence, "implemented_by", 0.7)
            after = ctx.text[m.end : sentence.end]
            clause = _CLAUSE_BREAK.search(after)
            after = after[: clause.start()] if clause else after
            orgs = index.in_sentence(m.sentence, *ORGS)
            # "was financed by China Eximbank and built by Sinohydro": every "by" of the clause
            for cue in _BY_COMPANY.finditer(after[:200]):
                if cue.start() > 60 and not re.search(r"\band\s+$", after[: cue.start()]):
                    break
                pos = m.end + cue.end()
                direct = [oe for om, oe in orgs if om.start == pos]
                if direct:
                    yield relation(ctx, ent, P.IMPLEMENTED_BY, direct[0], sentence, "implemented_by", 0.8)
                elif re.match(r"(?:company|enterprise|firm|group)\b", ctx.text[pos : pos + 12], re.I):
                    before = [oe for om, oe in orgs if om.end <= m.start and oe.cls is C.COMPANY]
                    if before:
                        yield relation(ctx, ent, P.IMPLEMENTED_BY, before[-1], sentence, "implemented_by", 0.6)
            # "..., which is being built by Sinohydro, with financing from the Export-Import Bank of China": a
            # relative clause or a lender further on, as long as no other work is named in between
            nxt = min((pm.start for pm, pe in index.in_sentence(m.sentence, C.PROJECT) if pm.start >= m.end
                       and pe is not ent), default=sentence.end)
            for cue in _LATER_BY.finditer(ctx.text, m.end, min(nxt, m.end + 220, m.end + len(after))):
                direct = [oe for om, oe in orgs if om.start == cue.end()]
                if direct:
                    yield relation(ctx, ent, P.IMPLEMENTED_BY, direct[0], sentence, "implemented_by", 0.7)


_LATER_BY = re.compile(
    r",?\s+which\s+(?:is|was|will\s+be|has\s+been|had\s+been)\s+(?:being\s+)?"
    r"(?:built|constructed|developed|operated|financed|funded)\s+by\s+(?:the\s+)?"
    r"|\bwith\s+(?:a\s+|the\s+)?(?:(?:US)?\$?[\d.,]+\s*(?:billion|million|bn|m)?\s+)?"
    r"(?:loan|loans|financing|funding|credit|credit\s+line|credits)\s+from\s+(?:the\s+)?",
    re.I,
)
_MEMBERS_OF = re.compile(r"members?\s+(?:states?\s+|countries\s+)?of\s+(?:the\s+)?", re.I)
_MEMBERS = re.compile(r"\bmembers?\b(?:[^.。]|\.,){0,60}?(?:\b(?:including|such as|namely)|:|\s[-–—])\s*", re.I)
# "Brazil, a founding member of both BRICS and the NDB, ...", "Jamaica, as a member state of CARICOM, ..."
_MEMBER_APPOSITION = re.compile(
    r",\s+(?:as\s+)?(?:a|an|the|itself\s+a)\s+(?:founding\s+|full\s+|new\s+|permanent\s+)?member\s+(?:state\s+|country\s+)?of\s+"
    r"(?:both\s+)?(?:the\s+)?"
)
# "Ecuador, Brazil and Uruguay officially joined the AIIB": joining an organization makes a member
_JOINED_BODY = re.compile(
    r"\b(?:officially\s+|formally\s+|also\s+)?(?:joined|acceded\s+to|(?:was|were)\s+admitted\s+(?:to|into))\s+"
    r"(?:the\s+)?$",
    re.I,
)
_MEETING_AFTER = re.compile(
    r"\s*(?:'s\s+)?(?:leaders['’]?\s+)?(?:summit|meeting|forum|conference|talks|session)\b", re.I
)


_AS_MEMBER = re.compile(r"\b[Aa]s\s+(?:a\s+|an\s+)?(?:full\s+|founding\s+)?members?\s+(?:state\s+)?of\s+(?:both\s+)?")
_ARE_MEMBERS = re.compile(
    r"\b(?:is|are|became|become|has\s+been|have\s+been)\s+(?:also\s+|both\s+|now\s+|all\s+)?(?:a\s+|the\s+)?"
    r"(?:full\s+|founding\s+|new\s+)?members?\s+(?:states?\s+)?of\s+(?:the\s+)?$",
    re.I,
)


_IO_LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and)?\s*(?:the\s+)?")
_ASIDE = re.compile(r"\s*\([^()]{1,20}\)")  # "(NDB)", "(New Development Bank)"


@relation_extractor("member_of", version="4", languages={"en"})
def member_of(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Members listed for an organization ("The AIIB has six members in the region, including ...",
    "Ecuador and Peru are also members of the AIIB")."""
    for sentence in ctx.sentences:
        ios = index.in_sentence(sentence.index, C.INTERNATIONAL_ORGANIZATION)
        if not ios:
            continue
        countries = index.in_sentence(sentence.index, C.COUNTRY)
        # "Brazil, a founding member of both BRICS and the NDB"
        for cm, ce in countries:
            apposed = _MEMBER_APPOSITION.match(ctx.text, cm.end, sentence.end)
            if apposed and not cm.adjective:
                for _, ie in _listed_after(ctx, ios, apposed.end(), _IO_LIST_GAP, _ASIDE)[0]:
                    yield relation(ctx, ce, P.MEMBER_OF, ie, sentence, "member_of", 0.8)
        # "As a member of both SICA and CELAC, the Dominican Republic ..."
        for as_member in _AS_MEMBER.finditer(sentence.text):
            listed, edge = _listed_after(ctx, ios, sentence.start + as_member.end(), _IO_LIST_GAP, _ASIDE)
            comma = re.match(r"\s*,\s*(?:the\s+)?", ctx.text[edge : edge + 10])
            if not listed or not comma:
                continue
            subject = [ce for cm, ce in index.in_sentence(sentence.index, C.COUNTRY) if cm.start == edge + comma.end()]
            for _, ie in listed:
                for ce in subject:
                    yield relation(ctx, ce, P.MEMBER_OF, ie, sentence, "member_of", 0.8)
        for im, ie in ios:
            window = ctx.text[max(sentence.start, im.start - 60) : im.start]
            cue = _ARE_MEMBERS.search(window)
            if not cue:
                cue = _JOINED_BODY.search(window)
                if not cue or _MEETING_AFTER.match(ctx.text, im.end) or im.nested:
                    continue
            # the countries of the subject: a list right before the verb, nothing else between
            cue_at = max(sentence.start, im.start - 60) + cue.start()
            members = [(cm, ce) for cm, ce in index.in_sentence(sentence.index, C.COUNTRY)
                       if cm.end <= cue_at and not cm.adjective]
            for ce in _listed_before(ctx, members, cue_at, _COUNTRY_LIST_GAP):
                yield relation(ctx, ce, P.MEMBER_OF, ie, sentence, "member_of", 0.8)
        for cue in _MEMBERS.finditer(sentence.text):
            pos = sentence.start + cue.start()
            owner = [e for m, e in ios if m.end <= pos]
            if not owner:
                # "the four members of the Pacific Alliance - Chile, Colombia, Mexico and Peru - ..."
                named = [e for m, e in ios if pos < m.start and m.end <= sentence.start + cue.end()
                         and _MEMBERS_OF.fullmatch(ctx.text, pos, m.start)]
                if named:
                    countries = [(cm, ce) for cm, ce in index.in_sentence(sentence.index, C.COUNTRY)
                                 if not cm.adjective]
                    for _, ce in _listed_after(ctx, countries, sentence.start + cue.end(), _COUNTRY_LIST_GAP)[0]:
                        yield relation(ctx, ce, P.MEMBER_OF, named[0], sentence, "member_of", 0.8)
                continue
            for cm, ce in index.in_sentence(sentence.index, C.COUNTRY):
                if cm.start >= sentence.start + cue.end() and not cm.adjective:
                    yield relation(ctx, ce, P.MEMBER_OF, owner[-1], sentence, "member_of", 0.8)


@relation_extractor("body_meetings", version="2")
def body_meetings(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Meetings named after the body that holds them: "BRICS leaders' meeting", "Sixth CELAC Summit",
    "Third Ministerial Conference of the China-CELAC Forum"; and the events listed "under the framework
    of" a body."""
    for ent in index.of_class(C.EVENT):
        body = _holding_body(ctx, index, ent.name)
        if body is not None and body.id != ent.id:
            yield relation(
                ctx, ent, P.ORGANIZED_BY, body, ctx.sentences[ent.mentions[0].sentence], "body_meetings", 0.7
            )
    for sentence in ctx.sentences:
        if "framework" not in sentence.text:
            continue
        cue = _FRAMEWORK_OF.search(sentence.text)
        if not cue:
            continue
        bodies = [(m, e) for m, e in index.in_sentence(sentence.index, C.INTERNATIONAL_ORGANIZATION, C.EVENT,
                                                         *ORGS)
                  if m.start == sentence.start + cue.end()]
        if not bodies:
            continue
        _, body = bodies[0]
        for m, e in index.in_sentence(sentence.index, C.EVENT):
            if m.start > bodies[0][0].end and not m.nested and e.id != body.id:
                yield relation(ctx, e, P.ORGANIZED_BY, body, sentence, "body_meetings", 0.7)


_FRAMEWORK_OF = re.compile(r"\b(?:under|within|in)\s+the\s+framework\s+of\s+(?:the\s+)?", re.I)
_LEADING_ORDINAL = re.compile(
    r"^(?:the\s+)?(?:\d+(?:st|nd|rd|th)|" + "|".join(sorted(L.ORDINALS, key=len, reverse=True)) + r")\s+", re.I
)
_MEETING_OF = re.compile(
    r"\b(?:meeting|conference|summit|session|assembly|congress|plenary|plenum|council|dialogue)\s+of\s+(?:the\s+)?",
    re.I,
)


def _holding_body(ctx: DocContext, index: EntityIndex, name: str) -> Entity | None:
    """The international body a meeting's name begins with (after an ordinal) or ends with after "of"."""
    rest = name[m.end():] if (m := _LEADING_ORDINAL.match(name)) else name
    for text, at_end in ((rest, False), *(((name[k.end():], True),) if (k := _MEETING_OF.search(name)) else ())):
        hits = scan(text, ctx.gazetteer)
        if not hits or hits[0].start != 0 or (at_end and hits[0].end != len(text.rstrip())):
            continue
        entry = ctx.gazetteer.get(hits[0].form.key)
        if entry is None or entry.cls is not C.INTERNATIONAL_ORGANIZATION:
            continue
        body = index.by_key.get(entry.key)
        if body is not None:
            return body
    return None


@relation_extractor("known_event_places", version="1")
def known_event_places(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Recurring events the gazetteer knows are held in one country (the Canton Fair in China)."""
    for ent in index.of_class(C.EVENT):
        entry = ctx.gazetteer.get(ent.key) if ent.key else None
        if entry is None or not entry.country or (country := index.country(entry.country)) is None:
            continue
        named_at = sorted({cm.sentence for cm in country.mentions})
        for m in ent.mentions:
            k = bisect.bisect_left(named_at, m.sentence - 8)
            if k == len(named_at) or named_at[k] > m.sentence + 8:
                continue  # no passage can name both: spare the search
            r = passage_relation(ctx, index, ent, P.LOCATED_IN, country, ctx.sentences[m.sentence],
                                 "known_event_places", 0.6)
            if r is not None:
                yield r
                break


# Posts of a government official; "president" alone only as the bare title of a head of state.
_OFFICIAL_POST = re.compile(
    r"\b(?:premier|vice[- ]premier|minister|vice[- ]minister|state\s+councill?or|ambassador|consul(?:-general)?|"
    r"envoy|spokes(?:person|man|woman))\b",
    re.I,
)
_BARE_PRESIDENT = re.compile(r"^(?:(?:Chinese|China's)\s+)?(?:Vice[- ])?President(?:\s+of\s+(?:the\s+People's\s+"
                             r"Republic\s+of\s+)?China)?$")
_HOST_PREP = re.compile(r"\b(?:to|in)\s+(?:the\s+)?$", re.I)


@relation_extractor("chinese_officials", version="1", languages={"en"})
def chinese_officials(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """An official with a Chinese name and a government post ("Commerce Minister Wang Wentao", "Premier Li
    Qiang", "Ambassador Chen Guoyou") represents China when no other country is named in the post."""
    china = index.country("CN")
    if china is None:
        return
    for ent in index.of_class(C.PERSON):
        role = ent.role or ""
        if not (_OFFICIAL_POST.search(role) or _BARE_PRESIDENT.match(role.strip())):
            continue
        if not CHINESE_NAME.fullmatch(ent.name) or not _pinyin_name(ent.name):
            continue
        others = [h for h in country_hits(role, ctx.gazetteer) if h[2].key != "country:CN"]
        if any(not _HOST_PREP.search(role[: h[0]]) for h in others):
            continue  # "Minister of Foreign Affairs of Peru": not China's
        m = ent.mentions[0]
        a, b = _apposition_zone(ctx, m)
        posts = [oe for om, oe in index.in_sentence(m.sentence, *ORGS) if om.start >= a and om.end <= b]
        posts += [oe for oe, _ in _backward_affiliations(ctx, m, index)]
        if any(oe.cls is not C.GOVERNMENT_BODY for oe in posts):
            continue  # an officer of a company or a university
        r = passage_relation(ctx, index, ent, P.REPRESENTS, china, ctx.sentences[m.sentence], "chinese_officials", 0.6)
        if r is not None:
            yield r


_HOME_POST = re.compile(r"^(?:(?:Vice|Deputy|Prime|Foreign|[A-Z][a-z]+)\s+)?(?:President|Minister)$")


@relation_extractor("home_officials", version="1", languages={"en"})
def home_officials(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """"President Javier Milei", "Economy Minister Lucia Ferraro" in a wire about Argentina: a president or
    minister whose post names no country represents the country the text is about, when no other country
    than it (or China) is named wherever the official is."""
    home = dominant_country(index)
    if home is None:
        return
    china = index.country("CN")
    allowed = {home.id} | ({china.id} if china is not None else set())
    for ent in index.of_class(C.PERSON):
        if not _HOME_POST.match((ent.role or "").strip()) or CHINESE_NAME.fullmatch(ent.name):
            continue
        sentences = {m.sentence for m in ent.mentions}
        if {ce.id for n in sentences for _, ce in index.in_sentence(n, C.COUNTRY)} - allowed:
            continue
        first = ctx.sentences[min(sentences)]
        r = report_relation(ctx, index, ent, P.REPRESENTS, home, first, "home_officials", 0.5)
        if r is not None:
            yield r


def _pinyin_name(name: str) -> bool:
    surname, _, given = name.partition(" ")
    return surname in CHINESE_SURNAMES and is_pinyin_given_name(given)


# "attended the BRICS leaders' meeting, APEC meeting, and G20 leaders' summit": every event listed
_ATTENDED = re.compile(
    r"\b(?:attended|attend|attending|addressed|spoke\s+at|speaking\s+at|took\s+part\s+in|taking\s+part\s+in|"
    r"participated\s+in|participating\s+in|chaired|co-chaired|presided\s+over|was\s+present\s+at|"
    r"delivered\s+(?:a|the|his|her)\s+(?:keynote\s+)?(?:speech|address|remarks)\s+(?:at|to))\s+(?:the\s+)?",
    re.I,
)
# "proposed the Global Security Initiative at the Boao Forum", "pointed out at the 76th UN General Assembly"
_SPOKE_AT = re.compile(r"\bat\s+(?:the\s+)?$")
_SPEECH_VERB = re.compile(
    r"\b(?:said|stated|stressed|noted|pointed\s+out|proposed|announced|put\s+forward|emphasi[sz]ed|declared|"
    r"called\s+for|delivered|spoke|remarked|expressed|underlined|highlighted)\b",
    re.I,
)
_EVENT_LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and|as\s+well\s+as)?\s*(?:the\s+|an?\s+)?")


@relation_extractor("attended_events", version="1", languages={"en"})
def attended_events(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """People who attended, addressed or spoke at named events, in one clause ("X attended the A, B and C";
    "X proposed ... at the Boao Forum"; not reported speech: "Y said that X attended ...")."""
    for sentence in ctx.sentences:
        events = [(m, e) for m, e in index.in_sentence(sentence.index, C.EVENT) if not m.nested]
        if not events:
            continue
        people = index.in_sentence(sentence.index, C.PERSON)
        if not people:
            continue
        t = sentence.text
        for cue in _ATTENDED.finditer(t):
            listed, _ = _listed_after(ctx, events, sentence.start + cue.end(), _EVENT_LIST_GAP)
            subject = _clause_subject(ctx, people, sentence.start + cue.start(), sentence.start)
            for _, ee in listed:
                if subject is not None:
                    yield relation(ctx, subject, P.PARTICIPATED_IN, ee, sentence, "attended_events", 0.7)
        for em, ee in events:
            if not _SPOKE_AT.search(ctx.text[max(sentence.start, em.start - 8) : em.start]):
                continue
            clause_start = max([sentence.start, *(sentence.start + k.end() for k in _CLAUSE_BREAK.finditer(t)
                                                   if sentence.start + k.end() <= em.start)])
            verb = None
            for v in _SPEECH_VERB.finditer(ctx.text, clause_start, em.start):
                verb = v
            if verb is None:
                continue
            subject = _clause_subject(ctx, people, verb.start(), clause_start)
            if subject is not None:
                yield relation(ctx, subject, P.PARTICIPATED_IN, ee, sentence, "attended_events", 0.7)


def _clause_subject(ctx: DocContext, people: list[tuple[Mention, Entity]], verb_at: int, start: int) -> Entity | None:
    """The person named last before the verb in its clause, when no "that" (reported speech) or other clause
    comes between."""
    before = [(m, e) for m, e in people if start <= m.start and m.end <= verb_at]
    if not before:
        return None
    m, e = before[-1]
    between = ctx.text[m.end : verb_at]
    if re.search(r"\bthat\b|[;:]|\bwho\b.*\bwho\b", between) or len(between) > 160:
        return None
    if _SPEECH_VERB.search(between) or re.search(r"\b(?:to|will|would|plans?\s+to|expects?\s+to)\s*$", between):
        return None  # "X said, ... the delegation will attend": another subject, or a plan
    return e
