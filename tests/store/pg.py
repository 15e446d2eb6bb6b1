"""A PostgreSQL server for the postgres-marked tests: $QUIZAPP_TEST_PG_URL, or a throwaway one in a tmp dir."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable

ENV_URL = "QUIZAPP_TEST_PG_URL"


class Unavailable(Exception):
    """No PostgreSQL server can be had; the message says why (it becomes the skip reason)."""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _run(command: list[str], as_postgres: bool) -> subprocess.CompletedProcess:
    if as_postgres:
        command = ["runuser", "-u", "postgres", "--", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def start_server() -> tuple[str, Callable[[], None]]:
    """(URL, stop) of a server from $QUIZAPP_TEST_PG_URL or started with initdb/pg_ctl on 127.0.0.1."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise Unavailable("psycopg is not installed (pip install 'psycopg[binary]')") from None
    if os.environ.get(ENV_URL):
        return os.environ[ENV_URL], lambda: None
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    initdb = bins[-1] if bins else shutil.which("initdb")
    if not initdb:
        raise Unavailable(f"{ENV_URL} is unset and no initdb was found (apt-get install postgresql)")
    pg_ctl = os.path.join(os.path.dirname(initdb), "pg_ctl")
    as_postgres = os.geteuid() == 0  # the server refuses to run as root
    if as_postgres and shutil.which("runuser") is None:
        raise Unavailable("running as root without runuser: cannot start PostgreSQL as user postgres")
    folder = tempfile.mkdtemp(prefix="quizapp-pg-test.")
    if as_postgres:
        try:
            shutil.chown(folder, "postgres", "postgres")
        except (LookupError, PermissionError) as exc:
            raise Unavailable(f"cannot hand {folder} to user postgres: {exc}") from None
    data = os.path.join(folder, "data")
    port = _free_port()
    steps = [
        [initdb, "-D", data, "-U", "postgres", "-A", "trust", "--encoding=UTF8", "--locale=C.UTF-8"],
        [pg_ctl, "-D", data, "-l", os.path.join(folder, "server.log"), "-w", "-t", "30", "-o",
         f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start"],
    ]
    for step in steps:
        done = _run(step, as_postgres)
        if done.returncode != 0:
            shutil.rmtree(folder, ignore_errors=True)
            raise Unavailable(f"{os.path.basename(step[0])} failed: {(done.stderr or done.stdout).strip()[-300:]}")

    def stop() -> None:
        _run([pg_ctl, "-D", data, "-m", "immediate", "-w", "stop"], as_postgres)
        shutil.rmtree(folder, ignore_errors=True)

    return f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", stop


def fresh_database(server_url: str) -> tuple[str, Callable[[], None]]:
    """A new empty database on the server, and a function that drops it."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"quizapp_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()

    def drop() -> None:
        admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(server_url).set(database=name).render_as_string(hide_password=False), drop
