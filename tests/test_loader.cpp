// Corpus loader: good files, broken files (with file and line), duplicates, coverage.
#include "test_util.hpp"

#include <helpcenter/corpus.hpp>

#include <gtest/gtest.h>

using namespace helpcenter;

namespace {

std::optional<Document> parse(const std::string& text, std::vector<Diagnostic>& d,
                              const std::string& path = "en/x.md") {
    return parse_document(text, path, d);
}

const char* kGood = R"(---
id: x
lang: en
type: article
title: A title
questions:
  - One?
  - Two?
forms: [I-90]
updated: 2026-01-02
---
Lead text.

## First
First body.

## Second
Second body.
)";

}  // namespace

TEST(Loader, ParsesFrontMatterAndPassages) {
    std::vector<Diagnostic> d;
    const auto doc = parse(kGood, d);
    ASSERT_TRUE(doc.has_value());
    EXPECT_TRUE(d.empty());
    EXPECT_EQ(doc->id, "x");
    EXPECT_EQ(doc->title, "A title");
    EXPECT_EQ(doc->questions.size(), 2u);
    EXPECT_EQ(doc->forms, std::vector<std::string>{"I-90"});
    EXPECT_EQ(doc->topics, std::vector<std::string>{"x"});
    ASSERT_EQ(doc->passages.size(), 3u);
    EXPECT_EQ(doc->passages[0].heading, "");
    EXPECT_EQ(doc->passages[0].text, "Lead text.");
    EXPECT_EQ(doc->passages[1].heading, "First");
    EXPECT_EQ(doc->passages[1].line, 14);
    EXPECT_EQ(doc->passages[2].text, "Second body.");
}

TEST(Loader, UnknownKeyNamesTheLine) {
    std::vector<Diagnostic> d;
    EXPECT_FALSE(parse("---\nid: x\nlang: en\ntype: article\ntitle: t\nquestion: oops\n---\nbody\n", d));
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].line, 6);
    EXPECT_NE(d[0].message.find("question"), std::string::npos);
    EXPECT_EQ(d[0].to_string().substr(0, 9), "en/x.md:6");
}

TEST(Loader, InvalidYamlNamesTheLine) {
    std::vector<Diagnostic> d;
    EXPECT_FALSE(parse("---\nid: x\nlang: en\ntitle: [unclosed\ntype: article\n---\nbody\n", d));
    ASSERT_FALSE(d.empty());
    EXPECT_GE(d[0].line, 4);
}

TEST(Loader, MissingRequiredKeys) {
    std::vector<Diagnostic> d;
    EXPECT_FALSE(parse("---\nid: x\n---\nbody\n", d));
    EXPECT_EQ(d.size(), 3u);  // lang, type, title
}

TEST(Loader, EmptyTitleIsAWarning) {
    std::vector<Diagnostic> d;
    const auto doc = parse("---\nid: x\nlang: en\ntype: article\ntitle: \"\"\n---\nbody\n", d);
    ASSERT_TRUE(doc.has_value());
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].severity, Diagnostic::Severity::warning);
}

TEST(Loader, LanguageMustMatchFolder) {
    std::vector<Diagnostic> d;
    EXPECT_FALSE(parse("---\nid: x\nlang: es\ntype: article\ntitle: t\n---\nbody\n", d, "en/x.md"));
    EXPECT_NE(d.at(0).message.find("folder"), std::string::npos);
}

TEST(Loader, TypeMustMatchFolder) {
    std::vector<Diagnostic> d;
    EXPECT_FALSE(parse("---\nid: x\nlang: en\ntype: article\ntitle: t\n---\nbody\n", d, "en/scripts/x.md"));
}

TEST(Loader, BadDateAndType) {
    std::vector<Diagnostic> d;
    EXPECT_FALSE(parse("---\nid: x\nlang: en\ntype: leaflet\ntitle: t\nupdated: 2026-13-01\n---\nbody\n", d));
    EXPECT_EQ(d.size(), 2u);
}

TEST(Loader, NoFrontMatter) {
    std::vector<Diagnostic> d;
    EXPECT_FALSE(parse("# Just markdown\n", d));
    EXPECT_FALSE(parse("---\nid: x\n", d));
    EXPECT_EQ(d.size(), 2u);
}

TEST(Loader, InvalidUtf8AndBinaryNameTheLine) {
    std::vector<Diagnostic> d;
    EXPECT_FALSE(parse("---\nid: x\n\xff\xfe\n---\n", d));
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].line, 3);
    EXPECT_FALSE(parse(std::string("---\nid: x\n\0\n", 12), d));
    EXPECT_NE(d.back().message.find("NUL"), std::string::npos);
}

TEST(Loader, OddInputNeverThrows) {
    // Property: whatever the bytes, parsing reports problems and returns, never throws.
    std::mt19937 rng(7);
    for (int i = 0; i < 300; ++i) {
        std::string text = "---\nid: x\nlang: en\ntype: article\ntitle: t\n---\n";
        const int n = static_cast<int>(rng() % 200);
        for (int k = 0; k < n; ++k)
            text.push_back(static_cast<char>(rng() % 256));
        std::vector<Diagnostic> d;
        EXPECT_NO_THROW(parse(text, d));
        std::string prefix;
        for (int k = 0; k < n; ++k)
            prefix.push_back(static_cast<char>(rng() % 128));
        EXPECT_NO_THROW(parse(prefix, d));
    }
}

TEST(Loader, FencedCodeIsNotAHeading) {
    std::vector<Diagnostic> d;
    const auto doc = parse("---\nid: x\nlang: en\ntype: article\ntitle: t\n---\nLead\n```\n## not a heading\n```\n", d);
    ASSERT_TRUE(doc.has_value());
    EXPECT_EQ(doc->passages.size(), 1u);
}

TEST(Loader, LoadsTheMiniCorpus) {
    const Corpus corpus = load_corpus(hc_test::test_data() / "mini");
    EXPECT_TRUE(corpus.ok());
    EXPECT_EQ(corpus.documents.size(), 7u);
    EXPECT_EQ(corpus.topics.size(), 3u);
    EXPECT_EQ(corpus.synonyms.at("en").size(), 2u);
    EXPECT_EQ(corpus.glossaries.at("ko").size(), 4u);
    EXPECT_TRUE(check_corpus(corpus, {.script_languages = {}}).empty());
}

TEST(Loader, OutOfScopeExamples) {
    hc_test::TempDir dir;
    hc_test::write_file(dir / "en/a.md", "---\nid: a\nlang: en\ntype: article\ntitle: t\n---\nbody\n");
    hc_test::write_file(dir / "out-of-scope/en.tsv",
                        "# comment\ntaxes\tHow do I file my taxes?\nmedical\tWhat medicine should I take?\nno kind\n");
    const Corpus corpus = load_corpus(dir.path());
    EXPECT_EQ(corpus.documents.size(), 1u);  // the table is not a document
    ASSERT_EQ(corpus.out_of_scope.at("en").size(), 2u);
    EXPECT_EQ(corpus.out_of_scope.at("en")[1].first, "medical");
    ASSERT_FALSE(corpus.ok());
    EXPECT_EQ(corpus.diagnostics.at(0).to_string().substr(0, 21), "out-of-scope/en.tsv:4");
}

TEST(Loader, BrokenCorpusNamesFileAndLine) {
    const Corpus corpus = load_corpus(hc_test::test_data() / "broken");
    ASSERT_FALSE(corpus.ok());
    EXPECT_EQ(corpus.diagnostics.at(0).to_string().substr(0, 12), "en/bad.md:6:");
}

TEST(Loader, DuplicatesAndCoverageGaps) {
    hc_test::TempDir dir;
    const std::string doc = "---\nid: a\nlang: en\ntype: article\ntitle: t\n---\nbody\n";
    hc_test::write_file(dir / "en/a.md", doc);
    hc_test::write_file(dir / "EN/a.md", doc);  // same key through another folder spelling
    hc_test::write_file(dir / "topics.tsv", "a\ten es\t\tscope\nb\tall\t\tscope\n");
    const Corpus corpus = load_corpus(dir.path());
    EXPECT_FALSE(corpus.ok());
    const auto gaps = check_corpus(corpus);
    // es/a, b in ten languages, and b's phone scripts in en and es.
    EXPECT_EQ(gaps.size(), 1u + 10u + 2u);
}

TEST(Loader, MissingFolderThrowsNotFound) {
    try {
        load_corpus("/nonexistent/corpus");
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::not_found);
    }
}

TEST(Loader, TooLargeFileIsReported) {
    hc_test::TempDir dir;
    hc_test::write_file(dir / "en/big.md", std::string(9u << 20, 'a'));
    const Corpus corpus = load_corpus(dir.path());
    ASSERT_FALSE(corpus.ok());
    EXPECT_NE(corpus.diagnostics[0].message.find("too large"), std::string::npos);
}
