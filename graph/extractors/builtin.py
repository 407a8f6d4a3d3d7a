"""The built-in extractors. Import order is pipeline order."""

from . import coordination, known_names, named_phrases, people, relations  # noqa: F401
from . import names_es_pt  # noqa: F401, E402
