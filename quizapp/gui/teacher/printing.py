"""Print a quiz or its answer key to PDF: the HTML of quizapp.teacher.printing laid out by QTextDocument."""

from __future__ import annotations

from pathlib import Path

from quizapp.errors import QuizappError
from quizapp.gui.qt import QMarginsF, QPageLayout, QPageSize, QPrinter, QTextDocument


def print_html_to_pdf(html: str, path: str | Path, *, font=None) -> int:
    """Lay out ``html`` on A4 pages (15 mm margins) into the PDF at ``path``; returns the page count."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    if font is not None:
        document.setDefaultFont(font)
    document.setHtml(html)
    document.setPageSize(printer.pageRect(QPrinter.Unit.Point).size())
    pages = document.pageCount()
    document.print_(printer)
    if not Path(path).exists() or Path(path).stat().st_size == 0:
        raise QuizappError("the PDF could not be written", file=str(path))
    return pages


def print_quiz(questions: list[dict], path: str | Path, *, title: str, script: str, answer_key: bool = False,
               font=None) -> int:
    """The quiz (or its answer key) in ``script`` as a PDF; returns the page count."""
    from quizapp.teacher.printing import answer_key_html, quiz_html

    make = answer_key_html if answer_key else quiz_html
    return print_html_to_pdf(make(questions, title=title, script=script), path, font=font)
