"""Progress lines on stderr for long batches: items done, rate, time left.

Quiet for short runs: nothing is printed before ``delay`` seconds have passed, so a single
article never shows progress, and lines come at most every ``interval`` seconds.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts finished items and reports now and then on a text stream (stderr)."""

    def __init__(
        self,
        total: int | None,
        *,
        noun: str = "articles",
        stream: TextIO | None = None,
        delay: float = 3.0,
        interval: float = 5.0,
        clock=time.monotonic,
    ) -> None:
        self.total = total
        self.noun = noun
        self.stream = stream if stream is not None else sys.stderr
        self.delay = delay
        self.interval = interval
        self.clock = clock
        self.started = clock()
        self.last_report: float | None = None
        self.done = 0

    def line(self) -> str:
        elapsed = max(self.clock() - self.started, 1e-9)
        rate = self.done / elapsed
        head = f"{self.done}/{self.total}" if self.total is not None else f"{self.done}"
        text = f"claimcheck: {head} {self.noun}, {rate:.1f}/s"
        if self.total is not None and rate > 0 and self.done < self.total:
            text += f", about {_duration((self.total - self.done) / rate)} left"
        return text

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = self.clock()
        if now - self.started < self.delay:
            return
        if self.last_report is None or now - self.last_report >= self.interval:
            self.last_report = now
            print(self.line(), file=self.stream, flush=True)

    def finish(self) -> None:
        """A closing line, only if progress was shown at all."""
        if self.last_report is not None:
            print(self.line() + ", done", file=self.stream, flush=True)


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f}s"
    if seconds < 5400:
        return f"{seconds / 60:.0f}m"
    return f"{seconds / 3600:.1f}h"
