"""Names in Chinese sentences: organizations, events, agreements, projects, initiatives and people.

Chinese is written without spaces, so a name is found from its end: a head word
(:mod:`lexicon_zh`) says what it is ("...部", "...公司", "...论坛", "...协定"), and the name starts
where walking left meets something that cannot be part of a name: punctuation, a particle
("的", "在", "由"), a verb ("出席", "签署"), a time word, or "和"/"与" joining two names. It counts
only when something in it is proper: a country, region, body or Chinese place, an ordinal
("第四届"), a pair abbreviation ("中拉"), a portfolio before "部", or book-title marks
(《...》 around agreements). Bodies named inside a longer name ("中国—拉共体论坛" in
"中国—拉共体论坛第四届部长级会议") become mentions of their own, marked ``nested``.

People stand next to a title ("国家主席习近平", "巴西总统卢拉", "王毅外长") or in the byline
("（记者张明、刘悦）"); a Han name is a surname and one or two characters, a transliterated
name joins its parts with "·".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from ..gazetteer import Gazetteer
from ..records import ORGANIZATION_CLASSES, EntityClass, Mention, Sentence
from . import lexicon_zh as L
from .context import DocContext
from .known_names import Hit, scan
from .registry import mention_extractor
from .romanize_zh import pinyin_name

NAME = "names_zh"
C = EntityClass

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_DASH = "—－-–"
_DOTS = L.NAME_DOTS
_ORDINAL = re.compile(r"(?:第[一二三四五六七八九十百零〇\d]+|首)(?:届|轮|次)")
_YEAR_PAREN_END = re.compile(r"\s*[（(]\s*\d{4}\s*[—－\-–~～至]\s*\d{4}\s*年?\s*[)）]\s*$")
_YEAR_PAREN = re.compile(r"\s*[（(]\s*\d{4}\s*[—－\-–~～至]\s*\d{4}\s*年?\s*[)）]")
_PAIR_LONG = re.compile(
    r"中国\s*[—－\-–]?\s*(?:拉美和加勒比(?:国家)?|拉丁美洲和加勒比(?:国家)?|拉美|拉丁美洲|拉共体)(?:国家)?"
)
_LEADING_DEICTIC = re.compile(
    r"^(?:该|此|本|这|那|各|上述|此次|本次|这次|本届|该届|上届|下届|历届|今年|去年|明年|这一|这个)"
)
_PARTNERSHIP = re.compile("(?:" + "|".join(sorted(L.PARTNERSHIP_WORDS, key=len, reverse=True)) + r")+伙伴关系")
_TRANSLIT_RUN = re.compile("[" + "".join(sorted(L.TRANSLITERATION)) + "]{3,}")
_ANCHOR_WORDS = ("国家", "全国", "国际", "世界", "全球", "中央", "中华", "南南", "金砖", "人民", "联合国")


def is_han(c: str) -> bool:
    return bool(_HAN.match(c))


@lru_cache(maxsize=1)
def _head_automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for h in L.HEADS:
        auto.add_word(h, h)
    auto.make_automaton()
    return auto


@dataclass
class Cand:
    start: int
    end: int  # sentence offsets
    head_start: int
    head: str
    cls: EntityClass
    name: str
    quoted: bool = False


class _ZSent:
    """One Chinese sentence with its gazetteer hits and head words."""

    def __init__(self, text: str, gaz: Gazetteer) -> None:
        self.text = text
        self.gaz = gaz
        self.hits = scan(text, gaz)
        self.hit_ending: dict[int, Hit] = {h.end: h for h in self.hits}
        self.covered = [None] * (len(text) + 1)  # type: list[Hit | None]
        for h in self.hits:
            for k in range(h.start, h.end):
                self.covered[k] = h
        self.heads = self._heads()
        self.head_ending = {e: h for h, s, e in [(h, s, e) for s, e, h in self.heads]}

    def _heads(self) -> list[tuple[int, int, str]]:
        by_end: dict[int, tuple[int, str]] = {}
        longest_from: dict[int, int] = {}
        for end_idx, head in _head_automaton().iter(self.text):
            end = end_idx + 1
            start = end - len(head)
            longest_from[start] = max(longest_from.get(start, 0), end)
            if end not in by_end or len(head) > len(by_end[end][1]):
                by_end[end] = (start, head)
        out = []
        for end, (start, head) in sorted(by_end.items()):
            if longest_from.get(start, end) > end:
                continue  # "基金" in "基金会"
            after = self.text[end : end + 1]
            before = self.text[start - 1 : start] if start > 0 else ""
            if after and after in L.NOT_AFTER.get(head, ()):
                continue
            if before and before in L.NOT_BEFORE.get(head, ()):
                continue
            if head in ("会议", "展览会", "博览会") and self.text.startswith("中心", end):
                continue  # "国家会议中心" is a venue
            if head == "部" and not any(self.text[:start].endswith(st) for st in L.MINISTRY_STEMS):
                continue
            if head == "党" and not any(self.text[:start].endswith(st) for st in L.PARTY_STEMS):
                continue
            if head == "署" and not re.search(r"(?:总|合作|开发|规划|难民|管理|发展|援助|计划)$", self.text[:start]):
                continue
            out.append((start, end, head))
        return out

    def name_end(self, i: int) -> bool:
        """Does a gazetteer name or the head of a body, event or agreement end at offset ``i``?
        ("中国农业大学与...", "农业农村部和..."; but "公共工程、服务和住房部" is one name.)"""
        h = self.hit_ending.get(i)
        if h is not None and not h.form.key.startswith("region:"):
            return True
        head = self.head_ending.get(i)
        return head is not None and L.HEADS[head] not in (C.PROJECT, C.INITIATIVE)


def _stop_word_before(text: str, i: int) -> bool:
    """Does a verb or time word end at offset ``i``?"""
    return any(i >= len(w) and text.endswith(w, 0, i) for w in L.STOP_WORDS_BY_LENGTH)


_FIRM_PAREN = re.compile(r"[（(](?:集团|控股|中国|香港|国际|股份)[)）]")


def extend_left(s: _ZSent, pos: int, limit: int = 40, bodies: bool = True, quotes: bool = False) -> int:
    """Where a name ending in a head at ``pos`` begins; only the names of bodies cross "和"
    ("国家发展和改革委员会"): elsewhere it joins two names ("X和Y水电站")."""
    text = s.text
    i = pos
    crossed_and = False
    while i > 0 and pos - i < limit:
        h = s.covered[i - 1]
        if h is not None and h.end == i:
            i = h.start  # a whole gazetteer name ("拉美和加勒比", "中国银行")
            continue
        if h is not None and h.start < i - 1:
            i = h.start
            continue
        c = text[i - 1]
        if bodies and c in "）)" and (inner := _FIRM_PAREN.search(text, max(0, i - 6), i)) and inner.end() == i:
            i = inner.start()  # "天津港（集团）有限公司", "华为技术（中国）有限公司"
            continue
        if (
            bodies
            and c == "和"
            and i >= 2
            and is_han(text[i - 2])
            and not s.name_end(i - 1)
            and not _stop_word_before(text, i - 1)
        ):
            crossed_and = True  # "农业和农村发展部", "国家发展和改革委员会"
            i -= 1
            continue
        if c == "、" and crossed_and and i >= 2 and not s.name_end(i - 1):
            i -= 1  # "公共工程、服务和住房部"
            continue
        if (
            quotes
            and c == "”"
            and (open_ := text.rfind("“", max(0, i - 32), i - 1)) != -1
            and "”" not in text[open_ + 1 : i - 1]
        ):
            # A quoted theme inside an event's name: "第二届“中国与拉美”国际研讨会".
            ordinal = re.search(r"(?:第[一二三四五六七八九十百零〇\d]+|首)届$", text[max(0, open_ - 8) : open_])
            return open_ - (len(ordinal.group(0)) if ordinal else 0)
        if c in L.STOP_CHARS and not _in_word(text, i - 1):
            break
        if _stop_word_before(text, i):
            break
        if c in "日月" and i >= 2 and text[i - 2].isdigit():
            break
        if not (is_han(c) or c.isalnum() or c in _DASH or c in _DOTS):
            break
        i -= 1
    while i < pos and (text[i] in _DASH or text[i] in _DOTS):
        i += 1
    return i


def _titled(s: _ZSent, start: int, head_start: int) -> int:
    """An event named after a colon or an opening quote keeps its verbs:
    "专题活动：新基建推动中拉合作高质量发展对话会" -> "新基建推动中拉合作高质量发展对话会"."""
    text = s.text
    i = start
    while i > 0 and head_start - i < 24 and text[i - 1] not in "，。；、！？（）《》”\n的":
        if text[i - 1] in "：:“":
            # not across another name: "陆慷：中拉论坛第二届部长级会议是论坛部长级会议"
            return start if any(i <= hs and he <= start for hs, he, _ in s.heads) else i
        i -= 1
    return start


def _in_word(text: str, k: int) -> bool:
    """Is the stop character at ``k`` part of a word ("经济", "自然", "成都")?"""
    return (
        text[k : k + 2] in L.WORDS_WITH_STOP_CHARS
        or text[max(0, k - 1) : k + 1] in L.WORDS_WITH_STOP_CHARS
        or (text[max(0, k - 2) : k + 1] in L.WORDS_WITH_STOP_CHARS or text[k : k + 3] in L.WORDS_WITH_STOP_CHARS)
    )


_GENERIC = tuple(sorted(set(L.GENERIC_PREFIXES), key=len, reverse=True))
_GENERIC_PROJECT = tuple(sorted(set(L.GENERIC_PREFIXES) | set(L.PROJECT_DESCRIPTORS), key=len, reverse=True))


def _segments_generic(prefix: str, project: bool = False) -> bool:
    """Is the text before a head made only of generic words ("重点合作", "有关", "最大水电")?"""
    return _made_of(prefix, _GENERIC_PROJECT if project else _GENERIC)


def _made_of(prefix: str, words: tuple[str, ...]) -> bool:
    if not prefix:
        return True
    i = 0
    while i < len(prefix):
        for w in words:
            if prefix.startswith(w, i):
                i += len(w)
                break
        else:
            return False
    return True


def _anchored(s: _ZSent, start: int, head_start: int, head: str) -> bool:
    prefix = s.text[start:head_start]
    if any(start <= h.start < head_start and h.end <= head_start for h in s.hits):
        return True
    if any(p in prefix for p in L.PLACES_BY_LENGTH):
        return True
    if _ORDINAL.search(prefix) or re.search(r"[A-Za-z]{2,}|\d{4}", prefix):
        return True
    if any(p in prefix for p in L.PAIR_PREFIXES):
        return True
    if head == "部" and any(prefix.endswith(st) for st in L.MINISTRY_STEMS):
        return True
    if L.HEADS[head] is not C.GOVERNMENT_BODY and _TRANSLIT_RUN.search(prefix):
        return True  # a transliterated name: "科卡科多-辛克雷水电站"
    return any(w in prefix for w in _ANCHOR_WORDS) and not _segments_generic(prefix)


def _only_countries(s: _ZSent, start: int, head_start: int, project: bool = False) -> bool:
    """Nothing but countries (and generic words) before the head: "巴西公司", "中国企业"."""
    rest = []
    i = start
    while i < head_start:
        h = s.covered[i]
        if h is not None and h.form.key.startswith(("country:", "region:")):
            i = h.end
            for word in ("国家", "地区", "各国"):  # "拉美国家议会": the parliaments of a region's countries
                if h.form.key.startswith("region:") and s.text.startswith(word, i) and i + len(word) <= head_start:
                    i += len(word)
            continue
        rest.append(s.text[i])
        i += 1
    return _segments_generic("".join(rest), project)


def _name_starts(s: _ZSent, start: int, head_start: int) -> list[int]:
    """Offsets in ``start:head_start`` where a name may begin: a known name, a place, "中拉", "第N届"."""
    out = [h.start for h in s.hits if start < h.start < head_start]
    text = s.text
    starters = (*L.PAIR_PREFIXES, *L.PLACES_BY_LENGTH)
    for k in range(start + 1, head_start):
        if any(text.startswith(p, k) for p in starters) or _ORDINAL.match(text, k):
            out.append(k)
    return sorted(set(out))


def _past_verbs(s: _ZSent, start: int, head_start: int, titled: bool = False) -> int:
    """Words before the first proper word that are no part of the name: "继续办好中拉企业家高峰会",
    "在贺信中高度肯定中拉论坛". A body ("孔子学院拉丁美洲中心") or a place before it is part of it,
    and so is everything in a title after a colon ("：新基建推动中拉合作...对话会")."""
    text = s.text
    if titled or s.covered[start] is not None or _name_starts(s, start - 1, start + 1) == [start]:
        return start  # the name already begins with a proper word
    for k in _name_starts(s, start, head_start)[:1]:
        lead = text[start:k]
        if lead[-1:] in _DASH or lead[-1:] in _DOTS:
            return start
        if any(h for h in L.HEADS if h in lead and len(h) > 1) or s.covered[k - 1] is not None:
            return start
        if any(lead.endswith(p) for p in L.PLACES_BY_LENGTH):
            return start
        return k
    return start


def _class_of(head: str, prefix: str) -> EntityClass:
    cls = L.HEADS[head]
    if head in ("银行", "分行", "支行") and head == "银行":
        if re.search(r"亚洲|非洲|美洲|拉美|欧洲|国际|世界|新开发|金砖|加勒比|泛美|亚投|拉丁美洲", prefix):
            cls = C.INTERNATIONAL_ORGANIZATION
        elif re.search(r"开发|发展|进出口|中央|储备|政策性|人民", prefix):
            cls = C.GOVERNMENT_BODY
    elif head == "计划" and re.search(r"行动|合作|共同|联合|实施", prefix):
        cls = C.AGREEMENT
    elif head == "计划" and re.search(r"交流|伙伴|培训|奖学金|人才|研修|援助|资助|学者|青年", prefix):
        cls = C.PROJECT  # a programme: "青年科学家交流计划"
    elif head == "中心" and re.search(r"数据|物流|控制|运营|配送|调度", prefix):
        cls = C.PROJECT
    return cls


def _ordinal_pair(s: _ZSent, start: int) -> int:
    """An event named after two things joined by "与"/"和", with its ordinal in front, is one name:
    "第三届中国—东盟港口与航运合作论坛" (not a port and a forum). Two events stay two
    ("首届研讨会与第二届论坛"), and without an ordinal "与" still joins two names."""
    text = s.text
    if start < 2 or text[start - 1] not in "与和":
        return start
    head = s.head_ending.get(start - 1)
    if head is not None and L.HEADS[head] in (C.EVENT, *ORGANIZATION_CLASSES):
        return start
    left = extend_left(s, start - 1, bodies=False)
    return left if left < start - 1 and _ORDINAL.match(text, left) else start


def _unit_of_ministry(s: _ZSent, start: int, head_start: int, head: str) -> int:
    """A unit named after its ministry with a name of its own is a body of its own:
    "巴西矿业和能源部国家石油秘书处" is the ministry and "国家石油秘书处"; a unit named only by
    what it does stays with its ministry ("农业农村部国际合作司")."""
    ends = [e for e in range(start + 2, head_start) if s.head_ending.get(e) == "部"]
    if not ends:
        return start
    k = ends[-1]
    prefix = s.text[k:head_start]
    if len(prefix) >= 2 and not _segments_generic(prefix) and _anchored(s, k, head_start, head):
        return k
    return start


def candidates(s: _ZSent) -> list[Cand]:
    """Every name that ends in a head word, with its left boundary."""
    out: list[Cand] = []
    text = s.text
    for hs, he, head in s.heads:
        if s.covered[hs] is not None and s.covered[he - 1] is not None and s.covered[hs] is s.covered[he - 1]:
            hit = s.covered[hs]
            assert hit is not None
            if hit.start < hs and hit.end > he and L.HEADS[head] not in ORGANIZATION_CLASSES:
                continue  # inside a longer gazetteer name (a body in it is named: "中国社会科学院拉丁美洲研究所")
        start = extend_left(s, hs, bodies=L.HEADS[head] in ORGANIZATION_CLASSES, quotes=L.HEADS[head] is C.EVENT)
        titled = False
        if L.HEADS[head] is C.EVENT:
            start = _ordinal_pair(s, start)
            untitled, start = start, _titled(s, start, hs)
            titled = start != untitled
        end = he
        yp = _YEAR_PAREN.match(text, end)
        if yp and L.HEADS[head] in (C.AGREEMENT, C.INITIATIVE, C.EVENT):
            end = yp.end()
        name_start = _past_verbs(s, start, hs, titled)
        lead = _LEADING_DEICTIC.match(text[name_start:hs])
        if lead:
            name_start += lead.end()
        firm_noun = text.rfind("企业", name_start, hs)
        if L.HEADS[head] is C.COMPANY and firm_noun != -1 and hs - (firm_noun + 2) >= 2 and text[firm_noun + 2] != "家":
            name_start = firm_noun + 2  # "智利能源企业科尔布恩公司": the firm is "科尔布恩公司"
        unit = L.HEADS[head] in ORGANIZATION_CLASSES and _unit_of_ministry(s, name_start, hs, head) != name_start
        if unit:
            name_start = _unit_of_ministry(s, name_start, hs, head)
        if name_start >= hs:
            continue
        prefix = text[name_start:hs]
        cls = C.GOVERNMENT_BODY if unit else _class_of(head, prefix)
        out.append(Cand(name_start, end, hs, head, cls, tidy_zh(text[name_start:end])))
    out += _quoted(s)
    out += _dateline(s)
    out += _listed_firms(s)
    out += _partnerships(s)
    out += _party_congresses(s)
    out += _about_agreements(s)
    return out


_AGREEMENT_HEADS = "|".join(h for h in L.HEADS_BY_LENGTH if L.HEADS[h] is C.AGREEMENT and h not in ("声明", "合同"))
_ABOUT = re.compile(
    r"(?:签署|签订|缔结)了?(关于[^，。；：、《》“”]{2,40}?的(?:" + _AGREEMENT_HEADS + r"))(?=[，。；、和及与]|$)"
)


def _about_agreements(s: _ZSent) -> list[Cand]:
    """An agreement signed and named by what it is about, without book-title marks:
    "签署了关于加强铁路合作的谅解备忘录"."""
    out = []
    for m in _ABOUT.finditer(s.text):
        head = next(h for h in L.HEADS_BY_LENGTH if m.group(1).endswith(h))
        a, b = m.start(1), m.end(1)
        out.append(Cand(a, b, b - len(head), head, C.AGREEMENT, s.text[a:b], quoted=True))
    return out


_CONGRESS = re.compile(
    r"(?:中国共产党|中共|党的)?(?:第)?(?P<n>[十二三四五六七八九]{2,3})(?:次全国代表大会|大)"
    r"(?=以来|精神|报告|召开|期间|上|胜利|闭幕|开幕|[，。、）)])"
)


def _party_congresses(s: _ZSent) -> list[Cand]:
    """The Party's national congresses: "党的二十大", "中共十八大以来"."""
    out = []
    for m in _CONGRESS.finditer(s.text):
        name = m.group(0)
        if (
            name.startswith(("中国共产党", "中共", "党的", "第"))
            or m.group("n").startswith("十")
            or len(m.group("n")) >= 2
        ):
            out.append(Cand(m.start(), m.end(), m.end() - 1, "大会", C.EVENT, name, quoted=True))
    return out


def _quoted(s: _ZSent) -> list[Cand]:
    """《...》 around an agreement or plan; “...” before a head ("“一带一路”倡议")."""
    out = []
    for m in re.finditer(r"《([^《》]{2,120})》", s.text):
        inner = m.group(1)
        core = _YEAR_PAREN_END.sub("", inner)
        core = re.sub(r"[（(][^（）()]{1,20}[)）]$", "", core)  # "...谅解备忘录（两年行动计划）"
        head = next((h for h in (*L.HEADS_BY_LENGTH, *L.DOCUMENT_HEADS) if core.endswith(h)), None)
        if head is None:
            continue
        cls = L.DOCUMENT_HEADS[head] if head in L.DOCUMENT_HEADS else _class_of(head, core[: -len(head)])
        if cls not in (C.AGREEMENT, C.INITIATIVE, C.EVENT, C.PROJECT):
            continue
        head_start = m.start(1) + len(core) - len(head)
        out.append(Cand(m.start(1), m.end(1), head_start, head, cls, tidy_zh(inner), quoted=True))
    for m in re.finditer(r"(?:共建)?“[^“”]{2,20}”(?:合作)?(谅解备忘录|备忘录|合作规划|协议)", s.text):
        # "共建“一带一路”谅解备忘录"
        out.append(Cand(m.start(), m.end(), m.start(1), m.group(1), C.AGREEMENT, tidy_zh(m.group(0)), quoted=True))
    for m in re.finditer(
        r"“([^“”]{2,20})”(" + "|".join(("倡议", "战略", "计划", "工程", "议程", "愿景")) + ")", s.text
    ):
        head = m.group(2)
        out.append(Cand(m.start(), m.end(), m.start(2), head, L.HEADS[head], m.group(1) + head, quoted=True))
    return out


_DATELINE = re.compile(
    r"^\s*(?P<agency>[\u4e00-\u9fff]{2,6}?(?:网|社|报|日报|电视台|通讯社|新闻))"
    r"(?:[\u4e00-\u9fff]{2,6})?\d{1,2}月\d{1,2}日(?:电|讯)"
)


def _dateline(s: _ZSent) -> list[Cand]:
    """The agency of a dateline: "人民网墨西哥城9月18日电"."""
    m = _DATELINE.match(s.text)
    if m is None or any(h.start < m.end("agency") and m.start("agency") < h.end for h in s.hits):
        return []
    a, b = m.start("agency"), m.end("agency")
    return [Cand(a, b, b - 1, "社", C.ORGANIZATION, s.text[a:b], quoted=True)]


_FIRM_LIST_END = re.compile(r"等(?:[\u4e00-\u9fff]{1,4})?(?:企业|公司|车企|银行|集团)")


def _listed_firms(s: _ZSent) -> list[Cand]:
    """Firms listed before "等中国企业", one of them a known firm: "华为、海信、江淮汽车等中国企业"."""
    out = []
    for m in _FIRM_LIST_END.finditer(s.text):
        i = m.start()
        items: list[tuple[int, int]] = []
        while True:
            hit = s.hit_ending.get(i)
            j = hit.start if hit is not None else i
            while (
                hit is None
                and j > 0
                and is_han(s.text[j - 1])
                and i - j < 8
                and s.text[j - 1] not in L.STOP_CHARS
                and not _stop_word_before(s.text, j)
            ):
                j -= 1
            if hit is None and (before := s.hit_ending.get(j)) is not None:
                j = before.start  # "华为公司"
            if j == i or i - j < 2 or s.text[j:i] in L.HEADS or _segments_generic(s.text[j:i]):
                break
            items.append((j, i))
            if j == 0 or s.text[j - 1] != "、":
                break
            i = j - 1
        known = [
            (a, b)
            for a, b in items
            if any(h.start == a and h.end == b and h.form.key.startswith("org:") for h in s.hits)
        ]
        if len(items) < 2 or not known:
            continue
        for a, b in items:
            if (a, b) not in known and not any(a < h.end and h.start < b for h in s.hits):
                out.append(Cand(a, b, b - 1, "公司", C.COMPANY, s.text[a:b], quoted=True))
    return out


def _partnerships(s: _ZSent) -> list[Cand]:
    out = []
    for m in _PARTNERSHIP.finditer(s.text):
        out.append(Cand(m.start(), m.end(), m.end() - 4, "伙伴关系", C.AGREEMENT, m.group(0), quoted=True))
    return out


def tidy_zh(name: str) -> str:
    t = re.sub('[“”‘’「」『』"]', "", name).strip(" ，。、；：《》")
    t = re.sub(r"\s+", "", t) if _HAN.search(t) and not re.search(r"[A-Za-z]\s+[A-Za-z]", t) else t
    return t


def _acceptable(s: _ZSent, c: Cand) -> bool:
    if c.quoted:
        return True
    if s.text[c.start - 1 : c.start] == "“" and s.text[c.end : c.end + 1] == "”":
        quoted_prefix = s.text[c.start : c.head_start]  # a quoted name: “两洋铁路”, not “开港”
        return len(quoted_prefix) >= 2 and not _segments_generic(quoted_prefix)
    prefix = s.text[c.start : c.head_start]
    if (
        c.head in ("协议", "协定", "谅解备忘录", "备忘录")
        and len(prefix) >= 6
        and prefix.endswith("合作")
        and re.search(r"(?:签署|签订|签约)了?$", s.text[: c.start])
    ):
        return True  # "X与Y签署了数字人才培养合作协议", "农业科技合作谅解备忘录"
    if _segments_generic(prefix):
        return False
    if c.head in ("大学", "学院") and (uni := _UNIVERSITY.fullmatch(prefix)) is not None:
        hit = s.hit_ending.get(c.start + uni.end(1))
        if hit is not None and hit.start == c.start and hit.form.key.startswith("country:"):
            return True  # "中国农业大学", not "中国重点大学"
    if c.head == "中心" and _VENUE.search(prefix):
        return False  # "国家会议中心" is a venue
    if c.head == "部" and any(prefix.startswith(p) for p in L.PAIR_PREFIXES):
        return False  # "中秘外交部": the two ministries, not one body
    if c.cls in ORGANIZATION_CLASSES and re.search("两国|双方|各国", prefix):
        return False  # "两国外交部": the two countries' ministries
    project = c.cls is C.PROJECT
    if (c.head in L.GENERIC_HEADS or project) and _only_countries(s, c.start, c.head_start, project):
        return False
    if project and _LOCATED_AT.match(s.text, c.end) and _OWN_NAME.fullmatch(prefix) and not _described(prefix):
        return True  # "华富山工业园位于墨西哥新莱昂州": a park said to lie somewhere has a name of its own
    return _anchored(s, c.start, c.head_start, c.head)


def _described(prefix: str) -> bool:
    """Is the text before a project's head made only of words saying what it is for ("锂电池")?"""
    reach = [True] + [False] * len(prefix)
    for i in range(len(prefix)):
        if reach[i]:
            for w in _DESCRIBED_PROJECT:
                if prefix.startswith(w, i):
                    reach[i + len(w)] = True
    return reach[-1]


_LOCATED_AT = re.compile(r"(?:位于|坐落于|坐落在|地处)")
# What a park or plant is for, not what it is called: "物流园区", "高新技术产业园".
_DESCRIBED_PROJECT = tuple(
    sorted(
        {*_GENERIC_PROJECT, *"""物流 工业 产业 科技 高新 高新技术 技术 经济 经贸 保税 农业 能源 创新 数字 汽车 电子
        化工 纺织 加工 出口 临港 综合 现代 智慧 生态 绿色 商贸 贸易 自由贸易 制造 制造业 太阳能 风能 光热 储能 锂电
        电池 钢铁 铜 锂 矿 化肥 食品 医药 仓储 冷链 园区 开发 创业 孵化 文化 旅游 教育 研发 中心""".split()},
        key=len,
        reverse=True,
    )
)
# Two to six characters of a name, not a pronoun, a number or a generic modifier ("该", "一个", "新").
_OWN_NAME = re.compile(r"(?![该这那此其本各每一两几多新大小首某])[\u4e00-\u9fff]{2,6}")


def _aliases(name: str) -> tuple[str, ...]:
    """Other ways the same name is printed: "中国—拉美和加勒比..." as "中拉...", without its ordinal."""
    out = []
    short = _PAIR_LONG.sub("中拉", name)
    if short != name:
        out.append(short)
    for n in (name, short):
        bare = _ORDINAL.sub("", n, count=1)
        if bare != n and len(bare) >= 4:
            out.append(bare)
    return tuple(dict.fromkeys(out))


def _placed_name(c: Cand, gaz: Gazetteer) -> str | None:
    """"洪都拉斯科尔特斯港集装箱码头扩建项目": the work's own name, without the country that places it."""
    if c.cls is not C.PROJECT:
        return None
    hits = scan(c.name, gaz)
    first = next((h for h in hits if h.start == 0), None)
    if first is None or not first.form.key.startswith("country:") or first.form.key == "country:CN":
        return None
    rest = c.name[first.end :]
    if len(rest) < 3 or rest[0] in "—－-–、和与" or any(h.start == first.end for h in hits):
        return None  # "巴西—秘鲁公路", "秘鲁巴西公路": the countries name the work
    if c.head_start <= first.end or _segments_generic(c.name[first.end : c.head_start]):
        return None  # "哥斯达黎加国家体育场": "国家体育场" alone would be any country's
    return rest


def _pair_alias(name: str, gaz: Gazetteer) -> tuple[str, ...]:
    """"第五届中国—墨西哥经贸合作论坛" is also printed "中墨经贸合作论坛"."""
    m = re.match(r"((?:第[一二三四五六七八九十百零〇\d]+|首)届)?中国\s*[—－\-–]\s*", name)
    if m is None:
        return ()
    hit = next((h for h in scan(name, gaz) if h.start == m.end()), None)
    if hit is None or not hit.form.key.startswith("country:"):
        return ()
    rest = name[hit.end :]
    return (f"中{name[hit.start]}{rest}",) if len(rest) >= 2 else ()


def _compatible(entry_cls: EntityClass, cls: EntityClass, entry_name: str) -> bool:
    return (
        entry_cls == cls
        or (entry_cls in ORGANIZATION_CLASSES and cls in ORGANIZATION_CLASSES)
        or (cls is C.EVENT and entry_cls is C.INTERNATIONAL_ORGANIZATION and "forum" in entry_name.lower())
    )


_FIRM_HEADS = ("公司", "集团", "集团公司")
_UNIVERSITY = re.compile(
    r"(中国|[\u4e00-\u9fff]{2,6}?)(?!重点|主要|知名|一流|顶尖|著名|多所|各|有关|相关|合作|当地|高等)[\u4e00-\u9fff]{2,4}"
)
_VENUE = re.compile(r"(?:会议|会展|展览|博览|体育|购物|演艺)$")
_PAIR_DASH = re.compile(r"^中国\s*[—－\-–]\s*")
_LEGAL_FORM = re.compile(r"(?:股份有限公司|有限责任公司|集团有限公司|有限公司|股份公司)$")


def keyed(gaz: Gazetteer, m: Mention) -> Mention:
    """A name the gazetteer knows gets its entry; a ministry printed bare is China's own;
    "华为公司" is the firm the gazetteer knows as "华为"."""
    names = [m.name]
    if m.cls is C.COMPANY:
        bare = _LEGAL_FORM.sub("", m.name)  # "中国葛洲坝集团股份有限公司" -> "中国葛洲坝集团"
        names += [bare, bare + "集团"] if bare != m.name else []
        for head in _FIRM_HEADS:
            if m.name.endswith(head) and len(m.name) > len(head) + 1:
                names.append(m.name[: -len(head)])
    if m.cls is C.GOVERNMENT_BODY and not any(h.form.key.startswith("country:") for h in scan(m.name, gaz)):
        names += ["中国" + m.name, "中华人民共和国" + m.name]
    if m.cls in ORGANIZATION_CLASSES and m.name.startswith("中国") and len(m.name) >= 6:
        names.append(m.name[2:])  # "中国国家开发银行" is "国家开发银行"
    for n in names:
        for entry in gaz.lookup(n):
            if entry.cls is not None and _compatible(entry.cls, m.cls, entry.name):
                aliases = tuple(dict.fromkeys((*m.aliases, m.name)))
                return m.model_copy(update={"key": entry.key, "cls": entry.cls, "name": entry.name, "aliases": aliases})
    return m


def names(ctx: DocContext, sentence: Sentence, s: _ZSent) -> Iterator[Mention]:
    """Named phrases of one Chinese sentence: the longest names on top, bodies inside them nested."""
    cands = [c for c in candidates(s) if c.end > c.start]
    cands.sort(key=lambda c: (-(c.end - c.start), c.start))
    top: list[Cand] = []
    for c in cands:
        if any(c.start < t.end and t.start < c.end for t in top):
            continue
        if _acceptable(s, c) or _known(ctx.gazetteer, c):
            top.append(c)
    for c in cands:
        aliases = (*_aliases(c.name), *_pair_alias(c.name, ctx.gazetteer))
        if (bare := _placed_name(c, ctx.gazetteer)) is not None:
            aliases = (*aliases, bare)  # "秘鲁钱凯港" is also "钱凯港", placed in Peru
        m = ctx.mention(sentence, c.start, c.end, c.cls, c.name, NAME, 0.75 if c.quoted else 0.7, aliases=aliases)
        if c in top:
            same = _same_project(c, cands)
            if same is not None:  # "科卡科多-辛克雷水电站项目" is the power station itself
                m = m.model_copy(update={"name": same.name, "aliases": (*m.aliases, c.name)})
            yield keyed(ctx.gazetteer, m)
            continue
        host = next((t for t in top if t.start <= c.start and c.end <= t.end), None)
        if host is None:
            continue
        k = keyed(ctx.gazetteer, m)
        pair = _PAIR_DASH.match(c.name)
        if pair and k.cls in ORGANIZATION_CLASSES and not k.key:
            # "中国—拉美和加勒比国家共同体论坛": the pair is no body, the community after the dash is
            rest = c.start + pair.end()
            k = keyed(ctx.gazetteer, ctx.mention(sentence, rest, c.end, c.cls, s.text[rest : c.end], NAME, 0.7))
            if k.key:
                yield k.model_copy(update={"nested": True})
            continue
        # "X论坛专题活动", "巴西X水电站特高压输电项目": the forum, the power station named at the start;
        # "中秘自由贸易协定升级议定书": the agreement it upgrades; "X电站项目总承包合同": the project.
        inner_same = k.cls in (C.EVENT, C.PROJECT, C.AGREEMENT) and host.cls is k.cls and c.start == host.start
        inner_same |= k.cls is C.PROJECT and host.cls is C.AGREEMENT and c.start == host.start
        if k.key or ((k.cls in ORGANIZATION_CLASSES or inner_same) and _acceptable(s, c)):
            yield k.model_copy(update={"nested": True})


def _same_project(c: Cand, cands: list[Cand]) -> Cand | None:
    """A work named and then called "项目"/"工程": the inner name is the name of both."""
    if c.cls is not C.PROJECT or c.head not in ("项目", "工程"):
        return None
    return next(
        (o for o in cands if o is not c and o.cls is C.PROJECT and o.start == c.start and o.end == c.head_start), None
    )


def _known(gaz: Gazetteer, c: Cand) -> bool:
    return any(e.cls is not None for e in gaz.lookup(c.name))


# --------------------------------------------------------------------------- people


def _after_ok(text: str, i: int) -> bool:
    """May a person's name end at offset ``i``?"""
    if i >= len(text):
        return True
    c = text[i]
    if not (is_han(c) or c.isalnum()) or c.isdigit():
        return True
    if any(text.startswith(w, i) for w in L.AFTER_NAME_BY_LENGTH):
        return True
    return any(text.startswith(t, i) for t in L.TITLES)


def _han_name(text: str, i: int) -> int | None:
    """End of a Han name (surname + one or two characters) starting at ``i``."""
    sur = next((d for d in L.DOUBLE_SURNAMES if text.startswith(d, i)), None)
    if sur is None and i < len(text) and text[i] in L.SURNAMES:
        sur = text[i]
    if sur is None:
        return None
    best = None
    for given in (1, 2):
        end = i + len(sur) + given
        part = text[i + len(sur) : end]
        if len(part) != given or not all(is_han(c) and c not in L.NOT_IN_GIVEN_NAME for c in part):
            continue
        if _after_ok(text, end):
            best = end
    return best


def _foreign_name(text: str, i: int, dotted_only: bool = False) -> int | None:
    """End of a transliterated name at ``i``: "路易斯·阿尔塞", or "卢拉" after a foreign post."""
    m = re.match(r"[\u4e00-\u9fff]{1,8}(?:[·•・‧][\u4e00-\u9fff]{1,10})+", text[i:])
    if m:
        seg_start = i + max(m.group(0).rfind(d) for d in "·•・‧") + 1
        full = i + m.end()
        for end in range(seg_start + 2, full):
            if any(text.startswith(w, end) for w in (*L.AFTER_NAME_BY_LENGTH, *L.TITLES)):
                return end  # "卡瓦哈尔表示": the name stops where the verb begins
        return full if _after_ok(text, full) else None
    if dotted_only:
        return None
    if any(text.startswith(w, i) for w in L.AFTER_NAME_BY_LENGTH):
        return None
    for n in (5, 4, 3, 2):
        part = text[i : i + n]
        if len(part) < n or not all(is_han(c) for c in part):
            continue
        if sum(c in L.TRANSLITERATION for c in part) < n - (1 if n >= 4 else 0):
            continue
        if _after_ok(text, i + n):
            return i + n
    return None


_TITLE_NOT_AFTER = frozenset("国团府级馆会处选令制职们等的任期")
_VERBS_AFTER_TITLE = frozenset({"会见", "会谈", "会晤", "等人"})


def _titles(text: str) -> list[tuple[int, int, str]]:
    out = []
    i = 0
    while i < len(text):
        t = next((t for t in L.TITLES if text.startswith(t, i)), None)
        if t is None:
            i += 1
            continue
        end = i + len(t)
        nxt = text[end : end + 1]
        surname = nxt == "任" and text[end + 1 : end + 2] not in ("期", "内", "上", "职", "命", "")  # "会长任鸿斌"
        if nxt and nxt in _TITLE_NOT_AFTER and text[end : end + 2] not in _VERBS_AFTER_TITLE and not surname:
            i = end  # "主席国", "总统府", "外长会" are no titles; "外长会见" is
            continue
        out.append((i, end, t))
        i = end
    return out


_LEADER_TITLES = frozenset(L._w("总统 副总统 总理 副总理 外长 议长 首相 国王 女王 总督 秘书长"))
_AUTHOR = re.compile(
    r"(?:^|(?<=[：:/]))\s*(?P<name>[\u4e00-\u9fff]{2,4}?)\s*[（(](?P<post>[^（）()]{2,60}?(?:"
    + "|".join(L.TITLES)
    + r"))[)）]"
)


def _zone_start(text: str, title_start: int, floor: int) -> int:
    """Where the words of a post begin: after the clause break, a "的" or the previous person."""
    i = title_start
    while i > floor and text[i - 1] not in "，。；：！？（）()《》“”\n ,;:的":
        i -= 1
    return i


def people(ctx: DocContext, sentence: Sentence, s: _ZSent) -> Iterator[Mention]:
    """People in bylines, after a title and before one."""
    text = s.text
    found: list[tuple[int, int]] = []
    head_spans = [(a, b) for a, b, _ in s.heads]

    def free(a: int, b: int) -> bool:
        if any(a < y and x < b for x, y in found):
            return False
        if any(a < y and x < b for x, y in head_spans):
            return False
        # a country's name inside a dotted transliterated name is a syllable: "马里奥·卢贝特金" holds 马里
        dotted = any(d in text[a:b] for d in _DOTS)
        return not any(a < h.end and h.start < b and not (dotted and a <= h.start and h.end <= b) for h in s.hits)

    # Bylines: "（记者张明、刘悦）", "责任编辑：王磊".
    for m in re.finditer(r"(" + "|".join(L.BYLINE_MARKERS) + r")\s*[:：]?\s*", text):
        i = m.end()
        while i < len(text):
            end = _han_name(text, i)
            if end is None or not free(i, end):
                break
            found.append((i, end))
            yield ctx.mention(sentence, i, end, C.PERSON, text[i:end], NAME, 0.8, role=m.group(1))
            sep = re.match(r"\s*[、，,\s]\s*", text[end:])
            if not sep or not sep.group(0):
                break
            i = end + sep.end()
    titles = _titles(text)
    # Name, then title: "王毅外长", "习近平主席贺信" (the title is his, "贺信" is no name).
    owned: set[int] = set()
    for ts, _te, title in titles:
        for n in (3, 2):
            a = ts - n
            if a < 0 or not free(a, ts) or any(x <= a < y for x, y in found):
                continue
            if a > 0 and is_han(text[a - 1]) and not _stop_before(text, a):
                continue
            if a > 0 and text[a - 1] in _DOTS:
                break  # the last part of a dotted name ("·罗哈斯部长"): the whole name is read below
            if _han_name(text, a) == ts and title not in L.REPORTER_TITLES:
                found.append((a, ts))
                owned.add(ts)
                yield ctx.mention(sentence, a, ts, C.PERSON, text[a:ts], NAME, 0.7, role=title)
                break
    # A foreign name, then a leader's title: "同博鲁阿尔特总统", "比斯卡拉总统在...".
    for ts, _te, title in titles:
        if ts in owned or title in L.REPORTER_TITLES:
            continue
        # "转达了希奥玛拉·卡斯特罗总统的问候": a dotted transliterated name before any title
        dotted = _DOTTED_BEFORE.search(text, 0, ts)
        if dotted and free(dotted.start(), ts) and not any(x < ts and dotted.start() < y for x, y in found):
            found.append((dotted.start(), ts))
            owned.add(ts)
            yield ctx.mention(sentence, dotted.start(), ts, C.PERSON, dotted.group(), NAME, 0.75, role=title)
            continue
        if title not in _LEADER_TITLES:
            continue
        for n in (5, 4, 3, 2):
            a = ts - n
            part = text[max(a, 0) : ts]
            if a < 0 or not free(a, ts) or any(x <= a < y for x, y in found):
                continue
            if sum(c in L.TRANSLITERATION for c in part) < n - (1 if n >= 4 else 0):
                continue
            if a > 0 and not _stop_before(text, a):
                continue
            found.append((a, ts))
            owned.add(ts)
            yield ctx.mention(sentence, a, ts, C.PERSON, part, NAME, 0.7, role=title)
            break
    # An author with the post in brackets: "陈思远（中国社会科学院拉丁美洲研究所副研究员）".
    for m in _AUTHOR.finditer(text):
        a, b = m.start("name"), m.end("name")
        if _han_name(text, a) == b and free(a, b):
            found.append((a, b))
            yield ctx.mention(sentence, a, b, C.PERSON, text[a:b], NAME, 0.7, role=m.group("post"))
    # Title, then name: "国家主席习近平", "巴西总统路易斯·伊纳西奥·卢拉·达席尔瓦".
    for ts, te, title in titles:
        if ts in owned or any(x <= ts < y for x, y in found):
            continue
        floor = max((y for x, y in found if y <= ts), default=0)
        zs = _zone_start(text, ts, floor)
        abbr = re.search(r"[（(][^（）()，。、；]{1,10}[)）]$", text[floor:zs])
        if abbr and abbr.start() > 0:
            zs = _zone_start(text, floor + abbr.start(), floor)  # "中国港湾工程有限责任公司（中国港湾）副总裁"
        zs = zs if zs < ts else ts
        zone = re.sub(r"^(?:[、·和与同及]+|应(?=国家|[^急用对当该]))", "", text[zs:te])  # "应国家主席习近平邀请"
        zone = re.split(r"同|会见|会晤", zone)[-1] or zone  # "王毅20日在北京同乌拉圭外长": the post is 乌拉圭外长
        foreign_post = (
            any(
                zs <= h.start and h.end <= ts and h.form.key.startswith("country:") and h.form.key != "country:CN"
                for h in s.hits
            )
            and "驻" not in text[zs:ts]
        )
        end = _foreign_name(text, te, dotted_only=True) or _han_name(text, te)
        if end is None and foreign_post:
            end = _foreign_name(text, te)
        if end is None and (e2 := _foreign_name(text, te)) is not None and e2 - te >= 3:
            # "哥众议长萨拉曼卡": a name of transliteration characters only, without a country before it
            end = e2 if all(c in L.TRANSLITERATION for c in text[te:e2]) else None
        if end is None or not free(te, end):
            continue
        found.append((te, end))
        yield ctx.mention(sentence, te, end, C.PERSON, text[te:end], NAME, 0.8, role=zone)
        yield from _ministry_in_title(ctx, sentence, s, zs, ts, te, title)


_TRANSLIT = "[" + re.escape("".join(sorted(L.TRANSLITERATION))) + "]"
_DOTTED_BEFORE = re.compile(rf"{_TRANSLIT}{{1,8}}(?:[{_DOTS}]{_TRANSLIT}{{1,10}})+$")


def _stop_before(text: str, i: int) -> bool:
    return text[i - 1] in L.STOP_CHARS or _stop_word_before(text, i)


def _ministry_in_title(
    ctx: DocContext, sentence: Sentence, s: _ZSent, zs: int, ts: int, te: int, title: str
) -> Iterator[Mention]:
    """A minister's title names the ministry too: "中国外交部长王毅" -> 中国外交部."""
    text = s.text
    k = text.find("部长", ts, te)
    if k <= ts and not (k == ts and k > 0):
        return
    stem_end = k
    start = stem_end
    while (
        start > zs and is_han(text[start - 1]) and s.covered[start - 1] is None and not _stop_word_before(text, start)
    ):
        start -= 1
    stem = text[start:stem_end]
    if not stem or not any(stem.endswith(st) for st in L.MINISTRY_STEMS):
        return
    h = s.hit_ending.get(start)
    if h is not None and h.form.key.startswith("country:"):
        start = h.start
    name = text[start : stem_end + 1]
    m = ctx.mention(sentence, start, stem_end + 1, C.GOVERNMENT_BODY, name, NAME, 0.7)
    yield keyed(ctx.gazetteer, m)


def _later_people(ctx: DocContext, found: list[Mention]) -> Iterator[Mention]:
    """A person named once is a mention wherever the name is printed again; so is a foreign surname."""
    spans = [(m.start, m.end) for m in found]
    forms: dict[str, str] = {}  # printed form -> the full name it stands for
    given = {re.split("[·•・‧]", m.name)[0] for m in found if m.cls is C.PERSON}
    for m in found:
        if m.cls is not C.PERSON:
            continue
        forms.setdefault(m.name, m.name)
        if any(d in m.name for d in "·•・‧"):
            parts = re.split("[·•・‧]", m.name)
            if len(parts[-1]) >= 2:
                forms.setdefault(parts[-1], m.name)
            # "豪尔赫·路易斯·萨拉萨尔·德尔加多" is "萨拉萨尔" for short: the father's surname of
            # given names and two surnames; a first name is no short form
            if len(parts) >= 3 and len(parts[-2]) >= 3 and parts[-2] not in given:
                forms.setdefault(parts[-2], m.name)
    for form, full in forms.items():
        for hit in re.finditer(re.escape(form), ctx.text):
            a, b = hit.start(), hit.end()
            if any(x < b and a < y for x, y in spans):
                continue
            sentence = ctx.sentence_at(a)
            if sentence.language != "zh" or b > sentence.end or not _after_ok(ctx.text, b):
                continue
            spans.append((a, b))
            yield ctx.mention(sentence, a - sentence.start, b - sentence.start, C.PERSON, full, NAME, 0.6)


@mention_extractor(NAME, version="3", languages={"zh"})
def names_zh(ctx: DocContext) -> Iterator[Mention]:
    """Organizations, events, agreements, projects, initiatives and people named in Chinese."""
    found: list[Mention] = []
    for sentence in ctx.sentences:
        if sentence.language != "zh":
            continue
        s = _ZSent(sentence.text, ctx.gazetteer)
        found += list(names(ctx, sentence, s))
        found += list(_foreign_ministries(ctx, sentence, s))
        found += list(people(ctx, sentence, s))
    for m in (*found, *_later_people(ctx, [m for m in found if m.cls is C.PERSON])):
        yield _with_pinyin(m) if m.cls is C.PERSON else m


def _foreign_ministries(ctx: DocContext, sentence: Sentence, s: _ZSent) -> Iterator[Mention]:
    """A ministry the gazetteer knows by China's bare name is another country's right after that
    country: "秘鲁交通运输部长" is Peru's minister of transport, not China's ministry."""
    for h in s.hits:
        entry = ctx.gazetteer.get(h.form.key)
        if entry is None or entry.cls is not C.GOVERNMENT_BODY or entry.country != "CN" or h.form.lang != "zh":
            continue
        before = s.hit_ending.get(h.start)
        if before is None or not before.form.key.startswith("country:") or before.form.kind != "name":
            continue
        own_country = any(x.form.key.startswith("country:") for x in scan(h.form.text, ctx.gazetteer))
        if before.form.key == "country:CN" or own_country:
            continue  # "中国交通运输部", "中华人民共和国商务部"
        name = s.text[before.start : h.end]
        yield ctx.mention(sentence, before.start, h.end, C.GOVERNMENT_BODY, name, NAME, 0.75)

def _with_pinyin(m: Mention) -> Mention:
    """A Chinese person's name also in pinyin ("习近平" -> "Xi Jinping"), as English texts print it."""
    latin = pinyin_name(m.name)
    if latin is None or latin in m.aliases:
        return m
    return m.model_copy(update={"aliases": (*m.aliases, latin)})
