"""quizapp generate: write a question bank (bank-file format) generated from an article."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="SOURCE.md", help="the article (wiki Markdown)")
    parser.add_argument("--out", required=True, metavar="BANK.json", help="bank file to write")
    parser.add_argument("--seed", type=int, default=0, help="shuffling seed: the same seed gives the same bytes")
    parser.add_argument("--fresh", action="store_true",
                        help="overwrite --out instead of keeping its approved/edited questions")


def run(args: argparse.Namespace) -> int:
    from quizapp.bankformat import parse_bank
    from quizapp.errors import BankError
    from quizapp.generate.bank import bank_bytes, generate_from_file
    from quizapp.generate.checker import read_bank
    from quizapp.generate.regen import regenerate

    bank = generate_from_file(args.source, args.seed)
    out = Path(args.out)
    kept = 0
    if out.exists() and not args.fresh:
        existing, _ = read_bank(out)
        merged = regenerate(existing, bank["questions"], source=bank["bank"]["source"])
        kept = sum(1 for q in merged["questions"] if q.get("status") in ("approved", "edited", "flagged")
                   and q not in bank["questions"])
        bank = merged
    data = bank_bytes(bank)
    parse_bank(bank, file=str(out))  # never write a file the app would refuse
    tmp = out.with_name(out.name + ".tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, out)
    except OSError as exc:
        raise BankError(f"cannot write: {exc.strerror or exc}", file=str(out)) from None
    note = f" ({kept} reviewed questions kept from the existing file)" if kept else ""
    print(f"wrote {len(bank['questions'])} questions to {out}{note}", file=sys.stderr)
    return 0
