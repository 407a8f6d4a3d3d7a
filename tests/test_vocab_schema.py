"""The closed vocabulary (graph/vocab.py) against the schema files, and SHACL validation."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import OWL, RDF, RDFS, SH, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, PROV, SKOS
from rdflib.term import Node

from graph import schema_files
from graph.errors import SchemaError
from graph.schema_files import (
    ontology_path,
    schema_dir,
    sector_concepts,
    sector_labels,
    sectors_path,
    shapes_path,
)
from graph.validate import ValidationReport, Violation, format_violations, validate
from graph.vocab import CLKG, CLKR, ONTOLOGY_IRI, PREFIXES

NS = str(CLKG._NS)
# A plain Namespace: rdflib's XSD DefinedNamespace warns when pytest probes module attributes.
XSD = Namespace(PREFIXES["xsd"])
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
ENTITY_CLASSES = {
    "Country",
    "Person",
    "GovernmentBody",
    "Company",
    "InternationalOrganization",
    "Organization",
    "Agreement",
    "Project",
    "Event",
    "Initiative",
}
SCHEMA_FILES = {"ontology": ontology_path, "shapes": shapes_path, "sectors": sectors_path}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(shapes_path(), format="turtle")


def defined_terms(ontology: Graph) -> dict[str, set[URIRef]]:
    """clkg local name -> the OWL types it is declared with."""
    terms: dict[str, set[URIRef]] = {}
    for kind in TERM_TYPES:
        for subject in ontology.subjects(RDF.type, kind):
            if isinstance(subject, URIRef) and str(subject).startswith(NS):
                terms.setdefault(str(subject)[len(NS) :], set()).add(kind)
    return terms


# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------


def test_vocab_terms_match_ontology(ontology: Graph) -> None:
    assert set(defined_terms(ontology)) == set(CLKG.__annotations__)


def test_vocab_each_term_has_one_kind(ontology: Graph) -> None:
    terms = defined_terms(ontology)
    assert {name for name, kinds in terms.items() if len(kinds) != 1} == set()
    classes = {name for name, kinds in terms.items() if OWL.Class in kinds}
    assert classes == ENTITY_CLASSES | {"Document", "Assertion", "Fact", "Extraction"}


def test_vocab_misspelt_term_raises() -> None:
    with pytest.raises(AttributeError):
        _ = CLKG.Contry
    assert CLKG.Country == URIRef(NS + "Country")


def test_vocab_every_term_has_english_label_and_comment(ontology: Graph) -> None:
    for name in CLKG.__annotations__:
        term = URIRef(NS + name)
        for prop in (RDFS.label, RDFS.comment):
            english = [
                o for o in ontology.objects(term, prop) if isinstance(o, Literal) and o.language == "en"
            ]
            assert len(english) == 1, f"clkg:{name} needs exactly one English {prop}"
            assert str(english[0]).strip()


def test_vocab_properties_have_domain_and_range(ontology: Graph) -> None:
    for name, kinds in defined_terms(ontology).items():
        if OWL.Class in kinds:
            continue
        term = URIRef(NS + name)
        assert ontology.value(term, RDFS.domain) is not None, f"clkg:{name} has no rdfs:domain"
        assert ontology.value(term, RDFS.range) is not None, f"clkg:{name} has no rdfs:range"


def test_vocab_ontology_header(ontology: Graph) -> None:
    header = URIRef(ONTOLOGY_IRI)
    assert (header, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(header, OWL.versionInfo) == Literal("0.1.0")
    for prop in (DCTERMS.title, DCTERMS.description, RDFS.comment):
        assert ontology.value(header, prop) is not None


def test_vocab_no_named_organization_superclass(ontology: Graph) -> None:
    """'Any organization class' is a union, never a named clkg class."""
    for org_class in ("GovernmentBody", "Company", "InternationalOrganization"):
        for parent in ontology.objects(URIRef(NS + org_class), RDFS.subClassOf):
            assert not str(parent).startswith(NS)
    affiliated_range = ontology.value(CLKG.affiliatedWith, RDFS.range)
    union = ontology.value(affiliated_range, OWL.unionOf)
    assert union is not None
    members = Collection(ontology, union)
    assert set(members) == {
        CLKG.GovernmentBody,
        CLKG.Company,
        CLKG.InternationalOrganization,
        CLKG.Organization,
    }


def test_vocab_prefixes_cover_namespaces() -> None:
    assert PREFIXES["clkg"] == NS
    assert PREFIXES["clkr"] == str(CLKR)


# --------------------------------------------------------------------------------------------
# Schema files
# --------------------------------------------------------------------------------------------


def test_schema_dir_found() -> None:
    directory = schema_dir()
    assert directory.is_dir()
    assert {p.name for p in directory.glob("*.ttl")} >= {"ontology.ttl", "shapes.ttl", "sectors.ttl"}


def test_schema_dir_missing_raises(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(schema_files, "_PACKAGE_DIR", tmp_path / "graph")
    with pytest.raises(SchemaError, match="no schema directory"):
        schema_dir()


@pytest.mark.parametrize("name", sorted(SCHEMA_FILES))
def test_schema_parses_with_rdflib_and_pyoxigraph(name: str) -> None:
    path = SCHEMA_FILES[name]()
    rdflib_triples = len(Graph().parse(path, format="turtle"))
    oxigraph_triples = list(pyoxigraph.parse(path=path, format=pyoxigraph.RdfFormat.TURTLE))
    assert rdflib_triples > 0
    assert len(oxigraph_triples) == rdflib_triples


def test_schema_sector_concepts() -> None:
    concepts = sector_concepts()
    assert len(concepts) == 27
    assert concepts["renewable-energy"] == "https://w3id.org/clkg/resource/sector/renewable-energy"
    assert all(iri == str(CLKR) + "sector/" + slug for slug, iri in concepts.items())
    assert list(concepts) == sorted(concepts)


def test_schema_sector_labels_in_five_languages() -> None:
    labels = sector_labels()
    assert set(labels) == set(sector_concepts())
    for slug, by_lang in labels.items():
        assert set(by_lang) == {"en", "es", "pt", "ar", "zh"}, slug
        assert all(text.strip() for text in by_lang.values()), slug
    assert labels["railways"]["zh"] == "铁路"


def test_schema_sector_results_are_copies() -> None:
    sector_concepts()["energy"] = "changed"
    sector_labels()["energy"]["en"] = "changed"
    assert sector_concepts()["energy"].endswith("/energy")
    assert sector_labels()["energy"]["en"] == "Energy"


def test_schema_sector_hierarchy() -> None:
    graph = Graph().parse(sectors_path(), format="turtle")
    scheme = URIRef(str(CLKR) + "sector/")
    sector = CLKR["sector/"]

    assert (scheme, RDF.type, SKOS.ConceptScheme) in graph
    assert (URIRef(sector + "renewable-energy"), SKOS.broader, URIRef(sector + "energy")) in graph
    assert (URIRef(sector + "railways"), SKOS.broader, URIRef(sector + "transport")) in graph
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        is_top = (concept, SKOS.topConceptOf, scheme) in graph
        has_broader = graph.value(concept, SKOS.broader) is not None
        assert is_top != has_broader, f"{concept} must be either a top concept or have a broader one"
        assert is_top == ((scheme, SKOS.hasTopConcept, concept) in graph)


def test_schema_every_property_has_a_subject_shape(ontology: Graph, shapes: Graph) -> None:
    targeted = set(shapes.objects(None, SH.targetSubjectsOf))
    properties = {URIRef(NS + n) for n, kinds in defined_terms(ontology).items() if OWL.Class not in kinds}
    assert properties - targeted == set()


def test_schema_fact_predicates_are_the_relations(ontology: Graph, shapes: Graph) -> None:
    fact_predicate = URIRef("https://w3id.org/clkg/shapes#FactPredicate")
    in_list = shapes.value(fact_predicate, SH["in"])
    assert in_list is not None
    allowed = set(Collection(shapes, in_list))
    object_properties = {s for s in ontology.subjects(RDF.type, OWL.ObjectProperty) if str(s).startswith(NS)}
    assert allowed == object_properties - {CLKG.mentionedIn, CLKG.sector, CLKG.fact}


def test_schema_every_shape_has_a_message(shapes: Graph) -> None:
    """Every shape with a target, and every property shape of one, reports in words a researcher can read."""
    targeted: set[Node] = set()
    for target in (SH.targetClass, SH.targetSubjectsOf, SH.target):
        targeted |= set(shapes.subjects(target, None))
    reporting = targeted | {p for s in targeted for p in shapes.objects(s, SH.property)}
    silent = {s for s in reporting if not isinstance(s, URIRef) or shapes.value(s, SH.message) is None}
    # A node shape that only groups property shapes needs no message of its own.
    silent = {s for s in silent if set(shapes.predicates(s)) - {RDF.type, SH.targetClass, SH.property}}
    assert silent == set()


# --------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------

CN = CLKR["country/CN"]
PERSON = CLKR["person/xi-jinping"]
COMPANY = CLKR["company/huawei"]
DOC = CLKR["document/0123456789abcdef"]
EXTRACTION = CLKR["extraction/pattern-0.1.0"]
FACT = CLKR["fact/0001"]
ASSERTION = CLKR["assertion/0001"]


def nonneg(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


def valid_graph() -> Graph:
    g = Graph()
    g.add((CN, RDF.type, CLKG.Country))
    g.add((CN, RDFS.label, Literal("China", lang="en")))
    g.add((CN, RDFS.label, Literal("中国", lang="zh")))
    g.add((CN, CLKG.isoCode, Literal("CN")))
    g.add((CN, CLKG.mentionedIn, DOC))

    g.add((PERSON, RDF.type, CLKG.Person))
    g.add((PERSON, RDFS.label, Literal("Xi Jinping", lang="en")))
    g.add((PERSON, CLKG.role, Literal("President", lang="en")))
    g.add((PERSON, CLKG.represents, CN))
    g.add((PERSON, CLKG.mentionedIn, DOC))

    g.add((DOC, RDF.type, CLKG.Document))
    g.add((DOC, CLKG.sha256, Literal("0123456789abcdef" * 4)))
    g.add((DOC, DCTERMS.language, Literal("en", datatype=XSD.language)))
    g.add((DOC, DCTERMS.title, Literal("Joint statement")))
    g.add((DOC, DCTERMS.issued, Literal("2023-04", datatype=XSD.gYearMonth)))
    g.add((DOC, DCTERMS.source, Literal("seeds/joint-statement.txt")))

    g.add((EXTRACTION, RDF.type, CLKG.Extraction))
    g.add((EXTRACTION, CLKG.extractorName, Literal("pattern")))
    g.add((EXTRACTION, CLKG.extractorVersion, Literal("0.1.0")))

    g.add((FACT, RDF.type, CLKG.Fact))
    g.add((FACT, RDF.subject, PERSON))
    g.add((FACT, RDF.predicate, CLKG.represents))
    g.add((FACT, RDF.object, CN))
    g.add((FACT, CLKG.supportCount, nonneg(1)))

    g.add((ASSERTION, RDF.type, CLKG.Assertion))
    g.add((ASSERTION, CLKG.fact, FACT))
    g.add((ASSERTION, PROV.wasDerivedFrom, DOC))
    g.add((ASSERTION, CLKG.sentence, Literal("President Xi Jinping of China met the delegation.")))
    g.add((ASSERTION, CLKG.startOffset, nonneg(120)))
    g.add((ASSERTION, CLKG.endOffset, nonneg(169)))
    g.add((ASSERTION, CLKG.confidence, Literal(Decimal("0.9"))))
    g.add((ASSERTION, PROV.wasGeneratedBy, EXTRACTION))
    return g


def assert_violation(report: ValidationReport, focus: URIRef, path: URIRef, words: str) -> Violation:
    assert not report.conforms
    matching = [v for v in report.violations if v.focus_node == focus and v.path == path]
    assert matching, f"no violation on {focus} {path}:\n{format_violations(report)}"
    violation = matching[0]
    assert violation.severity == "Violation"
    assert words in violation.message
    return violation


def test_validate_valid_graph_conforms() -> None:
    report = validate(valid_graph())
    assert report.conforms, format_violations(report)
    assert report.violations == []
    assert format_violations(report) == ""


def test_validate_does_not_modify_data() -> None:
    data = valid_graph()
    before = set(data)
    validate(data)
    assert set(data) == before


def test_validate_country_without_iso_code() -> None:
    g = valid_graph()
    g.remove((CN, CLKG.isoCode, None))
    violation = assert_violation(validate(g), CN, CLKG.isoCode, "exactly one clkg:isoCode")
    assert violation.component == "MinCountConstraintComponent"


def test_validate_country_iso_code_must_match_iri() -> None:
    g = valid_graph()
    g.set((CN, CLKG.isoCode, Literal("BR")))
    violation = assert_violation(validate(g), CN, CLKG.isoCode, "end of its IRI")
    assert violation.value == Literal("BR")


def test_validate_country_iri_pattern() -> None:
    g = valid_graph()
    bad = CLKR["country/china"]
    for triple in [
        (bad, RDF.type, CLKG.Country),
        (bad, RDFS.label, Literal("China", lang="en")),
        (bad, CLKG.isoCode, Literal("CN")),
        (bad, CLKG.mentionedIn, DOC),
    ]:
        g.add(triple)
    report = validate(g)
    assert any(
        v.focus_node == bad and v.path is None and "clkr:country/CN" in v.message for v in report.violations
    )


def test_validate_person_represents_company() -> None:
    g = valid_graph()
    g.add((COMPANY, RDF.type, CLKG.Company))
    g.add((COMPANY, RDFS.label, Literal("Huawei", lang="en")))
    g.add((COMPANY, CLKG.mentionedIn, DOC))
    g.add((PERSON, CLKG.represents, COMPANY))
    violation = assert_violation(validate(g), PERSON, CLKG.represents, "clkg:Country")
    assert violation.value == COMPANY


def test_validate_relation_subject_class() -> None:
    g = valid_graph()
    g.add((CN, CLKG.affiliatedWith, COMPANY))
    g.add((COMPANY, RDF.type, CLKG.Company))
    report = validate(g)
    assert any(v.focus_node == CN and v.path is None and "Person" in v.message for v in report.violations)


def test_validate_union_range_accepts_every_organization_class() -> None:
    g = valid_graph()
    for key, cls in [
        ("government-body/mofcom", CLKG.GovernmentBody),
        ("company/huawei", CLKG.Company),
        ("international-organization/celac", CLKG.InternationalOrganization),
        ("organization/cass", CLKG.Organization),
    ]:
        org = CLKR[key]
        g.add((org, RDF.type, cls))
        g.add((org, RDFS.label, Literal(key, lang="en")))
        g.add((org, CLKG.mentionedIn, DOC))
        g.add((PERSON, CLKG.affiliatedWith, org))
    report = validate(g)
    assert report.conforms, format_violations(report)
    g.add((PERSON, CLKG.affiliatedWith, CN))
    assert_violation(validate(g), PERSON, CLKG.affiliatedWith, "organization")


def test_validate_assertion_without_sentence() -> None:
    g = valid_graph()
    g.remove((ASSERTION, CLKG.sentence, None))
    assert_violation(validate(g), ASSERTION, CLKG.sentence, "exactly one clkg:sentence")


def test_validate_confidence_out_of_range() -> None:
    g = valid_graph()
    g.set((ASSERTION, CLKG.confidence, Literal(Decimal("1.5"))))
    violation = assert_violation(validate(g), ASSERTION, CLKG.confidence, "between 0 and 1")
    assert violation.value == Literal(Decimal("1.5"))
    assert violation.component == "MaxInclusiveConstraintComponent"


def test_validate_confidence_must_be_decimal() -> None:
    g = valid_graph()
    g.set((ASSERTION, CLKG.confidence, Literal(0.9)))  # xsd:double
    assert_violation(validate(g), ASSERTION, CLKG.confidence, "xsd:decimal")


def test_validate_offsets_ordered() -> None:
    g = valid_graph()
    g.set((ASSERTION, CLKG.endOffset, nonneg(5)))
    assert_violation(validate(g), ASSERTION, CLKG.startOffset, "not be after")


def test_validate_fact_support_count_zero() -> None:
    g = valid_graph()
    g.set((FACT, CLKG.supportCount, nonneg(0)))
    violation = assert_violation(validate(g), FACT, CLKG.supportCount, "at least 1")
    assert violation.value == nonneg(0)


def test_validate_fact_predicate_must_be_a_relation() -> None:
    g = valid_graph()
    g.set((FACT, RDF.predicate, CLKG.mentionedIn))
    assert_violation(validate(g), FACT, RDF.predicate, "clkg relations")


def test_validate_support_count_mismatch_is_a_warning() -> None:
    g = valid_graph()
    g.set((FACT, CLKG.supportCount, nonneg(2)))
    report = validate(g)
    assert report.conforms
    assert [(v.focus_node, v.path, v.severity) for v in report.violations] == [
        (FACT, CLKG.supportCount, "Warning")
    ]
    assert format_violations(report).startswith("[warning] clkr:fact/0001 clkg:supportCount: ")


def test_validate_unasserted_fact_is_a_warning() -> None:
    g = valid_graph()
    g.remove((PERSON, CLKG.represents, CN))
    report = validate(g)
    assert report.conforms
    assert [(v.focus_node, v.severity) for v in report.violations] == [(FACT, "Warning")]


def test_validate_entity_labels() -> None:
    g = valid_graph()
    g.add((CN, RDFS.label, Literal("PRC", lang="en")))
    g.add((PERSON, RDFS.label, Literal("Xi")))  # no language tag
    report = validate(g)
    assert_violation(report, CN, RDFS.label, "one rdfs:label per language")
    assert_violation(report, PERSON, RDFS.label, "language tag")


def test_validate_entity_needs_label_and_source() -> None:
    g = valid_graph()
    g.remove((PERSON, RDFS.label, None))
    g.remove((PERSON, CLKG.mentionedIn, None))
    report = validate(g)
    assert_violation(report, PERSON, RDFS.label, "at least one rdfs:label")
    assert_violation(report, PERSON, CLKG.mentionedIn, "clkg:Document")


def test_validate_document_needs_hash_and_language() -> None:
    g = valid_graph()
    g.remove((DOC, CLKG.sha256, None))
    g.set((DOC, DCTERMS.language, Literal("en")))  # plain string, not xsd:language
    report = validate(g)
    assert_violation(report, DOC, CLKG.sha256, "SHA-256")
    assert_violation(report, DOC, DCTERMS.language, "xsd:language")


def test_validate_dates_amounts_and_sectors() -> None:
    g = valid_graph()
    project = CLKR["project/chancay-port"]
    g.add((project, RDF.type, CLKG.Project))
    g.add((project, RDFS.label, Literal("Puerto de Chancay", lang="es")))
    g.add((project, CLKG.mentionedIn, DOC))
    g.add((project, CLKG.date, Literal("2024-11", datatype=XSD.gYearMonth)))
    g.add((project, CLKG.amountUSD, Literal(Decimal("3600000000"))))
    g.add((project, CLKG.sector, URIRef(sector_concepts()["ports"])))
    report = validate(g)
    assert report.conforms, format_violations(report)

    g.set((project, CLKG.date, Literal("2024-13", datatype=XSD.gYearMonth)))
    g.set((project, CLKG.amountUSD, Literal(Decimal("-1"))))
    g.set((project, CLKG.sector, CLKR["sector/shipbuilding"]))
    g.add((PERSON, CLKG.date, Literal("2024", datatype=XSD.gYear)))
    report = validate(g)
    assert_violation(report, project, CLKG.date, "xsd:gYearMonth")
    assert_violation(report, project, CLKG.amountUSD, "non-negative")
    assert_violation(report, project, CLKG.sector, "sector scheme")
    assert any(
        v.focus_node == PERSON and v.path is None and "clkg:date" in v.message for v in report.violations
    )


Mutation = Callable[[Graph], None]


@pytest.mark.parametrize(
    "mutate",
    [
        lambda g: g.remove((CN, CLKG.isoCode, None)),
        lambda g: g.remove((ASSERTION, CLKG.sentence, None)),
        lambda g: g.set((ASSERTION, CLKG.confidence, Literal(Decimal("1.5")))),
        lambda g: g.set((FACT, CLKG.supportCount, nonneg(0))),
        lambda g: g.add((PERSON, CLKG.represents, DOC)),
    ],
)
def test_validate_violations_format_one_line_each(mutate: Mutation) -> None:
    g = valid_graph()
    mutate(g)
    report = validate(g)
    text = format_violations(report)
    lines = text.splitlines()
    assert len(lines) == len(report.violations) >= 1
    for line, violation in zip(lines, report.violations, strict=True):
        assert violation.message in line
        assert line.removeprefix("[warning] ").startswith("clkr:")
        assert "https://" not in line.split(": ", 1)[0]  # prefixed names, not full IRIs


def test_validate_report_is_deterministic() -> None:
    g = valid_graph()
    g.remove((CN, CLKG.isoCode, None))
    g.remove((ASSERTION, CLKG.sentence, None))
    g.set((FACT, CLKG.supportCount, nonneg(0)))
    first, second = validate(g), validate(g)
    assert first == second
    assert format_violations(first) == format_violations(second)
    errors = [str(v.focus_node) for v in first.violations if v.severity == "Violation"]
    assert errors == sorted(errors)
    assert [v.severity for v in first.violations][-1] == "Warning"  # warnings come last
