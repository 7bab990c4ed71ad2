"""Word lists the promotion signals share, kept as data. Each says what it is for.

No list names a brand, a shop or a site: sellers are recognised from how a page talks, not from who they are.
"""
from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def cued(lower: str, cues: tuple[str, ...]) -> bool:
    """Whether the lower-cased text holds one of the cues: every match of a signal's pattern contains one, so a
    sentence without any is skipped before the (slower) pattern runs. `map` keeps the loop in C: this runs for
    every signal on every sentence."""
    return any(map(lower.__contains__, cues))


def alternation(items) -> str:
    """A regex alternation of the items, longest first (so "tinctures" wins over "tincture")."""
    return "|".join(sorted((re.escape(i).replace(r"\ ", r"\s+") for i in items), key=len, reverse=True))


# Forms a product is sold in: joined to a name ("Calmleaf gummies") they make a product; after "our", "this",
# "each" they are the seller talking about its own goods.
PRODUCT_NOUNS = words("""
    oil oils gummy gummies tincture tinctures capsule capsules chocolate chocolates bar bars kit kits drops spray
    sprays cream creams balm balms edible edibles tea teas blend blends extract extracts powder powders supplement
    supplements vape vapes pill pills tablet tablets softgels bundle bundles formula formulas multivitamin
    product products range dose doses serving servings bottle bottles jar jars pack packs sachet sachets
    microdose microdoses truffles honey coffee
""")
# What a clinic or an online service sells.
SERVICE_NOUNS = words("""
    clinic clinics therapy therapies treatment treatments programme program programs sessions consultation
    consultations retreat retreats telehealth infusion infusions coaching membership memberships plan plans
""")
# Words that make a capitalised name a seller: "The Greenway Shop", "Calmleaf Labs", "Brookside Farm".
SELLER_NOUNS = words("""
    shop store stores dispensary apothecary brand brands company dealer seller supplier suppliers vendor retailer
    marketplace labs lab naturals botanicals farm farms co ltd inc llc gmbh clinic clinics wellness cbd
""")
# What a seller says it sells or makes, after "our": "our tinctures", "our mushrooms", "our shop". Not "our website"
# or "our clients": a regulator, a university and a charity say those too.
GOODS_NOUNS = PRODUCT_NOUNS | SELLER_NOUNS | words("""
    mushrooms truffles strains shroom shrooms cbd hemp flower flowers customers products catalogue catalog order orders
    delivery shipping prices kava kratom herbs
""")
# What a clinic or a paid service calls its own, after "our": "our program", "our clinicians". Weaker than goods:
# a public service speaks of "our clinicians" too ("our team", "our nurses", "our staff" are left out).
SERVICE_VOICE_NOUNS = SERVICE_NOUNS | words("""
    practice clinician clinicians physicians therapists guides specialists injections
""")
# What "our" means of everyone, not of a seller: "our bodies", "our diets", "our mental health".
EVERYONES_NOUNS = words("""
    body bodies brain brains mind minds health lives life diet diets cells dna muscles nerves bones blood gut skin
    sleep mood moods immune system systems ancestors species society planet world children kids genes hormones
    heart hearts liver metabolism wellbeing well-being
""")
# Ingredients, substances and categories: they describe what a product is, they never make a name a brand
# ("CBD Oil", "Lion's Mane Mushrooms", "Magic Truffles").
GENERIC = words("""
    cbd thc hhc delta hemp cannabis marijuana cannabidiol mushroom mushrooms shroom shrooms magic truffle truffles
    psilocybin psilocin ketamine esketamine lion's lions mane reishi chaga cordyceps turkey tail amanita muscaria
    kava vitamin vitamins omega fish organic vegan natural medicinal functional full broad spectrum full-spectrum
    broad-spectrum microdose microdosing psychedelic psychedelics herbal dark milk infused raw pure premium
    mental health wellness therapy ketamine-assisted at-home home online legal uk us eu usa lion
    rhodiola ashwagandha turmeric curcumin ginseng ginkgo valerian melatonin magnesium zinc st john's wort
    probiotic probiotics collagen saffron maca moringa spirulina elderberry echinacea passionflower chamomile
    lavender adaptogen adaptogens nootropic nootropics kratom kanna blue lotus john
    mdma lsd dmt ayahuasca ibogaine mescaline salvia ssri ssris snri snris sertraline escitalopram citalopram
    fluoxetine paroxetine venlafaxine mirtazapine bupropion lithium alcohol nicotine caffeine cannabinoid cannabinoids
    england scotland wales ireland britain british european europe america american canada canadian australia
    germany netherlands dutch france spain portugal italy switzerland india china japan mexico london
""")
# Endings of generic medicine names, after the WHO's INN stems: a leaflet's "Metformin Tablets" or "Omalizumab
# injection" names a medicine, not a seller's brand (brand names such as "Spravato" are coined, not stemmed).
INN_ENDINGS = re.compile(
    r"(?:formin|statin|pril|sartan|olol|dipine|azole|mycin|cillin|cycline|floxacin|oxetine|ipramine|triptyline|"
    r"prazole|tidine|triptan|gliptin|gliflozin|glitazone|lukast|terol|tropium|setron|azepam|azolam|profen|"
    r"dronate|parin|xaban|gatran|tinib|mab|vir|thiazide|semide|olone|sone|afil|lamide)$",
    re.I,
)
# Names that belong to public, clinical, academic or charitable bodies: never a seller.
INSTITUTION_WORDS = words("""
    nhs nice fda cdc who mhra ema fsa dea nih nida samhsa emcdda unodc gmc cqc bma acmd smc government home office
    department ministry agency authority council commission parliament committee court university college school
    institute institution centre center hospital hospitals trust foundation charity society association academy
    library service services board consortium network alliance union federation police crown prosecution
    service research journal review collaboration programme unit standards executive regulator regulatory
    administration inspectorate ombudsman directorate bureau assembly senate congress
""")
# Common words a sentence starts with: a capitalised word there is not yet a name.
SENTENCE_STARTERS = words("""
    a an the this that these those our your my their his her its we you they it i he she each every all some many
    most more few no not any one two three best top new why how what when where which who if in on at for from
    with by as of to and or but so also aside although because while instead thus however however, according
    there here after before during under over between about despite unlike since until studies research
    strong good great is are was were be been do does did can could will would should may might must have has
    had get got make made take taking use using try buy shop find see learn read discover explore enjoy
""")

# Loud words of sales copy: "indulgence", "one-of-a-kind", "elixir". Alone they prove nothing; on a page that
# sells, with the product named, they are the pitch.
HYPE = re.compile(
    r"\b(?:indulg\w*|treat yourself|one[- ]of[- ]a[- ]kind|elixir|euphoric|whimsical|delectable|delicious|"
    r"savou?r\w*|connoisseur|next big thing|game[- ]changer|must[- ]have|unleash|elevate your|boost your|"
    r"supercharge\w*|potent|finest|world[- ]class|best[- ]in[- ]class|expertly[- ]\w+|unique (?:benefits|blend|"
    r"formula|experience|sensory experience)|sensory experience|remarkably safe|eco[- ]friendly|hand[- ]?crafted|"
    r"artisan\w*|extra dash of|adventure|signature|satisf(?:ied|action) guaranteed|you(?:'| wi)ll love|"
    r"all[- ]star|excellent choice|perfect for|(?:are|is) not (?:all )?created equal|not all [\w' -]{1,40} are created equal)\b",
)
# Amounts of money: "£50", "$3.34", "€20", "20 USD".
# A full stop after the amount ends the sentence ("It costs £50."); a digit after it would make it a longer number.
PRICE = re.compile(r"(?:[£$€]\s?\d[\d,]*(?:\.\d\d)?(?![\d,]|\.\d)(?!\s*(?:million|billion|bn|m)\b)|\b\d[\d,]*(?:\.\d\d)?\s?(?:usd|gbp|eur)\b)")
# A price per unit, as a listing or a price tag shows it: "($3.34 / oz.)", "£24.99 per bottle".
UNIT_PRICE = re.compile(
    PRICE.pattern + r"\s*(?:/|per|an?|each)\s*(?:oz|ounce|g|gram|kg|lb|bottle|jar|pack|bar|box|bag|unit|piece|each)?\b",
)
# Reputable context: a sentence that warns, recalls, reports harm or funding is about a product, not selling it.
CAUTION = re.compile(
    r"\b(?:recall(?:s|ed|ing)?|warn(?:s|ed|ing|ings)?|poison(?:s|ed|ing|ings)?|seiz(?:ed|ure)|illness(?:es)?|"
    r"hospitali[sz]\w*|adverse|contaminat\w*|undisclosed|undeclared|unlabell?ed|banned|withdrawn|enforcement|"
    r"(?:has|have|was|were) (?:given|donated|granted)|donors?|grants?|funded by|funding)\b",
)
# A seller's legal or safety disclaimer: it protects the seller, it does not sell ("consult your doctor before use",
# "we cannot be held responsible", "not intended to diagnose, treat or cure").
DISCLAIMER = re.compile(
    r"\b(?:(?:consult|talk to|speak to|speak with|check with) (?:with )?(?:your|a|their) (?:own )?(?:doctor|gp|physician|"
    r"pharmacist|health ?care (?:provider|professional))|"
    r"(?:not|cannot be held|can't be held|will not be held) (?:be )?(?:held )?(?:accountable|responsible|liable)|"
    r"do not exceed|not (?:intended|meant) to (?:diagnose|treat|cure)|not been evaluated by|"
    # "… is not a substitute for medical advice", "treatment decisions should be made with your doctor"
    r"not (?:a |intended to be a |meant to be a )?(?:substitute|replacement) for (?:professional )?"
    r"(?:medical|health) (?:advice|care)|"
    r"(?:treatment|health|medical) decisions? (?:should|must) be (?:made|determined|taken)|"
    r"make (?:any |all )?(?:treatment|health|medical) decisions with|"
    r"for (?:educational|informational|information) purposes only)\b",
)
# A research team's voice: a study, not a sale ("we plan to study", "participants", "the principal investigator").
RESEARCH = re.compile(
    r"\bwe (?:plan|intend|propose|sought|conducted|recruited|enrolled|randomi[sz]ed|analy[sz]ed|measured|hypothesi[sz]ed)\b|"
    r"\b(?:participants|principal investigator|healthy volunteers|study protocol|trial registration|peer[- ]reviewed)\b"
)
# A free public, charitable or official service: inviting readers to it is not promotion.
PUBLIC_SERVICE = re.compile(
    r"\b(?:free and confidential|free of charge|at no cost|charity|charitable|non[- ]?profit|not[- ]for[- ]profit|"
    r"helpline|nhs|government[- ]funded|publicly funded|crisis line|your gp can refer|refer yourself|"
    r"referred by (?:your|a) gp|referral form|send (?:us )?a referral|referrals? (?:to|for) (?:our|the|this) "
    r"(?:[\w-]+ ){0,2}?(?:program|programme|service|clinic|team)|referrals? (?:[\w-]+ ){0,3}?(?:must|should|can) "
    r"(?:come|be made|be sent)|"
    # a hospital's service takes its patients on referral: "after you are referred to our program by your physician"
    r"referred (?:to (?:our|the|this) (?:[\w-]+ ){0,2}?(?:program|programme|service|clinic) )?by (?:your|a|their) "
    r"(?:physician|doctor|psychiatrist|clinician)|"
    # a watchdog: an advertising regulator's ruling ("Complaint upheld", "the advertisers' website"), a consumer
    # protection office warning of scams; it quotes sellers, it sells nothing
    r"upheld|complainants?|advertisers(?=['’])|advertisers (?:said|stated|claimed|did not)|in breach of|scams?|"
    r"consumer protection|attorney general|trading standards|miracle cures?|waste of (?:your )?money)\b",
)
