"""Entity kinds (person, place, polity, document, event) from the bundled glossary, else from the name's form."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache
from pathlib import Path

from quizapp import paths
from quizapp.errors import QuizappError
from quizapp.text import normalize_for_match, to_simplified

GLOSSARY_FORMAT = "quizapp-glossary"
GLOSSARY_VERSION = 1


class EntityKind(StrEnum):
    PERSON = "person"
    PLACE = "place"
    POLITY = "polity"  # states, governments, parties, armies, ministries, international bodies, tribes
    DOCUMENT = "document"  # treaties, declarations, laws, edicts, books, newspapers
    EVENT = "event"  # wars, battles, revolutions, conferences, referendums, elections
    OTHER = "other"  # concepts, titles, offices in general, peoples, languages, eras


@dataclass(frozen=True)
class GlossaryEntry:
    name: str
    kind: EntityKind
    pinyin: str
    en: str | None = None
    aliases: tuple[str, ...] = ()
    years: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


# ---------------------------------------------------------------- names


_DISAMBIGUATION = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
_TITLE_MARKS = re.compile(r"^\s*《(.*)》\s*$", re.S)
_INTERWIKI = re.compile(r"^(?P<ns>[A-Za-z]+):(?P<title>.+)$")


def strip_disambiguation(name: str) -> str:
    """``陳毅 (1873年)`` → ``陳毅``: the wiki's disambiguation is not part of the name as read."""
    return _DISAMBIGUATION.sub("", name).strip()


def is_entity_target(target: str) -> bool:
    """False for link targets that name no entity: categories and other namespaces, bare years."""
    target = target.strip()
    match = _INTERWIKI.match(target)
    if match and match["ns"] != "s":  # s: is Wikisource, whose pages are documents
        return False
    return not re.fullmatch(r"\d+年(代)?", target)


def _split_interwiki(name: str) -> tuple[str, str | None]:
    match = _INTERWIKI.match(name.strip())
    return (match["title"], match["ns"]) if match else (name.strip(), None)


# ---------------------------------------------------------------- glossary


class Glossary(Mapping[str, GlossaryEntry]):
    """Entries by key; :meth:`lookup` finds one by key or alias in either script."""

    def __init__(self, entries: list[GlossaryEntry], *, file: str | None = None):
        self._entries = {entry.name: entry for entry in entries}
        self._index: dict[str, GlossaryEntry] = {}
        bases: dict[str, set[str]] = {}
        for entry in entries:
            for name in entry.names:
                key = normalize_for_match(name)
                other = self._index.get(key)
                if other is not None and other.name != entry.name:
                    raise QuizappError(f"glossary: {name!r} names both {other.name!r} and {entry.name!r}", file=file)
                self._index[key] = entry
                base = strip_disambiguation(name)
                if base != name:
                    bases.setdefault(normalize_for_match(base), set()).add(entry.name)
        # "王世杰" finds "王世杰 (中華民國)" when no other entry claims that base name
        for base, owners in bases.items():
            if base not in self._index and len(owners) == 1:
                self._index[base] = self._entries[owners.pop()]

    @classmethod
    def from_json(cls, data: object, *, file: str | None = None) -> Glossary:
        if not isinstance(data, dict) or data.get("format") != GLOSSARY_FORMAT:
            raise QuizappError(f"not a glossary file (format must be {GLOSSARY_FORMAT!r})", file=file)
        if data.get("version") != GLOSSARY_VERSION:
            raise QuizappError(f"unsupported glossary version {data.get('version')!r}", file=file)
        raw = data.get("entries")
        if not isinstance(raw, dict):
            raise QuizappError("glossary: 'entries' must be an object", file=file)
        return cls([_parse_entry(name, fields, file) for name, fields in raw.items()], file=file)

    @classmethod
    def load(cls, path: Path | None = None) -> Glossary:
        path = path or paths.GLOSSARY
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise QuizappError(f"cannot read glossary: {exc.strerror}", file=str(path)) from exc
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            line = getattr(exc, "lineno", None)
            raise QuizappError(f"glossary is not valid JSON: {exc}", file=str(path), line=line) from exc
        return cls.from_json(data, file=str(path))

    def lookup(self, name: str) -> GlossaryEntry | None:
        """The entry called ``name`` (key or alias, any script, 《》 or interwiki prefix ignored)."""
        name, _ = _split_interwiki(name)
        return self._index.get(normalize_for_match(name)) or self._index.get(
            normalize_for_match(strip_disambiguation(name))
        )

    def __getitem__(self, name: str) -> GlossaryEntry:
        return self._entries[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


def _parse_entry(name: str, fields: object, file: str | None) -> GlossaryEntry:
    where = f"glossary entry {name!r}"
    if not isinstance(fields, dict):
        raise QuizappError(f"{where}: must be an object", file=file)
    unknown = set(fields) - {"kind", "pinyin", "en", "aliases", "years"}
    if unknown:
        raise QuizappError(f"{where}: unknown fields {sorted(unknown)}", file=file)
    try:
        kind = EntityKind(fields.get("kind"))
    except ValueError:
        raise QuizappError(f"{where}: kind must be one of {[k.value for k in EntityKind]}", file=file) from None
    pinyin = fields.get("pinyin")
    if not isinstance(pinyin, str) or not pinyin.strip():
        raise QuizappError(f"{where}: pinyin must be a non-empty string", file=file)
    aliases = fields.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise QuizappError(f"{where}: aliases must be a list of names", file=file)
    for optional in ("en", "years"):
        if optional in fields and not (isinstance(fields[optional], str) and fields[optional].strip()):
            raise QuizappError(f"{where}: {optional} must be a non-empty string when present", file=file)
    return GlossaryEntry(name, kind, pinyin, fields.get("en"), tuple(aliases), fields.get("years"))


@cache
def glossary() -> Glossary:
    """The bundled glossary, read on first use."""
    return Glossary.load()


# ---------------------------------------------------------------- classification

# Suffixes in simplified script (names are compared after OpenCC t2s); the longest match wins.
_SUFFIXES: dict[EntityKind, tuple[str, ...]] = {
    EntityKind.DOCUMENT: (
        "条约", "协定", "协约", "宣言", "声明", "诏书", "法", "宪法", "约法", "条例", "决议", "文件", "另件",
        "公告", "大纲", "要纲", "细则", "界约", "密约", "条文", "专条", "草案", "宪草", "公报", "议定书",
        "备忘录", "回忆录", "日记", "选集", "文选", "年鉴", "日报", "时报", "杂志", "全图", "简表", "实录",
        "照会", "章程", "盟约",
    ),
    EntityKind.EVENT: (
        "战争", "革命", "会议", "事件", "运动", "起义", "公投", "投票", "选举", "战役", "战斗", "事变",
        "行动", "大战", "内战", "北伐", "解体", "决裂", "爆炸", "投降", "政变", "叛乱", "暴动", "屠杀",
        "镇压", "大镇压", "并合", "危机", "谈判", "会谈", "峰会", "新政", "独立", "会战",
    ),
    EntityKind.POLITY: (
        "国", "政府", "党", "军", "委员会", "联合国", "王朝", "汗国", "朝", "院", "署", "处", "局", "社",
        "电台", "公司", "联邦", "共和国", "帝国", "王国", "联盟", "同盟", "国际", "政权", "集团", "议会",
        "国会", "大会", "安理会", "理事会", "联军", "军队", "部队", "都护府", "都督府", "衙门", "协会",
        "学会", "同学会", "邮政", "外交部", "汗部", "部", "白军", "红军", "系",
    ),
    EntityKind.PLACE: (
        "省", "州", "县", "市", "山", "河", "湖", "海", "地区", "盟", "旗", "城", "山脉", "岭", "平原",
        "高原", "草原", "盆地", "沙漠", "江", "岛", "屯", "铁路", "管区", "地方", "洲", "庙", "牧场",
        "根据地", "自治区", "区", "镇", "村", "关", "港", "湾", "半岛", "行省", "东北", "西北", "蒙古",
    ),
    EntityKind.PERSON: (
        "大臣", "总统", "大总统", "主席", "将军", "皇帝", "天皇", "亲王", "王", "汗", "呼图克图", "喇嘛",
        "男爵", "先生", "委员", "代表", "总理", "首相", "部长", "外长", "院长", "大使", "公使", "领事",
        "都统", "司令", "元帅", "太宗", "玄宗", "帝", "夫人", "伯爵",
    ),
    EntityKind.OTHER: ("人", "族", "语", "语族", "主义", "主义者", "关系", "年", "年代", "世纪"),
}
_SUFFIX_KIND = {suffix: kind for kind, suffixes in _SUFFIXES.items() for suffix in suffixes}
_SUFFIX_LENGTHS = sorted({len(s) for s in _SUFFIX_KIND}, reverse=True)
# A title right after a name in running text marks a person: 徐樹錚將軍, 恩琴男爵.
_FOREIGN_PERSONAL_NAME = re.compile(r"[\u3400-\u9fff][·・‧•][\u3400-\u9fffA-Z]")
_PERSON_TITLES = ("先生", "将军", "男爵", "亲王", "喇嘛", "主席", "总统", "总理", "大臣", "元帅", "伯爵", "夫人")


def _kind_by_suffix(name: str) -> EntityKind | None:
    simple = to_simplified(strip_disambiguation(name)).strip()
    for length in _SUFFIX_LENGTHS:
        # a suffix as long as the whole name is a bare word (党, 国), not a name with that suffix
        if len(simple) > length and (kind := _SUFFIX_KIND.get(simple[-length:])) is not None:
            return kind
    return None


def _kind_from_context(name: str, context_text: str) -> EntityKind | None:
    simple_name = to_simplified(name)
    context = to_simplified(context_text)
    if f"《{simple_name}》" in context:
        return EntityKind.DOCUMENT
    start = context.find(simple_name)
    while start != -1:
        after = context[start + len(simple_name):]
        if after.startswith(_PERSON_TITLES):
            return EntityKind.PERSON
        start = context.find(simple_name, start + 1)
    return None


@lru_cache(maxsize=8192)
def classify(name: str, *, context_text: str | None = None, target: str | None = None) -> EntityKind:
    """The kind of entity ``name`` is: the glossary (by name, then link target), else :func:`guess_kind`."""
    if not _TITLE_MARKS.match(name):
        for candidate in (name, target):
            entry = glossary().lookup(candidate) if candidate else None
            if entry is not None:
                return entry.kind
    return guess_kind(name, context_text=context_text, target=target)


def guess_kind(name: str, *, context_text: str | None = None, target: str | None = None) -> EntityKind:
    """The kind the name's form shows, without the glossary: 《…》, suffix, context, link target's suffix."""
    name = name.strip()
    if _TITLE_MARKS.match(name):
        return EntityKind.DOCUMENT
    kind = _kind_by_suffix(name)
    if _FOREIGN_PERSONAL_NAME.search(name) and kind not in (EntityKind.DOCUMENT, EntityKind.EVENT):
        return EntityKind.PERSON  # 霍爾洛·喬巴山: the interpunct joins the parts of a transliterated name
    if kind is None and context_text:
        kind = _kind_from_context(name, context_text)
    if kind is None and target:
        title, namespace = _split_interwiki(target)
        if namespace == "s":
            return EntityKind.DOCUMENT
        if not is_entity_target(target):
            return EntityKind.OTHER
        kind = _kind_by_suffix(title)
    return kind or EntityKind.OTHER


def same_kind(a: str, b: str) -> bool:
    """Whether ``b`` may stand as a distractor for ``a``: both of one known kind (never two unknowns)."""
    kind = classify(a)
    return kind is not EntityKind.OTHER and kind is classify(b)


# ---------------------------------------------------------------- pinyin

# Words the romanizer keeps together (simplified); pypinyin ships readings, not a word list.
_WORDS = frozenset(
    re.findall(
        r"\S+",
        """
    中国 中华 民国 人民 共和国 蒙古 外蒙古 内蒙古 外蒙 内蒙 俄罗斯 俄国 苏联 苏维埃 苏俄 日本 美国 英国
    联邦 社会主义 自治 共和 政府 国民 委员会 委员 立法 监察 行政 司法 大法官 外交部 外交 文化部 大陆 台湾
    地区 关系 友好 同盟 互助 合作 睦邻 条约 协定 协约 声明 文件 宣言 诏书 宪法 约法 条例 决议 细则 施行
    大纲 公告 革命 战争 战役 战斗 事件 事变 运动 会议 投票 公民 独立 选举 代表 大会 名单 第一 国际 联合国
    安理会 大会 乌梁海 唐努 图瓦 恰克图 库伦 乌兰巴托 布里亚特 呼伦贝尔 西伯利亚 新疆 西藏 青海 北京 北平
    满洲 满洲国 东北 西北 塞北 四省 九省 北洋 国民党 共产党 中央 日报 时报 关东军 红军 白军 帝国 汗国
    北伐 内战 解体 决裂 世界 大战 第二次 第一次 退位 宣统帝 博克多 哲布尊丹巴 呼图克图 王公 亲王 札萨克
    外藩 内属 办事 大臣 将军 总统 大总统 主席 总理 乌里雅苏台 科布多 阿尔泰 萨彦 铁路 管区 自治区
    根据地 新华 广播 电台 邮政 选集 文选 年鉴 杂志 传记 文学 报导 疆域 主权 国家 宗主权 高度 民族 区域
    监察院 立法院 行政院 大陆委员会 蒙藏 诺门罕 风暴 行动 八月 镇压 解决 悬案 中立 平原 长江 中下游
    布连斯奇 界约 密约 原子弹 爆炸 广岛 投降 德国 欧洲 非洲 澳大利亚 毛里塔尼亚 香港 东正教 公司 留美
    同学会 组织法 程序法 训政 结束 管理 喇嘛 寺庙 增修 条文 临时 宪草 五五 制宪 护照 总理 内阁
    回忆录 日记 研究 实录 国民大会 第六次 第七次 第八次 临时会 历史 问题 现代史
    """,
    )
)
_MAX_WORD = max(map(len, _WORDS))
# Readings pypinyin gets wrong in proper names (simplified text → tone-marked syllables).
_READINGS = {
    "汗": "hán",  # khan, in every name here
    "布什": "bù shí",
    "都播": "dū bō",
    "都尔": "dū ěr",
    "蒙藏": "méng zàng",
    "长江": "cháng jiāng",
    "车臣": "chē chén",
    "可汗": "kè hán",
    "都护": "dū hù",
    "子文": "zǐ wén",
    "力子": "lì zǐ",
    "铁勒": "tiě lè",
    "珲春": "hún chūn",
    "术赤": "zhú chì",
    "剌": "là",
    "经国传": "jīng guó zhuàn",
}
_MAX_READING = max(map(len, _READINGS))
_SURNAMES_2 = frozenset(re.findall(r"\S+", "欧阳 司马 诸葛 上官 皇甫 司徒 尉迟 长孙 慕容 令狐 夏侯 东方 公孙"))
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤游翁傅"
    "关颜"
)
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_WORD_SEPARATORS = re.compile(r"[\s·・‧•]+")
_HAN_OR_NOT = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+|[^\u3400-\u9fff\uf900-\ufaff]+")


def _han_syllables(text: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin  # imported on use: its dictionaries take ~100 ms to load

    out: list[str] = []
    pos = 0
    while pos < len(text):
        for length in range(min(_MAX_READING, len(text) - pos), 0, -1):
            reading = _READINGS.get(text[pos:pos + length])
            if reading:
                out.extend(reading.split())
                pos += length
                break
        else:
            end = pos + 1
            while end < len(text) and not any(text[end:end + n] in _READINGS for n in range(1, _MAX_READING + 1)):
                end += 1
            out.extend(lazy_pinyin(text[pos:end], style=Style.TONE))
            pos = end
    return out


def _segment(run: str) -> list[str]:
    """Greedy longest match over the word list; neighbouring single characters form one word (transliterations)."""
    words: list[str] = []
    pos, singles = 0, ""
    while pos < len(run):
        for length in range(min(_MAX_WORD, len(run) - pos), 1, -1):
            if run[pos:pos + length] in _WORDS:
                if singles:
                    words.append(singles)
                    singles = ""
                words.append(run[pos:pos + length])
                pos += length
                break
        else:
            singles += run[pos]
            pos += 1
    if singles:
        words.append(singles)
    return words


def _join_syllables(syllables: list[str]) -> str:
    word = ""
    for syllable in syllables:
        bare = unicodedata.normalize("NFD", syllable)[:1]
        word += ("'" if word and bare in "aoe" else "") + syllable
    return word[:1].upper() + word[1:]


def _romanize_word(word: str, person: bool) -> str:
    if not _HAN.fullmatch(word):
        return word
    if person and 2 <= len(word) <= 4:
        cut = 2 if word[:2] in _SURNAMES_2 else 1 if word[0] in _SURNAMES else 0
        if cut and len(word) > cut:
            syllables = _han_syllables(word)
            return f"{_join_syllables(syllables[:cut])} {_join_syllables(syllables[cut:])}"
    return " ".join(_join_syllables(_han_syllables(part)) for part in _segment(word))


def romanize(name: str, kind: EntityKind | str | None = None) -> str:
    """Hanyu Pinyin with tone marks, one capitalised word per name part: 恰克圖條約 → Qiàkètú Tiáoyuē."""
    titled = _TITLE_MARKS.match(name)
    text = to_simplified(strip_disambiguation(titled.group(1) if titled else name))
    person = kind == EntityKind.PERSON and not _WORD_SEPARATORS.search(text) and "-" not in text
    text = re.sub(r"—+|-{2,}", "-", unicodedata.normalize("NFKC", text))
    words: list[str] = []
    for chunk in _WORD_SEPARATORS.split(text.strip()):
        halves = []  # 蘇赫-巴托爾 keeps its hyphen: Sūhè-Bātuō'ěr
        for half in chunk.split("-"):
            pieces: list[str] = []
            for piece in _HAN_OR_NOT.findall(half):
                piece = piece.strip().replace("、", ",")
                if pieces and piece and all(unicodedata.category(ch).startswith("P") for ch in piece):
                    pieces[-1] += piece  # punctuation sticks to the word before it: Guòqù, Kāipì
                elif piece:
                    pieces.append(_romanize_word(piece, person))
            if pieces:
                halves.append(" ".join(pieces))
        if halves:
            words.append("-".join(halves))
    return " ".join(words)


def pinyin_letters(pinyin: str) -> str:
    """Syllables only (lower case, no spaces, hyphens or apostrophes): compares two word divisions."""
    text = unicodedata.normalize("NFC", pinyin).lower()
    return "".join(ch for ch in text if ch.isalnum())


__all__ = [
    "GLOSSARY_FORMAT",
    "GLOSSARY_VERSION",
    "EntityKind",
    "Glossary",
    "GlossaryEntry",
    "classify",
    "glossary",
    "guess_kind",
    "is_entity_target",
    "pinyin_letters",
    "romanize",
    "same_kind",
    "strip_disambiguation",
]
