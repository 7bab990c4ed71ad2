"""Judging one sentence against one reference claim: is it about the reference's subject, in its place, does it
assert the reference's proposition, and with which polarity. `decision.py` holds the decision; the other modules
compute what it reads."""
