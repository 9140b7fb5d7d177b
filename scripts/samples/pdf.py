# Renders one corpus Markdown document as a multi-page PDF brochure with ReportLab (for make-samples.sh).
#
# Usage: python3 scripts/samples/pdf.py <corpus document .md> <output .pdf>
#
# The PDF looks like a printed brochure: a cover title, section headings, paragraphs, bulleted and
# numbered lists, and a page number at the foot of every page. The title, summary and language go
# into the PDF's document information, so a loader without a sidecar can still find the title.
# Only the light Markdown the corpus uses is understood: "## " headings, "- " and "1. " items,
# **bold** and [text](url) links.
import re
import sys

import yaml
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer


def split_front_matter(text):
    if not text.startswith("---\n"):
        sys.exit("no front matter")
    end = text.index("\n---\n", 4)
    return yaml.safe_load(text[4:end]), text[end + 5:]


def inline(markdown):
    # Escape first so that "<" and "&" in the text survive ReportLab's mini-markup.
    text = markdown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1", text)
    return text


def flowables(body, styles):
    story = []
    paragraph = []

    def flush():
        if paragraph:
            story.append(Paragraph(inline(" ".join(paragraph)), styles["body"]))
            paragraph.clear()

    for line in body.splitlines():
        stripped = line.strip()
        numbered = re.match(r"^(\d+)\. (.*)", stripped)
        if not stripped:
            flush()
        elif stripped.startswith("## "):
            flush()
            story.append(Paragraph(inline(stripped[3:]), styles["heading"]))
        elif stripped.startswith("- "):
            flush()
            story.append(Paragraph(inline(stripped[2:]), styles["item"], bulletText="\u2022"))
        elif numbered:
            flush()
            story.append(Paragraph(inline(numbered.group(2)), styles["item"], bulletText=numbered.group(1) + "."))
        else:
            paragraph.append(stripped)
    flush()
    return story


def main():
    source, output = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as f:
        meta, body = split_front_matter(f.read())

    base = getSampleStyleSheet()
    styles = {
        "title": ParagraphStyle("title", parent=base["Title"], fontSize=22, leading=27, spaceAfter=18),
        "heading": ParagraphStyle("heading", parent=base["Heading2"], fontSize=14, leading=18, spaceBefore=14,
                                  spaceAfter=6, keepWithNext=True),
        "body": ParagraphStyle("body", parent=base["BodyText"], fontSize=11, leading=15, spaceAfter=8),
        "item": ParagraphStyle("item", parent=base["BodyText"], fontSize=11, leading=15, leftIndent=18,
                               bulletIndent=6, spaceAfter=3),
    }

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 9)
        canvas.drawCentredString(letter[0] / 2, 0.5 * inch, str(doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(output, pagesize=letter, title=meta["title"], author="USCIS",
                            subject=meta.get("summary", ""), lang=meta["lang"],
                            leftMargin=inch, rightMargin=inch, topMargin=inch, bottomMargin=inch)
    story = [Paragraph(inline(meta["title"]), styles["title"]), Spacer(1, 6)] + flowables(body, styles)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    main()
