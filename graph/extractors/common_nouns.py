"""Names that news writes with a lower-case common noun (English).

* Works: a proper name followed by what it is — "the Coca Codo Sinclair hydroelectric plant",
  "the Chaglla power plant", "Bolivia's Ivirizu plant", "the Chancay port".
* Firms introduced by what they are — "Brazilian company Odebrecht", "Chinese carmaker BYD",
  "the state-owned miner Codelco".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..records import EntityClass, Mention
from . import lexicon as L
from .context import DocContext
from .known_names import scan
from .registry import mention_extractor
from .text import tidy

NAME = "common_nouns"

_PROPER = r"(?:[A-Z][\w'’\-]*|\d+(?:st|nd|rd|th)?)"
_MODIFIERS = (
    r"(?:(?:hydroelectric|hydro-electric|hydropower|power|solar|wind|thermal|thermoelectric|nuclear|geothermal|"
    r"photovoltaic|copper|lithium|gold|iron|iron ore|nickel|coal|industrial|metro|subway|light rail|railway|rail|"
    r"high-speed rail|deep-water|deepwater|container|oil|gas|steel|cement|water|irrigation|housing|road|"
    r"transmission|satellite|data|logistics|free trade|special economic|smart city|5g|fiber|cable)\s+)"
)
_WORK_HEADS = (
    r"plant|station|dam|port|terminal|railway|railroad|line|highway|motorway|bridge|tunnel|mine|project|park|"
    r"refinery|pipeline|corridor|airport|canal|complex|farm|field|zone|hub|reservoir|smelter|factory"
)
WORK = re.compile(
    rf"(?<![\w\-.,])(?P<name>{_PROPER}(?:[ \-](?:{_PROPER}|de|del|do|da))*)"
    rf"\s+(?P<kind>{_MODIFIERS}{{0,2}}(?:{_WORK_HEADS}))s?\b"
)
_FIRM_NOUNS = (
    r"company|firm|contractor|conglomerate|carmaker|automaker|miner|mining company|lender|bank|developer|"
    r"operator|manufacturer|producer|shipping company|telecom company|telecoms company|giant|group|"
    r"state-owned enterprise|investor|builder|consultancy|consulting firm|insurer|airline|retailer|utility"
)
FIRM = re.compile(
    rf"\b(?:{_FIRM_NOUNS})\s+(?P<name>[A-Z][\w&'’\-]*(?:\s+(?:[A-Z][\w&'’\-]*|de|del|do|da|y|&))*"
    rf"(?:\s+(?:S\.A\.|Ltd\.|Ltda\.|Inc\.|Co\.))?)"
)


_COMPOUND_AFTER = re.compile(
    r"\s+(?:belt|city|cities|town|region|area|district|sector|workers|exports|output|community|communities)\b"
)
_UNITS = frozenset("mw gw kw kv mwh gwh km m t mt bpd".split())
# WORK needs one of its head nouns after a space: most sentences have none and skip it.
_WORK_HEAD = re.compile(rf"\s(?:{_WORK_HEADS})s?\b")
_DESCRIPTIVE = re.compile(r"-(?:built|funded|financed|owned|backed|led|made|run|based|operated)\b", re.I)


def _plausible_work(name: str) -> bool:
    if _DESCRIPTIVE.search(name):
        return False  # "Chinese-built power plant" describes, it does not name
    words = name.replace("-", " ").split()
    if not words or words[0] in L.STOP_CAPS:
        return False
    if all(w.isdigit() or w.lower() in _UNITS for w in words):
        return False  # "the 750-MW plant": a size, not a name
    return not all(w in L.STOP_CAPS or w.lower() in L.GENERIC_MODIFIERS for w in words)


@mention_extractor(NAME, version="1", languages={"en"})
def common_nouns(ctx: DocContext) -> Iterator[Mention]:
    """Works named with a lower-case noun ("the Chaglla power plant"); firms after "company", "firm"."""
    gaz = ctx.gazetteer
    for s in ctx.sentences:
        if s.language not in ("en", "und"):
            continue
        text = s.text
        works = list(WORK.finditer(text)) if _WORK_HEAD.search(text) else []
        known = [(h.start, h.end) for h in scan(text, gaz)] if works else []
        for m in works:
            raw_name = m.group("name")
            # drop leading sentence words and possessive countries ("Bolivia's Ivirizu plant")
            start = m.start("name")
            while True:
                first = re.match(r"([\w'’\-]+)\s+", text[start : m.end("name")])
                if not first:
                    break
                word = first.group(1)
                if word in L.STOP_CAPS or word.endswith(("'s", "’s")) or (start, start + len(word)) in known:
                    start += first.end()
                    continue
                break
            name_text = text[start : m.end("name")]
            if not name_text or not _plausible_work(name_text) or name_text.endswith(("'s", "’s")):
                continue  # "Ecuador's plant and animal health agency": an owner, no name
            if _COMPOUND_AFTER.match(text, m.end("kind")):
                continue  # "the Santa Cruz farm belt", "the Chancay port city": the noun describes another
            if any(a <= start and m.end("name") <= b for a, b in known):
                continue  # "Chinese company", "Ecuador port": a country or known body, not a work
            if raw_name and name_text.lower() == m.group("kind").lower():
                continue
            name = tidy(f"{name_text} {m.group('kind')}")
            yield ctx.mention(s, start, m.end("kind"), EntityClass.PROJECT, name, NAME, 0.65)
        for m in FIRM.finditer(text):
            name = tidy(m.group("name"))
            words = name.split()
            while words and (words[-1] in L.STOP_CAPS or words[-1] in ("de", "del", "do", "da", "y", "&")):
                words.pop()
            name = " ".join(words)
            if not words or words[0] in L.STOP_CAPS or len(name) < 2:
                continue
            a = m.start("name")
            yield ctx.mention(s, a, a + len(name), EntityClass.COMPANY, name, NAME, 0.65)
