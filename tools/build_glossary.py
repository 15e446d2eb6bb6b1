"""Keep assets/glossary.json in step with the bundled articles: report, draft and re-romanize entries.

    python tools/build_glossary.py            # report names the glossary misses and pinyin that disagrees
    python tools/build_glossary.py --write    # add drafts for missing names, refresh pinyin, rewrite the file

Every link target (less categories and bare years) and every 《…》 title of the three articles is a
candidate. A draft gets the kind that ``guess_kind`` reads from the name's form and the pinyin that
``romanize`` produces; review drafts by hand (kind, "en", "aliases") before committing. Curated word
division in "pinyin" is kept as long as its syllables still match pypinyin's.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import urllib.parse
from pathlib import Path

from quizapp import paths
from quizapp.generate.entities import (
    GLOSSARY_FORMAT,
    GLOSSARY_VERSION,
    EntityKind,
    Glossary,
    guess_kind,
    is_entity_target,
    pinyin_letters,
    romanize,
)
from quizapp.text import normalize_for_match

ARTICLES = ("外蒙古独立.md", "中俄蒙协约.md", "唐努乌梁海.md")
_LINK = re.compile(
    r'\[((?:[^\[\]]|\\\[|\\\])*)\]\((?:\.\./Page/(?P<page>[^"]*?)\.md|https://zh\.wikipedia\.org/wiki/(?P<url>[^" ]*?)) "wikilink"\)'
)
_TITLE = re.compile(r"《([^《》]*)》")
_FIELD_ORDER = ("kind", "pinyin", "en", "aliases", "years")


def link_target(raw: str) -> str:
    """``陳毅_\\(1873年\\)`` → ``陳毅 (1873年)``; URL escapes decoded."""
    return urllib.parse.unquote(raw).replace("\\", "").replace("_", " ").strip()


def link_targets(text: str) -> list[str]:
    return [link_target(m["page"] if m["page"] is not None else m["url"]) for m in _LINK.finditer(text)]


def titles(text: str) -> list[str]:
    """《…》 titles with pandoc's link and bold markup removed; empty ones dropped."""
    plain = _LINK.sub(lambda m: m.group(1), text)
    found = []
    for raw in _TITLE.findall(plain):
        title = re.sub(r"\*\*|\[|\]\([^)]*\)", "", raw).replace("\\", "").strip()
        if title:
            found.append(title)
    return found


def candidates(sources: Path = paths.SOURCES) -> dict[str, bool]:
    """Names to cover, each with whether the text writes it as a 《…》 title."""
    names: dict[str, bool] = {}
    for article in ARTICLES:
        text = (sources / article).read_text(encoding="utf-8")
        for target in link_targets(text):
            if is_entity_target(target):
                names.setdefault(target.removeprefix("s:"), False)
        for title in titles(text):
            names[title] = True
    return names


def dump(entries: dict[str, dict]) -> str:
    """One entry per line, keys sorted: small diffs when an entry changes."""
    lines = []
    for name in sorted(entries):
        fields = {key: entries[name][key] for key in _FIELD_ORDER if key in entries[name]}
        lines.append(f"    {json.dumps(name, ensure_ascii=False)}: {json.dumps(fields, ensure_ascii=False)}")
    body = ",\n".join(lines)
    return (
        f'{{\n  "format": "{GLOSSARY_FORMAT}",\n  "version": {GLOSSARY_VERSION},\n'
        f'  "entries": {{\n{body}\n  }}\n}}\n'
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="add drafts, refresh pinyin, rewrite the file")
    parser.add_argument("--glossary", type=Path, default=paths.GLOSSARY)
    args = parser.parse_args(argv)

    data = json.loads(args.glossary.read_text(encoding="utf-8")) if args.glossary.exists() else {}
    entries: dict[str, dict] = data.get("entries", {})
    glossary = Glossary.from_json(
        {"format": GLOSSARY_FORMAT, "version": GLOSSARY_VERSION, "entries": entries}, file=str(args.glossary)
    )
    found = candidates()
    missing: dict[str, EntityKind] = {}
    seen = set()
    for name, is_title in found.items():
        if glossary.lookup(name) is None and normalize_for_match(name) not in seen:
            seen.add(normalize_for_match(name))  # 《A——B》 and 《A--B》 are one title
            missing[name] = guess_kind(f"《{name}》" if is_title else name)
    stale = [
        name
        for name, fields in entries.items()
        if pinyin_letters(fields["pinyin"]) != pinyin_letters(romanize(name, fields["kind"]))
    ]
    for name, kind in missing.items():
        print(f"missing: {name} (draft kind {kind})")
    for name in stale:
        print(f"pinyin: {name}: {entries[name]['pinyin']} → {romanize(name, entries[name]['kind'])}")
    if not args.write:
        return 1 if missing or stale else 0
    for name, kind in missing.items():
        entries[name] = {"kind": kind.value, "pinyin": romanize(name, kind)}
    for name in stale:
        entries[name]["pinyin"] = romanize(name, entries[name]["kind"])
    args.glossary.write_text(dump(entries), encoding="utf-8")
    print(f"{args.glossary}: {len(entries)} entries ({len(missing)} drafts added, {len(stale)} re-romanized)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
