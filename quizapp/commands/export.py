"""quizapp export: write a bank from the database to a file."""

from __future__ import annotations

import argparse
import importlib

from quizapp.errors import BankError

# format name -> module with write_bank(bank_file, path). Other formats register here.
EXPORTERS: dict[str, str] = {
    "json": "quizapp.interchange.native",
    "gift": "quizapp.interchange.gift",
    "moodle-xml": "quizapp.interchange.moodle_xml",
    "csv": "quizapp.interchange.csv_format",
    "apkg": "quizapp.interchange.apkg",
}
PLANNED: tuple[str, ...] = ()


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("bank", metavar="BANK", help="bank name (or numeric id)")
    parser.add_argument("--format", default="json", metavar="FORMAT",
                        help=f"output format: {', '.join(sorted(EXPORTERS))} (default json)")
    parser.add_argument("--out", required=True, metavar="FILE", help="file to write")
    parser.add_argument("--db", metavar="URL", help="SQLAlchemy URL (default: $QUIZAPP_DB or the user data file)")


def run(args: argparse.Namespace) -> int:
    from quizapp.errors import StoreError
    from quizapp.store import crud
    from quizapp.store.db import open_store, session_factory

    if args.format not in EXPORTERS:
        if args.format in PLANNED:
            raise BankError(f"exporting {args.format} is not available in this build yet; "
                            f"available: {', '.join(sorted(EXPORTERS))}")
        raise BankError(f"unknown export format {args.format!r}; available: {', '.join(sorted(EXPORTERS))}")
    writer = importlib.import_module(EXPORTERS[args.format])
    engine = open_store(args.db)
    try:
        with session_factory(engine)() as session:
            try:
                bank = crud.get_bank(session, name=args.bank)
            except StoreError:
                if not args.bank.isdigit():
                    raise
                bank = crud.get_bank(session, bank_id=int(args.bank))
            bank_file = crud.export_bank(session, bank_id=bank.id)
        writer.write_bank(bank_file, args.out)
        print(f"exported {len(bank_file.questions)} questions of bank {bank.name!r} to {args.out}")
    finally:
        engine.dispose()
    return 0
