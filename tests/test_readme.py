"""The README's Python example runs as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_the_readme_python_example_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"### From Python.*?```python\n(.*?)```", text, re.S)
    assert found, "the README has a Python example under 'From Python'"
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    monkeypatch.chdir(tmp_path)
    exec(compile(found.group(1), "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("0 ") and printed[0].endswith(" statements")
    russia = next(line for line in printed if line.startswith("Russia "))
    assert not russia.endswith(" 0"), "someone condemned Russia in the examples"
    assert (tmp_path / "demo-store" / "events.log").exists()
