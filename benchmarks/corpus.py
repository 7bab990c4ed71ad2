"""Generate realistic, repeatable benchmark inputs for claimsift.

    python benchmarks/corpus.py articles OUT --count 10000 [--seed 0]
    python benchmarks/corpus.py corpus-table OUT.jsonl --count 1000      # or .csv, .parquet
    python benchmarks/corpus.py table OUT --claims 50000

Three kinds of input, all seeded so that a run can be repeated byte for byte:

* articles: health articles in Markdown (about 80%) and HTML (about 20%), about 5 KB and 40 sentences each,
  about ketamine, psilocybin, MDMA, cannabis and CBD, SSRIs, melatonin, herbal remedies and supplements. They
  have what real pages have (front matter, headings, lists with a lead-in, links, code blocks, questions,
  advice, shop plugs, HTML furniture and scripts), so readers, splitter, classifier, matcher and promotion
  signals all do the work they do on real content. Most sentences are generic prose built from templates
  and word lists; a few paraphrase statements of the default table, so some claims really match.
* a corpus table: the same articles as one JSONL, CSV or Parquet file (`id`, `text`, `format`).
* a source table: the default table plus generated reference claims, to measure loading and indexing at
  scale (for example 50,000 rows that share words like "ketamine" and "depression"). Every generated row
  cites a generated source `gen-…` at https://example.org/claimsift-benchmark/<n>: the table is for speed
  measurements only and must never be shipped or used to check anything.

Only the standard library is used (pyarrow for Parquet, if installed); `sources` is imported only to find
the default table.
"""
from __future__ import annotations

import argparse
import csv
import html
import io
import json
import random
import re
import time
from pathlib import Path
from typing import Callable, NamedTuple

FILES_PER_FOLDER = 1000


# --------------------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------------------

class Substance(NamedTuple):
    name: str  # as it reads inside a sentence
    subject: str  # the table's `subject` column
    topic: str
    kind: str
    mechanism: str
    routes: tuple[str, ...]
    doses: tuple[tuple[float, float, str], ...]  # low, high, unit
    conditions: tuple[str, ...]
    effects: tuple[str, ...]
    uk_status: str
    us_status: str
    weight: int  # how often it is the topic: ketamine and psilocybin dominate, as in the real table


SUBSTANCES = (
    Substance(
        "ketamine", "ketamine", "ketamine", "a dissociative anaesthetic", "blocking NMDA receptors for glutamate",
        ("as an intravenous infusion", "as an intramuscular injection", "as a lozenge", "as a nasal spray"),
        ((0.5, 1.0, "mg/kg"), (25, 200, "mg")),
        ("treatment-resistant depression", "major depression", "suicidal thoughts", "bipolar depression",
         "post-traumatic stress disorder", "chronic pain"),
        ("dissociation", "raised blood pressure", "nausea", "dizziness", "blurred vision", "bladder pain",
         "feeling detached from the body"),
        "a Class B drug", "a Schedule III controlled substance", 7,
    ),
    Substance(
        "esketamine", "esketamine", "esketamine", "a nasal spray form of ketamine",
        "blocking NMDA receptors more strongly than the mirror-image form",
        ("as a nasal spray",), ((28, 84, "mg"),),
        ("treatment-resistant depression", "major depression with suicidal thoughts"),
        ("dissociation", "dizziness", "vertigo", "an altered sense of taste", "raised blood pressure", "sedation"),
        "a prescription-only controlled medicine", "a Schedule III controlled substance", 3,
    ),
    Substance(
        "psilocybin", "psilocybin", "psilocybin", "a psychedelic compound found in magic mushrooms",
        "activating serotonin 2A receptors",
        ("as a capsule", "in dried mushrooms", "as a tea", "in chocolate"),
        ((10, 25, "mg"), (0.1, 3.5, "g of dried mushroom")),
        ("treatment-resistant depression", "major depression", "alcohol use disorder", "anxiety in people with cancer",
         "anorexia nervosa", "smoking addiction"),
        ("headache", "nausea", "anxiety during the session", "a raised heart rate", "visual distortions", "confusion"),
        "a Class A drug", "a Schedule I controlled substance", 5,
    ),
    Substance(
        "MDMA", "mdma", "mdma", "a stimulant with psychedelic effects", "releasing serotonin, dopamine and noradrenaline",
        ("as a capsule", "as a powder", "as a tablet"), ((80, 180, "mg"),),
        ("post-traumatic stress disorder", "social anxiety in autistic adults", "alcohol use disorder"),
        ("jaw clenching", "a raised body temperature", "low mood in the days after use", "muscle tightness", "sweating"),
        "a Class A drug", "a Schedule I controlled substance", 2,
    ),
    Substance(
        "cannabis", "cannabis", "cannabis", "a plant drug containing THC and CBD", "acting on cannabinoid receptors",
        ("smoked", "as an oil", "in edibles", "through a vaporiser"), ((2.5, 20, "mg of THC"),),
        ("chronic pain", "spasticity in multiple sclerosis", "nausea from chemotherapy", "insomnia", "anxiety"),
        ("dry mouth", "drowsiness", "paranoia", "memory problems", "a racing heartbeat"),
        "a Class B drug", "a Schedule I drug under federal law", 3,
    ),
    Substance(
        "CBD", "cbd", "cbd", "a non-intoxicating compound from the cannabis plant",
        "acting on serotonin and cannabinoid receptors",
        ("as oil drops under the tongue", "in gummies", "in capsules", "in vape liquids"), ((5, 70, "mg a day"),),
        ("anxiety", "insomnia", "epilepsy", "chronic pain", "depression"),
        ("drowsiness", "diarrhoea", "changes in liver enzymes", "reduced appetite"),
        "sold as a food supplement that needs novel food authorisation",
        "legal when made from hemp with no more than 0.3% THC", 3,
    ),
    Substance(
        "sertraline", "antidepressants", "antidepressants", "an SSRI antidepressant",
        "blocking the reuptake of serotonin", ("as a tablet", "as an oral solution"), ((50, 200, "mg a day"),),
        ("major depression", "generalised anxiety disorder", "obsessive-compulsive disorder", "panic disorder",
         "post-traumatic stress disorder"),
        ("nausea", "sleep problems", "sexual side effects", "headaches", "sweating"),
        "a prescription-only medicine", "a prescription drug", 2,
    ),
    Substance(
        "fluoxetine", "antidepressants", "antidepressants", "an SSRI antidepressant",
        "blocking the reuptake of serotonin", ("as a capsule", "as a liquid"), ((20, 60, "mg a day"),),
        ("major depression", "bulimia nervosa", "obsessive-compulsive disorder", "depression in teenagers"),
        ("nausea", "anxiety in the first weeks", "sleep problems", "sexual side effects", "loss of appetite"),
        "a prescription-only medicine", "a prescription drug", 1,
    ),
    Substance(
        "escitalopram", "antidepressants", "antidepressants", "an SSRI antidepressant",
        "blocking the reuptake of serotonin", ("as a tablet",), ((5, 20, "mg a day"),),
        ("major depression", "generalised anxiety disorder", "social anxiety disorder"),
        ("nausea", "tiredness", "sexual side effects", "sweating", "emotional blunting"),
        "a prescription-only medicine", "a prescription drug", 1,
    ),
    Substance(
        "melatonin", "melatonin", "melatonin", "a hormone that helps set the body clock",
        "signalling night-time to the body clock", ("as a tablet", "as a gummy", "as a liquid", "as a spray"),
        ((0.5, 10, "mg"),),
        ("insomnia", "jet lag", "sleep problems in autistic children", "delayed sleep phase"),
        ("headaches", "daytime sleepiness", "dizziness", "vivid dreams"),
        "a prescription-only medicine", "sold as a dietary supplement", 2,
    ),
    Substance(
        "St John's wort", "st john's wort", "herbal-remedies", "a herbal remedy", "raising serotonin levels",
        ("as a tablet", "as a tea", "as a tincture"), ((300, 900, "mg of extract a day"),),
        ("mild depression", "low mood", "menopausal symptoms"),
        ("sensitivity to sunlight", "dry mouth", "dizziness", "an upset stomach"),
        "a traditional herbal registration product", "sold as a dietary supplement", 2,
    ),
    Substance(
        "lion's mane", "lion's mane", "functional-mushrooms", "a medicinal mushroom",
        "stimulating nerve growth factor in animal studies", ("as a capsule", "as a powder", "in coffee blends"),
        ((500, 3000, "mg a day"),),
        ("mild cognitive impairment", "low mood", "poor concentration"),
        ("an upset stomach", "skin rashes", "breathing difficulties in people with mushroom allergies"),
        "sold as a food supplement", "sold as a dietary supplement", 1,
    ),
    Substance(
        "omega-3 fish oil", "omega-3", "supplements", "a fatty-acid supplement", "dampening inflammation",
        ("as a capsule", "as a liquid"), ((1, 4, "g of EPA a day"),),
        ("depression", "postnatal depression", "low mood"),
        ("a fishy aftertaste", "an upset stomach", "loose stools"),
        "sold as a food supplement", "sold as a dietary supplement", 1,
    ),
    Substance(
        "vitamin D", "vitamin d", "supplements", "a vitamin made in the skin in sunlight", "acting on brain receptors",
        ("as a tablet", "as drops", "as a spray"), ((400, 4000, "IU a day"),),
        ("low mood", "seasonal affective disorder", "depression"),
        ("nausea", "high calcium levels at very high doses", "constipation"),
        "sold as a food supplement", "sold as a dietary supplement", 1,
    ),
    Substance(
        "ashwagandha", "ashwagandha", "supplements", "an Ayurvedic herbal supplement", "damping the stress hormone cortisol",
        ("as a capsule", "as a powder", "as a gummy"), ((250, 600, "mg a day"),),
        ("stress", "anxiety", "insomnia"),
        ("drowsiness", "an upset stomach", "liver injury in rare cases"),
        "sold as a food supplement", "sold as a dietary supplement", 1,
    ),
    Substance(
        "LSD", "lsd", "psychedelics", "a synthetic psychedelic", "activating serotonin 2A receptors",
        ("on blotting paper", "as a liquid", "as a microdose"), ((5, 20, "micrograms"),),
        ("generalised anxiety disorder", "ADHD", "low mood"),
        ("anxiety", "a raised heart rate", "sleep problems", "visual changes"),
        "a Class A drug", "a Schedule I controlled substance", 1,
    ),
)
SUBSTANCE_WEIGHTS = [s.weight for s in SUBSTANCES]

POPULATIONS = (
    "adults", "older adults", "veterans", "university students", "teenagers", "new mothers", "people in primary care",
    "people with long-term pain", "health workers", "people with bipolar disorder", "outpatients", "inpatients",
    "people over 65", "young adults", "women", "men", "care home residents",
)
SYMPTOMS = (
    "low mood", "poor sleep", "loss of interest", "tiredness", "poor concentration", "changes in appetite",
    "irritability", "feelings of guilt", "restlessness", "low energy",
)
SYMPTOM_SCORES = (
    "depression scores", "anxiety scores", "pain scores", "suicidal thoughts", "relapse rates", "insomnia severity",
    "PTSD symptoms", "cravings",
)
OUTCOMES = (
    "depression scores", "anxiety scores", "sleep quality", "quality of life", "suicidal thoughts", "pain scores",
    "relapse rates", "days off work", "remission rates", "response rates",
)
RESEARCHERS = ("Researchers", "A team", "Psychiatrists", "Scientists", "Investigators", "Doctors")
UNIVERSITIES = (
    "King's College London", "Imperial College London", "Johns Hopkins University", "the University of Oxford",
    "the University of Manchester", "Yale University", "the University of Toronto", "Maastricht University",
    "the University of Exeter", "University College London", "Stanford University", "the University of Melbourne",
    "the University of Edinburgh", "Karolinska Institutet", "McGill University", "the University of Bristol",
)
JOURNALS = (
    "The Lancet Psychiatry", "JAMA Psychiatry", "the BMJ", "the New England Journal of Medicine", "Nature Medicine",
    "the American Journal of Psychiatry", "Psychological Medicine", "the Journal of Affective Disorders",
    "Psychopharmacology", "Frontiers in Psychiatry", "BMJ Open", "Sleep Medicine", "Addiction",
)
SCALES = (
    "Montgomery-Åsberg Depression Rating Scale", "Hamilton Depression Rating Scale", "PHQ-9 questionnaire",
    "GAD-7 questionnaire", "Beck Depression Inventory", "Pittsburgh Sleep Quality Index", "QIDS-SR16 scale",
    "Clinician-Administered PTSD Scale",
)
COMPARATORS = (
    "placebo", "an active placebo", "midazolam", "escitalopram", "usual care", "a waiting-list control", "ECT",
    "group CBT", "a low dose",
)
BODIES = (
    "NICE", "the MHRA", "the FDA", "NHS England", "the European Medicines Agency", "the World Health Organization",
    "the Royal College of Psychiatrists", "the Food Standards Agency", "Health Canada", "the TGA", "the CDC",
    "the Advisory Council on the Misuse of Drugs",
)
COUNTRIES = {
    "the UK": "UK", "the US": "US", "Canada": "CA", "Australia": "AU", "Germany": "DE", "the Netherlands": "NL",
    "Portugal": "PT", "New Zealand": "NZ", "Ireland": "IE",
}
UK_REGIONS = ("England", "Scotland", "Wales", "Northern Ireland", "London", "the North West", "Yorkshire", "the Midlands")
UK_CITIES = ("London", "Manchester", "Bristol", "Glasgow", "Leeds", "Birmingham", "Edinburgh", "Oxford", "Cardiff")
US_STATES = ("Oregon", "Colorado", "California", "New Mexico", "Texas", "New York", "Massachusetts", "Washington")
INTERACTING = (
    "warfarin", "the contraceptive pill", "other antidepressants", "lithium", "blood-pressure medicines", "alcohol",
    "benzodiazepines", "tramadol", "triptans for migraine", "antiepileptic drugs",
)
RISKS = (
    "serotonin syndrome", "bleeding", "heavy sedation", "high blood pressure", "liver injury", "seizures",
    "dangerous drops in breathing",
)
SERIOUS = (
    "liver injury", "serotonin syndrome", "seizures", "psychosis", "severe allergic reactions",
    "dangerously high blood pressure", "heart rhythm problems",
)
CONTRAINDICATIONS = (
    "a history of psychosis", "uncontrolled high blood pressure", "heart disease", "a recent suicide attempt",
    "bipolar disorder", "liver disease", "pregnancy", "a history of substance misuse",
)
WITHDRAWAL = ("dizziness", "irritability", "vivid dreams", "flu-like symptoms", "low mood", "sleep problems", "brain zaps")
SERVICES = (
    "NHS Talking Therapies", "community mental health teams", "specialist perinatal services",
    "child and adolescent mental health services", "memory clinics", "pain clinics", "sleep clinics",
)
DRUG_CLASSES = ("antidepressants", "SSRIs", "sleeping pills", "strong painkillers", "mood stabilisers", "antipsychotics")
PRODUCTS = ("capsules", "gummies", "tinctures", "oil drops", "microdose packs", "sleep sprays", "chocolates", "tea blends")
FUNDERS = (
    "the manufacturer", "a mental health charity", "the National Institute for Health and Care Research",
    "the US National Institutes of Health", "a private donor", "a psychedelic research foundation",
    "the Wellcome Trust",
)
BRAIN_AREAS = ("the amygdala", "the prefrontal cortex", "the hippocampus", "the default mode network", "the insula")
ENZYMES = ("CYP3A4", "CYP2D6", "CYP2C19", "CYP1A2")
SIZE_WORDS = ("small", "moderate", "large", "modest", "clinically meaningful", "disappointing")
SEVERITIES = ("severe", "moderate", "long-standing", "mild", "recurrent")
FREQUENCIES = ("once a week", "twice a week", "every day", "once", "every three days", "twice a day", "every fortnight")
SESSIONS = ("session", "infusion", "appointment", "treatment")
SERIOUS_SIGNS = ("chest pain", "sudden confusion", "a high temperature", "a racing heartbeat", "severe vomiting")
CERTAINTIES = ("very low", "low", "moderate", "high")
TRIAL_NAMES = ("RESTORE", "BRIGHTSIDE", "ASCEND", "HORIZON", "MOODLIGHT", "CLEARPATH", "SUNRISE", "KESTREL", "ORCHID")
CATEGORIES = ("treatments", "compounds", "remedies", "options")
SHOPS = (
    "example-shop.com", "moodmyco-store.example.com", "greenleaf-remedies.example.net", "calmroots.example.co.uk",
    "shroomstack-shop.example.com", "herbhaven.example.org", "cbd-direct.example.co.uk",
    "sleepwell-supplies.example.com", "brightmind-store.example.com",
)
BRANDS = ("CalmRoot", "MindBloom", "Serenity Labs", "NightOwl", "Fungi Focus", "PureLeaf", "GoldenHour", "BrightMind")
CODES = ("SAVE10", "CALM15", "MOOD20", "WELCOME10", "SLEEP25", "FIRST30", "HEAL12", "BLOOM15")
FIRST_NAMES = ("Amelia", "Oliver", "Priya", "James", "Sofia", "Daniel", "Aisha", "Tom", "Hannah", "Kwame", "Mei", "Rhys")
LAST_NAMES = ("Hughes", "Patel", "Okafor", "Jones", "Novak", "Campbell", "Chen", "Evans", "Murphy", "Ahmed", "Walsh")
SITES = (
    "Mindful Health Digest", "The Wellness Ledger", "Brain & Body Weekly", "Greenway Health Blog",
    "Clear Mind Magazine", "The Recovery Post", "Everyday Evidence",
)
CLAIMANTS = ("Private clinics", "Supporters", "Manufacturers", "Some users", "Online sellers", "Enthusiasts on forums")
PENALTIES = (  # true to the Misuse of Drugs Act 1971, so these sentences are realistic rather than wrong
    "possession of a Class A drug in the UK can bring up to seven years in prison",
    "supplying a Class A drug in the UK can bring a life sentence",
    "possession of a Class B drug in the UK can bring up to five years in prison",
    "supplying a Class B or Class C drug in the UK can bring up to 14 years in prison",
    "possession of a Class C drug in the UK can bring up to two years in prison",
)


# --------------------------------------------------------------------------------------------------------
# Slots: a template's {names}, drawn on first use and kept, so "{sub}" means the same thing twice
# --------------------------------------------------------------------------------------------------------

def _pick(values) -> Callable[[random.Random, "Slots"], str]:
    return lambda rng, slots: rng.choice(values)


def _number(low: int, high: int, thousands: bool = False) -> Callable[[random.Random, "Slots"], str]:
    return lambda rng, slots: f"{rng.randint(low, high):,}" if thousands else str(rng.randint(low, high))


def _dose(rng: random.Random, substance: Substance, scale: float = 1.0) -> str:
    low, high, unit = rng.choice(substance.doses)
    value = min(high, low + (high - low) * rng.random() * scale)
    if high <= 5:
        text = f"{value:.1f}".rstrip("0").rstrip(".")
    else:
        step = 50 if high > 1000 else 5 if high > 50 else 1
        text = str(max(int(low), int(round(value / step) * step)))
    return f"{text} {unit}"


def _dose_range(rng: random.Random, slots: "Slots") -> str:
    low, high, unit = rng.choice(slots.substance.doses)
    if high <= 5:
        return f"{low:g} to {high:g} {unit}"
    return f"{int(low)} to {int(high)} {unit}"


def _other(rng: random.Random, slots: "Slots") -> str:
    while True:
        name = rng.choice(SUBSTANCES).name
        if name != slots.substance.name:
            return name


def _link(label: str, url: str) -> str:
    # Private control characters mark a link so one sentence renders as Markdown or HTML.
    return f"\x01{label}\x02{url}\x03"


def _pubmed_link(rng: random.Random, slots: "Slots") -> str:
    label = rng.choice(("a {} trial", "a {} study", "a {} review", "research published in {}"))
    return _link(label.format(slots["year"]), f"https://pubmed.ncbi.nlm.nih.gov/{rng.randint(20_000_000, 39_999_999)}/")


def _nice_link(rng: random.Random, slots: "Slots") -> str:
    kind, number = rng.choice((("ta", rng.randint(100, 999)), ("ng", rng.randint(10, 250))))
    return _link(rng.choice(("NICE guidance", "the NICE guideline", "NICE's appraisal")),
                 f"https://www.nice.org.uk/guidance/{kind}{number}")


def _nhs_link(rng: random.Random, slots: "Slots") -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", slots.substance.name.lower()).strip("-")
    return _link(rng.choice(("the NHS website", "NHS advice", "the NHS page")), f"https://www.nhs.uk/medicines/{slug}/")


def _regulator_link(rng: random.Random, slots: "Slots") -> str:
    return rng.choice((
        _link("the FDA", f"https://www.fda.gov/news-events/press-announcements/{rng.randint(1000, 9999)}"),
        _link("the MHRA", f"https://www.gov.uk/drug-safety-update/{rng.randint(100, 999)}"),
        _link("the Home Office", "https://www.gov.uk/government/organisations/home-office"),
    ))


def _law_link(rng: random.Random, slots: "Slots") -> str:
    return rng.choice((
        _link("the Misuse of Drugs Act 1971", "https://www.legislation.gov.uk/ukpga/1971/38/contents"),
        _link("the Psychoactive Substances Act 2016", "https://www.legislation.gov.uk/ukpga/2016/2/contents"),
    ))


def _wiki_link(rng: random.Random, slots: "Slots") -> str:
    title = slots.substance.name[:1].upper() + slots.substance.name[1:]
    return _link("Wikipedia", "https://en.wikipedia.org/wiki/" + title.replace(" ", "_"))


def _shop_link(rng: random.Random, slots: "Slots") -> str:
    shop = slots["shop"]
    return _link(shop, f"https://{shop}/products/{rng.choice(PRODUCTS).replace(' ', '-')}?ref=blog{rng.randint(1, 99)}")


FILLERS: dict[str, Callable[[random.Random, "Slots"], str]] = {
    "sub": lambda rng, slots: slots.substance.name,
    "kind": lambda rng, slots: slots.substance.kind,
    "mechanism": lambda rng, slots: slots.substance.mechanism,
    "route": lambda rng, slots: rng.choice(slots.substance.routes),
    "cond": lambda rng, slots: rng.choice(slots.substance.conditions),
    "effect": lambda rng, slots: rng.choice(slots.substance.effects),
    "uk_status": lambda rng, slots: slots.substance.uk_status,
    "us_status": lambda rng, slots: slots.substance.us_status,
    "dose": lambda rng, slots: _dose(rng, slots.substance, 0.5),
    "high_dose": lambda rng, slots: _dose(rng, slots.substance, 1.0),
    "dose_range": _dose_range,
    "other": _other,
    "illicit": _pick(("ketamine", "psilocybin mushrooms", "MDMA", "cannabis", "LSD", "cocaine")),
    "psychedelic": _pick(("psilocybin", "MDMA", "ketamine", "LSD", "ibogaine")),
    "population": _pick(POPULATIONS),
    "symptom": _pick(SYMPTOMS),
    "symptom_score": _pick(SYMPTOM_SCORES),
    "outcome": _pick(OUTCOMES),
    "researchers": _pick(RESEARCHERS),
    "researchers_lower": _pick(("researchers", "a team", "psychiatrists", "scientists", "investigators")),
    "university": _pick(UNIVERSITIES),
    "journal": _pick(JOURNALS),
    "scale": _pick(SCALES),
    "comparator": _pick(COMPARATORS),
    "body": _pick(BODIES),
    "country": _pick(tuple(COUNTRIES)),
    "juris": lambda rng, slots: COUNTRIES[slots["country"]],
    "uk_region": _pick(UK_REGIONS),
    "uk_city": _pick(UK_CITIES),
    "us_state": _pick(US_STATES),
    "interacting": _pick(INTERACTING),
    "risk": _pick(RISKS),
    "serious": _pick(SERIOUS),
    "contra": _pick(CONTRAINDICATIONS),
    "withdrawal": _pick(WITHDRAWAL),
    "service": _pick(SERVICES),
    "drug_class": _pick(DRUG_CLASSES),
    "product": _pick(PRODUCTS),
    "funder": _pick(FUNDERS),
    "brain_area": _pick(BRAIN_AREAS),
    "enzyme": _pick(ENZYMES),
    "size_word": _pick(SIZE_WORDS),
    "severity": _pick(SEVERITIES),
    "frequency": _pick(FREQUENCIES),
    "session": _pick(SESSIONS),
    "serious_sign": _pick(SERIOUS_SIGNS),
    "certainty": _pick(CERTAINTIES),
    "trial_name": lambda rng, slots: f"{rng.choice(TRIAL_NAMES)}-{rng.randint(1, 4)}",
    "category": _pick(CATEGORIES),
    "shop": _pick(SHOPS),
    "brand": _pick(BRANDS),
    "code": _pick(CODES),
    "claimants": _pick(CLAIMANTS),
    "penalty": _pick(PENALTIES),
    "n": _number(12, 4800, thousands=True),
    "k": _number(3, 12),
    "kk": _number(14, 60),
    "pct": _number(4, 86),
    "pct_off": lambda rng, slots: str(rng.choice((10, 15, 20, 25, 30))),
    "points": lambda rng, slots: f"{rng.uniform(1.5, 14.5):.1f}",
    "es": lambda rng, slots: f"{rng.uniform(0.08, 0.95):.2f}",
    "bp": _number(5, 25),
    "hours": _number(2, 72),
    "small_hours": _number(2, 4),
    "minutes": _number(10, 90),
    "days": _number(2, 30),
    "weeks": _number(2, 16),
    "months": _number(3, 24),
    "year": _number(2008, 2024),
    "later_year": lambda rng, slots: str(rng.randint(int(slots["year"]) + 1, 2025)),
    "old_year": _number(1938, 1999),
    "future_year": _number(2026, 2029),
    "age_lo": _number(18, 30),
    "age_hi": _number(55, 80),
    "price": lambda rng, slots: f"{rng.randrange(150, 6000, 25):,}",
    "price_hi": lambda rng, slots: f"{int(slots['price'].replace(',', '')) + rng.randrange(100, 4000, 25):,}",
    "small_price": lambda rng, slots: f"{rng.randint(9, 79)}.99",
    "billions": _number(2, 120),
    "millions": _number(4, 95),
    "thousands": _number(3, 900),
    "author": lambda rng, slots: f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
    "pubmed_link": _pubmed_link,
    "nice_link": _nice_link,
    "nhs_link": _nhs_link,
    "regulator_link": _regulator_link,
    "law_link": _law_link,
    "wiki_link": _wiki_link,
    "shop_link": _shop_link,
}
_NUMBERED = re.compile(r"^(.*?)(\d+)$")


class Slots(dict):
    """The values of one sentence's {names}: substance facts, word-list picks and numbers, drawn lazily.

    `{Sub}` is `{sub}` with a capital; `{effect2}` is another `{effect}`, different from the first;
    `{a|b|c}` is one of the alternatives, which lets one template read several ways.
    """

    __slots__ = ("rng", "substance")

    def __init__(self, rng: random.Random, substance: Substance):
        super().__init__()
        self.rng = rng
        self.substance = substance

    def __missing__(self, key: str) -> str:
        if "|" in key:
            value = self.rng.choice(key.split("|"))
        elif key in FILLERS:
            value = FILLERS[key](self.rng, self)
        elif key[0].isupper():
            lower = self[key[0].lower() + key[1:]]
            value = lower[:1].upper() + lower[1:]
        else:
            value = self._another(key)
        self[key] = value
        return value

    def _another(self, key: str) -> str:
        match = _NUMBERED.match(key)
        if not match or match.group(1) not in FILLERS:
            raise KeyError(f"template names an unknown slot {{{key}}}")
        base = match.group(1)
        self[base]  # the first one is drawn before the second, so they can differ
        taken = {v for k, v in self.items() if k == base or _NUMBERED.sub(r"\1", k) == base}
        value = FILLERS[base](self.rng, self)
        for _ in range(8):  # a short list may run out of distinct values; then a repeat is acceptable
            if value not in taken:
                break
            value = FILLERS[base](self.rng, self)
        return value


def fill(template: str, rng: random.Random, substance: Substance) -> str:
    return template.format_map(Slots(rng, substance))


# --------------------------------------------------------------------------------------------------------
# Sentence templates, by what a section of an article talks about
# --------------------------------------------------------------------------------------------------------

BACKGROUND = (
    "{Sub} is {kind}.",
    "{Wiki_link} describes {sub} as {kind}, but an encyclopedia is not a clinical source.",
    "{Cond} affects an estimated {pct}% of {population} in {country} at some point in their lives.",
    "Symptoms of {cond} often include {symptom}, {symptom2} and {symptom3}.",
    "{Sub} was first described in {old_year} and has been studied for several uses since then.",
    "Scientists think {sub} works partly by {mechanism}.",
    "Brain scans in a {year} study showed changes in {brain_area} a few hours after a dose of {sub}.",
    "Roughly {pct}% of people with {cond} do not improve on the first treatment they are offered.",
    "The cost of {cond} to the UK economy is estimated at £{billions} billion a year in lost work and care.",
    "The number of prescriptions for {drug_class} in England rose to {millions} million in {year}.",
    "Interest in {sub} has grown quickly since {year}, driven partly by social media and podcasts.",
    "Many people with {cond} wait {weeks} weeks or more for a first appointment.",
    "{Sub} is sold in {country} as {product}, {product2} and {product3}.",
    "The body breaks {sub} down in the liver, mainly through the enzyme {enzyme}.",
    "{Sub} has a half-life of about {hours} hours in healthy adults.",
    "Men and women appear to respond to {sub} in similar ways, although few studies were designed to test this.",
    "Most research on {sub} has been done in middle-aged adults from high-income countries.",
    "Online searches for {sub} rose by {pct}% in a single month of {year}.",
    "{Sub} is one of the most discussed {category} for {cond}.",
    "In {year}, about {thousands} thousand people in {country} were treated for {cond}.",
    "{Cond} often starts in the late teens or early twenties.",
    "People with {cond} are more likely than others to have problems with sleep and physical health.",
    "The idea of using {sub} for {cond} is not new, but rigorous trials are fairly recent.",
    "{Sub} reaches the brain within minutes when it is taken {route}.",
        "Levels of {sub} in the blood vary widely from person to person.",
    "{Researchers} still disagree about how much of the benefit comes from {sub} itself.",
)

TRIALS = (
    "In a {year} trial of {n} {population} with {cond}, {pct}% improved on {sub} compared with {pct2}% on {comparator}.",
    "{Researchers} at {university} randomised {n} {population} to {sub} or {comparator}.",
    "The study, published in {journal} in {year}, followed participants for {weeks} weeks.",
    "Scores on the {scale} fell by {points} points on average in the {sub} group.",
    "The difference from {comparator} was {points} points, which the authors called {size_word}.",
    "Remission rates were {pct}% with {sub} and {pct2}% with {comparator} at week {weeks}.",
    "About {pct}% of participants dropped out before the end of the study.",
    "The trial was funded by {funder}.",
    "A meta-analysis of {kk} randomised trials, including {n} participants, found an effect size of {es}.",
    "Only {k} of the studies used a placebo group, and most of them were small.",
    "Blinding was difficult because {pct}% of participants correctly guessed which treatment they had received.",
    "The benefit was still visible at {months} months in {pct}% of people who had responded.",
    "Relapse occurred in {pct}% of responders within {weeks} weeks of stopping {sub}.",
    "An open-label study at {university} gave {k} doses of {sub} to {n} {population}.",
    "The authors reported no serious adverse events among the {n} participants.",
    "{Pct}% of people on {sub} said their sleep had improved, against {pct2}% on {comparator}.",
    "Results from the {n}-person {trial_name} trial are expected in {future_year}.",
    "Participants were aged {age_lo} to {age_hi}, and {pct}% were women.",
    "Changes in {outcome} were measured with the {scale} at the start and at week {weeks}.",
    "People given {comparator} also improved, by {points} points, which is typical of trials in {cond}.",
    "A follow-up analysis found the effect was largest in people with {severity} symptoms.",
    "According to {pubmed_link}, {sub} outperformed {comparator} on {outcome} after {weeks} weeks.",
    "{Researchers} at {university} are now recruiting {n} {population} for a larger {sub} trial.",
    "In {pubmed_link} of {n} {population}, {outcome} changed little with {sub}.",
    "The pooled response rate was {pct}%, but the studies differed widely in design.",
    "People who expected {sub} to help were more likely to report a benefit, whichever group they were in.",
    "Half of the {k} trials in the {year} review were judged at high risk of bias.",
    "The {year} study in {journal} found {sub} no better than {comparator} for {cond}.",
)

DOSES = (
    "Typical doses of {sub} range from {dose_range}.",
    "In clinics, {sub} is usually given {route} at {dose}.",
    "Most trials used a dose of {dose}, given {frequency}.",
    "A {dose} dose of {sub} usually takes effect within about {minutes} minutes.",
    "Effects usually last around {hours} hours after a dose taken {route}.",
    "Higher doses of {sub}, up to {high_dose}, did not work better than {dose} in the {year} trial.",
    "Labels on {sub} {product} bought online listed anything from {dose_range} per serving.",
    "Independent tests found that {pct}% of {sub} products held less than their labels stated.",
    "Doctors usually start at {dose} and review the dose after {weeks} weeks.",
    "A microdose is usually about a tenth of a normal dose, taken {frequency}.",
    "The highest dose tested in {population} was {high_dose}.",
    "Doses above {high_dose} are rarely used outside research settings.",
    "Treatment normally runs for {weeks} weeks before anyone judges whether it has worked.",
    "The dose in the {year} study was {dose}, adjusted for body weight.",
    "Some {population} needed only {dose} to notice an effect.",
)

SIDE_EFFECTS = (
    "The most common side effects of {sub} were {effect} and {effect2}.",
    "{Effect} was reported by {pct}% of people taking {sub}, compared with {pct2}% on placebo.",
    "{Effect} usually passes within a few hours of a dose.",
    "Rare but serious reactions to {sub} include {serious}.",
    "Long-term heavy use of {sub} has been linked to {effect}.",
    "People with {contra} were excluded from most {sub} trials.",
    "Combining {sub} with {interacting} can increase the risk of {risk}.",
    "Blood pressure rose by an average of {bp} mmHg in the hour after a dose.",
    "Withdrawal symptoms such as {withdrawal} and {withdrawal2} were reported after people stopped {sub}.",
    "The MHRA received {n} Yellow Card reports of suspected side effects from {sub} between {year} and {later_year}.",
    "Poison centres in {country} recorded {n} calls about {sub} in {year}, {pct}% of them involving children.",
    "Emergency visits linked to {sub} rose by {pct}% over {k} years.",
    "Side effects were mostly mild and faded by the next day.",
    "{Effect} was the main reason people stopped taking {sub} early.",
    "According to {nhs_link}, possible side effects of {sub} include {effect} and {effect2}.",
    "There is little data on the safety of {sub} in pregnancy.",
    "Older adults may be more sensitive to {effect} than younger people.",
    "Reports of {effect} were {pct}% higher in the first {weeks} weeks of treatment.",
)

LAW = (
    "In the UK, {sub} is {uk_status}.",
    "In the United States, {sub} is {us_status}.",
    "{Penalty}.",
    "The Misuse of Drugs Act 1971 sorts controlled drugs into Classes A, B and C.",
    "The Psychoactive Substances Act 2016 made it an offence to supply most so-called legal highs in the UK.",
    "{Us_state} lawmakers debated a bill on supervised {psychedelic} use in {year}.",
    "Selling {sub} as a food or supplement in {country} requires approval from the regulator.",
    "Importing {illicit} by post can lead to prosecution in {country}.",
    "Under US federal law, hemp products may contain no more than 0.3% THC by dry weight.",
    "Specialist doctors in the UK have been able to prescribe cannabis-based medicines since November 2018.",
    "UK researchers need a Home Office licence to work with Schedule 1 drugs.",
    "Drug-driving limits for several prescription and illegal drugs came into force in England and Wales in 2015.",
    "The legal position of {sub} changed in {country} in {year}.",
    "Police in {uk_region} seized {illicit} worth an estimated £{price} in a single raid in {year}.",
    "Under {law_link}, the maximum penalties depend on the class of the drug.",
    "Prosecutions for possession in {uk_region} fell by {pct}% between {year} and {later_year}.",
)

REGULATORS = (
    "{Body} published updated guidance on {cond} in {year}.",
    "NICE guidance says {sub} should not be offered routinely for {cond}.",
    "NICE put the cost of {sub} at about £{price} per quality-adjusted life year gained.",
    "The FDA has not approved {sub} for {cond}.",
    "The FDA gave {sub} breakthrough therapy status for {cond} in {year}.",
    "The MHRA issued a drug safety update about {sub} and {effect} in {year}.",
    "The NHS website lists {effect}, {effect2} and {effect3} as possible side effects.",
    "The European Medicines Agency reviewed {sub} in {year} and asked for more long-term data.",
    "The Food Standards Agency keeps a public list of CBD products going through its approval process.",
    "The Royal College of Psychiatrists called for more research into {sub} in {year}.",
    "Health Canada let a small number of patients use {sub} through its Special Access Program in {year}.",
    "NHS England spent £{millions} million on {drug_class} in {year}.",
    "The CDC recorded {n} emergency visits linked to {sub} products in {year}.",
    "In {year}, {nice_link} concluded that the evidence for {sub} in {cond} was too uncertain.",
    "A warning from {regulator_link} in {year} covered {sub} products sold online.",
    "{Body} said in {year} that it was monitoring reports about {sub}.",
    "The TGA in Australia changed the scheduling of {sub} in {year}.",
    "{Body} does not endorse any particular {sub} product.",
)

ACCESS = (
    "Private clinics in {uk_city} charge between £{price} and £{price_hi} for a course of {sub}.",
    "Some NHS trusts offer {sub} only to patients who pay for it themselves.",
    "Only {k} NHS trusts in England offered {sub} treatment in {year}.",
    "Waiting lists for {service} can stretch to {months} months in parts of {uk_region}.",
    "Telehealth companies in the US prescribe {sub} after an online consultation.",
    "Insurers in the US covered {sub} for {pct}% of the patients who asked, according to one survey.",
    "Patients typically attend {k} sessions over {weeks} weeks.",
    "Each {session} lasts about {small_hours} hours, including monitoring afterwards.",
    "A full course costs around £{price} privately, and top-up sessions cost extra.",
    "Referrals to {service} in {uk_region} rose by {pct}% in {year}.",
    "Most GPs in {uk_region} cannot refer patients for {sub} treatment directly.",
    "Patients in rural areas often travel more than {k}0 miles to reach a clinic.",
)

PARAPHRASES: dict[str, tuple[str, ...]] = {  # our own rewording of statements in sources/data/claims.csv
    "ketamine": (
        "Depressive symptoms can start to ease within {a few hours|hours} of one ketamine infusion.",
        "Unlike the weeks-long wait with other drugs, ketamine's antidepressant effect is visible within {24 hours|a day}.",
        "Ketamine needs several weeks before it starts to work, the same as standard antidepressants.",
        "The quick lift from a single dose of ketamine tends to wear off within {days|a few weeks}.",
        "Almost every patient with treatment-resistant depression gets better on ketamine.",
        "One ketamine infusion gives relief that lasts for years.",
        "After a course of ketamine, depression is cured for good.",
        "People who respond to ketamine usually need repeat sessions to stay well.",
        "Suicidal thoughts can fall within a day of a single intravenous ketamine dose.",
        "Ketamine is a proven way to prevent suicide in depressed people.",
        "Under the Misuse of Drugs Act 1971, ketamine is classed as a Class B drug.",
        "In the UK ketamine is still only Class C.",
        "Anyone in the UK can get ketamine for depression free of charge on the NHS.",
        "Ketamine is nothing more than a horse tranquilliser with no medical use in people.",
        "Taking ketamine regularly {sharpens memory|improves your memory} and thinking over time.",
        "Heavy ketamine use over years can badly damage the bladder.",
        "Recreational ketamine has never killed anyone.",
        "Ketamine has FDA approval as a depression treatment.",
    ),
    "esketamine": (
        "In March 2019 the US FDA approved Spravato, an esketamine nasal spray, for treatment-resistant depression.",
        "NHS patients can routinely get esketamine (Spravato).",
        "NICE has not recommended esketamine nasal spray for depression that resists treatment.",
        "Esketamine has to be taken in a clinic under supervision, not at home.",
        "Patients who kept taking esketamine after remission had about half the relapse risk of those switched to placebo.",
    ),
    "psilocybin": (
        "The Misuse of Drugs Act 1971 lists psilocybin as a Class A drug.",
        "Fresh, unprocessed magic mushrooms are legal in the UK.",
        "It is legal in the UK to grow magic mushrooms at home for your own use.",
        "Doctors in the UK are able to prescribe psilocybin therapy for depression.",
        "Psilocybin is proven to beat antidepressants like escitalopram.",
        "One psilocybin dose permanently cures depression.",
        "Psilocybin therapy carries no side effects and is entirely safe.",
        "In placebo-controlled studies, microdosing psilocybin did no better than placebo for mood.",
        "Microdosing psilocybin has been proven to boost mood and creativity.",
        "Since Oregon and Colorado legalised it, psilocybin is legal throughout the United States.",
        "In psilocybin trials the drug is given with psychological support, not on its own.",
    ),
    "mdma": (
        "The FDA has approved MDMA-assisted therapy for PTSD.",
        "In August 2024 the FDA turned down MDMA for PTSD.",
        "US federal law puts psilocybin and MDMA in Schedule I.",
    ),
    "cannabis": (
        "Medical cannabis can be prescribed by any GP in the UK.",
        "In the UK you can legally possess cannabis if it is for pain relief.",
        "Marijuana became legal across the US with the 2018 Farm Bill.",
        "Recreational cannabis is completely legal under federal law in the US.",
        "Canada made recreational cannabis legal for adults in October 2018.",
    ),
    "cbd": (
        "CBD has been proven to cure anxiety and depression.",
        "UK food regulators advise healthy adults to keep CBD to 10 mg a day or less.",
        "Any dose of CBD oil is safe.",
        "It is safe to combine CBD with any prescription drug.",
        "There is little good evidence from systematic reviews that CBD treats depression or anxiety.",
        "For depression, CBD works as well as antidepressants do.",
    ),
    "antidepressants": (
        "It usually takes several weeks for antidepressants to reach their full effect.",
        "Depression lifts within a day of the first antidepressant dose.",
        "Most depressed people get completely better on their very first antidepressant.",
        "Antidepressants work no better than a sugar pill for depression.",
        "CBT and other talking therapies do not work for depression.",
        "More than 300 million people worldwide live with depression.",
        "Only a tiny fraction of people ever get depression.",
    ),
    "lion's mane": (
        "Clinical trials have proven that lion's mane treats depression.",
        "Lion's mane is as effective as prescription antidepressants.",
    ),
}
PARAPHRASES_BY_TOPIC = {s.name: PARAPHRASES.get(s.subject, ()) for s in SUBSTANCES}
ALL_PARAPHRASES = tuple(p for group in PARAPHRASES.values() for p in group)

ADVICE = (
    "Talk to your doctor before {starting|stopping|changing|combining} {sub}.",
    "Talk to your GP or pharmacist if you already take {interacting}.",
    "Speak to a pharmacist before mixing {sub} with other medicines.",
    "Never stop taking {drug_class} suddenly without medical advice.",
    "If you feel unsafe or have thoughts of ending your life, call 999 or contact Samaritans on 116 123.",
    "You should tell your doctor about every supplement you take.",
    "Keep a simple diary of your mood and sleep for {weeks} weeks.",
    "Check the label for the amount of {sub} in each serving.",
    "Avoid driving or using machinery until you know how {sub} affects you.",
    "Ask your care team how long the benefit is likely to last.",
    "Consider a talking therapy such as CBT alongside any medicine.",
    "Seek urgent help if you notice {serious_sign} after taking {sub}.",
    "Do not buy {sub} from unregulated websites.",
    "Patients should be monitored for at least {small_hours} hours after each dose.",
)

QUESTIONS = (
    "Can {sub} help with {cond}?",
    "How long does {sub} take to work?",
    "Is {sub} legal in the UK?",
    "What happens when you stop taking {sub}?",
    "Does {sub} work better than {other}?",
    "How much {sub} is too much?",
    "Who should avoid {sub}?",
    "Is it safe to take {sub} with {interacting}?",
    "Why do so many people relapse after treatment?",
    "What did the {year} trial actually show?",
)

OPINIONS = (
    "We think the hype around {sub} has run ahead of the evidence.",
    "In our view, the {year} results are encouraging but far from final.",
    "We believe readers deserve clearer labels on {product}.",
)

PROMOTIONS = (
    "Buy {brand} {sub} {product} at {shop} with code {code} for {pct_off}% off.",
    "Order {brand} {product} from {shop_link} today and get free next-day delivery.",
    "Use code {code} at {shop} to save {pct_off}% on your first order.",
    "Our favourite {product} come from {shop}, and readers get {pct_off}% off with code {code}.",
    "{Brand}'s {sub} {product} are on sale now for just £{small_price} at {shop}.",
    "We may earn a commission when you buy through our links to {shop}.",
    "Readers who sign up at {shop} save {pct_off}% on monthly deliveries of {brand} {product}.",
    "Limited stock: {brand} {product} are back at {shop_link} for £{small_price}.",
    "Grab a starter pack of {brand} {product} at {shop} before the offer ends on Sunday.",
)

LIST_ITEMS = {  # lead-ins ending in a colon, and the items that continue them
    "benefits": (
        ("{Claimants} say that {sub}:", "According to early reports, {sub}:", "Fans of {sub} claim that it:"),
        (
            "eases low mood within a day of the first dose.", "reduces suicidal thoughts within {hours} hours.",
            "improves sleep in about {pct}% of users.", "works for people who have tried {k} other treatments.",
            "helps people feel less anxious in social situations.", "lifts energy levels within a week.",
            "cuts cravings in people who drink heavily.", "causes fewer side effects than older antidepressants.",
            "keeps working for several weeks after a single session.", "lowers pain scores by around {pct}%.",
            "sharpens focus without the crash of caffeine.", "helps people make sense of difficult memories.",
        ),
    ),
    "effects": (
        ("The most common side effects of {sub} include:", "Trial participants taking {sub} reported:"),
        (
            "{effect} in the first few hours after a dose.", "{effect} that usually fades within a day.",
            "{effect}, reported by about {pct}% of people.", "short-lived rises in blood pressure and heart rate.",
            "{effect} severe enough to stop treatment in {pct}% of cases.", "{effect} in people over 65.",
        ),
    ),
    "facts": (
        ("Key points from the {year} review:", "Here is what the main studies found:"),
        TRIALS[:14],
    ),
    "law": (
        ("Under UK and US law:", "The legal picture in brief:"),
        LAW[:13],
    ),
}


QUOTES = (
    '"We need larger and longer trials before anyone can say {sub} works for {cond}," says Dr {author}, a psychiatrist at {university}.',
    '"The early results are interesting, but they are not a reason to self-medicate," says {author}, a pharmacist in {uk_city}.',
    '"Patients deserve honest information about what we do and do not know about {sub}," says Professor {author} of {university}.',
    '"I had tried {k} different treatments before this one," says {author}, {age_lo}, who took part in a trial in {uk_city}.',
    '"Most of the harm we see comes from products bought online," says Dr {author}, an emergency doctor in {uk_city}.',
    '"{Sub} is not a miracle, but for some of my patients it has been a turning point," says Dr {author}, a GP in {uk_region}.',
)
IMAGES = (
    "A pharmacist holding a box of {sub} {product}", "A doctor talking to a patient about {cond}",
    "{Sub} {product} on a kitchen table", "A clinic room where {sub} is given", "Chart of {outcome} in the {year} trial",
)


class Section(NamedTuple):
    headings: tuple[str, ...]
    pools: tuple[tuple[str, ...], ...]
    list_kind: str = ""


SECTIONS = (
    Section(("What the trials found", "What the research says about {sub}", "The evidence so far",
             "What the {year} study found", "Results from clinical trials"), (TRIALS, TRIALS, BACKGROUND), "facts"),
    Section(("Side effects", "Is {sub} safe?", "Risks and side effects of {sub}", "Who should avoid {sub}"),
            (SIDE_EFFECTS, SIDE_EFFECTS, DOSES), "effects"),
    Section(("The legal position", "{Sub} and UK law", "Is {sub} legal?", "What the law says in the UK and US"),
            (LAW, LAW, REGULATORS), "law"),
    Section(("What regulators say", "NHS and NICE guidance", "Guidance from {body}"), (REGULATORS, REGULATORS, ACCESS)),
    Section(("Doses and timing", "How {sub} is taken", "How much is too much?"), (DOSES, DOSES, SIDE_EFFECTS)),
    Section(("Cost and access", "Getting treatment", "Where to get help"), (ACCESS, ACCESS, REGULATORS)),
    Section(("How {sub} works", "A short history of {sub}", "Why {cond} is hard to treat"),
            (BACKGROUND, BACKGROUND, TRIALS), "benefits"),
)
TITLES = (
    "{Sub} for {cond}: what the evidence says", "Everything you need to know about {sub}",
    "Is {sub} safe? A guide for {population}", "{Sub}, {other} and the law in the UK",
    "The truth about {sub} and {cond}", "What the latest {sub} trials really show",
    "{Sub} explained: doses, side effects and legal status", "Can {sub} treat {cond}?",
    "A beginner's guide to {sub}",
)


# --------------------------------------------------------------------------------------------------------
# One article: blocks first, then Markdown or HTML
# --------------------------------------------------------------------------------------------------------

class Article(NamedTuple):
    title: str
    meta: dict[str, str]
    blocks: list[tuple]  # ("h2", text) | ("p", [sentences]) | ("ul", lead_in, [items]) | ("quote", text)
    image: str  # alt text of the picture under the title, or ""
    related: list[tuple[str, str]]  # "related reading" (title, path), or none
    sentences: int


# Openings and endings that lengthen plain claims the way writers do, so sentences are of realistic length
# (about 20 words) and the same template does not always produce the same words.
CONNECTIVES = (", and ", "; ", ", while ", ", but ", ", and separately ")
OPENERS = (
    "In fact, ", "However, ", "By contrast, ", "Importantly, ", "For comparison, ", "Meanwhile, ", "Even so, ",
    "On the other hand, ", "As a result, ", "Perhaps surprisingly, ", "In practice, ", "At the same time, ",
)
TAILS = (
    ", according to a report in {journal}", ", the authors said", ", although the numbers involved were small",
    ", which surprised some specialists", ", according to figures published in {later_year}",
    ", as several reviews have pointed out", ", though the picture may change as more data arrive",
    ", a point often missed in news coverage", ", based on records from {country}",
    ", according to {researchers_lower} at {university}", ", going by the {year} analysis of {n} {population}",
    ", and the finding held when the analysis was repeated", ", which is in line with earlier, smaller studies",
    ", although not every expert agrees with that reading", ", according to a spokesperson for {body}",
)
# First words that keep their capital after an opener ("However, Oregon …", not "However, oregon …").
PROPER_STARTS = frozenset(
    name.split()[0] for name in (*US_STATES, *UK_CITIES, *UK_REGIONS, *COUNTRIES, *BODIES, *UNIVERSITIES, *JOURNALS,
                                 *(s.name for s in SUBSTANCES if s.name[:1].isupper()), "UK")
) - {"the", "The"} | {"Health", "NHS", "NICE", "MHRA", "FDA", "CDC", "TGA", "Spravato", "Wikipedia", "CBT", "ECT"}
# The pools of plain claims, by identity (they are module constants): only these get openers, tails and merges.
CLAIM_POOLS = frozenset(map(id, (BACKGROUND, TRIALS, DOSES, SIDE_EFFECTS, LAW, REGULATORS, ACCESS)))


class _Writer:
    """Fills templates for one article: one substance, and no template used twice."""

    def __init__(self, rng: random.Random, substance: Substance):
        self.rng = rng
        self.substance = substance
        self.used: set[str] = set()

    def say(self, template: str) -> str:
        return fill(template, self.rng, self.substance)

    def pick(self, pool: tuple[str, ...]) -> str:
        template = self._unused(pool)
        if id(pool) not in CLAIM_POOLS:
            return self.say(template)
        rng = self.rng
        merge = rng.random() < 0.3  # two facts in one sentence, as writers often do
        if not merge and template.endswith(".") and rng.random() < 0.7:
            template = template[:-1] + rng.choice(TAILS) + "."
        if rng.random() < 0.12:
            template = rng.choice(OPENERS) + _lower_first(template)
        sentence = self.say(template)
        if merge:  # the second fact draws its own numbers
            sentence = sentence[:-1] + rng.choice(CONNECTIVES) + self.say(_lower_first(self._unused(pool)))
        return sentence

    def _unused(self, pool: tuple[str, ...]) -> str:
        template = self.rng.choice(pool)
        for _ in range(6):
            if template not in self.used:
                break
            template = self.rng.choice(pool)
        self.used.add(template)
        return template


def _lower_first(template: str) -> str:
    """The template as it reads after "However, ": "{Sub} is" becomes "{sub} is" (MDMA keeps its capitals,
    since the lower-case slot is the name as written), "The FDA" becomes "the FDA", "Oregon" stays."""
    if template.startswith("{"):
        return "{" + template[1].lower() + template[2:]
    if template.split(maxsplit=1)[0] in PROPER_STARTS:
        return template
    return template[0].lower() + template[1:]


def article_rng(seed: int, index: int) -> random.Random:
    # One generator per article: any article can be rebuilt alone, and the corpus table matches the files.
    return random.Random(f"claimsift-corpus:{seed}:{index}")


def build_article(rng: random.Random) -> Article:
    writer = _Writer(rng, rng.choices(SUBSTANCES, weights=SUBSTANCE_WEIGHTS)[0])
    title = writer.pick(TITLES)
    image = writer.pick(IMAGES) if rng.random() < 0.6 else ""
    blocks: list[tuple] = [("p", [writer.pick(BACKGROUND), writer.pick(BACKGROUND), writer.pick(QUESTIONS)])]
    sections = rng.sample(SECTIONS, rng.randint(3, 4))
    with_list = rng.randrange(len(sections))
    for number, section in enumerate(sections):
        blocks.append(("h2", writer.pick(section.headings)))
        blocks.extend(_section_body(writer, section))
        if number == with_list:
            blocks.append(_bullet_list(writer, section.list_kind or rng.choice(tuple(LIST_ITEMS))))
        elif number == 1 and rng.random() < 0.5:
            blocks.append(("quote", writer.pick(QUOTES)))
    blocks.append(("h2", writer.pick(("The bottom line", "Our verdict", "What this means for you", "Summary"))))
    blocks.append(("p", [writer.pick(OPINIONS + BACKGROUND), writer.pick(ADVICE), writer.pick(ADVICE)]))
    if rng.random() < 0.6:
        blocks.append(("h2", writer.pick(("Where to buy", "Our top picks", "Deals this month", "Shop the range"))))
        promotions = [writer.pick(PROMOTIONS) for _ in range(rng.randint(1, 2))]
        blocks.append(("p", promotions + [writer.pick(ADVICE)]))
    date = f"{writer.say('{year}')}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    meta = {"author": writer.say("{author}"), "date": date, "site": rng.choice(SITES),
            "tags": f"{writer.substance.topic}, {writer.say('{cond}')}"}
    related = [_related(rng) for _ in range(rng.randint(3, 4))] if rng.random() < 0.5 else []
    return Article(title, meta, blocks, image, related, 1 + bool(image) + sum(_count(block) for block in blocks))


def _related(rng: random.Random) -> tuple[str, str]:
    title = fill(rng.choice(TITLES), rng, rng.choice(SUBSTANCES))
    return title, "/articles/" + re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") + "/"


def _section_body(writer: _Writer, section: Section) -> list[tuple]:
    rng = writer.rng
    paragraphs = []
    for _ in range(rng.randint(1, 2)):
        sentences = [writer.pick(rng.choice(section.pools)) for _ in range(rng.randint(3, 5))]
        if rng.random() < 0.5:
            own = PARAPHRASES_BY_TOPIC[writer.substance.name]
            pool = own if own and rng.random() < 0.7 else ALL_PARAPHRASES
            sentences.insert(rng.randrange(len(sentences) + 1), writer.pick(pool))
        if rng.random() < 0.12:
            sentences.append(writer.pick(ADVICE + QUESTIONS))
        paragraphs.append(("p", sentences))
    return paragraphs


def _bullet_list(writer: _Writer, kind: str) -> tuple:
    lead_ins, items = LIST_ITEMS[kind]
    fresh = [item for item in items if item not in writer.used]  # list pools overlap the paragraph pools
    templates = writer.rng.sample(fresh, min(len(fresh), writer.rng.randint(3, 5)))
    writer.used.update(templates)
    chosen = [writer.say(item) for item in templates]
    if kind != "benefits":  # benefit items continue "… claim that it:", the others stand alone
        chosen = [item[:1].upper() + item[1:] for item in chosen]
    return ("ul", writer.pick(lead_ins), chosen)


def _count(block: tuple) -> int:
    if block[0] == "h2":
        return 1
    if block[0] == "p":
        return len(block[1])
    if block[0] == "ul":
        return 1 + len(block[2])
    return 1  # a quotation


_LINK = re.compile("\x01([^\x02]*)\x02([^\x03]*)\x03")


def render_markdown(article: Article, rng: random.Random) -> str:
    out = []
    if rng.random() < 0.4:
        tags = ", ".join(t.strip() for t in article.meta["tags"].split(","))
        out.append(f'---\ntitle: "{article.title}"\nauthor: {article.meta["author"]}\n'
                   f'date: {article.meta["date"]}\ntags: [{tags}]\n---\n')
    out.append(f"# {article.title}\n")
    if article.image:
        out.append(f"![{article.image}](/images/{rng.randint(1000, 9999)}.jpg)\n")
    code_after = rng.randrange(len(article.blocks)) if rng.random() < 0.3 else -1
    for number, block in enumerate(article.blocks):
        out.append(_markdown_block(block, rng))
        if number == code_after:
            out.append(_code_block(rng))
    if article.related:
        out.append("Related reading:\n\n" + "".join(f"- [{title}]({path})\n" for title, path in article.related))
    return _LINK.sub(r"[\1](\2)", "\n".join(out))


def _markdown_block(block: tuple, rng: random.Random) -> str:
    if block[0] == "h2":
        return f"## {block[1]}\n"
    if block[0] == "quote":
        return f"> {block[1]}\n"
    if block[0] == "p":
        # Real Markdown is written both ways: one line per paragraph, or one line per sentence.
        return ("\n" if rng.random() < 0.3 else " ").join(block[1]) + "\n"
    bullet = rng.choice("-*")
    return block[1] + "\n\n" + "".join(f"{bullet} {item}\n" for item in block[2])


def _code_block(rng: random.Random) -> str:
    weight = rng.randint(50, 110)
    return rng.choice((
        f"```python\ndef dose_mg(weight_kg: float, mg_per_kg: float = 0.5) -> float:\n"
        f"    return round(weight_kg * mg_per_kg, 1)\n\nprint(dose_mg({weight}))  # {weight * 0.5:.1f}\n```\n",
        f"```yaml\nsupplement: melatonin\ndose_mg: {rng.randint(1, 5)}\ntaken: before bed\nweeks: {rng.randint(2, 8)}\n```\n",
        f'```json\n{{"participants": {rng.randint(20, 900)}, "arm": "placebo", "weeks": {rng.randint(2, 12)}}}\n```\n',
        "```\nmood log: day 1 = 4/10, day 7 = 6/10, day 14 = 5/10\n```\n",
        "```bash\nclaimsift check content/ --format sarif --output report.sarif\n```\n",
    ))


def render_html(article: Article, rng: random.Random) -> str:
    site = article.meta["site"]
    body = "\n".join(_html_block(block) for block in article.blocks)
    if article.image:
        body = (f'<figure><img src="/images/{rng.randint(1000, 9999)}.jpg" alt="{html.escape(article.image)}">'
                f"<figcaption>{_html_text(article.image)}</figcaption></figure>\n{body}")
    if article.related:
        links = "".join(f'<li><a href="{path}">{_html_text(title)}</a></li>' for title, path in article.related)
        body += f'\n<aside class="related"><h2>Related reading</h2><ul>{links}</ul></aside>'
    nav = "".join(f'<li><a href="/{slug}/">{label}</a></li>' for slug, label in
                  (("home", "Home"), ("news", "News"), ("mental-health", "Mental health"), ("supplements", "Supplements")))
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_html_text(article.title)} | {html.escape(site)}</title>\n"
        f'<meta name="description" content="{html.escape(article.title)}">\n'
        '<link rel="stylesheet" href="/static/site.css">\n'
        "<script>\nwindow.dataLayer = window.dataLayer || [];\n"
        f"function track(name) {{ window.dataLayer.push({{event: name, page: {rng.randint(1000, 99999)}}}); }}\n"
        "document.addEventListener('DOMContentLoaded', function () { track('view'); });\n</script>\n"
        f'</head>\n<body>\n<header><a class="logo" href="/">{html.escape(site)}</a>\n<nav><ul>{nav}</ul></nav></header>\n'
        f"<main>\n<article>\n<h1>{_html_text(article.title)}</h1>\n"
        f'<p class="byline">By {html.escape(article.meta["author"])}, {article.meta["date"]}</p>\n'
        f"{body}\n</article>\n</main>\n"
        f'<footer><p>© {article.meta["date"][:4]} {html.escape(site)}. All rights reserved.</p>\n'
        '<p><a href="/privacy/">Privacy</a> · <a href="/contact/">Contact</a></p></footer>\n'
        '<script src="/static/analytics.js" defer></script>\n</body>\n</html>\n'
    )


def _html_block(block: tuple) -> str:
    if block[0] == "h2":
        return f"<h2>{_html_text(block[1])}</h2>"
    if block[0] == "p":
        return f"<p>{_html_text(' '.join(block[1]))}</p>"
    if block[0] == "quote":
        return f"<blockquote><p>{_html_text(block[1])}</p></blockquote>"
    items = "\n".join(f"  <li>{_html_text(item)}</li>" for item in block[2])
    return f"<p>{_html_text(block[1])}</p>\n<ul>\n{items}\n</ul>"


def _html_text(text: str) -> str:
    return _LINK.sub(lambda m: f'<a href="{html.escape(m.group(2))}">{m.group(1)}</a>', html.escape(text, quote=False))


def article_text(seed: int, index: int, html_share: float = 0.2) -> tuple[str, str, int]:
    """Article number `index` of the corpus with this seed: (format "md" or "html", text, sentences)."""
    rng = article_rng(seed, index)
    fmt = "html" if rng.random() < html_share else "md"
    article = build_article(rng)
    text = render_html(article, rng) if fmt == "html" else render_markdown(article, rng)
    return fmt, text, article.sentences


# --------------------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------------------

def write_articles(folder: Path, articles: int, seed: int = 0, html_share: float = 0.2) -> dict:
    """Write `articles` Markdown and HTML files under folder/000/, folder/001/… (at most 1000 per folder)."""
    folder = Path(folder)
    total_bytes = sentences = 0
    for index in range(articles):
        fmt, text, count = article_text(seed, index, html_share)
        target = folder / f"{index // FILES_PER_FOLDER:03d}"
        if index % FILES_PER_FOLDER == 0:
            target.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (target / f"article-{index:06d}.{fmt}").write_bytes(data)
        total_bytes += len(data)
        sentences += count
    return {"files": articles, "bytes": total_bytes, "sentences_approx": sentences}


def write_corpus_table(path: Path, articles: int, seed: int = 0, html_share: float = 0.2) -> dict:
    """Write the same articles as one table (`id`, `text`, `format`): .jsonl, .csv or .parquet by suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".jsonl", ".csv", ".parquet"):
        raise ValueError(f"{path}: the table must end in .jsonl, .csv or .parquet")
    rows = []
    for index in range(articles):
        fmt, text, _ = article_text(seed, index, html_share)
        rows.append({"id": f"article-{index:06d}", "text": text, "format": fmt})
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".jsonl":
        path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    elif suffix == ".csv":
        buffer = io.StringIO(newline="")
        writer = csv.DictWriter(buffer, fieldnames=["id", "text", "format"], quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        path.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    else:
        _write_parquet(path, rows)
    return {"rows": len(rows), "bytes": path.stat().st_size}


def _write_parquet(path: Path, rows: list[dict]) -> None:
    try:  # optional, and slow to import: only the Parquet output needs it
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise RuntimeError("writing .parquet needs pyarrow (pip install pyarrow); use .jsonl or .csv instead") from None
    columns = {name: [row[name] for row in rows] for name in ("id", "text", "format")}
    pyarrow.parquet.write_table(pyarrow.table(columns), path)


# --------------------------------------------------------------------------------------------------------
# A large synthetic source table
# --------------------------------------------------------------------------------------------------------

class ClaimFrame(NamedTuple):
    stance: str  # "supported", "contradicted", or "either"
    statement: str
    variants: tuple[str, ...]
    key_terms: tuple[str, ...]
    jurisdiction: str = "INT"  # or a slot such as "{juris}"
    subject: str = ""  # overrides the substance's subject
    only: tuple[str, ...] = ()  # the substances it makes sense for; all when empty


CONTROLLED = ("ketamine", "psilocybin", "MDMA", "cannabis", "LSD")


CLAIM_FRAMES = (
    ClaimFrame("supported",
               "{Sub} reduced {symptom_score} more than {comparator} after {weeks} weeks in a trial of {n} {population} with {cond}.",
               ("{sub} beat {comparator} on {symptom_score} in {cond}", "{population} with {cond} had lower {symptom_score} on {sub}",
                "a {n}-person trial favoured {sub} over {comparator}"),
               ("{symptom_score}", "{comparator}", "{cond}")),
    ClaimFrame("supported", "About {pct}% of {population} with {cond} responded to {sub} within {weeks} weeks.",
               ("roughly {pct} in 100 respond to {sub}", "a {pct}% response rate to {sub} in {cond}",
                "{sub} helped about {pct}% of {population}"),
               ("{cond}", "respond", "{pct}%")),
    ClaimFrame("contradicted", "{Sub} cures {cond} permanently after {k} sessions.",
               ("{k} sessions of {sub} fix {cond} for good", "a permanent cure for {cond}", "{sub} ends {cond} forever"),
               ("cure", "permanent", "{cond}")),
    ClaimFrame("contradicted", "{Sub} has no side effects at doses up to {high_dose}.",
               ("{sub} is completely safe at {high_dose}", "no adverse effects from {sub}", "{sub} is side-effect free"),
               ("no side effects", "safe", "{high_dose}")),
    ClaimFrame("supported", "{Effect} affected {pct}% of people taking {sub} in a {n}-person safety study.",
               ("{pct}% reported {effect} on {sub}", "{effect} is a common side effect of {sub}",
                "many people on {sub} get {effect}"),
               ("{effect}", "side effect")),
    ClaimFrame("supported", "{Sub} can interact with {interacting} and raise the risk of {risk}, as seen in {k} case reports from {year}.",
               ("do not mix {sub} with {interacting}", "{sub} plus {interacting} increases the risk of {risk}"),
               ("{interacting}", "{risk}", "interaction")),
    ClaimFrame("contradicted", "{Sub} is safe to combine with {interacting} at any dose.",
               ("you can take {sub} with {interacting} without worry", "{sub} and {interacting} never interact"),
               ("{interacting}", "safe to combine")),
    ClaimFrame("supported", "A {year} Home Office review kept {sub} as {uk_status} in the UK.",
               ("{sub} remains {uk_status} after the {year} review", "UK law still treats {sub} as {uk_status}"),
               ("{uk_status}", "home office", "uk law"), "UK", only=CONTROLLED),
    ClaimFrame("contradicted", "{Sub} became legal to buy without restriction in the UK in {year}.",
               ("{sub} has been legal in Britain since {year}", "you can buy {sub} freely in the UK"),
               ("legal", "uk", "buy"), "UK"),
    ClaimFrame("either", "{Us_state} allowed supervised adult use of {sub} from {year}.",
               ("adults in {us_state} can use {sub} under supervision", "{us_state} legalised supervised {sub} in {year}"),
               ("{us_state}", "supervised", "adult use"), "US", only=CONTROLLED),
    ClaimFrame("contradicted", "{Sub} has been legal under US federal law since {year}.",
               ("federal law has allowed {sub} since {year}", "{sub} is federally legal in the US"),
               ("federal law", "legal"), "US", only=CONTROLLED),
    ClaimFrame("either", "{Body} approved {sub} for {cond} in {year}.",
               ("{sub} won approval for {cond} in {year}", "{body} licensed {sub} to treat {cond}"),
               ("approved", "{cond}")),
    ClaimFrame("supported", "{Body} issued a safety warning about {sub} and {effect} in {year}.",
               ("regulators warned about {effect} with {sub}", "a {year} safety alert covered {sub} and {effect}"),
               ("safety warning", "{effect}")),
    ClaimFrame("either", "NICE recommended {sub} for {population} with {cond} in its {year} guidance.",
               ("NICE backs {sub} for {cond}", "{sub} is recommended on the NHS for {population} with {cond}"),
               ("nice", "recommended", "{cond}"), "UK"),
    ClaimFrame("supported", "The FDA warned in {year} that {product} sold as {sub} contained undeclared ingredients in {pct}% of samples.",
               ("{sub} {product} were found to hide other ingredients", "FDA testing found undeclared substances in {sub} {product}"),
               ("fda", "undeclared", "{product}"), "US"),
    ClaimFrame("supported", "The usual starting dose of {sub} for {cond} in the {year} guidance is {dose}.",
               ("treatment with {sub} starts at {dose}", "{dose} is the standard first dose of {sub}"),
               ("starting dose", "{dose}")),
    ClaimFrame("supported", "Doses of {sub} above {high_dose} did not improve {symptom_score} further in a {year} trial of {n} people.",
               ("more {sub} is not better beyond {high_dose}", "higher doses of {sub} gave no extra benefit"),
               ("higher dose", "{symptom_score}")),
    ClaimFrame("either", "The effect of {sub} on {cond} appears within {hours} hours in {pct}% of patients.",
               ("{sub} works within {hours} hours", "{sub} acts fast on {cond}"),
               ("{hours} hours", "{cond}")),
    ClaimFrame("supported", "Benefits of {sub} for {cond} faded within {weeks} weeks after the last dose in {pct}% of responders.",
               ("the effect of {sub} wears off after {weeks} weeks", "{sub} gives short-lived relief from {cond}"),
               ("fade", "{weeks} weeks", "{cond}")),
    ClaimFrame("either", "About {pct}% of {population} in {country} reported using {sub} in {year}.",
               ("{pct}% of {population} have used {sub}", "use of {sub} among {population} in {country}"),
               ("{population}", "use", "{country}"), "{juris}"),
    ClaimFrame("supported", "Use of {sub} among {population} in {country} rose by {pct}% between {year} and {later_year}.",
               ("{sub} use is rising among {population}", "more {population} are taking {sub}"),
               ("rise", "{population}"), "{juris}"),
    ClaimFrame("supported", "A {year} review of {kk} trials rated the evidence for {sub} in {cond} as {certainty} certainty.",
               ("the evidence for {sub} in {cond} is {certainty} certainty", "reviewers graded {sub} evidence {certainty}"),
               ("review", "{certainty} certainty", "{cond}")),
    ClaimFrame("supported", "Only {k} of {kk} studies of {sub} for {cond} were placebo-controlled.",
               ("few {sub} studies had a placebo group", "most research on {sub} for {cond} lacked placebo controls"),
               ("placebo-controlled", "studies")),
    ClaimFrame("contradicted", "{Sub} is proven beyond doubt to treat {cond}, according to {kk} trials.",
               ("science has settled that {sub} treats {cond}", "{sub} is a proven treatment for {cond}"),
               ("proven", "{cond}")),
    ClaimFrame("supported", "A course of {sub} for {cond} costs around £{price} privately in the UK.",
               ("private {sub} treatment costs about £{price}", "{sub} for {cond} is expensive to pay for privately"),
               ("cost", "private", "£{price}"), "UK"),
    ClaimFrame("contradicted", "{Sub} for {cond} is free on the NHS for everyone in {uk_region} since {year}.",
               ("the NHS gives {sub} to anyone with {cond}", "{sub} treatment is free in {uk_region}"),
               ("free", "nhs", "{uk_region}"), "UK"),
    ClaimFrame("either", "{Sub} worked as well as {other} for {cond} in a {n}-person head-to-head trial.",
               ("{sub} matched {other} for {cond}", "{sub} and {other} worked equally well"),
               ("{other}", "head-to-head", "{cond}")),
    ClaimFrame("contradicted", "{Sub} works better than every antidepressant for {cond} in {pct}% of cases.",
               ("{sub} beats all antidepressants", "{sub} outperforms every antidepressant"),
               ("antidepressant", "better")),
    ClaimFrame("supported", "{Sub} changed activity in {brain_area} within {hours} hours in a {year} imaging study of {n} people.",
               ("brain scans show {sub} alters {brain_area}", "{sub} affects {brain_area} activity"),
               ("{brain_area}", "imaging")),
    ClaimFrame("supported",
               "Microdosing with {sub} at {dose} {frequency} did not beat placebo on {outcome} in a {n}-person trial.",
               ("microdosing {sub} is no better than placebo for {outcome}", "{sub} microdoses matched placebo"),
               ("microdosing", "placebo", "{outcome}"), "INT", "microdosing", ("psilocybin", "LSD")),
    ClaimFrame("contradicted", "Microdosing {sub} every {days} days is proven to improve {outcome} by {pct}%.",
               ("microdosing {sub} reliably boosts {outcome}", "microdoses of {sub} are proven to work"),
               ("microdosing", "proven", "{outcome}"), "INT", "microdosing", ("psilocybin", "LSD")),
    ClaimFrame("supported", "People with {contra} were advised not to take {sub} in {body}'s {year} guidance.",
               ("{sub} is not advised for people with {contra}", "avoid {sub} if you have {contra}"),
               ("{contra}", "not advised")),
    ClaimFrame("either", "Relapse occurred in {pct}% of people within {months} months of stopping {sub} for {cond}.",
               ("{cond} often returns after {sub} is stopped", "stopping {sub} led to relapse in {pct}%"),
               ("relapse", "stopping", "{cond}")),
)


def _fill_frame(frame: ClaimFrame, rng: random.Random, substance: Substance) -> dict[str, str]:
    slots = Slots(rng, substance)
    statement = frame.statement.format_map(slots)
    variants = [v.format_map(slots) for v in rng.sample(frame.variants, rng.randint(1, len(frame.variants)))]
    terms = dict.fromkeys(t.format_map(slots).lower() for t in frame.key_terms)
    stance = frame.stance if frame.stance != "either" else rng.choice(("supported", "supported", "contradicted"))
    numbers = ", ".join(f"{k} {v}" for k, v in sorted(slots.items()) if v[:1].isdigit())
    return {
        "statement": statement, "stance": stance, "subject": frame.subject or substance.subject,
        "key_terms": ";".join(terms), "variants": " | ".join(variants),
        "finding": f"SYNTHETIC benchmark row, not evidence ({numbers or 'no numbers'}).",
        "topic": substance.topic, "jurisdiction": frame.jurisdiction.format_map(slots),
    }


# Synthetic rows carry only an example.org URL, so they use types that need no DOI or PMID (a journal article
# would), and only grades that can carry a claim on their own (guideline, law, regulator); eight of them, as
# before, so the same seed draws the same sequence.
SOURCE_TYPES = (
    "guideline", "regulation", "legislation", "regulator-guidance", "regulator-decision", "guideline",
    "regulator-warning", "legislation",
)


def _generated_sources(rng: random.Random, count: int) -> list[dict[str, str]]:
    rows = []
    for number in range(1, count + 1):
        substance = SUBSTANCES[number % len(SUBSTANCES)]  # every topic gets its share of sources
        url = f"https://example.org/claimsift-benchmark/{number}"
        rows.append({
            "id": f"gen-s{number:06d}", "type": rng.choice(SOURCE_TYPES),
            "title": f"Synthetic benchmark source {number} on {substance.name} (not a real work)",
            "authors": "claimsift benchmark generator", "year": str(rng.randint(2000, 2024)),
            "venue": "claimsift synthetic benchmark", "doi": "", "pmid": "", "url": url,
            "jurisdiction": rng.choice(("INT", "UK", "US")), "topic": substance.topic,
            "confirmed_at": f"{url} (synthetic, never confirmed)", "last_reviewed": "2026-01-01",
            "finding": "SYNTHETIC benchmark row for speed measurements; it is not evidence of anything.",
        })
    return rows


def _generated_claims(rng: random.Random, count: int, sources: list[dict[str, str]], taken: set[str]) -> list[dict]:
    by_topic: dict[str, list[str]] = {}
    for source in sources:
        by_topic.setdefault(source["topic"], []).append(source["id"])
    all_ids = [source["id"] for source in sources]
    by_name = {substance.name: substance for substance in SUBSTANCES}
    rows: list[dict] = []
    attempts = 0
    while len(rows) < count:
        attempts += 1
        if attempts > 50 * count + 1000:
            raise RuntimeError(f"could not generate {count} distinct statements; add claim frames or word lists")
        frame = rng.choice(CLAIM_FRAMES)
        substance = rng.choices(SUBSTANCES, weights=SUBSTANCE_WEIGHTS)[0]
        if frame.only and substance.name not in frame.only:
            substance = by_name[rng.choice(frame.only)]
        row = _fill_frame(frame, rng, substance)
        key = " ".join(row["statement"].lower().split())
        if key in taken:  # the loader refuses two claims with the same statement
            continue
        taken.add(key)
        cited = [rng.choice(by_topic.get(substance.topic) or all_ids)]
        cited += rng.sample(all_ids, rng.randint(0, min(2, len(all_ids))))
        rows.append({"id": f"gen-c{len(rows) + 1:06d}", "source_ids": ";".join(dict.fromkeys(cited)), **row})
    return rows


def write_table(folder: Path, reference_claims: int, seed: int = 0) -> dict:
    """Write sources.csv, claims.csv and domains.csv: the default table plus generated rows, `reference_claims` in all.

    With fewer than the default table's claims, the default's first `reference_claims` claims are kept.
    """
    from sources import DEFAULT_DIR  # only here: articles need nothing from the project

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    default = {name: _read_csv(DEFAULT_DIR / f"{name}.csv") for name in ("sources", "claims", "domains")}
    claims_header, claims = default["claims"]
    claims = claims[:reference_claims]
    missing = max(0, reference_claims - len(claims))
    rng = random.Random(f"claimsift-table:{seed}")
    generated_sources = _generated_sources(rng, max(1, -(-missing // 25))) if missing else []
    taken = {" ".join(row["statement"].lower().split()) for row in claims}
    generated = _generated_claims(rng, missing, generated_sources, taken)
    sources_header, sources = default["sources"]
    domains_header, domains = default["domains"]
    _write_csv(folder / "sources.csv", sources_header, sources + generated_sources)
    _write_csv(folder / "claims.csv", claims_header, claims + generated)
    _write_csv(folder / "domains.csv", domains_header, domains)
    return {"sources": len(sources) + len(generated_sources), "claims": len(claims) + len(generated),
            "domains": len(domains), "generated_claims": len(generated)}


def _read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        return list(reader.fieldnames or []), list(reader)


def _write_csv(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


# --------------------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].strip())
    commands = parser.add_subparsers(dest="command", required=True)
    articles = commands.add_parser("articles", help="Markdown and HTML files in subfolders of at most 1000")
    articles.add_argument("out", type=Path)
    articles.add_argument("--count", type=int, default=10_000)
    articles.add_argument("--html-share", type=float, default=0.2)
    table = commands.add_parser("corpus-table", help="the articles as one .jsonl, .csv or .parquet table")
    table.add_argument("out", type=Path)
    table.add_argument("--count", type=int, default=1000)
    source_table = commands.add_parser("table", help="a source table folder: the default plus synthetic claims")
    source_table.add_argument("out", type=Path)
    source_table.add_argument("--claims", type=int, default=50_000)
    for command in (articles, table, source_table):
        command.add_argument("--seed", type=int, default=0)
    options = parser.parse_args(argv)
    start = time.perf_counter()
    if options.command == "articles":
        done = write_articles(options.out, options.count, options.seed, options.html_share)
        summary = (f"{done['files']:,} articles, {done['bytes'] / 1e6:.1f} MB, "
                   f"~{done['sentences_approx']:,} sentences")
    elif options.command == "corpus-table":
        try:
            done = write_corpus_table(options.out, options.count, options.seed)
        except (ValueError, RuntimeError) as error:
            parser.exit(2, f"error: {error}\n")
        summary = f"{done['rows']:,} articles in one table, {done['bytes'] / 1e6:.1f} MB"
    else:
        done = write_table(options.out, options.claims, options.seed)
        summary = (f"source table with {done['claims']:,} claims ({done['generated_claims']:,} synthetic), "
                   f"{done['sources']:,} sources, {done['domains']:,} domains")
    print(f"{options.out}: {summary} in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
