"""Progress on stderr for long batches: items done, rate, time left.

Quiet unless it helps: never for a batch of one, nothing before ``delay`` seconds have passed,
then at most one report every ``interval`` seconds. On a terminal the report rewrites one line
in place (and is erased at the end); on a pipe or a log file it prints whole lines, so logs stay
readable. Data never goes through here: it is stdout's alone.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO


class Progress:
    """Counts finished items and reports now and then on a text stream (stderr by default)."""

    def __init__(
        self,
        total: int | None,
        *,
        noun: str = "articles",
        stream: TextIO | None = None,
        delay: float = 3.0,
        interval: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
        live: bool | None = None,
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
        self.enabled = total is None or total > 1
        self.live = _isatty(self.stream) if live is None else live
        self._width = 0

    def line(self) -> str:
        """The current report: ``claimcheck: 40/100 articles, 2.0/s, about 30s left``."""
        elapsed = max(self.clock() - self.started, 1e-9)
        rate = self.done / elapsed
        head = f"{self.done}/{self.total}" if self.total is not None else f"{self.done}"
        one = self.total is None and self.done == 1  # "1 record", but "1/2 records"
        noun = self.noun[:-1] if one and self.noun.endswith("s") else self.noun
        text = f"claimcheck: {head} {noun}, {_rate(rate)}, {_duration(elapsed)} elapsed"
        if self.total is not None and rate > 0 and self.done < self.total:
            text += f", about {_duration((self.total - self.done) / rate)} left"
        return text

    def advance(self, n: int = 1) -> None:
        """Count ``n`` more finished items; report if it is time to."""
        self.done += n
        if not self.enabled:
            return
        now = self.clock()
        if now - self.started < self.delay:
            return
        if self.last_report is None or now - self.last_report >= self.interval:
            self.last_report = now
            self._show(self.line())

    def finish(self) -> None:
        """Close the report: erase the live line, or print a last line if any was printed."""
        if self.last_report is None:
            return
        if self.live:
            self._write("\r" + " " * self._width + "\r")
        else:
            finished = self.total is None or self.done >= self.total
            self._write(self.line() + (", done\n" if finished else ", stopped\n"))
        self.last_report = None

    def _show(self, text: str) -> None:
        if self.live:
            pad = max(self._width - len(text), 0)
            self._width = len(text)
            self._write("\r" + text + " " * pad)
        else:
            self._write(text + "\n")

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):
            # A closed or broken stderr must never stop the work itself.
            self.enabled = False


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _rate(per_second: float) -> str:
    if per_second >= 1 or per_second == 0:
        return f"{per_second:.1f}/s"
    if per_second * 60 >= 1:
        return f"{per_second * 60:.1f}/min"
    return f"{per_second * 3600:.1f}/h"


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f}s"
    if seconds < 5400:
        return f"{seconds / 60:.0f}m"
    return f"{seconds / 3600:.1f}h"
