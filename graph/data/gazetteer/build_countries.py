"""Regenerate ``countries.csv`` from pycountry (ISO 3166-1 and its gettext translations) plus the
curated overrides below.

Run from the repository root::

    python graph/data/gazetteer/build_countries.py          # rewrite countries.csv
    python graph/data/gazetteer/build_countries.py --check  # exit 1 if countries.csv is stale

pycountry gives every ISO 3166-1 code with an English name and es/pt/ar/zh translations. Its
inverted or parenthesised forms ("Korea, Republic of", "Islas Falkland (Malvinas)") are skipped,
Arabic diacritics are removed, and the curated block adds the common short name, variants,
demonyms and Wikidata Q-ids. A surface form claimed by two countries is an error for curated
forms and is dropped (and reported) for pycountry ones.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import io
import re
import sys
from pathlib import Path

import pycountry

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from graph.gazetteer import COUNTRY_COLUMNS, normalize  # noqa: E402

OUT = HERE / "countries.csv"
LANGS = ("en", "es", "pt", "ar", "zh")
# pycountry locales merged into each language (pt_BR adds the Brazilian spellings).
LOCALES = {"es": ("es",), "pt": ("pt", "pt_BR"), "ar": ("ar",), "zh": ("zh_CN",)}
_AR_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_INVERTED = re.compile(r", .*(\bof|\bof the|British|U\.S\.)$")

# Wikidata Q-ids of the countries and territories (checked against OWID's country table).
_WIKIDATA_TABLE = """
AD:Q228 AE:Q878 AF:Q889 AG:Q781 AI:Q25228 AL:Q222 AM:Q399 AO:Q916 AQ:Q51 AR:Q414 AS:Q16641 AT:Q40
AU:Q408 AW:Q21203 AX:Q5689 AZ:Q227 BA:Q225 BB:Q244 BD:Q902 BE:Q31 BF:Q965 BG:Q219 BH:Q398 BI:Q967
BJ:Q962 BL:Q25362 BM:Q23635 BN:Q921 BO:Q750 BQ:Q27561 BR:Q155 BS:Q778 BT:Q917 BV:Q23408 BW:Q963
BY:Q184 BZ:Q242 CA:Q16 CC:Q36004 CD:Q974 CF:Q929 CG:Q971 CH:Q39 CI:Q1008 CK:Q26988 CL:Q298 CM:Q1009
CN:Q148 CO:Q739 CR:Q800 CU:Q241 CV:Q1011 CW:Q25279 CX:Q31063 CY:Q229 CZ:Q213 DE:Q183 DJ:Q977 DK:Q35
DM:Q784 DO:Q786 DZ:Q262 EC:Q736 EE:Q191 EG:Q79 EH:Q6250 ER:Q986 ES:Q29 ET:Q115 FI:Q33 FJ:Q712
FK:Q9648 FM:Q702 FO:Q4628 FR:Q142 GA:Q1000 GB:Q145 GD:Q769 GE:Q230 GF:Q3769 GG:Q25230 GH:Q117
GI:Q1410 GL:Q223 GM:Q1005 GN:Q1006 GP:Q17012 GQ:Q983 GR:Q41 GS:Q35086 GT:Q774 GU:Q16635 GW:Q1007
GY:Q734 HK:Q8646 HM:Q131198 HN:Q783 HR:Q224 HT:Q790 HU:Q28 ID:Q252 IE:Q27 IL:Q801 IM:Q9676 IN:Q668
IO:Q43448 IQ:Q796 IR:Q794 IS:Q189 IT:Q38 JE:Q785 JM:Q766 JO:Q810 JP:Q17 KE:Q114 KG:Q813 KH:Q424
KI:Q710 KM:Q970 KN:Q763 KP:Q423 KR:Q884 KW:Q817 KY:Q5785 KZ:Q232 LA:Q819 LB:Q822 LC:Q760 LI:Q347
LK:Q854 LR:Q1014 LS:Q1013 LT:Q37 LU:Q32 LV:Q211 LY:Q1016 MA:Q1028 MC:Q235 MD:Q217 ME:Q236 MF:Q126125
MG:Q1019 MH:Q709 MK:Q221 ML:Q912 MM:Q836 MN:Q711 MO:Q14773 MP:Q16644 MQ:Q17054 MR:Q1025 MS:Q13353
MT:Q233 MU:Q1027 MV:Q826 MW:Q1020 MX:Q96 MY:Q833 MZ:Q1029 NA:Q1030 NC:Q33788 NE:Q1032 NF:Q31057
NG:Q1033 NI:Q811 NL:Q55 NO:Q20 NP:Q837 NR:Q697 NU:Q34020 NZ:Q664 OM:Q842 PA:Q804 PE:Q419 PF:Q30971
PG:Q691 PH:Q928 PK:Q843 PL:Q36 PM:Q34617 PN:Q35672 PR:Q1183 PS:Q219060 PT:Q45 PW:Q695 PY:Q733
QA:Q846 RE:Q17070 RO:Q218 RS:Q403 RU:Q159 RW:Q1037 SA:Q851 SB:Q685 SC:Q1042 SD:Q1049 SE:Q34 SG:Q334
SH:Q192184 SI:Q215 SJ:Q842829 SK:Q214 SL:Q1044 SM:Q238 SN:Q1041 SO:Q1045 SR:Q730 SS:Q958 ST:Q1039
SV:Q792 SX:Q26273 SY:Q858 SZ:Q1050 TC:Q18221 TD:Q657 TF:Q129003 TG:Q945 TH:Q869 TJ:Q863 TK:Q36823
TL:Q574 TM:Q874 TN:Q948 TO:Q678 TR:Q43 TT:Q754 TV:Q672 TW:Q865 TZ:Q924 UA:Q212 UG:Q1036 UM:Q16645
US:Q30 UY:Q77 UZ:Q265 VA:Q237 VC:Q757 VE:Q717 VG:Q25305 VI:Q11703 VN:Q881 VU:Q686 WF:Q35555 WS:Q683
YE:Q805 YT:Q17063 ZA:Q258 ZM:Q953 ZW:Q954
"""
WIKIDATA = dict(re.findall(r"\b([A-Z]{2}):(Q\d+)\b", _WIKIDATA_TABLE))

# The name a careful English writer uses, where pycountry's is awkward or official.
NAMES = {
    "AX": "Åland Islands",
    "BN": "Brunei",
    "BO": "Bolivia",
    "BQ": "Caribbean Netherlands",
    "CC": "Cocos (Keeling) Islands",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CV": "Cape Verde",
    "FK": "Falkland Islands",
    "FM": "Federated States of Micronesia",
    "IR": "Iran",
    "KP": "North Korea",
    "KR": "South Korea",
    "LA": "Laos",
    "MD": "Moldova",
    "MF": "Saint Martin",
    "PN": "Pitcairn Islands",
    "PS": "Palestine",
    "RU": "Russia",
    "SX": "Sint Maarten",
    "SY": "Syria",
    "TR": "Turkey",
    "TW": "Taiwan",
    "TZ": "Tanzania",
    "VA": "Vatican City",
    "VE": "Venezuela",
    "VG": "British Virgin Islands",
    "VI": "United States Virgin Islands",
    "VN": "Vietnam",
}

# pycountry forms left out: ambiguous ("Congo" is both Congos, "蒙古" is inside "内蒙古"),
# misspelt ("柬埔塞", "Costa de Marfíl") or wrong ("玻利维亚共和国").
DROP = {
    "CG": {"en": {"Congo"}, "es": {"Congo"}, "pt": {"Congo"}, "ar": {"الكونغو"}, "zh": {"刚果"}},
    "BO": {"zh": {"玻利维亚共和国"}},
    "KH": {"zh": {"柬埔塞"}},
    "PF": {"zh": {"法属玻利尼西亚"}},
    "MN": {"zh": {"蒙古"}},
    "CI": {"es": {"Costa de Marfíl"}},
    "TN": {"es": {"Tunez"}},
    "SR": {"es": {"Surinám"}},
    "AX": {"es": {"Islas Äland"}},
    "RS": {"ar": {"صربية"}},
    "LT": {"ar": {"لثوانيا"}},
    "ME": {"ar": {"المنتنيغرو"}},
    "VN": {"ar": {"الفييتنام"}},
    "FM": {"zh": {"密克罗尼西亚"}},
    "RU": {"ar": {"الاتحاد الروسي"}},
    # "مالي" is also the adjective "financial" (دعم مالي): Mali keeps its longer Arabic forms.
    "ML": {"ar": {"مالي"}},
    # "Reunión"/"Reunião" is "meeting": Réunion keeps its longer forms in Spanish and Portuguese.
    "RE": {"es": {"Reunión"}, "pt": {"Reunião"}},
    # "Mauricio"/"Maurício" is mostly a first name in this genre (Mauricio Macri): Mauritius keeps "Maurícia".
    "MU": {"es": {"Mauricio"}, "pt": {"Maurício"}},
}


def en(*words: str) -> list[str]:
    """English demonyms with their plural where it takes -s: en("Brazilian") -> Brazilian(s)."""
    out: list[str] = []
    for w in words:
        out.append(w)
        if w.endswith(("an", "i", "er")):
            out.append(w + "s")
    return out


def es(*words: str) -> list[str]:
    """Spanish demonym forms from the masculine singular: chino -> chino, china, chinos, chinas."""
    out: list[str] = []
    for w in words:
        if w.endswith("o"):
            out += [w, w[:-1] + "a", w + "s", w[:-1] + "as"]
        elif w.endswith("és"):
            out += [w, w[:-2] + "esa", w[:-2] + "eses", w[:-2] + "esas"]
        elif w.endswith("án"):
            out += [w, w[:-2] + "ana", w[:-2] + "anes", w[:-2] + "anas"]
        elif w.endswith("í"):
            out += [w, w + "es", w + "s"]
        elif w.endswith(("e", "a")):
            out += [w, w + "s"]
        else:
            out += [w, w + "a", w + "es", w + "as"]
    return out


def pt(*words: str) -> list[str]:
    """Portuguese demonym forms from the masculine singular: chinês -> chinês, chinesa, chineses, ..."""
    out: list[str] = []
    for w in words:
        if w.endswith("o"):
            out += [w, w[:-1] + "a", w + "s", w[:-1] + "as"]
        elif w.endswith("ês"):
            out += [w, w[:-2] + "esa", w[:-2] + "eses", w[:-2] + "esas"]
        elif w.endswith(("e", "a")):
            out += [w, w + "s"]
        else:
            out += [w]
    return out


def ar(*stems: str) -> list[str]:
    """Arabic nisba forms from the indefinite masculine: صيني -> الصيني، الصينية، الصينيين، ..."""
    out: list[str] = []
    for s in stems:
        out += ["ال" + s, "ال" + s + "ة", "ال" + s + "ين", "ال" + s + "ون", s, s + "ة", s + "ين", s + "ون"]
    return out


# The curated block: iso2 -> {field: [forms]}. Fields: en, dem_en, es, dem_es, pt, dem_pt, ar, dem_ar,
# zh, dem_zh. Curated forms come first; pycountry's translations are merged after them.
# Demonyms that are ambiguous in this genre are left out on purpose: "American" (mostly in "Latin
# American"), "Dominican" for Dominica, "Guinean", "Congolese", "Korean", "Indian" ("West Indian",
# "Indian Ocean"), Spanish "americano"/"norteamericano"/"indio", Arabic "الأمريكي"/"الهندي",
# and Chinese "X方" forms that occur inside ordinary words ("加方" in "参加方", "美方" in "完美方案",
# "英方" in "精英方面"); "中方" and "巴方" are kept as the most frequent (extractors must guard them).
# fmt: off
C: dict[str, dict[str, list[str]]] = {
    # --- China and its special administrative regions; Taiwan ---
    "CN": {
        "en": ["People's Republic of China", "PRC", "P.R. China", "PR China", "Mainland China",
               "Chinese mainland", "New China"],
        "dem_en": ["Chinese", "Sino"],
        "es": ["China", "República Popular China", "China continental"],
        "dem_es": es("chino"),
        "pt": ["China", "República Popular da China", "China continental"],
        "dem_pt": pt("chinês"),
        "ar": ["الصين", "جمهورية الصين الشعبية", "الصين الشعبية"],
        "dem_ar": ar("صيني"),
        "zh": ["中国", "中华人民共和国", "中國", "中華人民共和國", "中国大陆", "中国内地", "新中国"],
        "dem_zh": ["中方"],
    },
    "HK": {
        "en": ["Hong Kong SAR", "Hong Kong Special Administrative Region", "HKSAR", "Hong Kong, China"],
        "dem_en": ["Hong Konger", "Hong Kongers", "Hongkonger", "Hongkongers"],
        "es": ["Hong Kong", "Región Administrativa Especial de Hong Kong"],
        "dem_es": es("hongkonés"),
        "pt": ["Hong Kong", "Região Administrativa Especial de Hong Kong"],
        "ar": ["هونغ كونغ", "هونج كونج", "هونغ كونغ الصينية"],
        "zh": ["香港", "中国香港", "香港特别行政区", "香港特区"],
    },
    "MO": {
        "en": ["Macau", "Macao SAR", "Macau SAR", "Macao Special Administrative Region",
               "Macau Special Administrative Region", "Macao, China"],
        "dem_en": ["Macanese"],
        "es": ["Macao", "Macau", "Región Administrativa Especial de Macao"],
        "dem_es": ["macaense", "macaenses"],
        "pt": ["Macau", "Região Administrativa Especial de Macau"],
        "dem_pt": ["macaense", "macaenses"],
        "ar": ["ماكاو", "مكاو"],
        "zh": ["澳门", "中国澳门", "澳门特别行政区", "澳门特区", "澳門"],
    },
    "TW": {
        "en": ["Taiwan, Province of China", "Chinese Taipei", "Taiwan region", "Republic of China"],
        "dem_en": ["Taiwanese"],
        "es": ["Taiwán", "Taiwan", "Taipéi Chino"],
        "dem_es": es("taiwanés"),
        "pt": ["Taiwan", "Taipé Chinês"],
        "dem_pt": pt("taiwanês"),
        "ar": ["تايوان", "منطقة تايوان"],
        "dem_ar": ar("تايواني"),
        "zh": ["台湾", "中国台湾", "台湾地区", "臺灣", "台灣"],
    },
    # --- the 33 CELAC members ---
    "AG": {
        "dem_en": en("Antiguan"),
        "es": ["Antigua y Barbuda"], "pt": ["Antígua e Barbuda"],
        "ar": ["أنتيغوا وباربودا"], "zh": ["安提瓜和巴布达"],
    },
    "AR": {
        "en": ["Argentine Republic"],
        "dem_en": ["Argentine", "Argentines", "Argentinian", "Argentinians"],
        "es": ["Argentina", "República Argentina"], "dem_es": es("argentino"),
        "pt": ["Argentina", "República Argentina"], "dem_pt": pt("argentino"),
        "ar": ["الأرجنتين", "جمهورية الأرجنتين"], "dem_ar": ar("أرجنتيني"),
        "zh": ["阿根廷", "阿根廷共和国"],
    },
    "BS": {
        "en": ["Commonwealth of The Bahamas", "The Bahamas"],
        "dem_en": en("Bahamian"),
        "es": ["Bahamas", "Las Bahamas"], "pt": ["Bahamas"],
        "ar": ["جزر البهاما", "البهاما", "جزر الباهاماس"], "zh": ["巴哈马"],
    },
    "BB": {
        "dem_en": en("Barbadian", "Bajan"),
        "es": ["Barbados"], "dem_es": es("barbadense"),
        "pt": ["Barbados"], "dem_pt": pt("barbadiano"),
        "ar": ["بربادوس", "باربادوس"], "zh": ["巴巴多斯"],
    },
    "BZ": {
        "dem_en": en("Belizean"),
        "es": ["Belice"], "dem_es": es("beliceño"),
        "pt": ["Belize"], "dem_pt": pt("belizenho"),
        "ar": ["بليز", "بيليز"], "zh": ["伯利兹"],
    },
    "BO": {
        "en": ["Plurinational State of Bolivia"],
        "dem_en": en("Bolivian"),
        "es": ["Bolivia", "Estado Plurinacional de Bolivia"], "dem_es": es("boliviano"),
        "pt": ["Bolívia", "Estado Plurinacional da Bolívia"], "dem_pt": pt("boliviano"),
        "ar": ["بوليفيا", "دولة بوليفيا المتعددة القوميات"], "dem_ar": ar("بوليفي"),
        "zh": ["玻利维亚", "多民族玻利维亚国"],
    },
    "BR": {
        "en": ["Federative Republic of Brazil"],
        "dem_en": en("Brazilian"),
        "es": ["Brasil", "República Federativa del Brasil", "República Federativa de Brasil"],
        "dem_es": es("brasileño", "brasilero"),
        "pt": ["Brasil", "República Federativa do Brasil"], "dem_pt": pt("brasileiro"),
        "ar": ["البرازيل", "جمهورية البرازيل الاتحادية"], "dem_ar": ar("برازيلي"),
        "zh": ["巴西", "巴西联邦共和国"], "dem_zh": ["巴方"],
    },
    "CL": {
        "en": ["Republic of Chile"],
        "dem_en": en("Chilean"),
        "es": ["Chile", "República de Chile"], "dem_es": es("chileno"),
        "pt": ["Chile", "República do Chile"], "dem_pt": pt("chileno"),
        "ar": ["تشيلي", "شيلي", "جمهورية تشيلي"], "dem_ar": ar("تشيلي"),
        "zh": ["智利", "智利共和国"],
    },
    "CO": {
        "en": ["Republic of Colombia"],
        "dem_en": en("Colombian"),
        "es": ["Colombia", "República de Colombia"], "dem_es": es("colombiano"),
        "pt": ["Colômbia", "República da Colômbia"], "dem_pt": pt("colombiano"),
        "ar": ["كولومبيا", "جمهورية كولومبيا"], "dem_ar": ar("كولومبي"),
        "zh": ["哥伦比亚", "哥伦比亚共和国"],
    },
    "CR": {
        "en": ["Republic of Costa Rica"],
        "dem_en": en("Costa Rican"),
        "es": ["Costa Rica", "República de Costa Rica"], "dem_es": es("costarricense", "costarriqueño"),
        "pt": ["Costa Rica", "República da Costa Rica"], "dem_pt": pt("costarriquenho", "costa-riquenho"),
        "ar": ["كوستاريكا", "كوستا ريكا"], "dem_ar": ar("كوستاريكي"),
        "zh": ["哥斯达黎加", "哥斯达黎加共和国"],
    },
    "CU": {
        "en": ["Republic of Cuba"],
        "dem_en": en("Cuban"),
        "es": ["Cuba", "República de Cuba"], "dem_es": es("cubano"),
        "pt": ["Cuba", "República de Cuba"], "dem_pt": pt("cubano"),
        "ar": ["كوبا", "جمهورية كوبا"], "dem_ar": ar("كوبي"),
        "zh": ["古巴", "古巴共和国"],
    },
    "DM": {
        "en": ["Commonwealth of Dominica"],
        "es": ["Dominica", "Mancomunidad de Dominica"], "dem_es": es("dominiqués"),
        "pt": ["Dominica", "Comunidade da Dominica"],
        "ar": ["دومينيكا", "كومنولث دومينيكا"], "zh": ["多米尼克", "多米尼克国"],
    },
    "DO": {
        "dem_en": en("Dominican"),
        "es": ["República Dominicana"], "dem_es": es("dominicano"),
        "pt": ["República Dominicana"], "dem_pt": pt("dominicano"),
        "ar": ["جمهورية الدومينيكان", "الجمهورية الدومينيكية", "الدومينيكان"], "dem_ar": ar("دومينيكاني"),
        "zh": ["多米尼加", "多米尼加共和国"],
    },
    "EC": {
        "en": ["Republic of Ecuador"],
        "dem_en": en("Ecuadorian", "Ecuadorean"),
        "es": ["Ecuador", "República del Ecuador"], "dem_es": es("ecuatoriano"),
        "pt": ["Equador", "República do Equador"], "dem_pt": pt("equatoriano"),
        "ar": ["الإكوادور", "إكوادور"], "dem_ar": ar("إكوادوري"),
        "zh": ["厄瓜多尔", "厄瓜多尔共和国"], "dem_zh": ["厄方"],
    },
    "SV": {
        "en": ["Republic of El Salvador"],
        "dem_en": en("Salvadoran", "Salvadorean"),
        "es": ["El Salvador", "República de El Salvador"], "dem_es": es("salvadoreño"),
        "pt": ["El Salvador", "República de El Salvador"], "dem_pt": pt("salvadorenho"),
        "ar": ["السلفادور"], "dem_ar": ar("سلفادوري"),
        "zh": ["萨尔瓦多", "萨尔瓦多共和国"],
    },
    "GD": {
        "dem_en": en("Grenadian"),
        "es": ["Granada"], "pt": ["Granada"],
        "ar": ["غرينادا"], "zh": ["格林纳达"],
    },
    "GT": {
        "en": ["Republic of Guatemala"],
        "dem_en": en("Guatemalan"),
        "es": ["Guatemala", "República de Guatemala"], "dem_es": es("guatemalteco"),
        "pt": ["Guatemala", "República da Guatemala"], "dem_pt": pt("guatemalteco"),
        "ar": ["غواتيمالا"], "dem_ar": ar("غواتيمالي"),
        "zh": ["危地马拉", "危地马拉共和国"],
    },
    "GY": {
        "en": ["Co-operative Republic of Guyana"],
        "dem_en": ["Guyanese"],
        "es": ["Guyana", "República Cooperativa de Guyana"], "dem_es": es("guyanés"),
        "pt": ["Guiana", "República Cooperativa da Guiana"], "dem_pt": pt("guianense"),
        "ar": ["غيانا", "غويانا"], "zh": ["圭亚那", "圭亚那合作共和国"],
    },
    "HT": {
        "en": ["Republic of Haiti"],
        "dem_en": en("Haitian"),
        "es": ["Haití", "República de Haití"], "dem_es": es("haitiano"),
        "pt": ["Haiti", "República do Haiti"], "dem_pt": pt("haitiano"),
        "ar": ["هايتي"], "zh": ["海地", "海地共和国"],
    },
    "HN": {
        "en": ["Republic of Honduras"],
        "dem_en": en("Honduran"),
        "es": ["Honduras", "República de Honduras"], "dem_es": es("hondureño"),
        "pt": ["Honduras", "República de Honduras"], "dem_pt": pt("hondurenho"),
        "ar": ["هندوراس"], "dem_ar": ar("هندوراسي"),
        "zh": ["洪都拉斯", "洪都拉斯共和国"],
    },
    "JM": {
        "dem_en": en("Jamaican"),
        "es": ["Jamaica"], "dem_es": es("jamaiquino", "jamaicano"),
        "pt": ["Jamaica"], "dem_pt": pt("jamaicano"),
        "ar": ["جامايكا"], "dem_ar": ar("جامايكي"),
        "zh": ["牙买加"],
    },
    "MX": {
        "en": ["United Mexican States"],
        "dem_en": en("Mexican"),
        "es": ["México", "Estados Unidos Mexicanos"], "dem_es": es("mexicano"),
        "pt": ["México", "Estados Unidos Mexicanos"], "dem_pt": pt("mexicano"),
        "ar": ["المكسيك", "الولايات المتحدة المكسيكية"], "dem_ar": ar("مكسيكي"),
        "zh": ["墨西哥", "墨西哥合众国"], "dem_zh": ["墨方"],
    },
    "NI": {
        "en": ["Republic of Nicaragua"],
        "dem_en": en("Nicaraguan"),
        "es": ["Nicaragua", "República de Nicaragua"], "dem_es": es("nicaragüense"),
        "pt": ["Nicarágua", "República da Nicarágua"], "dem_pt": pt("nicaraguense"),
        "ar": ["نيكاراغوا", "نيكاراجوا"], "dem_ar": ar("نيكاراغوي"),
        "zh": ["尼加拉瓜", "尼加拉瓜共和国"],
    },
    "PA": {
        "en": ["Republic of Panama"],
        "dem_en": en("Panamanian"),
        "es": ["Panamá", "República de Panamá"], "dem_es": es("panameño"),
        "pt": ["Panamá", "República do Panamá"], "dem_pt": pt("panamenho"),
        "ar": ["بنما", "جمهورية بنما"], "dem_ar": ar("بنمي"),
        "zh": ["巴拿马", "巴拿马共和国"],
    },
    "PY": {
        "en": ["Republic of Paraguay"],
        "dem_en": en("Paraguayan"),
        "es": ["Paraguay", "República del Paraguay"], "dem_es": es("paraguayo"),
        "pt": ["Paraguai", "República do Paraguai"], "dem_pt": pt("paraguaio"),
        "ar": ["باراغواي", "الباراغواي", "باراجواي"], "dem_ar": ar("باراغوايي"),
        "zh": ["巴拉圭", "巴拉圭共和国"],
    },
    "PE": {
        "en": ["Republic of Peru"],
        "dem_en": en("Peruvian"),
        "es": ["Perú", "República del Perú"], "dem_es": es("peruano"),
        "pt": ["Peru", "República do Peru"], "dem_pt": pt("peruano"),
        "ar": ["بيرو", "البيرو", "جمهورية بيرو"], "dem_ar": ar("بيروفي"),
        "zh": ["秘鲁", "秘鲁共和国"],
    },
    "KN": {
        "en": ["St. Kitts and Nevis", "St Kitts and Nevis", "Federation of Saint Christopher and Nevis"],
        "dem_en": en("Kittitian", "Nevisian"),
        "es": ["San Cristóbal y Nieves", "Saint Kitts y Nevis"], "pt": ["São Cristóvão e Névis"],
        "ar": ["سانت كيتس ونيفيس", "سانت كيتس ونيفس"], "zh": ["圣基茨和尼维斯"],
    },
    "LC": {
        "en": ["St. Lucia", "St Lucia"],
        "dem_en": en("Saint Lucian"),
        "es": ["Santa Lucía"], "pt": ["Santa Lúcia"],
        "ar": ["سانت لوسيا"], "zh": ["圣卢西亚"],
    },
    "VC": {
        "en": ["St. Vincent and the Grenadines", "St Vincent and the Grenadines"],
        "dem_en": en("Vincentian"),
        "es": ["San Vicente y las Granadinas"], "pt": ["São Vicente e Granadinas"],
        "ar": ["سانت فنسنت وجزر غرينادين", "سانت فنسنت والغرينادين"], "zh": ["圣文森特和格林纳丁斯"],
    },
    "SR": {
        "en": ["Republic of Suriname"],
        "dem_en": ["Surinamese"],
        "es": ["Surinam", "República de Surinam"], "dem_es": es("surinamés"),
        "pt": ["Suriname", "República do Suriname"], "dem_pt": pt("surinamês"),
        "ar": ["سورينام"], "dem_ar": ar("سورينامي"),
        "zh": ["苏里南", "苏里南共和国"],
    },
    "TT": {
        "dem_en": en("Trinidadian", "Tobagonian", "Trinbagonian"),
        "es": ["Trinidad y Tobago"], "dem_es": es("trinitense"),
        "pt": ["Trinidad e Tobago", "Trindade e Tobago"],
        "ar": ["ترينيداد وتوباغو", "ترينيداد وتوباجو"], "zh": ["特立尼达和多巴哥"],
    },
    "UY": {
        "en": ["Oriental Republic of Uruguay"],
        "dem_en": en("Uruguayan"),
        "es": ["Uruguay", "República Oriental del Uruguay"], "dem_es": es("uruguayo"),
        "pt": ["Uruguai", "República Oriental do Uruguai"], "dem_pt": pt("uruguaio"),
        "ar": ["الأوروغواي", "أوروغواي", "الأوروجواي"], "dem_ar": ar("أوروغوايي"),
        "zh": ["乌拉圭", "乌拉圭东岸共和国"],
    },
    "VE": {
        "en": ["Bolivarian Republic of Venezuela"],
        "dem_en": en("Venezuelan"),
        "es": ["Venezuela", "República Bolivariana de Venezuela"], "dem_es": es("venezolano"),
        "pt": ["Venezuela", "República Bolivariana da Venezuela"], "dem_pt": pt("venezuelano"),
        "ar": ["فنزويلا", "جمهورية فنزويلا البوليفارية"], "dem_ar": ar("فنزويلي"),
        "zh": ["委内瑞拉", "委内瑞拉玻利瓦尔共和国"],
    },
    # --- North America, Europe ---
    "US": {
        "en": ["United States of America", "U.S.", "US", "USA", "U.S.A."],
        "es": ["Estados Unidos", "Estados Unidos de América", "EE.UU.", "EE. UU.", "EEUU"],
        "dem_es": ["estadounidense", "estadounidenses"],
        "pt": ["Estados Unidos", "Estados Unidos da América", "EUA"],
        "dem_pt": ["estadunidense", "estadunidenses", "estado-unidense", "estado-unidenses"],
        "ar": ["الولايات المتحدة", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية"],
        "zh": ["美国", "美利坚合众国"],
    },
    "CA": {
        "dem_en": en("Canadian"),
        "es": ["Canadá"], "dem_es": es("canadiense"),
        "pt": ["Canadá"], "dem_pt": pt("canadense"),
        "ar": ["كندا"], "dem_ar": ar("كندي"), "zh": ["加拿大"],
    },
    "GB": {
        "en": ["UK", "U.K.", "Britain", "Great Britain"],
        "dem_en": ["British", "Briton", "Britons"],
        "es": ["Reino Unido", "Gran Bretaña"], "dem_es": es("británico"),
        "pt": ["Reino Unido", "Grã-Bretanha"], "dem_pt": pt("britânico"),
        "ar": ["المملكة المتحدة", "بريطانيا", "بريطانيا العظمى"], "dem_ar": ar("بريطاني"),
        "zh": ["英国", "大不列颠及北爱尔兰联合王国"],
    },
    "DE": {
        "dem_en": en("German"),
        "es": ["Alemania"], "dem_es": es("alemán"),
        "pt": ["Alemanha"], "dem_pt": ["alemão", "alemã", "alemães", "alemãs"],
        "ar": ["ألمانيا"], "dem_ar": ar("ألماني"), "zh": ["德国", "德意志联邦共和国"],
    },
    "FR": {
        "dem_en": ["French"],
        "es": ["Francia"], "dem_es": es("francés"),
        "pt": ["França"], "dem_pt": pt("francês"),
        "ar": ["فرنسا"], "dem_ar": ar("فرنسي"), "zh": ["法国", "法兰西共和国"],
    },
    "IT": {
        "dem_en": en("Italian"),
        "es": ["Italia"], "dem_es": es("italiano"),
        "pt": ["Itália"], "dem_pt": pt("italiano"),
        "ar": ["إيطاليا"], "dem_ar": ar("إيطالي"), "zh": ["意大利"],
    },
    "ES": {
        "dem_en": ["Spanish", "Spaniard", "Spaniards"],
        "es": ["España"], "dem_es": es("español"),
        "pt": ["Espanha"], "dem_pt": ["espanhol", "espanhola", "espanhóis", "espanholas"],
        "ar": ["إسبانيا"], "dem_ar": ar("إسباني"), "zh": ["西班牙"],
    },
    "PT": {
        "dem_en": ["Portuguese"],
        "es": ["Portugal"], "dem_es": es("portugués"),
        "pt": ["Portugal"], "dem_pt": pt("português"),
        "ar": ["البرتغال"], "dem_ar": ar("برتغالي"), "zh": ["葡萄牙"], "dem_zh": ["葡方"],
    },
    "NL": {
        "en": ["Holland", "Kingdom of the Netherlands", "The Netherlands"],
        "dem_en": ["Dutch"],
        "es": ["Países Bajos", "Holanda"], "dem_es": es("neerlandés", "holandés"),
        "pt": ["Países Baixos", "Holanda"], "dem_pt": pt("neerlandês", "holandês"),
        "ar": ["هولندا"], "dem_ar": ar("هولندي"), "zh": ["荷兰"],
    },
    "BE": {
        "dem_en": en("Belgian"),
        "es": ["Bélgica"], "dem_es": es("belga"),
        "pt": ["Bélgica"], "dem_pt": pt("belga"),
        "ar": ["بلجيكا"], "dem_ar": ar("بلجيكي"), "zh": ["比利时"],
    },
    "PL": {
        "dem_en": ["Polish"],
        "es": ["Polonia"], "dem_es": es("polaco"),
        "pt": ["Polônia", "Polónia"], "dem_pt": pt("polonês", "polaco"),
        "ar": ["بولندا"], "dem_ar": ar("بولندي"), "zh": ["波兰"],
    },
    "SE": {
        "dem_en": ["Swedish"],
        "es": ["Suecia"], "dem_es": es("sueco"),
        "pt": ["Suécia"], "dem_pt": pt("sueco"),
        "ar": ["السويد"], "dem_ar": ar("سويدي"), "zh": ["瑞典"],
    },
    "AT": {
        "dem_en": en("Austrian"),
        "es": ["Austria"], "dem_es": es("austriaco", "austríaco"),
        "pt": ["Áustria"], "dem_pt": pt("austríaco"),
        "ar": ["النمسا"], "dem_ar": ar("نمساوي"), "zh": ["奥地利"],
    },
    "IE": {
        "dem_en": ["Irish"],
        "es": ["Irlanda"], "dem_es": es("irlandés"),
        "pt": ["Irlanda"], "dem_pt": pt("irlandês"),
        "ar": ["أيرلندا", "إيرلندا"], "dem_ar": ar("أيرلندي", "إيرلندي"), "zh": ["爱尔兰"],
    },
    "GR": {
        "dem_en": ["Greek", "Greeks"],
        "es": ["Grecia"], "dem_es": es("griego"),
        "pt": ["Grécia"], "dem_pt": pt("grego"),
        "ar": ["اليونان"], "dem_ar": ar("يوناني"), "zh": ["希腊"],
    },
    "CH": {
        "dem_en": ["Swiss"],
        "es": ["Suiza"], "dem_es": es("suizo"),
        "pt": ["Suíça"], "dem_pt": pt("suíço"),
        "ar": ["سويسرا"], "dem_ar": ar("سويسري"), "zh": ["瑞士"],
    },
    "RU": {
        "en": ["Russian Federation"],
        "dem_en": en("Russian"),
        "es": ["Rusia", "Federación de Rusia"], "dem_es": es("ruso"),
        "pt": ["Rússia", "Federação Russa"], "dem_pt": pt("russo"),
        "ar": ["روسيا", "الاتحاد الروسي", "روسيا الاتحادية"], "dem_ar": ar("روسي"),
        "zh": ["俄罗斯", "俄罗斯联邦", "俄国"], "dem_zh": ["俄方"],
    },
    "UA": {
        "dem_en": en("Ukrainian"),
        "es": ["Ucrania"], "dem_es": es("ucraniano"),
        "pt": ["Ucrânia"], "dem_pt": pt("ucraniano"),
        "ar": ["أوكرانيا"], "dem_ar": ar("أوكراني"), "zh": ["乌克兰"],
    },
    # --- Asia, Oceania ---
    "JP": {
        "dem_en": ["Japanese"],
        "es": ["Japón"], "dem_es": es("japonés"),
        "pt": ["Japão"], "dem_pt": pt("japonês"),
        "ar": ["اليابان"], "dem_ar": ar("ياباني"), "zh": ["日本"],
    },
    "KR": {
        "en": ["Republic of Korea", "ROK"],
        "dem_en": en("South Korean"),
        "es": ["Corea del Sur", "República de Corea"], "dem_es": es("surcoreano"),
        "pt": ["Coreia do Sul", "República da Coreia"], "dem_pt": pt("sul-coreano"),
        "ar": ["كوريا الجنوبية", "جمهورية كوريا"],
        "dem_ar": ["الكوري الجنوبي", "الكورية الجنوبية", "كوري جنوبي", "كورية جنوبية"],
        "zh": ["韩国", "大韩民国"], "dem_zh": ["韩方"],
    },
    "KP": {
        "en": ["Democratic People's Republic of Korea", "DPRK"],
        "dem_en": en("North Korean"),
        "es": ["Corea del Norte", "República Popular Democrática de Corea"], "dem_es": es("norcoreano"),
        "pt": ["Coreia do Norte", "República Popular Democrática da Coreia"], "dem_pt": pt("norte-coreano"),
        "ar": ["كوريا الشمالية", "جمهورية كوريا الديمقراطية الشعبية"],
        "dem_ar": ["الكوري الشمالي", "الكورية الشمالية", "كوري شمالي", "كورية شمالية"],
        "zh": ["朝鲜", "朝鲜民主主义人民共和国"],
    },
    "IN": {
        "en": ["Republic of India"],
        "es": ["India"], "pt": ["Índia"], "dem_pt": pt("indiano"),
        "ar": ["الهند", "جمهورية الهند"], "zh": ["印度"],
    },
    "ID": {
        "dem_en": en("Indonesian"),
        "es": ["Indonesia"], "dem_es": es("indonesio"),
        "pt": ["Indonésia"], "dem_pt": pt("indonésio"),
        "ar": ["إندونيسيا"], "dem_ar": ar("إندونيسي"), "zh": ["印度尼西亚", "印尼"],
    },
    "VN": {
        "en": ["Viet Nam", "Socialist Republic of Vietnam"],
        "dem_en": ["Vietnamese"],
        "es": ["Vietnam"], "dem_es": es("vietnamita"),
        "pt": ["Vietnã", "Vietname"], "dem_pt": pt("vietnamita"),
        "ar": ["فيتنام"], "dem_ar": ar("فيتنامي"), "zh": ["越南"],
    },
    "TH": {
        "dem_en": en("Thai"),
        "es": ["Tailandia"], "dem_es": es("tailandés"),
        "pt": ["Tailândia"], "dem_pt": pt("tailandês"),
        "ar": ["تايلاند"], "dem_ar": ar("تايلاندي"), "zh": ["泰国"],
    },
    "MY": {
        "dem_en": en("Malaysian"),
        "es": ["Malasia"], "dem_es": es("malasio"),
        "pt": ["Malásia"], "dem_pt": pt("malásio"),
        "ar": ["ماليزيا"], "dem_ar": ar("ماليزي"), "zh": ["马来西亚"],
    },
    "SG": {
        "dem_en": en("Singaporean"),
        "es": ["Singapur"], "dem_es": es("singapurense"),
        "pt": ["Singapura", "Cingapura"], "dem_pt": pt("singapurense", "cingapuriano"),
        "ar": ["سنغافورة"], "dem_ar": ar("سنغافوري"), "zh": ["新加坡"],
    },
    "PH": {
        "dem_en": ["Filipino", "Filipinos", "Philippine"],
        "es": ["Filipinas"], "dem_es": es("filipino"),
        "pt": ["Filipinas"], "dem_pt": pt("filipino"),
        "ar": ["الفلبين"], "dem_ar": ar("فلبيني"), "zh": ["菲律宾"],
    },
    "PK": {
        "dem_en": en("Pakistani"),
        "es": ["Pakistán"], "dem_es": es("pakistaní", "paquistaní"),
        "pt": ["Paquistão"], "dem_pt": pt("paquistanês"),
        "ar": ["باكستان"], "dem_ar": ar("باكستاني"), "zh": ["巴基斯坦"],
    },
    "BD": {
        "dem_en": en("Bangladeshi"),
        "es": ["Bangladés", "Bangladesh"], "dem_es": es("bangladesí"),
        "pt": ["Bangladesh"],
        "ar": ["بنغلاديش", "بنجلاديش"], "dem_ar": ar("بنغلاديشي"), "zh": ["孟加拉国"],
    },
    "MN": {
        "dem_en": en("Mongolian"),
        "es": ["Mongolia"], "dem_es": es("mongol"),
        "pt": ["Mongólia"], "dem_pt": ["mongol", "mongóis"],
        "ar": ["منغوليا"], "dem_ar": ar("منغولي"), "zh": ["蒙古国"],
    },
    "KZ": {
        "en": ["Republic of Kazakhstan"],
        "dem_en": ["Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"],
        "es": ["Kazajistán", "Kazajstán"], "dem_es": es("kazajo"),
        "pt": ["Cazaquistão"], "dem_pt": ["cazaque", "cazaques"],
        "ar": ["كازاخستان"], "dem_ar": ar("كازاخستاني"), "zh": ["哈萨克斯坦"], "dem_zh": ["哈方"],
    },
    "AU": {
        "en": ["Commonwealth of Australia"],
        "dem_en": en("Australian"),
        "es": ["Australia"], "dem_es": es("australiano"),
        "pt": ["Austrália"], "dem_pt": pt("australiano"),
        "ar": ["أستراليا"], "dem_ar": ar("أسترالي"), "zh": ["澳大利亚", "澳洲"], "dem_zh": ["澳方"],
    },
    "NZ": {
        "dem_en": ["New Zealander", "New Zealanders"],
        "es": ["Nueva Zelanda"], "dem_es": es("neozelandés"),
        "pt": ["Nova Zelândia"], "dem_pt": pt("neozelandês"),
        "ar": ["نيوزيلندا", "نيوزيلاندا"], "dem_ar": ar("نيوزيلندي"), "zh": ["新西兰"],
    },
    # --- Middle East, Africa ---
    "SA": {
        "dem_en": en("Saudi"),
        "es": ["Arabia Saudita", "Arabia Saudí"], "dem_es": es("saudí", "saudita"),
        "pt": ["Arábia Saudita"], "dem_pt": pt("saudita"),
        "ar": ["السعودية", "المملكة العربية السعودية"], "dem_ar": ar("سعودي"), "zh": ["沙特阿拉伯", "沙特"],
    },
    "AE": {
        "en": ["UAE"],
        "dem_en": en("Emirati"),
        "es": ["Emiratos Árabes Unidos"], "dem_es": es("emiratí"),
        "pt": ["Emirados Árabes Unidos"],
        "ar": ["الإمارات", "الإمارات العربية المتحدة"], "dem_ar": ar("إماراتي"),
        "zh": ["阿联酋", "阿拉伯联合酋长国"],
    },
    "EG": {
        "dem_en": en("Egyptian"),
        "es": ["Egipto"], "dem_es": es("egipcio"),
        "pt": ["Egito"], "dem_pt": pt("egípcio"),
        "ar": ["مصر", "جمهورية مصر العربية"], "dem_ar": ar("مصري"), "zh": ["埃及"],
    },
    "TR": {
        "en": ["Türkiye", "Turkiye", "Republic of Türkiye"],
        "dem_en": ["Turkish"],
        "es": ["Turquía"], "dem_es": es("turco"),
        "pt": ["Turquia"], "dem_pt": pt("turco"),
        "ar": ["تركيا"], "dem_ar": ar("تركي"), "zh": ["土耳其"],
    },
    "IR": {
        "en": ["Islamic Republic of Iran"],
        "dem_en": en("Iranian"),
        "es": ["Irán", "República Islámica de Irán"], "dem_es": es("iraní"),
        "pt": ["Irã", "Irão", "República Islâmica do Irã"], "dem_pt": pt("iraniano"),
        "ar": ["إيران", "الجمهورية الإسلامية الإيرانية"], "dem_ar": ar("إيراني"), "zh": ["伊朗"],
    },
    "IL": {
        "dem_en": en("Israeli"),
        "es": ["Israel"], "dem_es": es("israelí"),
        "pt": ["Israel"], "dem_pt": pt("israelense"),
        "ar": ["إسرائيل"], "dem_ar": ar("إسرائيلي"), "zh": ["以色列"],
    },
    "ZA": {
        "en": ["Republic of South Africa"],
        "dem_en": en("South African"),
        "es": ["Sudáfrica", "República de Sudáfrica"], "dem_es": es("sudafricano"),
        "pt": ["África do Sul", "República da África do Sul"], "dem_pt": pt("sul-africano"),
        "ar": ["جنوب أفريقيا", "جنوب إفريقيا", "جمهورية جنوب أفريقيا"], "zh": ["南非"],
    },
    "NG": {
        "dem_en": en("Nigerian"),
        "es": ["Nigeria"], "dem_es": es("nigeriano"),
        "pt": ["Nigéria"], "dem_pt": pt("nigeriano"),
        "ar": ["نيجيريا"], "dem_ar": ar("نيجيري"), "zh": ["尼日利亚"],
    },
    # --- other names, fixes and demonyms ---
    "CD": {
        "en": ["DR Congo", "DRC", "Congo-Kinshasa"],
        "es": ["República Democrática del Congo"], "pt": ["República Democrática do Congo"],
        "ar": ["جمهورية الكونغو الديمقراطية"], "zh": ["刚果（金）", "刚果民主共和国"],
    },
    "CG": {
        "en": ["Republic of Congo", "Congo-Brazzaville"],
        "es": ["República del Congo"], "pt": ["República do Congo"],
        "ar": ["جمهورية الكونغو"], "zh": ["刚果（布）", "刚果共和国"],
    },
    "FM": {"es": ["Micronesia"], "pt": ["Micronésia"], "ar": ["ميكرونيزيا"], "zh": ["密克罗尼西亚联邦"]},
    "MD": {"es": ["Moldavia"], "pt": ["Moldávia"], "ar": ["مولدوفا"], "zh": ["摩尔多瓦"],
           "dem_en": en("Moldovan")},
    "PS": {"en": ["State of Palestine"], "dem_en": en("Palestinian"),
           "es": ["Palestina", "Estado de Palestina"], "pt": ["Palestina", "Estado da Palestina"]},
    "SY": {"es": ["Siria"], "pt": ["Síria"], "ar": ["سوريا", "سورية"], "zh": ["叙利亚"],
           "dem_en": en("Syrian")},
    "TZ": {"es": ["Tanzania"], "pt": ["Tanzânia"], "ar": ["تنزانيا"], "dem_en": en("Tanzanian")},
    "LA": {"es": ["Laos"], "pt": ["Laos"], "ar": ["لاوس"], "zh": ["老挝"],
           "dem_en": ["Lao", "Laotian", "Laotians"]},
    "VG": {"es": ["Islas Vírgenes Británicas"], "pt": ["Ilhas Virgens Britânicas"],
           "ar": ["جزر فيرجن البريطانية"]},
    "VI": {"en": ["U.S. Virgin Islands", "US Virgin Islands"],
           "es": ["Islas Vírgenes de los Estados Unidos"], "pt": ["Ilhas Virgens Americanas"],
           "ar": ["جزر فيرجن الأمريكية"]},
    "VA": {"en": ["Holy See", "Vatican"], "es": ["Santa Sede", "Ciudad del Vaticano", "Vaticano"],
           "pt": ["Santa Sé", "Vaticano"], "ar": ["الفاتيكان", "الكرسي الرسولي"], "zh": ["梵蒂冈", "教廷"]},
    "FK": {"en": ["Falklands", "Malvinas", "Malvinas Islands", "Falkland Islands (Malvinas)"],
           "es": ["Islas Malvinas", "Malvinas"], "pt": ["Ilhas Malvinas", "Malvinas"],
           "ar": ["جزر فوكلاند", "جزر مالفيناس"], "zh": ["马尔维纳斯群岛", "福克兰群岛"]},
    "HU": {"ar": ["المجر", "هنغاريا"], "dem_en": en("Hungarian")},
    "CC": {"zh": ["科科斯（基林）群岛"]},
    "CI": {"en": ["Ivory Coast", "Cote d'Ivoire"], "dem_en": en("Ivorian"), "es": ["Costa de Marfil"],
           "ar": ["كوت ديفوار"]},
    "CV": {"en": ["Cabo Verde"], "dem_en": en("Cape Verdean")},
    "TL": {"en": ["East Timor"], "dem_en": ["Timorese"]},
    "MM": {"en": ["Burma"], "dem_en": ["Burmese"]},
    "CZ": {"en": ["Czech Republic"], "dem_en": ["Czech", "Czechs"]},
    "SZ": {"en": ["Swaziland"]},
    "MK": {"dem_en": en("North Macedonian")},
    "TN": {"es": ["Túnez"], "dem_en": en("Tunisian")},
    "BN": {"en": ["Brunei Darussalam"], "dem_en": en("Bruneian")},
    "RS": {"ar": ["صربيا"], "dem_en": en("Serbian")},
    "LT": {"ar": ["ليتوانيا"], "dem_en": en("Lithuanian")},
    "ME": {"ar": ["الجبل الأسود"], "dem_en": en("Montenegrin")},
    "KH": {"zh": ["柬埔寨"], "dem_en": en("Cambodian")},
    "PF": {"zh": ["法属波利尼西亚"]},
    "BQ": {"en": ["Bonaire"]},
    "PR": {"dem_en": en("Puerto Rican")},
    "WS": {"dem_en": en("Samoan")},
    "SD": {"dem_en": ["Sudanese"]},
    "SS": {"dem_en": ["South Sudanese"]},
    "GM": {"en": ["The Gambia"], "dem_en": en("Gambian")},
}

# English demonyms for the rest, where unambiguous (adjective, and plural in -s where it takes one).
EN_DEMONYMS = {
    "AF": en("Afghan"), "AL": en("Albanian"), "DZ": en("Algerian"), "AD": en("Andorran"),
    "AO": en("Angolan"), "AM": en("Armenian"), "AZ": en("Azerbaijani", "Azeri"), "BH": en("Bahraini"),
    "BY": en("Belarusian"), "BJ": ["Beninese"], "BT": ["Bhutanese"], "BA": en("Bosnian"),
    "BG": en("Bulgarian"), "BF": ["Burkinabe"], "BI": en("Burundian"), "CM": en("Cameroonian"),
    "TD": en("Chadian"), "KM": en("Comorian"), "HR": en("Croatian"), "CY": ["Cypriot", "Cypriots"],
    "DK": ["Danish", "Dane", "Danes"], "DJ": en("Djiboutian"), "EE": en("Estonian"),
    "ER": en("Eritrean"), "ET": en("Ethiopian"), "FJ": en("Fijian"), "FI": ["Finnish", "Finn", "Finns"],
    "GA": ["Gabonese"], "GE": en("Georgian"), "GH": en("Ghanaian"), "GW": en("Bissau-Guinean"),
    "GQ": en("Equatorial Guinean"), "IS": ["Icelandic", "Icelander", "Icelanders"], "IQ": en("Iraqi"),
    "JO": en("Jordanian"), "KE": en("Kenyan"), "KW": en("Kuwaiti"), "KG": ["Kyrgyz"],
    "LV": en("Latvian"), "LB": ["Lebanese"], "LR": en("Liberian"), "LY": en("Libyan"),
    "LU": ["Luxembourger", "Luxembourgers"], "MG": ["Malagasy"], "MW": en("Malawian"),
    "MV": en("Maldivian"), "ML": en("Malian"), "MT": ["Maltese"], "MR": en("Mauritanian"),
    "MU": en("Mauritian"), "MC": ["Monegasque"], "MA": en("Moroccan"), "MZ": en("Mozambican"),
    "NA": en("Namibian"), "NP": ["Nepali", "Nepalese"], "NE": en("Nigerien"),
    "NO": en("Norwegian"), "OM": en("Omani"), "PG": en("Papua New Guinean"), "QA": en("Qatari"),
    "RO": en("Romanian"), "RW": en("Rwandan"), "SN": ["Senegalese"], "SC": ["Seychellois"],
    "SL": en("Sierra Leonean"), "SK": en("Slovak"), "SI": en("Slovenian", "Slovene"),
    "SO": en("Somali"), "LK": en("Sri Lankan"), "TJ": ["Tajik", "Tajiks", "Tajikistani"],
    "TG": ["Togolese"], "TO": en("Tongan"), "TM": ["Turkmen"], "UG": en("Ugandan"),
    "UZ": ["Uzbek", "Uzbeks", "Uzbekistani"], "VU": ["Ni-Vanuatu"], "YE": en("Yemeni"),
    "ZM": en("Zambian"), "ZW": en("Zimbabwean"), "SB": en("Solomon Islander"), "PW": en("Palauan"),
}
# fmt: on


def _ar_clean(text: str) -> str:
    t = _AR_MARKS.sub("", text)
    return " ".join(t.split())


def _translations() -> dict[str, list[gettext.NullTranslations]]:
    return {
        lang: [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[loc]) for loc in locs]
        for lang, locs in LOCALES.items()
    }


# Names as Taiwan and Hong Kong print them where they differ from the mainland's ("宏都拉斯" for
# 洪都拉斯), in simplified characters: Chinese in traditional characters is folded to simplified
# before it is matched. Merged after the other Chinese forms.
ZH_REGIONAL: dict[str, list[str]] = {
    "TW": ["中华民国"],
    "HN": ["宏都拉斯"], "CR": ["哥斯大黎加"], "EC": ["厄瓜多"], "TT": ["千里达及托巴哥", "千里达"],
    "BZ": ["贝里斯"], "GY": ["盖亚那"], "SR": ["苏利南"], "DO": ["多明尼加", "多明尼加共和国"],
    "LC": ["圣露西亚"], "VC": ["圣文森及格瑞那丁", "圣文森"], "KN": ["圣克里斯多福及尼维斯"],
    "BB": ["巴贝多"], "GD": ["格瑞那达"], "AG": ["安地卡及巴布达"],
    "IT": ["义大利"], "NZ": ["纽西兰"], "SA": ["沙乌地阿拉伯", "沙乌地"], "KE": ["肯亚"],
    "KR": ["南韩"], "KP": ["北韩"],
}

def _usable(form: str, lang: str) -> bool:
    """pycountry forms worth keeping: not inverted ("Corea, República de"), no parentheses, right script."""
    if "(" in form or "（" in form or "،" in form:
        return False
    if (lang == "en" and _INVERTED.search(form)) or (lang != "en" and "," in form):
        return False
    if lang == "ar":
        return bool(re.search(r"[\u0600-\u06ff]", form)) and not re.search(r"[A-Za-z]", form)
    if lang == "zh":
        return bool(re.search(r"[\u4e00-\u9fff]", form))
    return True


def _merge(out: list[str], forms: list[str]) -> None:
    for f in forms:
        f = f.strip()
        if f and f not in out:
            out.append(f)


def build() -> tuple[list[dict[str, str]], list[str]]:
    """The rows of countries.csv and the notes on dropped ambiguous pycountry forms."""
    tr = _translations()
    rows: list[dict[str, str]] = []
    cells: dict[str, dict[str, list[str]]] = {}
    curated_forms: dict[str, set[str]] = {}
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        iso = c.alpha_2
        cur = C.get(iso, {})
        drop = DROP.get(iso, {})
        common = getattr(c, "common_name", None)
        official = getattr(c, "official_name", None)
        name = NAMES.get(iso) or common or c.name
        fields: dict[str, list[str]] = {f"names_{lang}": [] for lang in LANGS}
        fields.update({f"demonyms_{lang}": [] for lang in LANGS})
        curated: set[str] = {name}
        for lang in LANGS:
            names, dems = cur.get(lang, []), cur.get(f"dem_{lang}", [])
            if lang == "en" and not dems:
                dems = EN_DEMONYMS.get(iso, [])
            if lang == "ar":
                names, dems = [_ar_clean(n) for n in names], [_ar_clean(d) for d in dems]
            _merge(fields[f"names_{lang}"], names)
            _merge(fields[f"demonyms_{lang}"], dems)
            curated |= set(names) | set(dems)
            if lang == "en":
                iso_forms = [c.name, common or "", (official or "").removeprefix("the ")]
            else:
                iso_forms = [t.gettext(c.name) for t in tr[lang]]
                if lang == "ar":
                    iso_forms = [_ar_clean(f) for f in iso_forms]
            keep = [f for f in iso_forms if f and _usable(f, lang) and f not in drop.get(lang, set())]
            _merge(fields[f"names_{lang}"], keep)
            if lang == "zh":
                _merge(fields["names_zh"], ZH_REGIONAL.get(iso, []))
                curated |= set(ZH_REGIONAL.get(iso, []))
        if name in fields["names_en"]:
            fields["names_en"].remove(name)
        cells[iso] = fields
        curated_forms[iso] = {normalize(f) for f in curated}
        rows.append({"iso2": iso, "name": name, "wikidata": WIKIDATA.get(iso, "")})

    # A surface form claimed by two countries: curated clashes are bugs, pycountry ones are dropped.
    owners: dict[str, set[str]] = {}
    for iso, fields in cells.items():
        for forms in fields.values():
            for f in forms:
                owners.setdefault(normalize(f), set()).add(iso)
        owners.setdefault(normalize(next(r["name"] for r in rows if r["iso2"] == iso)), set()).add(iso)
    notes: list[str] = []
    for form, isos in sorted(owners.items()):
        if len(isos) < 2:
            continue
        claimed = [i for i in sorted(isos) if form in curated_forms[i]]
        if len(claimed) > 1:
            raise SystemExit(f"curated form {form!r} is claimed by {', '.join(claimed)}")
        for iso in sorted(isos):
            if iso in claimed:
                continue
            for col, forms in cells[iso].items():
                cells[iso][col] = [f for f in forms if normalize(f) != form]
            notes.append(f"dropped ambiguous {form!r} from {iso} (also {', '.join(sorted(isos - {iso}))})")

    for row in rows:
        for col, forms in cells[row["iso2"]].items():
            row[col] = "|".join(forms)
    return rows, notes


def render(rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(COUNTRY_COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if countries.csv differs from the build")
    args = parser.parse_args(argv)
    rows, notes = build()
    text = render(rows)
    for note in notes:
        print(note, file=sys.stderr)
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is stale: run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} countries to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
