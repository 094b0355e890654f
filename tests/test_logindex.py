"""The log index (logindex.py): a load learns what the log recorded from the commits appended
since the last load, a release's events are read from its own commits, and the index never
disagrees with the log."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from statgraph.api import Statgraph
from statgraph.eventlog import FileRecorder
from statgraph.events import ReleaseRecorded
from statgraph.logindex import FILE_NAME, log_index

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def from_the_log(log: Path) -> tuple[set[str], dict[str, str]]:
    known, latest = set(), {}
    for ev in FileRecorder(log).read():
        if isinstance(ev, ReleaseRecorded):
            known.add(ev.sha256)
            latest[ev.release_id] = ev.sha256
    return known, latest


def cached(store: Path) -> tuple[set[str], dict[str, str]]:
    recorder = FileRecorder(store / "events.log")
    with log_index(store / "projection" / FILE_NAME, recorder) as index:
        for release_id in index.latest():
            events = [e for e in recorder.read() if getattr(e, "release_id", None) == release_id]
            assert index.events_of(recorder, release_id) == events
        return index.known(), index.latest()


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "in"
    shutil.copytree(EXAMPLES, folder)
    return sorted(folder.iterdir())


def test_a_load_reads_only_what_was_appended_since_the_last(
    tmp_path: Path, files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "store"
    sg = Statgraph(store)
    sg.load(files[:4])
    seen: list[tuple[int, int]] = []
    read_from = FileRecorder.read_from

    def spy(self: FileRecorder, offset: int, after: int):  # type: ignore[no-untyped-def]
        seen.append((offset, after))
        return read_from(self, offset, after)

    monkeypatch.setattr(FileRecorder, "read_from", spy)
    monkeypatch.setattr(FileRecorder, "read", lambda *a, **k: pytest.fail("the whole log was decoded"))
    head, size = FileRecorder(store / "events.log").head(), (store / "events.log").stat().st_size
    report = sg.load(files)
    assert seen == [(size, head)]  # the end of the log as the last load left it: nothing to decode
    assert (len(report.new), len(report.unchanged)) == (len(files) - 4, 4)
    sg.load(files, dry_run=True)
    monkeypatch.undo()
    assert cached(store) == from_the_log(store / "events.log")


def test_revisions_and_unchanged_files_agree_with_the_log(tmp_path: Path, files: list[Path]) -> None:
    store = tmp_path / "store"
    sg = Statgraph(store)
    sg.load(files)
    old = files[0].read_text(encoding="utf-8")
    files[0].write_text(old + "\nThe Secretary General condemned the attack.\n", encoding="utf-8")
    assert len(sg.load(files[:1]).revised) == 1
    files[0].write_text(old, encoding="utf-8")
    assert len(sg.load(files[:1]).unchanged) == 1  # content recorded before, in an earlier revision
    assert cached(store) == from_the_log(store / "events.log")


@pytest.mark.parametrize("damage", ["deleted", "garbage", "another log"])
def test_a_lost_or_foreign_cache_is_read_again_from_the_log(
    tmp_path: Path, files: list[Path], damage: str
) -> None:
    store = tmp_path / "store"
    Statgraph(store).load(files[:3])
    cache = store / "projection" / FILE_NAME
    if damage == "deleted":
        cache.unlink()
    elif damage == "garbage":
        for extra in cache.parent.glob(FILE_NAME + "-*"):
            extra.unlink()
        cache.write_bytes(b"not a database" * 100)
    else:
        other = tmp_path / "other"
        Statgraph(other).load(files[3:])
        shutil.copy(other / "projection" / FILE_NAME, cache)
    report = Statgraph(store).load(files)
    assert (len(report.new), len(report.unchanged)) == (len(files) - 3, 3)
    assert cached(store) == from_the_log(store / "events.log")


def test_a_retraction_reads_its_release_from_its_own_commits(
    tmp_path: Path, files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "store"
    sg = Statgraph(store)
    sg.load(files)
    statement = sg.statements()[0]
    monkeypatch.setattr(FileRecorder, "read", lambda *a, **k: pytest.fail("the whole log was decoded"))
    sg.retract(statement.id, reason="checked against the source")
    monkeypatch.undo()
    assert statement.id not in {s.id for s in sg.statements()}
    assert cached(store) == from_the_log(store / "events.log")


def test_a_log_replaced_by_another_at_the_same_path_is_read_again(tmp_path: Path, files: list[Path]) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    Statgraph(a).load(files[:2])
    Statgraph(b).load(files)  # longer, and its commits hold other event ids
    recorder = FileRecorder(a / "events.log")
    with log_index(tmp_path / FILE_NAME, recorder) as index:
        assert index.latest() == from_the_log(a / "events.log")[1]
    shutil.copy(b / "events.log", a / "events.log")
    with log_index(tmp_path / FILE_NAME, FileRecorder(a / "events.log")) as index:
        assert (index.known(), index.latest()) == from_the_log(b / "events.log")
