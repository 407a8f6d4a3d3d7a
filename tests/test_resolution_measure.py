"""Duplicates and false merges of the seed graph, counted against the project's gold (graph.measure)."""

from __future__ import annotations

import json
from pathlib import Path

import rdflib
from rdflib.namespace import OWL, RDF

from graph.measure import Named, gold_identities, measure, measure_nodes, normalized

CLKG = rdflib.Namespace("https://w3id.org/clkg/ontology#")


def test_seed_graph_meets_the_resolution_targets(seed_build, gold_dir: Path) -> None:  # type: ignore[no-untyped-def]
    out, _report = seed_build
    m = measure(out / "graph.ttl", gold_dir)
    assert m.failures() == [], m.format()
    for cls in ("Country", "InternationalOrganization"):
        row, scorer = m.rows[cls], m.scorer[cls]
        assert row.duplicate_nodes == row.cross_script_duplicates == row.false_merges == 0
        assert scorer.duplicate_nodes == scorer.false_merges == 0  # as the evaluators count, too
    assert m.total.false_merges == 0
    g = rdflib.Graph().parse(out / "graph.ttl")
    countries = set(g.subjects(RDF.type, CLKG.Country))
    assert countries and all(g.value(c, CLKG.isoCode) and g.value(c, OWL.sameAs) for c in countries)
    for io in g.subjects(RDF.type, CLKG.InternationalOrganization):
        if str(io).rsplit("/", 1)[-1] in ("g20", "brics", "apec", "eclac", "un", "wto"):
            assert str(g.value(io, OWL.sameAs)).startswith("http://www.wikidata.org/entity/Q")
    # every false merge of the evaluators' definition is a lookalike: a node that is one identity by
    # name and only spelt like another ("China–Chile …" and "China–Peru Comprehensive Strategic Partnership")
    assert m.scorer_total.false_merges == m.total.lookalikes
    # and a perfect graph (the gold itself) scores no better there
    assert m.scorer_total.false_merges <= m.floor_total.false_merges
    for _node, _label, golds in m.lookalikes:
        assert len(golds) >= 2


def _gold(tmp_path: Path, entities: list[dict]) -> Path:
    d = tmp_path / "gold"
    d.mkdir(exist_ok=True)
    (d / "doc.json").write_text(json.dumps({"doc": "doc.txt", "entities": entities, "relations": []}), "utf-8")
    return d


def _node(ref: str, cls: str, *labels: str, iso: str | None = None) -> Named:
    from graph.measure import scripts

    return Named(ref, {cls}, {normalized(x) for x in labels}, iso, labels[0], scripts=scripts(labels))


def test_counting_follows_the_evaluators_definitions(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [
        {"id": "cn", "type": "Country", "name": "China", "aliases": ["Chinese"], "iso": "CN"},
        {"id": "xi", "type": "Person", "name": "Xi Jinping", "aliases": ["شي جين بينغ"]},
        {"id": "pc", "type": "Company", "name": "PowerChina", "aliases": ["China Power Construction Group"]},
        {"id": "sb", "type": "Organization", "name": "Sinohydro", "aliases": []},
        {"id": "br", "type": "Agreement", "name": "China–Brazil Comprehensive Strategic Partnership", "aliases": []},
        {"id": "cl", "type": "Agreement", "name": "China–Chile Comprehensive Strategic Partnership", "aliases": []},
    ])
    identities = gold_identities(gold)
    assert len(identities) == 6
    nodes = [
        _node("n1", "Country", "People's Republic of China", iso="CN"),
        _node("n2", "Person", "Xi Jinping"),
        _node("n3", "Person", "Jinping Xi"),  # same name parts: a duplicate
        _node("n4", "Person", "شي جين بينغ"),  # the same person in Arabic only: cross-script
        _node("n5", "Company", "PowerChina", "Sinohydro"),  # two identities by name: a false merge
        _node("n6", "Agreement", "China–Chile Comprehensive Strategic Partnership"),  # a lookalike of Brazil's
        _node("n7", "Agreement", "China–Brazil Comprehensive Strategic Partnership"),
    ]
    m = measure_nodes(nodes, identities)
    assert m.rows["Person"].duplicate_nodes == 1 and m.rows["Person"].cross_script_duplicates == 1
    assert m.scorer["Person"].duplicate_nodes == 2
    assert m.rows["Company"].false_merges == 1 and m.scorer["Company"].false_merges == 1
    assert m.rows["Agreement"].false_merges == 0 and m.rows["Agreement"].lookalikes == 2
    assert m.scorer["Agreement"].false_merges == 2
    assert m.rows["Country"].duplicate_nodes == 0 and m.rows["Country"].nodes == 1
    assert "Person" in " ".join(m.failures()) and "Company: 1 false merge" in " ".join(m.failures())


def test_measure_floor_is_what_the_gold_itself_scores(tmp_path: Path) -> None:
    from graph.measure import floor

    gold = _gold(tmp_path, [
        {"id": "cl", "type": "Agreement", "name": "China–Chile Comprehensive Strategic Partnership", "aliases": []},
        {"id": "pe", "type": "Agreement", "name": "China–Peru Comprehensive Strategic Partnership", "aliases": []},
        {"id": "cn", "type": "Country", "name": "China", "aliases": [], "iso": "CN"},
    ])
    rows = floor(gold_identities(gold))
    assert rows["Agreement"].false_merges == 2  # each identity's own node also looks like the other
    assert rows["Agreement"].duplicate_nodes == 1
    assert rows["Country"].false_merges == rows["Country"].duplicate_nodes == 0
