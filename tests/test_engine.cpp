// Index and ask end to end on the small test corpus: answers, options, syntax-free questions,
// atomic publication, and broken corpora that must leave the previous index serving.
#include "test_util.hpp"

#include <helpcenter/helpcenter.hpp>

#include <gtest/gtest.h>

#include <thread>

using namespace helpcenter;

namespace {

class EngineTest : public testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new hc_test::TempDir();
        build_index(hc_test::test_data() / "mini", db());
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }
    static std::filesystem::path db() { return *dir_ / "db"; }
    static hc_test::TempDir* dir_;
};
hc_test::TempDir* EngineTest::dir_ = nullptr;

std::string answer_id(const Engine& engine, const std::string& q, const AskOptions& options = {}) {
    const Answer a = engine.ask(q, options);
    return a.best ? a.best->id : "";
}

}  // namespace

TEST_F(EngineTest, AnswersFromTheRightArticle) {
    const Engine engine(db());
    const Answer a = engine.ask("How do I replace my green card?");
    ASSERT_TRUE(a.best.has_value());
    EXPECT_EQ(a.best->id, "replace-green-card");
    EXPECT_EQ(a.best->lang, "en");
    EXPECT_EQ(a.best->type, DocType::article);
    EXPECT_EQ(a.best->url, "https://www.uscis.gov/i-90");
    EXPECT_EQ(a.question_language, "en");
    EXPECT_GE(a.confidence, 0.0);
    EXPECT_LE(a.confidence, 1.0);
    EXPECT_FALSE(a.best->passage.empty());
    EXPECT_FALSE(a.best->matched_terms.empty());
    EXPECT_EQ(a.results.front().id, "replace-green-card");
}

TEST_F(EngineTest, FormNumbersInEverySpelling) {
    const Engine engine(db());
    for (const char* q : {"I-90", "i90", "i 90", "I90", "i-90"})
        EXPECT_EQ(answer_id(engine, q), "replace-green-card") << q;
    EXPECT_EQ(answer_id(engine, "n 400"), "naturalization");
}

TEST_F(EngineTest, SpanishQuestionGetsSpanishArticle) {
    const Engine engine(db());
    const Answer a = engine.ask("como reemplazo mi tarjeta de residente");
    EXPECT_EQ(a.question_language, "es");
    ASSERT_TRUE(a.best.has_value());
    EXPECT_EQ(a.best->id, "replace-green-card");
    EXPECT_EQ(a.best->lang, "es");
    EXPECT_FALSE(a.fallback);
}

TEST_F(EngineTest, SynonymsFromTheCorpus) {
    const Engine engine(db());
    AskOptions es;
    es.language = "es";
    EXPECT_EQ(answer_id(engine, "perdí la tarjeta verde", es), "replace-green-card");
    EXPECT_EQ(answer_id(engine, "EAD"), "work-permit");
}

TEST_F(EngineTest, ExplicitLanguageWins) {
    const Engine engine(db());
    AskOptions options;
    options.language = "es";
    const Answer a = engine.ask("I-90", options);
    EXPECT_EQ(a.question_language, "es");
    ASSERT_TRUE(a.best.has_value());
    EXPECT_EQ(a.best->lang, "es");
}

TEST_F(EngineTest, KoreanFallsBackToEnglishThroughTheGlossary) {
    const Engine engine(db());
    const Answer a = engine.ask("노동허가를 받으려면 어떻게 해야 하나요");
    EXPECT_EQ(a.question_language, "ko");
    ASSERT_TRUE(a.best.has_value());
    EXPECT_EQ(a.best->id, "work-permit");
    EXPECT_EQ(a.best->lang, "en");
    EXPECT_TRUE(a.fallback);
}

TEST_F(EngineTest, KoreanAnswersInKoreanWhenItCan) {
    const Engine engine(db());
    const Answer a = engine.ask("시민권을 신청하려면");
    ASSERT_TRUE(a.best.has_value());
    EXPECT_EQ(a.best->id, "naturalization");
    EXPECT_EQ(a.best->lang, "ko");
}

TEST_F(EngineTest, QuestionsAreNeverQuerySyntax) {
    const Engine engine(db());
    for (const char* q : {"\"green card", "green -card", "title:card", "(replace AND card", "replace OR NOT card)",
                          "card*", "~card", "+-:\"()[]{}", "AND", "NEAR", "green card\""}) {
        EXPECT_NO_THROW(engine.ask(q)) << q;
    }
    EXPECT_EQ(answer_id(engine, "replace \"green card\" -lost"), answer_id(engine, "replace green card lost"));
    EXPECT_EQ(answer_id(engine, "green AND card OR replace"), answer_id(engine, "green and card or replace"));
}

TEST_F(EngineTest, EmptyOddAndHugeQuestions) {
    const Engine engine(db());
    for (const std::string& q : {std::string(), std::string("   "), std::string("\xff\xfe\x00", 3),
                                 std::string(1 << 20, 'x'), std::string("?!?!"), std::string("\xe2\x80\x8b")}) {
        Answer a;
        EXPECT_NO_THROW(a = engine.ask(q));
        EXPECT_TRUE(a.referred);
        EXPECT_FALSE(a.referral.empty());
    }
}

TEST_F(EngineTest, OutOfScopeIsReferred) {
    const Engine engine(db());
    const Answer a = engine.ask("what will the weather be in Paris tomorrow");
    EXPECT_TRUE(a.referred);
    EXPECT_NE(a.referral.find("800-375-5283"), std::string::npos);
}

TEST_F(EngineTest, MinConfidenceOverridesTheThreshold) {
    const Engine engine(db());
    AskOptions strict;
    strict.min_confidence = 1.0;
    EXPECT_TRUE(engine.ask("How do I replace my green card?", strict).referred);
    AskOptions lax;
    lax.min_confidence = 0.0;
    EXPECT_FALSE(engine.ask("How do I replace my green card?", lax).referred);
}

// Calibration tries weights without recompiling: with every weight zero the model says 0.5 for
// any answer; a wrong number of weights is refused when the engine opens.
TEST_F(EngineTest, ConfidenceWeightsCanBeGiven) {
    EngineOptions options;
    options.confidence_weights = std::vector<double>(Engine(db()).ask("I-90").confidence_features.size(), 0.0);
    ASSERT_FALSE(options.confidence_weights.empty());
    const Answer a = Engine(db(), options).ask("How do I replace my green card?");
    ASSERT_TRUE(a.best.has_value());
    EXPECT_DOUBLE_EQ(a.confidence, 0.5);

    options.confidence_weights = {1.0, 2.0};
    try {
        const Engine engine(db(), options);
        FAIL() << "two weights were accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::invalid_argument);
    }
}

TEST_F(EngineTest, ScriptsOnRequest) {
    const Engine engine(db());
    AskOptions options;
    options.types = TYPE_SCRIPT;
    const Answer a = engine.ask("replace green card", options);
    ASSERT_TRUE(a.best.has_value());
    EXPECT_EQ(a.best->type, DocType::script);
}

TEST_F(EngineTest, SearchReturnsTopK) {
    const Engine engine(db());
    SearchOptions options;
    options.top_k = 2;
    const auto results = engine.search("card form", options);
    EXPECT_LE(results.size(), 2u);
    ASSERT_FALSE(results.empty());
    EXPECT_GE(results.front().score, results.back().score);
}

TEST_F(EngineTest, ConcurrentQuestions) {
    const Engine engine(db());
    std::vector<std::thread> threads;
    std::atomic<int> right{0};
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 25; ++i)
                right += answer_id(engine, "replace my green card") == "replace-green-card";
        });
    }
    for (auto& t : threads)
        t.join();
    EXPECT_EQ(right.load(), 100);
}

TEST_F(EngineTest, JsonHasTheDocumentedShape) {
    const Engine engine(db());
    const std::string json = answer_to_json(engine.ask("I-90"), "q1");
    for (const char* key :
         {"\"qid\":\"q1\"", "\"lang\":", "\"referred\":", "\"answer\":{", "\"results\":[", "\"confidence\":"}) {
        EXPECT_NE(json.find(key), std::string::npos) << key;
    }
}

TEST(Indexer, RebuildGivesTheSameResults) {
    hc_test::TempDir dir;
    build_index(hc_test::test_data() / "mini", dir / "a");
    build_index(hc_test::test_data() / "mini", dir / "b");
    const Engine a(dir / "a"), b(dir / "b");
    for (const char* q : {"green card", "citizen", "work permit", "I-90"}) {
        const auto ra = a.search(q), rb = b.search(q);
        ASSERT_EQ(ra.size(), rb.size());
        for (std::size_t i = 0; i < ra.size(); ++i) {
            EXPECT_EQ(ra[i].id, rb[i].id);
            EXPECT_DOUBLE_EQ(ra[i].score, rb[i].score);
        }
    }
}

TEST(Indexer, BrokenCorpusLeavesThePreviousIndexServing) {
    hc_test::TempDir dir;
    const auto db = dir / "db";
    build_index(hc_test::test_data() / "mini", db);
    const Engine before(db);
    try {
        build_index(hc_test::test_data() / "broken", db);
        FAIL() << "a broken corpus must not index";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::corpus_error);
        EXPECT_NE(std::string(e.what()).find("en/bad.md:6"), std::string::npos);
    }
    const Engine after(db);
    EXPECT_EQ(answer_id(after, "replace green card"), "replace-green-card");
}

TEST(Indexer, NewGenerationIsPickedUpByReopen) {
    hc_test::TempDir dir;
    const auto corpus = dir / "corpus";
    std::filesystem::copy(hc_test::test_data() / "mini", corpus, std::filesystem::copy_options::recursive);
    const auto db = dir / "db";
    build_index(corpus, db);
    Engine engine(db);
    EXPECT_TRUE(engine.search("zebra crossing").empty());
    hc_test::write_file(corpus / "en/zebra.md",
                        "---\nid: zebra\nlang: en\ntype: article\ntitle: Zebra crossing\n---\nZebra.\n");
    build_index(corpus, db);
    EXPECT_TRUE(engine.search("zebra crossing").empty());  // still the old generation
    engine.reopen();
    ASSERT_FALSE(engine.search("zebra crossing").empty());
    EXPECT_EQ(engine.search("zebra crossing").front().id, "zebra");
}

TEST(Indexer, MissingIndexIsNotFound) {
    try {
        Engine engine("/nonexistent/index");
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::not_found);
    }
}

TEST(Indexer, UnknownLanguageIsIndexedWithTheDefaultAnalyzer) {
    hc_test::TempDir dir;
    hc_test::write_file(
        dir / "corpus/sw/kadi.md",
        "---\nid: kadi\nlang: sw\ntype: article\ntitle: Kadi ya kijani\n---\nJinsi ya kubadilisha kadi.\n");
    const auto summary = build_index(dir / "corpus", dir / "db");
    EXPECT_EQ(summary.documents, 1u);
    ASSERT_EQ(summary.diagnostics.size(), 1u);  // reported, not fatal
    EXPECT_EQ(summary.diagnostics[0].severity, Diagnostic::Severity::warning);
    EXPECT_NE(summary.diagnostics[0].message.find("'sw'"), std::string::npos);
    const Engine engine(dir / "db");
    AskOptions options;
    options.language = "sw";
    const Answer a = engine.ask("kubadilisha kadi", options);
    ASSERT_TRUE(a.best.has_value());
    EXPECT_EQ(a.best->id, "kadi");
}

// The alternate questions are one bag of words for BM25, so words from two of them can add up to
// a match that neither is; a document with one question close to the asked one moves up.
TEST(Ranking, OneCloseQuestionBeatsWordsSpreadOverSeveral) {
    hc_test::TempDir dir;
    hc_test::write_file(
        dir / "corpus/en/spread.md",
        "---\nid: spread\nlang: en\ntype: article\ntitle: Cards and permits\nquestions:\n"
        "  - How do I renew my card?\n  - What does a reentry permit cost for a long trip abroad?\n---\n"
        "Renew your card early. A reentry permit lets you travel. To renew a reentry permit, file "
        "early.\n");
    hc_test::write_file(dir / "corpus/en/close.md",
                        "---\nid: close\nlang: en\ntype: article\ntitle: Travel papers\nquestions:\n"
                        "  - Can I renew a reentry permit?\n---\n"
                        "Ask for a new travel document before the old one runs out.\n");
    // Words found in every document weigh nothing (idf 0): a few others give the asked ones weight.
    for (const std::string n : {"1", "2", "3", "4"}) {
        hc_test::write_file(dir / ("corpus/en/other" + n + ".md"),
                            "---\nid: other" + n + "\nlang: en\ntype: article\ntitle: Other topic " + n +
                                "\n---\nSomething unrelated about apples.\n");
    }
    build_index(dir / "corpus", dir / "db");
    const std::string question = "renew reentry permit";

    EngineOptions bag_only;
    bag_only.ranking.faq_match = 0.0;
    const auto without = Engine(dir / "db", bag_only).search(question);
    ASSERT_EQ(without.size(), 2u);
    ASSERT_EQ(without.front().id, "spread");  // what the bag of words alone prefers

    const auto with = Engine(dir / "db").search(question);
    ASSERT_EQ(with.size(), 2u);
    EXPECT_EQ(with.front().id, "close");
}

// Out-of-scope examples (corpus/out-of-scope/) lower the confidence of a question close to one of
// them, and a reindex picks up a changed list without any document changing.
TEST(Ranking, OutOfScopeExamplesLowerTheConfidence) {
    hc_test::TempDir dir;
    const auto corpus = dir / "corpus", db = dir / "db";
    std::filesystem::copy(hc_test::test_data() / "mini", corpus, std::filesystem::copy_options::recursive);
    const std::string question = "how do I file my taxes with a green card";
    reindex(corpus, db);
    const Answer before = Engine(db).ask(question);
    ASSERT_FALSE(before.confidence_features.empty());
    EXPECT_EQ(before.confidence_features.back(), 0.0);

    hc_test::write_file(corpus / "out-of-scope/en.tsv", "# examples\ntaxes\tHow do I file my taxes?\n");
    const auto summary = reindex(corpus, db);
    EXPECT_TRUE(summary.published);
    EXPECT_EQ(summary.plan, std::vector<std::string>{"update synonyms, glossaries and out-of-scope examples"});
    const Answer after = Engine(db).ask(question);
    EXPECT_GT(after.confidence_features.back(), 0.5);
    EXPECT_LT(after.confidence, before.confidence);
    // A question far from every example is not affected.
    EXPECT_EQ(Engine(db).ask("n 400").confidence_features.back(), 0.0);
}
