"""Linux desktop integration: the desktop entry, AppStream metainfo and MIME type validate, agree
with the package's identity, and install.sh registers them for a user (and removes them again)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

import annotator

REPO = Path(annotator.__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "packaging"))
from identity import ICON_SIZES, ICONS, LINUX, read_identity  # noqa: E402

IDENTITY = read_identity(REPO)
DESKTOP = LINUX / f"{IDENTITY.app_id}.desktop"
METAINFO = LINUX / f"{IDENTITY.app_id}.metainfo.xml"
MIME = LINUX / f"{IDENTITY.app_id}-mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
# CI installs these Debian packages (desktop-file-utils, appstream); locally the tests skip.
needs = {
    tool: pytest.mark.skipif(
        shutil.which(tool) is None,
        reason=f"{tool} is missing (apt-get install {package}); CI must have it",
    )
    for tool, package in [
        ("desktop-file-validate", "desktop-file-utils"),
        ("appstreamcli", "appstream"),
        ("update-mime-database", "shared-mime-info"),
        ("gio", "libglib2.0-bin"),
    ]
}


def desktop_entry() -> dict[str, str]:
    parser = ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_identity_is_read_from_the_package() -> None:
    assert IDENTITY.version == annotator.__version__
    assert IDENTITY.app_id == annotator.APP_ID
    assert IDENTITY.name == annotator.APP_NAME
    assert IDENTITY.project_suffix == annotator.PROJECT_SUFFIX
    assert IDENTITY.mime_type == getattr(annotator, "PROJECT_MIME_TYPE", IDENTITY.mime_type)


@needs["desktop-file-validate"]
def test_desktop_entry_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower(), result.stdout


def test_desktop_entry_opens_project_files() -> None:
    entry = desktop_entry()
    assert entry["Name"] == IDENTITY.name
    assert entry["Icon"] == IDENTITY.app_id
    assert entry["Exec"] == f"{IDENTITY.executable} %f"  # install.sh makes the path absolute
    assert entry["MimeType"].split(";")[0] == IDENTITY.mime_type
    assert entry["Terminal"] == "false"


@needs["appstreamcli"]
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_matches_the_package() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == IDENTITY.app_id
    assert component.findtext("name") == IDENTITY.name
    assert component.find("launchable").text == DESKTOP.name
    assert component.find("provides/mediatype").text == IDENTITY.mime_type
    assert component.find("provides/binary").text == IDENTITY.executable
    assert component.find("content_rating").get("type") == "oars-1.1"
    newest = component.find("releases/release")
    assert newest.get("version") == IDENTITY.version, "add a <release> for the new version"
    assert len(component.findall("description/p")) >= 2


def test_metainfo_shows_the_readme_screenshots() -> None:
    component = ET.parse(METAINFO).getroot()
    screenshots = component.findall("screenshots/screenshot")
    readme = (REPO / "README.md").read_text("utf-8")
    shown = sorted(path.name for path in (REPO / "resources" / "screenshots").glob("*.png"))
    assert [shot.get("type") for shot in screenshots].count("default") == 1
    names = []
    for shot in screenshots:
        assert (shot.findtext("caption") or "").strip(), "every screenshot needs a caption"
        url = shot.findtext("image").strip()
        assert url.startswith("https://"), url
        names.append(url.rsplit("/", 1)[1])
    assert sorted(names) == shown
    assert all(f"resources/screenshots/{name}" in readme for name in names)


def test_current_release_says_what_the_app_does() -> None:
    release = ET.parse(METAINFO).getroot().find("releases/release")
    assert release.get("version") == IDENTITY.version
    notes = " ".join("".join(release.find("description").itertext()).split())
    for feature in ("Import", "codebook", "merge", "Krippendorff", "Export", "command line"):
        assert feature in notes, f"the release notes do not mention {feature}"


def test_mime_type_names_project_files_and_their_magic() -> None:
    root = ET.parse(MIME).getroot()
    (mime_type,) = root.findall(f"{MIME_NS}mime-type")
    assert mime_type.get("type") == IDENTITY.mime_type
    globs = [glob.get("pattern") for glob in mime_type.findall(f"{MIME_NS}glob")]
    assert globs == [f"*{IDENTITY.project_suffix}"]
    sqlite_header = mime_type.find(f"{MIME_NS}magic/{MIME_NS}match")
    assert sqlite_header.get("value") == "SQLite format 3"
    application_id = sqlite_header.find(f"{MIME_NS}match")
    assert (application_id.get("offset"), application_id.get("type")) == ("68", "big32")
    assert int(application_id.get("value"), 16) == int.from_bytes(b"ANNT", "big")


@needs["update-mime-database"]
@needs["gio"]
def test_mime_database_recognises_projects_by_name_and_by_content(tmp_path: Path) -> None:
    data = tmp_path / "share"
    (data / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME, data / "mime" / "packages")
    environment = {**os.environ, "XDG_DATA_HOME": str(data), "XDG_DATA_DIRS": "/usr/share"}
    result = subprocess.run(
        ["update-mime-database", str(data / "mime")],
        capture_output=True, text=True, env=environment,
    )  # fmt: skip
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
    project = tmp_path / f"study{IDENTITY.project_suffix}"
    with sqlite3.connect(project) as connection:
        connection.execute(f"PRAGMA application_id = {int.from_bytes(b'ANNT', 'big')}")
        connection.execute("CREATE TABLE t (x)")
    renamed = shutil.copy(project, tmp_path / "mailed-by-a-colleague.db")
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")

    def content_type(path: Path) -> str:
        output = subprocess.run(
            ["gio", "info", "-a", "standard::content-type", str(path)],
            capture_output=True, text=True, env=environment, check=True,
        ).stdout  # fmt: skip
        return output.rsplit("standard::content-type:", 1)[1].strip()

    assert content_type(project) == IDENTITY.mime_type
    assert content_type(Path(renamed)) == IDENTITY.mime_type
    assert content_type(other) != IDENTITY.mime_type


def test_install_and_uninstall_for_one_user(tmp_path: Path) -> None:
    app = tmp_path / "Annotator"
    app.mkdir()
    (app / IDENTITY.executable).write_text("#!/bin/sh\necho fake\n")
    (app / IDENTITY.executable).chmod(0o755)
    home = tmp_path / "home"
    home.mkdir()
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("XDG_")
    } | {"HOME": str(home)}
    script = LINUX / "install.sh"
    installed = subprocess.run(
        ["sh", str(script), str(app)], capture_output=True, text=True, env=environment
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    share = home / ".local" / "share"
    target = share / IDENTITY.app_id / IDENTITY.executable
    assert target.is_file()
    entry = (share / "applications" / DESKTOP.name).read_text("utf-8")
    assert f'Exec="{target}" %f' in entry
    assert (share / "metainfo" / METAINFO.name).is_file()
    assert (share / "mime" / "packages" / MIME.name).is_file()
    for size in ICON_SIZES:
        assert (share / "icons/hicolor" / f"{size}x{size}/apps/{IDENTITY.app_id}.png").is_file()
    assert (share / "icons/hicolor/scalable/apps" / f"{IDENTITY.app_id}.svg").is_file()
    assert (home / ".local/bin" / IDENTITY.executable).resolve() == target
    if shutil.which("update-mime-database"):
        assert (
            f"{IDENTITY.mime_type}:*{IDENTITY.project_suffix}"
            in (share / "mime" / "globs2").read_text()
        )
    if shutil.which("update-desktop-database"):
        cache = (share / "applications" / "mimeinfo.cache").read_text()
        assert f"{IDENTITY.mime_type}={DESKTOP.name};" in cache
    if shutil.which("desktop-file-validate"):  # also with the absolute, quoted Exec path
        validated = subprocess.run(
            ["desktop-file-validate", str(share / "applications" / DESKTOP.name)],
            capture_output=True, text=True,
        )  # fmt: skip
        assert validated.returncode == 0, validated.stdout
    if shutil.which("gio"):  # what a GLib file manager will open a project with
        handler = subprocess.run(
            ["gio", "mime", IDENTITY.mime_type], capture_output=True, text=True,
            env=environment | {"XDG_DATA_HOME": str(share), "XDG_CONFIG_HOME": str(home)},
        )  # fmt: skip
        assert DESKTOP.name in handler.stdout, handler.stdout + handler.stderr

    removed = subprocess.run(
        ["sh", str(script), "--uninstall"], capture_output=True, text=True, env=environment
    )
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not (share / IDENTITY.app_id).exists()
    assert not (share / "applications" / DESKTOP.name).exists()
    assert not (home / ".local/bin" / IDENTITY.executable).exists()
    assert not list(share.rglob(f"{IDENTITY.app_id}*"))


def test_install_without_a_built_app_explains_itself(tmp_path: Path) -> None:
    script_copy = tmp_path / "linux" / "install.sh"  # beside no Annotator/ folder
    script_copy.parent.mkdir()
    shutil.copy(LINUX / "install.sh", script_copy)
    result = subprocess.run(
        ["sh", str(script_copy)], capture_output=True, text=True,
        env={**os.environ, "HOME": str(tmp_path)},
    )  # fmt: skip
    assert result.returncode == 2
    assert "packaging/build.py" in result.stderr


def test_icons_exist_at_every_size() -> None:
    from PySide6.QtGui import QImage

    assert ET.parse(ICONS / f"{IDENTITY.app_id}.svg").getroot().tag.endswith("svg")
    for size in ICON_SIZES:
        image = QImage(str(ICONS / f"{IDENTITY.app_id}-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
