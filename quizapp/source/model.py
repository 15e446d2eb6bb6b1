"""The parsed article: a Document of Sections with clean text and offsets into it (code points)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open [start, end) range in a section's clean ``text``."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Link:
    """An entity mention: ``text`` as written at [start, end), ``target`` the page title (disambiguation kept)."""

    start: int
    end: int
    text: str
    target: str
    internal: bool = False  # the target page is one of the bundled articles
    url: str = ""  # the original href, shown as a tooltip for external links


@dataclass(frozen=True, slots=True)
class NoteRef:
    """A footnote mark at ``offset`` in the clean text, tied to note ``number``; ``text`` may be empty."""

    offset: int
    number: int
    text: str = ""


@dataclass(slots=True)
class Section:
    id: str  # stable: "s0" is the lead, then s1, s2 ... in reading order
    title: str
    level: int  # 1 = lead (article title), 2 = "##", 3 = "###" ...
    path: tuple[str, ...]  # titles from the top-level section down to this one (the lead's path is ())
    text: str  # clean text of this section's own paragraphs, joined by "\n"
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    notes: list[NoteRef] = field(default_factory=list)
    protected: list[Span] = field(default_factory=list)  # -{…}- guards: never script-converted
    broken: list[Span] = field(default_factory=list)  # sentences with template leftovers (empty 《》 …)
    parent_id: str | None = None
    back_matter: bool = False  # notes, references, see-also, external links (and their subsections)


@dataclass(slots=True)
class Table:
    """A table of the article (pipe table or HTML ``<table>``): clean cell texts, never prose.

    ``header`` is the header row ([] when the table has none); every row of ``rows`` has ``len(header)``
    cells when there is a header. ``line`` is the 1-based line of the table's first line in the file.
    """

    id: str  # "t1", "t2" … in reading order
    section_id: str  # the section the table stands in
    header: list[str]
    rows: list[list[str]]
    caption: str = ""
    line: int = 0


@dataclass(slots=True)
class Infobox:
    """An infobox remnant: its ``|key = value`` fields in order, values as clean text."""

    section_id: str
    fields: list[tuple[str, str]]
    line: int = 0  # 1-based line of its first field in the file

    def get(self, key: str, default: str = "") -> str:
        for name, value in self.fields:
            if name == key:
                return value
        return default


@dataclass(slots=True)
class Document:
    title: str
    sections: list[Section]
    file: str = ""
    sha256: str = ""
    notes: dict[int, str] = field(default_factory=dict)  # the article's numbered notes; "" when without text
    tables: list[Table] = field(default_factory=list)
    infobox: list[Infobox] = field(default_factory=list)

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)
