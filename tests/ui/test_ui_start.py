"""Start-up routing, word snapping rules, overlap segments and the settings table."""

from __future__ import annotations

from pathlib import Path

from annotator import app
from annotator.ui.coding.text_spans import Span, segments, snap_to_words
from annotator.ui.demo_copy import fresh_demo
from annotator.ui.settings import Setting


def test_gui_arguments_go_to_the_gui_and_sub_commands_to_the_cli(monkeypatch) -> None:
    seen: list[list[str]] = []
    monkeypatch.setattr(app, "_run_gui", lambda arguments: seen.append(arguments) or 0)
    assert app.main([]) == 0
    assert app.main(["--demo"]) == 0
    assert app.main(["study.annot"]) == 0
    assert seen == [[], ["--demo"], ["study.annot"]]
    assert app.main(["info", str(Path("missing.annot"))]) == 2  # a sub-command: the CLI
    assert len(seen) == 3


def test_snap_to_words() -> None:
    text = "Putin stressed that Россия's 🙂 gas"
    assert snap_to_words(text, 2, 9) == (0, 14)  # "tin str" -> "Putin stressed"
    assert snap_to_words(text, 5, 6) == (6, 6)  # only a space: nothing to code
    start = text.index("осс")
    assert text[slice(*snap_to_words(text, start, start + 2))] == "Россия"
    emoji = text.index("🙂")
    assert snap_to_words(text, emoji, emoji + 1) == (emoji, emoji + 1)


def test_segments_mark_overlaps() -> None:
    pieces = segments([Span("a", 0, 10, "#f00"), Span("b", 5, 15, "#00f")], 0, 20)
    assert [(p.start, p.end, p.colours) for p in pieces] == [
        (0, 5, ("#f00",)),
        (5, 10, ("#f00", "#00f")),
        (10, 15, ("#00f",)),
    ]


def test_fresh_demo_is_a_copy_in_the_data_folder(tmp_path: Path) -> None:
    first = fresh_demo(tmp_path)
    assert first.is_file() and tmp_path in first.parents
    first.write_bytes(b"changed")
    second = fresh_demo(tmp_path)
    assert second == first and second.read_bytes().startswith(b"SQLite format 3")


def test_every_setting_has_a_unique_key() -> None:
    keys = [setting.value.key for setting in Setting]
    assert len(keys) == len(set(keys))
