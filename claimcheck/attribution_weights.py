"""Weights of the attribution confidence model (see :mod:`.attribution_confidence`).

Written by ``benchmarks/confidence.py --split train --refit``; do not edit by hand.
Fitted on commit 8db4674: 8024 matched PolNeAR train quotes with a speaker,
7573 of them right. Beside each weight: quotes with the feature, right ones.
"""

BIAS = 1.3628
SOURCE: dict[str, float] = {
    "according": 1.6632,  # 83 quotes, 80 right
    "acting": -0.1347,  # 80 quotes, 65 right
    "clause_subject": 0.0738,  # 43 quotes, 28 right
    "dash": 0.1266,  # 5 quotes, 5 right
    "follow_on": -0.1965,  # 143 quotes, 114 right
    "lead": -0.8788,  # 1242 quotes, 1204 right
    "named_after": 0.0287,  # 1 quotes, 1 right
    "noun": -0.9161,  # 116 quotes, 62 right
    "record": 0.0681,  # 1 quotes, 1 right
    "topic": -0.8097,  # 12 quotes, 7 right
    "verb": 0.6446,  # 5369 quotes, 5098 right
    "verb_inverted": 0.3308,  # 929 quotes, 908 right
}
UNLINKED: dict[str, float] = {
    "according": 0.1111,  # 3 quotes, 3 right
    "lead": 1.0449,  # 1151 quotes, 1133 right
    "noun": -0.2460,  # 52 quotes, 27 right
    "verb": -0.9090,  # 525 quotes, 473 right
    "verb_inverted": 0.0965,  # 128 quotes, 125 right
}
MENTION: dict[str, float] = {
    "group": -0.7902,  # 154 quotes, 113 right
    "name": 0.7981,  # 1696 quotes, 1643 right
    "organization": 0.0065,  # 307 quotes, 276 right
    "other": -0.3887,  # 384 quotes, 328 right
    "person_noun": -0.1763,  # 101 quotes, 92 right
    "pronoun": 0.2894,  # 2064 quotes, 1944 right
    "role_named": -0.4734,  # 160 quotes, 124 right
    "surname": 0.7346,  # 3158 quotes, 3053 right
}
DISTANCE: dict[str, float] = {
    "far": -0.4785,  # 9 quotes, 6 right
    "paragraph": 0.8193,  # 1309 quotes, 1275 right
    "previous": -0.5962,  # 79 quotes, 62 right
    "sentence": 0.2553,  # 6627 quotes, 6230 right
}
SHAPE: dict[str, float] = {
    "direct": 0.6926,  # 5416 quotes, 5270 right
    "fragment": -0.5774,  # 1212 quotes, 1029 right
    "partial": -0.1152,  # 1396 quotes, 1274 right
}
CUE_WORD: dict[str, float] = {
    "none": -0.9037,  # 199 quotes, 150 right
    "other": -0.0579,  # 1864 quotes, 1597 right
    "say": 0.9615,  # 5961 quotes, 5826 right
}
CROWDED = -0.6904  # 1397 quotes, 1263 right
RIVAL = -0.1967  # 849 quotes, 793 right
NEARER = 0.0000  # 512 quotes, 483 right
# A quote with no speaker is right when its gold names nobody: 18 of 55.
NO_SPEAKER = 0.32
