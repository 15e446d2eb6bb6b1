"""quizapp parse: read an article and print its sections, clean text, links and notes (--json)."""

from __future__ import annotations

import argparse

from quizapp.commands import write_stdout

SCRIPT_CHOICES = ("original", "hans", "hant", "tw", "hk")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="SOURCE.md", help="article in pandoc wiki-Markdown form")
    parser.add_argument("--json", action="store_true", help="print the parse as JSON (the documented contract)")
    parser.add_argument("--script", choices=SCRIPT_CHOICES, default="original", help="output script")


def run(args: argparse.Namespace) -> int:
    import json

    from quizapp.source import document_to_json, parse_file

    document = parse_file(args.source)
    data = document_to_json(document, args.script)
    if args.json:
        output = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        lines = [f"{data['title']}  ({document.file}, sha256 {document.sha256[:12]}…)"]
        for section in data["sections"]:
            indent = "  " * (section["level"] - 1)
            lines.append(
                f"{indent}{section['id']} {section['title']}: {len(section['paragraphs'])} paragraphs, "
                f"{len(section['sentences'])} sentences, {len(section['links'])} links, {len(section['notes'])} notes"
            )
        output = "\n".join(lines) + "\n"
    write_stdout(output)
    return 0
