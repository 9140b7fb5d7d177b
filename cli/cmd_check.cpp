// `helpcenter check`: validate a corpus and report its coverage of topics.tsv.
#include "app.hpp"

#include <helpcenter/corpus.hpp>

#include <fmt/core.h>

#include <cstdio>
#include <memory>

namespace hc_cli {

void add_check_command(CLI::App& app, Runner& run) {
    auto corpus_dir = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand(
        "check", "Validate every corpus file and report each (topic, language, type) missing from topics.tsv");
    cmd->add_option("--corpus", *corpus_dir, "Corpus folder (default: the bundled corpus)");
    cmd->callback([corpus_dir, &run] {
        run = [corpus_dir] {
            const std::filesystem::path dir =
                corpus_dir->empty() ? default_corpus_dir() : std::filesystem::path(*corpus_dir);
            const helpcenter::Corpus corpus = helpcenter::load_corpus(dir);
            auto problems = corpus.diagnostics;
            const auto coverage = helpcenter::check_corpus(corpus);
            problems.insert(problems.end(), coverage.begin(), coverage.end());
            std::size_t errors = 0, warnings = 0, gaps = 0;
            for (const auto& p : problems) {
                fmt::print(stderr, "{}\n", p.to_string());
                if (p.severity == helpcenter::Diagnostic::Severity::warning)
                    ++warnings;
                else if (p.message.starts_with("missing article") || p.message.starts_with("missing phone script"))
                    ++gaps;
                else
                    ++errors;
            }
            fmt::print("{}: {} documents, {} topics; {} errors, {} gaps, {} warnings\n", dir.string(),
                       corpus.documents.size(), corpus.topics.size(), errors, gaps, warnings);
            return errors + gaps == 0 ? kExitOk : kExitUser;
        };
    });
}

}  // namespace hc_cli
