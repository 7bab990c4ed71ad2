import pytest

from claims.splitter import split_sentences

CASES = [
    ("Dr. Smith et al. reported a 2.5 mg/kg dose (p < 0.05) vs. placebo; see e.g. nhs.uk for details. It works.",
     ["Dr. Smith et al. reported a 2.5 mg/kg dose (p < 0.05) vs. placebo; see e.g. nhs.uk for details.", "It works."]),
    ("Visit ukmushroom.example today. It ships fast.", ["Visit ukmushroom.example today.", "It ships fast."]),
    ("The U.K. Home Office agrees. So does the U.S. FDA.", ["The U.K. Home Office agrees.", "So does the U.S. FDA."]),
    ("Approx. 45% responded. Remission was lower.", ["Approx. 45% responded.", "Remission was lower."]),
    ('He said "it works." Then he left.', ['He said "it works."', "Then he left."]),
    ("Wait... is that true? Yes! It is.", ["Wait... is that true?", "Yes!", "It is."]),
    ("It fades… Most relapse.", ["It fades…", "Most relapse."]),
    ("Doses of 0.5 mg/kg were used. J. Smith ran it.", ["Doses of 0.5 mg/kg were used.", "J. Smith ran it."]),
    ("", []),
    ("   ", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_split(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected
