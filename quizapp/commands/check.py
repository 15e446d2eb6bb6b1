"""quizapp check: check a bank file against every quality rule (exit 0 pass, 1 violations, 2 unreadable)."""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("bank", metavar="BANK.json", help="bank file to check")
    parser.add_argument("--source", metavar="SOURCE.md",
                        help="the article the bank was generated from (default: the bundled one it names)")


def run(args: argparse.Namespace) -> int:
    from quizapp.generate.checker import check_bank

    violations, notes = check_bank(args.bank, args.source)
    for note in notes:
        print(f"quizapp check: note: {note}", file=sys.stderr)
    for violation in violations:
        print(f"{args.bank}: {violation}")
    if violations:
        rules = sorted({v.rule for v in violations})
        print(f"{args.bank}: {len(violations)} violation(s) ({', '.join(rules)})")
        return 1
    print(f"{args.bank}: ok")
    return 0
