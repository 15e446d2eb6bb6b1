"""Entity glossary and kind classifier: coverage of the bundled articles, rules in both scripts, file schema."""

from __future__ import annotations

import json
import re
import urllib.parse

import pytest

from quizapp import paths
from quizapp.errors import QuizappError
from quizapp.generate.entities import (
    GLOSSARY_FORMAT,
    GLOSSARY_VERSION,
    EntityKind,
    Glossary,
    classify,
    glossary,
    guess_kind,
    is_entity_target,
    pinyin_letters,
    romanize,
    same_kind,
)
from quizapp.text import normalize_for_match, to_simplified, to_traditional

ARTICLES = ("外蒙古独立.md", "中俄蒙协约.md", "唐努乌梁海.md")
_LINK_TARGET = re.compile(r'\]\((?:\.\./Page/([^"]*?)\.md|https://zh\.wikipedia\.org/wiki/([^" ]*?)) "wikilink"\)')


def _targets(article: str) -> set[str]:
    text = (paths.SOURCES / article).read_text(encoding="utf-8")
    found = set()
    for page, url in _LINK_TARGET.findall(text):
        found.add(urllib.parse.unquote(page or url).replace("\\", "").replace("_", " ").strip())
    return found


ALL_TARGETS = sorted(set().union(*(_targets(article) for article in ARTICLES)))
ENTITY_TARGETS = [target for target in ALL_TARGETS if is_entity_target(target)]


def _raw_glossary() -> dict:
    return json.loads(paths.GLOSSARY.read_text(encoding="utf-8"))


# ---------------------------------------------------------------- coverage of the articles


def test_articles_have_hundreds_of_entity_links():
    assert len(ENTITY_TARGETS) > 400
    assert "中俄蒙协约" in ENTITY_TARGETS and "陳毅 (1873年)" in ENTITY_TARGETS


@pytest.mark.parametrize("target", ENTITY_TARGETS)
def test_every_link_target_has_a_glossary_entry(target):
    entry = glossary().lookup(target)
    assert entry is not None, f"{target} is not in assets/glossary.json (run tools/build_glossary.py)"
    assert classify(target) is entry.kind


def test_namespace_links_and_bare_years_are_not_entities():
    assert not is_entity_target("Category:中俄条约")
    assert not is_entity_target("1914年")
    assert is_entity_target("s:蒙古盟部旗組織法")  # Wikisource pages are documents
    assert classify("民三", target="1914年") is EntityKind.OTHER


def test_every_title_in_the_articles_is_a_document():
    for article in ARTICLES:
        text = (paths.SOURCES / article).read_text(encoding="utf-8")
        plain = re.sub(r'\[([^\[\]]*)\]\([^"]*? "wikilink"\)', r"\1", text)
        plain = re.sub(r"\[([^\[\]]*)\]\([^)\s]*\)", r"\1", plain).replace("**", "")
        for title in re.findall(r"《([^《》]+)》", plain):
            assert classify(f"《{title}》") is EntityKind.DOCUMENT
            assert classify(title) is EntityKind.DOCUMENT, title


# ---------------------------------------------------------------- curated facts


def test_kiakhta_treaty_is_a_document_with_its_english_name():
    for spelling in ("恰克圖條約", "恰克图条约", "中俄蒙协约", "恰克图协定"):
        entry = glossary().lookup(spelling)
        assert entry is not None and entry.kind is EntityKind.DOCUMENT
        assert entry.en == "Treaty of Kiakhta"
    assert glossary().lookup("恰克图界约").en != "Treaty of Kiakhta"  # the 1727 treaty is another one


@pytest.mark.parametrize(
    ("name", "kind", "en"),
    [
        ("蒙古人民共和國", EntityKind.POLITY, "Mongolian People's Republic"),
        ("蔣介石", EntityKind.PERSON, "Chiang Kai-shek"),
        ("庫倫", EntityKind.PLACE, "Urga"),
        ("唐努烏梁海", EntityKind.PLACE, "Tannu Uriankhai"),
        ("中蘇友好同盟條約", EntityKind.DOCUMENT, "Sino-Soviet Treaty of Friendship and Alliance"),
        ("外蒙古獨立公民投票", EntityKind.EVENT, "1945 Mongolian independence referendum"),
    ],
)
def test_known_entities(name, kind, en):
    entry = glossary().lookup(name)
    assert entry.kind is kind and entry.en == en


def test_urga_and_ulaanbaatar_stay_two_entries():
    assert glossary().lookup("庫倫").name != glossary().lookup("烏蘭巴托").name


# ---------------------------------------------------------------- lookups


def test_lookup_in_either_script():
    for name in ("中華民國", "中华民国", "蘇聯", "苏联", "徐樹錚", "徐树铮"):
        entry = glossary().lookup(name)
        assert entry is not None
        assert normalize_for_match(name) in {normalize_for_match(n) for n in entry.names}


def test_lookup_through_aliases_in_either_script():
    assert glossary().lookup("蔣介石").name == "蔣中正"
    assert glossary().lookup("蒋介石").name == "蔣中正"
    assert glossary().lookup("斯大林").name == glossary().lookup("史達林").name
    assert glossary().lookup("外蒙").name == "外蒙古"
    assert glossary().lookup("沙俄").name == glossary().lookup("俄罗斯帝国").name


def test_lookup_ignores_disambiguation_title_marks_and_wikisource_prefix():
    assert glossary().lookup("陳毅").name == "陳毅 (1873年)"
    assert glossary().lookup("王世杰").name == "王世杰 (中華民國)"
    assert glossary().lookup("《中蘇友好同盟條約》").name == "中蘇友好同盟條約"
    assert glossary().lookup("s:蒙古盟部旗組織法").kind is EntityKind.DOCUMENT


def test_unknown_name_is_not_found():
    assert glossary().lookup("不存在的名字") is None


# ---------------------------------------------------------------- rules without the glossary

SUFFIX_CASES = [
    ("北京條約", EntityKind.DOCUMENT),
    ("某國憲法", EntityKind.DOCUMENT),
    ("甲午戰爭", EntityKind.EVENT),
    ("某某革命", EntityKind.EVENT),
    ("巴黎和會會議", EntityKind.EVENT),
    ("某地公投", EntityKind.EVENT),
    ("大韓帝國", EntityKind.POLITY),
    ("某某臨時政府", EntityKind.POLITY),
    ("某某共產黨", EntityKind.POLITY),
    ("某某聯軍", EntityKind.POLITY),
    ("理藩委員會", EntityKind.POLITY),
    ("黑龍江省", EntityKind.PLACE),
    ("阿勒泰地區", EntityKind.PLACE),
    ("錫林郭勒盟", EntityKind.PLACE),
    ("貝加爾湖", EntityKind.PLACE),
    ("理藩院大臣", EntityKind.PERSON),
    ("某國總統", EntityKind.PERSON),
    ("布里亞特人", EntityKind.OTHER),
]


@pytest.mark.parametrize(("name", "kind"), SUFFIX_CASES)
def test_suffix_rules_in_both_scripts(name, kind):
    for spelling in (name, to_simplified(name), to_traditional(to_simplified(name))):
        assert glossary().lookup(spelling) is None  # these exercise the rules, not the glossary
        assert guess_kind(spelling) is kind, spelling
        assert classify(spelling) is kind


def test_longest_suffix_wins():
    assert guess_kind("某國政府") is EntityKind.POLITY  # not just 府
    assert guess_kind("某某委員會") is EntityKind.POLITY  # not 委員, a person
    assert guess_kind("某某汗國") is EntityKind.POLITY  # not 汗, a person
    assert guess_kind("某國憲法") is EntityKind.DOCUMENT  # not 國


def test_title_marks_make_a_document_whatever_the_suffix():
    assert guess_kind("《甲午戰爭》") is EntityKind.DOCUMENT
    assert classify("《蘇聯》") is EntityKind.DOCUMENT


def test_bare_words_and_unknown_names_are_other():
    assert guess_kind("國") is EntityKind.OTHER
    assert guess_kind("某某") is EntityKind.OTHER


def test_link_target_decides_when_the_name_cannot():
    assert guess_kind("某某", target="某某戰役") is EntityKind.EVENT
    assert guess_kind("某某", target="s:某某規則") is EntityKind.DOCUMENT
    assert guess_kind("某某", target="Category:某某") is EntityKind.OTHER
    assert classify("江南", target="劉宜良") is EntityKind.PERSON  # the article's pen name for 劉宜良


def test_context_decides_when_the_name_cannot():
    assert guess_kind("甲乙", context_text="當時甲乙將軍率部進入庫倫。") is EntityKind.PERSON
    assert guess_kind("甲乙", context_text="雙方簽訂《甲乙》。") is EntityKind.DOCUMENT
    assert guess_kind("甲乙", context_text="甲乙到了。") is EntityKind.OTHER


def test_interpunct_names_are_persons():
    assert guess_kind("某某·某某山") is EntityKind.PERSON
    assert guess_kind("某某·某某條約") is EntityKind.DOCUMENT


def test_rules_never_turn_a_curated_person_into_a_document_or_event():
    persons = [entry for entry in glossary().values() if entry.kind is EntityKind.PERSON]
    assert len(persons) > 100
    for entry in persons:
        for name in entry.names:
            assert guess_kind(name) not in (EntityKind.DOCUMENT, EntityKind.EVENT), name
            assert classify(name) is EntityKind.PERSON


def test_rules_never_turn_a_curated_document_into_a_person_or_place():
    for entry in glossary().values():
        if entry.kind is EntityKind.DOCUMENT:
            assert classify(f"《{entry.name}》") is EntityKind.DOCUMENT
            assert guess_kind(f"《{entry.name}》") is EntityKind.DOCUMENT


def test_same_kind():
    assert same_kind("蔣中正", "袁世凱")
    assert same_kind("恰克圖條約", "中苏友好同盟条约")
    assert not same_kind("蔣中正", "恰克圖條約")
    assert not same_kind("某某", "甲乙")  # two unknowns are not a match


# ---------------------------------------------------------------- file schema


def test_glossary_file_schema():
    data = _raw_glossary()
    assert data["format"] == GLOSSARY_FORMAT and data["version"] == GLOSSARY_VERSION
    kinds = {kind.value for kind in EntityKind}
    for name, fields in data["entries"].items():
        assert name == name.strip() and name
        assert set(fields) <= {"kind", "pinyin", "en", "aliases", "years"}, name
        assert fields["kind"] in kinds, name
        assert isinstance(fields["pinyin"], str) and fields["pinyin"].strip(), name
        for optional in ("en", "years"):
            if optional in fields:
                assert isinstance(fields[optional], str) and fields[optional].strip(), name
        aliases = fields.get("aliases", [])
        assert isinstance(aliases, list) and all(isinstance(a, str) and a for a in aliases), name
        if "years" in fields:
            assert fields["kind"] == "person" and re.fullmatch(r"\d{3,4}–(\d{3,4})?", fields["years"]), name


def test_glossary_pinyin_is_what_pypinyin_gives():
    """Word division and capitals are curated; the syllables themselves must regenerate."""
    for name, fields in _raw_glossary()["entries"].items():
        assert pinyin_letters(fields["pinyin"]) == pinyin_letters(romanize(name, fields["kind"])), name


def test_glossary_file_is_sorted_one_entry_per_line():
    text = paths.GLOSSARY.read_text(encoding="utf-8")
    pairs = json.loads(text, object_pairs_hook=lambda items: items)
    names = [name for name, _ in dict(pairs)["entries"]]
    assert names == sorted(names)
    entry_lines = [line for line in text.splitlines() if line.startswith('    "')]
    assert len(entry_lines) == len(names)


def test_glossary_counts_per_kind():
    counts = {kind: 0 for kind in EntityKind}
    for entry in glossary().values():
        counts[entry.kind] += 1
    assert all(counts[kind] >= 30 for kind in EntityKind if kind is not EntityKind.OTHER)


# ---------------------------------------------------------------- loading errors


def _write(tmp_path, data) -> Glossary:
    path = tmp_path / "glossary.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return Glossary.load(path)


def _doc(entries: dict) -> dict:
    return {"format": GLOSSARY_FORMAT, "version": GLOSSARY_VERSION, "entries": entries}


def test_load_reports_broken_json_with_file_and_line(tmp_path):
    with pytest.raises(QuizappError) as info:
        _write(tmp_path, '{\n  "format": "quizapp-glossary",\n  oops\n}')
    assert info.value.file.endswith("glossary.json") and info.value.line == 3


@pytest.mark.parametrize(
    "entries",
    [
        {"甲": {"kind": "animal", "pinyin": "Jiǎ"}},
        {"甲": {"kind": "person", "pinyin": ""}},
        {"甲": {"kind": "person", "pinyin": "Jiǎ", "aliases": "乙"}},
        {"甲": {"kind": "person", "pinyin": "Jiǎ", "colour": "red"}},
        {"甲": {"kind": "person", "pinyin": "Jiǎ", "aliases": ["乙"]}, "乙": {"kind": "place", "pinyin": "Yǐ"}},
        {"甲": ["person"]},
    ],
)
def test_load_rejects_bad_entries(tmp_path, entries):
    with pytest.raises(QuizappError):
        _write(tmp_path, _doc(entries))


def test_load_rejects_other_formats(tmp_path):
    with pytest.raises(QuizappError):
        _write(tmp_path, {"format": "quizapp-bank", "version": 1, "entries": {}})
    with pytest.raises(QuizappError):
        _write(tmp_path, {"format": GLOSSARY_FORMAT, "version": 99, "entries": {}})
    with pytest.raises(QuizappError):
        Glossary.load(tmp_path / "missing.json")


def test_load_reads_a_valid_file(tmp_path):
    loaded = _write(tmp_path, _doc({"甲國": {"kind": "polity", "pinyin": "Jiǎ Guó", "aliases": ["乙國"], "en": "A"}}))
    assert len(loaded) == 1 and loaded.lookup("乙国").en == "A"


# ---------------------------------------------------------------- romanization


@pytest.mark.parametrize(
    ("name", "kind", "pinyin"),
    [
        ("恰克圖條約", None, "Qiàkètú Tiáoyuē"),
        ("蒙古人民共和國", None, "Ménggǔ Rénmín Gònghéguó"),
        ("蔣介石", EntityKind.PERSON, "Jiǎng Jièshí"),
        ("蘇赫-巴托爾", EntityKind.PERSON, "Sūhè-Bātuō'ěr"),
        ("霍爾洛·喬巴山", EntityKind.PERSON, "Huò'ěrluò Qiáobāshān"),
        ("博克多汗國", None, "Bókèduō Hánguó"),
        ("西安", None, "Xī'ān"),
        ("陳毅 (1873年)", EntityKind.PERSON, "Chén Yì"),
        ("聯合國大會505號決議", None, "Liánhéguó Dàhuì 505 Hào Juéyì"),
    ],
)
def test_romanize(name, kind, pinyin):
    assert romanize(name, kind) == pinyin
    assert romanize(to_simplified(name), kind) == pinyin
