// `helpcenter index`: build the search index of a corpus folder.
#include "app.hpp"

#include <helpcenter/indexer.hpp>

#include <fmt/core.h>

#include <cstdio>
#include <memory>

namespace hc_cli {

void add_index_command(CLI::App& app, Runner& run) {
    struct Options {
        std::string corpus;
        std::string db;
        bool quiet = false;
    };
    auto opts = std::make_shared<Options>();
    CLI::App* cmd = app.add_subcommand("index", "Build the search index of a corpus folder (published atomically)");
    cmd->add_option("--corpus", opts->corpus, "Corpus folder (default: the bundled corpus)");
    cmd->add_option("--db", opts->db, "Index folder to write")->required();
    cmd->add_flag("-q,--quiet", opts->quiet, "Print warnings and errors only");
    cmd->callback([opts, &run] {
        run = [opts] {
            const std::filesystem::path corpus =
                opts->corpus.empty() ? default_corpus_dir() : std::filesystem::path(opts->corpus);
            const auto summary = helpcenter::build_index(corpus, opts->db);
            for (const auto& d : summary.diagnostics)
                fmt::print(stderr, "{}\n", d.to_string());
            if (!opts->quiet) {
                fmt::print("indexed {} documents, {} passages, {} languages in {:.2f} s into {}\n", summary.documents,
                           summary.passages, summary.documents_per_language.size(), summary.seconds, opts->db);
                for (const auto& [lang, count] : summary.documents_per_language)
                    fmt::print("  {:<6} {}\n", lang, count);
            }
            return kExitOk;
        };
    });
}

}  // namespace hc_cli
