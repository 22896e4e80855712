"""The command line's light start: the sub-command table is complete, `--version` is cheap."""

from __future__ import annotations

import argparse
import subprocess
import sys

from annotator import __version__, cli


def test_command_table_matches_what_the_modules_register() -> None:
    for module_name in cli.COMMAND_MODULES:
        parser = argparse.ArgumentParser()
        subcommands = parser.add_subparsers()
        cli.command_module(module_name).register(subcommands)
        registered = set(subcommands.choices)
        listed = {name for name, module in cli.COMMANDS.items() if module == module_name}
        assert registered == listed, f"annotator.cli.COMMANDS is out of date for {module_name}"


def test_modules_needed() -> None:
    assert cli.modules_needed(["--version"]) == ()
    assert cli.modules_needed(["--debug", "info", "x.annot"]) == ("project_commands",)
    assert cli.modules_needed(["--help"]) == cli.COMMAND_MODULES
    assert cli.modules_needed(["no-such-command"]) == cli.COMMAND_MODULES


def test_version_imports_no_command_module_and_no_database() -> None:
    script = (
        "import sys\nfrom annotator.app import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'annotator.cli.',"
        " 'annotator.db', 'annotator.services', 'PySide6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    version, imported = result.stdout.splitlines()
    assert version == f"annotator {__version__}"
    assert imported == "[]"
