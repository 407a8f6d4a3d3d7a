"""Arabic and Chinese extractors on short hand-written sentences of the genre, traps included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.records import EntityClass as C

DATA = Path(__file__).parent / "data" / "ar_zh"


@pytest.fixture
def ar(extract_text):
    return lambda text: extract_text(text, "ar")


@pytest.fixture
def zh(extract_text):
    return lambda text: extract_text(text, "zh")


def _entities(ex) -> dict[str, C]:
    return {e.name: e.cls for e in ex.entities}


def _names(ex, cls: C) -> set[str]:
    return {e.name for e in ex.entities if e.cls is cls}


def _facts(ex) -> set[tuple[str, str, str]]:
    names = {e.id: e.name for e in ex.entities}
    return {(names[r.subject], r.predicate.value, names[r.object]) for r in ex.relations}


def _isos(ex) -> set[str]:
    return {e.iso_code for e in ex.entities if e.cls is C.COUNTRY and e.iso_code}


# --- Arabic: countries and regions ----------------------------------------------------------------


def test_extractors_ar_zh_arabic_demonyms_are_the_country(ar) -> None:
    ex = ar("أشاد المسؤولون الصينيون بالتعاون مع الشركات البرازيلية والأرجنتينية في قطاع الطاقة.")
    assert _isos(ex) == {"CN", "BR", "AR"}


def test_extractors_ar_zh_arabic_latin_america_is_a_region_not_a_country(ar) -> None:
    ex = ar("تتعاون دول أمريكا اللاتينية ومنطقة البحر الكاريبي مع دول أميركا الجنوبية.")
    assert not [e for e in ex.entities if e.cls is C.COUNTRY]


def test_extractors_ar_zh_arabic_clitics_and_egyptian_spelling(ar) -> None:
    ex = ar("وصل الرئيس الصينى إلى البرازيل، ثم توجه وللأرجنتين بعد زيارته بالمكسيك.")
    assert _isos(ex) == {"CN", "BR", "AR", "MX"}


def test_extractors_ar_zh_arabic_text_passes_through_intact(ar) -> None:
    text = "وقّعت وزارةُ التجارة الصينية مذكرة تفاهم مع البرازيل."
    ex = ar(text)
    for e in ex.entities:
        for m in e.mentions:
            assert ex.document.text[m.start : m.end] == m.text


# --- Arabic: names by head noun -------------------------------------------------------------------


def test_extractors_ar_zh_arabic_ministry_with_its_country(ar) -> None:
    ex = ar("أعلنت وزارة الخارجية البرازيلية أمس عن زيارة رسمية.")
    assert _entities(ex).get("وزارة الخارجية البرازيلية") is C.GOVERNMENT_BODY
    assert ("وزارة الخارجية البرازيلية", "basedIn", "Brazil") in _facts(ex)


def test_extractors_ar_zh_arabic_known_firm_after_company_word(ar) -> None:
    ex = ar("افتتحت شركة هواوي الصينية مركزا جديدا في المكسيك.")
    assert _entities(ex).get("Huawei") is C.COMPANY


def test_extractors_ar_zh_arabic_a_chinese_company_is_no_name(ar) -> None:
    ex = ar("وقعت شركة صينية كبرى عقدا مع الحكومة البيروفية، وشاركت الشركات الصينية في المعارض الدولية.")
    assert not [e for e in ex.entities if e.cls in (C.COMPANY, C.EVENT)]


def test_extractors_ar_zh_arabic_fairs_and_forums(ar) -> None:
    ex = ar(
        "شاركت الوفود في معرض البرازيل الدولي للزراعة ومنتدى التعاون الاقتصادي بين الصين ومنطقة البحر "
        "الكاريبي، والمؤتمر العالمي للطاقة النظيفة."
    )
    events = _names(ex, C.EVENT)
    assert {
        "معرض البرازيل الدولي للزراعة",
        "منتدى التعاون الاقتصادي بين الصين ومنطقة البحر الكاريبي",
        "المؤتمر العالمي للطاقة النظيفة",
    } <= events


def test_extractors_ar_zh_arabic_committee_without_a_proper_word_is_no_name(ar) -> None:
    ex = ar("سنستفيد من اللجنة المشتركة رفيعة المستوى ولجنة التنسيق والتعاون.")
    assert not [e for e in ex.entities if e.cls is C.GOVERNMENT_BODY]


def test_extractors_ar_zh_arabic_initiatives_singular_and_plural(ar) -> None:
    ex = ar('تنفذ الصين مبادرات التنمية العالمية وتعزز التعاون في إطار مبادرة "الحزام والطريق".')
    inits = _names(ex, C.INITIATIVE)
    assert {"Global Development Initiative", "Belt and Road Initiative"} <= inits


def test_extractors_ar_zh_arabic_international_organizations(ar) -> None:
    ex = ar("تعمل الدول معا في منظمة التجارة العالمية وصندوق النقد الدولي ومجموعة العشرين.")
    ios = _names(ex, C.INTERNATIONAL_ORGANIZATION)
    assert {"World Trade Organization", "International Monetary Fund", "G20"} <= ios


def test_extractors_ar_zh_arabic_agreement_and_project(ar) -> None:
    ex = ar(
        "وقعت الأرجنتين وبوليفيا اتفاقية التجارة الحرة بين الأرجنتين وبوليفيا، ثم أطلقتا مشروع سكة حديد الأنديز الدولي."
    )
    assert "اتفاقية التجارة الحرة بين الأرجنتين وبوليفيا" in _names(ex, C.AGREEMENT)
    assert ("اتفاقية التجارة الحرة بين الأرجنتين وبوليفيا", "party", "Bolivia") in _facts(ex)


# --- Arabic: people -------------------------------------------------------------------------------


def test_extractors_ar_zh_arabic_person_after_title_represents_the_country(ar) -> None:
    ex = ar("التقى الرئيس الصيني شي جين بينغ سلسلة من القادة، وقال وزير الخارجية البرازيلي ماورو فييرا إن التعاون مهم.")
    people = _names(ex, C.PERSON)
    assert {"شي جين بينغ", "ماورو فييرا"} <= people
    facts = _facts(ex)
    assert ("شي جين بينغ", "represents", "China") in facts
    assert ("ماورو فييرا", "represents", "Brazil") in facts


def test_extractors_ar_zh_arabic_bylines(ar) -> None:
    ex = ar("المحرر المسؤول: سامي عبد الله تاريخ النشر: 3 مايو\n\nترجمة: ليلى حسن")
    people = _names(ex, C.PERSON)
    assert {"سامي عبد الله", "ليلى حسن"} <= people


def test_extractors_ar_zh_arabic_spokesperson_of_a_ministry(ar) -> None:
    ex = ar("قالت المتحدثة باسم وزارة الخارجية الصينية ماو نينغ إن الصين تدعم التعاون.")
    facts = _facts(ex)
    assert ("ماو نينغ", "affiliatedWith", "Ministry of Foreign Affairs of China") in facts
    assert ("ماو نينغ", "represents", "China") in facts


# --- Arabic: relations ----------------------------------------------------------------------------


def test_extractors_ar_zh_arabic_sponsored_event(ar) -> None:
    ex = ar("افتتح منتدى الأعمال الصيني البرازيلي الأول برعاية وزارة التجارة الصينية.")
    assert ("منتدى الأعمال الصيني البرازيلي الأول", "organizedBy", "Ministry of Commerce of China") in _facts(ex)


def test_extractors_ar_zh_arabic_event_held_in_a_country(ar) -> None:
    ex = ar("عقدت القمة الصينية العربية الأولى في السعودية بحضور القادة.")
    assert ("القمة الصينية العربية الأولى", "locatedIn", "Saudi Arabia") in _facts(ex)


def test_extractors_ar_zh_arabic_fair_named_after_its_host(ar) -> None:
    ex = ar("تشارك بيرو في معرض الصين الدولي للطيران هذا العام.")
    assert ("معرض الصين الدولي للطيران", "locatedIn", "China") in _facts(ex)


def test_extractors_ar_zh_known_fair_is_the_gazetteer_node(ar) -> None:
    ex = ar("تشارك بيرو في معرض الصين الدولي للاستيراد هذا العام.")
    assert ("China International Import Expo", "locatedIn", "China") in _facts(ex)


def test_extractors_ar_zh_arabic_joined_the_belt_and_road(ar) -> None:
    ex = ar("انضمت الأرجنتين إلى مبادرة الحزام والطريق في عام 2022.")
    assert ("Argentina", "joined", "Belt and Road Initiative") in _facts(ex)


def test_extractors_ar_zh_arabic_subject_organizes_listed_events(ar) -> None:
    ex = ar("تواصل الصين تنظيم الفعاليات مثل: منتدى التعاون الزراعي بين الصين وأمريكا اللاتينية.")
    assert ("منتدى التعاون الزراعي بين الصين وأمريكا اللاتينية", "organizedBy", "China") in _facts(ex)


# --- Chinese: countries and traps -----------------------------------------------------------------


def test_extractors_ar_zh_chinese_countries_and_sides(zh) -> None:
    ex = zh("中方愿同巴西、阿根廷和墨西哥深化合作。")
    assert _isos(ex) == {"CN", "BR", "AR", "MX"}


def test_extractors_ar_zh_chinese_latin_america_is_no_country(zh) -> None:
    ex = zh("拉美和加勒比国家积极参与，拉丁美洲的发展前景广阔。")
    assert not [e for e in ex.entities if e.cls is C.COUNTRY]


@pytest.mark.parametrize(
    "text",
    [
        "两国将在沿海地区共建物流园。",
        "上海地铁运营良好。",
        "采用集中方式采购设备。",
        "广大发展中国家支持多边主义。",
        "在合作中共同发展，在发展中共享成果。",
    ],
)
def test_extractors_ar_zh_chinese_country_names_inside_words_are_no_country(zh, text) -> None:
    ex = zh(text)
    assert not [e for e in ex.entities if e.cls in (C.COUNTRY, C.ORGANIZATION)], _entities(ex)


def test_extractors_ar_zh_chinese_bank_of_china_is_a_company_not_china(zh) -> None:
    ex = zh("中国银行为该项目提供贷款。")
    assert _entities(ex).get("Bank of China") is C.COMPANY
    bank = next(e for e in ex.entities if e.name == "Bank of China")
    assert all(m.text != "中国" for m in bank.mentions)


def test_extractors_ar_zh_chinese_development_bank_is_a_government_body(zh) -> None:
    ex = zh("国家开发银行与厄瓜多尔签署了贷款协议。")
    assert _entities(ex).get("China Development Bank") is C.GOVERNMENT_BODY


# --- Chinese: names by head word ------------------------------------------------------------------


def test_extractors_ar_zh_chinese_foreign_ministry_and_listed_portfolios(zh) -> None:
    ex = zh("会议期间，秘鲁外交部与智利公共工程、交通和通信部举行了会谈。")
    govs = _names(ex, C.GOVERNMENT_BODY)
    assert {"秘鲁外交部", "智利公共工程、交通和通信部"} <= govs


def test_extractors_ar_zh_chinese_words_ending_like_heads_are_no_names(zh) -> None:
    ex = zh("中拉关系形成新格局，双方干部在西部地区部署了有关工作，该项目进展顺利。")
    assert not [e for e in ex.entities if e.cls in (C.GOVERNMENT_BODY, C.PROJECT)], _entities(ex)


def test_extractors_ar_zh_chinese_companies(zh) -> None:
    ex = zh("中国电建与智利国家铜业公司签约，比亚迪巴西分公司也参加了活动。")
    cos = _names(ex, C.COMPANY)
    assert "比亚迪巴西分公司" in cos
    assert "智利国家铜业公司" in cos or "Codelco" in cos


def test_extractors_ar_zh_chinese_a_country_and_a_generic_head_is_no_name(zh) -> None:
    ex = zh("多家巴西公司和中资企业参与了秘鲁铁路项目的招标。")
    assert not [e for e in ex.entities if e.cls in (C.COMPANY, C.PROJECT)], _entities(ex)


def test_extractors_ar_zh_chinese_event_with_its_body_nested(zh) -> None:
    ex = zh("外交部长王毅出席中国—拉共体论坛第四届部长级会议开幕式。")
    assert "中国—拉共体论坛第四届部长级会议" in _names(ex, C.EVENT)
    assert ("中国—拉共体论坛第四届部长级会议", "organizedBy", "China-CELAC Forum") in _facts(ex)


def test_extractors_ar_zh_chinese_agreement_in_book_title_marks(zh) -> None:
    ex = zh("两国签署了《中华人民共和国政府和乌拉圭东岸共和国政府关于经济技术合作的协定》。")
    name = "中华人民共和国政府和乌拉圭东岸共和国政府关于经济技术合作的协定"
    assert name in _names(ex, C.AGREEMENT)
    assert {(name, "party", "China"), (name, "party", "Uruguay")} <= _facts(ex)


def test_extractors_ar_zh_chinese_project_and_initiative(zh) -> None:
    ex = zh("由中国港湾承建的牙买加南北高速公路是“一带一路”倡议的重要成果。")
    assert "牙买加南北高速公路" in _names(ex, C.PROJECT)
    assert "Belt and Road Initiative" in _names(ex, C.INITIATIVE)
    facts = _facts(ex)
    assert ("牙买加南北高速公路", "implementedBy", "China Harbour Engineering Company") in facts
    assert ("牙买加南北高速公路", "locatedIn", "Jamaica") in facts


def test_extractors_ar_zh_chinese_partnership(zh) -> None:
    ex = zh("中国同乌拉圭关系提升为全面战略伙伴关系。")
    assert "全面战略伙伴关系" in _names(ex, C.AGREEMENT)


# --- Chinese: people ------------------------------------------------------------------------------


def test_extractors_ar_zh_chinese_people_after_titles(zh) -> None:
    ex = zh("国家主席习近平会见巴西总统卢拉，外交部长王毅参加会见。中方愿同巴方深化合作。")
    assert {"习近平", "卢拉", "王毅"} <= _names(ex, C.PERSON)
    facts = _facts(ex)
    assert ("习近平", "represents", "China") in facts
    assert ("卢拉", "represents", "Brazil") in facts


def test_extractors_ar_zh_chinese_title_names_the_ministry(zh) -> None:
    ex = zh("中国外交部长王毅表示，中方支持拉美一体化。")
    facts = _facts(ex)
    assert ("王毅", "affiliatedWith", "Ministry of Foreign Affairs of China") in facts
    assert ("王毅", "represents", "China") in facts


def test_extractors_ar_zh_chinese_transliterated_names_and_later_mentions(zh) -> None:
    ex = zh("智利总统加夫列尔·博里奇出席开幕式。博里奇表示，智利欢迎中国投资。")
    boric = next(e for e in ex.entities if e.cls is C.PERSON)
    assert boric.name == "加夫列尔·博里奇" and len(boric.mentions) == 2


def test_extractors_ar_zh_chinese_name_before_title_and_bylines(zh) -> None:
    ex = zh("新华社北京5月13日电（记者张伟、李娜）王毅外长会见了到访的古巴外长。")
    people = _names(ex, C.PERSON)
    assert {"张伟", "李娜", "王毅"} <= people
    assert ("张伟", "affiliatedWith", "Xinhua News Agency") in _facts(ex)


# --- Chinese: relations ---------------------------------------------------------------------------


def test_extractors_ar_zh_chinese_hosted_and_held_in(zh) -> None:
    ex = zh("第五届中拉基础设施合作论坛由中国对外承包工程商会主办，12日在澳门开幕。")
    facts = _facts(ex)
    event = "第五届中拉基础设施合作论坛"
    assert (event, "organizedBy", "China International Contractors Association") in facts


def test_extractors_ar_zh_chinese_joined_belt_and_road(zh) -> None:
    ex = zh("尼加拉瓜于2022年正式加入“一带一路”倡议。")
    assert ("Nicaragua", "joined", "Belt and Road Initiative") in _facts(ex)


def test_extractors_ar_zh_chinese_signed_between_two_bodies(zh) -> None:
    ex = zh("中国进出口银行与阿根廷经济部签署了《贷款协议》。")
    facts = _facts(ex)
    assert ("贷款协议", "party", "Export-Import Bank of China") in facts
    assert ("贷款协议", "party", "阿根廷经济部") in facts


def test_extractors_ar_zh_chinese_expo_held_in_china(zh) -> None:
    ex = zh("哥伦比亚企业积极参加第八届中国国际进口博览会。")
    assert ("第八届中国国际进口博览会", "locatedIn", "China") in _facts(ex)
    assert ("Colombia", "participatedIn", "第八届中国国际进口博览会") in _facts(ex)


# --- one graph for all languages ------------------------------------------------------------------


def test_extractors_ar_zh_one_node_per_country_in_every_language(tmp_path) -> None:
    from graph.build import build

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ar.txt").write_text(
        "أعلنت وزارة الخارجية البرازيلية أن البرازيل ستستضيف منتدى التعاون بين الصين والبرازيل. "
        "وقال الرئيس الصيني شي جين بينغ إن الصين تدعم التعاون مع البرازيل في جميع المجالات.",
        encoding="utf-8",
    )
    (docs / "zh.txt").write_text(
        "国家主席习近平会见巴西总统卢拉。习近平表示，中国愿同巴西深化全面战略伙伴关系，推动中巴合作不断发展。",
        encoding="utf-8",
    )
    (docs / "en.txt").write_text(
        "Brazilian President Lula met Chinese President Xi Jinping in Beijing. Brazil and China signed "
        "several cooperation agreements during the visit.",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build([docs], out, render=False)
    import rdflib

    g = rdflib.Graph()
    g.parse(out / "graph.ttl", format="turtle")
    clkg = rdflib.Namespace("https://w3id.org/clkg/ontology#")
    brazil = [s for s in g.subjects(clkg.isoCode, rdflib.Literal("BR"))]
    assert len(brazil) == 1
    labels = {
        (str(o), getattr(o, "language", None))
        for p in (rdflib.RDFS.label, rdflib.SKOS.altLabel, rdflib.SKOS.prefLabel)
        for o in g.objects(brazil[0], p)
    }
    assert ("البرازيل", "ar") in labels and ("巴西", "zh") in labels and ("Brazil", "en") in labels
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    assert '"البرازيل"@ar' in ttl and '"巴西"@zh' in ttl
    assert len(list(g.subjects(clkg.isoCode, rdflib.Literal("CN")))) == 1


# --- the hand-written Chinese documents -----------------------------------------------------------


def test_extractors_ar_zh_chinese_documents_score_against_their_gold() -> None:
    from graph.evaluate import evaluate

    report = evaluate(DATA / "gold", DATA)
    micro = report["micro"]
    ents = micro["entities_lenient"]
    assert ents["precision"] >= 0.85 and ents["f1"] >= 0.8
    assert micro["relations"]["precision"] >= 0.8


def test_extractors_ar_zh_gold_files_name_their_documents() -> None:
    for gold in sorted((DATA / "gold").glob("*.json")):
        data = json.loads(gold.read_text(encoding="utf-8"))
        assert (DATA / data["doc"]).exists() and data["language"] == "zh"


@pytest.mark.parametrize(
    ("han", "latin"),
    [("习近平", "Xi Jinping"), ("王毅", "Wang Yi"), ("曾庆红", "Zeng Qinghong"), ("单霁翔", "Shan Jixiang"),
     ("欧阳修", "Ouyang Xiu"), ("吕宋", "Lü Song"), ("张", None), ("中华人民共和国", None), ("Xi", None)],
)
def test_romanize_zh_pinyin_name_reads_surnames_as_surnames(han: str, latin: str | None) -> None:
    from graph.extractors.romanize_zh import pinyin_name

    assert pinyin_name(han) == latin


def test_names_zh_people_get_their_pinyin_as_an_alias(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("外交部长王毅在北京会见了阿根廷外长。\n", "zh")
    wang = next(e for e in ex.entities if e.name == "王毅")
    assert "Wang Yi" in wang.aliases


# --- Chinese: reports of other publishers ---------------------------------------------------------


def test_extractors_ar_zh_colon_title_does_not_cross_another_name(zh) -> None:
    ex = zh("陆慷：中拉论坛第二届部长级会议是论坛部长级会议首次在拉美举行。")
    events = _names(ex, C.EVENT)
    assert "中拉论坛第二届部长级会议" in events
    assert not [e for e in events if "是" in e]


def test_extractors_ar_zh_about_n_km_north_is_not_nato(zh) -> None:
    ex = zh("这座港口位于秘鲁首都利马以北约80公里处。北约秘书长发表讲话。")
    assert len([e for e in ex.entities if e.cls is C.INTERNATIONAL_ORGANIZATION]) == 1
    assert _isos(ex) == {"PE"}


def test_extractors_ar_zh_counters_and_listed_are_no_part_of_a_firm(zh) -> None:
    ex = zh("2019年，三峡集团控股上市公司长江电力收购秘鲁一家电力公司和两家秘鲁子公司。")
    companies = _names(ex, C.COMPANY)
    assert not [c for c in companies if "上市" in c or "一家" in c or "子公司" in c], companies


def test_extractors_ar_zh_descriptive_noun_before_a_firm_name(zh) -> None:
    ex = zh("中国电建与智利能源企业科尔布恩公司签署合同。")
    assert "科尔布恩公司" in _names(ex, C.COMPANY)
    assert ("科尔布恩公司", "basedIn", "Chile") in _facts(ex)


def test_extractors_ar_zh_port_opening_is_no_port(zh) -> None:
    ex = zh("秘鲁钱凯港宣布“开港”，习近平出席钱凯港开港仪式。")
    projects = _names(ex, C.PROJECT)
    assert "开港" not in projects and "钱凯港开港" not in projects
    ports = [e for e in ex.entities if e.cls is C.PROJECT and "钱凯港" in (e.name, *e.aliases)]
    assert len(ports) == 1  # "秘鲁钱凯港" and "钱凯港": one port


def test_extractors_ar_zh_former_post_words_end_the_body(zh) -> None:
    ex = zh("时任商务部部长高虎城出席签字仪式。")
    assert ("高虎城", "affiliatedWith", "Ministry of Commerce of China") in _facts(ex)
    assert not [n for n in _names(ex, C.GOVERNMENT_BODY) if "时任" in n]


def test_extractors_ar_zh_foreign_name_before_a_leaders_title(zh) -> None:
    ex = zh("去年习近平主席同博鲁阿尔特总统共同出席开港仪式。比斯卡拉总统在听了介绍之后表示支持。")
    people = _names(ex, C.PERSON)
    assert {"博鲁阿尔特", "比斯卡拉"} <= people
    assert not [p for p in people if "同" in p or "总统" in p]


def test_extractors_ar_zh_name_ends_before_adverbs_and_invitations(zh) -> None:
    ex = zh("应萨尔瓦多外交部长马丁内斯邀请，新开发银行行长、巴西前总统迪尔玛·罗塞夫多次表示支持。")
    people = _names(ex, C.PERSON)
    assert {"马丁内斯", "迪尔玛·罗塞夫"} <= people
    facts = _facts(ex)
    assert ("马丁内斯", "represents", "El Salvador") in facts
    assert ("迪尔玛·罗塞夫", "represents", "Brazil") not in facts  # a former president speaks for it no more


def test_extractors_ar_zh_country_in_a_project_name_in_a_title_is_not_represented(zh) -> None:
    ex = zh("中远海运港口秘鲁钱凯码头总经理陈铿介绍了项目进展。")
    assert "陈铿" in _names(ex, C.PERSON)
    assert not [f for f in _facts(ex) if f[0] == "陈铿" and f[1] == "represents"]


def test_extractors_ar_zh_author_with_post_in_brackets(zh) -> None:
    ex = zh("陈思远（中国社会科学院拉丁美洲研究所副研究员）")
    assert "陈思远" in _names(ex, C.PERSON)
    facts = _facts(ex)
    assert any(f[0] == "陈思远" and f[1] == "affiliatedWith" for f in facts), facts


def test_extractors_ar_zh_body_inside_a_known_longer_name(zh) -> None:
    ex = zh("中国社会科学院拉丁美洲研究所阿根廷研究中心秘书长林华接受采访。")
    assert "Chinese Academy of Social Sciences" in _entities(ex)
    facts = _facts(ex)
    assert not [f for f in facts if f[1] == "basedIn" and f[2] == "Argentina"]  # a centre that studies Argentina


def test_extractors_ar_zh_branch_is_based_where_it_is(zh) -> None:
    ex = zh("该项目由中国银行智利分行提供融资。")
    assert ("中国银行智利分行", "basedIn", "Chile") in _facts(ex)
    assert ("中国银行智利分行", "basedIn", "China") not in _facts(ex)


def test_extractors_ar_zh_policy_bank_with_china_before_it(zh) -> None:
    ex = zh("中国国家开发银行代表团同业主签署了融资文件。中国银行和中国工商银行参加银团。")
    ents = _entities(ex)
    assert ents.get("China Development Bank") is C.GOVERNMENT_BODY
    assert ents.get("Bank of China") is C.COMPANY
    assert "China" not in ents or ents["China"] is C.COUNTRY


def test_extractors_ar_zh_venue_is_no_organization_or_event(zh) -> None:
    ex = zh("国家主席习近平在国家会议中心出席开幕式。")
    assert not [n for n in _entities(ex) if "会议" in n]


def test_extractors_ar_zh_pair_before_a_dash_is_no_body(zh) -> None:
    ex = zh("中国—拉美和加勒比国家共同体论坛第四届部长级会议在北京举行。")
    names = _entities(ex)
    assert "中国—拉美和加勒比国家共同体" not in names
    assert names.get("Community of Latin American and Caribbean States") is C.INTERNATIONAL_ORGANIZATION


def test_extractors_ar_zh_pair_abbreviation_names_the_parties(zh) -> None:
    ex = zh("秘鲁外长表示，愿推进中秘自由贸易协定升级议定书实施。中国愿同秘鲁深化合作。")
    agreements = _names(ex, C.AGREEMENT)
    assert {"中秘自由贸易协定升级议定书", "中秘自由贸易协定"} <= agreements
    facts = _facts(ex)
    assert ("中秘自由贸易协定", "party", "Peru") in facts and ("中秘自由贸易协定", "party", "China") in facts


def test_extractors_ar_zh_pair_abbreviation_needs_one_partner(zh) -> None:
    # "中巴" could be Brazil or Pakistan: with both in the document, no party is guessed.
    ex = zh("巴西和巴基斯坦代表出席。中巴全面战略伙伴关系不断发展。")
    assert not [f for f in _facts(ex) if f[1] == "party"]


def test_extractors_ar_zh_two_ministries_of_a_pair_are_no_body(zh) -> None:
    ex = zh("华春莹与卡斯特罗共同主持中秘外交部第十二轮政治磋商。")
    assert "中秘外交部" not in _entities(ex)
    assert "中秘外交部第十二轮政治磋商" in _names(ex, C.EVENT)


def test_extractors_ar_zh_book_title_with_bracketed_subtitle(zh) -> None:
    ex = zh("双方签署了《中华人民共和国商务部与巴西工业外贸和服务部关于服务贸易合作的谅解备忘录（两年行动计划）》。")
    assert [a for a in _names(ex, C.AGREEMENT) if a.startswith("中华人民共和国商务部与巴西")]


def test_extractors_ar_zh_held_at_before_the_event(zh) -> None:
    ex = zh("金砖国家第七次经贸部长会议期间双方会谈。2016年，在澳门举行的中葡论坛第五届部长级会议期间签署了备忘录。")
    facts = _facts(ex)
    assert ("中葡论坛第五届部长级会议", "locatedIn", "Macao") in facts
    assert not [f for f in facts if f[0].startswith("金砖") and f[1] == "locatedIn"]


def test_extractors_ar_zh_project_said_to_lie_in_a_country(zh) -> None:
    ex = zh("双方签署圣安娜光伏储能电站项目总承包合同。该项目位于智利北部安托法加斯塔大区。")
    assert ("圣安娜光伏储能电站", "locatedIn", "Chile") in _facts(ex) or (
        "圣安娜光伏储能电站项目", "locatedIn", "Chile"
    ) in _facts(ex)


def test_extractors_ar_zh_listed_banks_in_listed_countries(zh) -> None:
    ex = zh("中国工商银行、中国银行等商业银行也在巴西、阿根廷、秘鲁等国设立了分支机构。")
    facts = _facts(ex)
    for bank in ("Industrial and Commercial Bank of China", "Bank of China"):
        for country in ("Brazil", "Argentina", "Peru"):
            assert (bank, "operatesIn", country) in facts, (bank, country)
    assert not [f for f in facts if f[1] == "operatesIn" and f[2] == "China"]


def test_extractors_ar_zh_latin_american_countries_is_no_country(zh) -> None:
    ex = zh("拉美国家希望扩大对中国出口，新华三公司与新华社记者交流。")
    assert "CN" in _isos(ex)
    assert not [e for e in ex.entities if e.cls is C.COUNTRY and e.iso_code not in ("CN",)]
    assert _entities(ex).get("Xinhua News Agency") is C.ORGANIZATION
    assert not [n for n, c in _entities(ex).items() if "新华三" in n and c is not C.COMPANY]


def test_extractors_ar_zh_the_guest_attended_not_the_host(zh) -> None:
    ex = zh("国家主席习近平在人民大会堂会见来华出席中拉论坛第四届部长级会议的哥伦比亚总统佩特罗。")
    facts = _facts(ex)
    assert ("佩特罗", "participatedIn", "中拉论坛第四届部长级会议") in facts
    assert ("习近平", "participatedIn", "中拉论坛第四届部长级会议") not in facts


def test_extractors_ar_zh_joining_the_belt_and_road_family(zh) -> None:
    ex = zh("要以哥伦比亚正式加入高质量共建“一带一路”大家庭为契机，推动合作。")
    assert ("Colombia", "joined", "Belt and Road Initiative") in _facts(ex)


def test_extractors_ar_zh_country_as_rotating_chair_is_a_member(zh) -> None:
    ex = zh("哥伦比亚作为拉共体轮值主席国，为会议成功举办作出重要贡献。")
    assert ("Colombia", "memberOf", "Community of Latin American and Caribbean States") in _facts(ex)


def test_extractors_ar_zh_transliterated_name_after_a_title_without_country(zh) -> None:
    ex = zh("其间分别会见哥众议长萨拉曼卡、第一副参议长罗尔丹。部长表示支持，大使馆发表声明。")
    people = _names(ex, C.PERSON)
    assert {"萨拉曼卡", "罗尔丹"} <= people
    assert not [p for p in people if "表示" in p or "馆" in p]


def test_extractors_ar_zh_units_and_their_parents(zh) -> None:
    ex = zh("中国电力建设集团有限公司（中国电建）所属中国水电工程顾问集团与业主签署合同。")
    assert ("中国水电工程顾问集团", "partOf", "PowerChina") in _facts(ex) or any(
        f[0] == "中国水电工程顾问集团" and f[1] == "partOf" for f in _facts(ex)
    )
    ex = zh("中国社会科学院拉丁美洲研究所副所长出席。")
    assert any(f[1] == "partOf" and f[2] == "Chinese Academy of Social Sciences" for f in _facts(ex))


def test_extractors_ar_zh_pair_of_china_and_a_country_is_also_abbreviated(zh) -> None:
    ex = zh("第五届中国—墨西哥经贸合作论坛17日在墨西哥城举行。中墨经贸合作论坛吸引了两国企业。")
    assert len(_names(ex, C.EVENT)) == 1


def test_extractors_ar_zh_dateline_agency_and_its_reporter(zh) -> None:
    ex = zh("人民网墨西哥城9月18日电（记者王帆）论坛17日举行。")
    assert _entities(ex).get("人民网") is C.ORGANIZATION
    assert ("王帆", "affiliatedWith", "人民网") in _facts(ex)


def test_extractors_ar_zh_firms_listed_before_chinese_enterprises(zh) -> None:
    ex = zh("据介绍，华为、海信、江淮汽车等中国企业已在墨西哥设厂。华为公司、比亚迪等企业参展。")
    companies = _names(ex, C.COMPANY)
    assert {"海信", "江淮汽车"} <= companies
    assert "公司" not in companies
    facts = _facts(ex)
    assert ("海信", "basedIn", "China") in facts and ("江淮汽车", "operatesIn", "Mexico") in facts


def test_extractors_ar_zh_list_without_a_known_firm_is_no_list_of_firms(zh) -> None:
    ex = zh("汽车、电子、纺织等中国企业已在墨西哥设厂。")
    assert not _names(ex, C.COMPANY)


def test_extractors_ar_zh_branch_manager_works_for_the_branch(zh) -> None:
    ex = zh("中国银行墨西哥分行行长刘东表示，该行将提供更多服务。")
    facts = _facts(ex)
    assert ("刘东", "affiliatedWith", "中国银行墨西哥分行") in facts
    assert ("刘东", "affiliatedWith", "Bank of China") not in facts
    assert ("中国银行墨西哥分行", "partOf", "Bank of China") in facts


def test_extractors_ar_zh_speaker_took_part_in_the_reported_event(zh) -> None:
    ex = zh("第五届中国—墨西哥经贸合作论坛17日在墨西哥城举行。中国贸促会副会长张少刚在致辞中表示欢迎。")
    assert ("张少刚", "participatedIn", "第五届中国—墨西哥经贸合作论坛") in _facts(ex)


def test_extractors_ar_zh_customs_administration_is_one_body(zh) -> None:
    ex = zh("根据中国海关总署与巴西农业和畜牧业部签署的议定书，巴西高粱可以出口中国。")
    govs = _names(ex, C.GOVERNMENT_BODY)
    assert "中国海关" not in govs
    assert "巴西农业和畜牧业部" in govs


def test_extractors_ar_zh_belt_and_road_memorandum(zh) -> None:
    ex = zh("巴拿马总统表示，巴拿马将不再续签共建“一带一路”谅解备忘录。")
    assert "共建一带一路谅解备忘录" in _names(ex, C.AGREEMENT)


def test_extractors_ar_zh_descriptive_cooperation_agreement_signed_by_named_parties(zh) -> None:
    ex = zh("新华三集团与墨西哥国立自治大学签署了数字人才培养合作协议。双方签署了项目总承包合同和经贸合作协议。")
    agreements = _names(ex, C.AGREEMENT)
    assert "数字人才培养合作协议" in agreements
    assert "项目总承包合同" not in agreements and "经贸合作协议" not in agreements


def test_extractors_ar_zh_university_named_after_its_field(zh) -> None:
    ex = zh("中国农业大学与巴西企业合作。中国重点大学也参与其中。")
    orgs = _names(ex, C.ORGANIZATION)
    assert "中国农业大学" in orgs and "中国重点大学" not in orgs


# --- Chinese in traditional characters (Taiwan, Hong Kong, Macau) ----------------------------------


def test_extractors_ar_zh_traditional_countries_people_and_roles(zh) -> None:
    ex = zh("中華人民共和國國家主席習近平抵達利馬，同秘魯總統舉行會談。")
    assert _isos(ex) == {"CN", "PE"}
    xi = next(e for e in ex.entities if e.cls is C.PERSON)
    # Printed as the document prints it; the simplified spelling and the pinyin are aliases.
    assert xi.name == "習近平" and {"习近平", "Xi Jinping"} <= set(xi.aliases)
    assert xi.role == "中華人民共和國國家主席"
    assert ("習近平", "represents", "China") in _facts(ex)


def test_extractors_ar_zh_traditional_offsets_and_evidence_are_the_documents_own(zh) -> None:
    ex = zh("中拉論壇第四屆部長級會議在北京舉行。哥倫比亞外長出席了會議。")
    text = ex.document.text
    assert "論壇" in text  # the document is not rewritten
    for e in ex.entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
    assert ex.relations
    for r in ex.relations:
        assert text[r.evidence.start : r.evidence.end] == r.evidence.sentence
        assert "论坛" not in r.evidence.sentence
    assert ("中拉論壇第四屆部長級會議", "organizedBy", "China-CELAC Forum") in _facts(ex)


def test_extractors_ar_zh_traditional_gazetteer_banks_and_firms(zh) -> None:
    ex = zh("國家開發銀行與巴西國家經濟社會發展銀行在里約熱內盧簽署協議。華為公司在墨西哥設立了研發中心。")
    assert {"China Development Bank", "Huawei"} <= {e.name for e in ex.entities}
    assert "巴西國家經濟社會發展銀行" in _names(ex, C.GOVERNMENT_BODY)
    facts = _facts(ex)
    assert ("巴西國家經濟社會發展銀行", "basedIn", "Brazil") in facts
    assert ("Huawei", "operatesIn", "Mexico") in facts


def test_extractors_ar_zh_traditional_corner_quotes_and_initiatives(zh) -> None:
    ex = zh("「一帶一路」倡議得到阿根廷的支持，智利也加入了亞洲基礎設施投資銀行。")
    assert {"Belt and Road Initiative", "Asian Infrastructure Investment Bank"} <= {e.name for e in ex.entities}
    assert ("Chile", "memberOf", "Asian Infrastructure Investment Bank") in _facts(ex)


def test_extractors_ar_zh_traditional_detection_needs_more_than_a_rare_character() -> None:
    from graph.traditional_zh import is_traditional, to_simplified

    assert is_traditional("習近平訪問巴西")
    # Simplified text may use a character that is also traditional ("著名", "乾隆"): it is left alone.
    assert not is_traditional("著名学者在乾隆年间的研究")
    assert to_simplified("秘魯國家開發銀行「論壇」") == "秘鲁国家开发银行“论坛”"


def test_extractors_ar_zh_traditional_and_simplified_documents_resolve_together(zh) -> None:
    from graph.resolution import resolve

    a = zh("國家主席習近平同巴西總統舉行會談。")
    b = zh("国家主席习近平同巴西总统举行会谈。")
    nodes = resolve([a, b]).entities.values()
    people = [n for n in nodes if n.cls is C.PERSON]
    assert len(people) == 1
    assert len([n for n in nodes if n.cls is C.COUNTRY]) == 1


def test_extractors_ar_zh_traditional_taiwan_spellings_of_countries(zh) -> None:
    ex = zh("中華民國外交部長會見巴拉圭、瓜地馬拉及貝里斯的大使；宏都拉斯與哥斯大黎加已同北京建交。")
    assert _isos(ex) == {"TW", "PY", "GT", "BZ", "HN", "CR"}
    # The mainland's "中华人民共和国" stays China; "多明尼加" (Taiwan's spelling) is not Dominica.
    assert _isos(zh("多明尼加已與中華人民共和國建交，多米尼克亦然。")) == {"DO", "CN", "DM"}


def test_extractors_ar_zh_traditional_latin_america_and_the_caribbean_with_yu_and_hai(zh) -> None:
    # Taiwan writes "拉丁美洲與加勒比海" where the mainland writes "拉丁美洲和加勒比": a region, no country.
    ex = zh("拉丁美洲與加勒比海地區國家出席會議，拉美及加勒比海國家共同體發表聲明。")
    assert not [e for e in ex.entities if e.cls is C.COUNTRY]
    assert "Community of Latin American and Caribbean States" in _names(ex, C.INTERNATIONAL_ORGANIZATION)


def test_extractors_ar_zh_foreign_minister_with_a_chinese_ministrys_bare_name(zh) -> None:
    # "交通运输部" alone is China's ministry; after "秘鲁" it is Peru's.
    ex = zh("秘鲁交通运输部长佩雷斯出席了仪式。")
    assert "Ministry of Transport of China" not in {e.name for e in ex.entities}
    facts = _facts(ex)
    assert ("佩雷斯", "affiliatedWith", "秘鲁交通运输部") in facts and ("秘鲁交通运输部", "basedIn", "Peru") in facts
    assert "Ministry of Transport of China" in _names(zh("中国交通运输部部长李明出席。"), C.GOVERNMENT_BODY)
    assert "Ministry of Transport of China" in _names(zh("交通运输部与秘鲁签署协议。"), C.GOVERNMENT_BODY)


def test_extractors_ar_zh_park_said_to_lie_somewhere_has_a_name_of_its_own(zh) -> None:
    ex = zh("华富山工业园位于墨西哥新莱昂州，已有多家中国企业入驻。")
    assert ("华富山工业园", "locatedIn", "Mexico") in _facts(ex)
    # What a park is for, or a pronoun, is no name.
    generic = ("物流园区位于秘鲁北部。", "该工业园位于墨西哥。", "锂电池工厂位于阿根廷北部。", "新建的园区位于秘鲁。")
    for text in generic:
        assert not _names(zh(text), C.PROJECT), text


def test_extractors_ar_zh_traditional_park_said_to_lie_somewhere(zh) -> None:
    ex = zh("華富山工業園位於墨西哥新萊昂州。")
    assert ("華富山工業園", "locatedIn", "Mexico") in _facts(ex)


# --- Chinese: reports of forums (names, posts, taking part) ----------------------------------------


def test_extractors_ar_zh_ordinal_event_named_after_two_things(zh) -> None:
    ex = zh("第三届中国—东盟能源与矿业合作论坛12日在南宁开幕。")
    assert _names(ex, C.EVENT) == {"第三届中国—东盟能源与矿业合作论坛"}
    assert not _names(ex, C.PROJECT)
    # Without an ordinal "与" joins two names; two events stay two.
    trap = zh("秘鲁铁路与智利合作论坛举行。首届青年研讨会与第二届论坛均在北京举行。")
    assert "秘鲁铁路与智利合作论坛" not in _names(trap, C.EVENT)
    assert "首届青年研讨会与第二届论坛" not in _names(trap, C.EVENT)


def test_extractors_ar_zh_unit_of_a_ministry_with_a_name_of_its_own(zh) -> None:
    ex = zh("智利矿业和能源部国家锂业办公室主任罗德里格斯·佩雷斯出席。")
    govs = _names(ex, C.GOVERNMENT_BODY)
    assert {"智利矿业和能源部", "国家锂业办公室"} <= govs
    facts = _facts(ex)
    assert ("罗德里格斯·佩雷斯", "affiliatedWith", "国家锂业办公室") in facts
    assert ("罗德里格斯·佩雷斯", "affiliatedWith", "智利矿业和能源部") in facts
    # A unit named only by what it does stays with its ministry.
    trap = zh("商务部国际合作司司长出席。")
    assert "国际合作司" not in _names(trap, C.GOVERNMENT_BODY)


def test_extractors_ar_zh_portfolios_of_transport_ministries(zh) -> None:
    ex = zh("哥伦比亚交通和通讯部与智利港口和机场部签署协议。")
    assert {"哥伦比亚交通和通讯部", "智利港口和机场部"} <= _names(ex, C.GOVERNMENT_BODY)


def test_extractors_ar_zh_post_after_a_bracketed_short_name(zh) -> None:
    ex = zh("中国电力建设集团有限公司（中国电建）副总经理刘志强分享了经验。")
    assert ("刘志强", "affiliatedWith", "PowerChina") in _facts(ex)
    ex = zh("世界银行（世行）驻华代表处首席代表马丁·雷瑟通过视频致辞。")
    assert "马丁·雷瑟" in _names(ex, C.PERSON)


def test_extractors_ar_zh_group_in_brackets_inside_a_firm_name(zh) -> None:
    ex = zh("上海港（集团）有限公司总经理李明表示欢迎。")
    assert "上海港（集团）有限公司" in _names(ex, C.COMPANY)
    assert ("李明", "affiliatedWith", "上海港（集团）有限公司") in _facts(ex)
    # Brackets that explain are no part of the name.
    trap = zh("该项目（一期）有限公司。")
    assert not _names(trap, C.COMPANY) or "该项目（一期）有限公司" not in _names(trap, C.COMPANY)


def test_extractors_ar_zh_speakers_and_signers_of_a_reported_forum(zh) -> None:
    ex = zh(
        "第二届中国—加勒比农业合作论坛在海口开幕\n\n"
        "第二届中国—加勒比农业合作论坛10日在海口开幕。\n\n"
        "古巴农业部副部长何塞·马丁内斯表示，双方合作潜力巨大。智利农业部部长卡洛斯·罗哈斯与农业农村部副部长张华签署了合作文件。"
        "国家主席习近平会见了智利农业部部长卡洛斯·罗哈斯。"
    )
    facts = _facts(ex)
    forum = "第二届中国—加勒比农业合作论坛"
    assert {("何塞·马丁内斯", "participatedIn", forum), ("卡洛斯·罗哈斯", "participatedIn", forum)} <= facts
    assert ("张华", "participatedIn", forum) in facts
    # the host who receives a guest is not thereby at the forum
    assert ("习近平", "participatedIn", forum) not in facts


def test_extractors_ar_zh_speaker_without_the_event_in_the_title(zh) -> None:
    ex = zh("中拉合作前景广阔\n\n第二届中国—加勒比农业合作论坛10日在海口开幕。古巴农业部副部长何塞·马丁内斯表示欢迎。")
    assert ("何塞·马丁内斯", "participatedIn", "第二届中国—加勒比农业合作论坛") not in _facts(ex)


def test_extractors_ar_zh_countries_whose_delegates_attended(zh) -> None:
    ex = zh("第二届中国—加勒比农业合作论坛10日在海口开幕。来自古巴、牙买加和圭亚那等国的政府官员约百人出席。")
    facts = _facts(ex)
    forum = "第二届中国—加勒比农业合作论坛"
    assert {(c, "participatedIn", forum) for c in ("Cuba", "Jamaica", "Guyana")} <= facts
    # countries named for another reason are not attendees
    trap = zh("第二届中国—加勒比农业合作论坛10日开幕。来自古巴的蔗糖出口到牙买加，官员出席。")
    assert ("Jamaica", "participatedIn", forum) not in _facts(trap)


def test_extractors_ar_zh_signers_sign_for_the_bodies_they_head(zh) -> None:
    ex = zh(
        "上海港（集团）有限公司总经理李明与智利国家港口局局长卡洛斯·罗哈斯·穆尼奥斯出席。"
        "李明与罗哈斯代表双方签署了《港口合作协议》。"
    )
    facts = _facts(ex)
    assert ("港口合作协议", "party", "上海港（集团）有限公司") in facts
    assert ("港口合作协议", "party", "智利国家港口局") in facts
    # people without a body in their title give the agreement no party
    trap = zh("记者李明与专家王华签署了《港口合作协议》。")
    assert not [f for f in _facts(trap) if f[1] == "party"]


def test_extractors_ar_zh_agreement_named_by_its_subject(zh) -> None:
    ex = zh("两国海关签署了关于深化检验检疫合作的议定书，并发表联合声明。")
    assert "关于深化检验检疫合作的议定书" in _names(ex, C.AGREEMENT)
    trap = zh("双方就关于深化检验检疫合作的问题交换了意见。")
    assert not _names(trap, C.AGREEMENT)


def test_extractors_ar_zh_spanish_name_shortened_to_the_fathers_surname(zh) -> None:
    ex = zh("智利外长阿尔贝托·范克拉韦伦·索托出席。范克拉韦伦表示欢迎。")
    person = next(e for e in ex.entities if e.cls is C.PERSON)
    assert len(person.mentions) == 2
    # a first name printed alone is not someone else's short form
    ex = zh("玻利维亚总统路易斯·阿尔塞会见秘鲁外长何塞·路易斯·罗哈斯。路易斯表示欢迎。")
    assert all(len(e.mentions) == 1 for e in ex.entities if e.cls is C.PERSON)


def test_extractors_ar_zh_subject_is_a_member_of_the_body(zh) -> None:
    ex = zh("巴拉圭是南方共同市场成员国中最早参与该项目的国家。")
    assert ("Paraguay", "memberOf", "Mercosur") in _facts(ex)
    # the country of another clause is not the subject
    trap = zh("巴拉圭表示，南方共同市场成员国应加强合作。")
    assert ("Paraguay", "memberOf", "Mercosur") not in _facts(trap)


def test_extractors_ar_zh_event_under_the_framework_of_a_body(zh) -> None:
    ex = zh("第二届中国—加勒比农业合作论坛10日在海口开幕。论坛是中国—拉共体论坛框架下的农业领域专题活动。")
    assert ("第二届中国—加勒比农业合作论坛", "organizedBy", "China-CELAC Forum") in _facts(ex)
    # an outcome under a framework is no event of it
    trap = zh("第二届中国—加勒比农业合作论坛10日开幕。该协议是中国—拉共体论坛框架下的重要成果。")
    assert ("第二届中国—加勒比农业合作论坛", "organizedBy", "China-CELAC Forum") not in _facts(trap)


def test_extractors_ar_zh_mayor_works_for_the_citys_government(zh) -> None:
    ex = zh("论坛由重庆市人民政府主办，中国和智利代表出席。重庆市副市长李明表示欢迎。")
    facts = _facts(ex)
    assert ("李明", "affiliatedWith", "重庆市人民政府") in facts and ("李明", "represents", "China") in facts
    assert ("重庆市人民政府", "basedIn", "China") in facts
    # a mayor of a place not known to be Chinese speaks for no country here
    trap = zh("中国和智利代表出席论坛。瓦尔帕莱索市市长李明表示欢迎。")
    assert not [f for f in _facts(trap) if f[0] == "李明"]


def test_extractors_ar_zh_a_country_inside_a_dotted_name_is_a_syllable(zh) -> None:
    ex = zh("外交部长王毅在北京同乌拉圭外长马里奥·卢贝特金举行会谈。卢贝特金表示，乌方赞赏中方的支持。")
    people = {e.name: e for e in ex.entities if e.cls is C.PERSON}
    assert "马里奥·卢贝特金" in people and people["马里奥·卢贝特金"].role == "乌拉圭外长"
    assert "Mali" not in {e.name for e in ex.entities}


def test_extractors_ar_zh_a_surname_ren_after_a_title(zh) -> None:
    ex = zh("中国贸促会会长任鸿斌在开幕式上致辞。总统任期为五年。")
    assert [e.name for e in ex.entities if e.cls is C.PERSON] == ["任鸿斌"]


def test_extractors_zh_a_country_name_as_the_given_name_after_a_title(zh) -> None:
    ex = zh("秘鲁驻华大使萨尔瓦多·门多萨等出席活动。")
    assert "El Salvador" not in _names(ex, C.COUNTRY)
    people = {e.name: e for e in ex.entities if e.cls is C.PERSON}
    assert "萨尔瓦多·门多萨" in people


def test_extractors_zh_a_dotted_name_before_any_title(zh) -> None:
    ex = zh("会见中，玛丽亚·费尔南达·罗哈斯部长表示，两国合作前景广阔。")
    people = {e.name: e for e in ex.entities if e.cls is C.PERSON}
    assert people["玛丽亚·费尔南达·罗哈斯"].role == "部长"


def test_extractors_zh_the_subsidiary_named_builds_even_when_its_name_holds_a_build_verb(zh) -> None:
    ex = zh("由中国电建所属中国水利水电建设股份有限公司（中国水电）承建的科卡科多辛克雷水电站运行良好。")
    facts = _facts(ex)
    built = {o for s, p, o in facts if p == "implementedBy"}
    assert built and all("水利水电" in o or "Sinohydro" in o for o in built)


def test_extractors_zh_the_two_countries_ministries_are_no_body(zh) -> None:
    ex = zh("双方同意用好两国外交部政治磋商机制，加强沟通。")
    assert not [n for n in _names(ex, C.GOVERNMENT_BODY) if "两国" in n]


def test_extractors_zh_a_work_placed_by_its_country_is_also_printed_without_it(zh) -> None:
    ex = zh("中方支持中国企业参与厄瓜多尔曼塔港集装箱码头扩建项目。")
    works = {e.name: e for e in ex.entities if e.cls is C.PROJECT}
    assert "曼塔港集装箱码头扩建项目" in works["厄瓜多尔曼塔港集装箱码头扩建项目"].aliases
    ex = zh("中国援建的哥斯达黎加国家体育场和多米尼克国家体育场相继落成。")
    assert not [e for e in ex.entities if "国家体育场" in e.aliases]  # any country's national stadium
