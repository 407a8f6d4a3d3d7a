"""The extractor registry: every extractor is a small function registered here by name.

Two stages, like a spaCy pipeline:

* ``mentions`` extractors read a :class:`~graph.extractors.context.DocContext` and yield
  :class:`~graph.records.Mention` records;
* ``relations`` extractors read the context plus the document's grouped entities and yield
  :class:`~graph.records.Relation` records.

Register with ``@mention_extractor("name")`` / ``@relation_extractor("name")``; the version
string goes into every fact's provenance, so bump it when the extractor's behaviour changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ..records import Mention, Relation
    from .context import DocContext, EntityIndex

Stage = Literal["mentions", "relations"]
MentionFn = Callable[["DocContext"], Iterable["Mention"]]
RelationFn = Callable[["DocContext", "EntityIndex"], Iterable["Relation"]]


@dataclass(frozen=True)
class ExtractorSpec:
    name: str
    stage: Stage
    version: str
    languages: frozenset[str] | None
    description: str
    func: Callable[..., Iterable[Any]]

    def applies_to(self, language: str) -> bool:
        return self.languages is None or language in self.languages


REGISTRY: dict[str, ExtractorSpec] = {}


def _register(name: str, stage: Stage, version: str, languages: Iterable[str] | None) -> Callable[[Any], Any]:
    def decorate(func: Callable[..., Iterable[Any]]) -> Callable[..., Iterable[Any]]:
        if name in REGISTRY:
            raise ValueError(f"extractor {name!r} is registered twice")
        doc = (func.__doc__ or "").strip().splitlines()
        REGISTRY[name] = ExtractorSpec(
            name=name,
            stage=stage,
            version=version,
            languages=frozenset(languages) if languages is not None else None,
            description=doc[0] if doc else "",
            func=func,
        )
        return func

    return decorate


def mention_extractor(
    name: str, version: str = "1", languages: Iterable[str] | None = None
) -> Callable[[MentionFn], MentionFn]:
    """Register a function ``(ctx) -> Iterable[Mention]``."""
    return _register(name, "mentions", version, languages)


def relation_extractor(
    name: str, version: str = "1", languages: Iterable[str] | None = None
) -> Callable[[RelationFn], RelationFn]:
    """Register a function ``(ctx, entities) -> Iterable[Relation]``."""
    return _register(name, "relations", version, languages)


def extractors(stage: Stage | None = None) -> list[ExtractorSpec]:
    """Registered extractors in registration order (which is pipeline order)."""
    _load_builtin()
    return [s for s in REGISTRY.values() if stage is None or s.stage == stage]


def get(name: str) -> ExtractorSpec:
    _load_builtin()
    return REGISTRY[name]


def _load_builtin() -> None:
    # Importing the modules runs their decorators; import order is pipeline order.
    from . import builtin  # noqa: F401
