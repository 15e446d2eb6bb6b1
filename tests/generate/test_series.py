"""ordering and matching: distinct dates, answers in chronological order, one passage."""

from quizapp.generate.series import groups, matching, ordering


def test_ordering_answer_is_chronological(ctx):
    runs = groups(ctx, 5, 0)
    assert runs
    question = ordering(ctx, runs[0])
    assert 4 <= len(question["choices"]) <= 5
    by_label = {f.text: f for f in ctx.facts}
    ordered = [by_label[question["choices"][i]].interval() for i in question["answer"]]
    assert ordered == sorted(ordered)
    assert len(set(ordered)) == len(ordered)


def test_matching_maps_each_date_to_its_event(ctx):
    question = matching(ctx, groups(ctx, 4, 1)[0])
    by_label = {f.text: f for f in ctx.facts}
    assert len(question["left"]) == 4 == len(question["choices"])
    from quizapp.generate.dateforms import format_date

    for date_text, index in zip(question["left"], question["answer"], strict=True):
        fact = by_label[question["choices"][index]]
        assert format_date(fact.start, fact.precision) == date_text


def test_runs_stay_within_one_section_and_quote_covers_every_item(ctx):
    for run in groups(ctx, 4, 0):
        assert len({f.section_id for f in run}) == 1
        question = ordering(ctx, run)
        for fact in run:
            assert fact.quote in question["source"]["quote"]
