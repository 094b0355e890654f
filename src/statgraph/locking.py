"""Advisory inter-process locks on a lock file, with a timeout.

``fcntl.flock`` locks belong to an open file description, so every acquisition
opens the lock file anew: two acquisitions in one process (in two threads, or
by mistake in one) exclude each other exactly as two processes do, and closing
the descriptor is what releases the lock, so a killed holder never leaves a
stale lock behind. The locks are not reentrant.

The lock file is a separate, empty file that is never replaced or deleted:
locking the data file itself would break as soon as someone rewrites it via
rename, since the new inode carries no lock.
"""

from __future__ import annotations

import errno
import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import StoreUnavailableError

# Start polling fast, since most holders (one append + fsync) finish within
# milliseconds, and back off so a long wait does not spin.
_FIRST_SLEEP = 0.001
_MAX_SLEEP = 0.05


class FileLock:
    """A shared/exclusive lock on ``path`` (created if missing).

    ``name`` is what the timeout message calls the locked thing (the store or
    log the lock protects); it defaults to the lock file's path.
    """

    def __init__(self, path: Path | str, name: str | None = None) -> None:
        self.path = Path(path)
        self.name = name if name is not None else str(self.path)

    def __repr__(self) -> str:
        return f"FileLock({str(self.path)!r})"

    @contextmanager
    def exclusive(self, timeout: float | None = None) -> Iterator[None]:
        """Hold the lock alone; wait at most ``timeout`` seconds (None: forever)."""
        with self._locked(fcntl.LOCK_EX, timeout):
            yield

    @contextmanager
    def shared(self, timeout: float | None = None) -> Iterator[None]:
        """Hold the lock together with other shared holders, excluding exclusive ones."""
        with self._locked(fcntl.LOCK_SH, timeout):
            yield

    @contextmanager
    def _locked(self, mode: int, timeout: float | None) -> Iterator[None]:
        fd = self._open(shared=mode == fcntl.LOCK_SH)
        try:
            self._acquire(fd, mode, timeout)
            yield
        finally:
            # Closing releases the flock; an explicit LOCK_UN first would add nothing.
            os.close(fd)

    def _open(self, shared: bool) -> int:
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            # A reader of a store on read-only media may not create or write the lock
            # file, but flock works on a read-only descriptor, so readers still can
            # share the lock if the file exists.
            if shared and exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
                try:
                    return os.open(self.path, os.O_RDONLY | os.O_CLOEXEC)
                except OSError:
                    pass
            raise StoreUnavailableError(
                f"cannot open the lock file {self.path}: {exc.strerror or exc}"
            ) from exc

    def _acquire(self, fd: int, mode: int, timeout: float | None) -> None:
        if timeout is None:
            # Blocking flock still lets Python run signal handlers (Ctrl-C) since
            # CPython retries EINTR only after checking for pending signals.
            fcntl.flock(fd, mode)
            return
        deadline = time.monotonic() + max(timeout, 0.0)
        sleep = _FIRST_SLEEP
        while True:
            try:
                fcntl.flock(fd, mode | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                pass
            now = time.monotonic()
            if now >= deadline:
                raise StoreUnavailableError(
                    f"store at {self.name} is locked by another statgraph process; "
                    f"waited {timeout:g} s"
                )
            time.sleep(min(sleep, deadline - now))
            sleep = min(sleep * 2, _MAX_SLEEP)
