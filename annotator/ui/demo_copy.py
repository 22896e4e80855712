"""A fresh copy of the demo project in the user's data folder, made fast.

`annotator --demo` must open in well under two seconds, but building the demo (importing the
articles, coding 40 spans) takes longer. So the demo is built once per Annotator version into a
template beside the copies, and every "open the demo" copies that closed, self-contained file.
Nothing is ever written inside the installation.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from platformdirs import user_data_dir

from annotator import APP_NAME, ORGANIZATION, __version__
from annotator.core.durable_files import remove_leftovers, replace_durably, temporary_path
from annotator.services.demo import DEMO_FILE_NAME, build_demo


def data_folder() -> Path:
    return Path(user_data_dir(APP_NAME, ORGANIZATION))


def demo_copy_path(folder: Path | None = None) -> Path:
    """Where `fresh_demo` puts the copy that is opened."""
    return (folder or data_folder()) / "demo" / DEMO_FILE_NAME


def fresh_demo(folder: Path | None = None) -> Path:
    """Path of a new copy of the demo project (the previous copy is replaced)."""
    folder = folder or data_folder()
    template_folder = folder / f"demo-template-{__version__}"
    template = template_folder / DEMO_FILE_NAME
    if not template.exists():
        build_demo(template_folder)
    target = demo_copy_path(folder)
    target_folder = target.parent
    target_folder.mkdir(parents=True, exist_ok=True)
    remove_leftovers(target_folder)
    temporary = temporary_path(target, "copying")
    try:
        shutil.copyfile(template, temporary)
        replace_durably(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return target
