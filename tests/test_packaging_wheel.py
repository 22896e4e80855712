"""The wheel carries its runtime files and the licence: build the sdist and the wheel from it,
install the wheel with its dependencies in an isolated venv, run the demo."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import venv
import zipfile
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


@pytest.fixture(scope="module")
def distributions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sdist, and the wheel built from it (as `python -m build` does for a release)."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(REPO)],
        check=True, timeout=600, env=isolated_environment(),
    )  # fmt: skip
    (sdist,) = out.glob("annotator-*.tar.gz")
    (wheel,) = out.glob("annotator-*.whl")
    return sdist, wheel


@pytest.mark.slow
def test_wheel_and_sdist_carry_the_licence(distributions: tuple[Path, Path]) -> None:
    sdist, wheel = distributions
    licence = (REPO / "LICENSE").read_text("utf-8")
    assert licence.startswith("MIT License") and "The Annotator developers" in licence
    with zipfile.ZipFile(wheel) as archive:
        dist_info = next(n.split("/")[0] for n in archive.namelist() if ".dist-info/" in n)
        metadata = archive.read(f"{dist_info}/METADATA").decode("utf-8")
        assert archive.read(f"{dist_info}/licenses/LICENSE").decode("utf-8") == licence
    assert "License-Expression: MIT" in metadata.splitlines()
    assert "License-File: LICENSE" in metadata.splitlines()
    with tarfile.open(sdist) as archive:
        top = archive.getnames()[0].split("/")[0]
        packed = archive.extractfile(f"{top}/LICENSE")
        assert packed is not None and packed.read().decode("utf-8") == licence


@pytest.mark.slow
def test_wheel_installs_and_runs_the_demo(tmp_path: Path, distributions: tuple[Path, Path]) -> None:
    """The built wheel, installed with its dependencies into an isolated venv (no system
    site-packages, none of this interpreter's packages), runs the demo from another folder.

    pip resolves the dependencies from the index it is configured with; its cache keeps
    repeated runs fast, and `--no-compile` skips byte-compiling thousands of modules the test
    never imports."""
    clean = isolated_environment()
    _, wheel = distributions
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True, system_site_packages=False)
    python = venv_program(environment, "python")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-compile", str(wheel)],
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


@pytest.mark.slow
def test_wheel_carries_the_compiled_translations(distributions: tuple[Path, Path]) -> None:
    _sdist, wheel = distributions
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for language in ("en", "de", "ru"):
        assert f"annotator/_resources/translations/annotator_{language}.qm" in names
