"""The frozen app starts: build it with PyInstaller and run the built executable the way a user's
double-click does — from a folder whose name is not ASCII, with no PYTHONPATH or PYTHONHOME, so it
can only use what the build bundled.

Skipped unless ANNOTATOR_BUILD_FROZEN=1 (CI sets it; the build takes a few minutes and needs
PyInstaller). ANNOTATOR_FROZEN_APP=dist/Annotator (the app folder, or a file in it) reuses an
existing build instead.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import annotator

REPO = Path(annotator.__file__).resolve().parents[1]
SIZE_LIMIT_MB = 250

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("ANNOTATOR_BUILD_FROZEN") != "1",
        reason="builds the PyInstaller app; set ANNOTATOR_BUILD_FROZEN=1 (CI does)",
    ),
]


def _load(name: str, path: Path):
    # A private module name: "build" would shadow the `build` package from the test extras.
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILD = _load("annotator_packaging_build", REPO / "packaging" / "build.py")
IDENTITY = BUILD.read_identity(REPO)


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder holding the built app: built once per test run, or given by the environment."""
    prebuilt = os.environ.get("ANNOTATOR_FROZEN_APP")
    if prebuilt:  # the app folder (dist/Annotator, dist/Annotator.app) or a file inside it
        app = Path(prebuilt).resolve()
        while app.name not in (IDENTITY.name, f"{IDENTITY.name}.app") and app != app.parent:
            app = app.parent
        assert app.is_dir(), f"ANNOTATOR_FROZEN_APP={prebuilt} is not inside a built app"
        return app.parent
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("ANNOTATOR_BUILD_FROZEN=1 needs PyInstaller: pip install pyinstaller")
    root = tmp_path_factory.mktemp("frozen")
    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build.py"),
         "--dist", str(root / "dist"), "--work", str(root / "work")],
        capture_output=True, text=True, timeout=1500,
    )  # fmt: skip
    assert result.returncode == 0, (result.stdout + result.stderr)[-5000:]
    print(result.stdout)
    return root / "dist"


@pytest.fixture
def user_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Проект données"
    folder.mkdir()
    return folder


def user_environment(**extra: str) -> dict[str, str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV")
    }
    return environment | extra


def run_app(dist: Path, *args: str, cwd: Path, **extra: str) -> subprocess.CompletedProcess:
    executable = BUILD.console_executable_path(IDENTITY, dist)
    return subprocess.run(
        [str(executable), *args],
        cwd=cwd, capture_output=True, text=True, encoding="utf-8", errors="replace",
        env=user_environment(**extra), timeout=180,
    )  # fmt: skip


@pytest.mark.parametrize("locale", ["C.UTF-8", "C"])
def test_version(dist: Path, user_folder: Path, locale: str) -> None:
    result = run_app(dist, "--version", cwd=user_folder, LC_ALL=locale, LANG=locale)
    assert result.returncode == 0, result.stderr
    assert IDENTITY.version in result.stdout


@pytest.mark.parametrize("locale", ["C.UTF-8", "C"])
def test_demo_project_from_bundled_resources(dist: Path, user_folder: Path, locale: str) -> None:
    result = run_app(dist, "demo", "./demo", cwd=user_folder, LC_ALL=locale, LANG=locale)
    assert result.returncode == 0, result.stdout + result.stderr
    project = user_folder / "demo" / f"demo{IDENTITY.project_suffix}"
    assert project.is_file()
    verified = run_app(dist, "verify", str(project.relative_to(user_folder)), cwd=user_folder)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    info = run_app(dist, "info", str(project), "--json", cwd=user_folder)
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_charts_and_networks_in_every_format(dist: Path, user_folder: Path, suffix: str) -> None:
    """matplotlib loads its writers by the file's extension: each one must be bundled."""
    project = user_folder / "charts" / f"demo{IDENTITY.project_suffix}"
    if not project.exists():
        made = run_app(dist, "demo", str(project.parent), cwd=user_folder)
        assert made.returncode == 0, made.stdout + made.stderr
    chart = user_folder / f"sectors.{suffix}"
    drawn = run_app(
        dist, "chart", str(project), "--kind", "bars", "--variable", "sector", "-o", str(chart),
        cwd=user_folder,
    )  # fmt: skip
    assert drawn.returncode == 0, drawn.stdout + drawn.stderr
    assert chart.stat().st_size > 1000
    network = user_folder / f"network.{suffix}"
    drawn = run_app(
        dist, "network", str(project), "--type", "twomode", "--variable1", "actor",
        "--variable2", "claim", "-o", str(network), cwd=user_folder,
    )  # fmt: skip
    assert drawn.returncode == 0, drawn.stdout + drawn.stderr
    assert network.stat().st_size > 1000


def test_a_team_project_on_a_postgresql_server(
    dist: Path, user_folder: Path, postgres_cluster
) -> None:
    """SQLAlchemy loads the psycopg driver by name and psycopg its bundled libpq: both must be in
    the app. The password comes from PGPASSWORD, as a lab's coders give it."""
    url = postgres_cluster.create_database("frozen_app").replace(
        f":{postgres_cluster.password}@", "@"
    )
    secret = {"PGPASSWORD": postgres_cluster.password}
    created = run_app(dist, "new", url, cwd=user_folder, **secret)
    assert created.returncode == 0, created.stdout + created.stderr
    info = run_app(dist, "info", url, "--json", cwd=user_folder, **secret)
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["schema"]
    verified = run_app(dist, "verify", url, cwd=user_folder, **secret)
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_import_of_an_article_with_a_non_ascii_name(dist: Path, user_folder: Path) -> None:
    article = user_folder / "статья été.txt"
    article.write_text(
        "Газпром и Туркменистан\n\nПутин заявил, что поставки газа в Китай вырастут в этом году, "
        "а новые соглашения будут подписаны летом.\n",
        encoding="cp1251",
    )
    project = user_folder / f"étude{IDENTITY.project_suffix}"
    created = run_app(dist, "new", str(project), cwd=user_folder)
    assert created.returncode == 0, created.stderr
    imported = run_app(dist, "import", str(project), str(article), "--json", cwd=user_folder)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    (document,) = json.loads(imported.stdout)["imported"]
    assert document["language"] == "ru"  # the bundled fastText model was found and used
    text = run_app(dist, "text", str(project), "1", cwd=user_folder)
    assert text.stdout.startswith("Газпром и Туркменистан")


def test_import_of_web_pages_and_word_files(dist: Path, user_folder: Path) -> None:
    """The importers' libraries (trafilatura, lxml, python-docx) and their data are bundled."""
    paragraphs = "".join(
        f"<p>Paragraph {number}: the ministry said on Tuesday that gas exports would rise.</p>"
        for number in range(8)
    )
    page = user_folder / "page.html"
    page.write_text(
        "<html><head><title>Gas deal signed</title></head><body><nav>Home | World</nav>"
        f"<article><h1>Gas deal signed</h1>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    sources = [page]
    try:
        import docx
    except ImportError:
        pass
    else:
        document = docx.Document()
        document.add_paragraph("Grain corridor talks resume")
        document.add_paragraph("Negotiators met in Istanbul on Monday.")
        document.save(user_folder / "доклад.docx")
        sources.append(user_folder / "доклад.docx")
    project = user_folder / f"web{IDENTITY.project_suffix}"
    assert run_app(dist, "new", str(project), cwd=user_folder).returncode == 0
    imported = run_app(dist, "import", str(project), *map(str, sources), "--json", cwd=user_folder)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert len(json.loads(imported.stdout)["imported"]) == len(sources), imported.stdout


def test_smoke_test_starts_the_real_gui(dist: Path, user_folder: Path) -> None:
    helped = run_app(dist, "--help", cwd=user_folder)
    assert "--smoke-test" in helped.stdout, helped.stdout + helped.stderr
    report = user_folder / "smoke report.json"
    executable = BUILD.executable_path(IDENTITY, dist)  # the windowed one users double-click
    result = subprocess.run(
        [str(executable), "--smoke-test", str(report)],
        cwd=user_folder, capture_output=True, text=True, encoding="utf-8", errors="replace",
        env=user_environment(QT_QPA_PLATFORM="offscreen"), timeout=300,
    )  # fmt: skip
    assert report.is_file(), f"no report; exit {result.returncode}\n{result.stderr[-3000:]}"
    content = json.loads(report.read_text("utf-8"))
    assert content["ok"] is True, content
    assert content["frozen"] is True
    assert content["version"] == IDENTITY.version
    assert content["qt"]
    assert content["steps"], content
    assert result.returncode == 0, result.stderr[-3000:]


def test_size_on_disk(dist: Path) -> None:
    app = BUILD.app_path(IDENTITY, dist)
    assert app.is_dir()
    megabytes = BUILD.size_on_disk(app) / 1e6
    print(f"{app}: {megabytes:.0f} MB")
    assert not list(app.rglob("scipy")), "SciPy is bundled, though the app never imports it"
    # Whatever the build machine has installed besides our dependencies stays out: pypdf's
    # optional AES provider pulled in cryptography (+16 MB) on a machine that had it.
    assert not list(app.rglob("cryptography")), "cryptography is bundled (pypdf's optional AES)"
    translations = {path.name for path in app.rglob("PySide6/Qt/translations/*.qm")}
    assert translations == {"qtbase_de.qm", "qtbase_en.qm", "qtbase_ru.qm"}, translations
    assert megabytes < SIZE_LIMIT_MB
