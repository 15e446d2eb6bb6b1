"""OffsetMap arithmetic and the alignment of conversions whose length changes."""

from quizapp.text.backend import opencc_convert
from quizapp.text.offsets import OffsetMap, aligned_pieces


def test_identity_map():
    mapping = OffsetMap()
    mapping.add(5, 5)
    mapping.add(3, 3)
    assert mapping.identity
    assert [mapping.map(i) for i in range(-1, 10)] == [0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 8]


def test_atomic_piece_maps_inside_offsets_to_its_edges():
    mapping = OffsetMap()
    mapping.add(2, 2)  # linear
    mapping.add(2, 5)  # an override "外蒙" -> "外蒙古地區"
    mapping.add(2, 2)
    assert not mapping.identity
    assert mapping.map(2) == 2 and mapping.map(4) == 7 and mapping.map(6) == 9
    assert mapping.map(3, "start") == 2
    assert mapping.map(3, "end") == 7
    assert mapping.map_span(3, 5) == (2, 8)


def test_aligned_pieces_isolate_the_phrase_that_changed_length():
    # s2twp (Taiwan phrases) is not offered as a script, but it has length-changing phrases: U盘 -> 隨身碟
    def s2twp(s):
        return opencc_convert("s2twp", s)

    text = "我的U盘坏了，鼠标也坏了"
    converted = s2twp(text)
    assert len(converted) == len(text) + 1
    pieces = aligned_pieces(s2twp, text, converted)
    assert "".join(out for _, out in pieces) == converted
    assert sum(length for length, _ in pieces) == len(text)
    changed = [(length, out) for length, out in pieces if length != len(out)]
    assert changed == [(2, "隨身碟")]
