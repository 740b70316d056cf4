"""Weights of the attribution confidence model (see :mod:`.attribution_confidence`).

Written by ``benchmarks/confidence.py --split train --refit``; do not edit by hand.
Fitted on commit 320faba: 8024 matched PolNeAR train quotes with a speaker,
7573 of them right. Beside each weight: quotes with the feature, right ones.
"""

BIAS = 1.3627
SOURCE: dict[str, float] = {
    "according": 1.6633,  # 83 quotes, 80 right
    "acting": -0.1343,  # 80 quotes, 65 right
    "clause_subject": 0.0739,  # 43 quotes, 28 right
    "dash": 0.1265,  # 5 quotes, 5 right
    "follow_on": -0.1967,  # 143 quotes, 114 right
    "lead": -0.8793,  # 1242 quotes, 1204 right
    "named_after": 0.0286,  # 1 quotes, 1 right
    "noun": -0.9149,  # 116 quotes, 62 right
    "record": 0.0681,  # 1 quotes, 1 right
    "topic": -0.8092,  # 12 quotes, 7 right
    "verb": 0.6450,  # 5369 quotes, 5098 right
    "verb_inverted": 0.3290,  # 929 quotes, 908 right
}
UNLINKED: dict[str, float] = {
    "according": 0.1112,  # 3 quotes, 3 right
    "lead": 1.0453,  # 1151 quotes, 1133 right
    "noun": -0.2403,  # 52 quotes, 27 right
    "verb": -0.9086,  # 525 quotes, 473 right
    "verb_inverted": 0.0966,  # 128 quotes, 125 right
}
MENTION: dict[str, float] = {
    "group": -0.7905,  # 154 quotes, 113 right
    "name": 0.8027,  # 1701 quotes, 1648 right
    "organization": 0.0062,  # 307 quotes, 276 right
    "other": -0.3891,  # 384 quotes, 328 right
    "person_noun": -0.1768,  # 101 quotes, 92 right
    "pronoun": 0.2905,  # 2064 quotes, 1944 right
    "role_named": -0.4743,  # 160 quotes, 124 right
    "surname": 0.7313,  # 3153 quotes, 3048 right
}
DISTANCE: dict[str, float] = {
    "far": -0.4781,  # 9 quotes, 6 right
    "paragraph": 0.8191,  # 1309 quotes, 1275 right
    "previous": -0.5963,  # 79 quotes, 62 right
    "sentence": 0.2553,  # 6627 quotes, 6230 right
}
SHAPE: dict[str, float] = {
    "direct": 0.6934,  # 5416 quotes, 5270 right
    "fragment": -0.5777,  # 1212 quotes, 1029 right
    "partial": -0.1157,  # 1396 quotes, 1274 right
}
CUE_WORD: dict[str, float] = {
    "none": -0.9033,  # 199 quotes, 150 right
    "other": -0.0581,  # 1864 quotes, 1597 right
    "say": 0.9614,  # 5961 quotes, 5826 right
}
CROWDED = -0.6896  # 1397 quotes, 1263 right
RIVAL = -0.1988  # 852 quotes, 795 right
NEARER = 0.0000  # 521 quotes, 493 right
# A quote with no speaker is right when its gold names nobody: 18 of 55.
NO_SPEAKER = 0.32
