"""`annotator server …`: who codes in a project on a PostgreSQL server, and what they may do.

add-coder, remove-coder and coders manage the coders' logins (services.server_members); blind
turns blind coding on or off. The rules themselves are the server's (db.server_access), so they
hold for coders who connect with psql as much as for the app. Passwords are asked at a prompt or
read from an environment variable, turned into a SCRAM verifier here, and never printed or kept.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from annotator.cli.output import write_json, write_line
from annotator.errors import InvalidInputError

PASSWORD_HELP = (
    "The coder's password is asked at a prompt (twice), or read from the environment variable "
    "named by --password-env; with --no-password the role gets none (for labs that log in by "
    "peer, certificates or LDAP) and an existing role keeps its own. Annotator sends the server "
    "only a SCRAM verifier of the password, never prints it and stores it nowhere: hand it to the "
    "coder yourself (they keep it in ~/.pgpass or type it when the app asks)."
)


def register(subcommands: argparse._SubParsersAction) -> None:
    server = subcommands.add_parser(
        "server",
        help="coders' logins and permissions of a project on a PostgreSQL server",
        description=(
            "Manage who codes in a project on a PostgreSQL server. The server itself enforces "
            "the rules, also for coders who connect with psql: a coder may add, change and "
            "delete only their own annotations and document statuses and reads everything else; "
            "in blind mode (the default) a coder cannot read other coders' annotations; a lead "
            "may change everything (codebook, documents, assignments, coders' work)."
        ),
    )
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add-coder",
        help="create a coder's login (or restore a removed one) and give it a coder's rights",
        description=(
            "Create the database role ROLE (LOGIN) if it does not exist, the coder row if new "
            "(named ROLE unless --name), and make ROLE a coder of this project, or a lead with "
            "--lead (run again without --lead to make a lead a coder). Run it as the project's "
            "owner with the CREATEROLE right, or as the server's administrator. " + PASSWORD_HELP
        ),
    )
    add.add_argument("url", metavar="URL", help="the project, postgresql://HOST[:PORT]/DATABASE")
    add.add_argument("role", metavar="ROLE", help="the coder's login name, e.g. alice")
    add.add_argument(
        "--lead", action="store_true", help="may change everything, like the project's owner"
    )
    add.add_argument("--name", help="the coder's name in the project (default: ROLE)")
    secret = add.add_mutually_exclusive_group()
    secret.add_argument(
        "--password-env", metavar="VAR", help="read the password from environment variable VAR"
    )
    secret.add_argument(
        "--no-password", action="store_true", help="set no password (the lab logs in otherwise)"
    )
    add.add_argument("--json", action="store_true", help="print JSON")
    add.set_defaults(handler=run_add_coder)

    remove = actions.add_parser(
        "remove-coder",
        help="take a coder's rights in this project away and stop their logins",
        description=(
            "Take ROLE out of this project (it can read and change nothing here any more) and "
            "make it NOLOGIN, unless it still codes in another project on the same server. "
            "The coder's annotations and statuses stay; add-coder gives the rights back."
        ),
    )
    remove.add_argument("url", metavar="URL")
    remove.add_argument("role", metavar="ROLE")
    remove.add_argument("--json", action="store_true", help="print JSON")
    remove.set_defaults(handler=run_remove_coder)

    members = actions.add_parser(
        "coders",
        help="list the project's logins: role, coder, coder/lead/removed, can log in",
    )
    members.add_argument("url", metavar="URL")
    members.add_argument("--json", action="store_true", help="print JSON")
    members.set_defaults(handler=run_coders)

    blind = actions.add_parser(
        "blind",
        help="show, or turn on or off, blind coding (coders read only their own annotations)",
        description=(
            "Without a state, print whether the project is in blind mode (it is unless turned "
            "off). While it is, the server lets no coder read another coder's annotations."
        ),
    )
    blind.add_argument("url", metavar="URL")
    blind.add_argument("state", nargs="?", choices=("on", "off"))
    blind.add_argument("--json", action="store_true", help="print JSON")
    blind.set_defaults(handler=run_blind)


def _open(url: str):
    from annotator.db.location import is_server_location
    from annotator.db.project import open_project

    if not is_server_location(url):
        raise InvalidInputError(
            f"{url}: `annotator server` works on a project on a PostgreSQL server "
            "(postgresql://HOST[:PORT]/DATABASE); a project file has no logins"
        )
    return open_project(url)


def _password(args: argparse.Namespace) -> str | None:
    if args.no_password:
        return None
    if args.password_env:
        value = os.environ.get(args.password_env)
        if not value:
            raise InvalidInputError(f"the environment variable {args.password_env} is not set")
        return value
    if not sys.stdin.isatty():
        raise InvalidInputError(
            f"no terminal to ask for {args.role}'s password: give --password-env VAR, "
            "or --no-password"
        )
    first = getpass.getpass(f"Password for {args.role}: ")
    if not first:
        raise InvalidInputError("the password is empty (use --no-password for none)")
    if getpass.getpass(f"Password for {args.role} again: ") != first:
        raise InvalidInputError("the two passwords differ; nothing was changed")
    return first


def run_add_coder(args: argparse.Namespace) -> int:
    from annotator.services.server_members import add_member

    password = _password(args)
    with _open(args.url) as project:
        member = add_member(
            project, args.role, lead=args.lead, coder_name=args.name, password=password
        )
        shown = str(project.path)
    if args.json:
        write_json(member.to_json())
    else:
        write_line(
            f"{member.role} is a {member.standing} of {shown}, coding as {member.coder!r}"
            + ("" if password is None else " (password set)")
        )
    return 0


def run_remove_coder(args: argparse.Namespace) -> int:
    from annotator.services.server_members import remove_member

    with _open(args.url) as project:
        removed = remove_member(project, args.role)
        shown = str(project.path)
    if args.json:
        write_json({**removed.member.to_json(), "login_disabled": removed.login_disabled})
        return 0
    login = (
        "its logins are disabled (NOLOGIN)"
        if removed.login_disabled
        else "it still logs in for another project on this server"
    )
    write_line(
        f"{removed.member.role} no longer codes in {shown}; {login}; "
        f"the annotations and statuses of coder {removed.member.coder!r} stay"
    )
    return 0


def run_coders(args: argparse.Namespace) -> int:
    from annotator.services.server_members import list_members

    with _open(args.url) as project:
        members = list_members(project)
    if args.json:
        write_json([member.to_json() for member in members])
        return 0
    if not members:
        write_line("No coders yet (add one: annotator server add-coder URL ROLE).")
        return 0
    width = max(len(member.role) for member in members)
    for member in members:
        login = "" if member.can_login else "  (cannot log in)"
        write_line(f"{member.role:<{width}}  {member.standing:<7}  {member.coder}{login}")
    return 0


def run_blind(args: argparse.Namespace) -> int:
    from annotator.services.server_members import blind_coding, set_blind_coding

    with _open(args.url) as project:
        if args.state is not None:
            set_blind_coding(project, args.state == "on")
        blind = blind_coding(project)
    if args.json:
        write_json({"blind": blind})
    else:
        write_line(
            "Blind coding is on: coders read only their own annotations."
            if blind
            else "Blind coding is off: coders read every coder's annotations."
        )
    return 0
