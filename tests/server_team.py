"""A coding team on the test server, for the permission tests: a project owned by the superuser
with one article, coders alice and bob and lead carol (each a login with a password), and one
coded span and one status of bob's.

Roles are cluster-wide and the cluster is shared by the test run, so each team's role names carry
the database's name."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import psycopg

from annotator.db.location import parse_location
from annotator.db.project import Project, open_project
from annotator.services.coding.annotations import AnnotationRecord, create_annotation
from annotator.services.coding.statuses import set_status
from annotator.services.imports.articles import import_paths
from annotator.services.projects import new_project
from annotator.services.server_members import add_member

ARTICLE = "Putin said Russia's energy companies want projects in Turkmenistan.\n"


@dataclass
class Team:
    cluster: object
    url: str
    database: str
    owner: Project
    alice: str
    bob: str
    carol: str
    bobs_span: AnnotationRecord

    def password(self, role: str) -> str:
        return f"pw-{role}"

    def url_of(self, role: str) -> str:
        return self.cluster.url(self.database, user=role, password=self.password(role))

    def connect(self, role: str) -> psycopg.Connection:
        """A raw connection as `role` (autocommit: each statement on its own, as in psql)."""
        return psycopg.connect(self.url_of(role), autocommit=True)

    def open_as(self, role: str) -> Project:
        return open_project(self.url_of(role))

    def sql(self, statement: str) -> str:
        """Run a statement as the superuser (to check what is really stored)."""
        return self.cluster.sql(statement, self.database)


def make_team(cluster, server_url: str, folder: Path) -> Team:
    database = parse_location(server_url).database
    owner = new_project(server_url)
    article = folder / "article.txt"
    article.write_text(ARTICLE)
    import_paths(owner, [article])
    alice, bob, carol = (f"{name}_{database}" for name in ("alice", "bob", "carol"))
    for role in (alice, bob, carol):
        add_member(owner, role, lead=role == carol, password=f"pw-{role}")
    span = create_annotation(
        owner, document=1, coder=bob, start=0, end=5, values={"actor": ["Government"]}
    )
    set_status(owner, 1, bob, "done")
    return Team(cluster, server_url, database, owner, alice, bob, carol, span)
