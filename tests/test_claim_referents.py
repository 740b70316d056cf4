"""A claim whose clause says "it", "the company", "he" is about whom that stands for.

claimcheck.claim_referents asks the speaker side's resolvers and keeps only a name they are
sure of: the one the last subject before the pronoun names. Each table keeps negative rows
where the claim must keep its old subject (no name rather than a wrong one).
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.claim_referents import ClaimReferents, refers
from claimcheck.pipeline import extract_claims

PUBLISHED = dt.date(2016, 3, 8)


def _subjects(nlp, text: str) -> dict[str, list[str]]:
    return {c.text: c.subject for c in extract_claims(text, date=PUBLISHED, nlp=nlp)}


@pytest.mark.parametrize(
    ("text", "claim", "subject"),
    [
        # "it" after a company that was the last subject: the company
        ("Acme Corp. reported strong sales on Monday. It sold 5 million phones last year.",
         "5 million", ["Acme Corp"]),
        # a definite description: the organisation named with that noun before
        ("German carmaker Volkswagen said on Tuesday that sales fell. The company sold "
         "10 million cars in 2015.", "10 million", ["Volkswagen"]),
        # a person's description: the person, not the place that qualifies it
        ("Sen. Ted Cruz of Texas won the Iowa caucuses on Monday.\n\nThe Texas senator "
         "finished first in Iowa.", "first", ["Ted Cruz", "Iowa"]),
        # "he" with two men named: the nearer one, the last subject
        ("Tom Smith spoke in Ohio on Monday. Bob Jones spoke in Iowa on Tuesday.\n\n"
         "He raised $5 million last year.", "$5 million", ["Bob Jones"]),
        # the speaker is the subject when its own "it" raised the money
        ("Bernie Sanders’ campaign says it raised more than $21 million in January.",
         "$21 million", ["Bernie Sanders"]),
        # negative rows. "it" after a report names no entity: no subject, not the issuer
        ("The report was released by the Pew Research Center on Monday. It counted 300 "
         "deaths last year.", "300", []),
        # a dummy "it" stands for nothing
        ("The Republican National Committee met on Monday. It takes 1,237 delegates to win "
         "the nomination.", "1,237", []),
        # the last subject is someone else than the resolvers' pick: no name
        ("Tom Smith praised Bob Jones on Monday.\n\nThe protester said nothing. "
         "She raised $5 million last year.", "$5 million", []),
        # a subject that names someone itself keeps its own name
        ("Hillary Clinton spoke on Monday. Her campaign manager, Robby Mook, raised "
         "$5 million in 2008.", "$5 million", ["Robby Mook"]),
        # inside quotation marks, "he" is the speaker's to explain
        ("Tom Smith spoke on Monday. “He raised $5 million last year,” Bob Jones said.",
         "$5 million", []),
    ],
)
def test_referent_subject_table(nlp, text, claim, subject):
    assert _subjects(nlp, text)[claim] == subject


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("It sold 5 million phones.", "It", True),
        ("He raised $5 million.", "He", True),
        ("The company sold 10 million cars.", "company", True),
        ("His campaign raised $5 million.", "His", True),
        # negative rows: a dummy "it", a description naming someone, a plain noun
        ("It takes 1,237 delegates to win.", "It", False),
        ("It was the first time in 2015.", "It", False),
        ("Her campaign manager, Robby Mook, raised $5 million.", "Her", False),
        ("His father represented the area from 1973 to 2001.", "His", False),
        ("Voters gave $5 million.", "Voters", False),
        ("The Clinton campaign raised $5 million.", "campaign", False),
    ],
)
def test_refers_table(nlp, text, word, expected):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert refers(token) is expected


def test_name_for_never_resolves_inside_quotation_marks(nlp):
    from claimcheck.quotes import find_quotes

    text = "Acme Corp. grew on Monday. “It sold 5 million phones,” Bob Jones said."
    doc = nlp(text)
    referents = ClaimReferents(doc, find_quotes(doc))
    it = next(t for t in doc if t.text == "It")
    assert referents.in_quote(it.idx)
    assert referents.name_for(it) is None
