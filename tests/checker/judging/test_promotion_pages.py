"""Promotion on marketing copy without web domains, and the page around it.

Every page here is invented: the brands, shops and phone numbers are made up for these tests.
"""
import pytest

from checker import Checker, check_text
from checker.judging.promotion import PAGE_WEIGHTS, WEIGHTS, is_promotion
from checker.judging.signals import REGISTRY

CHECKER = Checker()


def findings(text: str, path: str = "page.txt") -> dict[str, object]:
    return {f.claim: f for f in check_text(text, path, checker=CHECKER).findings}


def promoted(text: str, path: str = "page.txt") -> list[str]:
    return [claim for claim, f in findings(text, path).items() if f.verdict.value == "promotion"]


def verdict(text: str, sentence: str) -> str:
    found = findings(text)
    return found[sentence].verdict.value if sentence in found else "none"


# --- the decision is data ------------------------------------------------------------------------------

def test_every_signal_has_a_weight_and_the_page_weights_are_named():
    assert set(REGISTRY) == set(WEIGHTS)
    assert all(isinstance(w, float) and isinstance(most, float) for w, most in PAGE_WEIGHTS.values())


def test_the_decision_adds_weights_up_to_the_threshold():
    assert is_promotion({"brand": ["x"], "endorsement": ["y"]}, [])
    assert not is_promotion({"brand": ["x"]}, [])
    assert is_promotion({"seller-voice": ["our oils"]}, ["page sells"])
    assert not is_promotion({"brand": ["x"], "endorsement": ["y"], "caution": ["recall"]}, [])


# --- brands and products named without a domain ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Calmleaf CBD is one such brand that is making waves with its tinctures, gummies and balms.",
    "You can find vegan gummies from places like Hollowbrook, who offer all of their gummies without gelatin.",
    "The most dependable dealer we have found, year after year, is always The Fernway Shop.",
    "Best for Sleep: Nightjar Magnesium Gummies at Bigmart",
    "Runner-up: Ostara Botanicals Night Drops at Bigmart",
    "Brambleton Kratom has many different strains available for purchase.",
    "Hollow Oak Fungi makes small-batch mushroom tinctures from logs grown in Devon.",
])
def test_a_brand_named_with_selling_language_is_promotion(sentence):
    assert verdict(sentence, sentence) == "promotion", findings(sentence)


@pytest.mark.parametrize("sentence", ["Pharmacies have St John's wort tablets available to buy.",
                                      "The NHS has talking therapies available for free.",
                                      "The liver makes most of the body's cholesterol, whatever supplements you take."])
def test_goods_available_from_no_named_seller_are_not_promotion(sentence):
    assert verdict(sentence, sentence) != "promotion", findings(sentence)


def test_a_sentence_that_carries_on_about_the_brand_is_promotion():
    text = ("Calmleaf CBD is one such brand that is making waves with its tinctures and gummies. "
            "They craft their oil from hemp grown on their own farm. "
            "Beyond its ingredients, Calmleaf CBD is careful about every batch.")
    assert len(promoted(text)) == 3


def test_a_provider_that_offers_its_service_is_promotion_where_the_name_recurs():
    text = ("Serenwell delivers ketamine therapy through an online model.\n\n"
            "Serenwell offers treatment entirely from home.\n\n"
            "Your initial consultation, your care plan and your sessions all happen by video, "
            "from the comfort of your own home.")
    assert len(promoted(text)) == 3


def test_link_text_naming_its_own_site_is_a_brand():
    text = "Try [Hollowbrook](https://hollowbrook.example.com/oils) for a premium oil."
    found = findings(text, "page.md")
    assert [f.verdict.value for f in found.values()] == ["promotion"]
    assert "link text names Hollowbrook" in next(iter(found.values())).promotion_signals


# --- the seller's own voice, shop and offer lines, on a page that sells -----------------------------------

SHOP_PAGE = """Delivery and returns

How much is delivery?

Delivery is free on every order over £40.
On smaller orders we charge a flat £4.

What is the Refill Club?

It is a subscription that keeps you stocked up. As a loyal customer you get a 15% discount on every refill.

If you are not happy with our oils, we will refund your first order in full.
Nothing to send back, no questions asked!

We use only organic hemp in our tinctures.
Each bottle is filled by hand on our farm.
"""


def test_shop_and_offer_lines_are_promotion():
    for sentence in ["Delivery is free on every order over £40.",
                     "As a loyal customer you get a 15% discount on every refill.",
                     "If you are not happy with our oils, we will refund your first order in full.",
                     "Nothing to send back, no questions asked!"]:
        assert verdict(SHOP_PAGE, sentence) == "promotion", sentence


def test_the_sellers_own_voice_is_promotion_on_a_page_that_sells():
    assert verdict(SHOP_PAGE, "We use only organic hemp in our tinctures.") == "promotion"
    assert verdict(SHOP_PAGE, "Each bottle is filled by hand on our farm.") == "promotion"
    # the same sentence on its own, with no page that sells around it, is only a claim
    alone = "We use only organic hemp in our tinctures."
    assert verdict(alone, alone) != "promotion"


def test_faq_questions_on_a_shop_page_are_not_promotion():
    assert verdict(SHOP_PAGE, "How much is delivery?") == "none"


def test_the_signals_are_named_in_the_report():
    found = findings(SHOP_PAGE)
    assert "offer: free" not in found["Delivery is free on every order over £40."].promotion_signals
    assert "offer: delivery is free" in found["Delivery is free on every order over £40."].promotion_signals
    voice = found["We use only organic hemp in our tinctures."].promotion_signals
    assert "seller voice: our tinctures" in voice
    assert "page sells: " in voice


def test_a_price_tag_line_is_promotion():
    text = "*LAVENDER BUDS – ($4.20 / oz.)\n\nLavender has been used for centuries in folk remedies."
    assert promoted(text) == ["*LAVENDER BUDS – ($4.20 / oz.)"]


def test_a_product_name_as_a_heading_is_not_promotion():
    text = ("Fernway Night Chocolate Bars:\n\nEach bar is a velvety, indulgent treat. "
            "We ship our chocolate bars across the country, with free delivery on every order!")
    assert "Fernway Night Chocolate Bars:" not in promoted(text)
    assert "Each bar is a velvety, indulgent treat." in promoted(text)


# --- endorsements and list picks ----------------------------------------------------------------------

LIST_PAGE = """The 5 Best Sleep Supplements, Picked by Our Editors

We may earn a commission on purchases made through our links.

Best Overall: Nightjar Magnesium Gummies at Bigmart

"These gummies are gentle and easy to take before bed."

Best Budget: Ostara Botanicals Night Drops at Bigmart

"A dropper a night is all you need."

Around one in three adults sleeps badly at least once a week.
"""


def test_a_list_pick_and_its_blurb_are_promotion():
    found = promoted(LIST_PAGE)
    assert "Best Overall: Nightjar Magnesium Gummies at Bigmart" in found
    assert '"These gummies are gentle and easy to take before bed."' in found
    assert '"A dropper a night is all you need."' in found
    assert "We may earn a commission on purchases made through our links." in found
    assert "Around one in three adults sleeps badly at least once a week." not in found


def test_a_generic_health_claim_on_an_affiliate_page_is_not_promotion():
    text = ("We may earn a commission if you buy through our links. Here are 8 of the best CBD oils for stress.\n\n"
            "This natural oil, pressed from hemp flowers, can calm the mind without a high.")
    assert verdict(text, "This natural oil, pressed from hemp flowers, can calm the mind without a high.") != "promotion"


# --- a clinic's own booking copy -------------------------------------------------------------------------

CLINIC_PAGE = """Call us on: 0161 496 0000

Ketamine-assisted therapy

Ketamine can ease depression quickly when other treatments have failed.
Talking therapy helps people stay well for longer.
So at Brightmind we combine ketamine with talking therapy to make the most of both.
"""


def test_a_clinics_booking_line_and_its_own_service_are_promotion():
    found = promoted(CLINIC_PAGE)
    assert "Call us on: 0161 496 0000" in found
    assert "So at Brightmind we combine ketamine with talking therapy to make the most of both." in found
    assert "Ketamine can ease depression quickly when other treatments have failed." not in found


# --- reputable near-misses -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a recall notice naming a brand
    "Calmleaf Labs is recalling all batches of its sleep gummies after tests found undeclared melatonin. "
    "Customers should stop using Calmleaf gummies and return them to the shop for a refund.",
    # a regulator warning
    "The agency warned consumers not to buy Nightjar CBD oil, which contained THC above the legal limit.",
    # a research centre naming its donors
    "A $20 million gift from private donors and the Hollis Family Foundation started the Centre for Mind Research. "
    "We plan to study how psilocybin affects mood, and our team will recruit healthy volunteers. "
    "Press office: 020 7946 0000.",
    # a charity's free service
    "Greenway Helpline offers free and confidential advice to anyone worried about drugs. "
    "Call us on 0800 123 4567, seven days a week. Our team of trained volunteers answers every call.",
    # an NHS page with the prices of NHS treatments
    "A prescription costs £9.90 per item in England. A 12-month prepayment certificate costs £114.50. "
    "Self-pay ketamine infusions cost £250 per session at one NHS trust. You can get free prescriptions if you are over 60.",
    # an NHS trust's fee list for its self-pay service
    "The income from this self-pay service funds NHS care in the trust.\n\n"
    "Assessment with a psychiatrist £240\n\nEach infusion £240\n\nSupport groups £15 per session\n\n"
    "Delivery of oral medication £9\n\nYou pay by a link we email you before each appointment.\n\n"
    "Please contact us as soon as you know you cannot attend.",
    # a surgery's repeat prescription line
    "Repeat prescription order line: 0300 555 0101",
    # a trial protocol naming a product
    "Each capsule contained 25 mg psilocybin or a placebo. Participants took the capsules under supervision at the clinic.",
    # a regulator that names itself as it speaks
    "At Drinking Water Standards Wales we are working with councils to keep tap water safe. "
    "Since our first advice in 2020, we have asked suppliers to publish their test results.",
    # a local news report quoting a charity's director, who names the charity as she speaks
    "The national charity Quietwater runs free peer support groups for people with depression.\n\n"
    "Its director said: “At Quietwater we make space for people to be heard.\n\n"
    "“At Quietwater we believe nobody should face depression alone.”\n\n"
    "See www.quietwater-support.org.uk/groups for more details.",
    # a university naming itself before its "our"
    "At Larchwood University, most of our trials of psilocybin recruit adults with depression.",
    # a news report on a shop
    "Smoke shops in the state have been selling mushroom gummies marketed as nootropics, and five people were hospitalised.",
])
def test_reputable_pages_naming_products_are_not_promotion(text):
    assert promoted(text) == []


ARTICLE_WITH_A_PLUG = """# Ketamine for low mood

Ketamine infusions can ease depression within hours in some people.
A full course costs around £2,400 privately, and top-up sessions cost extra.
Patients should be monitored for at least two hours after each dose.
The cost of depression to the economy is put at £100 billion a year.

Where to buy

Use code CALM10 at calmleaf-shop.example.com for 10% off your first order.
We may earn a commission when you buy through our links.
"""


def test_a_plug_in_an_article_does_not_make_the_article_a_shop():
    found = promoted(ARTICLE_WITH_A_PLUG, "article.md")
    assert "Use code CALM10 at calmleaf-shop.example.com for 10% off your first order." in found
    assert "We may earn a commission when you buy through our links." in found
    assert not [s for s in found if "£" in s or "each dose" in s], found


def test_a_promotional_sentence_keeps_its_evidence():
    text = ("Shop our range: free delivery on every order over £30.\n\n"
            "Our fresh magic mushrooms are legal in the UK as long as they are fresh.")
    found = findings(text)
    row = found["Our fresh magic mushrooms are legal in the UK as long as they are fresh."]
    assert row.verdict.value == "promotion"
    assert row.evidence.value == "contradicts"


# --- the author of a selling page speaking of itself --------------------------------------------------------

KAVA_BAR = (
    "Welcome to the Tidewater Kava Lounge. Free delivery on orders over £30, and 10% off your first order. "
    "We source our roots from small farms on the islands. "
    "Our mission is to share a calm evening with every guest. "
    "Kava has been drunk in the Pacific for centuries."
)


def test_on_a_selling_page_the_sellers_we_is_promotion():
    shown = promoted(KAVA_BAR)
    assert "We source our roots from small farms on the islands." in shown
    assert "Our mission is to share a calm evening with every guest." in shown
    assert "Kava has been drunk in the Pacific for centuries." not in shown  # no first person: a claim to judge


def test_we_meaning_everyone_is_not_the_seller():
    text = KAVA_BAR + " Most of us do not get enough magnesium. Our bodies need it to keep muscles working."
    shown = promoted(text)
    assert "Most of us do not get enough magnesium." not in shown
    assert "Our bodies need it to keep muscles working." not in shown


def test_a_quoted_expert_is_not_the_sellers_voice():
    text = KAVA_BAR + ' "We still need larger trials," said one pharmacologist.'
    assert '"We still need larger trials," said one pharmacologist.' not in promoted(text)


def test_the_same_we_on_a_page_that_does_not_sell_is_not_promotion():
    text = ("The Riverside Recovery Trust is a registered charity. "
            "We source our volunteers from the local community. "
            "Our mission is to support people affected by drug use.")
    assert promoted(text) == []


# --- a clinic describing its own paid service -----------------------------------------------------------------

CLINIC = (
    "How our program works. "
    "Schedule an in-person consultation with our clinician to see if you are a good candidate for our program. "
    "You'll meet your provider, who will review your treatment plan with you. "
    "Our trained guides will sit with you during each session. "
    "You will be connected to a monitor while the infusion runs."
)


def test_a_clinics_process_copy_is_promotion():
    shown = promoted(CLINIC)
    assert "You will be connected to a monitor while the infusion runs." in shown
    assert "You'll meet your provider, who will review your treatment plan with you." in shown


def test_a_clinics_staff_clients_and_costs_are_its_own_copy():
    text = CLINIC + (" The prescriber will adjust the dose during the session. Most clients find the music calming. "
                     "The fee includes the cost of the medicine and its monitoring.")
    shown = promoted(text)
    assert "The prescriber will adjust the dose during the session." in shown
    assert "Most clients find the music calming." in shown
    assert "The fee includes the cost of the medicine and its monitoring." in shown


def test_a_public_service_describing_its_process_is_not_promotion():
    text = ("Ketamine treatment on the NHS. Your GP can refer you to our service, which is free of charge. "
            "You will meet your care coordinator before the first session. "
            "You will be connected to a monitor while the infusion runs. "
            "The prescriber will adjust the dose during the session.")
    assert promoted(text) == []


def test_a_seller_that_names_itself_is_the_pages_brand():
    text = ("At Larchwood Herbs, we dry every cap by hand. Our tinctures ship in glass bottles. "
            "Larchwood Herbs has grown mushrooms for twenty years.")
    assert "Larchwood Herbs has grown mushrooms for twenty years." in promoted(text)


def test_a_clinics_insurance_and_financing_lines_are_its_own_copy():
    text = CLINIC + " Most insurers do not cover the infusions yet."
    assert "Most insurers do not cover the infusions yet." in promoted(text)


@pytest.mark.parametrize("line", [
    "Earn 5 reward points for every pound you spend.",
    "Refer a friend and you both get a free bottle.",
])
def test_loyalty_and_referral_lines_are_offers(line):
    assert verdict(line, line) == "promotion", findings(line)


@pytest.mark.parametrize("text, sentence", [
    ("Buy Marsh Caps", "Buy Marsh Caps"),
    ("I run Quillby Health, and I see every patient myself. Our program starts with a video call.",
     "I run Quillby Health, and I see every patient myself."),
    ("Truffle microdose pack € 79,00. You can weigh your own doses or use ready-made packs like ours.",
     "You can weigh your own doses or use ready-made packs like ours."),
])
def test_a_shops_button_a_founder_and_goods_like_ours_are_the_sellers(text, sentence):
    assert verdict(text, sentence) == "promotion", findings(text)


@pytest.mark.parametrize("text", ["Buy Nothing groups share goods between neighbours for free.", "Buy Safely Online",
                                  "Shop Local"])
def test_a_campaigns_advice_is_not_a_shops_button(text):
    assert promoted(text) == []


@pytest.mark.parametrize("line", [
    "Best for Sleep: Dozewell Night Tincture | full review",
    "Marigold Calm Gummies 25 mg | read our full review",
])
def test_a_review_lists_product_line_is_a_pick(line):
    assert verdict(line, line) == "promotion", findings(line)


@pytest.mark.parametrize("text, amount", [("A month's supply costs £50.", "£50"), ("Price € 79,00.", "€ 79,00"),
                                          ("The clinic raised £3.5 million.", None)])
def test_a_price_at_the_end_of_a_sentence_is_read(text, amount):
    from checker.judging.signals.vocabulary import PRICE
    assert (PRICE.search(text).group(0) if PRICE.search(text) else None) == amount


@pytest.mark.parametrize("sentence", [
    "We recommend that customers always consult their doctor before taking any new products.",
    "We cannot be held responsible for changes in flavour between batches of our oils.",
    "Our capsules are not intended to diagnose, treat or cure any disease.",
    "Our guides are not a substitute for medical advice from your own doctor.",
    "Every treatment decision should be made together with your pharmacist, not from our product pages.",
    "Our editors urge you to make any treatment decisions with your own doctor, not from our oil reviews.",
])
def test_a_shops_own_disclaimer_is_not_promotion(sentence):
    text = "Free delivery on orders over £40 and 10% off your first order. " + sentence
    assert sentence not in promoted(text)


@pytest.mark.parametrize("heading", ["# Our Returns Process", "# How We Chose the Best Calming Oils"])
def test_a_selling_pages_heading_in_its_own_voice_is_not_promotion(heading):
    text = heading + "\n\nFree delivery on orders over £40. We ship our oils in glass bottles.\n"
    assert heading[2:] not in promoted(text, "page.md")


# --- an author that speaks as the seller, with no seller's vocabulary ------------------------------------------

VISIT = (
    "What to expect at your visit. "
    "We will guide you through each step of the treatment. "
    "We keep a quiet recovery room for you and your companion. "
    "Our nurses are trained in infusion care, and we recommend our evening slots for first visits. "
    "Book a consultation to get started. "
    "Eat a light meal a few hours before your first appointment. "
    "Plan for someone to drive you to and from the appointments."
)


def test_a_clinic_speaking_as_itself_sells_its_visits():
    shown = promoted(VISIT)
    assert "We keep a quiet recovery room for you and your companion." in shown
    assert "Eat a light meal a few hours before your first appointment." in shown
    assert "Plan for someone to drive you to and from the appointments." in shown


@pytest.mark.parametrize("preface", [
    "This NHS service is free for patients referred by their GP. ",
    "Our research team runs this trial at the university hospital, and participants are paid travel costs. ",
])
def test_a_public_service_or_a_trial_speaking_as_itself_does_not_sell(preface):
    assert promoted(preface + VISIT) == []


@pytest.mark.parametrize("page, line", [
    pytest.param("Calmleaf Reishi Drops\n\nOur tinctures are made in small batches and ship free over £40.\n\n",
                 "£24.00 £29.00", id="a bare price line"),
    pytest.param("We host small psilocybin retreats on our farm. Our facilitators have guided hundreds of guests, and we "
                 "recommend our autumn retreat for first-timers. Book a consultation with our team. ",
                 "Pay your deposit to hold your spot on the retreat.", id="a retreat's booking step"),
    pytest.param("Calmleaf Shop ships kratom across the country. Our orders leave the same day. ",
                 "Below is a picture of the screen you will see once you reach our checkout page:",
                 id="a long sentence leading into a list, not a label"),
    pytest.param("Our clinicians prescribe at-home ketamine, and our care team checks in every week. "
                 "Book a free consultation today. Harbourlight Health's ketamine programme starts with a video assessment. ",
                 "Harbourlight Health takes safety seriously and gives every patient a named coach.",
                 id="the brand as the subject, in the third person"),
    pytest.param("Free delivery on orders over £40. We pack our oils by hand. ", "Phone: 0161 555 0199",
                 id="a contact label with its number"),
    pytest.param("Free delivery on orders over £40. We pack our oils by hand. ",
                 "All items are shipped the same day.", id="shipped"),
    pytest.param("Our retreats run for a week, and we recommend our spring dates. Book a consultation with our team. ",
                 "Most other psychedelic retreats have one facilitator for every five guests.", id="comparative advertising"),
    pytest.param("Top 5 reishi supplements, tested by our team. Our top pick is Calmleaf Reishi. ",
                 "Advertiser Disclosure", id="an advertiser disclosure"),
    pytest.param("Saffron Calm capsules\n\nEach capsule holds 30 mg of saffron extract. Each bottle holds sixty "
                 "capsules.\n\n",
                 "$18.50", id="a price beside the page describing its goods"),
    pytest.param("Kava is a drink made from the root of a Pacific plant. ",
                 "At Larchwood Kava Farm, every one of our roots is dried in the sun.",
                 id="a seller naming itself before its 'our'"),
    pytest.param("The five best sleep gummies, chosen by our editors. We may earn a commission from these links. ",
                 "Flavour: 4.5/5", id="a rating out of five"),
    pytest.param("Calmleaf Sleep Gummies\n\nFlavour: 4.1/5\n\nCalmleaf gummies come highly rated by buyers.\n\n"
                 "Value: 3.9/5\n\nNightjar Drops\n\nStrength: 4.4/5\n\n",
                 "Each bottle carries a 30-day satisfaction guarantee.",
                 id="a review list cut before its picks, and a guarantee"),
])
def test_a_selling_pages_own_lines_are_promotion(page, line):
    assert line in promoted(page + line)


@pytest.mark.parametrize("text", [
    pytest.param("Charges for private patients at the trust hospital\n\nAn initial assessment costs:\n\n£250\n\n"
                 "Each infusion session costs:\n\n£400\n\nThe NHS treats eligible patients free of charge.\n",
                 id="bare prices on a public fee list"),
    pytest.param("Harbourlight Health's ketamine programme is under review by the state medical board. "
                 "Harbourlight Health said it would cooperate with investigators.", id="a news report naming a company twice"),
    pytest.param("The community mental health team sees adults referred by their GP.\n\nPhone: 0300 555 0123\n",
                 id="a public service's phone number"),
    pytest.param("In this trial, ketamine worked faster than other antidepressants but its effect faded within a week.",
                 id="a study comparing treatments"),
    pytest.param("| Medicine | Effect |\n|---|---|\n| Warfarin | Reduces blood thinning effect |\n"
                 "| SSRIs | Increases risk of serotonin syndrome |\n| Digoxin | Reduces effect of digoxin |\n",
                 id="a leaflet's interaction table opens its rows with benefit verbs"),
    pytest.param("Our service is free for everyone in the county.\n\n- Supports people living with low mood.\n"
                 "- Helps carers find local groups.\n", id="a public service lists what it does in benefit lines"),
    pytest.param("What the pack contains\n\nEach pack holds 28 tablets in blister strips.\n\n"
                 "Take one tablet a day with water. Ask your pharmacist if you are unsure.\n\n- Made with lactose\n",
                 id="a medicine's leaflet gives its pack size"),
    pytest.param("This free NHS service supports adults with low mood.\n\n"
                 "- We will talk through your options with you at the first appointment.\n"
                 "- We will agree a plan with you and your GP.\n- We will check in with you after six weeks.\n",
                 id="a public service promises what it will do with you"),
    pytest.param("Summary of the decision\n\nThree issues were investigated, all of which were upheld.\n\n"
                 "Near the end of the advert, text stated, “We recommend Fernway CBD as the best oil you can buy”.\n",
                 id="a regulator's ruling quotes an advert"),
    pytest.param("The clinic opened in March. Its founder said, “Our infusions are the best treatment in the city.”\n",
                 id="a news report quotes a founder"),
    pytest.param("The trial tests psilocybin for depression that has not responded to two medicines. "
                 "The study is sponsored by Brightpath Therapeutics and registered on clinicaltrials.gov.\n",
                 id="a trial names its sponsor"),
    pytest.param("The regulator is advising consumers that Northgate Imports Ltd. is recalling unauthorised kava capsules. "
                 "Kava may pose serious risks to the liver. "
                 "The capsules were being distributed by Northgate Imports Ltd. for sale at shops in three regions. "
                 "Consumers should stop using them and report any side effects. "
                 "The regulator warns that unauthorised products may be contaminated.\n",
                 id="a recall notice names the distributor away from the word recall"),
    pytest.param("Talk to your healthcare provider if you take blood thinners such as warfarin (Coumadin®, Jantoven®).\n",
                 id="a reference gives a medicine's brands in brackets"),
    pytest.param("Website\n\nUnder the heading “The benefits of our hemp drops” the advertisers listed:\n\n"
                 "- “Improves sleep quality\n- Relieves Stress\n- Eases aches and pains”\n\n"
                 "The text read “A few drops of our Night oil will help you wake refreshed”.\n\n"
                 "Complaint\n\nThe complainant challenged the health claims. Complaint upheld.\n",
                 id="an advertising ruling quotes an advert's claims line by line"),
    pytest.param("Export prices for kava are rising in places like Vanuatu and Fiji. "
                 "Minister Talabu plans to regulate the packaging of kava for export.\n",
                 id="a news report names a country and a minister's plans"),
    pytest.param("Buying supplements safely\n\nBeware of free trials. Some products may promise a free sample, then "
                 "charge you every month. If you have a complaint, our consumer protection team can help.\n",
                 id="consumer advice warns of sellers' offers"),
    pytest.param("The regulator issued a stop-sale order for all kava products. In its order, the regulator said the "
                 "products may harm the liver. Retailers said the stop-sale order came without warning.\n",
                 id="a regulator's stop-sale order"),
    pytest.param("Our outpatient pharmacies are run by Greenline Pharmacy in partnership with the hospital trust.\n",
                 id="a hospital's pharmacy run in partnership with a chain"),
    pytest.param("The complaint was upheld. It said a post on a boxer's page for Fernway CBD gave a discount code "
                 "for 20% off.\n", id="a ruling reported without quotation marks"),
    pytest.param("Police padlocked two dozen shops selling gummies for $70 a pack.\n\n"
                 "“These gummies turn up in our corner shops from abroad,” the sheriff said.\n\n"
                 "“I buy my oil there because it helps my tremor,” one customer said.\n",
                 id="a news report quotes people about shops"),
    pytest.param("Electroconvulsive therapy\n\nWe follow national guidance on how often ECT is given. "
                 "We offer support and information for people having ECT treatment and their carers.\n\n"
                 "Referral information\n\nReferrals for ECT treatment must come from a patient's consultant.\n",
                 id="a hospital's service taken on referral from a consultant"),
    pytest.param("Net Loss ($41.2M) ($38.9M)\n\nEarnings Per Share (EPS) ($0.56) ($0.57)\n",
                 id="a company's accounts"),
    pytest.param("Opening a tea shop during a pandemic was hard for the owners of Lantern Leaf, Dunmore's first "
                 "kava shop.\n", id="a local paper names a town's first shop"),
    pytest.param("What to expect\n\nAn initial consultation will be scheduled with our team psychiatrist to discuss "
                 "whether TMS suits you. From here, we will work with your other clinicians to plan a course of therapy. "
                 "Because of the risk of side effects, careful evaluation is critical, and at WMHC we have long "
                 "experience. You will be awake during treatment and recline in a comfortable chair.\n",
                 id="an academic hospital names itself by its acronym"),
])
def test_the_same_lines_on_a_page_that_does_not_sell_are_not_promotion(text):
    assert promoted(text) == [], findings(text)


# --- a product's label copy ------------------------------------------------------------------------------

SUPPLEMENT_PAGE = """Brightfern Night Capsules

Calms The Busy Mind*

Each bottle holds 60 vegetable capsules of magnesium and lemon balm.

Restful sleep starts with a settled nervous system.*1

Magnesium is a mineral found in leafy greens and nuts.
"""


def test_claims_marked_for_a_labels_disclaimer_make_a_product_page():
    # Two claims marked with the label's asterisk: a seller wording claims for its disclaimer. Its tagline is
    # promotion though it is a heading; a plain fact on the same page is not.
    found = promoted(SUPPLEMENT_PAGE, "page.md")
    assert "Calms The Busy Mind*" in found
    assert "Restful sleep starts with a settled nervous system.*1" in found
    assert "Magnesium is a mineral found in leafy greens and nuts." not in found


def test_one_asterisk_on_a_page_that_does_not_sell_is_a_footnote():
    text = ("Trial participants reported better sleep after eight weeks.*\n\n"
            "Magnesium is a mineral found in leafy greens and nuts.\n")
    assert promoted(text, "page.md") == []


def test_a_benefit_tagline_is_promotion_only_where_the_page_sells():
    selling = ("Our gummies are made in small batches and ship free on orders over £30.\n\n"
               "Supports Focus & Memory\n\nEach gummy holds 500 mg of lion's mane.\n")
    assert "Supports Focus & Memory" in promoted(selling, "page.md")
    public = "Help With Prescription Charges\n\nYou may be able to get free prescriptions if you are over 60.\n"
    assert promoted(public, "page.md") == []


SHOP_PRODUCT_PAGE = """Our drops ship free on orders over £30, and every bottle comes with our 60-day refund promise.

Brightfern Calm Drops - Peppermint - 30mL - 500 mg

Helps ease everyday tension and restlessness

Supports a settled mood through the working day

Gluten-Free

Third-party lab tested

## Evening Calm Capsules

Daily Focus Gummies™

## Types of Capsules

Magnesium is a mineral found in leafy greens and nuts.
"""


@pytest.mark.parametrize("line", [
    "Brightfern Calm Drops - Peppermint - 30mL - 500 mg",   # a listing: the product's name and size
    "Helps ease everyday tension and restlessness",        # a benefit bullet in sentence case
    "Supports a settled mood through the working day",
    "Gluten-Free",                                         # the product's credentials
    "Third-party lab tested",
    "Evening Calm Capsules",                               # a heading naming one of its goods
    "Daily Focus GummiesTM",                               # a trademark sign (reading spells it out)
])
def test_a_product_pages_own_lines_are_promotion_where_the_page_sells(line):
    found = promoted(SHOP_PRODUCT_PAGE, "page.md")
    assert line in found
    assert "Magnesium is a mineral found in leafy greens and nuts." not in found
    assert "Types of Capsules" not in found  # a heading that explains, not one that names


def test_the_same_lines_on_a_public_leaflet_are_not_promotion():
    leaflet = ("# Magnesium\n\nMagnesium is a mineral found in leafy greens and nuts.\n\n"
               "Helps turn the food we eat into energy\n\nGluten-Free\n\n"
               "Oral solution - 5 mL - 250 mg\n\nAdults need between 270 mg and 300 mg a day.\n")
    assert promoted(leaflet, "page.md") == []


SHOP_TALKING_TO_READER = """Our drops ship free on orders over £30, and every bottle comes with our 60-day refund promise.

Capsules are the easiest way for you to start a calmer morning.

You might remember magnesium from the periodic table at school.

You may feel drowsy after your first few doses.

Magnesium helps your muscles relax after exercise.
"""


def test_a_selling_page_telling_its_customer_about_the_offer_is_promotion():
    found = promoted(SHOP_TALKING_TO_READER, "page.md")
    assert "Capsules are the easiest way for you to start a calmer morning." in found


@pytest.mark.parametrize("sentence", [
    "You might remember magnesium from the periodic table at school.",  # about the world, not the offer
    "You may feel drowsy after your first few doses.",                  # informs the reader of an effect
    "Magnesium helps your muscles relax after exercise.",               # a health claim about the reader's body
])
def test_a_selling_page_informing_its_reader_is_not_promotion_for_that(sentence):
    assert sentence not in promoted(SHOP_TALKING_TO_READER, "page.md")


def test_a_selling_pages_exclamation_is_its_pitch_and_an_articles_is_not():
    shop = ("Our drops ship free on orders over £30, and every bottle comes with our 60-day refund promise.\n\n"
            "Welcome to the calmest corner of the internet!\n")
    assert "Welcome to the calmest corner of the internet!" in promoted(shop, "page.md")
    article = "# Mushrooms\n\nPeople have eaten mushrooms for thousands of years!\n"
    assert promoted(article, "page.md") == []


CLINIC_WITH_STORIES = """# Ketamine Infusions at Harbourview Clinic

Book your free consultation today and ask about our payment plans.

## Maya's Story

Maya had tried four antidepressants without relief.

Today she is back at work and running again.

Side effects can include:

Nausea and dizziness after an infusion.
"""


def test_the_lines_under_a_customers_story_on_a_selling_page_are_its_testimonial():
    found = promoted(CLINIC_WITH_STORIES, "page.md")
    assert "Maya had tried four antidepressants without relief." in found
    assert "Today she is back at work and running again." in found
    assert "Nausea and dizziness after an infusion." not in found  # the story ended at the label


def test_a_public_services_patient_story_is_not_promotion():
    page = ("# Talking Therapies in Westshire\n\nTalking Therapies is a free NHS service for adults in Westshire.\n\n"
            "## Sam's Story\n\nSam was referred by his GP after months of low mood.\n\n"
            "He now meets a group every week.\n")
    assert promoted(page, "page.md") == []


def test_an_ordinary_compound_at_a_sentences_start_is_no_brand():
    # "Non-alcoholic" opens a heading and a sentence, never mid-sentence: an adjective, not a product's name, so
    # the page does not become a shop repeating its product, and its plain facts stay facts.
    page = ("# Tinctures\n\nThey have been used for centuries!\n\nWe think they are wonderful!\n\n"
            "Non-alcoholic tinctures\n\n"
            "Non-alcoholic tinctures are made with glycerine instead of alcohol.\n\n"
            "Glycerine tinctures keep for about a year.\n")
    assert promoted(page, "page.md") == []


def test_a_shops_quantity_button_is_no_benefit_bullet():
    # The imperative of a shop's own controls is not a claim the product makes.
    found = promoted(SHOP_PRODUCT_PAGE + "\nIncrease / decrease the number of units\n", "page.md")
    assert "Increase / decrease the number of units" not in found


@pytest.mark.parametrize("title", [
    "The 7 Best Magnesium Gummies of 2025",
    "Top 10 Reishi Capsules for Deeper Sleep",
    "12 Lion's Mane Supplements That Sharpen Focus",
])
def test_the_title_of_a_list_of_goods_to_buy_is_promotion(title):
    assert promoted(f"# {title}\n\nMagnesium is a mineral found in leafy greens.\n", "page.md") == [title]


@pytest.mark.parametrize("title", ["Treatments for Insomnia", "Foods That May Help With Low Mood",
                                   "The best time to take antidepressants is the same time each day."])
def test_a_public_pages_title_or_advice_is_no_list_of_goods(title):
    assert promoted(f"# {title}\n\nMagnesium is a mineral found in leafy greens.\n", "page.md") == []


def test_be_sure_to_check_out_a_site_is_a_call_to_action():
    sentence = "If you want to learn more, be sure to check out Fernleafherbs.com."
    assert verdict(sentence, sentence) == "promotion"


def test_a_provider_announcing_its_new_service_is_an_offer():
    assert verdict("Now Offering Ketamine Infusions!", "Now Offering Ketamine Infusions!") == "promotion"
    sentence = "The NHS is now offering the vaccine to everyone over 75."
    assert verdict(sentence, sentence) != "promotion"


def test_a_free_public_services_pitch_line_is_not_promotion():
    page = ("# Talking Therapies in Westshire\n\n"
            "Talking Therapies is a free NHS service for adults registered with a GP in Westshire.\n\n"
            "## Why choose us?\n\nNow offering evening appointments.\n\n"
            "You can refer yourself without seeing your GP.\n")
    assert promoted(page, "page.md") == []


def test_a_shops_delivery_options_and_listing_are_its_own_copy():
    page = ("We ship every order from our barn in Devon.\n\n"
            "Standard (3-5 working days) – £3.50\n\nExpress Tracked – £6.00\n\n"
            "This listing is for 250 g of dried chaga chunks.\n")
    found = promoted(page, "page.md")
    assert {"Standard (3-5 working days) – £3.50", "Express Tracked – £6.00",
            "This listing is for 250 g of dried chaga chunks."} <= set(found)


@pytest.mark.parametrize("heading, selling", [
    ("Why Choose Us?", True), ("Why choose Fernleaf's oils?", True), ("Why choose a generic medicine?", False),
])
def test_why_choose_us_is_a_sales_heading(heading, selling):
    assert (verdict(heading, heading) == "promotion") is selling


def test_a_price_in_a_list_of_goods_is_a_picks_price():
    # A comparison table flattened into lines, as a page's text gives it: each row reads like a heading.
    page = ("5 Best Sleep Gummies of 2025\n\n"
            "Product Form Best For Price per Serving\n\n"
            "Nightjar Calm Gummies Magnesium Glycinate Deep sleep $0.45\n\n"
            "Magnesium is a mineral found in leafy greens.\n")
    assert "Nightjar Calm Gummies Magnesium Glycinate Deep sleep $0.45" in promoted(page)


def test_a_fee_in_a_public_services_table_is_not_promotion():
    page = ("# Charges for NHS dental treatment\n\n"
            "| Band | What it covers | Charge |\n|---|---|---|\n"
            "| Band 1 | examination and advice | £27.40 |\n\n"
            "You do not pay if you are under 18.\n")
    assert promoted(page, "page.md") == []


def test_footnote_asterisks_on_a_research_page_do_not_make_it_sell():
    page = ("# Sleep and magnesium: our trial\n\n"
            "We are recruiting 120 participants for a study of magnesium and sleep.*\n\n"
            "Participants will take either magnesium or a placebo for eight weeks.*\n\n"
            "Our capsules are supplied free by the university pharmacy.\n")
    assert promoted(page, "page.md") == []


def test_index_terms_marked_with_asterisks_are_not_label_claims():
    # A database abstract marks its major topics with an asterisk; they claim nothing.
    page = ("Whole grain intake and sleep quality in older adults\n\n"
            "MeSH terms\n\nDietary Fiber*\n\nSleep Quality*\n\nWhole Grains*\n\nAged\n")
    assert promoted(page) == []


def test_a_leaflets_generic_medicine_name_is_not_a_brand():
    page = ("Package leaflet: information for the patient\n\n"
            "Each Atorvastatin tablet contains 20 mg of the active substance atorvastatin calcium.\n\n"
            "Make sure that it is safe for you to take Atorvastatin Tablets.\n")
    assert promoted(page) == []


def test_a_product_pages_benefit_lines_make_it_a_product_page():
    text = ("Description\n\n- Supports restful sleep.\n- Helps maintain a calm outlook and steady energy.\n\n"
            "How It Works\n\nValerian root has been used for centuries. Each capsule contains 400 mg valerian root.\n")
    assert "Supports restful sleep." in promoted(text)
    caution = "Consult your health care provider before using this product if you take sedatives."
    assert verdict(text + "\n" + caution + "\n", caution) != "promotion"


def test_a_pages_pack_details_make_it_a_product_page():
    text = ("Valerian Root 450 mg - 90 capsules\n\nValerian root is a traditional herb for restful nights.\n\n"
            "Suggested use: take one capsule at bedtime.\n\n- Made with vegan ingredients\n")
    assert "Made with vegan ingredients" in promoted(text), findings(text)


def test_a_clinic_promising_what_it_will_do_with_its_client_sells_its_service():
    text = ("Before your first infusion\n\n"
            "- We will go through the whole infusion process with you in detail.\n"
            "- We will review the consent form with you and answer your questions.\n"
            "- We prefer to include a family member in this process.\n"
            "- As part of your care, we enrol you in our mood tracking programme.\n\n"
            "On the day\n\n- You will rest in a reclining chair in a quiet room.\n")
    assert "We will review the consent form with you and answer your questions." in promoted(text), findings(text)


@pytest.mark.parametrize("line", ["This post is sponsored by Calmleaf.", "Sponsored by Calmleaf Botanicals"])
def test_a_sponsored_post_still_discloses(line):
    assert verdict(line, line) == "promotion", findings(line)


def test_a_hospital_service_taken_on_referral_does_not_sell():
    text = ("At Harrowgate Hospital, we provide outpatient TMS for adults with depression.\n\n"
            "After you are referred to our program by your physician, you will complete a questionnaire.\n\n"
            "Click here to access a referral form.\n\n"
            "Our trained staff will then verify your insurance and schedule an evaluation with our physicians.\n")
    assert promoted(text) == [], findings(text)
