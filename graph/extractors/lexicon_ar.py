"""Arabic words that give named things their class: the grammar of names, not a list of names.

An Arabic name is a head-first construct phrase (إضافة): the head noun says what the thing is
("وزارة" ministry, "شركة" company, "منتدى" forum) and the words after it name it ("وزارة
الخارجية الصينية", "منتدى التعاون ... بين الصين وأمريكا اللاتينية"). Conjunctions and
prepositions are written glued to the word ("والمنتدى", "للاستيراد", "بالبرازيل").

All forms here are written as printed; :func:`norm` folds them (bare alef, ي for ى, no short
vowels) before comparison. Everything is general knowledge of the language and the genre.
"""

from __future__ import annotations

import re

from ..records import EntityClass as C

GOV, CO, ORG, IO = C.GOVERNMENT_BODY, C.COMPANY, C.ORGANIZATION, C.INTERNATIONAL_ORGANIZATION
AGR, PROJ, EVT, INIT = C.AGREEMENT, C.PROJECT, C.EVENT, C.INITIATIVE

# Short vowels, shadda, sukun, dagger alef and tatweel: absent from most printed text.
MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})


# Conjunctions and prepositions printed glued to the next word ("ومعرض", "للمنتدى"), and the article.
CLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")
ARTICLES = ("وال", "بال", "فال", "كال", "لل", "ال")


def norm(text: str) -> str:
    """Compare Arabic forms: no short vowels or tatweel, bare alef, ي for final ى."""
    return MARKS.sub("", text).translate(_FOLD)


def _n(words: str) -> frozenset[str]:
    return frozenset(norm(w) for w in words.split())


# Head nouns (singular, indefinite) and the class of what they name.
_HEADS_BY_CLASS: dict[C, str] = {
    # government bodies
    GOV: """وزارة هيئة مجلس لجنة مكتب إدارة سفارة قنصلية برلمان مفوضية مصلحة بلدية وكالة محكمة ديوان
        كونغرس""",
    # companies
    CO: "شركة مجموعة بنك مصرف صندوق",
    # other organizations
    ORG: """جمعية معهد جامعة أكاديمية كلية مركز حزب اتحاد غرفة رابطة مؤسسة صحيفة مختبر متحف نقابة
        أمانة""",
    # international organizations
    IO: "منظمة تحالف جماعة",
    # events
    EVT: "منتدى قمة مؤتمر اجتماع ندوة معرض حوار ملتقى مهرجان أسبوع مسابقة دورة",
    # agreements
    AGR: "اتفاقية اتفاق معاهدة مذكرة إعلان بروتوكول ميثاق شراكة",
    # projects
    PROJ: "مشروع برنامج ميناء محطة سد جسر نفق مطار منجم مصفاة مترو مصنع سكة",
    # initiatives
    INIT: "مبادرة استراتيجية خطة رؤية أجندة",
}
_HEADS: dict[str, C] = {w: cls for cls, words in _HEADS_BY_CLASS.items() for w in words.split()}
HEADS: dict[str, C] = {norm(k): v for k, v in _HEADS.items()}

# Plurals name several things at once ("المعارض الدولية"); they count only when the singular
# is a known name ("مبادرات التنمية العالمية" -> "مبادرة التنمية العالمية") or a body's meetings.
PLURALS: dict[str, str] = {
    norm(p): norm(s)
    for p, s in (
        ("مبادرات", "مبادرة"),
        ("منتديات", "منتدى"),
        ("مؤتمرات", "مؤتمر"),
        ("اجتماعات", "اجتماع"),
        ("معارض", "معرض"),
        ("قمم", "قمة"),
        ("اتفاقيات", "اتفاقية"),
        ("اتفاقات", "اتفاق"),
        ("مشاريع", "مشروع"),
        ("مشروعات", "مشروع"),
        ("برامج", "برنامج"),
        ("شركات", "شركة"),
        ("وزارات", "وزارة"),
        ("منظمات", "منظمة"),
        ("مجموعات", "مجموعة"),
        ("لجان", "لجنة"),
        ("ندوات", "ندوة"),
        ("دورات", "دورة"),
    )
}
# Plural meetings that name a body's series of meetings: "المؤتمرات الوزارية لمنظمة التجارة العالمية".
MEETING_PLURALS = _n("مؤتمرات اجتماعات قمم دورات")

# "مذكرة تفاهم", "خطة عمل", "ورشة عمل", "سكة حديد": two-word heads.
TWO_WORD_HEADS: dict[tuple[str, str], C] = {
    (norm("مذكرة"), norm("تفاهم")): AGR,
    (norm("خطة"), norm("عمل")): AGR,
    (norm("ورشة"), norm("عمل")): EVT,
    (norm("سكة"), norm("حديد")): PROJ,
    (norm("خط"), norm("سكة")): PROJ,
    (norm("خط"), norm("أنابيب")): PROJ,
    (norm("قمر"), norm("صناعي")): PROJ,
    (norm("وكالة"), norm("أنباء")): ORG,
    (norm("رئيس"), norm("مجلس")): GOV,
}

# Words after the head that change its class.
CLASS_BY_NEXT: dict[tuple[str, str], C] = {
    (norm("مجموعة"), norm("دول")): IO,
    (norm("وكالة"), norm("أنباء")): ORG,
    (norm("مجلس"), norm("الأعمال")): ORG,
    (norm("مركز"), norm("بيانات")): PROJ,
    (norm("مركز"), norm("البيانات")): PROJ,
    (norm("صندوق"), norm("النقد")): IO,
    (norm("مؤتمر"), norm("الشعب")): GOV,
}
# Banks of development, central banks and export-import banks are public bodies or lenders.
PUBLIC_BANK_WORDS = _n("التنمية المركزي الاستيراد التصدير الشعب للتنمية الإنمائي")
REGIONAL_WORDS = _n(
    "الآسيوي الأفريقي الإفريقي الأوروبي الأمريكية الأميركية الدولي الجديد للبلدان الإسلامي الكاريبي العالمي"
)

# Anchors: words that make a phrase a proper name rather than a description.
ANCHOR_WORDS = _n(
    """الدولي الدولية العالمي العالمية الوطني الوطنية المركزي المركزية الاتحادية الشعبي الشعبية
    الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس السادسة السابع
    السابعة الثامن الثامنة التاسع التاسعة العاشر العاشرة الحادي الحادية"""
)

# Adjectives written as a construct with a definite noun: "رفيع المستوى", "متعددة الأطراف".
CONSTRUCT_ADJECTIVES = _n("رفيع رفيعة متعدد متعددة عالي عالية متوسط متوسطة طويل طويلة قصير قصيرة")

# Words that end a name even though they look like part of it: days, times, pronouns, deixis.
STOP_WORDS = _n(
    """الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت اليوم أمس غدا الماضي الماضية الجاري
    الجارية المقبل المقبلة الحالي الحالية القادم القادمة العام الشهر الأسبوع السنة صباح مساء الذي التي
    الذين اللذين اللتين اللواتي هذا هذه ذلك تلك هناك هنا حيث كما أيضا أمام خلال عبر ضمن وفق حتى بعد قبل
    منذ عند لدى نحو حول بين في من على إلى الى عن مع أن إن أنه أنها قد لقد لم لن ما لا كان كانت يكون
    تكون وقال وقالت قال قالت أكد أكدت أعلن أعلنت أشار أشارت أضاف أضافت ذكر ذكرت بحسب حسب وفقا عبرت
    تاريخ التاريخ المصدر النشر"""
)
# Prepositions that may continue a name: "بين الصين والبرازيل", "حول التعاون الصناعي".
BETWEEN = norm("بين")
ABOUT = _n("حول بشأن")
FIELD_OF = (norm("في"), _n("مجال مجالات"))
YEAR_WORDS = _n("عام لعام العام")

# Titles and posts (one per line), matched longest first as word sequences.
_TITLE_PHRASES = """الرئيس
رئيس
الرئيسة
رئيسة
نائب الرئيس
نائبة الرئيس
نائب رئيس الوزراء
نائب
نائبة
رئيس الوزراء
رئيسة الوزراء
رئيس مجلس الدولة
رئيس مجلس الإدارة
وزير
وزيرة
الوزير
الوزيرة
نائب وزير
السفير
سفير
السفيرة
سفيرة
الأمين العام
أمين عام
الأمينة العامة
المدير
مدير
المديرة
مديرة
المدير العام
المدير التنفيذي
المتحدث
المتحدثة
المتحدث الرسمي
المتحدثة الرسمية
الناطق
الناطقة
المستشار
مستشار
الملك
الأمير
الشيخ
السيد
السيدة
الدكتور
الدكتورة
البروفيسور
الأستاذ
الخبير
الباحث
الباحثة
المحلل
حاكم
محافظ
عمدة
القنصل
المبعوث
المبعوثة
المبعوث الخاص
الممثل
الممثلة
المندوب
المندوبة
الزعيم
مراسل
مراسلة"""
TITLES: tuple[str, ...] = tuple(sorted({norm(t) for t in _TITLE_PHRASES.splitlines()}, key=len, reverse=True))
TITLE_WORDS = _n(
    """الرئيس رئيس الرئيسة رئيسة نائب نائبة وزير وزيرة الوزير الوزيرة السفير سفير السفيرة سفيرة الأمين
    أمين الأمينة المدير مدير المديرة مديرة المتحدث المتحدثة الناطق الناطقة المستشار مستشار الملك الأمير
    الشيخ السيد السيدة الدكتور الدكتورة البروفيسور الأستاذ الخبير الباحث الباحثة المحلل حاكم محافظ
    عمدة القنصل المبعوث المبعوثة الممثل الممثلة المندوب المندوبة الزعيم مراسل مراسلة نظيره نظيرته"""
)
# Words that may stand between a title and the name: the post's portfolio and whose post it is.
TITLE_LINKS = _n("العام العامة التنفيذي الخاص الخاصة الرسمي باسم لدى الوزراء الدولة الإدارة مجلس")

# Bylines: "المحرر المسؤول: ...", "ترجمة: ...".
BYLINE = re.compile(
    r"(?P<role>المحرر المسؤول|المحرر|محرر|رئيس التحرير|ترجمة|ترجمه|المترجم|مترجم|إعداد|اعداد|كتبه|كتب|بقلم|"
    r"تحرير|مراسل|المراسل|تصوير|مراجعة|تدقيق)\s*[:：]\s*"
)

# People named in apposition after a name: "... والدبلوماسي المخضرم X" starts a new phrase.
PERSON_NOUNS = _n(
    """دبلوماسي دبلوماسية مسؤول مسؤولة كاتب كاتبة صحفي صحفية أكاديمي أكاديمية خبير خبيرة باحث باحثة محلل محللة
    رئيس رئيسة وزير وزيرة سفير سفيرة مستشار مستشارة مدير مديرة أستاذ أستاذة متحدث متحدثة ناطق ناطقة نائب نائبة
    ممثل ممثلة مبعوث مبعوثة زعيم زعيمة قائد قائدة أمين أمينة"""
)
# Particles inside transliterated names: "دا سيلفا", "دي لا فوينتي", "عبد الفتاح".
NAME_PARTICLES = _n("دا دي دو دوس لا ديل فان فون بن ابن أبو ابو آل عبد")
# Common words that follow a name and end it (verbs of saying and meeting, "his counterpart").
AFTER_NAME = _n(
    """قال قالت يقول تقول أكد أكدت يؤكد تؤكد أعلن أعلنت أشار أشارت أضاف أضافت أوضح أوضحت شدد شددت دعا
    دعت التقى التقت يلتقي زار زارت يزور وصل وصلت بحث بحثت وقع وقعت يوقع ألقى ألقت افتتح افتتحت ترأس
    ترأست حضر حضرت شارك شاركت سلسلة خلال اليوم أمس خطابا كلمة رسالة بيانا مقابلة نظيره نظيرته"""
)
# Chinese surnames as Arabic news writes them ("شي جين بينغ", "وانغ يي", "لي تشيانغ").
CHINESE_SURNAMES_AR = _n(
    """شي وانغ لي تشانغ ليو تشن تشين يانغ هوانغ تشاو وو تشو شو سون ما هو قوه قو خه قاو لين لوه
    تشنغ ليانغ شيه سونغ تانغ هان فنغ دنغ تساو بنغ تسنغ شياو تيان دونغ يوان بان يو جيانغ تساي جيا دينغ
    وي شيويه يه يان دو داي شيا تشونغ تان لو فان فانغ ياو لياو تسو شيونغ جين تشيو تشين قو هوو شاو منغ
    لونغ وان دوان لي تشيان يين تشانغ تشياو لاي قونغ ون كونغ تسوي رن شن ماو هاو نيو كانغ شينغ ني قه
    يويه باي شين مو فو تشنغ جي قنغ لان ياو جينغ تونغ بي هوا سو لوي"""
)

# Verbs and nouns that say an event was organized, hosted or sponsored by someone.
ORGANIZED_AFTER = re.compile(
    r"(?:برعاية|تحت رعاية|بتنظيم من|بتنظيم|من تنظيم|نظمها|نظمته|تنظمها|تنظمه|ينظمها|ينظمه|استضافتها|استضافته|"
    r"تستضيفها|تستضيفه|يستضيفها|يستضيفه|بدعوة من|بمشاركة)\s+"
)
ORGANIZED_VERB = re.compile(
    r"(?:^|\s|و)(?:نظمت|نظم|تنظم|ينظم|استضافت|استضاف|تستضيف|يستضيف|أقامت|أقام|تقيم|يقيم|عقدت|تعقد|يعقد)\s+"
)
ORGANIZED_NOUN = re.compile(
    r"(?:تنظيم|إقامة|اقامة|عقد|استضافة|بتنظيم|بإقامة|بعقد|باستضافة|لتنظيم|لإقامة|لعقد|لاستضافة)\s+"
)
HELD_IN = re.compile(
    r"(?:عقد|عقدت|انعقد|انعقدت|تعقد|يعقد|ينعقد|تنعقد|أقيم|أقيمت|يقام|تقام|افتتح|افتتحت|اختتم|اختتمت|انطلق|"
    r"انطلقت|ينطلق|تنطلق|المنعقد|المنعقدة|المقام|المقامة)\b"
)
JOIN = re.compile(r"(?:انضم|انضمت|تنضم|ينضم|انضمام|الانضمام|بانضمام|لانضمام)\b")
SIGN = re.compile(r"(?:وقع|وقعت|يوقع|توقع|توقيع|بتوقيع|التوقيع|أبرم|أبرمت|إبرام)\b")
IMPLEMENTED = re.compile(
    r"(?:نفذته|نفذتها|تنفذه|تنفذها|ينفذه|ينفذها|بنته|بنتها|تبنيه|شيدته|شيدتها|أنشأته|أنشأتها|طورته|طورتها|"
    r"مولته|مولتها|تموله|تمولها|تديره|تديرها|يديره|يديرها|من تنفيذ|من بناء|من إنشاء|بتمويل من|بتمويل|بتنفيذ|"
    r"تنفيذ|بناء)\s+"
)
PARTICIPATE = re.compile(r"(?:شارك|شاركت|يشارك|تشارك|حضر|حضرت|يحضر|تحضر|المشاركة|بمشاركة|مشاركة|حضور)\b")
OPERATES = re.compile(r"(?:تعمل|يعمل|تستثمر|يستثمر|استثمرت|تنشط|تبني|بنت|مشاريع|مشروعات|فروع|فرع|مصنع)\b")
