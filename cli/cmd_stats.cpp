// `helpcenter stats`: documents, passages and words per language and type.
#include "app.hpp"

#include <helpcenter/analyzer.hpp>
#include <helpcenter/corpus.hpp>

#include <fmt/core.h>

#include <map>
#include <memory>

namespace hc_cli {

void add_stats_command(CLI::App& app, Runner& run) {
    auto corpus_dir = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand("stats", "Count documents, passages and words per language and type");
    cmd->add_option("--corpus", *corpus_dir, "Corpus folder (default: the bundled corpus)");
    cmd->callback([corpus_dir, &run] {
        run = [corpus_dir] {
            const std::filesystem::path dir =
                corpus_dir->empty() ? default_corpus_dir() : std::filesystem::path(*corpus_dir);
            const helpcenter::Corpus corpus = helpcenter::load_corpus(dir);
            struct Count {
                std::size_t documents = 0, passages = 0, words = 0;
            };
            std::map<std::pair<std::string, std::string>, Count> counts;
            Count total;
            std::map<std::string, helpcenter::Analyzer> analyzers;
            for (const auto& doc : corpus.documents) {
                auto it = analyzers.try_emplace(doc.lang, doc.lang).first;
                // Words as the analyzer segments them, so Chinese and Thai count words, not characters.
                std::size_t words = 0;
                for (const auto& p : doc.passages) {
                    const auto tokens = it->second.analyze(p.heading + "\n" + p.text);
                    // Han bigrams share their word's position: count positions, not tokens.
                    if (!tokens.empty()) words += tokens.back().position + 1;
                }
                auto& c = counts[{doc.lang, std::string(helpcenter::to_string(doc.type))}];
                c.documents += 1, c.passages += doc.passages.size(), c.words += words;
                total.documents += 1, total.passages += doc.passages.size(), total.words += words;
            }
            fmt::print("{:<6} {:<9} {:>9} {:>9} {:>9}\n", "lang", "type", "documents", "passages", "words");
            for (const auto& [key, c] : counts) {
                fmt::print("{:<6} {:<9} {:>9} {:>9} {:>9}\n", key.first, key.second, c.documents, c.passages, c.words);
            }
            fmt::print("{:<6} {:<9} {:>9} {:>9} {:>9}\n", "all", "", total.documents, total.passages, total.words);
            return kExitOk;
        };
    });
}

}  // namespace hc_cli
