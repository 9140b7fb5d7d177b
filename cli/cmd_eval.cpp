// `helpcenter eval`: measure answer quality on a labelled question set, calibrate the
// confidence model, and gate CI on committed thresholds.
#include "app.hpp"
#include "eval_metrics.hpp"
#include "logistic.hpp"

#include <helpcenter/corpus.hpp>
#include <helpcenter/engine.hpp>
#include <helpcenter/options.hpp>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>

namespace hc_cli {
namespace {

struct EvalCommand {
    std::string questions;
    std::string db;
    std::string corpus;
    std::string run_file;
    bool json = false;
    bool use_lang = false;
    bool calibrate = false;
    bool sweep = false;
    int folds = 0;
    double min_confidence = -1.0;
    double min_p1 = -1.0, max_wrong = -1.0, min_refer_recall = -1.0;
    bool plain_bm25 = false;
    std::string ranking;
    std::string confidence_weights;
};

// Rounds of `--calibrate`: fit, answer again with the fitted weights, fit again.
constexpr int kCalibrationRounds = 4;
// The rounds stop early once no weight moves by more than this.
constexpr double kCalibrationTolerance = 0.01;

std::vector<EvalCase> read_questions(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw UserError("cannot read " + path);
    std::vector<EvalCase> cases;
    int line_no = 0;
    for (std::string line; std::getline(in, line);) {
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.starts_with('#')) continue;
        const std::vector<std::string> f = split_fields(line, '\t');
        if (f.size() != 4)
            throw UserError(fmt::format("{}:{}: expected qid<TAB>lang<TAB>expected<TAB>question", path, line_no));
        EvalCase c;
        c.qid = f[0], c.lang = f[1], c.question = f[3];
        if (f[2] != "REFER") {
            for (auto& topic : split_fields(f[2], '|'))
                c.expected.insert(std::move(topic));
        }
        cases.push_back(std::move(c));
    }
    return cases;
}

void print_table(const std::map<std::string, EvalSummary>& by_lang, const EvalSummary& all) {
    fmt::print("{:<5} {:>4} {:>6} {:>7} {:>6} {:>8} {:>6} {:>6} {:>7} {:>5} {:>6} {:>6} {:>6} {:>7}\n", "lang", "n",
               "answ.", "correct", "wrong", "referred", "P@1", "MRR10", "nDCG10", "R@5", "refP", "refR", "langID",
               "in-lang");
    const auto row = [](const std::string& name, const EvalSummary& s) {
        const double n = std::max(1, s.questions);
        fmt::print(
            "{:<5} {:>4} {:>6} {:>6.1f}% {:>5.1f}% {:>7.1f}% {:>6.3f} {:>6.3f} {:>7.3f} {:>5.3f} {:>6.3f} {:>6.3f} "
            "{:>5.1f}% {:>6.1f}%\n",
            name, s.questions, s.answerable, 100 * s.rate(s.correct), 100 * s.rate(s.wrong), 100 * s.rate(s.referred),
            s.rate(s.p1), s.rate(s.mrr10), s.rate(s.ndcg10), s.rate(s.recall5), s.refer_precision(), s.refer_recall(),
            100.0 * s.language_right / n,
            s.in_language_possible > 0 ? 100.0 * s.in_language_answered / s.in_language_possible : 100.0);
    };
    for (const auto& [lang, s] : by_lang)
        row(lang, s);
    row("all", all);
    if (all.short_questions > 0) {
        fmt::print("language detection on the {} questions of three words or fewer: {:.1f}%\n", all.short_questions,
                   100.0 * all.short_language_right / all.short_questions);
    }
}

nlohmann::json summary_json(const EvalSummary& s) {
    return {{"questions", s.questions},
            {"answerable", s.answerable},
            {"out_of_scope", s.out_of_scope},
            {"correct", s.rate(s.correct)},
            {"wrong", s.rate(s.wrong)},
            {"referred", s.rate(s.referred)},
            {"p_at_1", s.rate(s.p1)},
            {"mrr_at_10", s.rate(s.mrr10)},
            {"ndcg_at_10", s.rate(s.ndcg10)},
            {"recall_at_5", s.rate(s.recall5)},
            {"refer_precision", s.refer_precision()},
            {"refer_recall", s.refer_recall()},
            {"language_detection", s.questions > 0 ? static_cast<double>(s.language_right) / s.questions : 0.0},
            {"short_questions", s.short_questions},
            {"language_detection_short",
             s.short_questions > 0 ? static_cast<double>(s.short_language_right) / s.short_questions : 0.0},
            {"answer_in_language",
             s.in_language_possible > 0 ? static_cast<double>(s.in_language_answered) / s.in_language_possible : 1.0}};
}

void print_calibration(const std::vector<EvalCase>& cases) {
    int count[10] = {}, right[10] = {};
    for (const auto& c : cases) {
        if (c.answer_topic.empty()) continue;
        const int b = std::min(9, static_cast<int>(c.confidence * 10));
        ++count[b];
        right[b] += c.answer_correct() ? 1 : 0;
    }
    fmt::print("\nconfidence   answers  accuracy\n");
    for (int b = 0; b < 10; ++b) {
        if (count[b] == 0) continue;
        fmt::print("[{:.1f}, {:.1f})  {:>7}  {:>7.1f}%\n", b / 10.0, (b + 1) / 10.0, count[b],
                   100.0 * right[b] / count[b]);
    }
}

// Correct, wrong and referred at each referral threshold: the trade-off a deployment chooses from.
nlohmann::json sweep_thresholds(const std::vector<EvalCase>& cases, bool print) {
    nlohmann::json rows = nlohmann::json::array();
    if (print) fmt::print("\nthreshold  correct    wrong  referred  out-of-scope referred\n");
    for (int step = 0; step <= 9; ++step) {
        const double t = 0.5 + 0.05 * step;
        EvalSummary s;
        for (const auto& c : cases)
            s.add(with_confidence(c, c.confidence, t));
        rows.push_back({{"threshold", t},
                        {"correct", s.rate(s.correct)},
                        {"wrong", s.wrong_rate()},
                        {"referred", s.rate(s.referred)},
                        {"refer_recall", s.refer_recall()}});
        if (print) {
            fmt::print("{:>9.2f}  {:>6.1f}%  {:>6.1f}%  {:>7.1f}%  {:>20.1f}%\n", t, 100 * s.rate(s.correct),
                       100 * s.wrong_rate(), 100 * s.rate(s.referred), 100 * s.refer_recall());
        }
    }
    return rows;
}

// Asks every question and records the answer in its case (and the ranking in `run`, if any).
void answer_all(std::vector<EvalCase>& cases, const helpcenter::Engine& engine, const helpcenter::AskOptions& options,
                bool use_lang, const std::map<std::string, std::set<std::string>>& topic_languages,
                std::ofstream* run) {
    for (auto& c : cases) {
        helpcenter::AskOptions o = options;
        if (use_lang) o.language = c.lang;
        const helpcenter::Answer a = engine.ask(c.question, o);
        c.detected_lang = a.question_language;
        c.referred = a.referred;
        c.fallback = a.fallback;
        c.confidence = a.confidence;
        c.features = a.confidence_features;
        c.answer_topic = a.best ? a.best->id : "";
        c.answer_lang = a.best ? a.best->lang : "";
        c.ranking.clear();
        for (const auto& r : a.results) {
            if (r.type == helpcenter::DocType::brochure) continue;
            if (std::find(c.ranking.begin(), c.ranking.end(), r.id) == c.ranking.end()) c.ranking.push_back(r.id);
        }
        for (const auto& t : c.expected) {
            if (topic_languages.contains(t) && topic_languages.at(t).contains(c.lang)) c.topic_in_language = true;
        }
        if (run) {
            for (std::size_t i = 0; i < a.results.size(); ++i) {
                *run << fmt::format("{} Q0 {} {} {:.6f} helpcenter\n", c.qid, a.results[i].id, i + 1,
                                    a.results[i].score);
            }
        }
    }
}

// Fits the confidence model on the cases that got an answer (only those have features).
std::vector<double> fit_confidence(const std::vector<EvalCase>& cases) {
    std::vector<std::vector<double>> x;
    std::vector<int> labels;
    for (const auto& c : cases) {
        if (c.features.empty()) continue;
        x.push_back(c.features);
        labels.push_back(c.answer_correct() ? 1 : 0);
    }
    return fit_logistic(x, labels);
}

std::vector<double> parse_weights(const std::string& text) {
    std::vector<double> w;
    for (const std::string& part : split_fields(text, ',')) {
        try {
            std::size_t used = 0;
            w.push_back(std::stod(part, &used));
            if (part.find_first_not_of(" ", used) != std::string::npos) throw std::invalid_argument("trailing");
        } catch (const std::exception&) {
            throw UserError("--confidence-weights: '" + part + "' is not a number");
        }
    }
    return w;
}

int run_eval(const EvalCommand& cmd) {
    auto cases = read_questions(cmd.questions);
    const std::filesystem::path corpus_dir =
        cmd.corpus.empty() ? default_corpus_dir() : std::filesystem::path(cmd.corpus);
    const helpcenter::Corpus corpus = helpcenter::load_corpus(corpus_dir);
    std::map<std::string, std::set<std::string>> topic_languages;
    for (const auto& t : corpus.topics)
        topic_languages[t.id].insert(t.languages.begin(), t.languages.end());

    helpcenter::EngineOptions engine_options;
    engine_options.ranking = helpcenter::parse_ranking_weights(cmd.ranking);
    if (!cmd.confidence_weights.empty()) engine_options.confidence_weights = parse_weights(cmd.confidence_weights);
    const std::filesystem::path db = cmd.db.empty() ? default_index_dir() : std::filesystem::path(cmd.db);
    const auto engine = [&] { return helpcenter::Engine(db, engine_options); };
    helpcenter::AskOptions options;
    options.top_k = 10;
    options.min_confidence = cmd.min_confidence;
    options.plain_bm25 = cmd.plain_bm25;
    std::unique_ptr<std::ofstream> run;
    if (!cmd.run_file.empty()) run = std::make_unique<std::ofstream>(cmd.run_file);

    answer_all(cases, engine(), options, cmd.use_lang, topic_languages, cmd.calibrate ? nullptr : run.get());

    std::vector<double> calibrated;
    if (cmd.calibrate) {
        // The features depend on the weights (confidence chooses between the asker's-language and
        // English answers, and whether a spelling correction is kept), so a single refit answers
        // differently once in use, and refits alternate between two fits. Each round answers with
        // the weights so far and moves them halfway to the new fit, until they settle.
        calibrated = fit_confidence(cases);
        for (int round = 2; round <= kCalibrationRounds; ++round) {
            engine_options.confidence_weights = calibrated;
            answer_all(cases, engine(), options, cmd.use_lang, topic_languages, nullptr);
            const auto next = fit_confidence(cases);
            double moved = 0.0;
            for (std::size_t i = 0; i < calibrated.size(); ++i) {
                const double damped = 0.5 * (calibrated[i] + next[i]);
                moved = std::max(moved, std::abs(damped - calibrated[i]));
                calibrated[i] = damped;
            }
            fmt::print(stderr, "helpcenter eval: calibration round {}: largest weight change {:.4f}\n", round, moved);
            if (moved <= kCalibrationTolerance) break;
        }
        // What follows is measured with the calibrated weights, as the engine will run with them.
        engine_options.confidence_weights = calibrated;
        answer_all(cases, engine(), options, cmd.use_lang, topic_languages, run.get());
    }

    EvalSummary all;
    std::map<std::string, EvalSummary> by_lang;
    for (const auto& c : cases) {
        all.add(c);
        by_lang[c.lang].add(c);
    }

    nlohmann::json out = {{"overall", summary_json(all)}};
    for (const auto& [lang, s] : by_lang)
        out["languages"][lang] = summary_json(s);

    if (cmd.calibrate) {
        const auto& w = calibrated;
        out["calibrated_weights"] = w;
        if (!cmd.json) {
            fmt::print("calibrated weights (paste into libhelpcenter/src/search/confidence.cpp):\n  {{");
            for (std::size_t i = 0; i < w.size(); ++i)
                fmt::print("{}{:.4f}", i ? ", " : "", w[i]);
            fmt::print("}}\n\n");
        }
    }
    if (cmd.folds > 1) {
        // Fit the confidence model on k-1 folds, decide referral on the held-out fold.
        const double threshold = cmd.min_confidence >= 0 ? cmd.min_confidence : helpcenter::kDefaultMinConfidence;
        EvalSummary held_out;
        std::vector<EvalCase> held_out_cases;
        for (int k = 0; k < cmd.folds; ++k) {
            std::vector<EvalCase> train;
            for (std::size_t i = 0; i < cases.size(); ++i) {
                if (static_cast<int>(i % cmd.folds) != k) train.push_back(cases[i]);
            }
            const auto w = fit_confidence(train);
            for (std::size_t i = 0; i < cases.size(); ++i) {
                if (static_cast<int>(i % cmd.folds) != k) continue;
                const double p = cases[i].features.empty() ? 0.0 : predict_logistic(w, cases[i].features);
                held_out_cases.push_back(with_confidence(cases[i], p, threshold));
                held_out.add(held_out_cases.back());
            }
        }
        out["cross_validation"] = summary_json(held_out);
        out["cross_validation"]["folds"] = cmd.folds;
        if (!cmd.json) {
            fmt::print("{}-fold check (confidence model fitted on the other folds):\n", cmd.folds);
            print_table({}, held_out);
        }
        if (cmd.sweep) out["cross_validation"]["sweep"] = sweep_thresholds(held_out_cases, !cmd.json);
        if (!cmd.json) fmt::print("\n");
    }

    if (!cmd.json) {
        print_table(by_lang, all);
        print_calibration(cases);
    }
    if (cmd.sweep) out["sweep"] = sweep_thresholds(cases, !cmd.json);
    if (cmd.json) fmt::print("{}\n", out.dump(2));

    bool pass = true;
    const auto gate = [&pass](bool ok, const std::string& what) {
        if (!ok) {
            fmt::print(stderr, "helpcenter eval: below threshold: {}\n", what);
            pass = false;
        }
    };
    if (cmd.min_p1 >= 0)
        gate(all.rate(all.p1) >= cmd.min_p1, fmt::format("P@1 {:.3f} < {:.3f}", all.rate(all.p1), cmd.min_p1));
    if (cmd.max_wrong >= 0)
        gate(all.wrong_rate() <= cmd.max_wrong, fmt::format("wrong {:.3f} > {:.3f}", all.wrong_rate(), cmd.max_wrong));
    if (cmd.min_refer_recall >= 0) {
        gate(all.refer_recall() >= cmd.min_refer_recall,
             fmt::format("refer recall {:.3f} < {:.3f}", all.refer_recall(), cmd.min_refer_recall));
    }
    return pass ? kExitOk : kExitUser;
}

}  // namespace

void add_eval_command(CLI::App& app, Runner& run) {
    auto cmd = std::make_shared<EvalCommand>();
    CLI::App* sub = app.add_subcommand("eval", "Measure answer quality on a labelled question set");
    sub->add_option("--questions", cmd->questions,
                    "qid<TAB>lang<TAB>expected<TAB>question lines (expected: topic ids joined by |, or REFER)")
        ->required();
    sub->add_option("--db", cmd->db, "Index folder (default: the index of the bundled corpus)");
    sub->add_option("--corpus", cmd->corpus,
                    "Corpus whose topics.tsv says which languages each topic has (default: bundled)");
    sub->add_option("--run", cmd->run_file, "Write a TREC run to FILE");
    sub->add_flag("--json", cmd->json, "Print the results as JSON");
    sub->add_flag("--use-lang", cmd->use_lang, "Pass each question's language instead of detecting it");
    sub->add_flag("--plain-bm25", cmd->plain_bm25,
                  "Evaluate the plain BM25 baseline instead (no synonyms, no confidence)");
    sub->add_option("--ranking", cmd->ranking,
                    "Override ranking weights: name=value,… (see RankingWeights in options.hpp)");
    sub->add_flag("--calibrate", cmd->calibrate,
                  "Fit the confidence model on this set, in rounds that answer again with the weights so far, "
                  "print its weights, and report the results with them");
    sub->add_option("--confidence-weights", cmd->confidence_weights,
                    "Confidence model weights, comma-separated as --calibrate prints them (default: built-in)");
    sub->add_flag("--sweep", cmd->sweep,
                  "Also print correct, wrong and referred at referral thresholds 0.50 to 0.95 (with --folds: "
                  "also for the cross-validated confidences)");
    sub->add_option("--folds", cmd->folds, "Also run a k-fold check of the confidence model (e.g. 5)")
        ->check(CLI::Range(2, 20));
    sub->add_option("--min-confidence", cmd->min_confidence, "Referral threshold (default: the engine's)")
        ->check(CLI::Range(0.0, 1.0));
    sub->add_option("--min-p1", cmd->min_p1, "Exit 1 when P@1 is below this");
    sub->add_option("--max-wrong", cmd->max_wrong, "Exit 1 when the wrong-answer rate is above this");
    sub->add_option("--min-refer-recall", cmd->min_refer_recall,
                    "Exit 1 when fewer out-of-scope questions are referred");
    sub->callback([cmd, &run] { run = [cmd] { return run_eval(*cmd); }; });
}

}  // namespace hc_cli
