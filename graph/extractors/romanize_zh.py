"""Chinese personal names in pinyin, the form English and Spanish texts print them in.

"习近平" -> "Xi Jinping": the surname first, capitalized, then the given name as one word. Surnames
read as surnames ("曾" is Zeng, not ceng; "单" is Shan), compound surnames kept whole ("欧阳").
Readings come from pypinyin's dictionary, shipped with the package (no download).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pypinyin import Style, lazy_pinyin

# Characters with another reading as a surname (the reading as a surname, in pinyin).
_SURNAME_READING = {
    "曾": "zeng", "单": "shan", "乐": "yue", "解": "xie", "覃": "qin", "仇": "qiu", "区": "ou", "查": "zha",
    "朴": "piao", "盖": "ge", "翟": "zhai", "尉": "yu", "种": "chong", "繁": "po", "缪": "miao", "召": "shao",
    "秘": "bi", "员": "yun", "华": "hua", "任": "ren", "沈": "shen", "石": "shi", "长": "chang", "重": "chong",
    "藏": "zang", "朝": "chao", "句": "gou", "纪": "ji", "燕": "yan", "过": "guo", "宓": "mi", "冼": "xian",
}
_COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 轩辕 端木 独孤 南宫 西门 呼延 钟离 "
    "申屠".split()
)
_HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def _syllables(han: str) -> list[str]:
    return [s for s in lazy_pinyin(han, style=Style.NORMAL, v_to_u=True) if s]


@lru_cache(maxsize=65536)
def pinyin_name(han: str) -> str | None:
    """The pinyin form of a Chinese personal name of two to four characters, or None."""
    if not _HAN_NAME.match(han):
        return None
    size = 2 if han[:2] in _COMPOUND_SURNAMES and len(han) >= 3 else 1
    surname, given = han[:size], han[size:]
    sur = [_SURNAME_READING[surname]] if size == 1 and surname in _SURNAME_READING else _syllables(surname)
    giv = _syllables(given)
    if len(sur) != size or len(giv) != len(given):
        return None
    return f"{''.join(sur).capitalize()} {''.join(giv).capitalize()}"
