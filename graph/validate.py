"""SHACL validation of a clkg graph against ``schema/shapes.ttl``.

:func:`validate` runs pySHACL with the ontology as the ontology graph and the sector scheme
added to the data (so ``clkg:sector`` values can be checked), and returns a
:class:`ValidationReport` whose results are plain, sorted :class:`Violation` records.
:func:`format_violations` renders them one per line with prefixed names.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pyshacl
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import SH, XSD
from rdflib.term import Node

from .errors import SchemaError
from .schema_files import load_turtle, ontology_path, sectors_path, shapes_path
from .vocab import PREFIXES

_SEVERITY_RANK = {"Violation": 0, "Warning": 1, "Info": 2}
_VALUE_WIDTH = 80


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result.

    ``severity`` is ``"Violation"``, ``"Warning"`` or ``"Info"``; ``path`` is ``None`` for a
    result about the focus node itself; ``component`` is the constraint component's local
    name (e.g. ``"MinCountConstraintComponent"``).
    """

    focus_node: Node
    path: Node | None
    value: Node | None
    message: str
    severity: str
    shape: Node | None
    component: str = ""


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of :func:`validate`.

    ``conforms`` is false only if some result has severity ``Violation``; ``violations`` holds
    every result, warnings included, sorted by severity, focus node, path, value and message.
    """

    conforms: bool
    violations: list[Violation]


@cache
def _shapes_graph() -> Graph:
    return load_turtle(shapes_path())


@cache
def _ontology_graph() -> Graph:
    return load_turtle(ontology_path())


@cache
def _sectors_graph() -> Graph:
    return load_turtle(sectors_path())


def validate(data: Graph) -> ValidationReport:
    """Validate ``data`` (not modified) against the clkg shapes.

    The triples checked are ``data.triples((None, None, None))``: for an rdflib ``Dataset`` that
    is its default graph unless ``default_union`` is set.
    """
    combined = Graph()
    for triple in data.triples((None, None, None)):
        combined.add(triple)
    for triple in _sectors_graph():
        combined.add(triple)
    try:
        conforms, results, _text = pyshacl.validate(
            combined,
            shacl_graph=_shapes_graph(),
            ont_graph=_ontology_graph(),
            inference="none",
            advanced=True,
            allow_warnings=True,
            inplace=True,  # ``combined`` is already a private copy
        )
    except Exception as exc:  # pySHACL reports malformed shapes with its own exception types
        raise SchemaError(
            f"{shapes_path()}: SHACL validation could not run ({exc}) — fix the shapes file"
        ) from exc
    assert isinstance(results, Graph)
    violations = sorted(set(_violations(results)), key=_sort_key)
    return ValidationReport(conforms=bool(conforms), violations=violations)


def _violations(results: Graph) -> list[Violation]:
    found = []
    for report in results.subjects(RDF.type, SH.ValidationReport):
        for result in results.objects(report, SH.result):
            focus = results.value(result, SH.focusNode)
            if focus is None:
                continue
            severity = results.value(result, SH.resultSeverity)
            component = results.value(result, SH.sourceConstraintComponent)
            found.append(
                Violation(
                    focus_node=focus,
                    path=results.value(result, SH.resultPath),
                    value=results.value(result, SH.value),
                    message=_message(results, result, component),
                    severity=_local_name(severity) if severity is not None else "Violation",
                    shape=results.value(result, SH.sourceShape),
                    component=_local_name(component) if component is not None else "",
                )
            )
    return found


def _message(results: Graph, result: Node, component: Node | None) -> str:
    messages = [m for m in results.objects(result, SH.resultMessage) if isinstance(m, Literal)]
    for lang in ("en", None):
        chosen = sorted(str(m) for m in messages if m.language == lang)
        if chosen:
            return chosen[0]
    if messages:
        return sorted(str(m) for m in messages)[0]
    return f"fails {_local_name(component)}" if component is not None else "fails a shape"


def _local_name(node: Node) -> str:
    text = str(node)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _node_key(node: Node | None) -> str:
    if node is None:
        return ""
    if isinstance(node, BNode):
        return "~"  # blank-node ids differ from run to run; sort them last, by the other fields
    return node.n3()


def _sort_key(v: Violation) -> tuple[int, str, str, str, str, str, str]:
    return (
        _SEVERITY_RANK.get(v.severity, len(_SEVERITY_RANK)),
        _node_key(v.focus_node),
        _node_key(v.path),
        _node_key(v.value),
        v.message,
        _node_key(v.shape),
        v.component,
    )


# Longest namespace first, so ``clkr:`` wins over a shorter prefix of the same IRI.
_NAMESPACES = sorted(((iri, prefix) for prefix, iri in PREFIXES.items()), key=lambda p: -len(p[0]))


def short_name(node: Node | None) -> str:
    """A readable name: ``clkr:country/CN``, ``"1.5"^^xsd:decimal``, ``"Brasil"@pt``, ``<iri>``."""
    if node is None:
        return ""
    if isinstance(node, URIRef):
        iri = str(node)
        for namespace, prefix in _NAMESPACES:
            local = iri[len(namespace) :]
            if iri.startswith(namespace) and local and not any(c in local for c in ' <>"{}|^`\\'):
                return f"{prefix}:{local}"
        return f"<{iri}>"
    if isinstance(node, Literal):
        text = str(node).replace("\n", " ")
        if len(text) > _VALUE_WIDTH:
            text = text[: _VALUE_WIDTH - 1] + "…"
        quoted = '"' + text.replace('"', '\\"') + '"'
        if node.language:
            return f"{quoted}@{node.language}"
        if node.datatype is not None and node.datatype != XSD.string:
            return f"{quoted}^^{short_name(node.datatype)}"
        return quoted
    if isinstance(node, BNode):
        return f"_:{node}"
    return str(node)


def format_violation(v: Violation) -> str:
    """``<focus> <path>: <message> (value: …)``; warnings and infos are marked as such."""
    head = short_name(v.focus_node)
    if v.path is not None:
        head += " " + short_name(v.path)
    line = f"{head}: {v.message}"
    if v.value is not None and v.value != v.focus_node:
        line += f" (value: {short_name(v.value)})"
    if v.severity != "Violation":
        line = f"[{v.severity.lower()}] {line}"
    return line


def format_violations(report: ValidationReport) -> str:
    """One readable line per result of ``report``, in its order; empty if there are none."""
    return "\n".join(format_violation(v) for v in report.violations)
