"""Tests of assemble: merged stories, order, sections, keyphrases, budget, briefing.json."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from assemble_fixtures import article, exchange_summaries, other_summaries, summary

from digest.assemble import AssembleOptions, assemble, story_words
from digest.dedupe import DedupeOptions
from digest.merge import content_words, merge, similarity
from digest.model import Briefing, Facts, Failure, Summary

NOW = datetime(2024, 12, 8, 10, 0, tzinfo=UTC)


def build(summaries: list[Summary], **options) -> Briefing:
    return assemble(summaries, [], "Morning", "lead", NOW, AssembleOptions(**options))


def story_with(briefing: Briefing, title_word: str):
    found = [s for s in briefing.stories if title_word in s.title]
    assert len(found) == 1, [s.title for s in briefing.stories]
    return found[0]


def test_copies_become_one_story_listing_every_source():
    wire, copy, _ = exchange_summaries()
    briefing = build([wire, *other_summaries(), copy])
    assert len(briefing.stories) == 4
    story = story_with(briefing, "swap prisoners")
    assert [s.name for s in story.sources] == ["Wire One", "Daily Courier"]
    assert [s.location for s in story.sources] == [wire.article.source, copy.article.source]
    assert [s.article_id for s in story.sources] == [wire.article.id, copy.article.id]
    assert story.id == wire.article.id


def test_same_country_different_stories_stay_apart():
    wire, copy, rewrite = exchange_summaries()
    budget = summary("armenia_budget")
    for options in ({}, {"dedupe": DedupeOptions(event_threshold=0.5)}):
        briefing = build([wire, copy, rewrite, budget], **options)
        budget_story = story_with(briefing, "budget")
        assert [s.name for s in budget_story.sources] == ["Wire One"]
        assert budget_story.id == budget.article.id


def test_rewrite_of_the_same_event_merges_at_a_lower_event_threshold():
    morning = [*exchange_summaries(), *other_summaries()]
    strict = build(morning)
    assert len(strict.stories) == 5  # by default only copies merge
    loose = build(morning, dedupe=DedupeOptions(event_threshold=0.5))
    assert len(loose.stories) == 4
    assert {s.name for s in story_with(loose, "swap prisoners").sources} == {
        "Wire One",
        "Daily Courier",
        "Caucasus Monitor",
    }


def test_facts_and_quotes_are_merged_citing_every_source():
    summaries = exchange_summaries()
    story = merge(summaries)
    releases = [f for f in story.facts if f.action == "will release"]
    assert len(releases) == 1
    assert releases[0].sentence == summaries[0].article.sentences[1].text  # the first one's
    k = story.facts.index(releases[0])
    assert story.fact_sources[k] == (0, 1, 2)
    assert [f.action for f in story.facts] == ["will release", "will free"]
    assert story.fact_sources[1] == (0,)
    assert len(story.quotes) == 1 and story.quote_sources == ((0, 1),)


def test_facts_with_another_polarity_or_object_stay_separate():
    wire = exchange_summaries()[0]
    fact = wire.facts.facts[0]
    refused = replace(fact, polarity="negative", action="refused to release")
    other = replace(fact, object="40 Armenian servicemen")
    second = replace(wire, facts=Facts(facts=(refused, other)))
    story = merge([wire, second])
    assert len(story.facts) == 4


def test_merged_summary_says_each_thing_once_and_cites_its_article():
    summaries = exchange_summaries()
    story = merge(summaries, redundancy=0.5)
    texts = [s.text for s in story.summary]
    assert len(texts) == len(set(texts)) > 0
    vectors = [dict.fromkeys(content_words(t), 1.0) for t in texts]
    for i, a in enumerate(vectors):
        for b in vectors[i + 1 :]:
            norm = (len(a) * len(b)) ** 0.5
            assert similarity(a, b) / norm < 0.5
    # The rewrite's lead repeats the wire's second sentence (32 servicemen): shown once.
    assert sum("32 Armenian servicemen" in t for t in texts) == 1
    # Every sentence is the text of the article it cites, at its index.
    assert len(story.summary_sources) == len(story.summary)
    for sentence, pos in zip(story.summary, story.summary_sources, strict=True):
        source = summaries[pos].article
        assert source.sentences[sentence.index].text == sentence.text
    # The best sentences come from across the articles, the lead article's first.
    assert len(set(story.summary_sources)) >= 2
    assert list(story.summary_sources) == sorted(story.summary_sources)
    assert story.summary_sources[0] == 0


def test_single_article_story_keeps_its_summary():
    only = summary("cup_final", (0, 2))
    story = build([only]).stories[0]
    assert story.summary == only.sentences
    assert story.summary_sources == (0, 0)


def test_stories_carried_by_more_sources_come_first_and_weights_reorder():
    wire, copy, _ = exchange_summaries()
    cup = summary("cup_final")
    briefing = build([cup, wire, copy], sections=False)
    assert briefing.stories[0].title == wire.article.title
    assert briefing.stories[0].score > briefing.stories[1].score
    weighted = build([cup, wire, copy], sections=False, source_weights={"sports desk": 20.0})
    assert weighted.stories[0].title == cup.article.title
    demoted = build([cup, wire], sections=False, source_weights={"Wire One": 0.1})
    assert demoted.stories[0].title == cup.article.title


def test_recent_news_outranks_old_news():
    fresh = summary("cup_final")
    old = replace(fresh.article, published="2024-12-01T08:00:00+00:00", id="old")
    stale = replace(fresh, article=replace(old, title="Old cup final"))
    briefing = build([stale, fresh], sections=False, merge=False)
    assert [s.title for s in briefing.stories] == [fresh.article.title, "Old cup final"]


def test_sections_from_feed_categories_in_order_of_their_best_story():
    wire, copy, _ = exchange_summaries()
    briefing = build([summary("chip_plant"), summary("cup_final"), wire, copy])
    assert briefing.sections[0] == "World"
    assert set(briefing.sections) == {"World", "Sport", "Technology"}
    seen = [s.section for s in briefing.stories]
    # stories are grouped: each section's stories are contiguous, in the sections' order
    assert [s for i, s in enumerate(seen) if i == 0 or seen[i - 1] != s] == list(briefing.sections)


def test_feed_category_is_normalised_and_majority_wins():
    wire, copy, _ = exchange_summaries()
    copy = replace(copy, article=replace(copy.article, section="world"))
    wire = replace(wire, article=replace(wire.article, section="world"))
    briefing = build([wire, copy])
    assert briefing.stories[0].section == "World"


def test_sections_without_feed_categories_come_from_topic_words():
    summaries = [*exchange_summaries()[:2], *other_summaries(section=False)]
    summaries = [replace(s, article=replace(s.article, section=None)) for s in summaries]
    briefing = build(summaries)
    assert story_with(briefing, "county cup").section == "Sport"
    assert story_with(briefing, "Chipmaker").section != story_with(briefing, "county cup").section
    assert all(s.section for s in briefing.stories)


def test_keyphrases_are_verbatim_from_title_or_summary():
    briefing = build([*exchange_summaries()[:2], *other_summaries()])
    for story in briefing.stories:
        assert 1 <= len(story.keyphrases) <= 4
        text = " ".join([story.title, *(s.text for s in story.summary)])
        for phrase in story.keyphrases:
            assert phrase in text
        lowered = [p.lower() for p in story.keyphrases]
        assert len(lowered) == len(set(lowered))
    cup = story_with(briefing, "county cup")
    assert any("Rovers" in p for p in cup.keyphrases)


def test_budget_moves_the_rest_to_more_stories_best_first():
    summaries = [*exchange_summaries()[:2], *other_summaries()]
    full = build(summaries)
    ranked = sorted(full.stories, key=lambda s: -s.score)
    two = build(summaries, max_stories=2)
    assert {s.id for s in two.stories} == {s.id for s in ranked[:2]}
    assert [s.id for s in two.more_stories] == [s.id for s in ranked[2:]]
    assert all(s.sources for s in two.more_stories)
    words = story_words(ranked[0]) + story_words(ranked[1]) - 1
    tight = build(summaries, max_words=words)
    assert [s.id for s in tight.stories] == [ranked[0].id]
    assert len(tight.more_stories) == len(ranked) - 1
    tiny = build(summaries, max_words=1)
    assert len(tiny.stories) == 1  # the best story is always shown


def test_top_stories_name_the_best_in_rank_order():
    summaries = [*exchange_summaries()[:2], *other_summaries()]
    briefing = build(summaries, top_stories=2)
    ranked = sorted(briefing.stories, key=lambda s: -s.score)
    assert briefing.top_stories == tuple(s.id for s in ranked[:2])


def test_briefing_json_round_trips_with_the_contract_keys():
    summaries = [*exchange_summaries(), *other_summaries()]
    briefing = assemble(
        summaries,
        [Failure("missing.txt", "missing.txt: no such file; check the path")],
        "Morning",
        "lead",
        NOW,
        AssembleOptions(max_stories=3),
    )
    data = json.loads(json.dumps(briefing.to_dict()))
    assert Briefing.from_dict(data) == briefing
    for story in data["stories"]:
        assert {"sources", "summary", "facts", "quotes", "section"} <= set(story)
        assert {"name", "title", "location"} <= set(story["sources"][0])
    assert [s["id"] for s in data["stories"]] == [s.id for s in briefing.stories]
    assert data["more_stories"] and data["top_stories"] and data["sections"]


def test_no_summaries_make_an_empty_briefing():
    briefing = build([])
    assert briefing.stories == () and briefing.more_stories == () and briefing.top_stories == ()


def test_old_call_without_options_still_works():
    briefing = assemble([summary("cup_final")], [], "T", "lead", NOW)
    assert len(briefing.stories) == 1 and briefing.generated_at == "2024-12-08T10:00:00+00:00"


@pytest.mark.parametrize(
    "options", [{"max_stories": 0}, {"max_words": 0}, {"top_stories": -1}, {"redundancy": 0}]
)
def test_bad_options_are_refused(options):
    with pytest.raises(ValueError):
        AssembleOptions(**options)


def test_fixture_articles_have_the_sentences_the_tests_pick():
    assert len(article("exchange_wire").sentences) >= 3


def test_a_story_shows_its_strongest_facts_and_varied_quotes_in_order():
    from digest.assemble import shortlist
    from digest.model import Fact, Quantity, Quote, ScoredSentence, SourceRef, Story

    def fact(i: int, modality: str, polarity: str = "positive", qty: bool = False) -> Fact:
        quantity = Quantity("12", "trucks", 12.0) if qty else None
        return Fact(
            ("Ardena",), "will send", f"thing {i}", None, polarity, modality, quantity, i, "s"
        )

    facts = (
        fact(0, "conditional"),
        fact(1, "future", qty=True),
        fact(2, "reported"),
        fact(3, "asserted", polarity="negative"),
        fact(4, "conditional"),
    )
    quotes = (
        Quote("Mara Lind", "We will send the trucks before winter comes.", 0),
        Quote("Mara Lind", "Nobody should doubt our word on this one.", 1),
        Quote("Tomas Orr", "It is a good start for the whole region.", 2),
    )
    story = Story(
        "s1",
        "T",
        None,
        (SourceRef("Wire", "T", "t.txt"),),
        (ScoredSentence(0, "x", 1.0),),
        facts,
        quotes,
        (),
    )
    short = shortlist(story, max_facts=3, max_quotes=2)
    # the one the summary states (0), then numbers (1) and refusals (3); in article order
    assert [f.sentence_index for f in short.facts] == [0, 1, 3]
    assert [q.speaker for q in short.quotes] == ["Mara Lind", "Tomas Orr"]  # two voices
    assert shortlist(story, None, None) == story
