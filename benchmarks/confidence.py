"""Does a quote's confidence tell right speakers from wrong ones? Figures on PolNeAR.

Run from the repository root (the shared data and evaluator sit beside it, in ../shared)::

    .venv/bin/python benchmarks/confidence.py --split train --jobs 2     # fit split
    .venv/bin/python benchmarks/confidence.py --split dev --jobs 2       # held out
    .venv/bin/python benchmarks/confidence.py --split train --refit      # rewrite the weights
    .venv/bin/python benchmarks/confidence.py --split train --predictions OUT.jsonl

claimcheck's quotes are matched to the gold quotes the way the shared evaluator matches them
(its ``match_quotes`` and ``speaker_correct``; indirect, single-marked and nested quotes are
left out as its adapter leaves them out). A matched quote's speaker is *right* when it overlaps
a gold source, or when it is null and the gold quote has no source. Printed: the ROC AUC of
confidence for right against wrong, the Brier score, and a reliability table (per confidence
bin: quotes, mean confidence, share right), for quotes with a speaker and for all.

``--predictions`` scores the confidences in a saved ``claimcheck quotes --jsonl`` output instead
of running claimcheck (for figures of older code); ``--fixed`` scores the same quotes with the
fixed numbers per cue kind that confidence was before the model (a one-line summary of those is
printed after every run). ``--refit`` (train only) fits the logistic model of
:mod:`claimcheck.attribution_confidence` on the quotes with a speaker and writes
``claimcheck/attribution_weights.py``; dev is never fitted on. ``--rows``/``--dump`` reuse or
save the per-quote rows so a refit need not run claimcheck again; after ``--refit`` (or with
``--rescore``) the figures are those of the weights on disk, recomputed from the rows.
``--cv K`` prints the figures of K fits on train, each scoring the articles it left out.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import math
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from multiprocessing import Pool
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data" / "polnear"
EVALUATOR = SHARED / "tools" / "polnear_eval.py"
WEIGHTS = ROOT / "claimcheck" / "attribution_weights.py"

# L2 penalty of the fit: pulls a weight seen on few quotes toward the overall rate.
PENALTY = 2.0
BINS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0001)

Row = dict[str, Any]


def load_evaluator() -> ModuleType:
    """The shared PolNeAR evaluator imported as a module."""
    spec = importlib.util.spec_from_file_location("polnear_eval", EVALUATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["polnear_eval"] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


_NLP: Any = None


def _load_model() -> None:
    global _NLP
    from claimcheck.nlp import load

    _NLP = load()


def _run_one(job: tuple[str, str, str]) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    from claimcheck import extract_quotes
    from claimcheck.attribution_confidence import recording

    name, text, date = job
    try:
        with recording() as found:
            quotes = extract_quotes(text, date=date or None, nlp=_NLP)
    except Exception as exc:  # one article's bug must not stop the figures
        return name, [], [{"error": f"{type(exc).__name__}: {exc}".splitlines()[0]}]
    return name, [q.model_dump() for q in quotes], list(found)


def run_claimcheck(articles: Sequence[Any], jobs: int) -> dict[str, tuple[list, list]]:
    """Each article's quotes (as JSON dicts) and recorded features, by article name."""
    work = [(a.name, a.text, a.date) for a in articles]
    out: dict[str, tuple[list, list]] = {}
    if jobs > 1:
        with Pool(jobs, initializer=_load_model) as pool:
            for name, quotes, found in pool.imap_unordered(_run_one, work, chunksize=4):
                out[name] = (quotes, found)
    else:
        _load_model()
        for job in work:
            name, quotes, found = _run_one(job)
            out[name] = (quotes, found)
    return out


def read_predictions(path: Path) -> dict[str, tuple[list, list]]:
    """Quotes from a saved ``claimcheck quotes --jsonl`` output, with no features."""
    out: dict[str, tuple[list, list]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                out[record["id"]] = (record.get("quotes") or [], [])
    return out


def matched_rows(
    ev: ModuleType, articles: Sequence[Any], runs: dict[str, tuple[list, list]]
) -> list[Row]:
    """One row per claimcheck quote matched to a gold quote: confidence, right, features."""
    rows: list[Row] = []
    for art in articles:
        quotes, found = runs.get(art.name, ([], []))
        features = {(f["start"], f["end"]): f for f in found if "error" not in f}
        kept = [
            q
            for q in quotes
            if q["kind"] != "indirect" and q["marks"] != "single" and not q["nested"]
        ]
        preds = []
        for q in kept:
            mention = (q.get("speaker") or {}).get("mention")
            span = (mention["start"], mention["end"]) if mention else None
            preds.append(ev.PredQuote(q["start"], q["end"], span))
        p_norm = [ev.normalise_span(art.text, (p.start, p.end)) for p in preds]
        g_norm = [ev.normalise_span(art.text, (g.start, g.end)) for g in art.gold]
        for i, j in ev.match_quotes(p_norm, g_norm):
            gold, pred, quote = art.gold[j], preds[i], kept[i]
            # A null speaker is right when the gold quote names nobody either.
            right = ev.speaker_correct(pred, gold) if gold.has_source else pred.speaker is None
            row: Row = {
                "article": art.name,
                "start": quote["start"],
                "end": quote["end"],
                "confidence": quote["confidence"],
                "right": bool(right),
                "speaker": pred.speaker is not None,
            }
            if pred.speaker is not None:
                row["features"] = features.get((quote["start"], quote["end"]))
            rows.append(row)
    return rows


def auc(rows: Sequence[Row]) -> float | None:
    """ROC AUC of confidence for right against wrong (ties count half), None if one class."""
    pos = [r["confidence"] for r in rows if r["right"]]
    neg = [r["confidence"] for r in rows if not r["right"]]
    if not pos or not neg:
        return None
    # Rank-sum form: linear after sorting, exact with ties.
    ordered = sorted((c, r) for c, r in ((r["confidence"], r["right"]) for r in rows))
    rank_sum = 0.0
    k = 0
    while k < len(ordered):
        m = k
        while m < len(ordered) and ordered[m][0] == ordered[k][0]:
            m += 1
        mid = (k + 1 + m) / 2
        rank_sum += mid * sum(1 for _, right in ordered[k:m] if right)
        k = m
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def brier(rows: Sequence[Row]) -> float | None:
    """Mean squared gap between confidence and the 0/1 outcome."""
    if not rows:
        return None
    return sum((r["confidence"] - r["right"]) ** 2 for r in rows) / len(rows)


def reliability(rows: Sequence[Row]) -> list[tuple[str, int, float, float]]:
    """Per confidence bin: its label, quotes, mean confidence and share right."""
    table = []
    for lo, hi in itertools.pairwise(BINS):
        inside = [r for r in rows if lo <= r["confidence"] < hi]
        if inside:
            mean = sum(r["confidence"] for r in inside) / len(inside)
            share = sum(r["right"] for r in inside) / len(inside)
            label = f"[{lo:.2f}, {min(hi, 1.0):.2f}{']' if hi > 1 else ')'}"
            table.append((label, len(inside), mean, share))
    return table


def report(rows: Sequence[Row], title: str) -> dict[str, Any]:
    """Print the figures for ``rows`` under ``title``; return them."""
    a, b = auc(rows), brier(rows)
    right = sum(r["right"] for r in rows)
    print(f"== {title}: {len(rows)} matched quotes, {right} right ==")
    print(f"ROC AUC {a:.3f}" if a is not None else "ROC AUC n/a", end="   ")
    print(f"Brier {b:.4f}" if b is not None else "Brier n/a")
    print(f"{'confidence':<14}{'quotes':>8}{'mean':>8}{'right':>8}")
    table = reliability(rows)
    for label, n, mean, share in table:
        print(f"{label:<14}{n:>8}{mean:>8.3f}{share:>8.3f}")
    print()
    return {"quotes": len(rows), "right": right, "auc": a, "brier": b, "bins": table}


# ---------------------------------------------------------------------------------------
# Refit


# Weights held at or below 0: another person a pronoun could mean never makes it surer.
_NONPOSITIVE = ("NEARER", "RIVAL")


def _keys(f: dict[str, Any]) -> list[str]:
    """The named weights one attribution's features switch on."""
    keys = [f"SOURCE:{f['source']}", f"MENTION:{f['mention']}", f"DISTANCE:{f['distance']}"]
    keys.append(f"SHAPE:{f['shape']}")
    keys.append(f"CUE_WORD:{f['cue_word']}")
    if f["crowded"]:
        keys.append("CROWDED")
    if f["unlinked"]:
        # An interaction: shrunk toward 0, an unlinked cue of a rare kind counts as linked.
        keys.append(f"UNLINKED:{f['source']}")
    if f["mention"] == "pronoun" and f["rivals"]:
        keys.append("RIVAL")
        if f["nearer"]:
            keys.append("NEARER")
    return keys


def _design(rows: Sequence[Row]) -> tuple[list[str], list[list[int]], list[int]]:
    seen = {key for r in rows for key in _keys(r["features"])}
    names = sorted(seen | set(_NONPOSITIVE) | {"CROWDED"})
    where = {n: k for k, n in enumerate(names)}
    x = [[where[key] for key in _keys(r["features"])] for r in rows]
    y = [int(r["right"]) for r in rows]
    return names, x, y


def fit(rows: Sequence[Row], *, penalty: float = PENALTY) -> tuple[float, dict[str, float]]:
    """Bias and named weights of an L2-penalised logistic model (Newton's method; the bias
    is not penalised). ``RIVAL`` and ``NEARER`` are held at or below 0."""
    import numpy as np

    names, active, y = _design(rows)
    n, d = len(active), len(names) + 1
    x = np.zeros((n, d))
    x[:, 0] = 1.0
    for k, cols in enumerate(active):
        x[k, [c + 1 for c in cols]] = 1.0
    target = np.asarray(y, dtype=float)
    ridge = np.full(d, penalty)
    ridge[0] = 0.0
    held = [names.index(name) + 1 for name in _NONPOSITIVE]
    w = np.zeros(d)
    w[0] = math.log((target.sum() + 1) / (n - target.sum() + 1))

    def loss(v: Any) -> float:
        z = x @ v
        # log(1 + e^z) - y z, summed, plus the penalty; logaddexp keeps it finite.
        return float((np.logaddexp(0, z) - target * z).sum() + 0.5 * (ridge * v * v).sum())

    for _ in range(len(held) + 1):
        for _ in range(100):
            p = 1 / (1 + np.exp(-(x @ w)))
            grad = x.T @ (p - target) + ridge * w
            hess = (x.T * (p * (1 - p))) @ x + np.diag(ridge + 1e-6)
            step = np.linalg.solve(hess, grad)
            before, scale = loss(w), 1.0
            # Newton's step can overshoot on a rare feature: halve it until the loss falls.
            while loss(w - scale * step) > before and scale > 1e-6:
                scale /= 2
            w -= scale * step
            if np.abs(scale * step).max() < 1e-9:
                break
        wrong_way = [k for k in held if w[k] > 0]
        if not wrong_way:
            break
        # The data say a rival helps: drop the column (its weight is then 0) and refit.
        for k in wrong_way:
            x[:, k] = 0.0
            w[k] = 0.0
    return float(w[0]), {name: float(w[k + 1]) for k, name in enumerate(names)}


def _counts(rows: Sequence[Row]) -> dict[str, tuple[int, int]]:
    counts: Counter[str] = Counter()
    right: Counter[str] = Counter()
    names, active, y = _design(rows)
    for cols, ok in zip(active, y, strict=True):
        for c in cols:
            counts[names[c]] += 1
            right[names[c]] += ok
    return {name: (counts[name], right[name]) for name in names}


def weights_module(
    bias: float,
    weights: dict[str, float],
    counts: dict[str, tuple[int, int]],
    *,
    no_speaker: float,
    no_speaker_counts: tuple[int, int],
    fitted_on: str,
) -> str:
    """The text of ``claimcheck/attribution_weights.py`` for a fit."""
    total = sum(c for name, (c, _) in counts.items() if name.startswith("SOURCE:"))
    total_right = sum(r for name, (_, r) in counts.items() if name.startswith("SOURCE:"))
    lines = [
        '"""Weights of the attribution confidence model (see :mod:`.attribution_confidence`).',
        "",
        "Written by ``benchmarks/confidence.py --split train --refit``; do not edit by hand.",
        f"Fitted on {fitted_on}: {total} matched PolNeAR train quotes with a speaker,",
        f"{total_right} of them right. Beside each weight: quotes with the feature, right ones.",
        '"""',
        "",
        f"BIAS = {bias:.4f}",
    ]
    for group in ("SOURCE", "UNLINKED", "MENTION", "DISTANCE", "SHAPE", "CUE_WORD"):
        lines.append(f"{group}: dict[str, float] = {{")
        for name in sorted(n for n in weights if n.startswith(group + ":")):
            n, r = counts.get(name, (0, 0))
            key = name.split(":", 1)[1]
            lines.append(f'    "{key}": {weights[name]:.4f},  # {n} quotes, {r} right')
        lines.append("}")
    for name in ("CROWDED", "RIVAL", "NEARER"):
        n, r = counts.get(name, (0, 0))
        lines.append(f"{name} = {weights.get(name, 0.0):.4f}  # {n} quotes, {r} right")
    n, r = no_speaker_counts
    lines.append(f"# A quote with no speaker is right when its gold names nobody: {r} of {n}.")
    lines.append(f"NO_SPEAKER = {no_speaker:.2f}")
    return "\n".join(lines) + "\n"


def refit(rows: Sequence[Row], fitted_on: str) -> str:
    """Fit on ``rows`` and return the weights module's text."""
    with_speaker = [r for r in rows if r["speaker"] and r.get("features")]
    bias, weights = fit(with_speaker)
    nobody = [r for r in rows if not r["speaker"]]
    right = sum(r["right"] for r in nobody)
    # Shrunk toward 0.3 with the weight of ten quotes: there are few of them.
    no_speaker = (right + 3) / (len(nobody) + 10)
    return weights_module(
        bias,
        weights,
        _counts(with_speaker),
        no_speaker=no_speaker,
        no_speaker_counts=(len(nobody), right),
        fitted_on=fitted_on,
    )


def rescore(rows: Sequence[Row]) -> list[Row]:
    """``rows`` with each confidence recomputed from its features by the weights module as
    it is on disk now (after a refit), so new figures need no new claimcheck run."""
    import claimcheck.attribution_weights as weights
    from claimcheck import attribution_confidence as model

    importlib.reload(weights)
    importlib.reload(model)
    out = []
    for r in rows:
        f = r.get("features")
        if not r["speaker"]:
            confidence = model.no_speaker_confidence()
        elif f is None:
            confidence = r["confidence"]
        else:
            known = {k: v for k, v in f.items() if k != "confidence"}
            confidence = model.score(model.Features(**known))
        out.append({**r, "confidence": confidence})
    return out


# The fixed numbers confidence was before this model (speakers.py at 5379b84), by source;
# a cue the parse did not link cost 0.15. Kept to compare on the very same quotes.
_FIXED = {
    "verb": 0.9,
    "verb_inverted": 0.9,
    "according": 0.85,
    "noun": 0.75,
    "dash": 0.8,
    "lead": 0.7,
    "record": 0.7,
    "line": 0.75,
    "follow_on": 0.65,
    "tweet": 0.7,
    "named_after": 0.55,
    "topic": 0.5,
    "clause_subject": 0.4,
    "roundup": 0.4,
    "indirect": 0.8,
    "indirect_according": 0.75,
}


def fixed_scores(rows: Sequence[Row]) -> list[Row]:
    """``rows`` scored as the fixed numbers per cue kind scored them before the model."""
    out = []
    for r in rows:
        f = r.get("features")
        if not r["speaker"] or f is None:
            confidence = 0.35 if not r["speaker"] else r["confidence"]
        else:
            confidence = _FIXED.get(f["source"], 0.6) - (0.15 if f["unlinked"] else 0.0)
        out.append({**r, "confidence": round(confidence, 2)})
    return out


def cross_validated(rows: Sequence[Row], folds: int) -> list[Row]:
    """``rows`` (with a speaker) each scored by a model fitted on the other folds, the
    articles dealt into ``folds`` folds in name order: how the fit does on articles it has
    not seen, without touching dev."""
    spoken = [r for r in rows if r["speaker"] and r.get("features")]
    articles = sorted({r["article"] for r in spoken})
    fold = {name: k % folds for k, name in enumerate(articles)}
    out = []
    for k in range(folds):
        bias, weights = fit([r for r in spoken if fold[r["article"]] != k])
        for r in spoken:
            if fold[r["article"]] == k:
                z = bias + sum(weights.get(key, 0.0) for key in _keys(r["features"]))
                out.append({**r, "confidence": 1 / (1 + math.exp(-z))})
    return out


def _git_head() -> str:
    import subprocess

    command = ["git", "rev-parse", "--short", "HEAD"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    return f"commit {done.stdout.strip()}" if done.returncode == 0 else "an unknown commit"


def _save(rows: Iterable[Row], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train", choices=["train", "dev"])
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for claimcheck")
    parser.add_argument("--limit", type=int, help="only N articles, taken in turn by publisher")
    parser.add_argument("--predictions", type=Path, help="score a saved quotes --jsonl output")
    parser.add_argument("--rows", type=Path, help="score (or refit on) rows saved with --dump")
    parser.add_argument("--dump", type=Path, help="save the per-quote rows to this file")
    parser.add_argument("--refit", action="store_true", help="rewrite the weights (train only)")
    parser.add_argument(
        "--fitted-on", metavar="COMMIT", help="the commit the rows came from (default: HEAD)"
    )
    parser.add_argument(
        "--cv", type=int, metavar="K", help="K-fold cross-validated figures (train rows only)"
    )
    parser.add_argument(
        "--fixed", action="store_true", help="score the rows with the old fixed numbers"
    )
    parser.add_argument(
        "--rescore", action="store_true", help="recompute confidences with the weights on disk"
    )
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args(argv)
    if (args.refit or args.cv) and args.split != "train":
        parser.error("--refit and --cv fit on train only; dev is the held-out measurement")
    if args.rows is None and not (DATA / args.split).exists():
        print(
            f"Error: PolNeAR data not found at {DATA / args.split}. This benchmark expects the "
            f"shared folder beside the repository ({SHARED}).",
            file=sys.stderr,
        )
        return 1
    if args.rows is not None:
        with args.rows.open(encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
    else:
        ev = load_evaluator()
        articles = ev.load_split(str(DATA), args.split, args.limit)
        if args.predictions is not None:
            runs = read_predictions(args.predictions)
        else:
            runs = run_claimcheck(articles, args.jobs)
        failed = sorted(
            name for name, (_, found) in runs.items() if found[:1] and "error" in found[0]
        )
        if failed:
            # Dev article names stay unprinted: dev is only ever seen as figures.
            named = f": {', '.join(failed)}" if args.split == "train" else ""
            print(f"warning: claimcheck failed on {len(failed)} article(s){named}", file=sys.stderr)
        rows = matched_rows(ev, articles, runs)
    if args.dump is not None:
        _save(rows, args.dump)
    if args.refit:
        fitted_on = f"commit {args.fitted_on}" if args.fitted_on else _git_head()
        WEIGHTS.write_text(refit(rows, fitted_on), encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)}; the figures below are the new weights'")
    if args.refit or args.rescore:
        rows = rescore(rows)
    if args.fixed:
        rows = fixed_scores(rows)
    if args.cv:
        report(cross_validated(rows, args.cv), f"{args.split}, {args.cv}-fold by article")
        return 0
    with_speaker = [r for r in rows if r["speaker"]]
    figures = {
        "with_speaker": report(with_speaker, f"{args.split}, quotes with a speaker"),
        "all": report(rows, f"{args.split}, all matched quotes (null speakers too)"),
    }
    if not args.fixed and any(r.get("features") for r in with_speaker):
        before = [r for r in fixed_scores(rows) if r["speaker"]]
        a, b = auc(before), brier(before)
        if a is not None and b is not None:
            print(f"the fixed numbers per cue kind on the same quotes: AUC {a:.3f}, Brier {b:.4f}")
            figures["fixed_with_speaker"] = {"auc": a, "brier": b}
    if args.json:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
