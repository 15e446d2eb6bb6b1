"""quizapp timeline: the dated events of an article, with the conflicts between its tellings (--json)."""

from __future__ import annotations

import argparse

from quizapp.commands import write_stdout

SCRIPT_CHOICES = ("original", "hans", "hant", "tw", "hk")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="SOURCE.md", help="article in pandoc wiki-Markdown form")
    parser.add_argument("--json", action="store_true", help="print the timeline as JSON (the documented contract)")
    parser.add_argument("--script", choices=SCRIPT_CHOICES, default="original", help="output script")


def run(args: argparse.Namespace) -> int:
    import json

    from quizapp.source import parse_file
    from quizapp.timeline import build_timeline, timeline_to_json

    document = parse_file(args.source)
    events = build_timeline(document)
    data = timeline_to_json(document, events, args.script)
    if args.json:
        output = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        lines = [f"{data['title']}: {len(data['events'])} events, {len(data['conflicts'])} conflicts"]
        for event in data["events"]:
            date = event["date"]
            when = date["start"] if date["start"] == date["end"] else f"{date['start']}/{date['end']}"
            mark = f"  ≠ {' '.join(event['conflicts'])}" if event["conflicts"] else ""
            lines.append(f"{event['id']}  {when:<21} {event['text']}{mark}")
        output = "\n".join(lines) + "\n"
    write_stdout(output)
    return 0
