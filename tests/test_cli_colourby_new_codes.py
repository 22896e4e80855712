"""A code added by `annotate --set` (a new actor) gets a colour of its own, as in the app."""

from __future__ import annotations

from pathlib import Path

from annotator.db.project import open_project
from annotator.services.codebooks.edit import create_code
from annotator.services.codebooks.reading import list_codebook

TEXT = "Putin met Scholz in Berlin.\n"


def actor_colours(path: Path) -> dict[str, str | None]:
    with open_project(path) as project:
        actor = next(v for v in list_codebook(project) if v.name == "actor")
    return {code.label: code.colour for code in actor.codes}


def test_annotate_set_gives_a_new_actor_a_colour_no_sibling_has(tmp_path: Path, run_cli):
    path = tmp_path / "study.annot"
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert run_cli("new", path).exit_code == 0
    assert run_cli("import", path, tmp_path / "a.txt").exit_code == 0
    for word in ("Putin", "Scholz"):
        result = run_cli(
            "annotate", path, "--coder", "alice", "--document", "1", "--find", word,
            "--set", f"actor={word}",
        )  # fmt: skip
        assert result.exit_code == 0, result.err

    colours = actor_colours(path)
    assert colours["Putin"] and colours["Scholz"]
    top = {label: c.lower() for label, c in colours.items() if c}
    assert len(set(top.values())) == len(top)  # the new ones repeat no colour
    shown = run_cli("codebook", "show", path)
    assert shown.exit_code == 0


def test_a_new_code_under_a_coloured_type_keeps_wearing_the_type_colour(tmp_path: Path, run_cli):
    path = tmp_path / "study.annot"
    assert run_cli("new", path).exit_code == 0
    with open_project(path) as project:
        create_code(project, "actor", "Olaf Scholz", parent=("actor", "Government"))
        create_code(project, "actor", "Explicit", colour="#123456")
    colours = actor_colours(path)
    assert colours["Olaf Scholz"] == colours["Government"]
    assert colours["Explicit"] == "#123456"
