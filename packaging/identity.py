"""Reads the application's identity (name, version, app id, ...) for the packaging scripts.

`annotator/__init__.py` is the one source of truth. The spec, the build script, the installer
defines and the tests read it from there, by parsing the file rather than importing it, so that
packaging never runs project code and always reads the checkout beside it (not whatever
`annotator` happens to be installed in the build environment).
"""

from __future__ import annotations

import ast
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
ICONS = PACKAGING / "icons"
LINUX = PACKAGING / "linux"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
# Used when annotator/__init__.py does not (yet) declare PROJECT_MIME_TYPE.
DEFAULT_MIME_TYPE = "application/x-annotator-project"


@dataclass(frozen=True)
class Identity:
    name: str  # "Annotator": window title, bundle and folder name
    version: str  # "0.1.0"
    app_id: str  # "org.annotator.Annotator": desktop id, bundle id, icon name
    organization: str
    project_suffix: str  # ".annot"
    mime_type: str  # "application/x-annotator-project"
    executable: str  # "annotator": the console script in pyproject.toml

    @property
    def version_tuple(self) -> tuple[int, int, int, int]:
        """The leading numbers of the version, padded to four (Windows version resources)."""
        match = re.match(r"\d+(?:\.\d+)*", self.version)  # "1.2.0rc1" -> "1.2.0"
        numbers = [int(part) for part in match.group(0).split(".")] if match else []
        return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]

    @property
    def extension(self) -> str:
        return self.project_suffix.lstrip(".")


def _string_constants(source: str) -> dict[str, str]:
    constants: dict[str, str] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                    constants[target.id] = node.value.value
    return constants


def read_identity(repo: Path = REPO) -> Identity:
    constants = _string_constants((repo / "annotator" / "__init__.py").read_text("utf-8"))
    pyproject = tomllib.loads((repo / "pyproject.toml").read_text("utf-8"))
    scripts = pyproject["project"]["scripts"]
    executable = next(name for name, target in scripts.items() if target.startswith("annotator"))
    return Identity(
        name=constants["APP_NAME"],
        version=constants["__version__"],
        app_id=constants["APP_ID"],
        organization=constants.get("ORGANIZATION", constants["APP_NAME"]),
        project_suffix=constants["PROJECT_SUFFIX"],
        mime_type=constants.get("PROJECT_MIME_TYPE", DEFAULT_MIME_TYPE),
        executable=executable,
    )


if __name__ == "__main__":
    print(read_identity())
