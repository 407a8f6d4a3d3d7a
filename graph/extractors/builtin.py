"""The built-in extractors. Import order is pipeline order."""

from . import (  # noqa: F401, I001  (order is pipeline order)
    common_nouns,
    coordination,
    known_names,
    named_phrases,
    people,
    relations,
    visits,
    titled_events,
    legal_forms,
    names_es_pt,
    relations_es_pt,
    names_ar,
    names_zh,
    relations_ar_zh,
)
