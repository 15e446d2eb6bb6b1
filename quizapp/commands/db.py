"""quizapp db: database maintenance (upgrade the schema to this version's head)."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = sub.add_parser("upgrade", help="create or migrate the database to the newest schema",
                             description="Create or migrate the database; a SQLite file is backed up first.")
    upgrade.add_argument("--db", metavar="URL", help="SQLAlchemy URL (default: $QUIZAPP_DB or the user data file)")


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from quizapp.store.db import resolve_url
    from quizapp.store.migrate import upgrade

    url = resolve_url(args.db)
    shown = make_url(url).render_as_string(hide_password=True)
    result = upgrade(url)
    if result.before is None:
        print(f"created {shown} at schema revision {result.after}")
    elif not result.changed:
        print(f"{shown} is already at schema revision {result.after}")
    else:
        print(f"upgraded {shown} from revision {result.before} to {result.after}; backup: {result.backup or 'none'}")
    return 0
