"""The curated gazetteer: completeness, format and the traps of the genre."""

from __future__ import annotations

import csv
import importlib.util
import re
import shutil
import time
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

from graph.errors import SchemaError
from graph.gazetteer import DATA_DIR, Gazetteer, load_gazetteer, normalize
from graph.records import EntityClass

# fmt: off
CELAC = ("AG", "AR", "BS", "BB", "BZ", "BO", "BR", "CL", "CO", "CR", "CU", "DM", "DO", "EC", "SV", "GD",
         "GT", "GY", "HT", "HN", "JM", "MX", "NI", "PA", "PY", "PE", "KN", "LC", "VC", "SR", "TT", "UY", "VE")
MAJOR = ("CN", "HK", "MO", "TW", "US", "CA", "RU", "IN", "ZA", "KZ", "DE", "FR", "IT", "ES", "PT", "GB",
         "JP", "KR")
# fmt: on
PERSON_PATTERNS = re.compile(
    r"\b(President|Vice President|Minister|Premier|Chairman|Secretary-General|Ambassador|"
    r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Presidente|Ministro|Ministra|Embajador|Señor|Senhor)\s",
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def _keys(gaz: Gazetteer, text: str) -> list[str]:
    return [e.key for e in gaz.lookup(text)]


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_gazetteer_has_every_iso_3166_code(gaz: Gazetteer) -> None:
    codes = {c.alpha_2 for c in pycountry.countries}
    assert len(codes) >= 249
    for code in codes:
        entry = gaz.country_by_iso(code)
        assert entry is not None, code
        assert entry.key == f"country:{code}" and entry.iso_code == code and entry.country == code
        assert entry.cls is EntityClass.COUNTRY
    assert len(gaz.by_class(EntityClass.COUNTRY)) == len(codes)


def test_gazetteer_keys_are_unique_in_every_file() -> None:
    for name, column in (("countries.csv", "iso2"), ("regions.csv", "key"), ("organizations.csv", "key")):
        keys = [row[column] for row in _rows(name)]
        assert len(keys) == len(set(keys)), name


def test_gazetteer_classes_are_valid(gaz: Gazetteer) -> None:
    allowed = {"InternationalOrganization", "GovernmentBody", "Company", "Organization", "Initiative", "Event"}
    assert {row["class"] for row in _rows("organizations.csv")} <= allowed
    for entry in gaz.entries.values():
        if entry.key.startswith("region:"):
            assert entry.cls is None
        elif entry.key.startswith("country:"):
            assert entry.cls is EntityClass.COUNTRY
        else:
            assert entry.key.startswith("org:") and entry.cls is not None and entry.cls.value in allowed


def test_gazetteer_wikidata_cells_are_qids() -> None:
    for name in ("countries.csv", "organizations.csv"):
        for row in _rows(name):
            assert row["wikidata"] == "" or re.fullmatch(r"Q[1-9]\d*", row["wikidata"]), row


def test_gazetteer_wikidata_of_well_known_countries(gaz: Gazetteer) -> None:
    expected = {"CN": "Q148", "BR": "Q155", "US": "Q30", "MX": "Q96", "AR": "Q414", "TW": "Q865"}
    for iso, qid in expected.items():
        entry = gaz.country_by_iso(iso)
        assert entry is not None and entry.wikidata == qid


def test_gazetteer_country_names_are_the_common_short_names(gaz: Gazetteer) -> None:
    expected = {
        "VE": "Venezuela", "BO": "Bolivia", "TW": "Taiwan", "HK": "Hong Kong", "MO": "Macao",
        "BS": "Bahamas", "US": "United States", "KR": "South Korea", "RU": "Russia", "VN": "Vietnam",
        "CN": "China", "BR": "Brazil",
    }  # fmt: skip
    for iso, name in expected.items():
        entry = gaz.country_by_iso(iso)
        assert entry is not None and entry.name == name
    assert all("," not in e.name or "Helena" in e.name for e in gaz.by_class(EntityClass.COUNTRY))


def test_gazetteer_celac_members_have_names_in_every_language(gaz: Gazetteer) -> None:
    assert len(CELAC) == 33
    for iso in CELAC:
        entry = gaz.country_by_iso(iso)
        assert entry is not None
        langs = {label.lang for label in entry.labels if label.kind != "demonym"}
        assert {"en", "es", "pt", "ar", "zh"} <= langs, (iso, langs)


def test_gazetteer_major_countries_have_names_in_every_language(gaz: Gazetteer) -> None:
    for iso in MAJOR:
        entry = gaz.country_by_iso(iso)
        assert entry is not None
        assert {"en", "es", "pt", "ar", "zh"} <= {label.lang for label in entry.labels}, iso


def test_gazetteer_brazil_in_every_language(gaz: Gazetteer) -> None:
    for text in ("Brazil", "Brasil", "brasil", "البرازيل", "巴西", "Brazilian", "brasileños", "brasileira"):
        assert _keys(gaz, text) == ["country:BR"], text


def test_gazetteer_china_labels(gaz: Gazetteer) -> None:
    china = gaz.country_by_iso("CN")
    assert china is not None
    assert [label.text for label in china.labels].count("China") == 1 + 2  # en name; es and pt names
    for text in ("PRC", "People's Republic of China", "中华人民共和国", "الصين", "الصينية", "中方", "chinês"):
        assert _keys(gaz, text) == ["country:CN"], text
    demonyms = {label.text for label in china.labels if label.kind == "demonym"}
    assert {"Chinese", "Sino", "chino", "chinas", "chinês", "الصيني", "الصينيين", "中方"} <= demonyms


def test_gazetteer_dominica_is_not_the_dominican_republic(gaz: Gazetteer) -> None:
    assert _keys(gaz, "Dominica") == ["country:DM"]
    assert _keys(gaz, "Dominican Republic") == ["country:DO"]
    assert _keys(gaz, "Dominican") == ["country:DO"]
    assert _keys(gaz, "dominicano") == ["country:DO"]
    assert _keys(gaz, "多米尼克") == ["country:DM"]
    assert _keys(gaz, "多米尼加") == ["country:DO"]


def test_gazetteer_leaves_out_ambiguous_demonyms(gaz: Gazetteer) -> None:
    for text in ("American", "Americans", "americano", "norteamericano", "Congolese", "Guinean",
                 "Korean", "Indian", "Congo", "الأمريكي", "الهندي"):  # fmt: skip
        assert gaz.lookup(text) == [], text


def test_gazetteer_china_development_bank_is_a_government_body(gaz: Gazetteer) -> None:
    (cdb,) = gaz.lookup("China Development Bank")
    assert cdb.cls is EntityClass.GOVERNMENT_BODY and cdb.country == "CN"
    assert cdb.key != "country:CN"
    (boc,) = gaz.lookup("Bank of China")
    assert boc.cls is EntityClass.COMPANY and boc.country == "CN"
    (pboc,) = gaz.lookup("People's Bank of China")
    assert pboc.cls is EntityClass.GOVERNMENT_BODY


def test_gazetteer_xinhua_is_a_news_agency_not_h3c(gaz: Gazetteer) -> None:
    (xinhua,) = gaz.lookup("Xinhua News Agency")
    assert xinhua.cls is EntityClass.ORGANIZATION
    (h3c,) = gaz.lookup("New H3C Group")
    assert h3c.cls is EntityClass.COMPANY and h3c.key != xinhua.key
    # "Xinhua 3" / "Xinhua III" render 新华三 (H3C), the company, never the news agency.
    for form in ("Xinhua 3", "Xinhua III", "Xinhua III Group"):
        assert [e.key for e in gaz.lookup(form)] == [h3c.key], form


def test_gazetteer_no_region_name_is_a_country_label(gaz: Gazetteer) -> None:
    country_forms = {
        normalize(label.text, fold=label.kind != "acronym")
        for entry in gaz.by_class(EntityClass.COUNTRY)
        for label in entry.labels
    }
    regions = [e for e in gaz.entries.values() if e.key.startswith("region:")]
    assert len(regions) >= 20
    for region in regions:
        for label in region.labels:
            assert normalize(label.text, fold=label.kind != "acronym") not in country_forms, label
    for text in ("Latin America", "Latin American", "the Caribbean", "Caribbean", "South America",
                 "Central American", "Latin America and the Caribbean", "Americas", "Asia-Pacific",
                 "Global South", "América Latina", "latinoamericano", "latino-americano",
                 "أمريكا اللاتينية", "拉美", "加勒比", "منطقة البحر الكاريبي"):  # fmt: skip
        entries = gaz.lookup(text)
        assert entries and all(e.cls is None for e in entries), text


def test_gazetteer_labels_belong_to_one_entry(gaz: Gazetteer) -> None:
    owners: dict[tuple[bool, str], set[str]] = defaultdict(set)
    for entry in gaz.entries.values():
        for label in entry.labels:
            acronym = label.kind == "acronym"
            owners[(acronym, normalize(label.text, fold=not acronym))].add(entry.key)
    shared = {form: keys for form, keys in owners.items() if len(keys) > 1}
    assert shared == {}


def test_gazetteer_acronyms_are_case_sensitive(gaz: Gazetteer) -> None:
    assert _keys(gaz, "CELAC") == ["org:celac"]
    assert gaz.lookup("celac") == []
    assert _keys(gaz, "CEPAL") == _keys(gaz, "ECLAC") == ["org:eclac"]
    assert _keys(gaz, "USA") == ["country:US"]
    assert gaz.lookup("usa") == []  # the Spanish and Portuguese verb
    assert gaz.lookup("who") == [] and _keys(gaz, "WHO") == ["org:who"]
    assert gaz.lookup("Alba") == [] and _keys(gaz, "ALBA") == ["org:alba"]


def test_gazetteer_celac_has_labels_in_arabic_and_chinese(gaz: Gazetteer) -> None:
    celac = gaz.get("org:celac")
    assert celac is not None and celac.cls is EntityClass.INTERNATIONAL_ORGANIZATION
    assert celac.country is None
    langs = {label.lang for label in celac.labels}
    assert {"en", "es", "pt", "ar", "zh"} <= langs
    for text in ("سيلاك", "拉共体", "Comunidad de Estados Latinoamericanos y Caribeños"):
        assert _keys(gaz, text) == ["org:celac"], text
    assert _keys(gaz, "中拉论坛") == ["org:china-celac-forum"]


def test_gazetteer_belt_and_road_in_every_language(gaz: Gazetteer) -> None:
    for text in ("Belt and Road Initiative", "One Belt One Road", "OBOR", "一带一路",
                 "Iniciativa de la Franja y la Ruta", "Iniciativa Cinturão e Rota",
                 "مبادرة الحزام والطريق"):  # fmt: skip
        (entry,) = gaz.lookup(text)
        assert entry.key == "org:bri" and entry.cls is EntityClass.INITIATIVE, text


def test_gazetteer_organizations_have_known_home_countries(gaz: Gazetteer) -> None:
    for key, country in (("mofcom", "CN"), ("powerchina", "CN"), ("petrobras", "BR"), ("bndes", "BR"),
                         ("pemex", "MX"), ("macao-ipim", "MO")):  # fmt: skip
        entry = gaz.get(f"org:{key}")
        assert entry is not None and entry.country == country, key
    for entry in gaz.by_class(EntityClass.INTERNATIONAL_ORGANIZATION):
        assert entry.country is None, entry.key


def test_gazetteer_label_kinds_and_languages_are_valid(gaz: Gazetteer) -> None:
    for entry in gaz.entries.values():
        assert entry.labels[0].text == entry.name and entry.labels[0].kind == "name"
        assert entry.labels[0].lang == "en"
        for label in entry.labels:
            assert label.kind in {"name", "acronym", "demonym"}
            assert label.lang in {"en", "es", "pt", "ar", "zh", "und"}
            assert label.text == label.text.strip() and label.text, entry.key


def test_gazetteer_no_person_names_in_labels(gaz: Gazetteer) -> None:
    for entry in gaz.entries.values():
        for label in entry.labels:
            assert not PERSON_PATTERNS.search(label.text), (entry.key, label.text)
    assert gaz.lookup("Xi Jinping") == []


def test_gazetteer_lookup_normalizes_text(gaz: Gazetteer) -> None:
    assert _keys(gaz, "  venezuela ") == ["country:VE"]
    assert _keys(gaz, "China–CELAC Forum") == _keys(gaz, "China-CELAC Forum") == ["org:china-celac-forum"]
    assert _keys(gaz, "الصّين") == ["country:CN"]  # with a shadda
    assert _keys(gaz, "امريكا اللاتينية") == ["region:latin-america"]  # bare alef
    assert gaz.get("country:XX") is None and gaz.country_by_iso("xx") is None
    assert gaz.country_by_iso("br") is gaz.get("country:BR")


def test_gazetteer_loads_fast_and_is_cached() -> None:
    start = time.perf_counter()
    load_gazetteer(DATA_DIR)
    assert time.perf_counter() - start < 0.3
    assert load_gazetteer() is load_gazetteer()
    assert hash(load_gazetteer())  # hashable: extractors cache automata per gazetteer


def test_gazetteer_countries_csv_is_reproducible() -> None:
    if getattr(pycountry, "__version__", None) != "26.2.16":
        pytest.skip("countries.csv was built with pycountry 26.2.16")
    path = DATA_DIR / "build_countries.py"
    spec = importlib.util.spec_from_file_location("build_countries", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows, _notes = module.build()
    assert module.render(rows) == (DATA_DIR / "countries.csv").read_text(encoding="utf-8")


def _copy_data(tmp_path: Path) -> Path:
    for name in ("countries.csv", "regions.csv", "organizations.csv"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    return tmp_path


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("dup,Company,X,,,CN,\ndup,Company,Y,,,CN,\n", "duplicate key"),
        ("bad,Country,X,,,,\n", "class 'Country'"),
        ("bad,Company,X,,,ZZ,\n", "country 'ZZ'"),
        ("bad,Company,X,,,CN,155\n", "not a Q-id"),
        ("bad,Company,X,a||b,,CN,\n", "empty item"),
        ("bad,Company,X,fr:Truc,,CN,\n", "unknown language tag 'fr'"),
        ("bad,Company,X,,,CN\n", "fields instead of 7"),
    ],
)
def test_gazetteer_malformed_rows_raise_schema_error(tmp_path: Path, row: str, problem: str) -> None:
    data = _copy_data(tmp_path)
    with (data / "organizations.csv").open("a", encoding="utf-8") as handle:
        handle.write(row)
    with pytest.raises(SchemaError) as info:
        load_gazetteer(data)
    message = str(info.value)
    assert message.startswith("organizations.csv, line ") and problem in message


def test_gazetteer_bad_header_raises_schema_error(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    text = (data / "regions.csv").read_text(encoding="utf-8")
    (data / "regions.csv").write_text(text.replace("key,name,names", "key,name"), encoding="utf-8")
    with pytest.raises(SchemaError, match=r"regions\.csv, line 1: header"):
        load_gazetteer(data)


def test_glossary_loads_and_reads_names_word_by_word(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from graph.errors import SchemaError
    from graph.gazetteer import load_gazetteer
    from graph.glossary import gloss, load_glossary

    gaz = load_gazetteer()
    assert load_glossary().ar and load_glossary().zh
    found = gloss("معرض الصين الدولي للاستثمار", gaz)
    assert found is not None and ("fair", "china", "international", "investment") in found.readings
    assert gloss("中拉基础设施合作论坛", gaz) is not None
    assert gloss("منتدى الفلسفة", gaz) is None  # a word the glossary does not know: no gloss
    bad = tmp_path / "glossary.csv"
    bad.write_text("en,ar,zh\nforum,,\n", encoding="utf-8")
    with pytest.raises(SchemaError, match=r"glossary\.csv, line 2"):
        load_glossary(bad)


def test_gazetteer_cities_name_their_country_and_bad_rows_say_where(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from graph.errors import SchemaError
    from graph.gazetteer import load_cities, load_gazetteer

    cities = load_cities()
    assert cities["beijing"] == "CN" and cities["ciudad de mexico"] == "MX" and cities["北京"] == "CN"
    gaz = load_gazetteer()
    assert all(gaz.country_by_iso(iso) is not None for iso in set(cities.values()))
    bad = tmp_path / "cities.csv"
    bad.write_text("city,country,labels\nLima,PER,\n", encoding="utf-8")
    with pytest.raises(SchemaError, match=r"cities\.csv, line 2"):
        load_cities(bad)
