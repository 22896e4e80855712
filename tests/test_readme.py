"""The README is read on GitHub, on PyPI and in an unpacked sdist: every file it links to or names
by a relative path is inside the repository, so no link leads outside it or nowhere; and its
exit-status line names every command that can exit 1."""

from __future__ import annotations

import argparse
import inspect
import re
from collections.abc import Callable
from pathlib import Path

import annotator
from annotator import cli

REPO = Path(annotator.__file__).resolve().parents[1]
READMES = [REPO / "README.md", REPO / "packaging" / "README.md"]
MARKDOWN_LINK = re.compile(r"\]\(([^)\s]+)\)")
LEAVING = re.compile(r"(?<![\w.])\.\./")


def test_readme_names_no_path_outside_the_repository() -> None:
    for readme in READMES:
        for number, line in enumerate(readme.read_text("utf-8").splitlines(), start=1):
            assert not LEAVING.search(line), f"{readme.name}:{number} leaves the repository: {line}"


def test_readme_links_point_at_files_in_the_repository() -> None:
    for readme in READMES:
        for target in MARKDOWN_LINK.findall(readme.read_text("utf-8")):
            if re.match(r"[a-z]+:", target) or target.startswith("#"):
                continue  # a web address or an anchor
            path = (readme.parent / target.split("#", 1)[0]).resolve()
            assert path.is_relative_to(REPO), f"{readme.name}: {target} is outside the repository"
            assert path.exists(), f"{readme.name}: {target} does not exist"


def _handlers(parser: argparse.ArgumentParser, prefix: str = "") -> dict[str, Callable]:
    """Command name (`codebook import` for nested ones) -> the function that runs it."""
    found: dict[str, Callable] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                if sub.get_default("handler") is not None:
                    found[prefix + name] = sub.get_default("handler")
                found |= _handlers(sub, f"{prefix}{name} ")
    return found


def test_readme_exit_status_names_every_command_that_exits_1() -> None:
    readme = (REPO / "README.md").read_text("utf-8")
    paragraph = " ".join(readme.split("Exit status:", 1)[1].split("\n\n", 1)[0].split())
    exit_1 = paragraph.split("; 1 ", 1)[1].split("; 2 ", 1)[0]
    returning_1 = re.compile(r"return 1\b|\b1 if ")
    commands = [
        name
        for name, handler in _handlers(cli.build_parser()).items()
        if returning_1.search(inspect.getsource(handler))
    ]
    assert {"import", "verify", "import-codings"} <= set(commands)
    for name in commands:
        assert f"`{name}`" in exit_1, f"README's exit status 1 does not mention `{name}`"
