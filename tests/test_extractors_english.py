"""English extractors on short hand-written sentences of the genre, traps included."""

from __future__ import annotations

import pytest

from graph.records import EntityClass as C
from graph.records import Predicate as P


@pytest.fixture
def extract_text(extract_text):
    """These sentences are English, however short (language detection needs more text)."""
    return lambda text, language="en": extract_text(text, language)


def _entities(ex) -> dict[str, C]:
    return {e.name: e.cls for e in ex.entities}


def _facts(ex) -> set[tuple[str, str, str]]:
    names = {e.id: e.name for e in ex.entities}
    return {(names[r.subject], r.predicate.value, names[r.object]) for r in ex.relations}


# --- countries and regions ------------------------------------------------------------------------


def test_extractors_english_demonym_is_the_country(extract_text) -> None:
    ex = extract_text("Chinese enterprises are investing in Peruvian ports.")
    ents = _entities(ex)
    assert ents.get("China") is C.COUNTRY and ents.get("Peru") is C.COUNTRY


def test_extractors_english_latin_american_countries_is_no_country(extract_text) -> None:
    ex = extract_text("Latin American countries and the Caribbean welcomed South American investors.")
    assert not [e for e in ex.entities if e.cls is C.COUNTRY]


def test_extractors_english_dominica_is_not_the_dominican_republic(extract_text) -> None:
    ex = extract_text("Officials from Dominica and the Dominican Republic met in Havana, Cuba.")
    isos = {e.iso_code for e in ex.entities if e.cls is C.COUNTRY}
    assert isos == {"DM", "DO", "CU"}


def test_extractors_english_us_dollars_are_no_country(extract_text) -> None:
    ex = extract_text("The loan is worth 5 billion US dollars, or US$5 billion.")
    assert not [e for e in ex.entities if e.cls is C.COUNTRY]


# --- organizations --------------------------------------------------------------------------------


def test_extractors_english_china_development_bank_is_not_china(extract_text) -> None:
    ex = extract_text("China Development Bank signed a loan with Ecuador.")
    ents = _entities(ex)
    assert ents["China Development Bank"] is C.GOVERNMENT_BODY
    bank = next(e for e in ex.entities if e.name == "China Development Bank")
    assert all(m.text != "China" for m in bank.mentions)


def test_extractors_english_xinhua_3_is_a_company_not_the_agency(extract_text) -> None:
    ex = extract_text("Zhang Ming, General Manager of Xinhua 3, spoke at the meeting.")
    ents = _entities(ex)
    assert ents.get("New H3C Group") is C.COMPANY
    assert "Xinhua News Agency" not in ents


@pytest.mark.parametrize(
    ("sentence", "name", "cls"),
    [
        (
            "The Ministry of Foreign Affairs of Argentina issued a statement.",
            "Ministry of Foreign Affairs of Argentina",
            C.GOVERNMENT_BODY,
        ),
        (
            "The National Infrastructure Agency of Chile opened the tender.",
            "National Infrastructure Agency of Chile",
            C.GOVERNMENT_BODY,
        ),
        (
            "Jiangsu Zhongtian Technology Co., Ltd. supplied the cable.",
            "Jiangsu Zhongtian Technology Co., Ltd.",
            C.COMPANY,
        ),
        ("Minera Andina S.A. owns the mine.", "Minera Andina S.A.", C.COMPANY),
        ("The Peruvian Association of Exporters hosted a dinner.", "Peruvian Association of Exporters", C.ORGANIZATION),
        ("Professors of Fudan University visited Santiago.", "Fudan University", C.ORGANIZATION),
        ("Delegates attended the 4th China-Caribbean Trade Expo last week.", "4th China-Caribbean Trade Expo", C.EVENT),
        (
            "The Seminar on Green Finance for Andean Countries opened on Monday.",
            "Seminar on Green Finance for Andean Countries",
            C.EVENT,
        ),
        (
            "They signed the Memorandum of Understanding on Digital Economy Cooperation.",
            "Memorandum of Understanding on Digital Economy Cooperation",
            C.AGREEMENT,
        ),
        ("The Joint Action Plan (2025-2027) was adopted.", "Joint Action Plan (2025-2027)", C.AGREEMENT),
        ("Work began on the Bioceanic Railway.", "Bioceanic Railway", C.PROJECT),
        (
            "The Coca Codo Sinclair Hydropower Station supplies Quito.",
            "Coca Codo Sinclair Hydropower Station",
            C.PROJECT,
        ),
        ("Both sides support the Global Development Initiative.", "Global Development Initiative", C.INITIATIVE),
    ],
)
def test_extractors_english_names_by_head_noun(extract_text, sentence: str, name: str, cls: C) -> None:
    ents = _entities(extract_text(sentence))
    assert ents.get(name) is cls, ents


def test_extractors_english_sentence_words_do_not_start_names(extract_text) -> None:
    ex = extract_text(
        "Sponsored by the Ministry of Commerce, the forum opened. Vice President of Andes Mining Co., Ltd. spoke."
    )
    names = set(_entities(ex))
    assert "Andes Mining Co., Ltd." in names
    assert not any(n.startswith(("Sponsored", "Vice President")) for n in names)


def test_extractors_english_subsidiary_is_kept_apart_from_parent(extract_text) -> None:
    ex = extract_text("Engineers of CRRC (Hong Kong) Co., Ltd. and of CRRC inspected the trains.")
    ents = _entities(ex)
    assert ents.get("CRRC (Hong Kong) Co., Ltd.") is C.COMPANY
    assert ents.get("CRRC Corporation Limited") is C.COMPANY or any(
        n.startswith("CRRC") and "Hong" not in n for n in ents
    )
    facts = _facts(ex)
    assert any(p == "basedIn" and s.startswith("CRRC (Hong Kong)") and o == "Hong Kong" for s, p, o in facts)


def test_extractors_english_unit_and_parent(extract_text) -> None:
    ex = extract_text(
        "Liu Fang, Director of the Institute of Andean Studies, Chinese Academy of Social Sciences, said so."
    )
    facts = _facts(ex)
    unit = "Institute of Andean Studies, Chinese Academy of Social Sciences"
    assert (unit, "partOf", "Chinese Academy of Social Sciences") in facts
    assert ("Liu Fang", "affiliatedWith", unit) in facts
    assert ("Liu Fang", "affiliatedWith", "Chinese Academy of Social Sciences") in facts


# --- people ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("President Xi Jinping met the delegation.", "Xi Jinping", "President"),
        ("Mr. Zhou Wenbin (Vice President of Yunnan University) gave a speech.", "Zhou Wenbin", None),
        ("Chilean President Gabriel Boric welcomed the visitors.", "Gabriel Boric", "President"),
        (
            "Marta Lucía Ramírez de Rincón, the then foreign minister of Colombia, attended.",
            "Marta Lucía Ramírez de Rincón",
            "foreign minister of Colombia",
        ),
        ("Luo Ping, Huawei Peru, presented the project.", "Luo Ping", None),
    ],
)
def test_extractors_english_people_with_titles(extract_text, sentence: str, name: str, role: str | None) -> None:
    ex = extract_text(sentence)
    person = next((e for e in ex.entities if e.cls is C.PERSON and e.name == name), None)
    assert person is not None, _entities(ex)
    if role:
        assert person.role and person.role.startswith(role)


def test_extractors_english_bracketed_original_name_wins(extract_text) -> None:
    ex = extract_text(
        "Jorge, Minister of Energy and Mines of Peru·Luis·Montero(Jorge Luis Montero Cornejo)spoke about mining."
    )
    person = next(e for e in ex.entities if e.cls is C.PERSON)
    assert person.name == "Jorge Luis Montero Cornejo"
    assert "Jorge Luis Montero" in person.aliases
    facts = _facts(ex)
    assert ("Jorge Luis Montero Cornejo", "represents", "Peru") in facts


def test_extractors_english_hong_kong_is_not_a_person(extract_text) -> None:
    ex = extract_text("Hong Kong hosted the forum; Li Wei attended.")
    assert _entities(ex).get("Hong Kong") is C.COUNTRY
    assert _entities(ex).get("Li Wei") is C.PERSON


# --- relations ------------------------------------------------------------------------------------


def test_extractors_english_apposition_gives_affiliation_and_country(extract_text) -> None:
    ex = extract_text("Ana Castro, Minister of Transport of Ecuador, visited the port.")
    facts = _facts(ex)
    assert ("Ana Castro", P.AFFILIATED_WITH.value, "Ministry of Transport of Ecuador") not in facts  # no such body
    assert ("Ana Castro", P.REPRESENTS.value, "Ecuador") in facts


def test_extractors_english_organized_and_held_in(extract_text) -> None:
    ex = extract_text(
        "The 5th China-Andes Energy Forum, organized by the China Electricity Council and the Peruvian "
        "Society of Mining, was held in Lima, Peru."
    )
    facts = _facts(ex)
    event = "5th China-Andes Energy Forum"
    assert (event, "organizedBy", "China Electricity Council") in facts
    assert (event, "organizedBy", "Peruvian Society of Mining") in facts
    assert (event, "organizedBy", "Peru") not in facts
    assert (event, "locatedIn", "Peru") in facts


def test_extractors_english_members_including(extract_text) -> None:
    ex = extract_text(
        "The Asian Infrastructure Investment Bank has three members in the region, including Brazil, Chile and Peru."
    )
    facts = _facts(ex)
    for c in ("Brazil", "Chile", "Peru"):
        assert (c, "memberOf", "Asian Infrastructure Investment Bank") in facts


def test_extractors_english_bilateral_agreements_from_a_list(extract_text) -> None:
    ex = extract_text(
        "China has signed free trade agreements with Chile, Peru and Costa Rica, and established "
        "comprehensive strategic partnerships with Argentina (2014) and Ecuador (2016)."
    )
    ents = {e.name: e for e in ex.entities if e.cls is C.AGREEMENT}
    assert {
        "China–Chile Free Trade Agreement",
        "China–Peru Free Trade Agreement",
        "China–Costa Rica Free Trade Agreement",
    } <= set(ents)
    assert ents["China–Ecuador Comprehensive Strategic Partnership"].date == "2016"
    facts = _facts(ex)
    assert ("China–Peru Free Trade Agreement", "party", "Peru") in facts
    assert ("China–Peru Free Trade Agreement", "party", "China") in facts


def test_extractors_english_joined_initiative(extract_text) -> None:
    ex = extract_text("In 2018 Bolivia joined the Belt and Road Initiative.")
    assert ("Bolivia", "joined", "Belt and Road Initiative") in _facts(ex)


def test_extractors_english_company_operates_in(extract_text) -> None:
    ex = extract_text("Huawei has built networks in Ecuador and Colombia.")
    facts = _facts(ex)
    assert ("Huawei", "operatesIn", "Ecuador") in facts and ("Huawei", "operatesIn", "Colombia") in facts
    assert ("Huawei", "operatesIn", "China") not in facts


def test_extractors_english_project_implemented_by(extract_text) -> None:
    ex = extract_text("The Chancay Port Terminal, built by COSCO Shipping, is located in Peru.")
    facts = _facts(ex)
    assert ("Chancay Port Terminal", "implementedBy", "China COSCO Shipping Corporation") in facts


def test_extractors_english_meeting_of_a_body(extract_text) -> None:
    ex = extract_text("Brazil will host the BRICS leaders' meeting next year.")
    facts = _facts(ex)
    assert ("BRICS leaders' meeting", "organizedBy", "BRICS") in facts


# --- names with a lower-case common noun ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Engineers inspected the Rio Verde hydroelectric plant last week.", "Rio Verde hydroelectric plant"),
        ("Traffic through the Puerto Azul port doubled.", "Puerto Azul port"),
        ("Work resumed at Chile's Los Andes copper mine.", "Los Andes copper mine"),
    ],
)
def test_extractors_english_works_named_with_a_common_noun(extract_text, sentence: str, name: str) -> None:
    assert _entities(extract_text(sentence)).get(name) is C.PROJECT


def test_extractors_english_descriptions_are_not_works(extract_text) -> None:
    ents = _entities(extract_text("The Chinese-built power plant and a Chinese company port were praised."))
    assert not [n for n, c in ents.items() if c is C.PROJECT]


def test_extractors_english_firm_introduced_by_what_it_is(extract_text) -> None:
    ex = extract_text("The Brazilian company Construtora Norte won the bid.")
    assert _entities(ex).get("Construtora Norte") is C.COMPANY


def test_extractors_english_builder_before_the_work(extract_text) -> None:
    ex = extract_text("Sinohydro was awarded a contract to construct Bolivia's Rio Seco plant.")
    facts = _facts(ex)
    assert ("Rio Seco plant", "implementedBy", "Sinohydro Corporation") in facts
    assert ("Rio Seco plant", "locatedIn", "Bolivia") in facts


def test_extractors_english_counterpart_and_portfolio_titles(extract_text) -> None:
    ex = extract_text(
        "President Xi Jinping and his Paraguayan counterpart, Ana Lucía Benítez, met. "
        "Chile's Mining, Energy and Water Minister Pablo Rojas spoke later."
    )
    facts = _facts(ex)
    assert ("Ana Lucía Benítez", "represents", "Paraguay") in facts
    assert ("Pablo Rojas", "represents", "Chile") in facts


def test_extractors_english_demonym_firm_is_based_there(extract_text) -> None:
    ex = extract_text("The Chinese company Hengda Motors will produce buses in Colombia.")
    assert ("Hengda Motors", "basedIn", "China") in _facts(ex)


def test_extractors_english_official_visits(extract_text) -> None:
    ex = extract_text(
        "In March 2023, President Lula da Silva visited China and Vietnam. "
        "Premier Li Qiang's official visit to Peru and Chile ended on Friday. "
        "Three visits to Asia followed. President Lula has visited 9 Latin American countries."
    )
    events = {e.name: e for e in ex.entities if e.cls is C.EVENT}
    assert set(events) == {
        "Lula da Silva's March 2023 visit to China and Vietnam",
        "Li Qiang's official visit to Peru and Chile",
    }
    assert events["Lula da Silva's March 2023 visit to China and Vietnam"].date == "2023-03"
    facts = _facts(ex)
    assert ("Li Qiang", "participatedIn", "Li Qiang's official visit to Peru and Chile") in facts
    assert ("Li Qiang's official visit to Peru and Chile", "locatedIn", "Chile") in facts


def test_extractors_english_spanish_country_name_is_a_first_name_here(extract_text) -> None:
    ex = extract_text("Mauricio Ortega, head of the Department of Economics at the State University of Lima, spoke.")
    ents = _entities(ex)
    assert ents.get("Mauricio Ortega") is C.PERSON
    assert "Mauritius" not in ents
    assert ents.get("State University of Lima") is C.ORGANIZATION


def test_extractors_english_ambassador_to_a_country_does_not_represent_it(extract_text) -> None:
    ex = extract_text("Ana Ruiz, Peru's ambassador to China, attended the forum.")
    facts = _facts(ex)
    assert ("Ana Ruiz", "represents", "Peru") in facts
    assert ("Ana Ruiz", "represents", "China") not in facts


def test_extractors_english_explanatory_parenthesis_inside_a_name(extract_text) -> None:
    ex = extract_text(
        "The Fourth Ministerial Meeting of the China-CELAC (the Community of Latin American and Caribbean "
        "States) Forum was held in Beijing."
    )
    ents = _entities(ex)
    assert ents.get("China-CELAC Forum") is C.INTERNATIONAL_ORGANIZATION
    assert not [n for n in ents if n.startswith("Latin American and Caribbean States")]


# --- wire-style traps -------------------------------------------------------------------------------


def test_extractors_english_weekday_after_a_name_is_not_the_name(extract_text) -> None:
    ex = extract_text("Vice Premier Liu Hong Tuesday opened a trade fair in Santiago with Chilean officials.")
    assert "Liu Hong" in _entities(ex) and not any("Tuesday" in n for n in _entities(ex))


def test_extractors_english_a_count_of_agreements_is_no_agreement(extract_text) -> None:
    ex = extract_text("Premier Signs Over 40 Cooperation Agreements During Andean Visit")
    assert not [e for e in ex.entities if e.cls is C.AGREEMENT]


def test_extractors_english_half_a_bracketed_expansion_is_no_name(extract_text) -> None:
    ex = extract_text(
        "The ministers met at the China-CELAC (Community of Latin American and Caribbean States) Forum in Beijing."
    )
    assert not any(")" in n and "(" not in n for n in _entities(ex))


def test_extractors_english_each_president_represents_the_country_printed_before_him(extract_text) -> None:
    ex = extract_text(
        "Chinese President Xi Jinping and Uruguayan President Yamandu Orsi agreed to expand trade in beef and soy."
    )
    facts = _facts(ex)
    assert ("Yamandu Orsi", "represents", "Uruguay") in facts
    assert ("Yamandu Orsi", "represents", "China") not in facts
    assert ("Xi Jinping", "represents", "China") in facts


def test_extractors_english_a_unit_of_measure_is_no_works_name(extract_text) -> None:
    ex = extract_text("A Chinese contractor will build the 750-MW plant on the river near the border with Bolivia.")
    assert not [e for e in ex.entities if e.cls is C.PROJECT]


def test_extractors_english_the_country_of_a_party_is_no_body_of_its_own(extract_text) -> None:
    ex = extract_text(
        "He is a member of the Political Bureau of the Communist Party of China Central Committee, officials said."
    )
    assert "China Central Committee" not in _entities(ex)


def test_extractors_english_counterpart_without_a_title_in_the_sentence(extract_text) -> None:
    ex = extract_text("Wang held talks with his Paraguayan counterpart Ruben Ramirez Lezcano in Asuncion on trade.")
    assert _entities(ex).get("Ruben Ramirez Lezcano") is C.PERSON


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        ("U.S. Secretary of State Laura Whitman said during a trip to Bogota that the loans were risky.",
         "Laura Whitman", "Secretary of State", "United States"),
        ("Foreign Minister of Ecuador Ana Lucia Paredes met Chinese diplomats in Quito.",
         "Ana Lucia Paredes", "Foreign Minister of Ecuador", "Ecuador"),
        ("The Minister of Foreign Affairs of Paraguay, Rodrigo Benitez, welcomed the Secretary of Commerce of Mexico.",
         "Rodrigo Benitez", "Minister of Foreign Affairs of Paraguay", "Paraguay"),
        ("The Minister of Economy of Chile, Pedro Lagos, and the Chinese Minister of Commerce, Zhou Minghua, "
         "signed the protocol.", "Zhou Minghua", "Minister of Commerce", "China"),
    ],
)
def test_extractors_english_title_of_portfolio_then_name(extract_text, text: str, name: str, role: str,
                                                          country: str) -> None:
    ex = extract_text(text)
    person = next(e for e in ex.entities if e.name == name)
    assert person.cls is C.PERSON and person.role == role
    facts = _facts(ex)
    assert (name, "represents", country) in facts
    assert not [f for f in facts if f[0] == name and f[1] == "represents" and f[2] != country]


def test_extractors_english_apposition_title_is_not_the_verb_phrase_after_the_name(extract_text) -> None:
    ex = extract_text("The Minister of Foreign Affairs of Paraguay, Rodrigo Benitez, welcomed the Secretary of "
                      "Commerce of Mexico.")
    facts = _facts(ex)
    assert ("Rodrigo Benitez", "represents", "Mexico") not in facts


def test_extractors_english_and_the_after_an_acronym_starts_a_new_name(extract_text) -> None:
    ex = extract_text("The Member States of the Andean Community of Nations (CAN) and the People's Republic of China "
                      "met in Lima.")
    names = _entities(ex)
    assert not any("People's Republic" in n and "Community" in n for n in names)


def test_extractors_english_belt_and_road_is_not_split_inside_a_longer_name(extract_text) -> None:
    ex = extract_text("Both sides implemented the Special Declaration of Quito on the Belt and Road Initiative.")
    names = _entities(ex)
    assert "Road Initiative" not in names


def test_extractors_english_heads_of_state_and_government_is_no_body(extract_text) -> None:
    ex = extract_text("The Heads of State and Government of South America met in Brasilia to discuss trade.")
    assert not [e for e in ex.entities if e.cls is C.GOVERNMENT_BODY]


@pytest.mark.parametrize(
    ("text", "name", "country", "host"),
    [
        ("China's ambassador to Uruguay Huang Yazhong said Chinese banks are interested in the port.",
         "Huang Yazhong", "China", "Uruguay"),
        ("The Chinese Ambassador to Chile, Niu Qingbao, attended the ceremony in Santiago.",
         "Niu Qingbao", "China", "Chile"),
        ("Bolivian Ambassador in China Hugo Siles met investors from Guangdong.", "Hugo Siles", "Bolivia", "China"),
    ],
)
def test_extractors_english_an_envoy_represents_the_sending_country_not_the_host(
    extract_text, text: str, name: str, country: str, host: str
) -> None:
    facts = _facts(extract_text(text))
    assert (name, "represents", country) in facts
    assert (name, "represents", host) not in facts


def test_extractors_english_a_bracketed_short_form_is_an_alias_not_part_of_the_name(extract_text) -> None:
    ex = extract_text("Researchers at the Pacific Institute for Asian Affairs (PIAA) in Lima published the report.")
    ent = next(e for e in ex.entities if e.name.startswith("Pacific Institute"))
    assert ent.name == "Pacific Institute for Asian Affairs" and "PIAA" in ent.aliases


def test_extractors_english_a_ministry_named_with_a_comma_list(extract_text) -> None:
    ex = extract_text("The Ministry of Energy, Mines and Hydrocarbons of Ecuador signed the contract yesterday.")
    assert _entities(ex).get("Ministry of Energy, Mines and Hydrocarbons of Ecuador") is C.GOVERNMENT_BODY


def test_extractors_english_a_list_of_countries_after_a_name_is_not_part_of_it(extract_text) -> None:
    ex = extract_text("Since the 19th National Congress of the Communist Party of China, Peru and Chile signed deals.")
    assert not any("Peru" in n for n, c in _entities(ex).items() if c is not C.COUNTRY)


def test_extractors_english_a_place_or_a_heading_after_the_country_ends_the_name(extract_text) -> None:
    ex = extract_text("Government of Peru Press Release. The University of Peru in Lima hosted the seminar.")
    names = _entities(ex)
    assert not any("Press Release" in n or "in Lima" in n for n in names)


def test_extractors_english_a_centre_for_china_studies_is_not_based_in_china(extract_text) -> None:
    ex = extract_text("The Caribbean Center for China Studies in Kingston released a report on Chinese loans.")
    assert not [f for f in _facts(ex) if f[1] == "basedIn" and f[2] == "China"]


# --- relations of works, members and operators -------------------------------------------------------


def test_extractors_english_financed_by_and_built_by_in_one_clause(extract_text) -> None:
    ex = extract_text("The Rio Verde hydropower station was financed by China Development Bank and built by "
                      "Sinohydro, officials said.")
    facts = _facts(ex)
    assert ("Rio Verde hydropower station", "implementedBy", "Sinohydro Corporation") in facts


def test_extractors_english_a_work_is_in_the_one_country_its_paragraph_names(extract_text) -> None:
    ex = extract_text(
        "Paraguay shows the pattern. The new Chaco Norte power plant was built by PowerChina last year. "
        "It supplies the capital.\nUruguay is different."
    )
    facts = _facts(ex)
    assert ("Chaco Norte power plant", "locatedIn", "Paraguay") in facts
    assert ("PowerChina", "operatesIn", "Paraguay") in facts
    assert ("Chaco Norte power plant", "locatedIn", "Uruguay") not in facts


def test_extractors_english_a_programme_gets_no_place_from_its_paragraph(extract_text) -> None:
    ex = extract_text("Chile hosted the event. Researchers trained under the Andean Young Scientists Program.")
    assert not [f for f in _facts(ex) if f[1] == "locatedIn"]


def test_extractors_english_countries_that_are_members_of(extract_text) -> None:
    ex = extract_text("Ecuador and Peru are also members of the Asian Infrastructure Investment Bank (AIIB), "
                      "unlike Colombia.")
    facts = _facts(ex)
    aiib = next(e.name for e in ex.entities if e.cls is C.INTERNATIONAL_ORGANIZATION)
    assert ("Ecuador", "memberOf", aiib) in facts and ("Peru", "memberOf", aiib) in facts
    assert ("Colombia", "memberOf", aiib) not in facts


def test_extractors_english_numbered_lines_and_a_coast_after_a_name(extract_text) -> None:
    ex = extract_text("China Harbour Engineering Company leads the consortium building Quito Metro Line 2. "
                      "The Manta Port Expansion Project on Ecuador's Pacific coast is next.")
    names = _entities(ex)
    assert names.get("Quito Metro Line 2") is C.PROJECT
    assert names.get("Manta Port Expansion Project") is C.PROJECT
    assert ("Manta Port Expansion Project", "locatedIn", "Ecuador") in _facts(ex)


def test_extractors_english_also_taking_part_were(extract_text) -> None:
    ex = extract_text(
        "Lima hosted the Second China-Andean Mining Forum on Monday. More than 200 researchers from Peru and "
        "Bolivia attended. Also taking part were the Minister of Energy and Mines of Peru, Rosa Quispe Llanos, "
        "and the Minister of Mining of Bolivia, Marcelo Vargas Soria."
    )
    facts = _facts(ex)
    forum = next(e.name for e in ex.entities if e.cls is C.EVENT)
    assert ("Rosa Quispe Llanos", "participatedIn", forum) in facts
    assert ("Marcelo Vargas Soria", "participatedIn", forum) in facts
    assert ("Bolivia", "participatedIn", forum) in facts


def test_extractors_english_a_verb_after_the_comma_is_no_title(extract_text) -> None:
    ex = extract_text("BYD's chairman, Wang Chuanfu, called Mexico the ideal market for the company's expansion.")
    assert ("Wang Chuanfu", "represents", "Mexico") not in _facts(ex)


def test_extractors_english_two_titled_people_coordinated(extract_text) -> None:
    ex = extract_text("Chinese Minister of Commerce Zhou Minghua and Panamanian Minister of Foreign Trade Ana Lucia "
                      "Vega Ortiz signed the protocol.")
    people = {e.name: e.role for e in ex.entities if e.cls is C.PERSON}
    assert people.get("Zhou Minghua") == "Minister of Commerce"
    assert people.get("Ana Lucia Vega Ortiz") == "Minister of Foreign Trade"
    facts = _facts(ex)
    assert ("Zhou Minghua", "represents", "China") in facts
    assert ("Ana Lucia Vega Ortiz", "represents", "Panama") in facts


def test_extractors_english_an_event_named_by_its_quoted_title(extract_text) -> None:
    ex = extract_text(
        'Lima seminar looks at trade.\nThe university held the international seminar "Pacific Trade After '
        'the Pandemic" on 3 May in Lima. Delegations from Peru, Chile and Ecuador took part, together with '
        "representatives of ECLAC."
    )
    event = "Pacific Trade After the Pandemic"
    assert _entities(ex).get(event) is C.EVENT
    facts = _facts(ex)
    assert ("Chile", "participatedIn", event) in facts
    assert any(f[1] == "participatedIn" and f[2] == event and "Economic Commission" in f[0] for f in facts)


def test_extractors_english_and_before_a_post_ends_a_name(extract_text) -> None:
    ex = extract_text("Wang Yi, member of the Political Bureau of the CPC Central Committee and Foreign Minister, "
                      "met the delegation.")
    assert not any("Foreign" in n for n, c in _entities(ex).items() if c is not C.PERSON)


def test_extractors_english_an_acronym_and_a_university_are_two_names(extract_text) -> None:
    ex = extract_text("The programme is run jointly by CIESA and Fudan University of Shanghai.")
    assert not any(n.startswith("CIESA and") for n in _entities(ex))


def test_extractors_english_between_the_governments_is_one_name(extract_text) -> None:
    ex = extract_text("They signed the Agreement on Visa Exemption between the Government of the People's Republic "
                      "of China and the Government of the Republic of Panama.")
    agreements = [n for n, c in _entities(ex).items() if c is C.AGREEMENT]
    assert agreements and all("Panama" in n for n in agreements)


def test_extractors_english_a_country_inside_a_university_name_is_nobody_s_country(extract_text) -> None:
    ex = extract_text("Professor Li Hua of Renmin University of China, Professor Diego Ruiz Soto of the University "
                      "of Buenos Aires and others spoke.")
    assert ("Diego Ruiz Soto", "represents", "China") not in _facts(ex)


def test_extractors_english_hosts_and_affiliations_of_a_seminar(extract_text) -> None:
    ex = extract_text(
        'The Andean Institute for Asian Studies (AIAS) and Fudan University held the international seminar '
        '"Trade and Growth in the Pacific Rim" on 2 March in Quito, Ecuador. AIAS director Marta Ruiz Pardo opened '
        "the meeting. Professor Zhao Lin of Fudan University spoke on ports."
    )
    facts = _facts(ex)
    event = "Trade and Growth in the Pacific Rim"
    assert ("Trade and Growth in the Pacific Rim", "organizedBy", "Fudan University") in facts
    assert any(f[0] == event and f[1] == "organizedBy" and f[2].startswith("Andean Institute") for f in facts)
    assert ("Zhao Lin", "affiliatedWith", "Fudan University") in facts
    assert any(f[0] == "Marta Ruiz Pardo" and f[1] == "affiliatedWith" and f[2].startswith("Andean") for f in facts)


def test_pipeline_a_short_form_defined_in_brackets_is_the_name_elsewhere(extract_text) -> None:
    ex = extract_text("The Andean Institute for Asian Studies (AIAS) held a seminar. AIAS director Marta Ruiz "
                      "Pardo opened it.")
    inst = next(e for e in ex.entities if e.name == "Andean Institute for Asian Studies")
    assert {m.sentence for m in inst.mentions} == {0, 1}
    assert ("Marta Ruiz Pardo", "affiliatedWith", "Andean Institute for Asian Studies") in _facts(ex)


def test_extractors_english_where_a_titled_event_was_held(extract_text) -> None:
    ex = extract_text('The university held the seminar "Pacific Ports and Trade" on 4 and 5 May in Callao, Peru.')
    assert ("Pacific Ports and Trade", "locatedIn", "Peru") in _facts(ex)


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ("The rest is held by Grupo Minero del Norte, S.A.B. de C.V. (GMN), based in Monterrey.",
         "Grupo Minero del Norte, S.A.B. de C.V", "GMN"),
        ("Its subsidiary, Litio Andino de Chile SpA, will run the plant.", "Litio Andino de Chile SpA",
         "Litio Andino de Chile"),
        ("The contract went to Constructora Vial Andina S.A.C. last year.", "Constructora Vial Andina S.A.C",
         "Constructora Vial Andina"),
    ],
)
def test_extractors_english_latin_american_legal_forms_make_a_company(extract_text, text: str, name: str,
                                                                      alias: str) -> None:
    ex = extract_text(text)
    firm = next(e for e in ex.entities if e.cls is C.COMPANY and e.name.startswith(name.split(",")[0].split(" S")[0]))
    assert alias in firm.aliases or alias == firm.name


def test_extractors_english_a_consultancy_and_a_gigafactory(extract_text) -> None:
    ex = extract_text("Analysts at Lima consultancy Andes Pacifico Partners said the Arequipa Gigafactory is late.")
    names = _entities(ex)
    assert names.get("Andes Pacifico Partners") is C.COMPANY and names.get("Arequipa Gigafactory") is C.PROJECT


def test_extractors_english_as_a_member_of_both_and_signing_onto_the_bri(extract_text) -> None:
    ex = extract_text(
        "As a member of both the Central American Integration System (SICA) and the Community of Latin American "
        "and Caribbean States (CELAC), Panama wants closer ties. Panama was the first country in the region to "
        "sign a cooperation document on the Belt and Road Initiative."
    )
    facts = _facts(ex)
    assert any(f[0] == "Panama" and f[1] == "memberOf" and "Integration System" in f[2] for f in facts)
    assert ("Panama", "memberOf", "Community of Latin American and Caribbean States") in facts
    assert ("Panama", "joined", "Belt and Road Initiative") in facts


def test_extractors_english_held_in_a_capital_is_held_in_its_country(extract_text) -> None:
    ex = extract_text("The Third China-Andean Trade Forum was held in Lima on Monday. Officials from Peru and China "
                      "attended.")
    facts = _facts(ex)
    forum = next(e.name for e in ex.entities if e.cls is C.EVENT)
    assert (forum, "locatedIn", "Peru") in facts
    assert (forum, "locatedIn", "China") not in facts


def test_extractors_english_a_city_gives_no_country_the_document_does_not_name(extract_text) -> None:
    ex = extract_text("The Third China-Andean Trade Forum was held in Lima on Monday.")
    assert not [f for f in _facts(ex) if f[1] == "locatedIn" and f[2] == "Peru"]


def test_extractors_english_a_body_named_after_a_city_or_based_there(extract_text) -> None:
    ex = extract_text("Researchers of the University of Montevideo met Uruguay's trade officials. The "
                      "Guadalajara-based firm Tecnologias Occidente signed with Mexico's ministry.")
    facts = _facts(ex)
    assert ("University of Montevideo", "basedIn", "Uruguay") in facts
    assert ("Tecnologias Occidente", "basedIn", "Mexico") in facts


def test_extractors_english_the_two_governments_signed(extract_text) -> None:
    ex = extract_text(
        "Chinese President Xi Jinping met Panamanian President Ana Ruiz in Beijing. China and Panama agreed to "
        "expand trade. Panama will export more coffee to China. The two governments also signed the "
        "Memorandum of Understanding on Cooperation in the Colon Port Project."
    )
    facts = _facts(ex)
    mou = next(e.name for e in ex.entities if e.cls is C.AGREEMENT)
    assert (mou, "party", "China") in facts and (mou, "party", "Panama") in facts


def test_extractors_english_the_two_sides_means_nothing_when_many_countries_are_named(extract_text) -> None:
    ex = extract_text(
        "Chile, Peru, Ecuador and Colombia met China at the forum. Chile and Peru spoke first, then Ecuador and "
        "Colombia. The two sides signed the Memorandum of Understanding on Port Cooperation."
    )
    assert not [f for f in _facts(ex) if f[1] == "party"]


def test_extractors_english_a_firm_s_president_represents_no_country(extract_text) -> None:
    ex = extract_text("They met China National Petroleum Corp. (CNPC) President Zhang Hua and Peru's minister.")
    assert not [f for f in _facts(ex) if f[0] == "Zhang Hua" and f[1] == "represents"]
    assert ("Zhang Hua", "affiliatedWith", "China National Petroleum Corporation") in _facts(ex)


def test_extractors_english_a_ranked_title_after_the_name(extract_text) -> None:
    ex = extract_text("Zhou Ming, second-level inspector, Department of Asian Affairs, Ministry of Commerce, spoke.")
    person = next(e for e in ex.entities if e.name == "Zhou Ming")
    assert person.role and person.role.startswith("second-level inspector")


# --- machine-translated names and region names -----------------------------------------------------


def test_extractors_english_dotted_name_with_original_in_brackets(extract_text) -> None:
    ex = extract_text(
        "The delegation was received by Minister of Mines and Energy of Bolivia "
        "Javier·Ortega·Villca(Javier Andrés Ortega Villca) and Director General Rosa·María·Quinteros(Rosa María "
        "Quinteros Paz) on Tuesday."
    )
    people = {e.name: e for e in ex.entities if e.cls is C.PERSON}
    assert set(people) == {"Javier Andrés Ortega Villca", "Rosa María Quinteros Paz"}
    assert "Javier Ortega Villca" in people["Javier Andrés Ortega Villca"].aliases
    assert people["Javier Andrés Ortega Villca"].role == "Minister of Mines and Energy of Bolivia"
    assert people["Rosa María Quinteros Paz"].role == "Director General"


def test_extractors_english_dotted_pair_without_title_is_no_person(extract_text) -> None:
    ex = extract_text("The brand Sol·Mar sells seafood in the port.")
    assert not [e for e in ex.entities if e.cls is C.PERSON]


def test_extractors_english_region_name_stays_inside_an_event_name(extract_text) -> None:
    ex = extract_text(
        "Ministers met in Quito for the Third China-Latin America and the Caribbean Forum on Digital Trade "
        "on Friday."
    )
    ents = _entities(ex)
    assert ents.get("Third China-Latin America and the Caribbean Forum on Digital Trade") is C.EVENT
    assert not [n for n in ents if n.startswith("Caribbean")]
    ex = extract_text("The First Session of the China-Latin America and the Caribbean Women's Forum met in Lima.")
    assert "First Session of the China-Latin America and the Caribbean Women's Forum" in _entities(ex)


def test_extractors_english_joined_lists_and_gapped_clauses(extract_text) -> None:
    ex = extract_text(
        "Several Caribbean governments have signed up to the Belt and Road Initiative. Grenada, Dominica and "
        "Antigua and Barbuda joined in 2018, Barbados in 2019, and Guyana, after long talks, in March 2020. "
        "Panama joined the Belt and Road Initiative in 2017, and Uruguay signed a trade deal in 2019."
    )
    joined = {s for s, p, o in _facts(ex) if p == "joined" and o == "Belt and Road Initiative"}
    assert joined == {"Grenada", "Dominica", "Antigua and Barbuda", "Barbados", "Guyana", "Panama"}


def test_extractors_english_spanish_and_portuguese_names_inside_english_text(extract_text) -> None:
    ex = extract_text(
        "The review covers a decade of projects that Chinese companies built in the region and that local "
        "state utilities now run. Paraguay's power utility, Administración Nacional de Electricidad (ANDE), "
        "hired a Chinese contractor, and Luana Prado of Fundação Dom Cabral and Pedro Ruiz spoke."
    )
    ents = _entities(ex)
    assert ents.get("Administración Nacional de Electricidad") is C.GOVERNMENT_BODY
    assert ents.get("Fundação Dom Cabral") is C.ORGANIZATION
    assert not [n for n in ents if "Pedro" in n and "Fundação" in n]
    ande = next(e for e in ex.entities if e.name == "Administración Nacional de Electricidad")
    assert "ANDE" in ande.aliases


def test_extractors_english_legal_form_after_a_number(extract_text) -> None:
    ex = extract_text("The line is built by Tranvía Línea 2 S.A.S., a concession company, in Medellín, Colombia.")
    assert _entities(ex).get("Tranvía Línea 2 S.A.S.") is C.COMPANY


def test_extractors_english_report_speakers_carry_the_title_as_context(extract_text) -> None:
    filler = " ".join(f"Delegates at the forum discussed topic number {n} at length." for n in range(12))
    ex = extract_text(
        "Second China-Caribbean Ports Forum Held in Kingston\n\n"
        "The Second China-Caribbean Ports Forum opened in Kingston, Jamaica, on Monday. " + filler + "\n\n"
        "Marcia Grant, Director General of the Port Authority of Jamaica, explained the new tariff plan."
    )
    rel = next(
        r for r in ex.relations
        if r.predicate is P.PARTICIPATED_IN and {e.id: e.name for e in ex.entities}[r.subject] == "Marcia Grant"
    )
    assert "Marcia Grant" in rel.evidence.sentence and "Forum" not in rel.evidence.sentence
    assert rel.context is not None and "Second China-Caribbean Ports Forum" in rel.context.sentence
    assert ex.document.text[rel.context.start : rel.context.end] == rel.context.sentence


def test_extractors_english_meetings_named_after_their_body(extract_text) -> None:
    ex = extract_text(
        "The Seventh CELAC Summit was held in Buenos Aires. The Third Ministerial Meeting of the China-CELAC "
        "Forum adopted a plan. Under the framework of the China-CELAC Forum, the China-Latin America Think "
        "Tank Forum and the China-Latin America Entrepreneurs Summit have been held."
    )
    organized = {(s, o) for s, p, o in _facts(ex) if p == "organizedBy"}
    names = _entities(ex)
    celac = next(n for n, c in names.items() if c is C.INTERNATIONAL_ORGANIZATION and "Community" in n)
    forum = next(n for n, c in names.items() if n.startswith("China-") and n.endswith("Forum") and "CELAC" in n
                 and c is not C.EVENT)
    assert ("Seventh CELAC Summit", celac) in organized
    assert ("Third Ministerial Meeting of the China-CELAC Forum", forum) in organized
    assert ("China-Latin America Think Tank Forum", forum) in organized
    assert ("China-Latin America Entrepreneurs Summit", forum) in organized


def test_extractors_english_members_by_apposition_joining_and_dash_lists(extract_text) -> None:
    ex = extract_text(
        "Argentina, a founding member of both Mercosur and the CAF, hosted the talks. An official at the IDB "
        "said the bank's newest members - Peru and Bolivia - would benefit. Colombia and Panama officially "
        "joined the AIIB. Chile joined the APEC summit in Lima. Jamaica, as a member state of the Caribbean "
        "Community (CARICOM) and the OAS, welcomed the plan."
    )
    members = {(s, o) for s, p, o in _facts(ex) if p == "memberOf"}
    names = {e.name for e in ex.entities}
    caf = next(n for n in names if n.startswith("CAF") or "Development Bank of Latin America" in n)
    aiib = "Asian Infrastructure Investment Bank"
    assert {("Argentina", "Mercosur"), ("Argentina", caf), ("Colombia", aiib), ("Panama", aiib)} <= members
    assert {("Peru", "Inter-American Development Bank"), ("Bolivia", "Inter-American Development Bank")} <= members
    assert {("Jamaica", "Caribbean Community"), ("Jamaica", "Organization of American States")} <= members
    assert not [m for m in members if m[0] == "Chile"]


def test_extractors_english_quoted_kind_with_partner_list(extract_text) -> None:
    ex = extract_text('In 2016 China established "strategic partnerships" with Uruguay (2016) and Bolivia (2018).')
    assert {"China–Uruguay Strategic Partnership", "China–Bolivia Strategic Partnership"} <= set(_entities(ex))


def test_extractors_english_chinese_officials_represent_china(extract_text) -> None:
    ex = extract_text(
        "Chinese and Chilean officials met in Beijing. Vice Premier Ding Xuexiang received the delegation, and "
        "Commerce Minister Wang Wentao held talks with his counterpart. Huawei vice president Zhang Ming said "
        "the company, which has worked in Chile for twenty years, would expand. Minister of Mining of Chile "
        "Li Ming also attended."
    )
    represents = {(s, o) for s, p, o in _facts(ex) if p == "represents"}
    assert {("Ding Xuexiang", "China"), ("Wang Wentao", "China")} <= represents
    assert ("Zhang Ming", "China") not in represents  # a company's officer
    assert ("Li Ming", "China") not in represents  # another country's minister
    facts = _facts(ex)
    assert ("Zhang Ming", "affiliatedWith", "Huawei") in facts
    assert ("Huawei", "operatesIn", "Chile") in facts


def test_extractors_english_a_defined_short_form_overrides_the_gazetteer(extract_text) -> None:
    ex = extract_text(
        "The study was written by the Development Research Center of the State Council of China (DRC). "
        "Li Wei, a fellow at the DRC, presented it in Lima, Peru."
    )
    names = _entities(ex)
    assert "Democratic Republic of the Congo" not in names
    drc = next(e for e in ex.entities if e.name == "Development Research Center of the State Council of China")
    assert "DRC" in drc.aliases
    council = next(e for e in ex.entities if e.name == "State Council of China")
    assert "DRC" not in council.aliases and council.id != drc.id


def test_extractors_english_people_at_named_events(extract_text) -> None:
    ex = extract_text(
        "President Lula attended the BRICS leaders' meeting, the G20 summit and the APEC meeting last year. "
        "In May, Premier Li Qiang proposed a new fund at the Boao Forum for Asia."
    )
    took_part = {(s, o) for s, p, o in _facts(ex) if p == "participatedIn"}
    assert {("Lula", "BRICS leaders' meeting"), ("Lula", "G20 summit"), ("Lula", "APEC meeting")} <= took_part
    assert ("Li Qiang", "Boao Forum for Asia") in took_part
    ex = extract_text(
        "Trade between the two countries grew by a fifth last year, officials in both capitals said on Monday. "
        "Minister Ana Torres said, next month, the ministry will send a delegation to attend the China-LAC "
        "Business Summit in Lima."
    )
    # "said, ... the ministry will send a delegation to attend": another subject, and a plan
    assert not [r for r in ex.relations if r.extractor == "attended_events"]


def test_extractors_english_an_essay_citing_a_congress_is_no_report_of_it(extract_text) -> None:
    filler = " ".join(f"Cooperation grew in area number {n} over the decade." for n in range(12))
    ex = extract_text(
        "Study the Spirit of the 20th National Congress of the Party\n\n"
        "China's diplomacy has advanced since the 20th National Congress of the Party. " + filler + "\n\n"
        "Maria Lopez, an economist at the University of Chile, said cooperation would grow."
    )
    assert not [f for f in _facts(ex) if f[0] == "Maria Lopez" and f[1] == "participatedIn"]


def test_extractors_english_name_edges_after_places_and_sentence_adverbs(extract_text) -> None:
    ex = extract_text(
        "Peru hosted in Lima the APEC Economic Leaders' Meeting. Especially Lima Metro Line 2 drew bids, and "
        "the Plan on Jointly Promoting the Belt and Road Initiative was signed. China Gezhouba Group is "
        "building the Tamana Industrial Estate in Trinidad and Tobago."
    )
    ents = _entities(ex)
    assert "APEC Economic Leaders' Meeting" in ents and not [n for n in ents if n.startswith("Lima the")]
    assert "Lima Metro Line 2" in ents and not [n for n in ents if n.startswith("Especially")]
    assert "Plan on Jointly Promoting the Belt and Road Initiative" in ents
    assert ents.get("Tamana Industrial Estate") is C.PROJECT


def test_extractors_english_wire_bylines_and_credits(extract_text) -> None:
    ex = extract_text(
        "Peru and China sign port accords\n\nBy Rosa Quintana and Li Na\n\n"
        "LIMA, May 3 - Officials of both countries signed four accords on Friday, the ministry said in a "
        "statement.\n\n(Reporting by Rosa Quintana in Lima and Li Na in Beijing; Editing by Tom Hogue)"
    )
    people = {e.name: e.role for e in ex.entities if e.cls is C.PERSON}
    assert {"Rosa Quintana", "Li Na", "Tom Hogue"} <= set(people)
    assert people["Tom Hogue"] == "editor"
    ex = extract_text("The bridge was built by China Railway and opened by President Ruiz in a ceremony.")
    assert not [e for e in ex.entities if e.cls is C.PERSON and e.name.startswith("China")]


def test_extractors_english_works_between_or_named_after_two_countries(extract_text) -> None:
    ex = extract_text(
        "The report reviews what Chinese firms have built across the region over the past decade. "
        "Delegates discussed the Jama Tunnel between Bolivia and Paraguay, and the Chile-Argentina Mountain "
        "Railway. Panama offered land in the Colon Special Economic Zone."
    )
    facts = _facts(ex)
    assert _entities(ex).get("Jama Tunnel") is C.PROJECT
    assert {("Jama Tunnel", "locatedIn", "Bolivia"), ("Jama Tunnel", "locatedIn", "Paraguay")} <= facts
    assert {("Chile-Argentina Mountain Railway", "locatedIn", "Chile"),
            ("Chile-Argentina Mountain Railway", "locatedIn", "Argentina")} <= facts
    assert _entities(ex).get("Colon Special Economic Zone") is C.PROJECT


def test_extractors_english_countries_in_an_agreements_subject_are_no_parties(extract_text) -> None:
    from graph.extractors.relations import _subject_zone

    name = "Protocol on Requirements for the Export of Fresh Avocados from Colombia to China"
    zone = _subject_zone(name)
    assert zone is not None and zone[0] < name.index("Colombia") < zone[1]
    name = "Memorandum of Understanding on Trade between Peru and China"
    zone = _subject_zone(name)
    assert zone is not None and name.index("Peru") >= zone[1]  # the parties after "between"
    assert _subject_zone("中国与乌拉圭关于乌拉圭牛肉输华的议定书") == (6, len("中国与乌拉圭关于乌拉圭牛肉输华的议定书"))
    ex = extract_text(
        "In Managua the ministers signed the Protocol on Upgrading the China-Nicaragua Free Trade Agreement."
    )
    parties = {(s, o) for s, p, o in _facts(ex) if p == "party"}
    upgrade = "Protocol on Upgrading the China-Nicaragua Free Trade Agreement"
    assert {(upgrade, "China"), (upgrade, "Nicaragua")} <= parties  # a pair of countries names the parties


# --- ministries of two countries in one document -----------------------------------------------------


def test_extractors_english_a_ministry_is_named_with_its_country_last(extract_text) -> None:
    ex = extract_text(
        "Peru's Ministry of Energy and Mines welcomed the plan. The Bolivian Ministry of Hydrocarbons and Energy "
        "did not comment."
    )
    bodies = {e.name: e for e in ex.entities if e.cls is C.GOVERNMENT_BODY}
    assert set(bodies) == {"Ministry of Energy and Mines of Peru", "Ministry of Hydrocarbons and Energy of Bolivia"}
    assert "Peru's Ministry of Energy and Mines" in bodies["Ministry of Energy and Mines of Peru"].aliases
    bolivian = bodies["Ministry of Hydrocarbons and Energy of Bolivia"]
    assert "Bolivian Ministry of Hydrocarbons and Energy" in bolivian.aliases
    assert ("Ministry of Energy and Mines of Peru", "basedIn", "Peru") in _facts(ex)


def test_extractors_english_two_countries_ministries_of_one_name_stay_apart(extract_text) -> None:
    ex = extract_text(
        "Chile's Ministry of Foreign Affairs announced the visit on Monday. The Ministry of Foreign Affairs of "
        "China confirmed it. A spokesperson of the Ministry of Foreign Affairs gave no date."
    )
    bodies = sorted(e.name for e in ex.entities if e.cls is C.GOVERNMENT_BODY)
    assert bodies == ["Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Chile",
                      "Ministry of Foreign Affairs of China"]
    assert ("Ministry of Foreign Affairs of Chile", "basedIn", "China") not in _facts(ex)


def test_extractors_english_a_bare_ministry_name_joins_the_one_country_named(extract_text) -> None:
    ex = extract_text(
        "The Ministry of Transport of Colombia opened the tender. The Ministry of Transport said bids close in May."
    )
    assert [e.name for e in ex.entities if e.cls is C.GOVERNMENT_BODY] == ["Ministry of Transport of Colombia"]


def test_extractors_english_a_post_held_in_a_body_is_no_part_of_its_name(extract_text) -> None:
    ex = extract_text("Ana Torres, Permanent Secretary in the Ministry of Tourism of Jamaica, opened the session.")
    assert [e.name for e in ex.entities if e.cls is C.GOVERNMENT_BODY] == ["Ministry of Tourism of Jamaica"]
    assert ("Ana Torres", "affiliatedWith", "Ministry of Tourism of Jamaica") in _facts(ex)


def test_extractors_english_a_ministry_and_a_city_government_are_two_bodies(extract_text) -> None:
    ex = extract_text(
        "The forum was jointly hosted by Ministry of Transport and Shanghai Municipal People's Government. "
        "The Ministry of Science and Technology and the Ministry of Housing and Urban Development attended."
    )
    bodies = sorted(e.name for e in ex.entities if e.cls is C.GOVERNMENT_BODY)
    assert bodies == ["Ministry of Housing and Urban Development", "Ministry of Science and Technology",
                      "Ministry of Transport", "Shanghai Municipal People's Government"]


def test_extractors_english_dominican_in_a_text_on_dominica_is_dominica(extract_text) -> None:
    ex = extract_text("China handed machinery to Dominica. Dominican engineers will be trained in Roseau.")
    assert {e.name for e in ex.entities if e.cls is C.COUNTRY} == {"China", "Dominica"}
    ex = extract_text("Dominican officials met Chinese investors in Santo Domingo.")
    assert {e.name for e in ex.entities if e.cls is C.COUNTRY} == {"China", "Dominican Republic"}
    ex = extract_text("Dominica and the Dominican Republic sent Dominican delegates.")
    assert {e.name for e in ex.entities if e.cls is C.COUNTRY} == {"Dominica", "Dominican Republic"}


def test_extractors_english_dotted_names_with_hyphens_and_saints(extract_text) -> None:
    ex = extract_text(
        "Minister for Public Works and Ports Kelvar·St. Jean (Kelvar Augustus St. Jean) spoke. Permanent Secretary "
        "of the Ministry of Public Works Sherma·Dublin-Auguiste (Sherma Lucia Dublin-Auguiste) attended."
    )
    assert {e.name for e in ex.entities if e.cls is C.PERSON} == {
        "Kelvar Augustus St. Jean", "Sherma Lucia Dublin-Auguiste"}
    assert "Ministry of Public Works" in {e.name for e in ex.entities if e.cls is C.GOVERNMENT_BODY}


def test_extractors_english_a_headline_in_capitals_names_nothing_by_its_words(extract_text) -> None:
    ex = extract_text("BOLIVIA: LITHIUM CONTRACT STILL IN CONGRESS\n\nThe contract awaits a vote.")
    assert {e.cls for e in ex.entities} == {C.COUNTRY}


def test_extractors_english_home_of_firms_by_accented_names_and_units(extract_text) -> None:
    ex = extract_text(
        "Chinalco said its subsidiary Minera Chinalco Perú S.A. got the permit. Zijin, through its Argentine "
        "unit Liex S.A., shipped lithium. The provincial miner Salta Minera Sociedad del Estado (SAMISE) holds 5%."
    )
    facts = _facts(ex)
    assert ("Minera Chinalco Perú S.A.", "basedIn", "Peru") in facts
    assert ("Liex S.A.", "basedIn", "Argentina") in facts
    assert "Salta Minera Sociedad del Estado" in {e.name for e in ex.entities if e.cls is C.COMPANY}


def test_extractors_english_visits_by_who_clauses_and_surnames(extract_text) -> None:
    ex = extract_text(
        "Premier Li Qiang met Uruguayan President Laura Méndez Silva, who is on a state visit to China, in "
        "Beijing. He recalled that during Méndez Silva's first official visit to China in May 2019, the two "
        "sides signed an agreement. Later, Silva's working visit to Japan was mentioned."
    )
    events = {e.name for e in ex.entities if e.cls is C.EVENT}
    assert "Laura Méndez Silva's state visit to China" in events
    assert "Laura Méndez Silva's May 2019 official visit to China" in events
    facts = _facts(ex)
    assert ("Laura Méndez Silva", "participatedIn", "Laura Méndez Silva's May 2019 official visit to China") in facts
    assert ("Laura Méndez Silva's state visit to China", "locatedIn", "China") in facts


def test_extractors_english_two_visitors_visits_stay_two_events(extract_text) -> None:
    ex = extract_text(
        "Premier Li Qiang met Brazilian President Luiz Inácio Lula da Silva, who is on a state visit to China. "
        "Last year Chilean President Gabriel Boric Font, who was on a state visit to China, met him too."
    )
    events = {e.name: e for e in ex.entities if e.cls is C.EVENT}
    assert set(events) == {
        "Luiz Inácio Lula da Silva's state visit to China", "Gabriel Boric Font's state visit to China"}
    assert all("state visit to China" in e.aliases for e in events.values())


def test_extractors_english_a_title_case_headline_verb_ends_no_name(extract_text) -> None:
    ex = extract_text(
        "Ambassador Zhou Ming Attends the Handover Ceremony of China-aided Road Machinery\n\n"
        "The machinery will serve the Windsor Park Sports Stadium and the Roseau Friendship Hospital."
    )
    names = {e.name: e.cls for e in ex.entities}
    assert names.get("Handover Ceremony of China-aided Road Machinery") is C.EVENT
    assert names.get("Windsor Park Sports Stadium") is C.PROJECT
    assert names.get("Roseau Friendship Hospital") is C.PROJECT
    assert not [n for n in names if "Attends" in n]


def test_extractors_english_home_by_province_or_city_with_the_country_named_far_away(extract_text) -> None:
    filler = " ".join(f"Officials discussed item {n} of the agenda at length." for n in range(10))
    ex = extract_text(
        "China and Argentina held a seminar on trade. " + filler + " The Hunan Provincial Department of "
        "Commerce and the University of Buenos Aires signed a letter of intent."
    )
    based = {(r.subject, r.object) for r in ex.relations if r.predicate.value == "basedIn"}
    names = {e.id: e.name for e in ex.entities}
    assert {(names[s], names[o]) for s, o in based} >= {
        ("Hunan Provincial Department of Commerce", "China"), ("University of Buenos Aires", "Argentina")}
    far = [r for r in ex.relations if r.predicate.value == "basedIn" and names[r.subject].startswith("Hunan")]
    assert far[0].context is not None  # the body's sentence is the evidence, the country's its context


def test_extractors_english_hosts_and_companions_take_part_in_the_visit(extract_text) -> None:
    ex = extract_text(
        "President Xi Jinping held talks with Chilean President Gabriel Boric Font, who is on a state visit to "
        "China, in Beijing. Trade minister Ana López Soto, who accompanied Boric on the visit, signed two "
        "agreements. Analyst Pedro Ruiz Díaz said exports would grow."
    )
    visit = "Gabriel Boric Font's state visit to China"
    facts = _facts(ex)
    assert {("Gabriel Boric Font", "participatedIn", visit), ("Xi Jinping", "participatedIn", visit),
            ("Ana López Soto", "participatedIn", visit)} <= facts
    assert ("Pedro Ruiz Díaz", "participatedIn", visit) not in facts


def test_extractors_english_builders_in_a_later_clause_and_lenders(extract_text) -> None:
    ex = extract_text(
        "She praised the Rio Lindo II-A Hydroelectric Project in the department of Olancho, which is being built "
        "by Sinohydro Corporation Limited, with financing from the Export-Import Bank of China. The Tela Port "
        "Project was built by China Harbour Engineering Company, and the Roatán Airport is run by Aeropuertos "
        "de Honduras S.A."
    )
    facts = _facts(ex)
    project = "Rio Lindo II-A Hydroelectric Project"
    assert {(project, "implementedBy", "Sinohydro Corporation"),
            (project, "implementedBy", "Export-Import Bank of China")} <= facts
    assert not [f for f in facts if f[0] == "Tela Port Project" and f[2] == "Export-Import Bank of China"]


def test_extractors_english_the_country_framing_a_sentence_is_where_its_firms_work(extract_text) -> None:
    ex = extract_text(
        "In Peru, China Three Gorges Corporation bought the Chaglla plant in 2019 and now operates it. "
        "In Chile, analysts expect more deals. In Brazil, Petrobras signed a contract with Sinopec."
    )
    facts = _facts(ex)
    assert ("China Three Gorges Corporation", "operatesIn", "Peru") in facts
    assert ("Sinopec", "operatesIn", "Brazil") in facts
    assert ("Petrobras", "operatesIn", "Brazil") not in facts  # a Brazilian firm at home


def test_extractors_english_works_framed_by_a_country_and_no_false_works(extract_text) -> None:
    ex = extract_text(
        "In Bolivia, China Railway Construction Corporation built the Montero-Bulo Bulo railway, which links "
        "the Santa Cruz farm belt with a urea plant. Ecuador's plant and animal health agency approved it."
    )
    projects = {e.name for e in ex.entities if e.cls is C.PROJECT}
    assert "Montero-Bulo Bulo railway" in projects
    assert not [p for p in projects if "farm" in p or p.startswith("Ecuador")]
    facts = _facts(ex)
    assert ("Montero-Bulo Bulo railway", "locatedIn", "Bolivia") in facts
    assert ("China Railway Construction Corporation", "operatesIn", "Bolivia") in facts


def test_extractors_english_signed_by_the_two_governments(extract_text) -> None:
    ex = extract_text(
        "China handed road machinery to Grenada on Monday. Grenada thanked China. The machinery is provided under "
        "the Agreement on Economic and Technical Cooperation signed by the two governments in 2023. China and "
        "Grenada will meet again."
    )
    facts = _facts(ex)
    assert {("Agreement on Economic and Technical Cooperation", "party", "China"),
            ("Agreement on Economic and Technical Cooperation", "party", "Grenada")} <= facts


def test_extractors_english_a_minister_works_at_the_ministry_of_the_portfolio(extract_text) -> None:
    ex = extract_text(
        "Guo Hai, Vice Minister of Commerce, and Ana Méndez Soto, Minister of Industry and Commerce of Panama, "
        "signed a memorandum between the Ministry of Commerce of the People's Republic of China and the Ministry "
        "of Industry and Commerce of Panama. Rosa Díaz Vera, Lead Trade Specialist at the Inter-American "
        "Development Bank (IDB), welcomed it."
    )
    facts = _facts(ex)
    assert ("Guo Hai", "affiliatedWith", "Ministry of Commerce of China") in facts
    assert ("Guo Hai", "affiliatedWith", "Ministry of Industry and Commerce of Panama") not in facts
    assert ("Rosa Díaz Vera", "affiliatedWith", "Inter-American Development Bank") in facts


def test_extractors_english_a_firm_called_later_by_its_own_word(extract_text) -> None:
    ex = extract_text(
        "Jiangxi Ganfeng Lithium Co., Ltd. will invest in Argentina. \"We are ready,\" Huang Jingwen, Ganfeng's "
        "vice president, said. Andes Power Corp. will supply the plant; power prices are low."
    )
    firms = {e.name: e for e in ex.entities if e.cls is C.COMPANY}
    assert "Ganfeng" in firms["Ganfeng Lithium"].aliases
    assert ("Huang Jingwen", "affiliatedWith", "Ganfeng Lithium") in _facts(ex)
    # "Andes" is a place word and "power" a common one: neither stands for its firm alone
    assert all(m.extractor != "short_forms" for e in firms.values() for m in e.mentions if m.text != "Ganfeng")


@pytest.mark.parametrize(
    "text",
    [
        "The ex-president Lula met Vice-Minister of Commerce Li Fei in Brasília.",
        "MINISTER OF FOREIGN AFFAIRS Wang Yi and Mr. Chen Jianfeng (Vice President of Shanghai Business School).",
        "Vice-president-elect Ana Gómez greeted Foreign Minister Mauro Vieira of Brazil and Premier Li Qiang.",
        "Presidential candidates and ministerial aides met; President2 is not a title, nor is Ministerio.",
        "Ambassador to Ecuador Cai Runguo, Secretary-General of the OAS, and Minister-Counsellor Zhou Hua spoke.",
    ],
)
def test_people_title_patterns_tried_at_title_words_find_what_a_full_scan_finds(text: str) -> None:
    from graph.extractors.people import TITLE_OF, TITLED, match_titled, title_starts

    starts = title_starts(text)
    assert [m.span() for m in match_titled(TITLED, text, starts)] == [m.span() for m in TITLED.finditer(text)]
    for pos in range(len(text)):
        full = TITLE_OF.search(text, pos)
        gated = next(match_titled(TITLE_OF, text, starts, pos), None)
        assert (gated.span() if gated else None) == (full.span() if full else None)


def test_extractors_english_members_named_after_the_organization(extract_text) -> None:
    ex = extract_text(
        "Yet the four members of the Pacific Alliance - Chile, Colombia, Mexico and Peru - never met on it. "
        "The member states of CARICOM: Jamaica, Guyana and Barbados, met in Lima with Ecuador."
    )
    members = {(s, o) for s, p, o in _facts(ex) if p == "memberOf"}
    assert {(c, "Pacific Alliance") for c in ("Chile", "Colombia", "Mexico", "Peru")} <= members
    assert {(c, "Caribbean Community") for c in ("Jamaica", "Guyana", "Barbados")} <= members
    assert not [m for m in members if m[0] == "Ecuador"]


def test_extractors_english_dotted_name_ending_in_spaced_words_before_brackets(extract_text) -> None:
    ex = extract_text(
        "Present were the Secretary of Infrastructure and Transport Óscar·Daniel Mejía(Óscar Daniel Mejía "
        "Zelaya) and the Secretary of Health Carla·Marisol Núñez said nothing."
    )
    people = {e.name: e for e in ex.entities if e.cls is C.PERSON}
    assert "Óscar Daniel Mejía Zelaya" in people
    assert "Óscar Daniel Mejía" in people["Óscar Daniel Mejía Zelaya"].aliases
    assert not [n for n in people if n.startswith("Carla Marisol Núñez said")]


def test_extractors_english_a_secretariat_of_a_portfolio_is_a_government_body(extract_text) -> None:
    ex = extract_text(
        "The ceremony was organized by the Secretariat of Health (SESAL) of Honduras and the Secretariat of "
        "Agriculture and Livestock, with the Secretariat of the Pacific Community as observer."
    )
    ents = _entities(ex)
    assert ents.get("Secretariat of Health") is C.GOVERNMENT_BODY
    assert ents.get("Secretariat of Agriculture and Livestock") is C.GOVERNMENT_BODY
    assert ents.get("Secretariat of the Pacific Community") is not C.GOVERNMENT_BODY


def test_extractors_english_a_firm_s_home_from_a_demonym_with_sector_words(extract_text) -> None:
    ex = extract_text(
        "The other 40 percent belongs to the Peruvian mining company Volcan Compania Minera. The terminal is "
        "operated by Terminal Norte Peru S.A., a subsidiary of Hong Kong-based Pacific Harbour Holdings Limited."
    )
    facts = _facts(ex)
    assert ("Volcan Compania Minera", "basedIn", "Peru") in facts
    assert not [f for f in facts if f[1] == "operatesIn" and f[2] == "Hong Kong"]


def test_extractors_english_state_media_list_of_officials_with_bodies_in_their_titles(extract_text) -> None:
    ex = extract_text(
        "Vice Chairman of the Standing Committee of the National People's Congress Zhou Ming, Chairwoman of "
        "the China Council for the Promotion of International Trade Liu Fang and Vice President for Countries "
        "of the Inter-American Development Bank Rosa Elena Paz attended the opening ceremony."
    )
    people = {e.name: e for e in ex.entities if e.cls is C.PERSON}
    assert {"Zhou Ming", "Liu Fang", "Rosa Elena Paz"} <= set(people)
    assert people["Liu Fang"].role == "Chairwoman of the China Council for the Promotion of International Trade"
    names = {e.name for e in ex.entities}
    assert not [n for n in names if n.endswith(("Zhou Ming", "Liu Fang")) and n not in people]
    facts = _facts(ex)
    assert ("Liu Fang", "affiliatedWith", "China Council for the Promotion of International Trade") in facts
    assert ("Rosa Elena Paz", "affiliatedWith", "Inter-American Development Bank") in facts


def test_extractors_english_a_country_word_inside_a_body_s_name_is_not_served(extract_text) -> None:
    ex = extract_text(
        "Guests included President of the Peru Chinese Association Wang Li and General Manager of Sino Harbour "
        "Company Ltd. Jamaica Branch Chen Bo, with Minister of Foreign Affairs of Jamaica Ana Grant."
    )
    represents = {(s, o) for s, p, o in _facts(ex) if p == "represents"}
    assert not [r for r in represents if r[0] in ("Wang Li", "Chen Bo") and r[1] != "China"]
    assert ("Ana Grant", "Jamaica") in represents


def test_extractors_english_a_parent_works_where_its_subsidiary_is(extract_text) -> None:
    ex = extract_text(
        "The port is run by Terminal Andino Peru S.A. (TAP), the local subsidiary of Hong Kong-based Pacific "
        "Harbour Holdings Limited. Zhongtian Mining Group Co., Ltd., through its Chilean subsidiary Minera Sur "
        "SpA, bought the mine."
    )
    facts = _facts(ex)
    assert ("Pacific Harbour Holdings Limited", "operatesIn", "Peru") in facts
    assert ("Zhongtian Mining Group Co., Ltd.", "operatesIn", "Chile") in facts
    assert not [f for f in facts if f[1] == "operatesIn" and f[2] == "Hong Kong"]


def test_extractors_english_a_secretariat_belongs_to_the_country_the_text_is_about(extract_text) -> None:
    ex = extract_text(
        "Mexico opened the clinic on Monday. The Secretariat of Health said Mexico would staff it, and Mexico "
        "thanked China for the equipment."
    )
    assert ("Secretariat of Health", "basedIn", "Mexico") in _facts(ex)
    ex = extract_text("The Secretariat of Health met Chile's and Peru's delegates in Lima and Santiago.")
    assert not [f for f in _facts(ex) if f[0] == "Secretariat of Health" and f[1] == "basedIn"]


def test_extractors_english_hosts_listed_with_short_forms_and_sub_forums(extract_text) -> None:
    ex = extract_text(
        "The Fifth China-LAC Investment Forum was jointly hosted by the China Council for the Promotion of "
        "International Trade (CCPIT), the "
        "People's Government of Hainan Province, the Inter-American Development Bank (IDB) and Chile Invest 2030. "
        "The China-LAC Digital Economy Sub-forum was hosted by the Ministry of Commerce."
    )
    facts = _facts(ex)
    hosts = {o for s, p, o in facts if p == "organizedBy" and s.endswith("Investment Forum")}
    assert {"China Council for the Promotion of International Trade", "People's Government of Hainan Province",
            "Inter-American Development Bank"} <= hosts
    assert "Chile" not in hosts
    assert ("China-LAC Digital Economy Sub-forum", "organizedBy", "Ministry of Commerce") in facts


def test_extractors_english_speakers_of_a_sub_forum_and_of_another_event(extract_text) -> None:
    ex = extract_text(
        "The Third China-LAC Trade Summit opened in Fuzhou on Monday. Minister of Trade of Peru Ana Soto and "
        "Vice Minister of Commerce Li Hua attended the opening ceremony and delivered speeches.\n\n"
        "In the afternoon, the China-LAC Fisheries Sub-forum was held. Minister of Fisheries of Chile Juan Vera "
        "attended the sub-forum and delivered a speech.\n\n"
        "Li Hua recalled the Second Ministerial Meeting of the China-CELAC Forum, whose opening ceremony "
        "President Xi Jinping attended. Since the 19th National Congress, President Xi Jinping has led reforms."
    )
    took_part = {(s, o) for s, p, o in _facts(ex) if p == "participatedIn"}
    summit, sub = "Third China-LAC Trade Summit", "China-LAC Fisheries Sub-forum"
    assert {("Ana Soto", summit), ("Li Hua", summit), ("Juan Vera", sub)} <= took_part
    assert ("Juan Vera", summit) not in took_part
    assert ("Xi Jinping", "Second Ministerial Meeting of the China-CELAC Forum") in took_part
    assert not [t for t in took_part if t[0] == "Xi Jinping" and "Congress" in t[1]]


def test_extractors_english_officials_of_the_country_a_wire_is_about(extract_text) -> None:
    ex = extract_text(
        "LIMA, May 2 - Peru renewed its swap line, Peru's central bank said. Economy Minister Rosa Vidal said "
        "the loan would help. \"It is a good deal,\" Pedro Alva, the bank's president, told reporters. Peru "
        "expects growth, and President Carlos Ruiz will travel. Peru will also borrow from the IDB. Vidal spoke "
        "at the Economy Ministry. US Secretary of State John Hale criticised the deal."
    )
    facts = _facts(ex)
    people = {e.name for e in ex.entities if e.cls is C.PERSON}
    assert "Pedro Alva" in people
    assert {("Rosa Vidal", "represents", "Peru"), ("Carlos Ruiz", "represents", "Peru")} <= facts
    assert ("Rosa Vidal", "affiliatedWith", "Economy Ministry") in facts
    assert not [f for f in facts if f[0] == "John Hale" and f[1] == "represents" and f[2] == "Peru"]


def test_extractors_english_a_post_owned_by_a_country_then_the_name(extract_text) -> None:
    ex = extract_text(
        "The port was opened by Chile's then president, Rosa Marín Vega, and Brazil's foreign minister, "
        "Paulo Dias, said the company's chief executive, Ana Ruiz, would attend."
    )
    people = {e.name: e for e in ex.entities if e.cls is C.PERSON}
    assert {"Rosa Marín Vega", "Paulo Dias", "Ana Ruiz"} <= set(people)
    facts = _facts(ex)
    assert {("Rosa Marín Vega", "represents", "Chile"), ("Paulo Dias", "represents", "Brazil")} <= facts


def test_extractors_english_an_agreement_of_cooperation_between_governments_holds_no_body(extract_text) -> None:
    ex = extract_text(
        "The hospital is a fruit of the Agreement of Economic and Technical Cooperation between the Government "
        "of the People's Republic of China and the Government of the Republic of Panama, signed in 2019."
    )
    ents = _entities(ex)
    assert [n for n, c in ents.items() if c is C.AGREEMENT and n.startswith("Agreement of Economic")]
    assert not [n for n, c in ents.items() if c is C.GOVERNMENT_BODY and "Cooperation between" in n]
