"""The wheel carries its runtime files: build it, install it in a fresh venv, run the demo."""

from __future__ import annotations

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


@pytest.mark.slow
def test_wheel_installs_and_runs_the_demo(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(wheels),
            str(REPO),
        ],
        check=True,
        timeout=300,
    )
    (wheel,) = wheels.glob("annotator-*.whl")
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True, system_site_packages=True)  # deps from this machine
    python = environment / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--quiet", str(wheel)],
        check=True,
        timeout=300,
    )
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    where = subprocess.run(
        [str(python), "-c", "import annotator.resources as r; print(r.resources_dir())"],
        cwd=workdir, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert where.stdout.strip().startswith(str(environment))
    assert where.stdout.strip().endswith("_resources")
    result = subprocess.run(
        [str(environment / "bin" / "annotator"), "demo", "out"],
        cwd=workdir, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (workdir / "out" / "demo.annot").is_file()
    verified = subprocess.run(
        [str(environment / "bin" / "annotator"), "verify", "out/demo.annot"],
        cwd=workdir, capture_output=True, text=True,
    )  # fmt: skip
    assert verified.returncode == 0, verified.stdout
