"""The README is read on GitHub, on PyPI and in an unpacked sdist: every file it links to or names
by a relative path is inside the repository, so no link leads outside it or nowhere."""

from __future__ import annotations

import re
from pathlib import Path

import annotator

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
