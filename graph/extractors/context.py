"""What an extractor sees: one document, its sentences, the gazetteer, and later its entities."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..gazetteer import Gazetteer, GazetteerEntry, load_gazetteer
from ..records import Document, Entity, EntityClass, Evidence, Mention, Predicate, Relation, Sentence


@dataclass
class DocContext:
    document: Document
    gazetteer: Gazetteer = field(default_factory=load_gazetteer)

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.document.sentences]

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def language(self) -> str:
        return self.document.language

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self.document.sentences

    def sentence_at(self, offset: int) -> Sentence:
        i = max(0, bisect.bisect_right(self._starts, offset) - 1)
        return self.document.sentences[i]

    def evidence(self, sentence: Sentence) -> Evidence:
        return Evidence(document=self.document.id, sentence=sentence.text, start=sentence.start, end=sentence.end)

    def mention(
        self,
        sentence: Sentence,
        start: int,
        end: int,
        cls: EntityClass,
        name: str,
        extractor: str,
        confidence: float,
        **attrs: object,
    ) -> Mention:
        """A mention at sentence-relative offsets ``start:end``."""
        return Mention(
            cls=cls,
            name=name,
            text=sentence.text[start:end],
            start=sentence.start + start,
            end=sentence.start + end,
            sentence=sentence.index,
            language=sentence.language,
            extractor=extractor,
            confidence=confidence,
            **attrs,  # type: ignore[arg-type]
        )


    def known_mention(
        self,
        sentence: Sentence,
        start: int,
        end: int,
        entry: GazetteerEntry,
        extractor: str,
        confidence: float,
        **attrs: object,
    ) -> Mention:
        """A mention of a gazetteer entry (its class, English name and key) at sentence offsets."""
        assert entry.cls is not None, "regions are no entities"
        return self.mention(sentence, start, end, entry.cls, entry.name, extractor, confidence, key=entry.key, **attrs)


@dataclass
class EntityIndex:
    """The grouped entities of one document, with lookups relation extractors need."""

    entities: list[Entity]

    def __post_init__(self) -> None:
        self.by_id = {e.id: e for e in self.entities}
        self._by_sentence: dict[int, list[tuple[Mention, Entity]]] = defaultdict(list)
        self.by_key: dict[str, Entity] = {}
        for e in self.entities:
            if e.key:
                self.by_key[e.key] = e
            for m in e.mentions:
                self._by_sentence[m.sentence].append((m, e))
        for items in self._by_sentence.values():
            items.sort(key=lambda me: (me[0].start, -me[0].end))

    def in_sentence(self, index: int, *classes: EntityClass) -> list[tuple[Mention, Entity]]:
        """Mentions in a sentence (in text order) with their entities, optionally by class."""
        items = self._by_sentence.get(index, [])
        return [(m, e) for m, e in items if not classes or e.cls in classes]

    def at(self, start: int, end: int) -> list[tuple[Mention, Entity]]:
        """Mentions that lie within ``start:end`` (document offsets)."""
        out = []
        for items in self._by_sentence.values():
            out += [(m, e) for m, e in items if m.start >= start and m.end <= end]
        return sorted(out, key=lambda me: me[0].start)

    def of_class(self, *classes: EntityClass) -> list[Entity]:
        return [e for e in self.entities if e.cls in classes]

    def country(self, iso2: str) -> Entity | None:
        return self.by_key.get(f"country:{iso2}")


def relation(
    ctx: DocContext,
    subject: Entity,
    predicate: Predicate,
    obj: Entity,
    sentence: Sentence,
    extractor: str,
    confidence: float,
) -> Relation:
    return Relation(
        subject=subject.id,
        predicate=predicate,
        object=obj.id,
        evidence=ctx.evidence(sentence),
        extractor=extractor,
        confidence=confidence,
    )


def passage_relation(
    ctx: DocContext,
    index: EntityIndex,
    subject: Entity,
    predicate: Predicate,
    obj: Entity,
    sentence: Sentence,
    extractor: str,
    confidence: float,
    max_sentences: int = 8,
    max_chars: int = 3000,
) -> Relation | None:
    """A relation whose evidence names both ends: the sentence itself when it does, else the shortest
    passage of at most ``max_sentences`` neighbouring sentences that does; None when there is none."""
    subject_at = {m.sentence for m in subject.mentions}
    object_at = {m.sentence for m in obj.mentions}

    def names(e: Entity, i: int) -> bool:
        return i in (subject_at if e is subject else object_at)

    if names(subject, sentence.index) and names(obj, sentence.index):
        return relation(ctx, subject, predicate, obj, sentence, extractor, confidence)
    best: tuple[int, int] | None = None
    for j in range(max(0, sentence.index - max_sentences), min(len(ctx.sentences), sentence.index + max_sentences + 1)):
        lo, hi = min(j, sentence.index), max(j, sentence.index)
        if not (any(names(subject, k) for k in range(lo, hi + 1)) and any(names(obj, k) for k in range(lo, hi + 1))):
            continue
        first, last = ctx.sentences[lo], ctx.sentences[hi]
        if last.end - first.start <= max_chars and (best is None or hi - lo < best[1] - best[0]):
            best = (lo, hi)
    if best is None:
        return None
    first, last = ctx.sentences[best[0]], ctx.sentences[best[1]]
    evidence = Evidence(
        document=ctx.document.id, sentence=ctx.text[first.start : last.end], start=first.start, end=last.end
    )
    return Relation(
        subject=subject.id, predicate=predicate, object=obj.id, evidence=evidence, extractor=extractor,
        confidence=confidence,
    )


def report_relation(
    ctx: DocContext,
    index: EntityIndex,
    subject: Entity,
    predicate: Predicate,
    obj: Entity,
    sentence: Sentence,
    extractor: str,
    confidence: float,
) -> Relation | None:
    """Like :func:`passage_relation`; when no short passage names both ends (a speaker far down a report
    on the event its title names), the sentence naming the subject is the evidence and the sentence of
    the object's first mention its context."""
    r = passage_relation(ctx, index, subject, predicate, obj, sentence, extractor, confidence)
    if r is not None or not obj.mentions:
        return r
    named = ctx.sentences[min(m.sentence for m in obj.mentions)]
    return relation(ctx, subject, predicate, obj, sentence, extractor, confidence).model_copy(
        update={"context": ctx.evidence(named)}
    )


def unique(relations: Iterable[Relation]) -> list[Relation]:
    """Drop repeats of the same (subject, predicate, object, sentence), keeping the most confident."""
    best: dict[tuple[str, str, str, int], Relation] = {}
    for r in relations:
        k = (r.subject, r.predicate.value, r.object, r.evidence.start)
        if k not in best or r.confidence > best[k].confidence:
            best[k] = r
    return list(best.values())
