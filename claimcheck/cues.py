"""Lexicons of how news writes reported speech: reporting verbs, cue nouns, roles, organisations.

Plain frozensets of lowercase lemmas, so rules elsewhere read as ``lemma in REPORTING_VERBS``.
They come from how English news attributes statements, not from any particular article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def _words(block: str) -> frozenset[str]:
    """A lexicon written as whitespace-separated words, one block per list."""
    return frozenset(block.split())


# Verbs that introduce what someone said or wrote. Broad on purpose: a marked quote next to
# one of these is almost always attributed through it.
REPORTING_VERBS: frozenset[str] = _words(
    """
    say tell announce add write tweet retweet post insist warn argue describe call explain note
    claim ask reply respond answer declare state affirm reaffirm assert acknowledge admit
    concede confirm deny reveal report recall remark comment observe mention suggest propose
    predict promise pledge vow boast brag complain lament joke quip scoff sneer snap shout yell
    scream cry whisper mutter murmur exclaim urge plead beg demand charge accuse allege contend
    maintain testify tout praise criticize criticise blast slam attack mock dismiss
    proclaim pronounce recount relate repeat reiterate stress emphasize emphasise underline
    caution threaten conclude continue tease text email message blog chant sing
    opine muse wonder quote cite label dub brand term declare counter retort rebut interject
    chime agree disagree object protest concur summarize summarise describe characterize
    characterise posit theorize theorise speculate estimate forecast advise recommend instruct
    inform notify assure reassure guarantee swear reference portray refer grouse gripe rail
    fume rant hint echo marvel recount scold chide lecture rebuke ridicule taunt react press
    question shoot speak talk laugh beam gush sigh smile shrug cheer roar bellow snarl
    read
    """
)

# Verb + particle pairs that report speech while the verb alone does not ("fired back",
# "pointed out", "weighed in"): the parser gives the particle the ``prt`` dependency.
PHRASAL_REPORTING_VERBS: frozenset[tuple[str, str]] = frozenset(
    (verb, particle)
    for verb, _, particle in (
        pair.partition("_")
        for pair in _words(
            """
            point_out fire_back hit_back shoot_back lash_out weigh_in chime_in spell_out
            write_back speak_out call_out sound_off push_back cry_out cut_in go_on
            """
        )
    )
)

# Verbs that report a finding or a view only when they take a that-clause: "Pew found that
# '…'", "Ryan worried that '…'"; "found the plan 'very professional'" or "was found guilty"
# report nothing.
THAT_CLAUSE_VERBS: frozenset[str] = _words(
    """
    find project imply worry recognize recognise conclude determine
    """
)

# The narrower set that takes a reported clause ("X said (that) ..."): these make indirect
# speech. Verbs like "call" or "praise" take an object, not a statement, so they are left out.
CLAUSE_VERBS: frozenset[str] = _words(
    """
    say tell announce add write tweet post insist warn argue explain note claim declare state
    affirm assert acknowledge admit concede confirm deny reveal report recall remark comment
    observe mention suggest predict promise pledge vow boast complain contend maintain testify
    stress emphasize emphasise caution threaten conclude allege charge reiterate repeat
    assure reassure guarantee swear estimate forecast speculate agree disagree counter reply
    respond answer inform
    """
)

# Nouns that stand for an act of speaking: "in a statement", "told a news conference",
# "in an interview with ...". They make the sentence's subject the speaker.
CUE_NOUNS: frozenset[str] = _words(
    """
    statement interview conference briefing remarks remark speech address tweet post message
    email letter op-ed oped column editorial testimony hearing rally appearance podcast
    broadcast release communique communiqué announcement comment comments response reply
    assertion claim contention suggestion promise pledge warning argument description
    accusation allegation insistence vow denial admission complaint criticism question answer
    words quote prediction explanation declaration
    """
)

# Words naming a role a speaker holds. Multiword roles are matched on their last word, with
# the modifiers that belong to the role ("chief", "deputy", "press") kept with it.
ROLE_NOUNS: frozenset[str] = _words(
    """
    spokesman spokeswoman spokesperson spokespeople representative rep secretary minister
    president vice-president chairman chairwoman chairperson chair director executive officer
    ceo cfo coo cto founder co-founder head chief leader manager governor senator congressman
    congresswoman lawmaker legislator mayor ambassador envoy diplomat adviser advisor aide
    official strategist consultant analyst economist expert professor researcher scientist
    lawyer attorney prosecutor judge justice commissioner superintendent sheriff general
    admiral colonel captain commander candidate nominee chancellor premier prime_minister
    king queen prince princess pope bishop cardinal editor correspondent reporter columnist
    anchor host author writer historian pollster partner owner treasurer counsel deputy
    whip speaker mp senator-elect president-elect economist strategist organizer organiser
    activist campaigner volunteer member delegate negotiator inspector auditor regulator
    moderator interviewer panelist panellist presenter commentator pundit contributor
    narrator questioner
    """
)

# Modifiers that belong to a role rather than to the organisation ("chief executive",
# "deputy spokesman", "press secretary", "former senator").
ROLE_MODIFIERS: frozenset[str] = _words(
    """
    chief deputy assistant associate senior junior vice executive press foreign general
    former acting interim managing principal lead head top special associate co- national
    communications campaign prime first attorney
    """
)

# Titles written before a name: "Senator Y", "President Y", "Dr. Y".
TITLES: frozenset[str] = _words(
    """
    president senator sen. rep. representative governor gov. mayor secretary minister
    chancellor premier king queen prince princess pope judge justice general gen. admiral
    colonel col. captain capt. commissioner ambassador sheriff dr. professor prof. rev.
    reverend speaker chairman chairwoman
    """
)

# Head nouns of organisation names that NER may miss or label as a place or facility.
ORG_HEADS: frozenset[str] = _words(
    """
    kremlin ministry government administration department office agency committee commission
    council parliament congress senate house cabinet court police army military navy
    customs bureau authority authorities embassy consulate campaign party union company
    corporation firm bank group organization organisation institute foundation association
    newspaper daily paper magazine network channel station broadcaster agency website
    university college school hospital board team club league federation coalition
    secretariat directorate service services spokesperson's pentagon
    """
)

# Nouns a writer uses for a group of unnamed speakers.
GROUP_NOUNS: frozenset[str] = _words(
    """
    experts analysts officials critics observers supporters opponents residents people
    voters witnesses sources economists diplomats lawmakers leaders activists protesters
    scientists researchers investors traders advocates aides allies democrats republicans
    """
)

# Nouns for ordinary people, one of whom can be a speaker ("one woman said", "A retiree in
# Tampa:"); a vox pop describes its unnamed voices by them.
PERSON_NOUNS: frozenset[str] = _words(
    """
    woman man mother father mom dad son daughter grandmother grandfather grandparent wife
    husband parent child kid teen teenager student graduate veteran resident retiree voter
    neighbor neighbour friend fan customer shopper driver worker nurse teacher farmer owner
    immigrant refugee patient doctor commuter rider passenger traveler traveller tourist
    viewer reader listener caller protester supporter attendee participant employee
    entrepreneur mechanic electrician plumber contractor homeowner renter tenant landlord
    pastor priest rabbi imam coach player athlete musician artist bartender waiter waitress
    cashier clerk miner trucker firefighter officer soldier sailor marine citizen local
    """
)

PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "i", "him", "her", "me"})
GROUP_PRONOUNS: frozenset[str] = frozenset({"they", "we", "them", "us"})

# Nouns that say a quoted phrase is the name of something, not words someone said.
TITLE_OF_WORK_NOUNS: frozenset[str] = _words(
    """
    book novel film movie show series program programme song album play musical episode
    article essay poem documentary podcast column headline hashtag nickname operation bill
    magazine newspaper painting exhibition game app
    """
)

# Things that carry their issuer's words: "Trump released a video that said '…'" quotes Trump.
ISSUED_TEXT_NOUNS: frozenset[str] = _words(
    """
    sign banner placard poster shirt t-shirt message tweet post email e-mail letter memo note
    statement release video ad advertisement commercial spot mailer flyer editorial piece
    column op-ed article essay report resolution document clause petition
    """
)


def role_family(role: str | None) -> str | None:
    """The role with gendered forms merged ("spokeswoman" → "spokesperson"), or None.

    "Another spokesman" links to an earlier spokeswoman's organisation through this.
    """
    if not role:
        return None
    last = role.lower().split()[-1]
    for stem in ("spokes", "chair", "congress"):
        if last.startswith(stem):
            return stem
    return last


def reports_speech(tok: Token) -> bool:
    """Whether ``tok`` is a reporting verb: one of the list, or a verb and particle that
    report together ("cut in", "went on", "fired back")."""
    lemma = tok.lemma_.lower()
    if lemma in REPORTING_VERBS:
        return True
    for c in tok.children:
        if c.dep_ != "prt" or (lemma, c.lower_) not in PHRASAL_REPORTING_VERBS:
            continue
        if (lemma, c.lower_) in _SPEECH_ONLY_BEFORE_WORDS:
            # "The rally went on for hours" is no report; "he went on: “…”" and "went on,
            # “…”" are, as is "went on that …".
            after = tok.doc[c.i + 1] if c.i + 1 < len(tok.doc) else None
            said = after is not None and after.text[:1] in _OPENERS
            return said or any(k.dep_ == "ccomp" for k in tok.children)
        return True
    return False


# Pairs that also narrate ("went on for hours"): they report only before the words.
_SPEECH_ONLY_BEFORE_WORDS = frozenset({("go", "on")})
_OPENERS = frozenset(':,"“‘\'«')
