// `helpcenter reindex`: incremental, atomic batch reindexing with progress and a JSON summary.
#include "app.hpp"

#include <helpcenter/indexer.hpp>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <unistd.h>
#include <cstdio>
#include <memory>

namespace hc_cli {
namespace {

struct ReindexCommand {
    std::string corpus;
    std::string db;
    bool dry_run = false;
    bool full = false;
    bool skip_invalid = false;
    bool json = false;
};

// A one-line progress bar redrawn in place on a terminal; plain lines (every 10%) otherwise.
class ProgressPrinter {
public:
    explicit ProgressPrinter(bool terminal) : terminal_(terminal) {}

    void operator()(const helpcenter::IndexProgress& p) {
        if (p.total == 0) return;
        const double rate = p.seconds > 0 ? static_cast<double>(p.done) / p.seconds : 0.0;
        const double eta = rate > 0 ? static_cast<double>(p.total - p.done) / rate : 0.0;
        const int percent = static_cast<int>(100 * p.done / p.total);
        if (terminal_) {
            constexpr int kWidth = 30;
            const int filled = kWidth * percent / 100;
            fmt::print(stderr, "\r[{}{}] {:>3}% {}/{} documents, {:.0f}/s, ETA {:.0f} s ", std::string(filled, '#'),
                       std::string(kWidth - filled, '.'), percent, p.done, p.total, rate, eta);
            if (p.done == p.total) fmt::print(stderr, "\n");
        } else if (percent / 10 != last_decile_ || p.done == p.total) {
            last_decile_ = percent / 10;
            fmt::print(stderr, "reindex: {}/{} documents ({}%), {:.0f}/s, ETA {:.0f} s\n", p.done, p.total, percent,
                       rate, eta);
        }
    }

private:
    bool terminal_;
    int last_decile_ = -1;
};

int run_reindex(const ReindexCommand& cmd) {
    helpcenter::ReindexOptions options;
    options.full = cmd.full;
    options.dry_run = cmd.dry_run;
    options.skip_invalid = cmd.skip_invalid;
    auto printer = std::make_shared<ProgressPrinter>(isatty(STDERR_FILENO) != 0);
    if (!cmd.json) options.progress = [printer](const helpcenter::IndexProgress& p) { (*printer)(p); };

    const std::filesystem::path corpus = cmd.corpus.empty() ? default_corpus_dir() : std::filesystem::path(cmd.corpus);
    const auto s = helpcenter::reindex(corpus, cmd.db, options);
    const bool failed = !s.errors.empty() && !cmd.skip_invalid;

    if (cmd.json) {
        nlohmann::json out = {{"added", s.added},       {"changed", s.changed},
                              {"removed", s.removed},   {"unchanged", s.unchanged},
                              {"seconds", s.seconds},   {"published", s.published},
                              {"dry_run", cmd.dry_run}, {"skipped_files", s.skipped_files}};
        out["warnings"] = nlohmann::json::array();
        out["errors"] = nlohmann::json::array();
        for (const auto& d : s.warnings)
            out["warnings"].push_back(d.to_string());
        for (const auto& d : s.errors)
            out["errors"].push_back(d.to_string());
        if (cmd.dry_run) out["plan"] = s.plan;
        fmt::print("{}\n", out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
        return failed ? kExitUser : kExitOk;
    }

    for (const auto& d : s.warnings)
        fmt::print(stderr, "{}\n", d.to_string());
    for (const auto& d : s.errors)
        fmt::print(stderr, "{}\n", d.to_string());
    if (failed) {
        fmt::print(stderr,
                   "helpcenter: {} errors: nothing was published; the previous index keeps serving "
                   "(use --skip-invalid to publish the rest)\n",
                   s.errors.size());
        return kExitUser;
    }
    if (cmd.dry_run) {
        for (const auto& step : s.plan)
            fmt::print("{}\n", step);
    }
    for (const auto& file : s.skipped_files)
        fmt::print("skipped {}\n", file);
    fmt::print("{}{} added, {} changed, {} removed, {} unchanged in {:.2f} s{}\n", cmd.dry_run ? "plan: " : "", s.added,
               s.changed, s.removed, s.unchanged, s.seconds,
               cmd.dry_run   ? " (dry run: nothing written)"
               : s.published ? "; published " + s.generation.filename().string()
                             : "; nothing to publish");
    return kExitOk;
}

}  // namespace

void add_reindex_command(CLI::App& app, Runner& run) {
    auto cmd = std::make_shared<ReindexCommand>();
    CLI::App* sub = app.add_subcommand("reindex",
                                       "Update an index incrementally: only added, changed and removed documents (all "
                                       "of them for an index of an older layout); published atomically");
    sub->add_option("--corpus", cmd->corpus, "Corpus folder (default: the bundled corpus)");
    sub->add_option("--db", cmd->db, "Index folder")->required();
    sub->add_flag("--dry-run", cmd->dry_run, "Show the plan; write nothing");
    sub->add_flag("--full", cmd->full, "Rebuild from scratch");
    sub->add_flag("--skip-invalid", cmd->skip_invalid, "Publish the valid documents and list the files skipped");
    sub->add_flag("--json", cmd->json,
                  "Print a JSON summary (added, changed, removed, unchanged, seconds, warnings, errors)");
    sub->callback([cmd, &run] { run = [cmd] { return run_reindex(*cmd); }; });
}

}  // namespace hc_cli
