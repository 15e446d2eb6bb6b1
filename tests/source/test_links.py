"""Link targets from hrefs and entity mentions inside pandoc's over-long anchors."""

import pytest

from quizapp.source.links import is_bundled, mention_span, title_base, wiki_target


def test_targets_are_decoded_titles():
    assert wiki_target("../Page/陳毅_(1873年).md") == "陳毅 (1873年)"
    assert wiki_target("https://zh.wikipedia.org/wiki/%E5%A4%96%E8%92%99%E5%8F%A4") == "外蒙古"
    assert wiki_target("https://zh.wikipedia.org/wiki/外蒙古#歷史") == "外蒙古"
    assert wiki_target("http://www.britannica.com/ebc/article-9372458") is None
    assert title_base("陳毅 (1873年)") == "陳毅" and title_base("s:蒙古盟部旗組織法") == "蒙古盟部旗組織法"


@pytest.mark.parametrize(
    ("anchor", "target", "mention"),
    [
        ("外蒙古地区于", "外蒙古", "外蒙古"),  # target inside the anchor
        ("庫倫办事大臣和", "库伦办事大臣", "庫倫办事大臣"),  # across scripts
        ("陳毅會談達成共識", "陳毅 (1873年)", "陳毅"),  # disambiguation only in the target
        ("中華民國與", "中华民国", "中華民國"),
        ("紅軍", "蘇聯紅軍", "紅軍"),  # rule 2: prefix found in the title
        ("日本在", "大日本帝国", "日本"),
        ("第一屆國民大會代表", "第一屆中華民國國民大會代表", "第一屆國民大會代表"),  # characters in order
        ("大蒙古国", "博克多汗國", "大蒙古国"),  # rule 3: a piped label, the whole anchor
        ("东北根据地和", "中国共产党革命根据地", "东北根据地"),  # …less a trailing particle
    ],
)
def test_mention_span(anchor, target, mention):
    start, end = mention_span(anchor, target)
    assert anchor[start:end] == mention


def test_bundled_titles_compare_in_simplified():
    assert is_bundled("唐努烏梁海") and is_bundled("中俄蒙协约") and not is_bundled("外蒙古")
