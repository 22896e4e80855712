"""A throwaway PostgreSQL cluster for the server tests, made from the machine's own binaries.

`initdb` in a temporary folder, started with `pg_ctl` on a free loopback port (and a Unix socket
in the same folder), stopped and deleted at the end of the run. PostgreSQL refuses to run as root,
so when the tests run as root (CI) the cluster runs as the unprivileged `postgres` user that
Debian's package creates (or `nobody`). Host connections need a password (scram-sha-256), as on a
lab's server; the superuser's password is random per run.

Binaries are looked for in $ANNOTATOR_PG_BIN, on PATH, then in /usr/lib/postgresql/*/bin (Debian).
Without them the server tests are skipped, saying so; `ANNOTATOR_REQUIRE_POSTGRES=1` (CI sets it)
turns that skip into a failure, so CI can never pass by skipping them.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "annotator_admin"
NO_BINARIES = (
    "no PostgreSQL binaries found (initdb, pg_ctl): install Debian's `postgresql` package, or set "
    "ANNOTATOR_PG_BIN to their folder, to run the server tests"
)


def find_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, or None."""
    candidates: list[Path] = []
    if os.environ.get("ANNOTATOR_PG_BIN"):
        candidates.append(Path(os.environ["ANNOTATOR_PG_BIN"]))
    if shutil.which("initdb") and shutil.which("pg_ctl"):
        candidates.append(Path(shutil.which("initdb")).parent)  # type: ignore[arg-type]
    debian = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda path: int(path.parent.name) if path.parent.name.isdigit() else 0,
        reverse=True,
    )
    candidates += debian
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _unprivileged_user() -> str | None:
    """Who runs the server when we are root; None when we are not root (we run it ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and no unprivileged user (postgres, nobody) to run as")


@dataclass
class Cluster:
    """A running server: connect as the superuser with `url(database)`."""

    binaries: Path
    folder: Path
    port: int
    password: str
    user: str | None

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None):
        """A postgresql:// URL (with the password in it: tests only)."""
        secret = self.password if password is None and user == SUPERUSER else password
        credentials = f"{user}:{secret}" if secret else user
        return f"postgresql://{credentials}@127.0.0.1:{self.port}/{database}"

    def run(self, program: str, *arguments: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [str(self.binaries / program), *arguments]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(
            command, check=check, capture_output=True, text=True, timeout=120, cwd=self.folder
        )

    def start(self) -> None:
        log = self.folder / "server.log"
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} "
            f"-c unix_socket_directories={self.folder} -c fsync=off -c max_connections=100"
        )
        self.run("pg_ctl", "-D", str(self.data), "-l", str(log), "-o", options, "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self.run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def restart(self) -> None:
        self.stop()
        self.start()

    def sql(self, statement: str, database: str = "postgres") -> str:
        """Run one statement as the superuser with psql; returns what it printed."""
        psql = self.binaries / "psql"
        environment = dict(os.environ, PGPASSWORD=self.password)
        result = subprocess.run(
            [str(psql if psql.is_file() else "psql"), "-X", "-q", "-A", "-t",
             "-v", "ON_ERROR_STOP=1", "-d", self.url(database), "-c", statement],
            check=True, capture_output=True, text=True, timeout=60, env=environment,
        )  # fmt: skip
        return result.stdout.strip()

    def create_database(self, name: str) -> str:
        """An empty database; returns its URL (superuser)."""
        self.sql(f'CREATE DATABASE "{name}"')
        return self.url(name)


def start_cluster() -> Cluster:
    binaries = find_binaries()
    if binaries is None:
        raise FileNotFoundError(NO_BINARIES)
    user = _unprivileged_user()
    folder = Path(tempfile.mkdtemp(prefix="annotator-pg-"))
    password = secrets.token_hex(16)
    (folder / "password").write_text(password + "\n")
    if user is not None:
        entry = pwd.getpwnam(user)
        folder.chmod(0o755)
        for path in (folder, folder / "password"):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    cluster = Cluster(binaries, folder, _free_port(), password, user)
    cluster.run(
        "initdb", "-D", str(cluster.data), "-U", SUPERUSER, f"--pwfile={folder / 'password'}",
        "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "-E", "UTF8",
        "--locale=C.UTF-8", "--no-sync",
    )  # fmt: skip
    (folder / "password").unlink()
    cluster.start()
    return cluster


def remove_cluster(cluster: Cluster) -> None:
    cluster.stop("immediate")
    shutil.rmtree(cluster.folder, ignore_errors=True)
