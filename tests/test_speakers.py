"""Speaker attribution on sentences written the way news writes them (real spaCy parse)."""

from __future__ import annotations

import pytest

from claimcheck.quotes import find_quotes, scan
from claimcheck.speakers import attribute


def _marked(nlp, text):
    doc = nlp(text)
    return [q for q in attribute(doc, scan(text)) if q.kind != "indirect"]


def _row(quote):
    s = quote.speaker
    if s is None:
        return (quote.text, None, None, None, None, quote.kind)
    return (quote.text, s.name, s.mention.text, s.role, s.organization, quote.kind)


# (text, [(quote text, speaker name, mention text, role, organization, kind), ...])
CASES = [
    pytest.param(
        '"We will not back down," Senator Maria Lopez said on Tuesday.',
        [
            (
                '"We will not back down,"',
                "Maria Lopez",
                "Senator Maria Lopez",
                "Senator",
                None,
                "direct",
            )
        ],
        id="quote-then-title-name-said",
    ),
    pytest.param(
        '"The talks were productive," said Jan Novak, a spokesman for the Czech Foreign Ministry.',
        [
            (
                '"The talks were productive,"',
                "Jan Novak",
                "Jan Novak, a spokesman for the Czech Foreign Ministry",
                "spokesman",
                "Czech Foreign Ministry",
                "direct",
            )
        ],
        id="inverted-said-with-apposition",
    ),
    pytest.param(
        'Anna Berg arrived in Oslo on Monday.\n\n"We have a lot of work to do," she said.',
        [('"We have a lot of work to do,"', "Anna Berg", "she", None, None, "direct")],
        id="pronoun-resolves-to-person",
    ),
    pytest.param(
        "Mayor Tom Reed told reporters:\n\n"
        '"The bridge will reopen in June after the repairs are finished."',
        [
            (
                '"The bridge will reopen in June after the repairs are finished."',
                "Tom Reed",
                "Mayor Tom Reed",
                "Mayor",
                None,
                "direct",
            )
        ],
        id="colon-lead-in-across-paragraphs",
    ),
    pytest.param(
        "“Nobody ever reads the manual before calling us.” — Steve Quinlan",
        [
            (
                "“Nobody ever reads the manual before calling us.”",
                "Steve Quinlan",
                "Steve Quinlan",
                None,
                None,
                "direct",
            )
        ],
        id="dash-byline",
    ),
    pytest.param(
        'Lars Holm was quoted as saying "the economy is in serious trouble".',
        [('"the economy is in serious trouble"', "Lars Holm", "Lars Holm", None, None, "partial")],
        id="passive-quoted-as-saying",
    ),
    pytest.param(
        '"Sales will recover next year," said Ruth Adler, the chief executive of Lumen Systems.',
        [
            (
                '"Sales will recover next year,"',
                "Ruth Adler",
                "Ruth Adler, the chief executive of Lumen Systems",
                "chief executive",
                "Lumen Systems",
                "direct",
            )
        ],
        id="apposition-chief-executive-of-org",
    ),
    pytest.param(
        '"We will appeal the ruling," Greenpeace spokesman Ivo Maas told a news conference.',
        [
            (
                '"We will appeal the ruling,"',
                "Ivo Maas",
                "Greenpeace spokesman Ivo Maas",
                "spokesman",
                "Greenpeace",
                "direct",
            )
        ],
        id="org-premodifier-role-name",
    ),
    pytest.param(
        '"We will win this race," Governor Ann Kay said.\n\n'
        '"Nobody can stop this movement now, not the polls and not the pundits."',
        [
            ('"We will win this race,"', "Ann Kay", "Governor Ann Kay", "Governor", None, "direct"),
            (
                '"Nobody can stop this movement now, not the polls and not the pundits."',
                "Ann Kay",
                "Governor Ann Kay",
                "Governor",
                None,
                "direct",
            ),
        ],
        id="follow-on-paragraph-keeps-speaker-and-mention",
    ),
    pytest.param(
        'Many experts said the plan was "unworkable".',
        [('"unworkable"', "Many experts", "Many experts", None, None, "partial")],
        id="group-speaker-partial-quote",
    ),
    pytest.param(
        '"It is a disaster," Smith said after the vote.',
        [('"It is a disaster,"', "Smith", "Smith", None, None, "direct")],
        id="surname-only",
    ),
    # Negative rows: quoted text nobody says is not a quote.
    pytest.param('She read the novel "War and Peace" twice last summer.', [], id="book-title"),
    pytest.param('The so-called "experts" were nowhere to be seen.', [], id="so-called"),
    pytest.param('The "reform" turned out to cost far more than promised.', [], id="scare-quote"),
    pytest.param('Dwayne "The Rock" Johnson arrived at the premiere.', [], id="nickname"),
    pytest.param(
        'Fiorina told "Fox and Friends" that she would run again.', [], id="show-name-as-addressee"
    ),
    pytest.param(
        '<tweet author="GovChristie" id="6721">Praying for all.</tweet>',
        [],
        id="markup-attribute-values",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_marked_quote_attribution(nlp, text, expected):
    assert [_row(q) for q in _marked(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"We are ready," the Kremlin said.', "organization"),
        ('"We are ready," China said.', "country"),
        ('"We are ready," Russia and China said in a joint statement.', "group"),
        ('"We are ready," said Maria Lopez.', "person"),
    ],
)
def test_speaker_kind(nlp, text, kind):
    (quote,) = _marked(nlp, text)
    assert quote.speaker is not None
    assert quote.speaker.kind == kind


def test_another_spokesman_takes_the_earlier_spokeswomans_organization(nlp):
    text = (
        "The Brazilian Health Ministry announced the plan on Monday.\n\n"
        '"The vaccine will reach every state by June," ministry spokeswoman Ana Costa said.\n\n'
        '"We have enough doses for everyone," another spokesman, Paulo Lima, told reporters.'
    )
    first, second = _marked(nlp, text)
    assert (first.speaker.name, first.speaker.role, first.speaker.organization) == (
        "Ana Costa",
        "spokeswoman",
        "Brazilian Health Ministry",
    )
    assert (second.speaker.name, second.speaker.role, second.speaker.organization) == (
        "Paulo Lima",
        "spokesman",
        "Brazilian Health Ministry",
    )
    assert second.speaker.mention.text == "another spokesman, Paulo Lima"


def test_follow_on_stops_when_someone_else_is_introduced(nlp):
    text = (
        '"We will win this race," Governor Ann Kay said.\n\n'
        "Her rival, Paul Smith, disagreed.\n\n"
        '"Nobody can stop this movement now, not the polls and not the pundits."'
    )
    quotes = _marked(nlp, text)
    assert quotes[-1].speaker is None or quotes[-1].speaker.name != "Ann Kay"


def test_ids_offsets_and_confidence_are_well_formed(nlp):
    text = (
        '"First," she said. Ann Berg had arrived. "Second point here," Ann Berg added, '
        'and the "reform" was passed, officials said.'
    )
    doc = nlp(text)
    quotes = attribute(doc, scan(text))
    assert [q.id for q in quotes] == [f"q{k}" for k in range(1, len(quotes) + 1)]
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert 0.0 <= q.confidence <= 1.0
        if q.speaker is not None:
            m = q.speaker.mention
            assert text[m.start : m.end] == m.text
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text


def test_empty_and_markless_text_give_no_marked_quotes(nlp):
    assert attribute(nlp(""), []) == []
    assert _marked(nlp, "Nothing was said here at all.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Senator Maria Lopez met Governor John Smith in Oslo on Monday.\n\n"
            '"We have a lot of work to do," Lopez said.',
            ("Maria Lopez", "Lopez", "Senator"),
            id="surname-takes-full-name-and-title-from-earlier-mention",
        ),
        pytest.param(
            "Prime Minister Anna Berg met Mr. John Smith in Oslo on Monday.\n\n"
            '"We have a lot of work to do," she said.',
            ("Anna Berg", "she", "Prime Minister"),
            id="she-skips-a-man-named-later",
        ),
        pytest.param(
            "Ms. Anna Berg met Mr. John Smith in Oslo on Monday.\n\n"
            '"We have a lot of work to do," he said.',
            ("John Smith", "he", None),
            id="he-resolves-to-the-man",
        ),
    ],
)
def test_earlier_mentions_resolve_names_roles_and_pronouns(nlp, text, expected):
    (quote,) = _marked(nlp, text)
    s = quote.speaker
    assert (s.name, s.mention.text, s.role) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'President Barack Obama said he expected that Americans will say "no" to the plan.',
            [("Barack Obama", "President Barack Obama", "said")],
            id="outermost-of-nested-reports",
        ),
        pytest.param(
            '"France will always be France," an angry Hollande retaliated. '
            '"It never gives up, because it still bears ideals."',
            [
                ("Hollande", "an angry Hollande", "retaliated"),
                ("Hollande", "an angry Hollande", None),
            ],
            id="any-verb-after-comma-closed-quote-then-follow-on",
        ),
        pytest.param(
            '"We need strong leadership," Trump told the Post. '
            '"And I am just not quite there yet, not yet."',
            [("Trump", "Trump", "told"), ("Trump", "Trump", "told")],
            id="follow-on-past-the-previous-cues-own-object",
        ),
        pytest.param(
            'Rep. Trey Gowdy (R-S.C.): "I have not heard anyone other than you cite that figure."',
            [("Trey Gowdy", "Rep. Trey Gowdy (R-S.C.)", ":")],
            id="name-colon-lead-in-with-parenthesis",
        ),
        pytest.param(
            'Clinton: "Our goal is to defeat ISIS." Bush: "The mission is to destroy ISIS."',
            [("Clinton", "Clinton", ":"), ("Bush", "Bush", ":")],
            id="two-name-colon-lead-ins-in-one-paragraph",
        ),
        pytest.param(
            '"It is time," said Skelly, explaining he had worked with the team for years.',
            [("Skelly", "Skelly", "said")],
            id="inverted-said-with-a-surname-the-tagger-misreads",
        ),
    ],
)
def test_cue_patterns_of_news_writing(nlp, text, expected):
    got = [
        (q.speaker.name, q.speaker.mention.text, q.cue.text if q.cue else None)
        for q in _marked(nlp, text)
    ]
    assert got == expected


def test_follow_on_survives_places_mentioned_in_passing(nlp):
    text = (
        '"We will win this race," Governor Ann Kay said.\n\n'
        "The campaign moves to Ohio and Texas next week.\n\n"
        '"Nobody can stop this movement now, not the polls and not the pundits."'
    )
    quotes = _marked(nlp, text)
    assert [(q.speaker.name, q.speaker.mention.text) for q in quotes] == [
        ("Ann Kay", "Governor Ann Kay"),
        ("Ann Kay", "Governor Ann Kay"),
    ]


def test_thousands_of_quotes_in_one_sentence_each_get_their_own_speaker(nlp):
    # One run-on sentence of 2000 quotes: the cue search is bounded to a window round each
    # quote, so this finishes, and each quote keeps the 'He said' right before it.
    text = 'He said "no" and ' * 2000
    quotes = find_quotes(nlp(text))
    assert len(quotes) == 2000
    assert all(q.text == '"no"' and q.cue is not None and q.cue.text == "said" for q in quotes)
    assert [q.speaker.mention.start if q.speaker else None for q in quotes] == [
        q.start - len("He said ") for q in quotes
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Smith said "no" and Jones said "yes".',
            [("Smith", '"no"'), ("Jones", '"yes"')],
            id="two-reports-joined-by-and",
        ),
        pytest.param(
            'He said "no" and she said "yes".',
            [("He", '"no"'), ("she", '"yes"')],
            id="two-pronoun-reports-joined-by-and",
        ),
        pytest.param(
            'Obama said Americans will say "no" to that.',
            [("Obama", '"no"')],
            id="nested-report-keeps-the-outer-speaker",
        ),
    ],
)
def test_conjoined_reports_keep_their_own_speakers(nlp, text, expected):
    got = [(q.speaker.mention.text if q.speaker else None, q.text) for q in _marked(nlp, text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "It was her eighth loss.\n\n"
            '"Who can remember how many states I have lost? Is it two? Three?" Clinton asks'
            " as a maintenance man walks in front of her on the stage.",
            "Clinton",
            id="question-then-long-attribution-sentence",
        ),
        pytest.param(
            "It was her eighth loss.\n\n"
            '"We will keep fighting for every single vote in every single state." Smith said'
            " the campaign would spend more money on advertising in the western states.",
            None,
            id="full-stop-then-a-new-statement-is-not-the-attribution",
        ),
    ],
)
def test_attribution_sentence_after_an_open_ended_quote(nlp, text, expected):
    quotes = _marked(nlp, text)
    assert [q.speaker.mention.text if q.speaker else None for q in quotes] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "They called him names.\n\n"
            '"We were tremendously wrong to not have confronted him from the beginning,"'
            " Ramos, 58, told AFP in an interview in Mexico City on Monday.",
            ("Ramos, 58", "told"),
            id="name-and-age-between-quote-and-verb",
        ),
        pytest.param(
            '"We will win," Sunday, Trump said.',
            ("Trump", "said"),
            id="time-word-before-the-name-is-not-the-speaker",
        ),
    ],
)
def test_speaker_phrase_between_quote_and_verb(nlp, text, expected):
    quotes = _marked(nlp, text)
    assert [(q.speaker.mention.text, q.cue.text) for q in quotes if q.speaker and q.cue] == [
        expected
    ]
