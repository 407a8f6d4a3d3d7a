"""Building the graph: determinism, closed vocabulary, provenance, incremental builds."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import graph_diff, to_isomorphic
from rdflib.namespace import OWL, RDF, RDFS

from graph import documents
from graph.build import build, load_extractions
from graph.extractors.text import fold
from graph.store import GraphStore
from graph.vocab import CLKG

ONTOLOGY = Path(__file__).resolve().parent.parent / "schema" / "ontology.ttl"


def _graph(out: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(out / "graph.ttl", format="turtle")


def _diff(a: rdflib.Graph, b: rdflib.Graph) -> str:
    _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
    lines = [f"- {t}" for t in sorted(only_a)[:20]] + [f"+ {t}" for t in sorted(only_b)[:20]]
    return "\n".join(lines)


def test_build_graph_ttl_parses_with_rdflib_and_oxigraph(seed_build) -> None:
    out, _ = seed_build
    g = _graph(out)
    assert len(g) > 1000
    oxi = list(ox.parse(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE))
    assert len(oxi) == len(g)


def test_build_graph_uses_only_terms_defined_in_schema(seed_build) -> None:
    g = _graph(seed_build[0])
    onto = rdflib.Graph().parse(ONTOLOGY)
    defined = {s for s in onto.subjects() if str(s).startswith(str(CLKG._NS))}
    used = {t for triple in g for t in triple if isinstance(t, rdflib.URIRef) and str(t).startswith(str(CLKG._NS))}
    assert used <= defined, sorted(used - defined)


def test_build_graph_two_builds_are_byte_identical(seeds_dir: Path, tmp_path: Path) -> None:
    build([seeds_dir], tmp_path / "a", render=False)
    build([seeds_dir], tmp_path / "b", render=False)
    assert (tmp_path / "a" / "graph.ttl").read_bytes() == (tmp_path / "b" / "graph.ttl").read_bytes()


def test_build_graph_countries_have_iso_iri_and_wikidata(seed_build) -> None:
    g = _graph(seed_build[0])
    br = rdflib.URIRef("https://w3id.org/clkg/resource/country/BR")
    assert (br, RDF.type, CLKG.Country) in g
    assert (br, CLKG.isoCode, rdflib.Literal("BR")) in g
    assert (br, OWL.sameAs, rdflib.URIRef("http://www.wikidata.org/entity/Q155")) in g
    assert rdflib.Literal("Brazil", lang="en") in set(g.objects(br, RDFS.label))


def _slice(out: Path, doc_id: str, start: int, end: int) -> str:
    texts = {ex.document.id: ex.document.text for ex in load_extractions(out)}
    return texts[doc_id][start:end]


def _glued(name: str, text: str) -> bool:
    """An Arabic name printed with a conjunction or preposition glued on ("وقمة ..." for "قمة ...")."""
    return re.search(rf"(?<!\S)[وفبلك]{{1,3}}{re.escape(name)}", text) is not None


def test_build_graph_every_fact_has_evidence_naming_both_ends(seed_build, seed_store: GraphStore) -> None:
    """Issue "Every fact shows its evidence": the sentence sliced by its offsets is the stored one,
    and it names both ends by one of their labels or aliases (with its context sentence, when it has
    one: the title naming the event a report's speaker took part in)."""
    out, _ = seed_build
    facts = seed_store.query("SELECT ?f WHERE { ?f a clkg:Fact }").rows
    assert facts
    rows = seed_store.query(
        """SELECT ?f ?s ?o ?sentence ?start ?end ?doc ?context ?cstart ?cend WHERE {
             ?f a clkg:Fact ; rdf:subject ?s ; rdf:object ?o .
             ?a clkg:fact ?f ; clkg:sentence ?sentence ; clkg:startOffset ?start ; clkg:endOffset ?end ;
                prov:wasDerivedFrom ?doc .
             OPTIONAL { ?a clkg:contextSentence ?context ; clkg:contextStartOffset ?cstart ;
                           clkg:contextEndOffset ?cend } }"""
    ).rows
    assert any(r[7] is not None for r in rows), "no report fact with a context sentence in the seeds"
    assert {r[0].value for r in rows} == {f[0].value for f in facts}, "a fact without an assertion"
    names: dict[str, set[str]] = {}
    for e, lab in seed_store.query("SELECT ?e ?l WHERE { ?e rdfs:label|skos:altLabel ?l }").rows:
        names.setdefault(e.value, set()).add(fold(lab.value))
    for f, s, o, sentence, start, end, doc, context, cstart, cend in rows:
        doc_id = doc.value.rsplit("/", 1)[-1]
        assert _slice(out, doc_id, int(start.value), int(end.value)) == sentence.value
        text = f" {fold(sentence.value)} "
        if context is not None:
            assert _slice(out, doc_id, int(cstart.value), int(cend.value)) == context.value
            text += f" {fold(context.value)} "
        words = {w.rstrip("s") for w in text.split()}
        for end_node in (s, o):
            # A label printed as such (a leading word boundary only: machine translation glues words on,
            # "CommitteeExpress"), or, for a name read off a list ("China–Peru Free Trade Agreement" from
            # "free trade agreements with Peru ..."), every word of it.
            assert any(
                f" {n}" in text or {w.rstrip("s") for w in n.split()} <= words or _glued(n, text)
                for n in names[end_node.value] if n
            ), (
                f"{f.value}: no label of {end_node.value} in {sentence.value[:120]!r}"
            )


def test_build_graph_support_count_counts_documents(tmp_path: Path, write_doc) -> None:
    a = write_doc("a.txt", "Huawei is a Chinese company. Huawei has operations in Mexico and Brazil.\n")
    write_doc("b.txt", "The Chinese firm Huawei signed a contract. Huawei built networks in Peru.\n")
    out = tmp_path / "out"
    build([a.parent], out, render=False)
    store = GraphStore.open(out)
    rows = store.query(
        """SELECT ?n WHERE { ?f a clkg:Fact ; rdf:subject ?s ; rdf:predicate clkg:basedIn ; clkg:supportCount ?n .
                             ?s rdfs:label "Huawei"@en }"""
    ).rows
    assert [int(r[0].value) for r in rows] == [2]


def test_build_graph_company_evidence_query_from_readme(seed_store: GraphStore) -> None:
    """The README's provenance query: each fact about one company with its sentence and document."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    start = readme.index("```sparql\n# facts about one company")
    query = readme[start + len("```sparql\n") : readme.index("```", start + 10)]
    rows = seed_store.query(query).rows
    assert rows
    assert all(r[-1] is not None and r[-2] is not None for r in rows)


def test_build_graph_incremental_equals_full_rebuild(tmp_path: Path, copy_seeds) -> None:
    docs = copy_seeds(tmp_path / "docs")
    out, full = tmp_path / "inc", tmp_path / "full"
    build([docs], out, render=False)
    # add, change and remove one document each
    (docs / "new.txt").write_text(
        "Premier Li Qiang met President Gabriel Boric of Chile in Santiago. The two sides signed a "
        "Memorandum of Understanding on the Belt and Road Initiative.\n",
        encoding="utf-8",
    )
    changed = docs / "002_7cbf414959a995a8.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nHuawei attended the seminar.\n", encoding="utf-8")
    (docs / "001_9b62e981a678d0fc.txt").unlink()
    report = build([docs], out, render=False)
    assert sorted(Path(p).name for p in report.read) == ["002_7cbf414959a995a8.txt", "new.txt"]
    build([docs], full, render=False)
    a, b = _graph(out), _graph(full)
    assert to_isomorphic(a) == to_isomorphic(b), _diff(a, b)
    assert (out / "graph.ttl").read_bytes() == (full / "graph.ttl").read_bytes()
    # the removed document's facts are gone with it
    assert "001_9b62e981a678d0fc" not in (out / "graph.ttl").read_text(encoding="utf-8")


def test_build_graph_incremental_reads_only_the_new_document(
    tmp_path: Path, copy_seeds, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = copy_seeds(tmp_path / "docs")
    out = tmp_path / "out"
    build([docs], out, render=False)
    (docs / "new.txt").write_text("Xi Jinping visited Brazil.\n", encoding="utf-8")
    read: list[str] = []
    original = documents.read_text

    def spy(path: Path) -> tuple[str, str]:
        read.append(Path(path).name)
        return original(path)

    monkeypatch.setattr(documents, "read_text", spy)
    report = build([docs], out, render=False)
    assert read == ["new.txt"]
    assert report.extracted == 1 and report.reused == 5


def test_build_graph_interrupted_build_keeps_previous_outputs(
    tmp_path: Path, copy_seeds, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = copy_seeds(tmp_path / "docs", ["002_7cbf414959a995a8.txt"])
    out = tmp_path / "out"
    build([docs], out, render=False)
    before = (out / "graph.ttl").read_bytes()
    shutil.copy(Path(__file__).resolve().parent.parent / "seeds" / "000_c867616b6df744d9.txt", docs)

    def boom(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("graph.build.quads", boom)
    with pytest.raises(KeyboardInterrupt):
        build([docs], out, render=False)
    assert (out / "graph.ttl").read_bytes() == before
    assert GraphStore.open(out).query("ASK { ?d a clkg:Document }").boolean


def test_build_graph_same_text_twice_is_one_document(tmp_path: Path, write_doc) -> None:
    a = write_doc("a.txt", "President Xi Jinping visited Peru.\n")
    write_doc("copy-of-a.txt", "President Xi Jinping visited Peru.\n")
    report = build([a.parent], tmp_path / "out", render=False)
    assert report.documents == 1
    assert len(load_extractions(tmp_path / "out")) == 1


def test_build_graph_outputs_are_readable_by_others(tmp_path: Path) -> None:
    """Atomic writes go through a private temporary file; the outputs still get the usual permissions."""
    from graph.files import write_atomic

    old = os.umask(0o022)
    try:
        target = tmp_path / "out" / "graph.ttl"
        write_atomic(target, b"x")
        assert target.stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(old)


def test_build_graph_turtle_written_beside_reports_its_failure(tmp_path: Path, write_doc) -> None:
    """graph.ttl is written by a forked process; when that fails, the build says so in one line."""
    from graph.errors import ClkgError

    doc = write_doc("a.txt", "President Xi Jinping visited Peru.\n")
    out = tmp_path / "out"
    (out / "graph.ttl").mkdir(parents=True)  # a folder where the file should go
    with pytest.raises(ClkgError, match=r"cannot write .*graph\.ttl: .*check free disk space"):
        build([doc.parent], out, render=False)
    shutil.rmtree(out / "graph.ttl")
    build([doc.parent], out, render=False)
    assert "Xi Jinping" in (out / "graph.ttl").read_text(encoding="utf-8")
