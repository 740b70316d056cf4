"""Weights of the attribution confidence model (see :mod:`.attribution_confidence`).

Written by ``benchmarks/confidence.py --split train --refit``; do not edit by hand.
Fitted on commit b1b9332: 2788 matched PolNeAR train quotes with a speaker,
2631 of them right. Beside each weight: quotes with the feature, right ones.
"""

BIAS = 0.8648
SOURCE: dict[str, float] = {
    "according": 0.9588,  # 24 quotes, 23 right
    "acting": -0.0187,  # 22 quotes, 18 right
    "clause_subject": -0.2350,  # 23 quotes, 16 right
    "dash": 0.1610,  # 5 quotes, 5 right
    "follow_on": -0.7635,  # 44 quotes, 35 right
    "lead": -0.1579,  # 445 quotes, 428 right
    "noun": -1.0582,  # 39 quotes, 17 right
    "topic": -1.2588,  # 4 quotes, 0 right
    "verb": 1.2716,  # 1882 quotes, 1796 right
    "verb_inverted": 1.1007,  # 300 quotes, 293 right
}
UNLINKED: dict[str, float] = {
    "according": 0.0943,  # 1 quotes, 1 right
    "lead": 1.1739,  # 396 quotes, 388 right
    "noun": 0.3665,  # 18 quotes, 10 right
    "verb": -0.4917,  # 186 quotes, 172 right
    "verb_inverted": 0.3667,  # 39 quotes, 39 right
}
MENTION: dict[str, float] = {
    "group": -0.7393,  # 55 quotes, 40 right
    "name": 0.7586,  # 627 quotes, 604 right
    "organization": 0.2989,  # 133 quotes, 123 right
    "other": -0.7218,  # 154 quotes, 125 right
    "person_noun": -0.4154,  # 1 quotes, 0 right
    "pronoun": 0.4243,  # 689 quotes, 654 right
    "role_named": -0.6413,  # 63 quotes, 47 right
    "surname": 1.0358,  # 1066 quotes, 1038 right
}
DISTANCE: dict[str, float] = {
    "paragraph": 0.8361,  # 454 quotes, 441 right
    "previous": -1.1895,  # 24 quotes, 16 right
    "sentence": 0.3534,  # 2310 quotes, 2174 right
}
SHAPE: dict[str, float] = {
    "direct": 0.5560,  # 1901 quotes, 1837 right
    "fragment": -0.4836,  # 411 quotes, 357 right
    "partial": -0.0725,  # 476 quotes, 437 right
}
RIVAL = -0.0632  # 307 quotes, 291 right
# A quote with no speaker is right when its gold names nobody: 8 of 20.
NO_SPEAKER = 0.37
