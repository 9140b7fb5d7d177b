// Source formats beside Markdown (PDF, HTML, phone-script .txt, JSONL): metadata, passages, pages,
// sidecars, and a clear diagnostic (never a crash) for every kind of bad file; samples/ loads clean.
#include "test_util.hpp"

#include <helpcenter/corpus.hpp>
#include <helpcenter/sources.hpp>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace helpcenter;
namespace fs = std::filesystem;

namespace {

fs::path samples() {
    return fs::path(HC_SOURCE_CORPUS).parent_path() / "samples";
}

std::vector<Document> load(const fs::path& root, const fs::path& file, std::vector<Diagnostic>& d) {
    return load_source(root, file, d);
}

std::size_t count_errors(const std::vector<Diagnostic>& d) {
    return static_cast<std::size_t>(std::count_if(
        d.begin(), d.end(), [](const Diagnostic& x) { return x.severity == Diagnostic::Severity::error; }));
}

std::string all_messages(const std::vector<Diagnostic>& d) {
    std::string out;
    for (const auto& x : d)
        out += x.to_string() + "\n";
    return out;
}

const Passage* find_passage(const Document& doc, const std::string& heading) {
    for (const auto& p : doc.passages) {
        if (p.heading == heading) return &p;
    }
    return nullptr;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

std::size_t words(const std::string& text) {
    std::size_t n = 0;
    bool in_word = false;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t';
        if (!space && !in_word) ++n;
        in_word = !space;
    }
    return n;
}

// The text poppler extracts from one page (1-based), to check page numbers independently.
std::string pdf_page_text(const fs::path& pdf, int page) {
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(pdf.string()));
    if (!doc) return {};
    std::unique_ptr<poppler::page> p(doc->create_page(page - 1));
    if (!p) return {};
    const auto bytes = p->text().to_utf8();
    return {bytes.begin(), bytes.end()};
}

// A valid PDF of one empty page (no text at all), with a correct cross-reference table.
std::string empty_page_pdf() {
    const std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    };
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const std::size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const auto offset : offsets) {
        const std::string digits = std::to_string(offset);
        pdf += std::string(10 - digits.size(), '0') + digits + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

}  // namespace

// ---- which files are sources

TEST(Sources, SupportedExtensions) {
    for (const char* name : {"a.md", "a.pdf", "a.PDF", "a.html", "a.htm", "a.txt", "a.jsonl"}) {
        EXPECT_TRUE(is_source_file(name)) << name;
    }
    for (const char* name : {"a.pdf.meta.yaml", "a.yaml", "topics.tsv", "a.json", "README", "a.docx"}) {
        EXPECT_FALSE(is_source_file(name)) << name;
    }
}

TEST(Sources, UnsupportedExtensionIsAnError) {
    hc_test::TempDir dir;
    hc_test::write_file(dir / "en/a.docx", "text");
    std::vector<Diagnostic> d;
    EXPECT_TRUE(load(dir.path(), dir / "en/a.docx", d).empty());
    ASSERT_EQ(count_errors(d), 1u);
    EXPECT_EQ(d[0].file, "en/a.docx");
}

// ---- Markdown: the corpus parser, unchanged

TEST(Sources, MarkdownIsTheCorpusFormat) {
    std::vector<Diagnostic> d;
    const auto docs = load(HC_SOURCE_CORPUS, fs::path(HC_SOURCE_CORPUS) / "en/replace-green-card.md", d);
    ASSERT_EQ(docs.size(), 1u) << all_messages(d);
    EXPECT_EQ(count_errors(d), 0u);
    EXPECT_EQ(docs[0].id, "replace-green-card");
    EXPECT_EQ(docs[0].source_path, "en/replace-green-card.md");
    EXPECT_GT(docs[0].passages.size(), 2u);
    EXPECT_EQ(docs[0].passages[0].page, 0);
}

// ---- PDF

TEST(SourcesPdf, BrochureWithSidecar) {
    const fs::path pdf = samples() / "pdf/en/brochures/guide-to-naturalization.pdf";
    std::vector<Diagnostic> d;
    const auto docs = load(samples(), pdf, d);
    EXPECT_TRUE(d.empty()) << all_messages(d);
    ASSERT_EQ(docs.size(), 1u);
    const Document& doc = docs[0];
    EXPECT_EQ(doc.id, "guide-to-naturalization");
    EXPECT_EQ(doc.lang, "en");
    EXPECT_EQ(doc.type, DocType::brochure);
    EXPECT_EQ(doc.title, "A guide to naturalization: how to become a U.S. citizen");
    EXPECT_EQ(doc.updated, "2026-11-01");
    EXPECT_EQ(doc.url, "https://www.uscis.gov/citizenship/publications/a-guide-to-naturalization");
    EXPECT_NE(std::find(doc.forms.begin(), doc.forms.end(), "N-400"), doc.forms.end());
    EXPECT_NE(std::find(doc.topics.begin(), doc.topics.end(), "oath-ceremony"), doc.topics.end());
    EXPECT_EQ(doc.source_path, "pdf/en/brochures/guide-to-naturalization.pdf");

    // The lead passage, then one passage per heading of the brochure; the cover title is not text.
    ASSERT_EQ(doc.passages.size(), 15u);
    EXPECT_EQ(doc.passages[0].heading, "");
    EXPECT_TRUE(doc.passages[0].text.starts_with("Naturalization is the process")) << doc.passages[0].text;
    EXPECT_EQ(doc.passages[1].heading, "Check first: are you already a citizen?");
    EXPECT_EQ(doc.passages.back().heading, "Where to get help");

    // List items keep their shape, and page numbers printed at the foot are gone.
    const Passage* who = find_passage(doc, "Who can apply: the basic requirements");
    ASSERT_NE(who, nullptr);
    EXPECT_TRUE(contains(who->text, "\n- you are at least 18 years old when you file;\n- you have been")) << who->text;

    int last_page = 1;
    for (const auto& p : doc.passages) {
        EXPECT_GE(p.page, last_page) << p.heading;  // in reading order
        EXPECT_GT(p.line, 0) << p.heading;
        EXPECT_LE(words(p.text), 400u) << p.heading;
        EXPECT_GE(words(p.text), 50u) << p.heading;
        last_page = p.page;
    }
    EXPECT_GE(last_page, 5);  // a several-page brochure
}

TEST(SourcesPdf, AnswerPassageCarriesItsPage) {
    const fs::path pdf = samples() / "pdf/en/brochures/guide-to-naturalization.pdf";
    std::vector<Diagnostic> d;
    const auto docs = load(samples(), pdf, d);
    ASSERT_EQ(docs.size(), 1u) << all_messages(d);
    for (const char* heading : {"Good moral character", "The oath ceremony", "After you become a citizen"}) {
        const Passage* p = find_passage(docs[0], heading);
        ASSERT_NE(p, nullptr) << heading;
        ASSERT_GE(p->page, 2) << heading;
        // poppler itself prints the heading on that page and not on the page before.
        EXPECT_TRUE(contains(pdf_page_text(pdf, p->page), heading)) << heading << " page " << p->page;
        EXPECT_FALSE(contains(pdf_page_text(pdf, p->page - 1), heading)) << heading;
    }
    EXPECT_EQ(find_passage(docs[0], "The oath ceremony")->page, 5);  // as samples/ was generated
}

TEST(SourcesPdf, SpanishBrochure) {
    std::vector<Diagnostic> d;
    const auto docs = load(samples(), samples() / "pdf/es/brochures/managing-your-case.pdf", d);
    EXPECT_TRUE(d.empty()) << all_messages(d);
    ASSERT_EQ(docs.size(), 1u);
    EXPECT_EQ(docs[0].lang, "es");
    EXPECT_TRUE(docs[0].title.starts_with("Cómo dar seguimiento a su caso")) << docs[0].title;
    // A heading that wraps onto a second line is read whole.
    EXPECT_NE(find_passage(docs[0], "Tiempos de procesamiento: cuándo su caso está fuera del tiempo normal"), nullptr);
}

TEST(SourcesPdf, WithoutSidecarMetadataComesFromThePdfAndFolderWithAWarning) {
    hc_test::TempDir dir;
    const fs::path pdf = dir / "en/brochures/guide-to-naturalization.pdf";
    fs::create_directories(pdf.parent_path());
    fs::copy_file(samples() / "pdf/en/brochures/guide-to-naturalization.pdf", pdf);
    std::vector<Diagnostic> d;
    const auto docs = load(dir.path(), pdf, d);
    ASSERT_EQ(docs.size(), 1u) << all_messages(d);
    ASSERT_EQ(d.size(), 1u) << all_messages(d);
    EXPECT_EQ(d[0].severity, Diagnostic::Severity::warning);
    EXPECT_EQ(d[0].file, "en/brochures/guide-to-naturalization.pdf");
    EXPECT_TRUE(contains(d[0].message, "no sidecar")) << d[0].message;
    EXPECT_EQ(docs[0].id, "guide-to-naturalization");
    EXPECT_EQ(docs[0].lang, "en");
    EXPECT_EQ(docs[0].type, DocType::brochure);
    EXPECT_EQ(docs[0].title, "A guide to naturalization: how to become a U.S. citizen");  // the PDF's Title
    EXPECT_EQ(docs[0].passages.size(), 15u);
}

TEST(SourcesPdf, PartialSidecarKeepsDerivedKeys) {
    hc_test::TempDir dir;
    const fs::path pdf = dir / "es/brochures/guia.pdf";
    fs::create_directories(pdf.parent_path());
    fs::copy_file(samples() / "pdf/es/brochures/guide-to-naturalization.pdf", pdf);
    hc_test::write_file(dir / "es/brochures/guia.pdf.meta.yaml", "forms: [N-400]\nsummary: Resumen.\n");
    std::vector<Diagnostic> d;
    const auto docs = load(dir.path(), pdf, d);
    ASSERT_EQ(docs.size(), 1u) << all_messages(d);
    EXPECT_TRUE(d.empty()) << all_messages(d);
    EXPECT_EQ(docs[0].id, "guia");
    EXPECT_EQ(docs[0].lang, "es");
    EXPECT_EQ(docs[0].forms, std::vector<std::string>{"N-400"});
    EXPECT_EQ(docs[0].summary, "Resumen.");
}

TEST(SourcesPdf, BrokenSidecarNamesItsLine) {
    hc_test::TempDir dir;
    const fs::path pdf = dir / "en/brochures/guide.pdf";
    fs::create_directories(pdf.parent_path());
    fs::copy_file(samples() / "pdf/en/brochures/guide-to-naturalization.pdf", pdf);
    hc_test::write_file(dir / "en/brochures/guide.pdf.meta.yaml", "id: guide\ntitle: A guide\nquestion: oops\n");
    std::vector<Diagnostic> d;
    EXPECT_TRUE(load(dir.path(), pdf, d).empty());
    ASSERT_EQ(count_errors(d), 1u) << all_messages(d);
    EXPECT_EQ(d[0].file, "en/brochures/guide.pdf.meta.yaml");
    EXPECT_EQ(d[0].line, 3);
    EXPECT_TRUE(contains(d[0].message, "question")) << d[0].message;

    hc_test::write_file(dir / "en/brochures/guide.pdf.meta.yaml", "id: guide\ntitle: [unclosed\n");
    d.clear();
    EXPECT_TRUE(load(dir.path(), pdf, d).empty());
    ASSERT_EQ(count_errors(d), 1u) << all_messages(d);
    EXPECT_GE(d[0].line, 2);

    // A sidecar language that contradicts the folder is reported at the sidecar's line.
    hc_test::write_file(dir / "en/brochures/guide.pdf.meta.yaml", "id: guide\nlang: es\n");
    d.clear();
    EXPECT_TRUE(load(dir.path(), pdf, d).empty());
    ASSERT_EQ(count_errors(d), 1u) << all_messages(d);
    EXPECT_EQ(d[0].file, "en/brochures/guide.pdf.meta.yaml");
    EXPECT_EQ(d[0].line, 2);
}

TEST(SourcesPdf, GarbageBytesAreACorruptPdf) {
    hc_test::TempDir dir;
    std::string junk;
    std::mt19937 random(42);
    for (int i = 0; i < 20000; ++i)
        junk.push_back(static_cast<char>(random() & 0xFF));
    hc_test::write_file(dir / "en/brochures/junk.pdf", junk);
    std::vector<Diagnostic> d;
    EXPECT_TRUE(load(dir.path(), dir / "en/brochures/junk.pdf", d).empty());
    ASSERT_EQ(count_errors(d), 1u) << all_messages(d);
    EXPECT_EQ(d[0].file, "en/brochures/junk.pdf");
    EXPECT_TRUE(contains(d[0].message, "not a readable PDF")) << d[0].message;
}

TEST(SourcesPdf, TruncatedPdfDoesNotCrash) {
    hc_test::TempDir dir;
    const std::string full = hc_test::read_file(samples() / "pdf/en/brochures/guide-to-naturalization.pdf");
    for (const std::size_t size : {std::size_t{100}, std::size_t{3000}, full.size() / 2, full.size() - 200}) {
        hc_test::write_file(dir / "en/brochures/cut.pdf", full.substr(0, size));
        std::vector<Diagnostic> d;
        const auto docs = load(dir.path(), dir / "en/brochures/cut.pdf", d);
        // poppler repairs what it can; either way the outcome is a document or an error, never silence.
        EXPECT_TRUE(!docs.empty() || count_errors(d) > 0) << size;
        for (const auto& doc : docs) {
            for (const auto& p : doc.passages)
                EXPECT_GT(p.page, 0);
        }
    }
}

TEST(SourcesPdf, PdfWithoutTextIsAnError) {
    hc_test::TempDir dir;
    hc_test::write_file(dir / "en/brochures/scan.pdf", empty_page_pdf());
    std::vector<Diagnostic> d;
    EXPECT_TRUE(load(dir.path(), dir / "en/brochures/scan.pdf", d).empty());
    ASSERT_EQ(count_errors(d), 1u) << all_messages(d);
    EXPECT_TRUE(contains(d[0].message, "no text")) << d[0].message;
}

// ---- HTML

TEST(SourcesHtml, ArticleWithSidecar) {
    std::vector<Diagnostic> d;
    const auto docs = load(samples(), samples() / "html/en/replace-green-card.html", d);
    EXPECT_TRUE(d.empty()) << all_messages(d);
    ASSERT_EQ(docs.size(), 1u);
    const Document& doc = docs[0];
    EXPECT_EQ(doc.id, "replace-green-card");
    EXPECT_EQ(doc.lang, "en");
    EXPECT_EQ(doc.type, DocType::article);
    EXPECT_EQ(doc.title, "Replace your green card (lost, stolen, damaged or never received)");
    EXPECT_EQ(doc.forms, std::vector<std::string>{"I-90"});
    // The sidecar carries the Markdown article's alternate questions.
    std::vector<Diagnostic> md_diagnostics;
    const auto md = load(HC_SOURCE_CORPUS, fs::path(HC_SOURCE_CORPUS) / "en/replace-green-card.md", md_diagnostics);
    ASSERT_EQ(md.size(), 1u);
    EXPECT_EQ(doc.questions, md[0].questions);

    ASSERT_EQ(doc.passages.size(), 5u);
    EXPECT_EQ(doc.passages[0].heading, "");
    EXPECT_TRUE(doc.passages[0].text.starts_with("If your green card (Permanent Resident Card, Form I-551) was lost"));
    EXPECT_EQ(doc.passages[1].heading, "Who should file Form I-90 for a replacement");
    EXPECT_TRUE(contains(doc.passages[1].text, "File Form I-90 if:\n\n- your card was lost, stolen or destroyed;\n- "))
        << doc.passages[1].text;
    const Passage* how = find_passage(doc, "How to apply");
    ASSERT_NE(how, nullptr);
    EXPECT_TRUE(how->text.starts_with("1. File Form I-90 online")) << how->text;
    EXPECT_TRUE(contains(how->text, "\n2. Pay the filing fee.")) << how->text;

    // Site chrome is gone: menu, search form, sidebar, footer, scripts.
    for (const auto& p : doc.passages) {
        EXPECT_NE(p.heading, "Related pages");
        EXPECT_GT(p.line, 0);
        for (const char* chrome : {"Contact Us", "Search", "Department of Homeland Security", "dataLayer", "JavaScript",
                                   "Help Center", "Replace your green card (lost"}) {
            EXPECT_FALSE(contains(p.text, chrome)) << chrome << " in " << p.heading;
        }
    }
}

TEST(SourcesHtml, WithoutSidecarTitleAndLangComeFromThePage) {
    hc_test::TempDir dir;
    fs::create_directories(dir / "en");
    fs::copy_file(samples() / "html/en/work-permit.html", dir / "en/work-permit.html");
    std::vector<Diagnostic> d;
    const auto docs = load(dir.path(), dir / "en/work-permit.html", d);
    ASSERT_EQ(docs.size(), 1u) << all_messages(d);
    ASSERT_EQ(d.size(), 1u) << all_messages(d);
    EXPECT_EQ(d[0].severity, Diagnostic::Severity::warning);
    EXPECT_TRUE(contains(d[0].message, "no sidecar")) << d[0].message;
    EXPECT_EQ(docs[0].id, "work-permit");
    EXPECT_EQ(docs[0].lang, "en");
    EXPECT_EQ(docs[0].title, "Get a work permit (Employment Authorization Document, EAD)");  // the <h1>
    EXPECT_EQ(docs[0].url, "https://www.uscis.gov/i-765");                                   // rel=canonical
    EXPECT_FALSE(docs[0].summary.empty());                                                   // meta description
    EXPECT_EQ(docs[0].topics, std::vector<std::string>{"work-permit"});
}

TEST(SourcesHtml, BodyWithoutMainTitleFromTitleElement) {
    hc_test::TempDir dir;
    hc_test::write_file(dir / "es/pagina.html", R"(<!doctype html>
<html lang="es-MX"><head><title>Cómo pagar</title></head>
<body>
<nav><a href="/">Inicio</a></nav>
<p>Puede pagar en l&iacute;nea.</p>
<h2>Con tarjeta</h2>
<ul><li>Visa<ul><li>Débito</li></ul></li><li><p>Mastercard</p></li></ul>
<h3>Notas</h3>
<div>Guarde&nbsp;el   recibo.</div>
<script>var x = 1;</script>
</body></html>
)");
    std::vector<Diagnostic> d;
    const auto docs = load(dir.path(), dir / "es/pagina.html", d);
    ASSERT_EQ(docs.size(), 1u) << all_messages(d);
    EXPECT_EQ(count_errors(d), 0u);
    EXPECT_EQ(docs[0].title, "Cómo pagar");
    EXPECT_EQ(docs[0].lang, "es");  // es-MX in an es/ folder
    ASSERT_EQ(docs[0].passages.size(), 2u);
    EXPECT_EQ(docs[0].passages[0].text, "Puede pagar en línea.");
    EXPECT_EQ(docs[0].passages[0].line, 5);
    EXPECT_EQ(docs[0].passages[1].heading, "Con tarjeta");
    EXPECT_EQ(docs[0].passages[1].line, 6);
    EXPECT_EQ(docs[0].passages[1].text, "- Visa\n  - Débito\n- Mastercard\n\n### Notas\n\nGuarde el recibo.");
}

TEST(SourcesHtml, LangThatContradictsTheFolderIsAnError) {
    hc_test::TempDir dir;
    hc_test::write_file(dir / "en/page.html", "<html lang=\"fr\"><body><h1>T</h1><p>Texte.</p></body></html>");
    std::vector<Diagnostic> d;
    EXPECT_TRUE(load(dir.path(), dir / "en/page.html", d).empty());
    ASSERT_EQ(count_errors(d), 1u) << all_messages(d);
    EXPECT_TRUE(contains(d.back().message, "does not match the folder")) << all_messages(d);
}

TEST(SourcesHtml, TruncatedFileLoadsWhatItCanWithAWarning) {
    hc_test::TempDir dir;
    const std::string full = hc_test::read_file(samples() / "html/en/replace-green-card.html");
    const auto cut = full.find("<h2 id=\"how-to-apply\"");
    ASSERT_NE(cut, std::string::npos);
    hc_test::write_file(dir / "en/replace-green-card.html", full.substr(0, cut + 10));  // cut inside a tag
    fs::copy_file(samples() / "html/en/replace-green-card.html.meta.yaml",
                  dir / "en/replace-green-card.html.meta.yaml");
    std::vector<Diagnostic> d;
    const auto docs = load(dir.path(), dir / "en/replace-green-card.html", d);
    ASSERT_EQ(docs.size(), 1u) << all_messages(d);
    ASSERT_EQ(d.size(), 1u) << all_messages(d);
    EXPECT_EQ(d[0].severity, Diagnostic::Severity::warning);
    EXPECT_TRUE(contains(d[0].message, "truncated")) << d[0].message;
    EXPECT_EQ(docs[0].passages.size(), 2u);
}

TEST(SourcesHtml, TruncatedBeforeAnyTextIsAnError) {
    hc_test::TempDir dir;
    const std::string full = hc_test::read_file(samples() / "html/en/replace-green-card.html");
    hc_test::write_file(dir / "en/x.html", full.substr(0, full.find("<main")));
    std::vector<Diagnostic> d;
    EXPECT_TRUE(load(dir.path(), dir / "en/x.html", d).empty());
    EXPECT_EQ(count_errors(d), 1u) << all_messages(d);
    EXPECT_TRUE(contains(all_messages(d), "no text")) << all_messages(d);
}

TEST(SourcesHtml, InvalidUtf8NamesTheLine) {
    hc_test::TempDir dir;
    hc_test::write_file(dir / "en/x.html", "<html lang=\"en\">\n<body>\n<p>caf\xE9</p>\n</body></html>\n");
    std::vector<Diagnostic> d;
    EXPECT_TRUE(load(dir.path(), dir / "en/x.html", d).empty());
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].to_string().substr(0, 11), "en/x.html:3");
    EXPECT_TRUE(contains(d[0].message, "UTF-8"));
}

TEST(SourcesHtml, DeepNestingDoesNotCrash) {
    hc_test::TempDir dir;
    std::string html = "<html lang=\"en\"><body><p>Top text.</p>";
    for (int i = 0; i < 5000; ++i)
        html += "<div>";
    html += "deep";
    hc_test::write_file(dir / "en/deep.html", html);
    std::vector<Diagnostic> d;
    const auto docs = load(dir.path(), dir / "en/deep.html", d);
    ASSERT_EQ(docs.size(), 1u) << all_messages(d);
    EXPECT_EQ(docs[0].passages[0].text, "Top text.");
}

// ---- phone-script .txt

TEST(SourcesScript, ExportLoads) {
    std::vector<Diagnostic> d;
    const auto docs = load(samples(), samples() / "txt/en/scripts/replace-green-card.txt", d);
    EXPECT_TRUE(d.empty()) << all_messages(d);
    ASSERT_EQ(docs.size(), 1u);
    const Document& doc = docs[0];
    EXPECT_EQ(doc.id, "replace-green-card");
    EXPECT_EQ(doc.lang, "en");
    EXPECT_EQ(doc.type, DocType::script);
    EXPECT_EQ(doc.title, "Phone script: replace a green card");
    EXPECT_EQ(doc.forms, std::vector<std::string>{"I-90"});
    EXPECT_EQ(doc.questions.size(), 4u);
    EXPECT_EQ(doc.topics, std::vector<std::string>{"replace-green-card"});
    EXPECT_EQ(doc.updated, "2026-11-01");
    ASSERT_EQ(doc.passages.size(), 4u);
    EXPECT_EQ(doc.passages[0].heading, "");
    EXPECT_TRUE(doc.passages[0].text.starts_with("To replace a lost, stolen or damaged green card"));
    EXPECT_EQ(doc.passages[1].heading, "What to tell the caller");
    EXPECT_EQ(doc.passages[3].heading, "If the caller needs proof of status now");
    // Each section points at its "== Heading ==" line in the file.
    const std::string text = hc_test::read_file(samples() / "txt/en/scripts/replace-green-card.txt");
    const auto heading_at = text.find("\n== What to tell the caller ==\n");
    ASSERT_NE(heading_at, std::string::npos);
    EXPECT_EQ(doc.passages[1].line, 2 + std::count(text.begin(), text.begin() + static_cast<long>(heading_at), '\n'));
}

TEST(SourcesScript, FormatDetails) {
    hc_test::TempDir dir;
    hc_test::write_file(dir / "scripts-export/fees.txt",
                        "id: fees\r\nLang: es\r\nTITLE: Guion: tarifas\r\nFORMS: I-90, I-131 ,\r\n"
                        "QUESTION: ¿Cuánto cuesta, y cómo pago?\r\nQUESTION: tarifa\r\n\r\n\r\nIntro.\r\n"
                        "=== Cómo pagar ===\r\n- en línea\r\n- por correo\r\n== Vacía ==\r\n");
    std::vector<Diagnostic> d;
    const auto docs = load(dir.path(), dir / "scripts-export/fees.txt", d);
    ASSERT_EQ(docs.size(), 1u) << all_messages(d);
    EXPECT_EQ(docs[0].lang, "es");
    EXPECT_EQ(docs[0].forms, (std::vector<std::string>{"I-90", "I-131"}));
    EXPECT_EQ(docs[0].questions, (std::vector<std::string>{"¿Cuánto cuesta, y cómo pago?", "tarifa"}));
    ASSERT_EQ(docs[0].passages.size(), 3u);
    EXPECT_EQ(docs[0].passages[0].text, "Intro.");
    EXPECT_EQ(docs[0].passages[0].line, 9);
    EXPECT_EQ(docs[0].passages[1].heading, "Cómo pagar");
    EXPECT_EQ(docs[0].passages[1].line, 10);
    EXPECT_EQ(docs[0].passages[1].text, "- en línea\n- por correo");
    ASSERT_EQ(d.size(), 1u) << all_messages(d);  // the empty section
    EXPECT_EQ(d[0].severity, Diagnostic::Severity::warning);
    EXPECT_EQ(d[0].line, 13);
}

TEST(SourcesScript, HeaderErrorsNameTheLine) {
    hc_test::TempDir dir;
    const auto errors_of = [&](const std::string& text) {
        hc_test::write_file(dir / "en/scripts/x.txt", text);
        std::vector<Diagnostic> d;
        EXPECT_TRUE(load(dir.path(), dir / "en/scripts/x.txt", d).empty());
        return d;
    };
    auto d = errors_of("ID: x\nLANG: en\nTITEL: typo\nTITLE: t\n\nbody\n");
    ASSERT_EQ(count_errors(d), 1u) << all_messages(d);
    EXPECT_EQ(d[0].line, 3);
    EXPECT_TRUE(contains(d[0].message, "TITEL"));

    d = errors_of("ID: x\nLANG: en\nthis is not a header\n\nbody\n");
    EXPECT_EQ(d[0].line, 3) << all_messages(d);

    d = errors_of("ID: x\nLANG: en\n\nbody\n");
    ASSERT_EQ(count_errors(d), 1u) << all_messages(d);
    EXPECT_TRUE(contains(d[0].message, "'TITLE'")) << d[0].message;

    d = errors_of("ID: x\nLANG: en\nTITLE: t\nTYPE: article\n\nbody\n");
    ASSERT_EQ(count_errors(d), 1u) << all_messages(d);
    EXPECT_EQ(d[0].line, 4);

    d = errors_of("ID: x\nLANG: es\nTITLE: t\n\nbody\n");  // in en/scripts/
    ASSERT_EQ(count_errors(d), 1u) << all_messages(d);
    EXPECT_EQ(d[0].line, 2);

    d = errors_of("ID: x\nLANG: en\nTITLE: t\nUPDATED: 2026-13-01\nID: y\n\nbody\n");
    EXPECT_EQ(count_errors(d), 2u) << all_messages(d);

    d = errors_of("Just some text.\n");
    EXPECT_EQ(count_errors(d), 1u) << all_messages(d);
}

// ---- JSONL

TEST(SourcesJsonl, ExportLoadsEveryRecord) {
    std::vector<Diagnostic> d;
    const auto docs = load(samples(), samples() / "jsonl/export.jsonl", d);
    EXPECT_TRUE(d.empty()) << all_messages(d);
    ASSERT_EQ(docs.size(), 3u);
    EXPECT_EQ(docs[0].id, "case-status-online");
    EXPECT_EQ(docs[0].type, DocType::article);
    EXPECT_EQ(docs[1].id, "tps");
    EXPECT_EQ(docs[1].lang, "es");
    EXPECT_EQ(docs[2].type, DocType::script);
    for (const auto& doc : docs)
        EXPECT_EQ(doc.source_path, "jsonl/export.jsonl");

    // The body is split at "## " as a Markdown body is, and passages point at the record's line.
    std::vector<Diagnostic> md_diagnostics;
    const auto md = load(HC_SOURCE_CORPUS, fs::path(HC_SOURCE_CORPUS) / "es/tps.md", md_diagnostics);
    ASSERT_EQ(md.size(), 1u);
    ASSERT_EQ(docs[1].passages.size(), md[0].passages.size());
    for (std::size_t i = 0; i < md[0].passages.size(); ++i) {
        EXPECT_EQ(docs[1].passages[i].heading, md[0].passages[i].heading);
        EXPECT_EQ(docs[1].passages[i].text, md[0].passages[i].text);
        EXPECT_EQ(docs[1].passages[i].line, 2);
    }
    EXPECT_EQ(docs[1].questions, md[0].questions);
    EXPECT_EQ(docs[1].forms, md[0].forms);
}

TEST(SourcesJsonl, BadLinesAreReportedAndTheRestLoads) {
    hc_test::TempDir dir;
    hc_test::write_file(
        dir / "export.jsonl",
        "{\"id\": \"a\", \"lang\": \"en\", \"type\": \"article\", \"title\": \"A\", \"body\": \"Text.\"}\n"
        "{\"id\": \"b\", \"lang\": \n"
        "\n"
        "[1, 2]\n"
        "{\"id\": \"c\", \"lang\": \"en\", \"type\": \"article\", \"title\": \"C\", \"bdy\": \"x\"}\n"
        "{\"id\": \"d\", \"lang\": \"en\", \"type\": \"article\", \"title\": \"D\", \"forms\": [1]}\n"
        "{\"id\": \"E\", \"lang\": \"en\", \"type\": \"leaflet\", \"title\": \"E\"}\n"
        "{\"id\": \"f\", \"lang\": \"en\", \"type\": \"script\", \"title\": \"F\", "
        "\"forms\": \"I-90\", \"body\": \"Lead.\\n\\n## One\\nFirst.\"}\n");
    std::vector<Diagnostic> d;
    const auto docs = load(dir.path(), dir / "export.jsonl", d);
    ASSERT_EQ(docs.size(), 2u) << all_messages(d);
    EXPECT_EQ(docs[0].id, "a");
    EXPECT_EQ(docs[1].id, "f");
    EXPECT_EQ(docs[1].forms, std::vector<std::string>{"I-90"});
    ASSERT_EQ(docs[1].passages.size(), 2u);
    EXPECT_EQ(docs[1].passages[1].heading, "One");
    EXPECT_EQ(docs[1].passages[1].line, 8);

    std::vector<int> lines;
    for (const auto& x : d) {
        EXPECT_EQ(x.severity, Diagnostic::Severity::error);
        EXPECT_EQ(x.file, "export.jsonl");
        lines.push_back(x.line);
    }
    EXPECT_EQ(lines, (std::vector<int>{2, 4, 5, 6, 7, 7})) << all_messages(d);  // line 7: id and type
    EXPECT_EQ(d[0].to_string().substr(0, 15), "export.jsonl:2:");
    EXPECT_TRUE(contains(d[0].message, "not valid JSON")) << d[0].message;
    EXPECT_TRUE(contains(d[2].message, "bdy")) << d[2].message;
}

TEST(SourcesJsonl, InvalidUtf8AndBinary) {
    hc_test::TempDir dir;
    hc_test::write_file(dir / "a.jsonl",
                        "{\"id\": \"a\", \"lang\": \"en\", \"type\": \"article\", \"title\": \"A\"}\n"
                        "{\"id\": \"b\", \"title\": \"\xFF\xFE\"}\n");
    std::vector<Diagnostic> d;
    EXPECT_EQ(load(dir.path(), dir / "a.jsonl", d).size(), 1u);
    ASSERT_EQ(count_errors(d), 1u) << all_messages(d);
    EXPECT_EQ(d.back().line, 2);  // after line 1's warning that it has no body
    EXPECT_TRUE(contains(d.back().message, "UTF-8"));

    std::string binary(4096, '\0');
    for (std::size_t i = 0; i < binary.size(); ++i)
        binary[i] = static_cast<char>((i * 7919) & 0xFF);
    hc_test::write_file(dir / "b.jsonl", binary);
    d.clear();
    EXPECT_TRUE(load(dir.path(), dir / "b.jsonl", d).empty());
    EXPECT_EQ(count_errors(d), 1u) << all_messages(d);
}

// ---- bad files in every format

TEST(Sources, BinaryJunkInEveryTextFormatIsAnError) {
    hc_test::TempDir dir;
    std::string junk;
    std::mt19937 random(7);
    for (int i = 0; i < 10000; ++i)
        junk.push_back(static_cast<char>(random() & 0xFF));
    for (const char* name : {"en/junk.md", "en/junk.html", "en/junk.htm", "en/scripts/junk.txt", "junk.jsonl"}) {
        hc_test::write_file(dir / name, junk);
        std::vector<Diagnostic> d;
        EXPECT_TRUE(load(dir.path(), dir / name, d).empty()) << name;
        ASSERT_GE(count_errors(d), 1u) << name;
        EXPECT_LE(d.size(), 21u) << name;  // a clear report, not one line per byte
        EXPECT_EQ(d[0].file, name);
        EXPECT_GT(d[0].line, 0) << name;
    }
}

TEST(Sources, InvalidUtf8NamesTheLineInText) {
    hc_test::TempDir dir;
    hc_test::write_file(dir / "en/scripts/x.txt", "ID: x\nLANG: en\nTITLE: t\n\nbody\ncaf\xC3\x28\n");
    std::vector<Diagnostic> d;
    EXPECT_TRUE(load(dir.path(), dir / "en/scripts/x.txt", d).empty());
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].line, 6);
}

TEST(Sources, OversizeFilesAreRefused) {
    hc_test::TempDir dir;
    // Sparse files: the size is what counts, and nothing is read.
    const auto make = [&](const std::string& name, std::uintmax_t size) {
        hc_test::write_file(dir / name, "x");
        fs::resize_file(dir / name, size);
        return dir / name;
    };
    for (const auto& [name, size] :
         std::vector<std::pair<std::string, std::uintmax_t>>{{"en/big.html", (8u << 20) + 1},
                                                             {"en/big.md", (8u << 20) + 1},
                                                             {"big.jsonl", (8u << 20) + 1},
                                                             {"en/scripts/big.txt", (8u << 20) + 1},
                                                             {"en/brochures/big.pdf", (64u << 20) + 1}}) {
        std::vector<Diagnostic> d;
        EXPECT_TRUE(load(dir.path(), make(name, size), d).empty()) << name;
        ASSERT_EQ(d.size(), 1u) << name;
        EXPECT_EQ(d[0].file, name);
        EXPECT_TRUE(contains(d[0].message, "too large")) << d[0].message;
    }
    // A PDF may be larger than a text file: 9 MiB is read (and found corrupt, being zeros).
    std::vector<Diagnostic> d;
    EXPECT_TRUE(load(dir.path(), make("en/brochures/nine.pdf", 9u << 20), d).empty());
    ASSERT_EQ(d.size(), 1u);
    EXPECT_FALSE(contains(d[0].message, "too large")) << d[0].message;
}

TEST(Sources, EmptyAndMissingFiles) {
    hc_test::TempDir dir;
    hc_test::write_file(dir / "en/empty.html", "");
    std::vector<Diagnostic> d;
    EXPECT_TRUE(load(dir.path(), dir / "en/empty.html", d).empty());
    ASSERT_EQ(d.size(), 1u);
    EXPECT_TRUE(contains(d[0].message, "empty"));
    d.clear();
    EXPECT_TRUE(load(dir.path(), dir / "en/missing.pdf", d).empty());
    EXPECT_EQ(count_errors(d), 1u);
}

// ---- the samples folder is a valid corpus in source formats

TEST(Sources, SamplesLoadWithoutErrors) {
    ASSERT_TRUE(fs::is_regular_file(samples() / "topics.tsv"));
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(samples())) {
        if (entry.is_regular_file() && is_source_file(entry.path())) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    Corpus corpus;
    for (const auto& file : files) {
        auto docs = load_source(samples(), file, corpus.diagnostics);
        for (auto& doc : docs)
            corpus.documents.push_back(std::move(doc));
    }
    EXPECT_TRUE(corpus.diagnostics.empty()) << all_messages(corpus.diagnostics);
    EXPECT_EQ(files.size(), 12u + 5u + 2u + 1u);
    EXPECT_EQ(corpus.documents.size(), 12u + 5u + 2u + 3u);

    // Topic references hold against the copy of topics.tsv; only coverage gaps remain, as
    // samples/ holds a few documents, not every topic.
    corpus.topics = load_corpus(samples()).topics;
    ASSERT_FALSE(corpus.topics.empty());
    for (const auto& problem : check_corpus(corpus)) {
        EXPECT_TRUE(contains(problem.message, "missing article") || contains(problem.message, "missing phone script"))
            << problem.to_string();
    }
}
