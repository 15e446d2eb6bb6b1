"""Printable HTML of a quiz and of its answer key in one script (Qt renders it to PDF in the GUI).

Also the student's-eye preview of one question used by the editor.
"""

from __future__ import annotations

from html import escape

from quizapp.bankformat import CHOICE_TYPES
from quizapp.quiz.prompts import prompt_text
from quizapp.text import convert

LANGUAGE_OF_SCRIPT = {"hans": "zh_CN", "hant": "zh_TW", "tw": "zh_TW", "hk": "zh_TW", "original": "zh_TW"}
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
QUOTE_CHARS = 90
TITLES = {
    "zh_CN": {"quiz": "测验", "key": "答案", "name": "姓名", "date": "日期", "answer": "答：", "source": "出处",
              "true": "对", "false": "错", "order": "顺序：", "lead": "导言"},
    "zh_TW": {"quiz": "測驗", "key": "答案", "name": "姓名", "date": "日期", "answer": "答：", "source": "出處",
              "true": "對", "false": "錯", "order": "順序：", "lead": "導言"},
}
STYLE = """
body { font-size: 11pt; }
h1 { font-size: 16pt; margin-bottom: 4pt; }
p.meta { color: #444; margin-top: 0; }
div.q { margin-top: 10pt; }
p.prompt { color: #555; font-size: 9pt; margin: 0; }
p.stem { margin: 2pt 0 4pt 0; }
table.options td { padding: 1pt 8pt 1pt 0; }
p.line { color: #999; margin: 6pt 0 10pt 0; }
p.key { margin: 2pt 0; }
p.src { color: #444; font-size: 9pt; margin: 0 0 6pt 12pt; }
"""


class Renderer:
    """Content converted to one script, interface words in the matching Chinese."""

    def __init__(self, script: str) -> None:
        self.script = script
        self.language = LANGUAGE_OF_SCRIPT.get(script, "zh_TW")
        self.words = TITLES[self.language]

    def text(self, value: str) -> str:
        return escape(convert(value, self.script)) if value else ""

    def prompt(self, question: dict) -> str:
        return escape(prompt_text(question.get("prompt", ""), self.language, question.get("type")))

    def body(self, question: dict, number: int | None, *, blanks: bool = True) -> str:
        """One question as a student sees it on paper (numbered, options lettered, space to answer)."""
        qtype = question["type"]
        head = f"{number}. " if number is not None else ""
        parts = [f'<div class="q"><p class="prompt">{self.prompt(question)}</p>',
                 f'<p class="stem"><b>{head}</b>{self.text(question["stem"])}</p>']
        choices = question.get("choices") or []
        if qtype in CHOICE_TYPES or qtype == "ordering":
            rows = "".join(f"<tr><td>{LETTERS[i]}.</td><td>{self.text(c)}</td></tr>" for i, c in enumerate(choices))
            parts.append(f'<table class="options">{rows}</table>')
            if qtype == "ordering" and blanks:
                parts.append(f'<p class="line">{self.words["order"]}' + " → ".join("＿＿" for _ in choices) + "</p>")
        elif qtype == "true_false":
            parts.append(f'<p>□ {self.words["true"]}　　□ {self.words["false"]}</p>')
        elif qtype == "matching":
            left = question.get("left") or []
            rows = "".join(f"<tr><td>{i + 1}. {self.text(item)}</td><td>＿＿</td>"
                           f"<td>{LETTERS[i]}. {self.text(choices[i]) if i < len(choices) else ''}</td></tr>"
                           for i, item in enumerate(left))
            parts.append(f'<table class="options">{rows}</table>')
        elif blanks:  # typed answers: a line to write on
            parts.append(f'<p class="line">{self.words["answer"]}' + "＿" * 24 + "</p>")
        parts.append("</div>")
        return "".join(parts)

    def answer(self, question: dict) -> str:
        """The right answer as printed in the key."""
        qtype, answer, choices = question["type"], question.get("answer"), question.get("choices") or []
        if qtype in CHOICE_TYPES and isinstance(answer, int) and 0 <= answer < len(choices):
            return f"{LETTERS[answer]}. {self.text(choices[answer])}"
        if qtype == "true_false":
            return self.words["true"] if answer else self.words["false"]
        if qtype == "ordering" and isinstance(answer, list):
            return " → ".join(LETTERS[i] for i in answer)
        if qtype == "matching" and isinstance(answer, list):
            return "　".join(f"{n + 1}–{LETTERS[i]}" for n, i in enumerate(answer))
        if isinstance(answer, list):  # accepted forms; the two scripts' spellings merge once converted
            return " / ".join(dict.fromkeys(self.text(str(a)) for a in answer))
        return escape(str(answer))

    def source(self, question: dict) -> str:
        source = question.get("source") or {}
        path = " › ".join(self.text(p) for p in source.get("section_path") or []) or self.words["lead"]
        quote = source.get("quote", "")
        if len(quote) > QUOTE_CHARS:  # a long passage (a whole timeline) is cut in the middle
            quote = quote[: QUOTE_CHARS * 2 // 3] + " … " + quote[-QUOTE_CHARS // 3:]
        return f'{self.words["source"]}：{path}　「{self.text(quote)}」'


def _page(title: str, body: str) -> str:
    return (f'<html><head><meta charset="utf-8"><style>{STYLE}</style></head><body>'
            f"<h1>{escape(title)}</h1>{body}</body></html>")


def quiz_html(questions: list[dict], *, title: str, script: str) -> str:
    """The printable quiz: a name/date line, then the numbered questions with room for answers."""
    renderer = Renderer(script)
    words = renderer.words
    meta = f'<p class="meta">{words["name"]}：＿＿＿＿＿＿＿＿　{words["date"]}：＿＿＿＿＿＿</p>'
    body = "".join(renderer.body(q, n) for n, q in enumerate(questions, 1))
    return _page(f"{convert(title, script)} · {words['quiz']}", meta + body)


def answer_key_html(questions: list[dict], *, title: str, script: str) -> str:
    """The answer key: each question's number, right answer and its source (section path and quote)."""
    renderer = Renderer(script)
    items = []
    for number, question in enumerate(questions, 1):
        items.append(f'<p class="key"><b>{number}.</b> {renderer.answer(question)}</p>'
                     f'<p class="src">{renderer.source(question)}</p>')
    return _page(f"{convert(title, script)} · {renderer.words['key']}", "".join(items))


def preview_html(question: dict, *, script: str) -> str:
    """One question as a student sees it before answering (the editor's live preview)."""
    return (f"<html><head><style>{STYLE}</style></head><body>"
            f"{Renderer(script).body(question, None, blanks=False)}</body></html>")
