"""The event log: one contract suite for every recorder, then the file backend's own guarantees.

The contract tests take ``make_recorder``, parametrized over the backends, the
way eventsourcing runs one recorder test case against each persistence module.
The file-only tests write damaged logs by hand, kill writers with SIGKILL and
run appenders in parallel processes (``tests/_log_worker.py``).
"""

from __future__ import annotations

import datetime as dt
import errno
import itertools
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import statgraph
from statgraph import eventlog
from statgraph.domain import Statement
from statgraph.errors import LogCorruptError, StoreError, StoreUnavailableError
from statgraph.eventlog import FileRecorder, LogReport, MemoryRecorder, Recorder
from statgraph.events import Event, ReleaseRecorded, StatementsExtracted, encode
from statgraph.locking import FileLock

WORKER = Path(__file__).with_name("_log_worker.py")
SRC = str(Path(statgraph.__file__).resolve().parents[1])

MakeRecorder = Callable[[], Recorder]


def release(n: int = 0, **fields: object) -> ReleaseRecorded:
    values: dict[str, object] = {
        "release_id": f"r{n}",
        "source": f"r{n}.txt",
        "title": f"Release {n}",
        "text": f"Body of release {n}.",
        "date": "2024-05-01",
        "lang": "en",
    }
    values.update(fields)
    return ReleaseRecorded(**values)  # type: ignore[arg-type]


def seqs(events: list[Event]) -> list[int]:
    return [e.seq for e in events]


@pytest.fixture(params=["memory", "file"])
def make_recorder(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[MakeRecorder]:
    """A factory of fresh, empty recorders of one backend (several per test for hypothesis)."""
    made: list[Recorder] = []
    counter = itertools.count()

    def make() -> Recorder:
        recorder: Recorder
        if request.param == "memory":
            recorder = MemoryRecorder()
        else:
            directory = tmp_path / f"store{next(counter)}"
            directory.mkdir()
            recorder = FileRecorder(directory / "events.log")
        made.append(recorder)
        return recorder

    yield make
    for recorder in made:
        recorder.close()


@pytest.fixture
def recorder(make_recorder: MakeRecorder) -> Recorder:
    return make_recorder()


# --- the contract ---------------------------------------------------------


def test_empty_log(recorder: Recorder) -> None:
    assert isinstance(recorder, Recorder)
    assert recorder.head() == 0
    assert list(recorder.read()) == []


def test_append_numbers_events_and_reads_them_back(recorder: Recorder) -> None:
    a, b, c = release(1), release(2), release(3)
    first = recorder.append([a, b])
    assert first == [a.with_seq(1), b.with_seq(2)]
    assert recorder.head() == 2
    second = recorder.append([c])
    assert second == [c.with_seq(3)]
    assert recorder.head() == 3
    assert list(recorder.read()) == first + second


def test_incoming_seq_is_ignored(recorder: Recorder) -> None:
    assert seqs(recorder.append([release(1).with_seq(99)])) == [1]


def test_empty_batch_records_nothing(recorder: Recorder) -> None:
    recorder.append([release(1)])
    assert recorder.append([]) == []
    assert recorder.head() == 1
    assert seqs(recorder.append([release(2)])) == [2]
    if isinstance(recorder, FileRecorder):
        assert recorder.check().commits == 2


@pytest.mark.parametrize(
    ("after", "upto", "expected"),
    [
        (0, None, [1, 2, 3, 4, 5, 6]),
        (2, None, [3, 4, 5, 6]),
        (3, None, [4, 5, 6]),  # a commit boundary
        (0, 4, [1, 2, 3, 4]),
        (1, 5, [2, 3, 4, 5]),  # both inside commits
        (6, None, []),
        (9, None, []),
        (0, 0, []),
        (4, 2, []),
        (2, 100, [3, 4, 5, 6]),
    ],
)
def test_read_range(recorder: Recorder, after: int, upto: int | None, expected: list[int]) -> None:
    for size in (3, 2, 1):  # commits 1-3, 4-5, 6
        recorder.append([release(i) for i in range(size)])
    assert seqs(list(recorder.read(after=after, upto=upto))) == expected


@pytest.mark.parametrize(("after", "upto"), [(-1, None), (0, -1)])
def test_read_rejects_negative_bounds(recorder: Recorder, after: int, upto: int | None) -> None:
    with pytest.raises(ValueError):
        recorder.read(after=after, upto=upto)


def test_seqs_are_contiguous_over_many_commits(recorder: Recorder) -> None:
    rng = random.Random(7)
    total = 0
    for _ in range(40):
        size = rng.randint(1, 5)
        appended = recorder.append([release(i) for i in range(size)])
        assert seqs(appended) == list(range(total + 1, total + size + 1))
        total += size
    assert recorder.head() == total
    assert seqs(list(recorder.read())) == list(range(1, total + 1))


def test_batch_is_all_or_none(recorder: Recorder) -> None:
    recorder.append([release(1)])
    # A lone surrogate has no UTF-8 form: the second event cannot be recorded, so
    # neither may the first of its batch.
    with pytest.raises(StoreError, match="surrogate"):
        recorder.append([release(2), release(3, title="bad \ud800 title"), release(4)])
    assert recorder.head() == 1
    assert seqs(list(recorder.read())) == [1]
    assert seqs(recorder.append([release(5)])) == [2]


def test_statements_round_trip(recorder: Recorder) -> None:
    statement = Statement(
        release_id="r1", speaker="https://ex.org/a", stance="condemns", target="https://ex.org/b",
        kind="direct", quote='"We condemn"\nit.', start=3, end=18, date=dt.date(2024, 5, 1), lang="en",
        topics=("https://ex.org/t1", "https://ex.org/t2"), confidence=0.875, rule="r", cue="condemn",
    )
    event = StatementsExtracted(release_id="r1", sha256="ab", extractor="rules", statements=(statement,))
    empty = StatementsExtracted(release_id="r2", statements=())
    recorded = recorder.append([event, empty])
    assert list(recorder.read()) == recorded == [event.with_seq(1), empty.with_seq(2)]


def test_read_while_appending(recorder: Recorder) -> None:
    recorder.append([release(1), release(2)])
    reader = recorder.read()
    first = next(reader)
    recorder.append([release(3)])
    rest = list(reader)
    # Whether the reader sees the late commit is not specified; what it sees is a
    # contiguous prefix.
    assert seqs([first, *rest]) in ([1, 2], [1, 2, 3])


def test_threads_append_concurrently(recorder: Recorder) -> None:
    def work(k: int) -> None:
        for i in range(25):
            recorder.append([release(k * 100 + i), release(k * 100 + i)])

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    events = list(recorder.read())
    assert seqs(events) == list(range(1, 201))
    assert len({e.id for e in events}) == 200
    # The two events of one append stay next to each other.
    ids = [getattr(e, "release_id", None) for e in events]
    assert all(ids[i] == ids[i + 1] for i in range(0, 200, 2))


def test_closed_recorder_refuses(recorder: Recorder) -> None:
    recorder.append([release(1)])
    recorder.close()
    recorder.close()  # idempotent
    for call in (lambda: recorder.append([release(2)]), recorder.head, lambda: list(recorder.read())):
        with pytest.raises(StoreError, match="closed"):
            call()


# Text that breaks naive codecs: quotes, backslashes, newlines, NUL and other control
# characters, bidi marks and overrides, a BOM, line/paragraph separators (which
# str.splitlines would split on), combining marks and astral characters.
NASTY = st.sampled_from(
    ['"', "\\", "\n", "\r", "\r\n", "\t", "\x00", "\x1b", "\x7f", "\x85", "\u200e", "\u200f",
     "\u202e", "\u2066", "\u2028", "\u2029", "\ufeff", "\U0001f600", "e\u0301", "ﷺ", "مرحبا",
     "\\n", '\\"', "[", "]", "{", "}", ",", " ", "0000ffff ", "}]\n"]
)
TEXT = st.lists(st.one_of(NASTY, st.text(st.characters(exclude_categories=["Cs"]))), max_size=8).map("".join)
OPTIONAL = st.none() | TEXT
RELEASES = st.builds(
    ReleaseRecorded,
    id=TEXT,
    release_id=TEXT, source=TEXT, sha256=TEXT, format=TEXT, raw=TEXT, text=TEXT, title=TEXT,
    date=TEXT, lang=TEXT, lang_detected=st.booleans(),
    publisher=OPTIONAL, url=OPTIONAL, updated=OPTIONAL, revision_of=OPTIONAL,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batches=st.lists(st.lists(RELEASES, min_size=1, max_size=4), min_size=1, max_size=3))
def test_codec_round_trip_through_the_recorder(
    make_recorder: MakeRecorder, batches: list[list[ReleaseRecorded]]
) -> None:
    recorder = make_recorder()
    returned = [event for batch in batches for event in recorder.append(batch)]
    expected = [e.with_seq(i) for i, e in enumerate(itertools.chain(*batches), 1)]
    assert returned == expected
    assert list(recorder.read()) == expected
    if isinstance(recorder, FileRecorder):
        assert list(FileRecorder(recorder.path).read()) == expected
        assert recorder.check().ok


# --- the file backend -------------------------------------------------------


@pytest.fixture
def log(tmp_path: Path) -> Path:
    return tmp_path / "events.log"


def line_for(events: list[Event]) -> bytes:
    payload = ("[" + ",".join(encode(e) for e in events) + "]").encode("utf-8")
    return b"%08x %s\n" % (zlib.crc32(payload), payload)


def filled(log: Path, commits: int = 3) -> FileRecorder:
    recorder = FileRecorder(log)
    for i in range(commits):
        recorder.append([release(i), release(i + 100)])
    return recorder


def test_file_format(log: Path) -> None:
    recorder = FileRecorder(log)
    first = recorder.append([release(1, title='a "quoted"\nline')])
    second = recorder.append([release(2), release(3)])
    lines = log.read_bytes().split(b"\n")
    assert lines[-1] == b""  # ends with a newline
    assert len(lines) == 3  # one line per commit
    for line, commit in zip(lines[:-1], (first, second), strict=True):
        crc, payload = line.split(b" ", 1)
        assert crc == b"%08x" % zlib.crc32(payload)
        assert json.loads(payload) == [json.loads(encode(e)) for e in commit]
    assert line_for(list(first)) + line_for(list(second)) == log.read_bytes()


def test_reopen_persists(log: Path) -> None:
    recorder = filled(log)
    events = list(recorder.read())
    recorder.close()
    again = FileRecorder(log)
    assert again.head() == 6
    assert list(again.read()) == events
    assert seqs(again.append([release(9)])) == [7]


def test_missing_file_reads_empty_and_is_not_created(log: Path) -> None:
    recorder = FileRecorder(log)
    assert recorder.head() == 0
    assert list(recorder.read()) == []
    assert recorder.check() == LogReport()
    assert recorder.repair() == LogReport()
    assert not log.exists()


def test_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailableError, match="does not exist"):
        FileRecorder(tmp_path / "nowhere" / "events.log").append([release(1)])


def test_two_recorders_on_one_file(log: Path) -> None:
    # Each caches its head; the cache must notice the other's appends.
    a, b = FileRecorder(log), FileRecorder(log)
    for i in range(10):
        (a if i % 3 else b).append([release(i)])
        assert a.head() == b.head() == i + 1
    assert seqs(list(b.read())) == list(range(1, 11))


def test_append_reads_only_the_tail(log: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with log.open("wb") as f:
        for i in range(0, 3000, 3):
            f.write(line_for([release(i, text="x" * 1000).with_seq(i + k) for k in (1, 2, 3)]))
    assert log.stat().st_size > 3_000_000
    recorder = FileRecorder(log)
    read = 0
    real_pread = os.pread

    def counting_pread(fd: int, n: int, offset: int) -> bytes:
        nonlocal read
        data = real_pread(fd, n, offset)
        read += len(data)
        return data

    monkeypatch.setattr(os, "pread", counting_pread)
    assert seqs(recorder.append([release(1)])) == [3001]
    assert seqs(FileRecorder(log).append([release(2)])) == [3002]
    assert read < 200_000


def test_check_sound_log(log: Path) -> None:
    report = filled(log).check()
    assert report == LogReport(events=6, commits=3, head=6)
    assert report.ok


# --- torn tails ---


def torn(log: Path, keep: float = 0.5) -> bytes:
    """Append the first part of a valid commit, as a writer killed mid-write leaves it."""
    line = line_for([release(7).with_seq(999)])
    part = line[: int(len(line) * keep)]
    with log.open("ab") as f:
        f.write(part)
    return part


def test_torn_tail_is_ignored_reported_and_repaired(log: Path, tmp_path: Path) -> None:
    recorder = filled(log)
    events = list(recorder.read())
    clean = log.read_bytes()
    part = torn(log)

    assert list(recorder.read()) == events
    assert recorder.head() == 6
    assert list(FileRecorder(log).read()) == events

    report = recorder.check()
    assert (report.events, report.commits, report.torn_tail_bytes) == (6, 3, len(part))
    assert not report.ok and "torn tail" in report.problems[0]

    backups = tmp_path / "backups"
    repaired = recorder.repair(backup_dir=backups)
    assert repaired.ok and repaired.removed_bytes == len(part) and repaired.events == 6
    assert repaired.backup is not None and repaired.backup.parent == backups
    assert repaired.backup.read_bytes() == clean + part
    assert log.read_bytes() == clean
    assert list(recorder.read()) == events
    assert recorder.check() == LogReport(events=6, commits=3, head=6)


@pytest.mark.parametrize("keep", [0.0001, 0.3, 0.999])
def test_append_after_torn_tail(log: Path, keep: float) -> None:
    recorder = filled(log)
    clean = log.read_bytes()
    torn(log, keep)
    assert seqs(recorder.append([release(8)])) == [7]
    assert log.read_bytes().startswith(clean)
    assert seqs(list(recorder.read())) == list(range(1, 8))
    assert recorder.check().ok


def test_torn_first_commit(log: Path) -> None:
    torn(log)
    recorder = FileRecorder(log)
    assert recorder.head() == 0 and list(recorder.read()) == []
    assert recorder.check().commits == 0
    assert seqs(recorder.append([release(1)])) == [1]
    assert recorder.check().ok


def test_final_line_with_bad_crc(log: Path, tmp_path: Path) -> None:
    recorder = filled(log)
    events = list(recorder.read())
    data = bytearray(log.read_bytes())
    data[-5] ^= 0x01  # inside the last commit's JSON, its newline kept
    log.write_bytes(bytes(data))
    assert list(recorder.read()) == events[:4]
    assert recorder.head() == 4
    assert recorder.check().torn_tail_bytes > 0
    # Not what a killed append leaves, so appending refuses rather than drop a whole line.
    with pytest.raises(LogCorruptError, match="repair"):
        recorder.append([release(9)])
    report = recorder.repair(backup_dir=tmp_path / "bak")
    assert report.ok and report.events == 4
    assert seqs(recorder.append([release(9)])) == [5]


def test_repair_without_torn_tail_changes_nothing(log: Path) -> None:
    recorder = filled(log)
    before = log.read_bytes()
    report = recorder.repair()
    assert report.ok and report.backup is None and report.removed_bytes == 0
    assert log.read_bytes() == before
    assert sorted(p.name for p in log.parent.iterdir()) == ["events.log", "events.log.lock"]


def test_repair_backs_up_beside_the_log_by_default(log: Path) -> None:
    recorder = filled(log)
    torn(log)
    report = recorder.repair()
    assert report.backup is not None and report.backup.parent == log.parent
    assert report.backup.name.startswith("events.log.") and report.backup.name.endswith(".bak")


# --- corruption ---


def corrupt_line(log: Path, lineno: int, damage: Callable[[bytes], bytes]) -> None:
    lines = log.read_bytes().split(b"\n")
    lines[lineno - 1] = damage(lines[lineno - 1])
    log.write_bytes(b"\n".join(lines))


def flip_a_byte(line: bytes) -> bytes:
    return line[:20] + bytes([line[20] ^ 0x01]) + line[21:]


@pytest.mark.parametrize(
    "damage",
    [flip_a_byte, lambda line: line[: len(line) // 2], lambda line: b"", lambda line: b"garbage"],
    ids=["flipped-byte", "cut-short", "empty-line", "no-crc"],
)
def test_corrupt_middle_line(log: Path, tmp_path: Path, damage: Callable[[bytes], bytes]) -> None:
    recorder = filled(log)
    corrupt_line(log, 2, damage)
    before = log.read_bytes()
    reader = recorder.read()
    assert seqs([next(reader), next(reader)]) == [1, 2]  # streamed: the good part comes first
    with pytest.raises(LogCorruptError, match="line 2"):
        next(reader)
    report = recorder.check()
    assert not report.ok and report.torn_tail_bytes == 0
    assert any(p.startswith("line 2") for p in report.problems)
    assert len(report.problems) == 1  # not echoed as a seq gap on line 3
    with pytest.raises(LogCorruptError, match="truncation cannot repair"):
        recorder.repair(backup_dir=tmp_path / "bak")
    assert log.read_bytes() == before
    assert not (tmp_path / "bak").exists()


def test_complete_commit_that_does_not_decode(log: Path) -> None:
    # The CRC matches, so the line was written whole: corrupt even as the last line.
    filled(log, 1)
    payload = b'[{"type":"NoSuchEvent","seq":3}]'
    with log.open("ab") as f:
        f.write(b"%08x %s\n" % (zlib.crc32(payload), payload))
    recorder = FileRecorder(log)
    with pytest.raises(LogCorruptError, match="line 2"):
        list(recorder.read())
    with pytest.raises(LogCorruptError):
        recorder.append([release(1)])
    assert not recorder.check().ok


@pytest.mark.parametrize(
    "second",
    [
        [release(1).with_seq(4)],  # a gap
        [release(1).with_seq(1), release(2).with_seq(2)],  # a commit written twice
        [release(1).with_seq(3), release(2).with_seq(5)],  # a gap inside a commit
    ],
    ids=["gap", "duplicate", "gap-inside"],
)
def test_seqs_are_verified(log: Path, second: list[Event]) -> None:
    log.write_bytes(line_for([release(0).with_seq(1), release(0).with_seq(2)]) + line_for(second))
    with pytest.raises(LogCorruptError, match="line 2"):
        list(FileRecorder(log).read())
    assert not FileRecorder(log).check().ok


def test_write_failure_leaves_the_log_as_it_was(log: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = filled(log)
    before = log.read_bytes()

    def disk_full(fd: int, data: bytes) -> None:
        os.write(fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(eventlog, "_write_all", disk_full)
    with pytest.raises(StoreError, match=r"No space left on device.*nothing was recorded"):
        recorder.append([release(9, text="y" * 10_000)])
    assert log.read_bytes() == before
    monkeypatch.undo()
    assert seqs(recorder.append([release(9)])) == [7]
    assert recorder.check().ok


# --- locking ---


def test_lock_timeout_names_the_store(tmp_path: Path) -> None:
    lock = FileLock(tmp_path / "store.lock", name="/data/store")
    with lock.exclusive():
        start = time.monotonic()
        with pytest.raises(
            StoreUnavailableError,
            match=r"store at /data/store is locked by another statgraph process; waited 0.2 s",
        ), FileLock(tmp_path / "store.lock", name="/data/store").exclusive(timeout=0.2):
            pass
        assert time.monotonic() - start >= 0.2
        with pytest.raises(StoreUnavailableError), lock.shared(timeout=0):
            pass
    with lock.exclusive(timeout=0):
        pass


def test_shared_locks_coexist_and_exclude_writers(tmp_path: Path) -> None:
    lock = FileLock(tmp_path / "sub.lock")
    with lock.shared(timeout=0), lock.shared(timeout=0), pytest.raises(
        StoreUnavailableError, match=r"sub\.lock is locked"
    ), lock.exclusive(timeout=0.01):
        pass
    assert (tmp_path / "sub.lock").exists()


def test_lock_waits_for_release(tmp_path: Path) -> None:
    lock = FileLock(tmp_path / "x.lock")
    released = threading.Event()

    def hold() -> None:
        with lock.exclusive():
            released.wait(5)
            time.sleep(0.05)

    holder = threading.Thread(target=hold)
    holder.start()
    time.sleep(0.05)
    released.set()
    with lock.exclusive(timeout=5):
        pass
    holder.join()


def test_append_times_out_on_a_held_log_lock(log: Path) -> None:
    recorder = FileRecorder(log, lock_timeout=0.05)
    with FileLock(log.with_name("events.log.lock")).exclusive(), pytest.raises(
        StoreUnavailableError, match="locked by another statgraph process"
    ):
        recorder.append([release(1)])
    assert recorder.head() == 0


def test_append_under_a_store_wide_lock(log: Path) -> None:
    # The caller's own lock is another file, so the recorder's lock does not deadlock on it.
    with FileLock(log.parent / "store.lock").exclusive(timeout=0):
        assert seqs(FileRecorder(log, lock_timeout=1).append([release(1)])) == [1]


# --- processes ---


def worker(log: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), "--src", SRC, "--log", str(log), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def reported(output: str) -> dict[int, str]:
    """seq -> id of every commit the worker reported; a half-printed last line is dropped."""
    lines = output.split("\n")[:-1]
    return {int(seq): eid for line in lines for seq, eid in (pair.split(":") for pair in line.split())}


def assert_sound(log: Path, reported_ids: dict[int, str]) -> tuple[int, bool]:
    recorder = FileRecorder(log)
    report = recorder.check()
    assert all(p.startswith("torn tail") for p in report.problems), report.problems
    events = list(recorder.read())
    assert seqs(events) == list(range(1, len(events) + 1))
    assert recorder.head() == report.head == report.events == len(events)
    found = {e.seq: e.id for e in events}
    lost = {seq: eid for seq, eid in reported_ids.items() if found.get(seq) != eid}
    assert not lost, f"commits reported as recorded are missing: {lost}"
    return len(events), report.torn_tail_bytes > 0


@pytest.mark.slow
def test_sigkill_never_loses_a_reported_commit(tmp_path: Path) -> None:
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    kills, torn_tails = 0, 0
    reported_ids: dict[int, str] = {}
    for i in range(25):
        # A fresh log every 5 kills keeps the rereads short; within a group each worker
        # first recovers from the kill of the one before.
        log = tmp_path / f"events{i // 5}.log"
        proc = worker(log, "--seed", str(seed + i), "--big", "loop")
        try:
            assert proc.stdout is not None
            first = proc.stdout.readline()  # it is appending now
            time.sleep(rng.uniform(0, 0.04))
        finally:
            # Also on a failed assertion: a looping worker must not outlive the test.
            proc.send_signal(signal.SIGKILL)
            rest, err = proc.communicate()
        assert first, err
        assert proc.returncode == -signal.SIGKILL, f"seed {seed}: worker ended on its own: {err}"
        kills += 1
        if i % 5 == 0:
            reported_ids = {}
        reported_ids.update(reported(first + rest))
        count, was_torn = assert_sound(log, reported_ids)
        assert count >= len(reported_ids)
        torn_tails += was_torn
        if i % 5 == 4:
            # The next worker truncated each torn tail; a repair takes care of the last one.
            FileRecorder(log).repair()
            assert_sound(log, reported_ids)
    assert kills >= 20
    # Whether a kill lands inside write() is luck (the write is a small part of the loop);
    # test_killed_inside_write makes it certain.
    print(f"seed {seed}: {kills} kills, {torn_tails} torn tails")


def test_killed_inside_write(log: Path) -> None:
    proc = worker(log, "--tear-after", "3", "count", "10")
    out, err = proc.communicate()
    assert proc.returncode == -signal.SIGKILL, err
    ids = reported(out)
    assert len(ids) >= 3
    count, was_torn = assert_sound(log, ids)
    assert was_torn and count == len(ids)
    proc = worker(log, "count", "2")
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    ids.update(reported(out))
    count, was_torn = assert_sound(log, ids)
    assert not was_torn and count == len(ids)


@pytest.mark.slow
def test_concurrent_appenders(log: Path) -> None:
    start_at = time.time() + 0.3
    procs = [worker(log, "--seed", str(k), "--start-at", str(start_at), "count", "50") for k in range(4)]
    reader = FileRecorder(log)
    reads = 0
    while any(p.poll() is None for p in procs):
        # Reading while others append sees a contiguous prefix, never a half commit.
        events = list(reader.read())
        assert seqs(events) == list(range(1, len(events) + 1))
        reads += 1
    outputs = [p.communicate() for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [err for _out, err in outputs]
    per_worker = [reported(out) for out, _err in outputs]
    assert [len(out.splitlines()) for out, _err in outputs] == [50, 50, 50, 50]
    report = FileRecorder(log).check()
    assert report.ok and report.commits == 200
    events = list(FileRecorder(log).read())
    assert seqs(events) == list(range(1, len(events) + 1))
    everything: dict[int, str] = {}
    for ids in per_worker:
        assert not everything.keys() & ids.keys()  # no seq handed to two workers
        everything.update(ids)
    assert everything == {e.seq: e.id for e in events}  # none lost, none doubled
    assert reads > 0


# --- reading from an offset (the content-hash cache resumes there) ---


def test_read_from_every_commit_boundary_gives_what_read_after_gives(log: Path) -> None:
    recorder = filled(log, commits=4)
    boundaries = [(0, 0)] + [(e.seq, end) for e, end in recorder.read_from(0, 0) if end is not None]
    assert [b[0] for b in boundaries] == [0, 2, 4, 6, 8]
    assert boundaries[-1][1] == log.stat().st_size
    for seq, offset in boundaries:
        assert [e for e, _end in recorder.read_from(offset, seq)] == list(recorder.read(after=seq))


@pytest.mark.parametrize(
    ("offset", "after"),
    [(5, 0), (0, 2), (-1, 0), (10**9, 8)],
    ids=["inside a line", "another commit", "negative", "past the end"],
)
def test_read_from_a_wrong_offset_says_so_before_any_event(log: Path, offset: int, after: int) -> None:
    from statgraph.eventlog import LogOffsetMismatch

    recorder = filled(log, commits=4)
    with pytest.raises(LogOffsetMismatch):
        next(iter(recorder.read_from(offset, after)))


def test_read_from_the_end_of_a_log_that_grew_or_shrank(log: Path) -> None:
    from statgraph.eventlog import LogOffsetMismatch

    recorder = filled(log, commits=2)
    end = log.stat().st_size
    assert list(recorder.read_from(end, 4)) == []
    with pytest.raises(LogOffsetMismatch):  # the end, but not of the log read before
        list(recorder.read_from(end, 3))
    recorder.append([release(7)])
    assert [(e.seq, off) for e, off in recorder.read_from(end, 4)] == [(5, log.stat().st_size)]


def test_read_from_stops_before_a_torn_tail(log: Path) -> None:
    recorder = filled(log, commits=2)
    end = log.stat().st_size
    torn(log)
    assert [e.seq for e, _o in recorder.read_from(end, 4)] == []
    assert [e.seq for e, _o in recorder.read_from(0, 0)] == [1, 2, 3, 4]
