import csv
import shutil
from pathlib import Path

import pytest

from sources import DEFAULT_DIR, TableError, export_table, load_table

TOPICS = ["ketamine", "esketamine", "psilocybin", "mdma", "microdosing", "mushroom-products", "amanita",
          "functional-mushrooms", "cbd", "cannabis", "depression", "antidepressants", "psychotherapy"]


def test_default_table_is_valid_and_large_enough():
    table = load_table()
    assert len(table.sources) >= 60
    assert len(table.claims) >= 200
    stances = {c.stance.value for c in table.claims}
    assert stances == {"supported", "contradicted"}
    covered = {c.topic for c in table.claims}
    assert set(TOPICS) <= covered, set(TOPICS) - covered


def test_every_source_has_an_identifier_and_a_confirmation():
    for source in load_table().sources.values():
        assert source.doi or source.pmid or source.url, source.id
        assert source.confirmed_at.startswith("http"), source.id


def test_every_reference_claim_has_variants_and_key_terms():
    for claim in load_table().claims:
        assert claim.variants, claim.id
        assert claim.key_terms, claim.id


def _copy_default(tmp_path: Path) -> Path:
    folder = tmp_path / "table"
    shutil.copytree(DEFAULT_DIR, folder)
    return folder


def _edit(path: Path, row_index: int, **changes):
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    rows[row_index].update(changes)
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


BROKEN = [
    ("sources.csv", {"doi": "10.bad", "pmid": ""}, "doi", "malformed DOI"),
    ("sources.csv", {"pmid": "PMID123"}, "pmid", "malformed PMID"),
    ("sources.csv", {"url": "http://example.org/page"}, "url", "https"),
    ("sources.csv", {"doi": "", "pmid": "", "url": ""}, "", "DOI, a PMID or an official URL"),
    ("sources.csv", {"type": "blog"}, "type", "Input should be"),
    ("sources.csv", {"year": "3021"}, "year", "impossible year"),
    ("claims.csv", {"stance": "maybe"}, "stance", "Input should be"),
    ("claims.csv", {"statement": ""}, "statement", "must not be empty"),
    ("claims.csv", {"source_ids": "nosuchsource2020"}, "source_ids", "missing source"),
    # evidence rules (issue 16)
    ("sources.csv", {"doi": "", "pmid": "", "url": "https://www.frontiersin.org/articles/x"}, "", "needs a DOI or a PMID"),
    ("sources.csv", {"url": "https://homsy-staging.cambridgecore.org/core/product/X"}, "", "staging, preview or mirror"),
    ("sources.csv", {"url": "https://www.scribd.com/document/1/copy"}, "", "staging, preview or mirror"),
    ("claims.csv", {"source_ids": "mahase2019"}, "source_ids", "rests only on news"),
    ("claims.csv", {"source_ids": "gastaldon2019;mahase2019"}, "source_ids", "rests only on news, letters, editorials"),
    ("claims.csv", {"source_ids": "nhs-antidepressants;oha-ops-dashboard"}, "source_ids", "rests only on official information"),
    ("claims.csv", {"source_ids": "nhs-antidepressants;mahase2019"}, "source_ids", "cite at least one primary-research"),
    ("claims.csv", {"statement": "One NHS clinic charges £500 a session.", "source_ids": "nlmh-nhs-ketamine;fsa-cbd-business"},
     "source_ids", "dated fact"),
]


@pytest.mark.parametrize("file, changes, field, message", BROKEN)
def test_broken_rows_are_reported_with_file_row_and_field(tmp_path, file, changes, field, message):
    folder = _copy_default(tmp_path)
    _edit(folder / file, 2, **changes)
    with pytest.raises(TableError) as caught:
        load_table(replace=[folder])
    problem = caught.value.problems[0]
    assert problem.file.endswith(file) and problem.row == 4
    assert problem.field.startswith(field)
    assert message in str(problem)


def test_duplicate_ids_and_statements_are_reported(tmp_path):
    folder = _copy_default(tmp_path)
    claims = list(csv.DictReader((folder / "claims.csv").open(encoding="utf-8")))
    _edit(folder / "claims.csv", 3, id=claims[2]["id"])
    _edit(folder / "claims.csv", 5, statement=claims[4]["statement"])
    with pytest.raises(TableError) as caught:
        load_table(replace=[folder])
    messages = [str(p) for p in caught.value.problems]
    assert any("row 5, id: duplicate claim id" in m for m in messages)
    assert any("row 7, statement: same statement" in m for m in messages)


def test_adding_a_table_to_the_default_and_exporting_round_trips(tmp_path):
    extra = tmp_path / "extra.csv"
    extra.write_text(
        "id,statement,stance,source_ids,subject,key_terms,variants,finding,topic,jurisdiction\n"
        "mine-001,Ketamine is an NMDA receptor antagonist.,supported,xu2022,ketamine,nmda,blocks NMDA receptors,Review.,ketamine,INT\n",
        encoding="utf-8",
    )
    table = load_table(extend=[extra])
    assert table.claims[-1].id == "mine-001"
    export_table(table, tmp_path / "out")
    again = load_table(replace=[tmp_path / "out"])
    assert len(again.claims) == len(table.claims) and len(again.sources) == len(table.sources)
    assert again.fingerprint


def test_unreadable_and_wrongly_encoded_tables_are_errors(tmp_path):
    bad = tmp_path / "claims.csv"
    bad.write_bytes(b"id,statement,stance,source_ids,finding\nx,caf\xe9,supported,a,b\n")
    with pytest.raises(TableError, match="not UTF-8"):
        load_table(replace=[bad])
    with pytest.raises(TableError, match="no such file"):
        load_table(replace=[tmp_path / "missing"])


def test_types_are_graded_and_weak_grades_cannot_carry_a_claim():
    from sources.models import GRADE_OF, WEAK_GRADES, Grade, SourceType
    assert set(GRADE_OF) == set(SourceType)
    assert SourceType("cross-sectional").grade is Grade.PRIMARY
    assert SourceType("narrative-review").grade is Grade.SYNTHESIS
    assert {SourceType(t).grade for t in ("editorial", "letter", "commentary")} == {Grade.OPINION}
    assert {Grade.OPINION, Grade.NEWS, Grade.OTHER} == WEAK_GRADES
    assert SourceType("regulator-guidance").grade is Grade.REGULATOR


def test_only_research_guidelines_law_and_regulators_carry_a_claim():
    from sources.models import CARRYING_GRADES, WEAK_GRADES, Grade
    assert CARRYING_GRADES == {Grade.PRIMARY, Grade.SYNTHESIS, Grade.GUIDELINE, Grade.LAW, Grade.REGULATOR}
    assert not CARRYING_GRADES & WEAK_GRADES
    assert Grade.OFFICIAL not in CARRYING_GRADES and Grade.STATISTICS not in CARRYING_GRADES


SOURCE_HEADER = "id,type,title,authors,year,venue,doi,pmid,url,jurisdiction,topic,confirmed_at,last_reviewed,finding\n"
CLAIM_HEADER = "id,statement,stance,source_ids,subject,key_terms,variants,finding,topic,jurisdiction\n"


def _small_table(folder: Path, source_ids: str) -> Path:
    """Three sources (a council's leaflet, a yearly count, a food regulator's page) and one claim citing `source_ids`."""
    folder.mkdir()
    (folder / "sources.csv").write_text(
        SOURCE_HEADER
        + "leaflet,official-guidance,Herbal teas,Town Council,2024,,,,https://example.gov.uk/teas,UK,tea,"
          "https://example.gov.uk/teas,2026-01-01,A leaflet on herbal teas.\n"
        + "yearly,statistics,Tea counts,Statistics Office,2024,,,,https://example.gov.uk/counts,UK,tea,"
          "https://example.gov.uk/counts,2026-01-01,A yearly count of tea drinkers.\n"
        + "foodreg,regulator-guidance,Novel teas: business guidance,Food Regulator,2024,,,,"
          "https://example.gov.uk/novel,UK,tea,https://example.gov.uk/novel,2026-01-01,"
          "The regulator says novel teas need authorisation before sale.\n",
        encoding="utf-8")
    (folder / "claims.csv").write_text(
        CLAIM_HEADER
        + f"tea-001,Novel herbal teas need authorisation before they are sold.,supported,{source_ids},herbal tea,"
          "authorisation,novel teas must be authorised,The regulator says so.,tea,UK\n",
        encoding="utf-8")
    return folder


@pytest.mark.parametrize("source_ids", ["leaflet", "yearly", "leaflet;yearly"])
def test_a_claim_on_official_information_or_statistics_alone_is_reported(tmp_path, source_ids):
    with pytest.raises(TableError) as caught:
        load_table(replace=[_small_table(tmp_path / "t", source_ids)])
    [problem] = caught.value.problems
    assert problem.file.endswith("claims.csv") and problem.row == 2 and problem.field == "source_ids"
    assert "rests only on official information, statistics" in problem.message
    assert "primary-research, synthesis, guideline, legislation or regulator" in problem.message


@pytest.mark.parametrize("source_ids", ["foodreg", "leaflet;foodreg", "yearly;leaflet;foodreg"])
def test_a_claim_with_a_regulators_guidance_among_its_sources_passes(tmp_path, source_ids):
    table = load_table(replace=[_small_table(tmp_path / "t", source_ids)])
    assert [c.id for c in table.claims] == ["tea-001"]
    assert table.sources["foodreg"].grade.value == "regulator"


def test_default_table_follows_the_evidence_rules():
    from sources.models import CARRYING_GRADES, mirror_host
    table = load_table()
    for claim in table.claims:
        assert any(table.sources[i].grade in CARRYING_GRADES for i in claim.source_ids), claim.id
    for source in table.sources.values():
        assert not mirror_host(source.url), source.id


def test_mirror_hosts_are_recognised_and_originals_are_not():
    from sources.models import government_host, mirror_host
    assert mirror_host("https://homsy-staging.cambridgecore.org/core/x")
    assert mirror_host("https://develop-abc.us-4.platformsh.site/p")
    assert mirror_host("http://47.251.13.51:8081/19919593")
    assert not mirror_host("https://www.cambridge.org/core/product/identifier/S2045796019000751/type/journal_article")
    assert not mirror_host("https://pubmed.ncbi.nlm.nih.gov/32456714/")
    assert not mirror_host("https://www.devon.gov.uk/page") and not mirror_host("https://web.dev/articles/x")
    assert government_host("https://cdc.gov/mmwr/volumes/73/wr/mm7328a3.htm") and not government_host("https://example.org")


def test_sources_list_prints_the_mix():
    from sources.listing import counts
    data = counts(load_table())
    assert sum(data["sources by grade"].values()) == data["totals"]["sources"]
    assert sum(data["claims by grade of best source"].values()) == data["totals"]["reference claims"]
    assert "news" not in data["claims by grade of best source"]
    assert data["sources cited most"] and data["claims by subject and jurisdiction"]


@pytest.mark.parametrize("title, expected", [
    ("Mechanisms of ketamine action as an antidepressant", "Mechanisms of ketamine action as an…"),
    ("Ketamine for depression", "Ketamine for depression"),
    ("Psilocybin: a review of microdosing, trials and the law in Europe", "Psilocybin: a review of microdosing…"),
])
def test_a_citation_without_an_author_never_cuts_a_word(title, expected):
    from sources.models import short_title

    assert short_title(title) == expected


def test_no_default_citation_ends_mid_word():
    for source in load_table().sources.values():
        head = source.citation.split(f" {source.year or 'n.d.'}")[0]
        if head.endswith("…"):  # a title standing in for the author
            assert source.title.startswith(head[:-1])
            assert head[:-1].split()[-1] in source.title.replace(",", " ").split(), source.citation
