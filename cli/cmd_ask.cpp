// `helpcenter ask`: answer one question, or a batch of them, from an index.
#include "app.hpp"

#include <helpcenter/analyzer.hpp>
#include <helpcenter/engine.hpp>
#include <helpcenter/format.hpp>

#include <fmt/core.h>

#include <unistd.h>
#include <cstdio>
#include <fstream>
#include <memory>

namespace hc_cli {
namespace {

struct AskCommand {
    std::string db;
    std::string lang = "auto";
    std::size_t top = 5;
    std::string format = "text";
    std::string batch;
    std::string types = "article";
    double min_confidence = -1.0;
    bool no_fallback = false;
    std::vector<std::string> question_words;
};

std::uint32_t parse_types(const std::string& spec) {
    std::uint32_t types = 0;
    for (const std::string& name : split_fields(spec, ',')) {
        if (name == "article")
            types |= helpcenter::TYPE_ARTICLE;
        else if (name == "script")
            types |= helpcenter::TYPE_SCRIPT;
        else if (name == "brochure")
            types |= helpcenter::TYPE_BROCHURE;
        else if (name == "all")
            types |= helpcenter::TYPE_ALL;
        else
            throw UserError("unknown document type '" + name + "' (use article, script, brochure or all)");
    }
    return types;
}

void print_text(const helpcenter::Answer& answer, bool color) {
    const std::string bold = color ? "\033[1m" : "**", reset = color ? "\033[0m" : "**";
    if (!answer.did_you_mean.empty()) fmt::print("Did you mean: {}\n\n", answer.did_you_mean);
    if (answer.referred) {
        fmt::print("{}\n", answer.referral);
        if (!answer.results.empty()) fmt::print("\nThese pages might help:\n");
        for (std::size_t i = 0; i < answer.results.size(); ++i) {
            const auto& r = answer.results[i];
            fmt::print("  {}. {} [{} {}] {}\n", i + 1, r.title, r.lang, helpcenter::to_string(r.type), r.url);
        }
        return;
    }
    const auto& best = *answer.best;
    fmt::print("{}{}{}\n", color ? bold : "", best.title, color ? reset : "");
    if (!best.heading.empty()) fmt::print("{}\n", best.heading);
    fmt::print("\n{}\n\n", helpcenter::highlight(best.passage, best.matched_terms, best.lang, bold, reset));
    std::string source = best.url.empty() ? best.id : best.url;
    if (best.page > 0) source += fmt::format(", page {}", best.page);
    fmt::print("Source: {} ({} {}, updated {}){}\n", source, best.lang, helpcenter::to_string(best.type),
               best.updated.empty() ? "unknown" : best.updated,
               answer.fallback ? " - answered in another language" : "");
    fmt::print("Confidence: {:.2f}\n", answer.confidence);
    if (answer.results.size() > 1) fmt::print("\nRelated:\n");
    for (std::size_t i = 1; i < answer.results.size(); ++i) {
        const auto& r = answer.results[i];
        fmt::print("  - {} [{} {}] {}\n", r.title, r.lang, helpcenter::to_string(r.type), r.url);
    }
}

void print_trec(const std::string& qid, const helpcenter::Answer& answer) {
    for (std::size_t i = 0; i < answer.results.size(); ++i) {
        const auto& r = answer.results[i];
        fmt::print("{} Q0 {} {} {:.6f} helpcenter\n", qid, r.id, i + 1, r.score);
    }
}

void emit(const AskCommand& cmd, const std::string& qid, const helpcenter::Answer& answer) {
    if (cmd.format == "json")
        fmt::print("{}\n", helpcenter::answer_to_json(answer, qid, 2));
    else if (cmd.format == "jsonl")
        fmt::print("{}\n", helpcenter::answer_to_json(answer, qid));
    else if (cmd.format == "trec")
        print_trec(qid, answer);
    else
        print_text(answer, isatty(STDOUT_FILENO) != 0);
}

int run_ask(const AskCommand& cmd) {
    if (cmd.batch.empty() && cmd.question_words.empty()) throw UserError("ask needs a question, or --batch FILE");
    if (!cmd.batch.empty() && !cmd.question_words.empty())
        throw UserError("give either a question or --batch, not both");
    if (cmd.format == "json" && !cmd.batch.empty())
        throw UserError("--format json is for one question; use jsonl with --batch");

    helpcenter::AskOptions options;
    options.language = cmd.lang;
    options.top_k = cmd.top;
    options.types = parse_types(cmd.types);
    options.min_confidence = cmd.min_confidence;
    options.cross_language = !cmd.no_fallback;
    const helpcenter::Engine engine(cmd.db.empty() ? default_index_dir() : std::filesystem::path(cmd.db));
    if (const auto info = engine.info(); !info.current_layout) {
        fmt::print(stderr,
                   "helpcenter ask: warning: the index at {} was written by an older version; "
                   "`helpcenter reindex` rebuilds it\n",
                   info.path.string());
    }

    if (cmd.batch.empty()) {
        std::string question;
        for (const auto& w : cmd.question_words)
            question += (question.empty() ? "" : " ") + w;
        emit(cmd, "1", engine.ask(question, options));
        return kExitOk;
    }

    std::ifstream in(cmd.batch);
    if (!in) throw UserError("cannot read batch file " + cmd.batch);
    int line_no = 0;
    for (std::string line; std::getline(in, line);) {
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.starts_with('#')) continue;
        const auto tab = line.find('\t');
        if (tab == std::string::npos) {
            throw UserError(fmt::format("{}:{}: expected qid<TAB>question[<TAB>lang]", cmd.batch, line_no));
        }
        const std::string qid = line.substr(0, tab);
        std::string question = line.substr(tab + 1);
        helpcenter::AskOptions line_options = options;
        if (const auto tab2 = question.find('\t'); tab2 != std::string::npos) {
            const std::string lang = question.substr(tab2 + 1);
            question.resize(tab2);
            if (!lang.empty()) line_options.language = lang;
        }
        emit(cmd, qid, engine.ask(question, line_options));
    }
    return kExitOk;
}

}  // namespace

void add_ask_command(CLI::App& app, Runner& run) {
    auto cmd = std::make_shared<AskCommand>();
    CLI::App* sub = app.add_subcommand("ask", "Answer a question (or a batch of questions) from the index");
    sub->add_option("question", cmd->question_words, "The question, in any language");
    sub->add_option("--db", cmd->db, "Index folder (default: the index of the bundled corpus)");
    sub->add_option("--lang", cmd->lang, "Language of the question as a BCP 47 tag, or auto")->capture_default_str();
    sub->add_option("--top", cmd->top, "How many related results to list")
        ->capture_default_str()
        ->check(CLI::Range(1, 100));
    sub->add_option("--format", cmd->format, "Output: text, json, jsonl or trec")
        ->capture_default_str()
        ->check(CLI::IsMember({"text", "json", "jsonl", "trec"}));
    sub->add_option("--batch", cmd->batch, "Read qid<TAB>question[<TAB>lang] lines from FILE");
    sub->add_option("--type", cmd->types, "Types the answer may be: article, script, brochure, all (comma-separated)")
        ->capture_default_str();
    sub->add_option("--min-confidence", cmd->min_confidence, "Refer to a person below this confidence (0-1)")
        ->check(CLI::Range(0.0, 1.0));
    sub->add_flag("--no-fallback", cmd->no_fallback, "Do not answer from English when the language has no answer");
    sub->callback([cmd, &run] { run = [cmd] { return run_ask(*cmd); }; });
}

}  // namespace hc_cli
