"""A process that appends to an event log, for the kill and concurrency tests.

Run by tests/test_eventlog.py, never collected by pytest (its name does not
start with ``test``)::

    python _log_worker.py --src SRC --log PATH [--seed N] [--start-at T] [--big] loop
    python _log_worker.py --src SRC --log PATH [--seed N] [--start-at T] count N
    python _log_worker.py --src SRC --log PATH --tear-after K count N

After each ``append`` returns, it prints one line ``seq:id seq:id ...`` naming
the events of that commit, and flushes, so every line the test reads is a
commit the recorder reported as durable. ``loop`` appends until killed;
``count N`` makes N commits and exits. ``--big`` makes some commits megabytes
long so that a kill can land inside the write. ``--start-at`` (a time.time()
value) lets several workers start appending at the same moment. ``--tear-after K``
makes the commit after the K-th write half its line and then SIGKILL itself.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sys
import time

# Escapes, newlines, right-to-left marks, a line separator and astral characters,
# so the lines written exercise the whole codec.
_PIECE = 'ligne "citée" \\ fin\n\tétat\u200f\u2028\U0001f600 Ωμέγα\x00\x1b '


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--src", required=True, help="the directory holding the statgraph package")
    parser.add_argument("--log", required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start-at", type=float, default=0.0)
    parser.add_argument("--big", action="store_true")
    parser.add_argument("--tear-after", type=int, default=-1, help="die by SIGKILL inside the next write")
    parser.add_argument("mode", choices=["loop", "count"])
    parser.add_argument("n", type=int, nargs="?", default=0)
    args = parser.parse_args(argv)

    # The test hands us its own import location, so we run the code under test
    # whether or not statgraph is installed in the interpreter.
    sys.path.insert(0, args.src)
    from statgraph import eventlog
    from statgraph.eventlog import FileRecorder
    from statgraph.events import ReleaseRecorded

    def write_half_and_die(fd: int, data: bytes) -> None:
        # What a kill landing inside write() leaves, made certain instead of lucky.
        os.write(fd, data[: len(data) // 2])
        os.kill(os.getpid(), signal.SIGKILL)

    rng = random.Random(args.seed)
    recorder = FileRecorder(args.log, lock_timeout=60.0)
    delay = args.start_at - time.time()
    if delay > 0:
        time.sleep(delay)

    made = 0
    while args.mode == "loop" or made < args.n:
        if made == args.tear_after:
            eventlog._write_all = write_half_and_die
        size = rng.choice([1, 50, 5_000, 100_000, 1_000_000]) if args.big else rng.choice([1, 50, 500])
        # Only the first event is big, so the log of a long kill loop stays small enough to
        # reread after every kill.
        batch = [
            ReleaseRecorded(
                release_id=f"w{args.seed}-{made}-{i}",
                title=f"{made}/{i}",
                text=str(rng.random()) + _PIECE * ((size if i == 0 else 50) // len(_PIECE) + 1),
            )
            for i in range(rng.randint(1, 4))
        ]
        recorded = recorder.append(batch)
        print(" ".join(f"{e.seq}:{e.id}" for e in recorded), flush=True)
        made += 1
    recorder.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
