"""How much attribution accuracy varies between samples of articles the size of PolNeAR dev.

Run from the repository root (the shared data and tools sit beside it, in ../shared)::

    .venv/bin/python benchmarks/polnear_spread.py                   # train, 84-article draws
    .venv/bin/python benchmarks/polnear_spread.py --predictions P   # saved quotes --jsonl output

Each train article is scored apart with the shared evaluator; articles are then drawn with
replacement, ``--size`` at a time, and the pooled attribution accuracy of each draw is noted.
The printed percentiles say what figure a dev-sized split of train-like articles would give, and
``--value`` how often a draw falls at or below a figure (dev's, say): a rare one means dev holds
articles unlike train, or rules that fit train more closely than unseen text.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
from pathlib import Path

from polnear import ADAPTER, DATA, EVALUATOR, claimcheck_command


def _per_article(split: str, predictions: Path | None) -> list[tuple[int, int]]:
    """(attributions right, matched quotes with a gold source) for every article of ``split``."""
    sys.path.insert(0, str(EVALUATOR.parent))
    import polnear_eval as pe  # the shared evaluator, so the rule is exactly the issue's

    articles = pe.load_split(str(DATA), split)
    if predictions is None:
        raw, _ = pe.run_predictor(claimcheck_command(2), articles)
    else:
        raw = predictions.read_text(encoding="utf-8")
    adapted = subprocess.run(
        [sys.executable, str(ADAPTER)], input=raw, capture_output=True, text=True, check=True
    ).stdout
    preds, problems = pe.parse_predictions(adapted.splitlines(), articles)
    if problems:
        raise SystemExit(
            f"polnear_spread: {len(problems)} bad prediction lines, first: {problems[0]}"
        )
    counts = []
    for article in articles:
        metrics = pe.evaluate([article], preds).metrics
        counts.append((metrics["attribution_correct"], metrics["matched_with_gold_source"]))
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train", choices=["train", "dev"])
    parser.add_argument("--predictions", type=Path, help="saved `claimcheck quotes --jsonl` output")
    parser.add_argument("--size", type=int, default=84, help="articles per draw (dev has 84)")
    parser.add_argument("--draws", type=int, default=4000)
    parser.add_argument("--value", type=float, default=0.904, help="report P(draw <= VALUE)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    counts = _per_article(args.split, args.predictions)
    right = sum(r for r, _ in counts)
    total = sum(n for _, n in counts)
    rng = random.Random(args.seed)
    draws = []
    for _ in range(args.draws):
        sample = [counts[rng.randrange(len(counts))] for _ in range(args.size)]
        draws.append(sum(r for r, _ in sample) / max(1, sum(n for _, n in sample)))
    draws.sort()

    def pct(q: float) -> float:
        return draws[min(len(draws) - 1, int(q * len(draws)))]

    print(
        f"{args.split}: attribution {right}/{total} = {right / total:.3f}, {len(counts)} articles"
    )
    print(
        f"{args.draws} draws of {args.size} articles: 2.5% {pct(0.025):.3f}, 50% {pct(0.5):.3f}, "
        f"97.5% {pct(0.975):.3f}"
    )
    below = sum(d <= args.value for d in draws) / len(draws)
    print(f"share of draws at or below {args.value}: {below:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
