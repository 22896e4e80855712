"""The wheel carries its runtime files: build it, install it in a fresh venv, run the demo."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

import annotator
from annotator import resources

REPO = Path(annotator.__file__).resolve().parents[1]


def test_resources_are_found_in_a_source_checkout() -> None:
    resources.resources_dir.cache_clear()
    assert resources.resources_dir() == REPO / "resources"
    assert resources.resource_path("codebooks", "default.json").is_file()


def test_resources_are_found_in_a_frozen_app(tmp_path: Path, monkeypatch) -> None:
    bundled = tmp_path / "annotator" / "_resources"
    (bundled / "codebooks").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources.resources_dir.cache_clear()
    try:
        assert resources.resources_dir() == bundled
    finally:
        resources.resources_dir.cache_clear()


def test_missing_resource_names_the_file() -> None:
    with pytest.raises(FileNotFoundError, match=r"nothing-here\.json"):
        resources.resource_path("codebooks", "nothing-here.json")


def isolated_environment() -> dict[str, str]:
    """This process's environment without what would let a child import from elsewhere."""
    leaks = ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONUSERBASE", "VIRTUAL_ENV")
    return {key: value for key, value in os.environ.items() if key not in leaks}


def venv_program(environment: Path, name: str) -> Path:
    return environment / ("Scripts" if os.name == "nt" else "bin") / name


@pytest.mark.slow
def test_wheel_installs_and_runs_the_demo(tmp_path: Path) -> None:
    """The built wheel, installed with its dependencies into an isolated venv (no system
    site-packages, none of this interpreter's packages), runs the demo from another folder.

    pip resolves the dependencies from the index it is configured with; its cache keeps
    repeated runs fast."""
    clean = isolated_environment()
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels),
         str(REPO)],
        check=True, timeout=300, env=clean,
    )  # fmt: skip
    (wheel,) = wheels.glob("annotator-*.whl")
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True, system_site_packages=False)
    python = venv_program(environment, "python")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--find-links", str(wheels), str(wheel)],
        check=True, timeout=900, env=clean,
    )  # fmt: skip
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    where = subprocess.run(
        [str(python), "-I", "-c",
         "import sqlalchemy, annotator.resources as r; "
         "print(r.resources_dir()); print(sqlalchemy.__file__)"],
        cwd=workdir, capture_output=True, text=True, check=True, env=clean,
    )  # fmt: skip
    resources_path, sqlalchemy_path = where.stdout.splitlines()
    assert resources_path.startswith(str(environment))
    assert resources_path.endswith("_resources")
    assert sqlalchemy_path.startswith(str(environment)), "a dependency came from outside the venv"
    annotator_program = str(venv_program(environment, "annotator"))
    result = subprocess.run(
        [annotator_program, "demo", "out"],
        cwd=workdir, capture_output=True, text=True, timeout=120, env=clean,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (workdir / "out" / "demo.annot").is_file()
    verified = subprocess.run(
        [annotator_program, "verify", "out/demo.annot"],
        cwd=workdir, capture_output=True, text=True, env=clean,
    )  # fmt: skip
    assert verified.returncode == 0, verified.stdout
