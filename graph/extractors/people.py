"""People, by the grammar of names and titles (English text).

* Chinese names: a common surname and a given name of one or two pinyin syllables
  ("Li Keqiang", "Chen Jianfeng"), anywhere in the text.
* Any name after a title or honorific ("President Rousseff", "Ms. Danmarys Hernández").
* Any name in apposition with a title ("Alicia Bárcena, the then executive secretary of ...").
* Machine-translated word order with the original name in brackets:
  "Edgar, Minister of Public Works of El Salvador·Rodriguez·Herrera(Edgar Romeo Rodríguez Herrera)"
  -- the bracketed name wins and the printed order becomes an alias.
* Bylines: "Written by: ...", "Editor in charge: ...".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from rapidfuzz import fuzz

from ..records import EntityClass, Mention, Sentence
from . import lexicon as L
from .context import DocContext
from .registry import mention_extractor
from .text import fold, tidy

NAME = "people"

CHINESE_SURNAMES = frozenset(
    """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang
    Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Jia Ding Wei Xue Ye
    Yan Du Dai Xia Zhong Tan Lu Fan Fang Shi Yao Liao Zou Xiong Jin Qiu Qin Gu Hou Shao Meng Long Wan
    Duan Lei Qian Yin Yi Chang Qiao Lai Gong Wen Kong Cui Ren Shen Mao Hao Zhai Niu Kang Xing Ni Ge
    Yue Bai Xin Ouyang Zhan Mo Fu Cheng Ji Mu Geng Qi Xi Lan Rao Jing Tong Bi Hua Su Lv Lyu Wei Zhuang
    Miao Ling Ai Che Ou Hong Guan Ruan Lou Mei Bao Ning Qu Shang Sheng Tao Wei Zuo Zang Ju Kou Rong
    Ba Bian Chai Chu Diao Dou Gan Geng Hang Hua Ke Leng Lian Lu Man Nie Pang Pei Pu Qiang Sang Shan
    Tu Weng Wo Xian Yun Zha Zhen Zhuo Zong""".split()
)

_INITIALS = "b p m f d t n l g k h j q x zh ch sh r z c s y w".split()
_FINALS = """a o e ai ei ao ou an en ang eng ong er i ia ie iao iu ian in iang ing iong u ua uo uai
ui uan un uang ue ve v ve""".split()


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    out = set(_FINALS)
    for i in _INITIALS:
        for f in _FINALS:
            out.add(i + f)
    out |= {"zhi", "chi", "shi", "ri", "zi", "ci", "si", "yi", "wu", "yu", "yue", "yuan", "yun", "ye", "you",
            "yan", "yin", "ying", "yang", "yong", "wei", "wen", "wan", "wang", "weng", "wo", "wa", "wai"}
    return frozenset(out)


@lru_cache(maxsize=32768)
def is_pinyin_given_name(word: str) -> bool:
    """One or two pinyin syllables, capitalized once ("Jinping", "Yi", "Keqiang", "Xiu-ming")."""
    if not word[:1].isupper() or (not word[1:].islower() and "-" not in word):
        return False
    w = word.lower().replace("-", "").replace("'", "")
    syl = _syllables()
    if w in syl:
        return True
    return any(w[:k] in syl and w[k:] in syl for k in range(1, len(w)))


_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+"
_PARTICLE = r"(?:de|del|de la|da|das|do|dos|van|von|y|e)"
WESTERN_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{0,4}}"
# Every surname is capitalized: the lookahead spares trying them all at each lower-case word.
CHINESE_NAME = re.compile(
    r"\b(?=[A-Z])(" + "|".join(sorted(CHINESE_SURNAMES, key=len, reverse=True)) + r")\s+([A-Z][a-z]+(?:-[a-z]+)?)\b"
)

_TITLE_WORDS = sorted(L.TITLES_EN, key=len, reverse=True)
_TITLE_RX = "|".join(re.escape(t) for t in _TITLE_WORDS)
# "President Xi Jinping", "Chilean President Bachelet", "Mr. Chen Jianfeng", "Foreign Minister Wang Yi".
TITLED = re.compile(
    rf"\b(?P<title>(?i:(?:(?:{_TITLE_RX})\.?\s+){{1,4}}))(?P<name>{WESTERN_NAME})",
)
BRACKETED = re.compile(
    r"(?P<first>[A-Z][\w'’\-]+)\s*,\s*(?P<title>[^·()\n]{3,160}?)\s*·\s*(?P<printed>[^()\n]{1,80}?)"
    r"\(\s*(?P<full>[^()\n]{3,80}?)\s*\)"
)
# Machine translation from Chinese joins the parts of a foreign name with middle dots, often followed by
# the original in brackets: "Minister Carlos·Mendoza·Pérez(Carlos Mendoza Pérez)", "Ana·Lucía·Quispe·Flores";
# before a bracket, the last words may be joined by spaces: "Óscar·Daniel Mejía(Óscar Daniel Mejía Zelaya)".
# A part of a dotted name: "Dublin-Auguiste", "St. Jean" too.
_DOT_WORD = rf"(?:St\.?[ ]{_WORD}|{_WORD}(?:-{_WORD})*)"
DOTTED = re.compile(
    rf"(?<![\w·])(?P<printed>{_DOT_WORD}(?:[ \t]*·[ \t]*{_DOT_WORD}){{1,5}}(?:(?:[ ]{_WORD}){{1,2}}(?=[ \t]*\())?)"
    r"(?![\w·])"
    r"(?:[ \t]*\([ \t]*(?P<full>[^()\n]{3,80}?)[ \t]*\))?"
)
# The title just before a name: "Director General", "Ambassador to China", "Vice Minister".
_TITLE_BEFORE = re.compile(
    rf"\b(?P<title>(?:(?i:{_TITLE_RX})\.?[ \t]+)+"
    r"(?:(?:to|in|of|for)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w\-]*[ \t]+|(?:and|of|for|the)[ \t]+(?=[A-Z])){1,8})?)$"
)
BYLINE = re.compile(
    r"(?P<role>Written by|Writer|Author|Authors|Photos?|Photographer|Reviewed by|Editor in charge|"
    r"Responsible editor|Editor|Translated by|Translator|Reporter|Reported by|Compiled by)\s*[:：]\s*"
    rf"(?P<name>{WESTERN_NAME})"
)
# "Alicia Bárcena, the then executive secretary", "Martin Echague, the bank's president"
APPOSITION = re.compile(
    rf"(?P<name>{WESTERN_NAME})\s*[,，]\s*(?:the\s+then\s+|the\s+former\s+|former\s+|the\s+[a-z]+['’]s\s+|the\s+|a\s+|"
    rf"an\s+)?"
    rf"(?P<title>(?:(?:[A-Z][\w\-'’]*|then|former|acting|interim|permanent|special|general|senior|chief|"
    rf"foreign|executive|deputy|vice|first|second|third|[a-z]+-(?:level|ranking|grade|class))\s+){{0,3}}?"
    rf"(?i:{_TITLE_RX})(?:[\s\-]+(?i:{_TITLE_RX}))*\b)",
)
# "Secretary of State Mike Pompeo", "Minister of Foreign Affairs of Brazil, Mauro Vieira,": a title, its
# portfolio or country after "of"/"for", then the name (the split is decided by :func:`_split_title_of`).
_CAP = r"[A-Z][\w'’\-]*"
TITLE_OF = re.compile(
    rf"\b(?P<title>(?:(?i:{_TITLE_RX})[\s\-]+){{1,3}}(?P<prep>of|for|to|in)\s+(?:the\s+)?)"
    rf"(?P<rest>{_CAP}(?:(?:\s+(?:of|and|for|the|de|del|da|do|dos|y)(?:\s+the)?|,)?\s+{_CAP}){{1,12}})"
)
# "Peru's then president, Dina Boluarte", "the company's chief executive, Ana Ruiz": a post owned by a
# country or a body, then the name after a comma
OWNER_TITLE = re.compile(
    rf"['’]s\s+(?:(?:then|former|new|current|outgoing|incoming|top)\s+)?"
    rf"(?P<title>(?:[a-z]+[\s\-]+){{0,2}}(?i:{_TITLE_RX}))\s*,\s*(?P<name>{WESTERN_NAME})"
)
# "his Panamanian counterpart, Juan Carlos Varela"
COUNTERPART = re.compile(rf"\bcounterparts?,?\s+(?P<name>{WESTERN_NAME})")
PAREN_TITLE = re.compile(rf"(?P<name>{WESTERN_NAME})\s*\(\s*(?P<title>(?i:{_TITLE_RX})[^()]{{0,120}})\)")


_LOWER_WORDS = re.compile(r"[a-z][a-z\-]*")
_DAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Yesterday Today Tomorrow".split())
_TITLE_SET = frozenset(w for t in L.TITLES_EN for w in t.split())


# The title patterns begin with a case-insensitive choice among dozens of words, which the regex engine
# tries at every position; a match can only begin where a word, or a part of a hyphenated word, spells a
# title, so the patterns are tried there alone (same matches, several times faster).
_WORD_RUN = re.compile(r"[\w\-]+")
_TITLE_LOWER = frozenset(t.lower() for t in _TITLE_WORDS)


def title_starts(text: str) -> list[int]:
    """Offsets where a title may begin: a word, or a hyphen-part of one ("ex-president"), whose letters up
    to a hyphen or the word's end spell a title."""
    out: list[int] = []
    for m in _WORD_RUN.finditer(text):
        run = m.group().lower()
        if "-" not in run:
            if run in _TITLE_LOWER:
                out.append(m.start())
            continue
        ends = [i for i, c in enumerate(run) if c == "-"] + [len(run)]
        for start in [0] + [e + 1 for e in ends[:-1]]:
            if any(e > start and run[start:e] in _TITLE_LOWER for e in ends):
                out.append(m.start() + start)
    return out


def match_titled(rx: re.Pattern[str], text: str, starts: list[int], pos: int = 0) -> Iterator[re.Match[str]]:
    """``rx.finditer(text, pos)`` for a pattern whose matches begin at a title: tried at ``starts`` only."""
    end = pos
    for start in starts:
        if start >= end and (m := rx.match(text, start)) is not None:
            yield m
            end = m.end()


def _has_title(text: str) -> bool:
    """Most sentences hold no title: skip the costly patterns for them."""
    return not _TITLE_SET.isdisjoint(_LOWER_WORDS.findall(text.lower()))


def _strip_title_words(name: str) -> str:
    """The name without leading titles and without a possessive ("Premier Li Qiang's" -> "Li Qiang")."""
    words = name.split()
    while words and (words[0].lower().rstrip(".") in L.TITLES_EN or words[0] in L.STOP_CAPS):
        words = words[1:]
    if words and words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
    # wire style puts the day right after the name: "Premier Li Keqiang Monday kicked off ..."
    while len(words) > 1 and words[-1] in _DAYS:
        words.pop()
    return " ".join(w for w in words if w)


def _plausible(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 6:
        return False
    if any(w.lower().rstrip(".") in L.TITLES_EN for w in words):
        return False
    if any(w in L.STOP_CAPS for w in words):
        return False
    return not any(w.lower() in L.HEADS_EN for w in words)


def _role(title: str) -> str:
    t = tidy(title)
    t = re.sub(r"^(?:the\s+then|the\s+former|former|the|a|an)\s+", "", t, flags=re.I)
    return t[:200]


def _mk(ctx: DocContext, s: Sentence, a: int, b: int, name: str, conf: float, **kw: object) -> Mention:
    return ctx.mention(s, a, b, EntityClass.PERSON, name, NAME, conf, **kw)


def _first_name_of(word: str, full: str) -> bool:
    """"Edgar, Minister of ...·Rodriguez·Herrera(Edgar Romeo Rodríguez Herrera)": the word before the comma
    is a word of the full name, perhaps transliterated ("Lida" for "Lyda")."""
    return any(fuzz.ratio(fold(word), w) >= 70 for w in fold(full).split())


def chinese_names(text: str) -> Iterator[tuple[int, int, str]]:
    for m in CHINESE_NAME.finditer(text):
        sur, given = m.group(1), m.group(2)
        if sur in CHINESE_SURNAMES and is_pinyin_given_name(given):
            yield m.start(), m.end(), f"{sur} {given}"


@mention_extractor(NAME, version="1", languages={"en"})
def people(ctx: DocContext) -> Iterator[Mention]:
    """People named with a title, in apposition, in bylines, or with a Chinese name."""
    for s in ctx.sentences:
        if s.language not in ("en", "und"):
            continue
        text = s.text
        taken: list[tuple[int, int]] = []

        def free(a: int, b: int, taken: list[tuple[int, int]] = taken) -> bool:
            return all(b <= x or a >= y for x, y in taken)

        for m in BRACKETED.finditer(text):
            full = tidy(m.group("full"))
            if not _plausible(full) or len(full.split()) < 2 or not _first_name_of(m.group("first"), full):
                continue
            printed = tidy(f"{m.group('first')} {m.group('printed')}")
            a, b = m.start("full"), m.end("full")
            taken.append((m.start(), m.end()))
            yield _mk(
                ctx, s, a, b, full, 0.9,
                role=_role(m.group("title")), aliases=(printed, tidy(m.group("printed"))),
            )
        if "·" in text:
            for m in DOTTED.finditer(text):
                dotted = _dotted(ctx, text, m)
                if dotted and free(dotted[0], dotted[1]):
                    a, b, name, printed, role, conf = dotted
                    taken.append((a, b))
                    yield _mk(ctx, s, a, b, name, conf, role=role, aliases=(printed,) if printed != name else ())
        if "by" in text or "By" in text:
            for a, b, name, role in _wire_bylines(text):
                if _plausible(name) and len(name.split()) >= 2 and free(a, b):
                    taken.append((a, b))
                    yield _mk(ctx, s, a, b, name, 0.8, role=role)
        for m in BYLINE.finditer(text):
            name = tidy(m.group("name"))
            if _plausible(name) and free(m.start("name"), m.end("name")):
                taken.append((m.start("name"), m.end("name")))
                role = m.group("role").replace(" by", "").strip()
                yield _mk(ctx, s, m.start("name"), m.end("name"), name, 0.8, role=role)
        for m in COUNTERPART.finditer(text):
            name = tidy(m.group("name"))
            a, b = m.start("name"), m.start("name") + len(name)
            if _plausible(name) and len(name.split()) >= 2 and free(a, b):
                taken.append((a, b))
                yield _mk(ctx, s, a, b, name, 0.8, role="counterpart")
        if not _has_title(text):
            for a, b, name in chinese_names(text):
                if free(a, b):
                    taken.append((a, b))
                    yield _mk(ctx, s, a, b, name, 0.65)
            continue
        pos = 0
        starts = title_starts(text)
        while (tm := next(match_titled(TITLE_OF, text, starts, pos), None)) is not None:
            # the run may hold a second title and name ("X and Costa Rican Minister of ... Y"): go on after
            # the first name, or after the first title word when there is none
            pos = tm.start("rest")
            host = tm.group("prep") in ("to", "in")  # "ambassador to Ecuador Cai Runguo": a country only
            if host and not _HOST_TITLE.search(tm.group("title")):
                continue
            found = _split_title_of(ctx, tm.group("rest"), countries_only=host)
            if found is None:
                continue
            k_name, name = found
            a = tm.start("rest") + k_name
            b = a + len(name)
            pos = b
            if free(a, b) and free(tm.start(), a):
                taken.append((tm.start(), b))
                lead = _TITLE_LEAD.search(text, 0, tm.start("title"))
                title = text[lead.start() if lead else tm.start("title") : a].rstrip(" ,")
                yield _mk(ctx, s, a, b, name, 0.85, role=_role(title))
        for rx, conf in ((PAREN_TITLE, 0.85), (APPOSITION, 0.75)):
            for m in rx.finditer(text):
                name = _strip_title_words(tidy(m.group("name")))
                if not _plausible(name):
                    continue
                b = m.end("name")
                a = b - len(m.group("name")) + m.group("name").find(name.split()[0])
                if not tidy(m.group("name")).endswith(name):
                    b = a + len(name)
                if len(name.split()) < 2 and rx is APPOSITION:
                    continue
                if free(a, b):
                    taken.append((a, b))
                    yield _mk(ctx, s, a, b, name, conf, role=_role(_whole_title(text, m)))
        if "'s " in text or "’s " in text:
            for m in OWNER_TITLE.finditer(text):
                name = tidy(m.group("name"))
                a = m.start("name")
                b = a + len(name)
                if len(name.split()) >= 2 and _plausible(name) and free(a, b):
                    taken.append((a, b))
                    yield _mk(ctx, s, a, b, name, 0.8, role=_role(m.group("title")))
        for m in match_titled(TITLED, text, starts):
            title = m.group("title").strip()
            if not any(w.lower().rstrip(".") in L.TITLES_EN for w in title.split()):
                continue
            raw = m.group("name")
            name = _strip_title_words(tidy(raw))
            if not name or not _plausible(name):
                continue
            a = m.start("name") + raw.find(name.split()[0])
            b = a + len(name)
            strong = any(w.lower().rstrip(".") in L.TITLE_WORDS_STRONG | L.HONORIFICS for w in title.split())
            if len(name.split()) == 1 and not strong:
                continue
            if free(a, b):
                taken.append((a, b))
                lead = _TITLE_LEAD.search(text, 0, m.start("title"))
                if lead and not _honorific_only(title):
                    title = text[lead.start() : m.end("title")].strip()
                yield _mk(ctx, s, a, b, name, 0.8, role=_role(title) if not _honorific_only(title) else None)
        for a, b, name in chinese_names(text):
            if free(a, b):
                taken.append((a, b))
                yield _mk(ctx, s, a, b, name, 0.65)


# Wire bylines and credits: "By Lucía Benavides and Zhang Yue" on a line of its own, "(Reporting by X in
# Quito and Y in Beijing; Editing by Z)".
_WIRE_CUE = re.compile(
    r"(?:^|(?<=[(;]))\s*(?P<cue>By|Reporting by|Writing by|Editing by|Additional reporting by)\s+(?=[A-ZÀ-Þ])"
)
_WIRE_ROLES = {"by": "author", "reporting by": "reporter", "writing by": "writer", "editing by": "editor",
               "additional reporting by": "reporter"}
_WIRE_NAME = re.compile(rf"(?P<name>{WESTERN_NAME})(?:\s+in\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?")
_WIRE_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def _wire_bylines(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, role) of the people a wire byline or credit line names."""
    for cue in _WIRE_CUE.finditer(text):
        if cue.group("cue") == "By" and ("\n" in text or len(text) >= 120):
            continue  # a bare "By ..." only on a short line of its own
        role = _WIRE_ROLES[cue.group("cue").lower()]
        pos = cue.end()
        while (m := _WIRE_NAME.match(text, pos)) is not None:
            yield m.start("name"), m.end("name"), tidy(m.group("name")), role
            sep = _WIRE_SEP.match(text, m.end())
            if not sep:
                break
            pos = sep.end()


def _dotted(ctx: DocContext, text: str, m: re.Match[str]) -> tuple[int, int, str, str, str | None, float] | None:
    """(start, end, name, printed name, role, confidence) of a dotted name; the bracketed original wins
    when it shares a word with the printed one."""
    printed = " ".join(re.split(r"\s*·\s*", m.group("printed")))
    if not _plausible(printed) or any(ctx.gazetteer.lookup(w) for w in printed.split()):
        return None
    a, b, name = m.start("printed"), m.end("printed"), printed
    full = tidy(m.group("full") or "")
    if full and _plausible(full) and len(full.split()) >= 2 and set(fold(full).split()) & set(fold(printed).split()):
        b, name = m.end(), full
    title = _TITLE_BEFORE.search(text, max(0, a - 120), a)
    role = _role(title.group("title")) if title else None
    if not title and name == printed and len(printed.split()) < 3:
        return None  # two dotted words and nothing else: too little to call them a person
    return a, b, name, printed, role, 0.85 if title or name != printed else 0.7


_TITLE_LEAD = re.compile(
    r"(?:\b(?:Foreign|Vice|Deputy|Executive|Acting|Interim|First|Permanent|Special|Senior|Chief|Assistant|Under|"
    + "|".join(sorted((w.capitalize() for w in L.PORTFOLIO_WORDS), key=len, reverse=True))
    + r")\s+)+$"
)


_HOST_TITLE = re.compile(r"(?i)\b(?:ambassadors?|envoys?|consuls?(?:-general)?|representatives?)\b")


def _split_title_of(ctx: DocContext, rest: str, *, countries_only: bool = False) -> tuple[int, str] | None:
    """Where the portfolio ends and the name begins in "Foreign Affairs of Brazil Mauro Vieira": the shortest
    portfolio that ends in a portfolio word or a country, followed by a plausible name of two to four words
    (a comma may separate them). Returns (offset of the name in ``rest``, name)."""
    words = [(w.start(), w.group()) for w in re.finditer(r"[^\s,]+", rest)]
    for k in range(1, len(words) - 1):
        complement = [w for _, w in words[:k]]
        last = complement[-1]
        # the complement ends in a portfolio ("... of Commerce"), a body ("... of the National People's
        # Congress", "... of the Inter-American Development Bank") or a country
        ends_ok = (not countries_only and (last.lower() in L.PORTFOLIO_WORDS or last.lower() in L.HEADS_EN)) or any(
            e.cls is EntityClass.COUNTRY for n in (1, 2, 3) if n <= k
            for e in ctx.gazetteer.lookup(" ".join(complement[-n:]))
        )
        if not ends_ok or not complement[0][:1].isupper():
            continue
        if any(w.lower() not in L.PORTFOLIO_WORDS and w.lower() not in L.CONNECTORS and not w[:1].isupper()
               for w in complement):
            continue
        if any(w.lower() in L.TITLES_EN for w in complement):
            break  # another title: "Commerce Wang Wentao and Costa Rican Minister of ..." is two people
        for n in (4, 3, 2):
            if k + n > len(words):
                continue
            start = words[k][0]
            name_words = [w for _, w in words[k : k + n]]
            if any(w.lower() in L.PORTFOLIO_WORDS or w.lower() in L.CONNECTORS or ctx.gazetteer.lookup(w)
                   for w in name_words):
                continue
            if rest[words[k - 1][0] + len(words[k - 1][1]) : start].strip() not in ("", ","):
                continue
            end = words[k + n - 1][0] + len(words[k + n - 1][1])
            # the name ends the run, or a comma or clause follows it
            if k + n < len(words) and rest[end : words[k + n][0]].strip() != "," and words[k + n][1] != "and":
                continue
            name = _strip_title_words(rest[start:end])
            if _plausible(name) and len(name.split()) >= 2:
                return start, name  # the shortest portfolio that leaves a name
    return None


_TITLE_END = re.compile(r"[,;:()。、，]|\s(?:and|said|says|attended|spoke|who|which)\s")


def _whole_title(text: str, m: re.Match[str]) -> str:
    """The title with its complement: "foreign minister of Colombia", up to the clause's end."""
    start, end = m.start("title"), m.end("title")
    if m.re is APPOSITION and text[end : end + 4] == " of ":
        stop = _TITLE_END.search(text, end)
        end = stop.start() if stop and stop.start() - end < 120 else min(len(text), end + 120)
    return text[start:end]


def _honorific_only(title: str) -> bool:
    return all(w.lower().rstrip(".") in L.HONORIFICS for w in title.split())
