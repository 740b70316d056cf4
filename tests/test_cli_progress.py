"""Progress on stderr: silent for one file and for short runs, then items, rate and time left."""

from __future__ import annotations

import io

import pytest

from claimcheck.progress import Progress


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def make(total, *, live=False, **options):
    clock, stream = Clock(), io.StringIO()
    progress = Progress(total, stream=stream, clock=clock, live=live, **options)
    return progress, clock, stream


def test_a_single_article_never_shows_progress_however_slow():
    progress, clock, stream = make(1)
    clock.now += 3600
    progress.advance()
    progress.finish()
    assert stream.getvalue() == ""


def test_a_short_batch_shows_nothing():
    progress, clock, stream = make(50)
    for _ in range(50):
        clock.now += 0.05
        progress.advance()
    progress.finish()
    assert stream.getvalue() == ""


def test_a_long_batch_reports_count_rate_elapsed_and_time_left_then_done():
    progress, clock, stream = make(100, delay=3, interval=5)
    for _ in range(100):
        clock.now += 0.5  # two articles a second
        progress.advance()
    progress.finish()
    lines = stream.getvalue().splitlines()
    assert lines[0] == "claimcheck: 6/100 articles, 2.0/s, 3s elapsed, about 47s left"
    assert lines[1] == "claimcheck: 16/100 articles, 2.0/s, 8s elapsed, about 42s left"
    assert lines[-1] == "claimcheck: 100/100 articles, 2.0/s, 50s elapsed, done"
    # At most one line per interval: 50 s of work, a line every 5 s after the first 3 s.
    assert len(lines) == 11


def test_unknown_totals_report_counts_without_time_left():
    progress, clock, stream = make(None, noun="records")
    clock.now += 130
    progress.advance()
    assert stream.getvalue() == "claimcheck: 1 record, 27.7/h, 2m elapsed\n"


def test_on_a_terminal_one_line_is_rewritten_and_erased_at_the_end():
    progress, clock, stream = make(10, live=True, delay=0, interval=0)
    clock.now += 1
    progress.advance()
    clock.now += 1
    progress.advance()
    progress.finish()
    out = stream.getvalue()
    assert "\n" not in out
    first = "claimcheck: 1/10 articles, 1.0/s, 1s elapsed, about 9s left"
    second = "claimcheck: 2/10 articles, 1.0/s, 2s elapsed, about 8s left"
    assert out == f"\r{first}\r{second}\r{' ' * len(second)}\r"


@pytest.mark.parametrize(
    ("seconds", "rate", "words"),
    [
        (0.5, "2.0/s", "0s"),
        (5, "12.0/min", "5s"),
        (89, "40.4/h", "89s"),
        (90, "40.0/h", "2m"),
        (3000, "1.2/h", "50m"),
        (5400, "0.7/h", "1.5h"),
        (36000, "0.1/h", "10.0h"),
    ],
)
def test_rates_and_durations_read_naturally(seconds, rate, words):
    progress, clock, stream = make(2, delay=0)
    clock.now += seconds
    progress.advance()
    assert stream.getvalue() == (
        f"claimcheck: 1/2 articles, {rate}, {words} elapsed, about {words} left\n"
    )


def test_a_batch_cut_short_says_stopped_not_done():
    progress, clock, stream = make(10, delay=0)
    clock.now += 1
    progress.advance()
    progress.finish()
    assert stream.getvalue().splitlines()[-1].endswith(", about 9s left, stopped")


def test_a_broken_stderr_does_not_stop_the_work():
    progress, clock, stream = make(5, delay=0)
    stream.close()
    clock.now += 1
    progress.advance()  # no exception
    progress.finish()
    assert progress.done == 1
