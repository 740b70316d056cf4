"""Weights of the attribution confidence model (see :mod:`.attribution_confidence`).

Written by ``benchmarks/confidence.py --split train --refit``; do not edit by hand.
Fitted on commit 13b5b4f: 2788 matched PolNeAR train quotes with a speaker,
2631 of them right. Beside each weight: quotes with the feature, right ones.
"""

BIAS = 1.0534
SOURCE: dict[str, float] = {
    "according": 0.8837,  # 24 quotes, 23 right
    "acting": -0.0519,  # 22 quotes, 18 right
    "clause_subject": 0.2771,  # 23 quotes, 16 right
    "dash": 0.1773,  # 5 quotes, 5 right
    "follow_on": -0.1214,  # 44 quotes, 35 right
    "lead": -0.2464,  # 445 quotes, 428 right
    "noun": -1.1296,  # 39 quotes, 17 right
    "topic": -1.0364,  # 4 quotes, 0 right
    "verb": 0.7635,  # 1882 quotes, 1796 right
    "verb_inverted": 0.4841,  # 300 quotes, 293 right
}
UNLINKED: dict[str, float] = {
    "according": 0.0911,  # 1 quotes, 1 right
    "lead": 0.6583,  # 396 quotes, 388 right
    "noun": 0.3398,  # 18 quotes, 10 right
    "verb": -0.4351,  # 186 quotes, 172 right
    "verb_inverted": 0.3570,  # 39 quotes, 39 right
}
MENTION: dict[str, float] = {
    "group": -0.6949,  # 55 quotes, 40 right
    "name": 0.6784,  # 627 quotes, 604 right
    "organization": 0.3354,  # 133 quotes, 123 right
    "other": -0.5869,  # 154 quotes, 125 right
    "person_noun": -0.3892,  # 1 quotes, 0 right
    "pronoun": 0.3644,  # 689 quotes, 654 right
    "role_named": -0.6654,  # 63 quotes, 47 right
    "surname": 0.9582,  # 1066 quotes, 1038 right
}
DISTANCE: dict[str, float] = {
    "paragraph": 0.8228,  # 454 quotes, 441 right
    "previous": -1.0574,  # 24 quotes, 16 right
    "sentence": 0.2346,  # 2310 quotes, 2174 right
}
SHAPE: dict[str, float] = {
    "direct": 0.4174,  # 1901 quotes, 1837 right
    "fragment": -0.3791,  # 411 quotes, 357 right
    "partial": -0.0383,  # 476 quotes, 437 right
}
CUE_WORD: dict[str, float] = {
    "none": -0.8807,  # 71 quotes, 51 right
    "other": -0.0274,  # 665 quotes, 578 right
    "say": 0.9081,  # 2052 quotes, 2002 right
}
RIVAL = -0.1479  # 264 quotes, 249 right
NEARER = -0.5770  # 21 quotes, 18 right
# A quote with no speaker is right when its gold names nobody: 8 of 20.
NO_SPEAKER = 0.37
