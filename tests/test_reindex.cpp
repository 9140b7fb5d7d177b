// Incremental reindexing: add, change, delete, rename; atomic publication under concurrent
// queries; recovery after the reindexer is killed at any point; bad inputs.
#include "test_util.hpp"

#include <helpcenter/helpcenter.hpp>

#include <gtest/gtest.h>

#include <xapian.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <algorithm>
#include <atomic>
#include <csignal>
#include <thread>

using namespace helpcenter;
namespace fs = std::filesystem;

namespace {

std::string article(const std::string& id, const std::string& title, const std::string& body,
                    const std::string& lang = "en") {
    return "---\nid: " + id + "\nlang: " + lang + "\ntype: article\ntitle: " + title + "\n---\n" + body + "\n";
}

ReindexOptions dry_run() {
    ReindexOptions o;
    o.dry_run = true;
    return o;
}
ReindexOptions full() {
    ReindexOptions o;
    o.full = true;
    return o;
}
ReindexOptions skip_invalid() {
    ReindexOptions o;
    o.skip_invalid = true;
    return o;
}

std::string top_id(const Engine& engine, const std::string& q) {
    const auto r = engine.search(q);
    return r.empty() ? "" : r.front().id;
}

// A corpus of `n` small documents whose text carries `version`.
void write_synthetic(const fs::path& dir, int n, const std::string& version) {
    for (int i = 0; i < n; ++i) {
        hc_test::write_file(
            dir / "en" / ("doc" + std::to_string(i) + ".md"),
            article("doc" + std::to_string(i), "Document number " + std::to_string(i),
                    "Synthetic passage " + std::to_string(i) + " about topic" + std::to_string(i % 17) +
                        ".\n\n## Details\nVersion " + version + " of the details for item" + std::to_string(i) + "."));
    }
}

}  // namespace

TEST(Reindex, AddChangeDeleteRename) {
    hc_test::TempDir dir;
    const auto corpus = dir / "corpus", db = dir / "db";
    hc_test::write_file(corpus / "en/a.md", article("a", "Alpha", "About apples."));
    hc_test::write_file(corpus / "en/b.md", article("b", "Beta", "About bananas."));
    auto s = reindex(corpus, db);
    EXPECT_EQ(s.added, 2u);
    EXPECT_TRUE(s.published);

    // An unchanged corpus writes nothing.
    const auto serving = s.generation;
    s = reindex(corpus, db);
    EXPECT_EQ(s.unchanged, 2u);
    EXPECT_EQ(s.added + s.changed + s.removed, 0u);
    EXPECT_FALSE(s.published);
    EXPECT_EQ(s.generation, serving);

    // Add one, change one, delete one.
    hc_test::write_file(corpus / "en/c.md", article("c", "Gamma", "About cherries."));
    hc_test::write_file(corpus / "en/a.md", article("a", "Alpha", "About apricots now."));
    fs::remove(corpus / "en/b.md");
    s = reindex(corpus, db, dry_run());
    EXPECT_EQ(s.added, 1u);
    EXPECT_EQ(s.changed, 1u);
    EXPECT_EQ(s.removed, 1u);
    EXPECT_FALSE(s.published);
    EXPECT_EQ(s.plan.size(), 3u);
    {
        const Engine engine(db);
        EXPECT_EQ(top_id(engine, "bananas"), "b");  // the dry run changed nothing
    }
    s = reindex(corpus, db);
    EXPECT_EQ(s.added, 1u);
    EXPECT_EQ(s.changed, 1u);
    EXPECT_EQ(s.removed, 1u);
    EXPECT_EQ(s.unchanged, 0u);
    const Engine engine(db);
    EXPECT_EQ(top_id(engine, "cherries"), "c");
    EXPECT_EQ(top_id(engine, "apricots"), "a");
    EXPECT_EQ(top_id(engine, "apples"), "");
    EXPECT_EQ(top_id(engine, "bananas"), "");
    EXPECT_EQ(engine.info().passages, 2u);

    // A rename is a removal and an addition.
    fs::rename(corpus / "en/c.md", corpus / "en/d.md");
    hc_test::write_file(corpus / "en/d.md", article("d", "Gamma", "About cherries."));
    s = reindex(corpus, db);
    EXPECT_EQ(s.added, 1u);
    EXPECT_EQ(s.removed, 1u);
    const Engine renamed(db);
    EXPECT_EQ(top_id(renamed, "cherries"), "d");

    // Incremental and full builds answer alike.
    hc_test::TempDir other;
    reindex(corpus, other / "db", full());
    const Engine full(other / "db");
    for (const char* q : {"cherries", "apricots", "alpha", "gamma"})
        EXPECT_EQ(top_id(full, q), top_id(renamed, q)) << q;
}

// An index written by an older version (another layout of the stored data) is rebuilt, not
// updated in place, even when no document changed.
TEST(Reindex, OlderLayoutIsRebuilt) {
    hc_test::TempDir dir;
    const auto corpus = dir / "corpus", db = dir / "db";
    hc_test::write_file(corpus / "en/a.md", article("a", "Alpha", "About apples."));
    auto s = reindex(corpus, db);
    ASSERT_TRUE(s.published);
    {
        Xapian::WritableDatabase old((s.generation).string(), Xapian::DB_OPEN);
        old.set_metadata("schema", "0");
        old.commit();
    }
    EXPECT_FALSE(Engine(db).info().current_layout);
    s = reindex(corpus, db);
    EXPECT_TRUE(s.published);
    EXPECT_NE(std::find(s.plan.begin(), s.plan.end(), "rebuild: the index has an older layout"), s.plan.end());
    EXPECT_EQ(top_id(Engine(db), "apples"), "a");
    EXPECT_TRUE(Engine(db).info().current_layout);

    // Rebuilt with the current layout, the same corpus is unchanged again.
    s = reindex(corpus, db);
    EXPECT_FALSE(s.published);
    EXPECT_EQ(s.unchanged, 1u);
}

TEST(Reindex, ErrorsPublishNothingUnlessSkipInvalid) {
    hc_test::TempDir dir;
    const auto corpus = dir / "corpus", db = dir / "db";
    hc_test::write_file(corpus / "en/a.md", article("a", "Alpha", "About apples."));
    hc_test::write_file(corpus / "en/b.md", article("b", "Beta", "About bananas."));
    ASSERT_TRUE(reindex(corpus, db).published);

    // b breaks (binary junk), c is new.
    hc_test::write_file(corpus / "en/b.md", std::string("\x7f"
                                                        "ELF\x02\x01\x01\0\0\0",
                                                        10));
    hc_test::write_file(corpus / "en/c.md", article("c", "Gamma", "About cherries."));
    auto s = reindex(corpus, db);
    EXPECT_FALSE(s.published);
    ASSERT_EQ(s.errors.size(), 1u);
    EXPECT_EQ(s.errors[0].file, "en/b.md");
    {
        const Engine engine(db);
        EXPECT_EQ(top_id(engine, "cherries"), "");
        EXPECT_EQ(top_id(engine, "bananas"), "b");
    }
    s = reindex(corpus, db, skip_invalid());
    EXPECT_TRUE(s.published);
    EXPECT_EQ(s.skipped_files, std::vector<std::string>{"en/b.md"});
    EXPECT_EQ(s.removed, 0u);  // nothing already indexed is lost
    const Engine engine(db);
    EXPECT_EQ(top_id(engine, "cherries"), "c");
    EXPECT_EQ(top_id(engine, "bananas"), "b");
}

TEST(Reindex, BadInputsAreReportedWithPathAndReason) {
    hc_test::TempDir dir;
    const auto corpus = dir / "corpus";
    hc_test::write_file(corpus / "en/ok.md", article("ok", "Fine", "Fine text."));
    hc_test::write_file(corpus / "en/utf8.md",
                        "---\nid: utf8\nlang: en\ntype: article\ntitle: t\n---\nbad \xc3\x28 byte\n");
    hc_test::write_file(corpus / "en/empty.md", "");
    hc_test::write_file(corpus / "en/huge.md", std::string(9u << 20, 'x'));
    const auto s = reindex(corpus, dir / "db");
    EXPECT_FALSE(s.published);
    std::set<std::string> files;
    for (const auto& e : s.errors) {
        files.insert(e.file);
        EXPECT_FALSE(e.message.empty());
    }
    EXPECT_EQ(files, (std::set<std::string>{"en/empty.md", "en/huge.md", "en/utf8.md"}));
}

TEST(Reindex, ConcurrentQueriesSeeOneGenerationAtATime) {
    hc_test::TempDir dir;
    const auto corpus = dir / "corpus", db = dir / "db";
    write_synthetic(corpus, 40, "v0");
    reindex(corpus, db);
    EngineOptions engine_options;
    engine_options.reopen_interval = std::chrono::milliseconds(1);
    const Engine engine(db, engine_options);
    std::atomic<bool> stop{false};
    std::atomic<int> errors{0}, mixed{0}, answers{0};
    const auto asker = [&] {
        while (!stop) {
            try {
                SearchOptions options;
                options.top_k = 5;
                const auto results = engine.search("version details", options);
                std::set<std::string> versions;
                for (const auto& r : results) {
                    const auto pos = r.passage.find("Version v");
                    if (pos != std::string::npos) versions.insert(r.passage.substr(pos + 8, 2));
                }
                if (versions.size() > 1) ++mixed;
                ++answers;
            } catch (...) {
                ++errors;
            }
        }
    };
    std::thread a(asker), b(asker);
    for (int v = 1; v <= 6; ++v) {
        write_synthetic(corpus, 40, "v" + std::to_string(v % 10));
        EXPECT_TRUE(reindex(corpus, db).published);
    }
    stop = true;
    a.join();
    b.join();
    EXPECT_EQ(errors.load(), 0);
    EXPECT_EQ(mixed.load(), 0);
    EXPECT_GT(answers.load(), 0);
}

TEST(Reindex, KilledAtAnyPointLeavesThePreviousGenerationServing) {
    hc_test::TempDir dir;
    const auto corpus = dir / "corpus", db = dir / "db";
    write_synthetic(corpus, 1500, "v1");
    ASSERT_TRUE(reindex(corpus, db).published);
    write_synthetic(corpus, 1500, "v2");
    for (int delay_ms : {1, 5, 20, 60, 150, 400}) {
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            execl(HC_CLI_BINARY, HC_CLI_BINARY, "reindex", "--full", "--corpus", corpus.c_str(), "--db", db.c_str(),
                  static_cast<char*>(nullptr));
            _exit(127);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        // Whatever instant it died at, an index serves and answers.
        const Engine engine(db);
        EXPECT_FALSE(engine.search("synthetic passage").empty()) << "after " << delay_ms << " ms";
    }
    // The next run recovers without manual steps and cleans up.
    const auto s = reindex(corpus, db, full());
    EXPECT_TRUE(s.published);
    const Engine engine(db);
    const auto r = engine.search("details item7");
    ASSERT_FALSE(r.empty());
    EXPECT_NE(r.front().passage.find("Version v2"), std::string::npos);
    int generations = 0;
    for (const auto& entry : fs::directory_iterator(db))
        generations += entry.path().filename().string().starts_with("gen-");
    EXPECT_LE(generations, 2);
}

TEST(Reindex, WriteFailureLikeAFullDiskLeavesThePreviousGenerationServing) {
    hc_test::TempDir dir;
    const auto corpus = dir / "corpus", db = dir / "db";
    write_synthetic(corpus, 300, "v1");
    ASSERT_TRUE(reindex(corpus, db).published);
    write_synthetic(corpus, 300, "v2");
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        // A file-size limit makes writes fail as they would on a full disk (EFBIG instead of ENOSPC).
        signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{64 * 1024, 64 * 1024};
        setrlimit(RLIMIT_FSIZE, &limit);
        execl(HC_CLI_BINARY, HC_CLI_BINARY, "reindex", "--full", "--corpus", corpus.c_str(), "--db", db.c_str(),
              static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_NE(WEXITSTATUS(status), 0);  // the failure is reported
    const Engine engine(db);
    const auto r = engine.search("details item7");
    ASSERT_FALSE(r.empty());
    EXPECT_NE(r.front().passage.find("Version v1"), std::string::npos);  // the old generation serves
    int generations = 0;
    for (const auto& entry : fs::directory_iterator(db))
        generations += entry.path().filename().string().starts_with("gen-");
    EXPECT_EQ(generations, 1);                   // the partial generation was removed
    EXPECT_TRUE(reindex(corpus, db).published);  // and the next run succeeds
}

TEST(Reindex, SampleSourcesInEveryFormat) {
    // samples/ holds the bundled brochures as PDFs, articles as HTML, phone-script text exports and
    // a JSON Lines export (made by scripts/make-samples.sh).
    hc_test::TempDir dir;
    const auto s = reindex(fs::path(HC_SOURCE_CORPUS).parent_path() / "samples", dir / "db");
    EXPECT_TRUE(s.errors.empty());
    EXPECT_TRUE(s.published);
    EXPECT_EQ(s.added, 22u);
    const Engine engine(dir / "db");

    AskOptions brochures;
    brochures.types = TYPE_BROCHURE;
    brochures.min_confidence = 0.0;
    const Answer a = engine.ask("What happens at the oath ceremony for naturalization?", brochures);
    ASSERT_TRUE(a.best.has_value());
    EXPECT_EQ(a.best->id, "guide-to-naturalization");
    EXPECT_EQ(a.best->type, DocType::brochure);
    EXPECT_GT(a.best->page, 1);  // an answer from a PDF cites its page

    AskOptions articles;
    articles.min_confidence = 0.0;
    const Answer html = engine.ask("How do I replace my green card?", articles);
    ASSERT_TRUE(html.best.has_value());
    EXPECT_EQ(html.best->id, "replace-green-card");
}
