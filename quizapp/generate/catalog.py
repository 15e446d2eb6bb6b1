"""The article's named entities: kind (via generate.entities), frequency, years, and accepted spellings."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from quizapp.generate.context import Context
from quizapp.text import normalize_for_match, to_simplified, to_traditional


@dataclass
class Entity:
    text: str  # as first written
    target: str
    kind: Any  # an entities.EntityKind, or None when it cannot be classified
    count: int = 0  # mentions (links) in the article
    years: set[int] = field(default_factory=set)  # years of the facts that mention it
    key: str = ""
    askable: bool = False


_POLITY_SORTS = (
    ("army", ("军", "軍", "部队", "部隊", "军队", "軍隊", "联军", "聯軍")),
    ("party", ("党", "黨")),
    ("body", ("院", "部", "会", "會", "署", "局", "处", "處", "委员会", "委員會", "电台", "電台", "邮政", "郵政",
              "公司", "社", "大会", "大會", "国际", "國際")),
)


def polity_sort(entity: Entity) -> str:
    """army / party / body / state for a polity (by the name's head), "" for other kinds."""
    if str(getattr(entity.kind, "value", entity.kind)) != "polity":
        return ""
    for sort, heads in _POLITY_SORTS:
        if entity.text.endswith(heads):
            return sort
    return "state"


def person_sort(entity: Entity) -> str:
    """transliterated (罗曼·冯·恩琴, with ·) or not, for a person; "" for other kinds: a lone foreign name
    among Chinese ones gives itself away."""
    if str(getattr(entity.kind, "value", entity.kind)) != "person":
        return ""
    return "transliterated" if "·" in entity.text or "・" in entity.text else "plain"


def strip_disambiguation(name: str) -> str:
    """朝鲜 (称谓) → 朝鲜: the page title's disambiguation is no spelling a student types."""
    return re.sub(r"\s*[（(][^()（）]*[)）]\s*$", "", name) or name


_NOT_IN_NAMES = re.compile(r"[的，。；：、！？「」“”\s]|\d{3,}")


_GENERIC = {"人民共和國", "人民共和国", "共和國", "共和国", "政府", "中央政府", "國家", "国家", "帝國", "帝国",
            "王國", "王国", "聯邦", "联邦", "自治區", "自治区"}


def looks_like_name(text: str) -> bool:
    """A proper name rather than a phrase or a common noun: short, no particles or clause punctuation."""
    return 2 <= len(text) <= 14 and not _NOT_IN_NAMES.search(text) and text not in _GENERIC


_TITLES = ("总理", "主席", "总统", "大臣", "将军", "部长", "外长", "院长", "大使", "公使", "领事", "委员", "代表",
           "皇帝", "首相", "司令", "都统", "办事大臣")
_MAX_LENGTH = {"place": 6, "person": 10, "polity": 14, "event": 10, "document": 16}


def _known(kind: Any) -> bool:
    if kind is None:
        return False
    name = str(getattr(kind, "value", kind)).lower()
    return name not in ("", "other", "unknown", "none")


class Catalog:
    """Every linked entity of the article, classified once."""

    def __init__(self, ctx: Context, entities: Any = None) -> None:
        """``entities`` is the module (or any object) providing classify/same_kind/Glossary;
        by default quizapp.generate.entities."""
        if entities is None:
            from quizapp.generate import entities
        self._entities = entities
        self.glossary = _load_glossary(entities)
        self.by_key: dict[str, Entity] = {}
        contexts: dict[str, str] = {}
        for section in ctx.doc.sections:
            for link in section.links:
                key = normalize_for_match(link.text)
                if len(key) < 2:
                    continue
                entity = self.by_key.get(key)
                if entity is None:
                    entity = self.by_key[key] = Entity(link.text, link.target or link.text, None, key=key)
                    lo = max(0, link.start - 30)
                    contexts[key] = section.text[lo:link.end + 30]
                entity.count += 1
        for fact in ctx.facts:
            for mention in fact.mentions:
                entity = self.by_key.get(normalize_for_match(mention.text))
                if entity is not None:
                    entity.years.add(fact.year)
        for key, entity in self.by_key.items():
            if not looks_like_name(entity.text):
                continue  # a phrase that happens to carry a link ("匪偽入會的間接目的上") is no answer
            # the target names the same thing only when the text ends like it (退位詔書 → 宣統帝退位詔書);
            # 外蒙 linked to 外蒙古獨立公民投票 is a place, not the referendum
            target_key = normalize_for_match(entity.target)
            target = entity.target if target_key.endswith(key) else None
            entity.kind = entities.classify(entity.text, context_text=contexts.get(key), target=target)
            # a known kind, and a length such names have (a 9-character "place" is a phrase: 中國軍事入侵外蒙古)
            kind_name = str(getattr(entity.kind, "value", entity.kind))
            entity.askable = _known(entity.kind) and len(entity.text) <= _MAX_LENGTH.get(kind_name, 14)
            if kind_name == "person" and to_simplified(entity.text).endswith(_TITLES):
                entity.askable = False  # 內閣總理 is an office, not a person: names would be unfair options
        self._by_kind: dict[Any, list[Entity]] = defaultdict(list)
        for entity in self.by_key.values():
            if entity.askable:
                self._by_kind[entity.kind].append(entity)
        # entity keys named by the facts of each year: a distractor named then could also be right
        self.years_mentioned: dict[int, set[str]] = defaultdict(set)
        for fact in ctx.facts:
            for year in range(fact.start[0], fact.end[0] + 1) if fact.end[0] - fact.start[0] < 3 else ():
                bucket = self.years_mentioned[year]
                bucket.update(normalize_for_match(m.text) for m in fact.mentions)
        self._alias_keys: dict[str, set[str]] = {}

    def get(self, text: str) -> Entity | None:
        return self.by_key.get(normalize_for_match(text))

    def askable(self, entity: Entity) -> bool:
        return entity.askable

    def of_kind(self, entity: Entity) -> list[Entity]:
        """The askable entities of ``entity``'s kind, in reading order."""
        return self._by_kind.get(entity.kind, []) if entity.askable else []

    def same_kind(self, a: Entity, b: Entity) -> bool:
        """Both of one known kind (each classified with its own context, never two unknowns); polities also
        of one sort — a state is no option for a party, an army or a ministry."""
        return a.kind == b.kind and a.askable and b.askable and polity_sort(a) == polity_sort(b) \
            and person_sort(a) == person_sort(b)

    def aliases(self, entity: Entity) -> list[str]:
        """Other names the glossary gives the entity (both scripts are added by accepted_forms)."""
        if self.glossary is None:
            return []
        for name in (entity.text, entity.target):
            entry = self.glossary.lookup(name)
            if entry is not None:
                return [strip_disambiguation(str(n)) for n in entry.names if n != entity.text]
        return []

    def accepted_forms(self, entity: Entity, written: str) -> list[str]:
        """The canonical form first (as written), then both scripts, then glossary aliases in both scripts."""
        forms: list[str] = []
        for base in (written, *self.aliases(entity)):
            for form in (base, to_simplified(base), to_traditional(base)):
                if form and form not in forms:
                    forms.append(form)
        return forms

    def alias_keys(self, entity: Entity) -> set[str]:
        keys = self._alias_keys.get(entity.key)
        if keys is None:
            keys = self._alias_keys[entity.key] = {normalize_for_match(a) for a in self.aliases(entity)} | {
                entity.key}
        return keys


def _load_glossary(entities: Any) -> Any:
    """The provider's glossary (an object with lookup(name) → entry with .names), or None."""
    loader = getattr(entities, "glossary", None)
    return loader() if callable(loader) else None
