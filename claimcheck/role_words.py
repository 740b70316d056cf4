"""Which words describe the same person or organisation: "Gov." and "governor", "carmaker" and
"company", "The New York Times" and "the newspaper".

News introduces a name with a title or a description and then uses a word of the same family
alone ("Sen. Marco Rubio … the senator", "German carmaker Volkswagen … the company"). These
tables say which words belong together; none of the functions raises.
"""

from __future__ import annotations

__all__ = [
    "OFFICE_NOUNS",
    "ORG_NOUNS",
    "PERSON_DESCRIPTORS",
    "PERSON_MAKERS",
    "SPORT_ROLES",
    "family_fits",
    "fits",
    "org_name_fits",
    "word_family",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Nouns describing a person that are no office ("the billionaire", "the front-runner").
PERSON_DESCRIPTORS: frozenset[str] = _words(
    """
    billionaire businessman businesswoman mogul magnate tycoon developer entrepreneur
    front-runner frontrunner hopeful contender incumbent challenger newcomer outsider
    actor actress singer rapper comedian celebrity neurosurgeon surgeon physician doctor
    pastor preacher evangelist philanthropist heiress investor
    """
)

# Offices a person holds that the speaker tables (cues.ROLE_NOUNS) leave out: news writes
# them like any role ("Its administrator, Marcus Tevlin, said", "the dean said").
OFFICE_NOUNS: frozenset[str] = _words(
    """
    administrator coordinator supervisor dean provost rector registrar curator ombudsman
    ombudsperson comptroller warden trustee chaplain headteacher headmaster headmistress
    principal planner architect engineer marshal constable detective investigator
    """
)

# A player's position or standing, used for the player the report is about ("Mensah, who
# has scored in three matches, … the striker said"): the role is read from the sport.
SPORT_ROLES: frozenset[str] = _words(
    """
    striker forward midfielder defender goalkeeper keeper goalie winger fullback full-back
    centre-back center-back playmaker skipper quarterback pitcher catcher shortstop
    outfielder infielder slugger linebacker batsman batter bowler all-rounder fly-half
    scrum-half sprinter swimmer cyclist golfer boxer jockey tennis-player
    """
)
PERSON_DESCRIPTORS = PERSON_DESCRIPTORS | SPORT_ROLES

# Nouns a writer uses for an organisation already named ("the carmaker", "the newspaper").
ORG_NOUNS: frozenset[str] = _words(
    """
    company firm corporation carmaker automaker retailer manufacturer airline insurer
    conglomerate newspaper paper daily tabloid magazine publication network broadcaster
    channel station agency department bureau ministry administration committee commission
    campaign group organization organisation coalition foundation institute union party
    website site outlet
    """
)

# Titles and variants spelled out to the word they stand for.
_SAME: dict[str, str] = {
    "gov.": "governor",
    "gov": "governor",
    "sen.": "senator",
    "sen": "senator",
    "rep.": "representative",
    "rep": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "congressperson": "representative",
    "gen.": "general",
    "col.": "colonel",
    "capt.": "captain",
    "lt.": "lieutenant",
    "sgt.": "sergeant",
    "dr.": "doctor",
    "prof.": "professor",
    "atty.": "attorney",
    "supt.": "superintendent",
    "pres.": "president",
    "frontrunner": "front-runner",
    "businesswoman": "businessman",
    "automaker": "carmaker",
    "organisation": "organization",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "site": "website",
}

# A general word fits the narrower words of its kind: "the lawmaker" after "Sen. X", "the
# company" after "carmaker Volkswagen", "the newspaper" after "the paper".
_BROADER: dict[str, frozenset[str]] = {
    "lawmaker": _words("senator representative legislator"),
    "legislator": _words("senator representative lawmaker"),
    "businessman": _words("billionaire mogul developer magnate tycoon entrepreneur"),
    "candidate": _words("nominee hopeful contender front-runner"),
    "company": _words(
        "firm corporation carmaker retailer manufacturer airline insurer conglomerate"
    ),
    "firm": _words("company corporation"),
    "newspaper": _words("paper daily tabloid"),
    "paper": _words("newspaper daily tabloid"),
    "publication": _words("newspaper paper daily magazine"),
    "outlet": _words("newspaper paper daily magazine network broadcaster website"),
    "network": _words("broadcaster channel"),
    "group": _words("organization coalition"),
}

# "-maker" words that name a person, not a company
PERSON_MAKERS = _words(
    "lawmaker policymaker filmmaker homemaker peacemaker kingmaker rainmaker matchmaker "
    "playmaker dressmaker shoemaker troublemaker decisionmaker decision-maker moviemaker"
)

# Words that describe a company without naming its trade.
_COMPANY_WORDS = _words("giant maker supplier lender chain startup start-up utility insurer")

# Words in an organisation's own name that say what kind it is.
_NAME_WORDS: dict[str, frozenset[str]] = {
    "newspaper": _words(
        """times post journal tribune herald gazette globe daily register inquirer chronicle
        star sun observer guardian telegraph examiner bee dispatch courier"""
    ),
    "network": _words(
        """news network tv television broadcasting radio
        cnn msnbc nbc abc cbs pbs npr bbc fox c-span espn"""
    ),
    "company": _words(
        """inc inc. corp corp. co co. llc ltd ltd. plc corporation company holdings motors
        airlines airways lines foods brands systems technologies labs devices therapeutics
        pharmaceuticals energy power electric utilities industries enterprises partners
        manufacturing logistics freight grain steel mining motor"""
    ),
    "magazine": _words("magazine weekly monthly"),
}
_NAME_WORDS["paper"] = _NAME_WORDS["newspaper"]
_NAME_WORDS["daily"] = _NAME_WORDS["newspaper"]
_NAME_WORDS["firm"] = _NAME_WORDS["company"]
_NAME_WORDS["broadcaster"] = _NAME_WORDS["network"]
_NAME_WORDS["outlet"] = _NAME_WORDS["newspaper"] | _NAME_WORDS["network"]


def word_family(word: str) -> str:
    """``word`` (lower case) spelled out: a title to its office, a variant to its usual form."""
    return _SAME.get(word, word)


def fits(description: str, word: str) -> bool:
    """Whether an earlier ``word`` (lower case) describes what ``description`` refers back to:
    the same word or title ("governor", "gov."), a variant ("spokeswoman" for
    "spokesperson"), or a narrower word of its kind ("carmaker" for "company")."""
    target, own = word_family(description), word_family(word)
    if own == target or own in _BROADER.get(target, frozenset()):
        return True
    # 'chipmaker Nexor', 'drugmaker Alvora', 'Agritech giant Hollis Grain': a maker of
    # something, or a giant of an industry, is a company.
    # A "-maker" that is a person's role ('lawmaker', 'policymaker', 'filmmaker') is no company.
    return target in ("company", "firm") and (
        own in _COMPANY_WORDS
        or (own.endswith("maker") and len(own) > len("maker") and own not in PERSON_MAKERS)
    )


def org_name_fits(name: str, description: str) -> bool:
    """Whether an organisation's name says it is what ``description`` calls it: the word in
    the name ("Environmental Protection Agency" is an agency) or a word of the kind's names
    ("The Washington Post" is a newspaper, "Fox News" a network, "Acme Corp." a company)."""
    words = {w.strip(",.’'").lower() for w in name.split()} | {w.lower() for w in name.split()}
    target = word_family(description)
    kinds = {target, *_BROADER.get(target, frozenset())}
    if any(word_family(w) in kinds for w in words):
        return True
    return any(words & _NAME_WORDS.get(kind, frozenset()) for kind in kinds)


def family_fits(description: str, role: str | None) -> bool:
    """Whether a role the article gave someone ("Gov.", "former Secretary", "spokeswoman")
    fits ``description``, read on the role's last word."""
    if not role:
        return False
    return fits(description, role.lower().split()[-1])
