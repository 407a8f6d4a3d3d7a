"""English names of organizations, agreements, events, projects and initiatives, by their grammar.

A name is a chain of capitalized words joined by connectors ("of", "and", "for" ...). Its class
comes from its head noun (:mod:`lexicon`): "... Association" is an organization, "Ministry of
..." a government body, "... Co., Ltd." a company, "9th ... Forum" an event. Parents named
after "of" ("Latin American Bureau of the International Liaison Department of ...") and
after a comma ("Institute of Marxism, Chinese Academy of Social Sciences") become mentions
of their own, marked ``nested``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..records import EntityClass, Mention, Sentence
from . import lexicon as L
from .context import DocContext
from .known_names import country_hits
from .people import CHINESE_SURNAMES, is_pinyin_given_name
from .registry import mention_extractor
from .text import Token, name_tokens, tidy

NAME = "named_phrases"
_JOINERS = frozenset("-–—&")
_LEGAL_AFTER_COMMA = frozenset({"Ltd", "Inc", "S", "LLC", "Ltda", "Limited"})
_COMPLEMENT = frozenset({"of", "for", "on", "between", "against"})
_CUT_BEFORE_HEAD = frozenset({"of", "for", "on"})
_YEARS = re.compile(r"^\(?\s*\d{4}(\s*[-–]\s*\d{4})?\s*\)?$")
_ORDINAL_NUM = re.compile(r"^\d+(st|nd|rd|th)$", re.I)


@dataclass(frozen=True)
class Phrase:
    start: int  # token index, inclusive
    end: int  # token index, inclusive
    cls: EntityClass
    head: int  # token index of the governing head
    confidence: float


def _paren_end(toks: list[Token], k: int) -> int | None:
    """Index of the ')' closing a short parenthetical of names or years opened at ``k``."""
    for m in range(k + 1, min(k + 12, len(toks))):
        if toks[m].text == ")":
            inner = toks[k + 1 : m]
            # "(Hong Kong)", "(2022-2024)", "(the Community of Latin American and Caribbean States)"
            if (inner and inner[0].text != "the") or len(inner) > 1:
                if all(t.is_cap or t.text in _JOINERS or t.text == "," or t.lower in _PAREN_CONNECTORS for t in inner):
                    return m
            return None
    return None


_PAREN_CONNECTORS = frozenset({"the", "of", "and", "for"})
_POSTS = frozenset({"embassy", "consulate", "consulate-general", "mission", "delegation", "office", "representation"})
_NUMBERED = frozenset({"Line", "Phase", "Stage", "Section", "Lot", "Block", "Unit", "Tranche"})
_ROMAN = frozenset({"I", "II", "III", "IV", "V", "VI"})


def chains(toks: list[Token], text: str) -> list[tuple[int, int]]:
    """Maximal runs of capitalized words with connectors, joiners, abbreviations and short
    parentheticals inside; connectors never end a chain."""
    out: list[tuple[int, int]] = []
    n, i = len(toks), 0
    while i < n:
        if not (toks[i].is_word and toks[i].is_cap):
            i += 1
            continue
        j, k, connectors = i, i + 1, 0
        while k < n and connectors <= 3:
            t, prev = toks[k], toks[k - 1]
            glued = prev.end == t.start
            if t.is_word and t.is_cap and k + 1 < n and toks[k + 1].text == "·" and _starts_dotted_name(toks, k):
                break  # "Ministry of Public Works Sherma·Dublin-Auguiste": a dotted person's name begins
            if t.is_word and t.is_cap:
                j, k, connectors = k, k + 1, 0
            elif prev.text in _NUMBERED and (t.text.isdigit() or t.text in _ROMAN) and prev.end < t.start:
                j, k, connectors = k, k + 1, 0  # "Metro Line 1", "Phase II"
            elif t.is_word and t.lower in L.CONNECTORS and _connector_ok(toks, k):
                k, connectors = k + 1, connectors + 1
            elif (
                t.text in _JOINERS and k + 1 < n and toks[k + 1].is_cap and connectors == 0
                and ((glued and toks[k + 1].start == t.end) or t.text == "&")
            ):
                k += 1
            elif (
                t.text == "-" and glued and k + 2 < n and toks[k + 1].start == t.end and toks[k + 2].is_cap
                and _PARTICIPLE.fullmatch(text, toks[k + 1].start, toks[k + 1].end) is not None
            ):
                k += 2  # "Handover Ceremony of China-aided Road Machinery"
            elif (
                t.text == "-" and glued and k + 1 < n and toks[k + 1].start == t.end
                and toks[k + 1].lower in _GLUED_HEADS
            ):
                j, k = k + 1, k + 2  # "Infrastructure and Connectivity Sub-forum"
            elif t.text in "'’" and glued and prev.text.endswith("s") and k + 1 < n and toks[k + 1].is_cap:
                j, k = k, k + 1  # "Leaders' Meeting", "Foreign Ministers' Dialogue"
            elif t.text == "." and glued and prev.text in L.ABBREVIATIONS and k == j + 1:
                j, k = k, k + 1
                if k < n and toks[k].start == t.end and toks[k].is_cap and len(toks[k].text) > 1:
                    break  # "Co., Ltd.It introduces": the next sentence glued on
            elif (
                t.text == ","
                and prev.text == "."
                and k + 1 < n
                and toks[k + 1].text in _LEGAL_AFTER_COMMA
            ):
                k += 1
            elif t.text == "(" and k == j + 1 and (close := _paren_end(toks, k)) is not None:
                j, k = close, close + 1
                inner = toks[close - 1].text
                if toks[close - 2].text == "(" and inner.isupper() and len(inner) > 1:
                    break  # "Institute (PIAA) in Lima": an acronym in brackets closes the name
            elif t.text == "," and k == j + 1 and (last := _comma_list_end(toks, i, k)) is not None:
                j, k = last, last + 1  # "Ministry of Science, Technology and Innovation"
            else:
                break
        out.append((i, j))
        i = j + 1
    return out


_PARTICIPLE = re.compile(r"(?:aided|funded|financed|built|backed|sponsored|assisted)")


def _starts_dotted_name(toks: list[Token], k: int) -> bool:
    """Whether the word before a middle dot begins a person's name: machine translation also glues the
    dot to the end of a body's name ("... of Venezuela·Celestino·Velasquez", "... Development·Antonio")."""
    t = toks[k]
    if t.lower in L.PORTFOLIO_WORDS or _head_class(toks, k):
        return False
    # the last word of a place: "Chile", "Costa Rica", "Trinidad and Tobago"
    return not any(_is_place_word(" ".join(x.text for x in toks[max(0, k - n) : k + 1])) for n in range(3))


def _comma_list_end(toks: list[Token], i: int, k: int) -> int | None:
    """At a comma inside a name's complement ("Ministry of Science, Technology, Knowledge and Innovation"):
    the index of the list's last word when capitalized words, commas and a final "and" follow."""
    if not any(toks[x].text in ("of", "for", "on", "in") for x in range(i + 1, k)):
        return None
    n, x, items = len(toks), k, 0
    while x < n and toks[x].text == ",":
        x += 1
        if x >= n or not (toks[x].is_word and toks[x].is_cap) or _head_class(toks, x) or _is_country_word(toks[x].text):
            return None  # a list of countries is a coordination, not one name
        while x + 1 < n and toks[x + 1].is_word and toks[x + 1].is_cap and not _head_class(toks, x + 1):
            x += 1
        items += 1
        x += 1
        if items > 6:
            return None
    if x + 1 < n and toks[x].lower == "and" and toks[x + 1].is_word and toks[x + 1].is_cap and not _is_country_word(
        toks[x + 1].text
    ):
        x += 1
        while x + 1 < n and toks[x + 1].is_word and toks[x + 1].is_cap and not _head_class(toks, x + 1):
            x += 1
        return x
    return None


def _connector_ok(toks: list[Token], k: int) -> bool:
    """"with" and "a" join only inside "Community with a Shared Future", "Community of a ..."; "and"
    before a post ("... Central Committee and Foreign Minister Wang Yi") ends the name."""
    word = toks[k].lower
    if word == "and" and any(
        t.lower in L.TITLES_EN and t.is_cap for t in toks[k + 1 : k + 3]
    ):
        return False
    if word == "with":
        # "Community with a Shared Future"; "Association for Friendship with Foreign Countries"
        return toks[k - 1].lower == "community" or any(t.text in ("for", "of") for t in toks[max(0, k - 4) : k])
    if word in ("a", "an"):
        return toks[k - 1].lower in ("of", "with", "for")
    # "hosted in Lima the APEC Meeting": "the" right after a place starts another name ("Plan on Jointly
    # Promoting the Belt and Road Initiative" keeps its "the")
    return not (word == "the" and toks[k - 1].is_cap and _is_place(toks[k - 1].text))


def _is_place(word: str) -> bool:
    """A country's name or a known city: "Chile", "Shanghai"."""
    from ..gazetteer import load_cities, normalize

    return normalize(word) in load_cities() or _is_country_name(word)


def _head_class(toks: list[Token], idx: int) -> EntityClass | None:
    if not toks[idx].is_word:
        return None
    if toks[idx].text == "A" and idx >= 2 and toks[idx - 1].text == "." and toks[idx - 2].text == "S":
        return EntityClass.COMPANY  # "S.A."
    return L.HEADS_EN.get(toks[idx].lower)


def _split_and(toks: list[Token], s: int, e: int) -> list[tuple[int, int]]:
    """Split "A Association and B Bureau" into two names when both sides have a head."""
    for k in range(s + 1, e):
        if toks[k].lower in ("and", "&"):
            if _region_and(toks, k):
                continue  # "... of the China-Latin America and the Caribbean Political Parties Forum"
            if any(toks[x].lower == "between" for x in range(s, k)):
                break  # "... between the Government of A and the Government of B": one name
            if k == s + 1 and toks[s].text.isupper() and len(toks[s].text) > 1:
                return [(s, s), *_split_and(toks, k + 1, e)]  # "IREA and Renmin University"
            if toks[k - 1].text == ")" and toks[k + 1].lower == "the" and _phrase(toks, s, k - 1) is not None:
                return [(s, k - 1), *_split_and(toks, k + 2, e)]  # "... States (CELAC) and the People's ..."
            left = [x for x in range(s, k) if _head_class(toks, x)]
            right = [x for x in range(k + 1, e + 1) if _head_class(toks, x)]
            r = k + 2 if k + 2 <= e and toks[k + 1].lower == "the" else k + 1
            # "A Association and B Bureau", "... (CELAC) and the People's Republic of China"; not inside a
            # name's complement ("Ministry of Science and Technology", "Belt and Road Initiative")
            ends_left = _head_class(toks, k - 1) is not None or (
                r == k + 2 and _phrase(toks, s, k - 1) is not None
            ) or (
                # "Ministry of Transport and Shanghai Municipal People's Government": no portfolio follows
                toks[r].lower not in L.PORTFOLIO_WORDS and not _head_class(toks, r)
                and toks[k - 1].lower in L.PORTFOLIO_WORDS and _is_place_word(toks[r].text)
            )
            if left and right and ends_left and toks[r].is_cap and not _adjectives(toks[k - 1], toks[r]):
                rest = _phrase(toks, r, e)
                if rest is not None and rest.end == e:
                    return [(s, k - 1), *_split_and(toks, r, e)]
    return [(s, e)]


_ADJ_END = ("an", "ean", "ese", "ic", "ish")


def _adjectives(a: Token, b: Token) -> bool:
    """"Latin American and Caribbean States": two adjectives coordinated inside one name."""
    return a.lower.endswith(_ADJ_END) and b.lower.endswith(_ADJ_END) and not _head_class([a], 0)


def _leading_noise(t: Token) -> bool:
    """Words that begin a chain but not a name: sentence words, connectors, counts ("46 Institutes"),
    a possessive ("China's National ... Bureau")."""
    if t.text in L.STOP_CAPS or t.lower in L.CONNECTORS or not t.is_word:
        return True
    if t.text.isdigit() and not 1900 <= int(t.text) <= 2100:
        return True
    # "People's Government of Fujian Province", "People's Bank of China": part of the name, no owner
    return t.text.endswith(("'s", "’s")) and t.text[:-2] not in _NAME_POSSESSIVES


_NAME_POSSESSIVES = frozenset({"People", "Workers", "Women", "Children", "Farmers"})


def _region_and(toks: list[Token], k: int) -> bool:
    """The "and the" of "Latin America and the Caribbean", the region's name."""
    return toks[k - 1].text == "America" and k + 2 < len(toks) and toks[k + 2].text == "Caribbean"


def _phrase(toks: list[Token], s: int, e: int) -> Phrase | None:
    # Leading sentence words, determiners and connectors are not part of a name.
    while s <= e and _leading_noise(toks[s]):
        s += 1
    heads = [k for k in range(s, e + 1) if _head_class(toks, k)]
    if not heads:
        return None
    h0 = heads[0]
    # "Vice President of X Association", "Thematic Event of the 9th ... Forum": the words before the
    # last "of" preceding the first head describe, they do not name.
    cut = [
        k for k in range(s, h0)
        if toks[k].text in _CUT_BEFORE_HEAD
        # "A" or "I" glued to a hyphen is a letter of the name ("Patuca II-A Hydroelectric Project")
        or (toks[k].text in L.STOP_CAPS and not (k > 0 and toks[k - 1].text == "-"
                                                  and toks[k - 1].end == toks[k].start))
        # "Permanent Secretary in the Ministry of ...": a post held in a body
        or (toks[k].text == "in" and any(toks[x].lower in L.TITLES_EN for x in range(s, k)))
        # "China and the Community of ...", but not the region "Latin America and the Caribbean"
        or (toks[k].text == "and" and toks[k + 1].text == "the" and not _region_and(toks, k))
    ]
    if cut:
        s = cut[-1] + 1
        while s <= e and (toks[s].lower in L.CONNECTORS or _leading_noise(toks[s])):
            s += 1
        if s > h0:
            return None
    # The governing head: the first head if a complement follows it ("Ministry of ..."),
    # else the last head of the capitalized run it starts ("... Group International ... Co., Ltd.").
    gov = h0
    if not (h0 + 1 <= e and toks[h0 + 1].text in _COMPLEMENT):
        k = h0
        while k + 1 <= e and not (toks[k + 1].is_word and toks[k + 1].lower in L.CONNECTORS):
            k += 1
            if _head_class(toks, k):
                gov = k
        # Capitalized words after the last head without a connector belong to the next thing.
        if gov < e and toks[gov + 1].text not in _COMPLEMENT:
            e = min(e, _legal_tail(toks, gov, e))
    # "Chinese Academy of Social Sciences Deputy Director of ...": a post after a name ends it.
    for k in range(gov + 2, e + 1):
        if toks[k].is_cap and toks[k].lower in L.TITLES_EN and toks[k - 1].is_cap and toks[k - 1].is_word:
            if toks[k - 1].lower not in L.TITLES_EN:
                e = k - 1
                break
    # "Chairman of the China Council for the Promotion of International Trade Ren Hongbin": a Chinese
    # name after the body is its officer's, not part of the body's name
    if e - 1 > gov and toks[e - 1].text in CHINESE_SURNAMES and is_pinyin_given_name(toks[e].text) \
            and toks[e - 2].is_cap and toks[e - 2].end < toks[e - 1].start:
        e -= 2
    # "Caldera Port Expansion Project on Costa Rica's Pacific coast": a country's possessive after a
    # connector starts a description of the place, not more of the name
    for k in range(gov + 1, e + 1):
        w = toks[k].text
        if w.endswith(("'s", "’s")) and (
            _is_country_name(w[:-2]) or (k > 0 and _is_country_name(f"{toks[k - 1].text} {w[:-2]}"))
        ):
            first = k - 1 if k > 0 and _is_country_name(f"{toks[k - 1].text} {w[:-2]}") else k
            if first - 1 > gov and toks[first - 1].lower in L.CONNECTORS:
                e = first - 2
                break
    # "University of Chile in Santiago", "Government of Chile Press Release": after a country that
    # completes the name, a place or words without a head of their own are another thing
    for k in range(gov + 2, e):
        nxt = toks[k + 1]
        if toks[k - 1].lower in ("of", "the") and _is_country_name(toks[k].text) and (
            nxt.lower == "in" or (nxt.is_word and nxt.is_cap)
        ):
            rest = range(k + 1, e + 1)
            if toks[gov].lower in _POSTS and toks[k + 1].lower == "in":
                continue  # "Embassy of Argentina in China"
            if toks[k + 1].lower == "in" or not any(
                _head_class(toks, x) or toks[x].text in _LEGAL_AFTER_COMMA for x in rest
            ):
                e = k
                break
    while e > gov and (toks[e].text in L.STOP_CAPS or toks[e].lower in L.CONNECTORS):
        e -= 1
    # "... Infrastructure Finance on Monday", "... Forum in March": a date after the name
    if e - 1 > gov and (toks[e].text in L.WEEKDAYS or toks[e].text in L.MONTHS) and toks[e - 1].lower in ("on", "in"):
        e -= 2
    cls = _head_class(toks, gov)
    if cls is None:
        return None
    if (
        cls is EntityClass.ORGANIZATION and toks[gov].lower == "secretariat" and gov + 2 <= e
        and toks[gov + 1].lower == "of" and toks[gov + 2].lower in L.PORTFOLIO_WORDS
    ):
        cls = EntityClass.GOVERNMENT_BODY  # a ministry named as in Honduras or Mexico: "Secretariat of Health"
    brackets = [toks[k].text for k in range(s, e + 1) if toks[k].text in "()"]
    if brackets.count("(") != brackets.count(")") or brackets[:1] == [")"]:
        return None  # "States) Forum": half of a bracketed expansion is no name
    word_idx = [k for k in range(s, e + 1) if toks[k].is_word]
    lowers = [toks[k].lower for k in word_idx]
    modifiers = [k for k in word_idx if not _head_class(toks, k) and toks[k].lower not in L.CONNECTORS]
    has_complement = any(toks[k].text in _COMPLEMENT for k in range(gov + 1, e + 1))
    complement_words = [
        k for k in range(gov + 1, e + 1)
        if toks[k].is_word and toks[k].is_cap and not _head_class(toks, k) and toks[k].text not in L.STOP_CAPS
    ]
    if not modifiers or lowers[:3] == ["state", "and", "government"]:
        return None  # "Heads of State and Government of ...": a phrase, not a body
    if not has_complement and all(_is_country_word(toks[k].text) for k in modifiers):
        return None  # "China Ministry", "Chinese Embassy": a description, not a name
    if all(toks[k].lower in L.GENERIC_MODIFIERS for k in modifiers):
        return None  # "Joint Statement", "International Cooperation Summit Forum"
    if len(word_idx) > 30:
        return None
    if cls is EntityClass.AGREEMENT and toks[gov].lower.endswith("s") and "and" in lowers:
        return None  # "China-Peru and China-Costa Rica Free Trade Agreements": one per pair (coordination)
    head = toks[gov].lower
    confidence = 0.7
    if head in L.LEGAL_SUFFIXES:
        confidence = 0.8
    if head == "plan":
        cls = EntityClass.AGREEMENT if L.AGREEMENT_PLAN_WORDS & set(lowers) else EntityClass.INITIATIVE
    elif head in ("center", "centre") and gov > s and toks[gov - 1].lower in L.PROJECT_CENTER_WORDS:
        cls = EntityClass.PROJECT
    elif head == "bank":
        if L.DEVELOPMENT_BANK_WORDS & set(lowers):
            cls = (
                EntityClass.INTERNATIONAL_ORGANIZATION
                if L.REGIONAL_WORDS & set(lowers[:2])
                else EntityClass.GOVERNMENT_BODY
            )
    elif head in ("congress", "session", "plenum", "assembly") and (
        lowers[0] in L.ORDINALS or _ORDINAL_NUM.match(lowers[0])
    ):
        cls = EntityClass.EVENT
    elif head == "convention":
        after = toks[gov + 1].lower if gov + 1 <= e else ""
        if after in ("on", "against", "for") or "framework" in lowers:
            cls = EntityClass.AGREEMENT
    elif head == "department" and not (has_complement and complement_words):
        return None
    elif head in ("department", "division", "bureau", "office") and has_complement:
        of = next((k for k in range(gov + 1, e + 1) if toks[k].text == "of"), None)
        parent = _phrase(toks, of + 1, e) if of is not None else None
        if parent is not None and parent.cls is EntityClass.COMPANY:
            return None  # a company's department is not a government body
    elif head == "community":
        joined = " ".join(lowers)
        if "shared future" in joined or "common destiny" in joined or "shared destin" in joined:
            cls = EntityClass.INITIATIVE
        elif not has_complement and not (L.REGIONAL_WORDS & set(lowers)):
            return None
    elif head == "fund" and {"national", "state"} & set(lowers[:2]):
        cls = EntityClass.GOVERNMENT_BODY
    elif head == "group" and gov + 1 <= e and toks[gov + 1].lower == "of":
        cls = EntityClass.INTERNATIONAL_ORGANIZATION
    elif head == "office" and "research" in lowers:
        cls = EntityClass.ORGANIZATION
    if any(x in " ".join(lowers) for x in ("shared future", "common destiny")):
        cls = EntityClass.INITIATIVE
    return Phrase(s, e, cls, gov, confidence)


@lru_cache(maxsize=65536)
def _is_place_word(word: str) -> bool:
    """A place or a demonym: "Shanghai", "Chile", "Peruvian"."""
    return _is_country_word(word) or _is_place(word)


@lru_cache(maxsize=65536)
def _is_country_word(word: str) -> bool:
    from ..gazetteer import load_gazetteer

    return any(e.cls is EntityClass.COUNTRY or e.cls is None for e in load_gazetteer().lookup(word))


@lru_cache(maxsize=65536)
def _is_country_name(word: str) -> bool:
    """A country's name (not a demonym nor a region): "Chile", not "Chilean" or "Andean"."""
    from ..gazetteer import load_gazetteer

    w = word.casefold()
    return any(
        e.cls is EntityClass.COUNTRY and any(lb.kind == "name" and lb.text.casefold() == w for lb in e.labels)
        for e in load_gazetteer().lookup(word)
    )


def _legal_tail(toks: list[Token], gov: int, e: int) -> int:
    """End index of a name whose governing head is ``gov``: the head plus a legal suffix
    ("Co., Ltd.") or a short parenthetical that follows it directly."""
    k = gov
    while k + 1 <= e:
        t = toks[k + 1]
        if t.text in {".", ","} or t.text in {"Ltd", "Inc", "Limited", "LLC", "Ltda", "S", "A"}:
            k += 1
        elif t.text in _NUMBERED and k + 2 <= e and (toks[k + 2].text.isdigit() or toks[k + 2].text in _ROMAN):
            k += 2
        elif t.text == "(" and (close := _paren_end(toks, k + 1)) is not None and close <= e:
            k = close
        else:
            break
    while k > gov and toks[k].text == ",":
        k -= 1
    return k


_BODY_CLASSES = frozenset(
    {EntityClass.GOVERNMENT_BODY, EntityClass.COMPANY, EntityClass.ORGANIZATION, EntityClass.INTERNATIONAL_ORGANIZATION}
)


_INNER_HEADS = frozenset(
    {"fund", "bank", "institute", "academy", "university", "association", "ministry", "commission", "agency",
     "foundation", "corporation", "company"}
)


def _inner_bodies(toks: list[Token], p: Phrase) -> Iterator[Phrase]:
    """A body named at the start of a project or event name: "National Social Science Fund Key Project"."""
    if p.cls in _BODY_CLASSES:
        return
    for k in range(p.start + 1, p.head):
        if toks[k].lower in _INNER_HEADS and toks[k + 1].is_cap and not _ORDINAL_NUM.match(toks[p.start].text):
            sub = _phrase(toks, p.start, k)
            if sub is not None and sub.end == k and sub.cls in _BODY_CLASSES:
                yield sub
            return


def _parents(toks: list[Token], p: Phrase) -> Iterator[Phrase]:
    """Larger bodies named after "of (the)" inside a name, when they have a head of their own."""
    depth = 0
    for k in range(p.head + 1, p.end):
        depth += (toks[k].text == "(") - (toks[k].text == ")")
        if toks[k].lower == "of" and depth == 0:
            s = k + 1
            if s <= p.end and toks[s].lower == "the":
                s += 1
            sub = _phrase(toks, s, p.end)
            if sub is None or sub.start != s or sub.cls is EntityClass.COUNTRY:
                continue
            if any(toks[j].lower == "between" for j in range(s, sub.head)):
                continue  # "Agreement of Economic Cooperation between the Government of A and ...": no body
            if (
                _is_country_word(toks[s].text) and toks[s + 1].is_word
                and not any(toks[j].lower == "of" for j in range(sub.head + 1, sub.end))
            ):
                continue  # "Communist Party of China Central Committee": China belongs to the party
            yield sub


# Heads written in lower case after a hyphen: "Sub-forum", "Sub-committee"
_GLUED_HEADS = frozenset({"forum", "committee", "summit"})
_KEEP = L.CONNECTORS | {"s"} | _GLUED_HEADS


@lru_cache(maxsize=4096)
def _tokens(text: str) -> list[Token]:
    return name_tokens(text, _KEEP)


def _span_text(sentence: Sentence, toks: list[Token], s: int, e: int) -> tuple[int, int, str]:
    a, b = toks[s].start, toks[e].end
    return a, b, sentence.text[a:b]


def phrases_in(sentence: Sentence) -> list[tuple[Phrase, bool]]:
    """(phrase, nested) pairs for one sentence, in text order."""
    toks = _tokens(sentence.text)
    found: list[tuple[Phrase, bool]] = []
    for s, e in chains(toks, sentence.text):
        for a, b in _split_and(toks, s, e):
            p = _phrase(toks, a, b)
            if p is None:
                continue
            found.append((p, False))
            found += [(q, True) for q in _parents(toks, p)]
            found += [(q, True) for q in _inner_bodies(toks, p)]
    return found


@mention_extractor(NAME, version="1", languages={"en"})
def named_phrases(ctx: DocContext) -> Iterator[Mention]:
    """Organizations, agreements, events, projects and initiatives named in English, by head noun."""
    for sentence in ctx.sentences:
        if sentence.language not in ("en", "und") or _shouted(sentence.text):
            continue
        toks = _tokens(sentence.text)
        mentions: list[Mention] = []
        for p, nested in phrases_in(sentence):
            a, b, raw = _span_text(sentence, toks, p.start, p.end)
            aliases: tuple[str, ...] = ()
            short = _TRAILING_SHORT.match(raw)
            if short and _short_form(short.group("short")) and len(short.group("name")) >= 3:
                # "Andean Center for China Studies (CAEC)": the bracket is another name, not part of it
                b = a + len(short.group("name"))
                raw, aliases = short.group("name"), (tidy(short.group("short")),)
            if p.cls is EntityClass.PROJECT and (tail := _BETWEEN_TAIL.search(raw)) and _all_countries(
                ctx, tail.group("pair")
            ):
                # "Agua Negra Tunnel between Argentina and Chile": the countries place the work, not name it
                b, raw = a + tail.start(), raw[: tail.start()]
            name = tidy(raw)
            if len(name) < 3:
                continue
            mentions.append(
                ctx.mention(sentence, a, b, p.cls, name, NAME, p.confidence, nested=nested, aliases=aliases)
            )
        for m in _with_comma_parents(ctx, sentence, mentions):
            yield _with_owner_country(ctx, _with_comma_country(ctx, sentence, m))


def _shouted(text: str) -> bool:
    """A headline in capitals ("BOLIVIA: CATL CONTRACT STILL IN CONGRESS"): every word looks like a name."""
    return text.isupper() and len(text.split()) >= 3 and sum(c.isalpha() for c in text) > 12


_BETWEEN_TAIL = re.compile(r"\s+between\s+(?P<pair>.+)$")


def _all_countries(ctx: DocContext, text: str) -> bool:
    parts = [x for x in re.split(r"\s*(?:,|\band\b)\s*", re.sub(r"\bthe\s+", "", text)) if x]
    return len(parts) >= 2 and all(
        any(e.cls is EntityClass.COUNTRY for e in ctx.gazetteer.lookup(x)) for x in parts
    )


_TRAILING_SHORT = re.compile(r"^(?P<name>.*?\S)\s*\((?P<short>[^()]{2,40})\)$", re.S)


def _short_form(text: str) -> bool:
    """An acronym or a short name in brackets after a name: "(CAEC)", "(China Eximbank)", "(PowerChina)"."""
    words = text.split()
    if _YEARS.match(text) or not words or len(words) > 3 or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w.isdigit() for w in words)


_AFTER_COUNTRY = re.compile(r"\s*(?:$|[·(,，、。;.]|\s+[a-z])")


def _with_comma_country(ctx: DocContext, sentence: Sentence, m: Mention) -> Mention:
    """"Office of the Prime Minister, Barbados": a country after a comma completes the name."""
    if m.nested or m.cls not in _ORG_LIKE:
        return m
    rest = ctx.text[m.end : min(sentence.end, m.end + 80)]
    comma = re.match(r"\s*,\s*", rest)
    if not comma:
        return m
    hits = country_hits(rest[comma.end() :], ctx.gazetteer)
    if not hits or hits[0][0] != 0:
        return m
    end = m.end + comma.end() + hits[0][1]
    if not _AFTER_COUNTRY.match(ctx.text[end : end + 3]):
        return m
    a, b = m.start - sentence.start, end - sentence.start
    return ctx.mention(
        sentence, a, b, m.cls, tidy(sentence.text[a:b]), NAME, m.confidence,
        nested=False, aliases=(*m.aliases, m.name),
    )


_MINISTRY = re.compile(r"(?:(?P<owner>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)\s+)?(?P<body>Ministry\s+(?:of|for)\s+.+)")
_POSSESSIVE_BEFORE = re.compile(r"(?P<owner>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){0,2})['’]s\s+$")


def _with_owner_country(ctx: DocContext, m: Mention) -> Mention:
    """"Chilean Ministry of Foreign Affairs", "Peru's Ministry of Energy and Mines": a ministry is named
    with its country last ("Ministry of Foreign Affairs of Chile"), the printed form kept as an alias;
    otherwise two countries' ministries of the same name would read as one."""
    if m.nested or m.cls is not EntityClass.GOVERNMENT_BODY:
        return m
    found = _MINISTRY.fullmatch(m.name)
    if found is None or any(_is_country_name(w) for w in re.findall(r"[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?", found["body"])):
        return m
    start = m.start
    owner = _country_named(found["owner"]) if found["owner"] else None
    if found["owner"] and owner is None:
        return m
    if owner is None and (before := _POSSESSIVE_BEFORE.search(ctx.text, max(0, m.start - 40), m.start)):
        words = before["owner"].split()
        for k in range(len(words)):
            if (owner := _country_named(" ".join(words[k:]))) is not None:
                start = before.start() + before.group(0).find(words[k])
                break
    if owner is None:
        return m
    printed = tidy(ctx.text[start : m.end])
    return m.model_copy(update={
        "name": f"{found['body']} of {owner}", "aliases": (*m.aliases, printed), "start": start,
        "text": ctx.text[start : m.end],
    })


def _country_named(words: str) -> str | None:
    """The country a name or demonym ("Chile", "Chilean", "Costa Rican") stands for."""
    from ..gazetteer import load_gazetteer

    hits = [e for e in load_gazetteer().lookup(words) if e.cls is EntityClass.COUNTRY]
    return hits[0].name if len(hits) == 1 else None


_ORG_LIKE = frozenset(
    {EntityClass.GOVERNMENT_BODY, EntityClass.ORGANIZATION, EntityClass.COMPANY,
     EntityClass.INTERNATIONAL_ORGANIZATION}
)


def _with_comma_parents(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> Iterator[Mention]:
    """"Unit, Parent[, Grandparent]": the unit is named with its parents; parents are nested."""
    top = sorted((m for m in mentions if not m.nested), key=lambda m: m.start)
    consumed: set[int] = set()
    for i, m in enumerate(top):
        if i in consumed:
            continue
        group = [m]
        j = i + 1
        while j < len(top):
            prev, nxt = group[-1], top[j]
            between = ctx.text[prev.end : nxt.start]
            unit_ok = prev is not m or _is_subunit(m)
            if between.strip() == "," and nxt.cls in _ORG_LIKE and unit_ok:
                group.append(nxt)
                j += 1
            else:
                break
        if len(group) == 1 or m.cls not in _ORG_LIKE:
            yield m
            continue
        for k in range(i + 1, j):
            consumed.add(k)
        for g in range(len(group)):
            first, last = group[g], group[-1]
            a, b = first.start - sentence.start, last.end - sentence.start
            name = tidy(sentence.text[a:b])
            yield ctx.mention(
                sentence, a, b, first.cls, name, NAME, first.confidence,
                nested=g > 0, aliases=(first.name,) if g < len(group) - 1 else (),
            )
    for m in mentions:
        if m.nested:
            yield m


def _is_subunit(m: Mention) -> bool:
    words = m.name.lower().replace(",", " ").split()
    return any(w in L.SUBUNIT_HEADS for w in words[:6])
