"""quizapp import: add a bank file to the database as a new bank (all questions or none)."""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

from quizapp.errors import BankError

# format name -> module with read_bank(path) -> quizapp.bankformat.BankFile (or read_raw(path) -> RawBank,
# which crud.import_bank validates without keeping every question in memory). Other formats register here.
IMPORTERS: dict[str, str] = {
    "json": "quizapp.interchange.native",
    "gift": "quizapp.interchange.gift",
    "moodle-xml": "quizapp.interchange.moodle_xml",
    "csv": "quizapp.interchange.csv_format",
}
# file suffix -> format name
SUFFIXES: dict[str, str] = {".json": "json", ".gift": "gift", ".txt": "gift", ".xml": "moodle-xml", ".csv": "csv"}
PLANNED = {".apkg": "apkg"}  # Anki packages are exported only


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="bank file: .json, .gift/.txt (GIFT), .xml (Moodle XML), .csv")
    parser.add_argument("--db", metavar="URL", help="SQLAlchemy URL (default: $QUIZAPP_DB or the user data file)")
    parser.add_argument("--bank", metavar="NAME", help="name of the new bank (default: the name in the file)")
    parser.add_argument("--format", choices=sorted(IMPORTERS), help="file format (default: from the suffix)")


def format_for(path: Path, explicit: str | None = None) -> str:
    if explicit:
        return explicit
    suffix = path.suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    if suffix in PLANNED:
        raise BankError(f"importing {PLANNED[suffix]} files is not available in this build yet; "
                        f"available: {', '.join(sorted(SUFFIXES))}", file=str(path))
    raise BankError(f"unknown bank file type {suffix or '(no suffix)'!r}; available: {', '.join(sorted(SUFFIXES))}",
                    file=str(path))


def run(args: argparse.Namespace) -> int:
    from quizapp.store import crud
    from quizapp.store.db import open_store, session_factory

    path = Path(args.file)
    reader = importlib.import_module(IMPORTERS[format_for(path, args.format)])
    source = reader.read_raw(path) if hasattr(reader, "read_raw") else reader.read_bank(path)
    engine = open_store(args.db)
    try:
        with session_factory(engine)() as session:
            bank = crud.import_bank(session, source, name=args.bank)  # validates all before writing
            count = crud.count_questions(session, bank.id)
            print(f"imported {count} questions into bank {bank.name!r} (id {bank.id})")
    finally:
        engine.dispose()
    return 0
