"""Cross-document resolution on hand-made extraction records: alias families merge, near misses
stay apart, and nothing depends on the order documents arrive in."""

from __future__ import annotations

import hashlib
import random

import pytest

from graph.records import Document, Entity, EntityClass, Evidence, Extraction, Mention, Predicate, Relation, Sentence
from graph.resolution import MERGE_AT, REVIEW_AT, Resolution, resolve, score_names
from graph.triples import entity_iri, quads

C = EntityClass


def doc(seed: str, *specs: tuple, relations: tuple = (), text: str | None = None) -> Extraction:
    """An extraction of one made-up document. Each spec: (id, class, name, aliases, extra fields);
    each relation: (subject id, predicate, object id)."""
    body = text or f"A document about {seed}. It names a few things."
    digest = hashlib.sha256((seed + body).encode()).hexdigest()
    document = Document(
        id=digest[:16], path=f"/docs/{seed}.txt", name=f"{seed}.txt", text=body, sha256=digest, language="en",
        encoding="utf-8", sentences=(Sentence(index=0, start=0, end=len(body), text=body, language="en"),),
    )
    entities = []
    for spec in specs:
        eid, cls, name, *rest = spec
        aliases = tuple(rest[0]) if rest else ()
        extra = rest[1] if len(rest) > 1 else {}
        entities.append(Entity(id=eid, cls=cls, name=name, language="en", aliases=aliases, **extra))
    rels = tuple(
        Relation(subject=s, predicate=p, object=o, extractor="test",
                 confidence=0.8, evidence=Evidence(document=document.id, sentence=body, start=0, end=len(body)))
        for s, p, o in relations
    )
    return Extraction(document=document, entities=tuple(entities), relations=rels)


def node_of(res: Resolution, ex: Extraction, eid: str) -> str:
    return res.local[(ex.document.id, eid)]


def same(res: Resolution, *pairs: tuple[Extraction, str]) -> bool:
    return len({node_of(res, ex, e) for ex, e in pairs}) == 1


# --- alias families that are one thing ---------------------------------------------------------


def test_powerchina_family_is_one_gazetteer_node() -> None:
    a = doc("a", ("e1", C.COMPANY, "PowerChina", (), {"key": "org:powerchina"}))
    b = doc("b", ("e1", C.COMPANY, "China Power Construction Group"))
    c = doc("c", ("e1", C.COMPANY, "China Electric Power Construction Co., Ltd."))
    res = resolve([a, b, c])
    assert same(res, (a, "e1"), (b, "e1"), (c, "e1"))
    node = res.entities[node_of(res, a, "e1")]
    assert node.key == "org:powerchina" and node.name == "PowerChina"
    names = {t for t, _ in node.labels}
    assert {"China Power Construction Group", "China Electric Power Construction Co., Ltd."} <= names


def test_crrc_and_zhongche_and_celac_expansion() -> None:
    a = doc("a", ("e1", C.COMPANY, "CRRC Corporation Limited", ("CRRC",), {"key": "org:crrc"}),
            ("e2", C.INTERNATIONAL_ORGANIZATION, "CELAC", (), {"key": "org:celac"}))
    b = doc("b", ("e1", C.COMPANY, "Zhongche"),
            ("e2", C.INTERNATIONAL_ORGANIZATION, "Community of Latin American and Caribbean States"))
    res = resolve([a, b])
    assert same(res, (a, "e1"), (b, "e1"))
    assert same(res, (a, "e2"), (b, "e2"))
    assert res.entities[node_of(res, b, "e2")].key == "org:celac"


def test_people_whose_name_parts_agree_are_one() -> None:
    a = doc("a", ("p", C.PERSON, "Ramón Celestino Velásquez Araguayán", (), {"role": "Minister of Transport"}),
            ("ve", C.COUNTRY, "Venezuela", (), {"key": "country:VE", "iso_code": "VE"}),
            relations=(("p", Predicate.REPRESENTS, "ve"),))
    b = doc("b", ("p", C.PERSON, "Ramon Celestino Velasquez"))
    c = doc("c", ("p", C.PERSON, "Celestino·Velasquez"))
    res = resolve([a, b, c])
    assert same(res, (a, "p"), (b, "p"), (c, "p"))
    assert res.entities[node_of(res, a, "p")].name == "Ramón Celestino Velásquez Araguayán"


def test_president_xi_is_xi_jinping() -> None:
    a = doc("a", ("p", C.PERSON, "Xi Jinping", (), {"role": "President"}),
            ("cn", C.COUNTRY, "China", (), {"key": "country:CN", "iso_code": "CN"}),
            relations=(("p", Predicate.REPRESENTS, "cn"),))
    b = doc("b", ("p", C.PERSON, "Xi", (), {"role": "President"}))
    c = doc("c", ("p", C.PERSON, "Wang", (), {"role": "Vice Minister"}))
    res = resolve([a, b, c])
    assert same(res, (a, "p"), (b, "p"))
    assert node_of(res, c, "p") != node_of(res, a, "p")


def test_events_and_agreements_named_differently() -> None:
    a = doc("a", ("ev", C.EVENT, "Second Ministerial Conference of the China-CELAC Forum"),
            ("tt", C.EVENT, "China-Latin America Think Tank Forum"),
            ("jap", C.AGREEMENT, "Joint Action Plan for Cooperation in Key Areas between China and CELAC Member "
                                 "States (2022-2024)"),
            ("tr", C.EVENT, "First China-Latin America Transportation Cooperation Forum (2022)"))
    b = doc("b", ("ev", C.EVENT, "Second Ministerial Conference of the Forum of China and Latin America and the "
                                 "Caribbean"),
            ("tt", C.EVENT, "China–Latin America and the Caribbean Think Tank Cooperation Forum"),
            ("jap", C.AGREEMENT, "Joint Action Plan for Cooperation between China and CELAC Member States in Key "
                                 "Areas (2022–2024)"),
            ("tr", C.EVENT, "First China-Latin America and Caribbean Community Transportation Cooperation Forum"))
    res = resolve([a, b])
    for eid in ("ev", "tt", "jap", "tr"):
        assert same(res, (a, eid), (b, eid)), eid


def _two_documents(english: str, foreign: str, cls: EntityClass) -> tuple[Resolution, Extraction, Extraction]:
    """One entity named in English in one document and in another script in the other, resolved together."""
    a = doc("a", ("x", cls, english))
    b = doc("b", ("x", cls, foreign))
    return resolve([a, b]), a, b


@pytest.mark.parametrize(
    ("foreign", "english", "cls"),
    [
        ("منتدى الابتكار العلمي والتكنولوجي بين الصين وأميركا اللاتينية",
         "China-Latin America Science and Technology Innovation Forum", C.EVENT),
        ("قمة رواد الأعمال بين الصين وأمريكا اللاتينية", "China–Latin America Entrepreneurs Summit", C.EVENT),
        ("مركز الصين-أميركا اللاتينية للابتكار الغذائي المستدام",
         "China-Latin America Sustainable Food Innovation Center", C.ORGANIZATION),
        ("中拉科技创新论坛", "China-Latin America Science and Technology Innovation Forum", C.EVENT),
        ("中国—拉美青年科学家交流计划", "China–Latin America Young Scientists Exchange Program", C.PROJECT),
    ],
)
def test_arabic_and_chinese_names_meet_their_english_name(foreign: str, english: str, cls: EntityClass) -> None:
    res, a, b = _two_documents(english, foreign, cls)
    assert same(res, (a, "x"), (b, "x"))
    node = res.entities[node_of(res, a, "x")]
    assert node.name == english  # a Latin-script name reads in every view; the other is a label
    assert any(text == foreign for text, _ in node.labels)


@pytest.mark.parametrize(
    ("foreign", "english", "cls"),
    [
        # another region, another edition, a word the English name lacks, an unknown word
        ("قمة رواد الأعمال بين الصين وأفريقيا", "China–Latin America Entrepreneurs Summit", C.EVENT),
        ("منتدى الابتكار العلمي والتكنولوجي الثاني بين الصين وأميركا اللاتينية",
         "First China-Latin America Science and Technology Innovation Forum", C.EVENT),
        ("منتدى الابتكار الزراعي بين الصين وأميركا اللاتينية",
         "China-Latin America Science and Technology Innovation Forum", C.EVENT),
        ("منتدى الصين وأميركا اللاتينية للفلسفة", "China-Latin America Forum", C.EVENT),
        ("中拉农业创新论坛", "China-Latin America Science and Technology Innovation Forum", C.EVENT),
    ],
)
def test_foreign_names_with_other_words_stay_apart(foreign: str, english: str, cls: EntityClass) -> None:
    res, a, b = _two_documents(english, foreign, cls)
    assert not same(res, (a, "x"), (b, "x"))


def test_plural_and_gazetteer_forms_find_the_entry() -> None:
    a = doc("a", ("gdi", C.INITIATIVE, "Global Development Initiatives"),
            ("un", C.GOVERNMENT_BODY,
             "United Nations Economic Commission for Latin America and the Caribbean on May 25"))
    res = resolve([a])
    assert res.entities[node_of(res, a, "gdi")].key == "org:gdi"
    eclac = res.entities[node_of(res, a, "un")]
    assert eclac.key == "org:eclac" and eclac.cls is C.INTERNATIONAL_ORGANIZATION
    assert eclac.wikidata == "Q32874"


def test_bare_ministry_name_needs_its_country_in_the_document() -> None:
    with_context = doc("a", ("m", C.GOVERNMENT_BODY, "Ministry of Commerce"),
                       text="The seminar was hosted by the Ministry of Commerce and run by the MOFCOM Training Base.")
    without = doc("b", ("m", C.GOVERNMENT_BODY, "Ministry of Commerce"),
                  text="The Ministry of Commerce of a small island state signed the memorandum.")
    based = doc("c", ("m", C.GOVERNMENT_BODY, "Ministry of Commerce"),
                ("cn", C.COUNTRY, "China", (), {"key": "country:CN", "iso_code": "CN"}),
                relations=(("m", Predicate.BASED_IN, "cn"),))
    res = resolve([with_context, without, based])
    assert res.entities[node_of(res, with_context, "m")].key == "org:mofcom"
    assert res.entities[node_of(res, based, "m")].key == "org:mofcom"
    assert res.entities[node_of(res, without, "m")].key is None
    assert node_of(res, without, "m") != node_of(res, with_context, "m")


def test_the_party_is_the_party_the_document_names() -> None:
    a = doc("a", ("cc", C.ORGANIZATION, "Party Central Committee"),
            ("cpc", C.ORGANIZATION, "Communist Party of China", (), {"key": "org:cpc"}))
    b = doc("b", ("cc", C.ORGANIZATION, "Party Central Committee"))
    res = resolve([a, b])
    assert res.entities[node_of(res, a, "cc")].key == "org:cpc-central-committee"
    assert res.entities[node_of(res, b, "cc")].key is None


def test_ordinal_qualifies_a_series_only_when_one_edition_is_known() -> None:
    a = doc("a", ("f9", C.EVENT, "9th China-Latin America Infrastructure Cooperation Forum"))
    b = doc("b", ("f", C.EVENT, "China-Latin America Infrastructure Cooperation Forum"))
    res = resolve([a, b])
    assert same(res, (a, "f9"), (b, "f"))
    c = doc("c", ("f10", C.EVENT, "10th China-Latin America Infrastructure Cooperation Forum"))
    res = resolve([a, b, c])
    assert node_of(res, a, "f9") != node_of(res, c, "f10")
    assert node_of(res, b, "f") not in (node_of(res, a, "f9"), node_of(res, c, "f10"))
    assert any({node_of(res, b, "f")} & {cand.left, cand.right} for cand in res.uncertain)


# --- near misses that must stay apart ------------------------------------------------------------


def test_two_chen_weis_in_different_organizations_stay_apart_and_are_reviewed() -> None:
    a = doc("a", ("p", C.PERSON, "Chen Wei", (), {"role": "Vice President"}),
            ("o", C.COMPANY, "Huawei", (), {"key": "org:huawei"}),
            relations=(("p", Predicate.AFFILIATED_WITH, "o"),))
    b = doc("b", ("p", C.PERSON, "Chen Wei", (), {"role": "Dean"}),
            ("o", C.ORGANIZATION, "Shanghai Business School"),
            relations=(("p", Predicate.AFFILIATED_WITH, "o"),))
    c = doc("c", ("p", C.PERSON, "Chen Wei"))  # no context: joins one of them, contradicts neither
    res = resolve([a, b, c])
    assert node_of(res, a, "p") != node_of(res, b, "p")
    pair = {node_of(res, a, "p"), node_of(res, b, "p")}
    assert any({cand.left, cand.right} == pair and REVIEW_AT <= cand.score < MERGE_AT for cand in res.uncertain)
    assert len({res.entities[node_of(res, x, "p")].identity for x in (a, b)}) == 2


@pytest.mark.parametrize(
    ("left", "right", "cls"),
    [
        (("Bank of China", "org:bank-of-china"), ("China Development Bank", "org:cdb"), C.COMPANY),
        (("Bank of China", None), ("China Development Bank", None), C.COMPANY),
        (("CRRC (Hong Kong) Co., Ltd.", None), ("CRRC", "org:crrc"), C.COMPANY),
        (("CRRC (Hong Kong) Co., Ltd.", None), ("CRRC Corporation Limited", None), C.COMPANY),
        (("Ministry of Transport of Venezuela", None), ("Ministry of Transport of Costa Rica", None),
         C.GOVERNMENT_BODY),
        (("China–Brazil Comprehensive Strategic Partnership", None),
         ("China–Chile Comprehensive Strategic Partnership", None), C.AGREEMENT),
        (("China–Brazil Comprehensive Strategic Partnership", None), ("China–Brazil Strategic Partnership", None),
         C.AGREEMENT),
        (("Joint Action Plan for Cooperation in Priority Areas (2019-2021)", None),
         ("Joint Action Plan for Cooperation in Priority Areas (2022-2024)", None), C.AGREEMENT),
        (("First Ministerial Conference of the China-CELAC Forum", None),
         ("Second Ministerial Conference of the China-CELAC Forum", None), C.EVENT),
        (("18th National Congress of the Communist Party of China", None),
         ("20th National Congress of the Communist Party of China", None), C.EVENT),
        (("Shanghai Business School", None), ("International Education College of Shanghai Business School", None),
         C.ORGANIZATION),
    ],
)
def test_near_misses_stay_apart(left: tuple[str, str | None], right: tuple[str, str | None], cls: EntityClass) -> None:
    extra_l = {"key": left[1]} if left[1] else {}
    extra_r = {"key": right[1]} if right[1] else {}
    a = doc("a", ("x", cls, left[0], (), extra_l))
    b = doc("b", ("x", cls, right[0], (), extra_r))
    res = resolve([a, b])
    assert node_of(res, a, "x") != node_of(res, b, "x")


def test_dominica_is_not_the_dominican_republic() -> None:
    a = doc("a", ("x", C.COUNTRY, "Dominica", (), {"key": "country:DM", "iso_code": "DM"}))
    b = doc("b", ("x", C.COUNTRY, "Dominican Republic", (), {"key": "country:DO", "iso_code": "DO"}))
    c = doc("c", ("x", C.COUNTRY, "Commonwealth of Dominica", (), {"iso_code": "DM"}))
    res = resolve([a, b, c])
    assert node_of(res, a, "x") != node_of(res, b, "x")
    assert same(res, (a, "x"), (c, "x"))
    assert {res.entities[node_of(res, x, "x")].iso_code for x in (a, b)} == {"DM", "DO"}


def test_short_forms_are_not_identities_across_documents() -> None:
    """"Office of the Prime Minister" means Barbados' in one document and Jamaica's in another."""
    a = doc("a", ("o", C.GOVERNMENT_BODY, "Office of the Prime Minister, Barbados", ("Office of the Prime Minister",)))
    b = doc("b", ("o", C.GOVERNMENT_BODY, "Office of the Prime Minister of Jamaica", ("Office of the Prime Minister",)))
    res = resolve([a, b])
    assert node_of(res, a, "o") != node_of(res, b, "o")


def test_a_shared_acronym_alone_is_only_reviewed() -> None:
    a = doc("a", ("o", C.GOVERNMENT_BODY, "CDB"), text="The CDB lent to Jamaica.")
    b = doc("b", ("o", C.GOVERNMENT_BODY, "CDB"), text="The CDB lent to Ecuador.")
    res = resolve([a, b])
    assert node_of(res, a, "o") != node_of(res, b, "o")
    assert res.uncertain and res.uncertain[0].reason == "the same acronym"


def test_an_entity_whose_names_contradict_is_cut_in_two() -> None:
    """The pipeline grouped "20th …" and "18th National Congress …" in one entity: resolution cuts it,
    and each fact goes to the part its evidence names."""
    text = ("Since the 18th National Congress of the Communist Party of China, ties grew. "
            "The 20th National Congress of the Communist Party of China was held in Beijing.")
    first, second = text.index("18th"), text.index("20th")
    s1_end = text.index("ties grew.") + len("ties grew.")
    digest = hashlib.sha256(text.encode()).hexdigest()
    sentences = (Sentence(index=0, start=0, end=s1_end, text=text[:s1_end], language="en"),
                 Sentence(index=1, start=s1_end + 1, end=len(text), text=text[s1_end + 1:], language="en"))
    n18 = "18th National Congress of the Communist Party of China"
    n20 = "20th National Congress of the Communist Party of China"

    def mention(name: str, start: int, sentence: int) -> Mention:
        return Mention(cls=C.EVENT, name=name, text=name, start=start, end=start + len(name), sentence=sentence,
                       language="en", extractor="test", confidence=0.8)

    congress = Entity(id="e1", cls=C.EVENT, name=n20, language="en", aliases=(n18,),
                      mentions=(mention(n18, first, 0), mention(n20, second, 1)))
    beijing = Entity(id="e2", cls=C.COUNTRY, name="China", language="en", key="country:CN", iso_code="CN")
    ev = Evidence(document=digest[:16], sentence=sentences[1].text, start=sentences[1].start, end=sentences[1].end)
    ex = Extraction(
        document=Document(id=digest[:16], path="/d.txt", name="d.txt", text=text, sha256=digest, language="en",
                          encoding="utf-8", sentences=sentences),
        entities=(congress, beijing),
        relations=(Relation(subject="e1", predicate=Predicate.LOCATED_IN, object="e2", evidence=ev, extractor="t",
                            confidence=0.8),),
    )
    res = resolve([ex])
    events = [e for e in res.entities.values() if e.cls is C.EVENT]
    assert sorted(e.name for e in events) == [n18, n20]
    (fact,) = res.relations
    assert res.entities[fact.subject].name == n20


def test_score_names_gives_no_score_to_conflicts() -> None:
    from graph.gazetteer import load_gazetteer
    from graph.resolution import forms_for

    f = forms_for(load_gazetteer())
    v = lambda name, fam="Event": f.variants(name, fam)[0]  # noqa: E731
    assert score_names(v("Third Ministerial Conference"), v("Second Ministerial Conference"), f, "Event")[0] == 0
    assert score_names(v("Sinohydro Corporation", "org"), v("Sinohidro Corporation", "org"), f, "org")[0] >= REVIEW_AT


# --- order does not matter ------------------------------------------------------------------------


def _corpus() -> list[Extraction]:
    return [
        doc("a", ("p", C.PERSON, "Xi Jinping"), ("o", C.COMPANY, "China Power Construction Group"),
            ("cn", C.COUNTRY, "China", (), {"key": "country:CN", "iso_code": "CN"}),
            relations=(("p", Predicate.REPRESENTS, "cn"), ("o", Predicate.BASED_IN, "cn"))),
        doc("b", ("p", C.PERSON, "Jinping Xi"), ("o", C.COMPANY, "PowerChina", (), {"key": "org:powerchina"}),
            ("e", C.EVENT, "China-Latin America Think Tank Forum")),
        doc("c", ("e", C.EVENT, "China-Latin America Think Tank Cooperation Forum"),
            ("s", C.ORGANIZATION, "Shanghai Business School", ("SBS",))),
        doc("d", ("s", C.ORGANIZATION, "Shanghai Business School"), ("p", C.PERSON, "Chen Wei"),
            relations=(("p", Predicate.AFFILIATED_WITH, "s"),)),
        doc("e", ("p", C.PERSON, "Chen Wei"), ("h", C.COMPANY, "Huawei", (), {"key": "org:huawei"}),
            relations=(("p", Predicate.AFFILIATED_WITH, "h"),)),
    ]


def test_shuffled_documents_give_the_same_nodes_and_quads() -> None:
    def graph(res: Resolution, docs: list[Extraction]) -> set:
        # No blank nodes: isomorphic graphs are equal sets of triples.
        return {q.triple for q in quads(res, {x.document.id: x.document for x in docs})}

    corpus = _corpus()
    base = resolve(corpus)
    base_iris = sorted(str(entity_iri(e)) for e in base.entities.values())
    rng = random.Random(7)
    for _ in range(5):
        shuffled = corpus[:]
        rng.shuffle(shuffled)
        res = resolve(shuffled)
        assert sorted(res.entities) == sorted(base.entities)
        assert sorted(str(entity_iri(e)) for e in res.entities.values()) == base_iris
        assert {k: sorted(e.members) for k, e in res.entities.items()} == {
            k: sorted(e.members) for k, e in base.entities.items()}
        assert graph(res, shuffled) == graph(base, corpus)


def test_identity_depends_on_the_cluster_not_on_unrelated_documents() -> None:
    corpus = _corpus()
    before = {e.name: str(entity_iri(e)) for e in resolve(corpus).entities.values()}
    extra = doc("z", ("o", C.ORGANIZATION, "Chinese Wushu Association"))
    after = {e.name: str(entity_iri(e)) for e in resolve([*corpus, extra]).entities.values()}
    assert all(after[name] == iri for name, iri in before.items())


def test_documents_arriving_in_another_order_build_the_same_graph(write_doc, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Incremental builds that receive the documents in opposite orders end with the same graph.ttl."""
    import shutil

    from rdflib import Graph
    from rdflib.compare import to_isomorphic

    from graph.build import build

    texts = {
        "a.txt": "Chen Wei, Vice President of Huawei, said China Power Construction Group would build in Chile.",
        "b.txt": "PowerChina and CRRC signed with the Ministry of Transport of Peru. President Xi Jinping attended.",
        "c.txt": "The China-Latin America Think Tank Cooperation Forum met in Lima with President Xi.",
    }
    sources = {name: write_doc(name, text) for name, text in texts.items()}
    graphs = []
    for order in (["a.txt", "b.txt", "c.txt"], ["c.txt", "b.txt", "a.txt"]):
        docs, out = tmp_path / "in", tmp_path / f"out-{order[0]}"  # one input path: dcterms:source is the same
        shutil.rmtree(docs, ignore_errors=True)
        docs.mkdir()
        for name in order:  # one more document each time, built incrementally
            shutil.copy(sources[name], docs / name)
            build([docs], out, render=False)
        graphs.append((out / "graph.ttl").read_text(encoding="utf-8"))
    g1, g2 = (Graph().parse(data=t, format="turtle") for t in graphs)
    assert to_isomorphic(g1) == to_isomorphic(g2)
    assert {str(s) for s in g1.subjects()} == {str(s) for s in g2.subjects()}
