"""Extractors, registered by name: see :mod:`graph.extractors.registry`."""

from .registry import REGISTRY, ExtractorSpec, extractors, get, mention_extractor, relation_extractor

__all__ = ["REGISTRY", "ExtractorSpec", "extractors", "get", "mention_extractor", "relation_extractor"]
