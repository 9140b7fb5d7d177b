// The real `helpcenter` binary: formats, batch mode, exit codes, error messages.
#include "test_util.hpp"

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <cstdio>

namespace {

struct CliRun {
    int status = -1;
    std::string out;
};

// Runs the CLI with `args` (already shell-quoted), capturing stdout; stderr goes to `err_file`.
CliRun run_cli(const std::string& args, const std::filesystem::path& err_file = "/dev/null") {
    const std::string command = std::string(HC_CLI_BINARY) + " " + args + " 2>" + err_file.string();
    CliRun run;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) return run;
    char buf[4096];
    for (std::size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;)
        run.out.append(buf, n);
    const int status = pclose(pipe);
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

class Cli : public testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new hc_test::TempDir();
        const CliRun r = run_cli("index --corpus " + (hc_test::test_data() / "mini").string() + " --db " + db());
        ASSERT_EQ(r.status, 0) << r.out;
    }
    static void TearDownTestSuite() { delete dir_; }
    static std::string db() { return (*dir_ / "db").string(); }
    static hc_test::TempDir* dir_;
};
hc_test::TempDir* Cli::dir_ = nullptr;

std::vector<std::string> lines(const std::string& s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t end; (end = s.find('\n', start)) != std::string::npos; start = end + 1)
        out.push_back(s.substr(start, end - start));
    return out;
}

}  // namespace

TEST_F(Cli, IndexPrintsASummary) {
    const CliRun r =
        run_cli("index --corpus " + (hc_test::test_data() / "mini").string() + " --db " + (*dir_ / "db2").string());
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("indexed 7 documents"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("3 languages"), std::string::npos) << r.out;
}

TEST_F(Cli, AskText) {
    // The mini corpus is too small for confident answers: lower the bar to see the answer format.
    const CliRun r = run_cli("ask --db " + db() + " --min-confidence 0 'How do I replace my green card?'");
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("Replace your green card"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Source: https://www.uscis.gov/i-90"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("**card**"), std::string::npos) << r.out;  // matched words marked
}

TEST_F(Cli, AskTextReferral) {
    const CliRun r = run_cli("ask --db " + db() + " --min-confidence 1 'How do I replace my green card?'");
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("800-375-5283"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("These pages might help"), std::string::npos) << r.out;
}

TEST_F(Cli, AskJson) {
    const CliRun r = run_cli("ask --db " + db() + " --format json I-90");
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("\"id\": \"replace-green-card\""), std::string::npos) << r.out;
}

TEST_F(Cli, BatchTrecAndJsonl) {
    const auto batch = *dir_ / "batch.tsv";
    hc_test::write_file(batch,
                        "# comment\nq1\tHow do I replace my green card?\nq2\tcomo me hago ciudadano\tes\nq3\t\n");
    const CliRun trec = run_cli("ask --db " + db() + " --format trec --batch " + batch.string());
    ASSERT_EQ(trec.status, 0);
    const auto trec_lines = lines(trec.out);
    ASSERT_FALSE(trec_lines.empty());
    EXPECT_EQ(trec_lines[0].substr(0, 27), "q1 Q0 replace-green-card 1 ");
    EXPECT_TRUE(trec_lines[0].ends_with(" helpcenter"));
    for (const auto& line : trec_lines) {
        int fields = 1;
        for (char c : line)
            fields += c == ' ';
        EXPECT_EQ(fields, 6) << line;
    }
    const CliRun jsonl = run_cli("ask --db " + db() + " --format jsonl --batch " + batch.string());
    ASSERT_EQ(jsonl.status, 0);
    const auto json_lines = lines(jsonl.out);
    ASSERT_EQ(json_lines.size(), 3u);
    EXPECT_NE(json_lines[0].find("\"qid\":\"q1\""), std::string::npos);
    EXPECT_NE(json_lines[1].find("\"lang\":\"es\""), std::string::npos);
    EXPECT_NE(json_lines[2].find("\"referred\":true"), std::string::npos);
    EXPECT_NE(json_lines[2].find("\"answer\":null"), std::string::npos);
}

TEST_F(Cli, UserErrorsExitOneWithOneLine) {
    const auto err = *dir_ / "err.txt";
    EXPECT_EQ(run_cli("ask --db /nonexistent/db hello", err).status, 1);
    EXPECT_NE(hc_test::read_file(err).find("no index"), std::string::npos);
    EXPECT_EQ(run_cli("ask --db " + db(), err).status, 1);
    EXPECT_EQ(run_cli("ask --db " + db() + " --format xml hi", err).status, 1);
    EXPECT_EQ(run_cli("frobnicate", err).status, 1);
    const auto bad_batch = *dir_ / "bad.tsv";
    hc_test::write_file(bad_batch, "no tab here\n");
    EXPECT_EQ(run_cli("ask --db " + db() + " --batch " + bad_batch.string(), err).status, 1);
    EXPECT_NE(hc_test::read_file(err).find("bad.tsv:1"), std::string::npos);
}

// `eval --calibrate` fits the model in rounds and prints the weights; `--confidence-weights`
// runs with given weights, and a bad list is a one-line user error.
TEST_F(Cli, EvalCalibratesAndTakesWeights) {
    const auto questions = *dir_ / "questions.tsv";
    hc_test::write_file(questions,
                        "q1\ten\treplace-green-card\tI lost my green card\n"
                        "q2\ten\tnaturalization\thow do I become a citizen\n"
                        "q3\tes\treplace-green-card\tperdí mi tarjeta verde\n"
                        "q4\ten\tREFER\twhat is the weather in Houston\n");
    const std::string eval = "eval --db " + db() + " --corpus " + (hc_test::test_data() / "mini").string() +
                             " --questions " + questions.string();
    const CliRun calibrated = run_cli(eval + " --calibrate --json");
    ASSERT_EQ(calibrated.status, 0) << calibrated.out;
    EXPECT_NE(calibrated.out.find("\"calibrated_weights\""), std::string::npos);

    const auto err = *dir_ / "err.txt";
    EXPECT_EQ(run_cli(eval + " --confidence-weights 1,x", err).status, 1);
    EXPECT_NE(hc_test::read_file(err).find("'x' is not a number"), std::string::npos);
    EXPECT_EQ(run_cli(eval + " --confidence-weights 1,2", err).status, 1);
    EXPECT_NE(hc_test::read_file(err).find("weights, not 2"), std::string::npos);
}

TEST_F(Cli, BrokenCorpusNamesFileAndLineAndKeepsTheIndex) {
    const auto err = *dir_ / "err.txt";
    const CliRun r = run_cli("index --corpus " + (hc_test::test_data() / "broken").string() + " --db " + db(), err);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(hc_test::read_file(err).find("en/bad.md:6"), std::string::npos) << hc_test::read_file(err);
    const CliRun still = run_cli("ask --db " + db() + " --format trec I-90");
    EXPECT_EQ(still.out.substr(0, 24), "1 Q0 replace-green-card ");
}

TEST_F(Cli, CheckReportsGapsAndErrors) {
    const CliRun good = run_cli("check --corpus " + (hc_test::test_data() / "mini").string());
    // The mini corpus lacks the es phone script for none of its "all" topics (it has none): clean.
    EXPECT_EQ(good.status, 0) << good.out;
    const CliRun bad = run_cli("check --corpus " + (hc_test::test_data() / "broken").string());
    EXPECT_EQ(bad.status, 1);
}

TEST_F(Cli, HelpAndVersion) {
    EXPECT_EQ(run_cli("--help").status, 0);
    EXPECT_NE(run_cli("--version").out.find("helpcenter "), std::string::npos);
    EXPECT_NE(run_cli("ask --help").out.find("--batch"), std::string::npos);
}
