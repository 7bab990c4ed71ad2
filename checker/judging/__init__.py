"""Judging the sentences of one document: does a claim match a reference claim, and does a sentence sell.

Matching: `matching.py` takes each claim's candidates from the BM25 index (`index.py`, over the normalised terms of
`text.py`; cached on disk by `cache.py` in the data-only layout of `cachefile.py`) and judges it against each
candidate in `decision.py`: is it about the reference's subject, in its place, does it assert the reference's
proposition, and with which polarity. `frame.py`, `subjects.py`, `places.py`, `polarity.py` and `texts.py` compute
what the decision reads; `thresholds.py` holds every number that decides a match. Promotion: `promotion.py` weighs
the named signals of `signals/`. `checker.engine` turns both into a document's findings."""
