// Walks a corpus folder and loads documents, topics, synonyms, glossaries and out-of-scope examples.
#include "common/utf8.hpp"
#include "corpus/tsv.hpp"

#include <helpcenter/corpus.hpp>
#include <helpcenter/sources.hpp>

#include <algorithm>
#include <map>

namespace helpcenter {
namespace fs = std::filesystem;

namespace {

// Documents have their own size limits (sources.hpp); a table this large is a mistake.
constexpr std::size_t kMaxTableBytes = 8u << 20;

std::vector<fs::path> sorted_entries(const fs::path& dir) {
    std::vector<fs::path> entries;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        entries.push_back(it->path());
    std::sort(entries.begin(), entries.end());
    return entries;
}

// Every source file below `dir` (any depth, sorted), except the tables and hidden entries.
void collect_sources(const fs::path& dir, bool top, std::vector<fs::path>& out) {
    std::error_code ec;
    for (const auto& entry : sorted_entries(dir)) {
        const std::string name = entry.filename().string();
        if (name.starts_with('.')) continue;
        if (fs::is_directory(entry, ec)) {
            if (top && (name == "synonyms" || name == "glossary" || name == "out-of-scope")) continue;
            collect_sources(entry, false, out);
        } else if (!top && fs::is_regular_file(entry, ec) && is_source_file(entry)) {
            out.push_back(entry);
        }
    }
}

template <typename Parse, typename Target>
void load_tables(const fs::path& root, const std::string& folder, Parse parse, Target& target,
                 std::vector<Diagnostic>& diagnostics) {
    const fs::path dir = root / folder;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return;
    for (const auto& file : sorted_entries(dir)) {
        if (file.extension() != ".tsv") continue;
        const std::string rel = fs::relative(file, root).generic_string();
        std::string text, error;
        if (!detail::read_file(file.string(), kMaxTableBytes, text, error)) {
            diagnostics.push_back({Diagnostic::Severity::error, rel, 0, error});
            continue;
        }
        target[detail::ascii_lower(file.stem().string())] = parse(text, rel, diagnostics);
    }
}

}  // namespace

const std::vector<std::string>& corpus_languages() {
    static const std::vector<std::string> languages = {"en", "es", "zh", "vi", "ko", "tl", "ar", "ht", "fr", "ru"};
    return languages;
}

Corpus load_corpus(const fs::path& root) {
    std::error_code ec;
    if (!fs::is_directory(root, ec)) throw Error(ErrorCode::not_found, "corpus folder not found: " + root.string());

    Corpus corpus;
    // Markdown, PDF, HTML, phone-script text and JSONL sources (docs/source-formats.md).
    std::vector<fs::path> files;
    collect_sources(root, true, files);
    for (const auto& file : files) {
        for (auto& doc : load_source(root, file, corpus.diagnostics))
            corpus.documents.push_back(std::move(doc));
    }

    // Duplicate (id, lang, type): report both paths.
    std::map<std::string, const Document*> by_key;
    for (const auto& doc : corpus.documents) {
        auto [it, inserted] = by_key.emplace(doc.key(), &doc);
        if (!inserted) {
            corpus.diagnostics.push_back(
                {Diagnostic::Severity::error, doc.source_path, 0,
                 "duplicate document " + doc.key() + " (also in " + it->second->source_path + ")"});
        }
    }

    const fs::path topics_file = root / "topics.tsv";
    if (fs::is_regular_file(topics_file, ec)) {
        std::string text, error;
        if (detail::read_file(topics_file.string(), kMaxTableBytes, text, error)) {
            corpus.topics = detail::parse_topics(text, "topics.tsv", corpus.diagnostics);
        } else {
            corpus.diagnostics.push_back({Diagnostic::Severity::error, "topics.tsv", 0, error});
        }
    }
    load_tables(root, "synonyms", detail::parse_synonyms, corpus.synonyms, corpus.diagnostics);
    load_tables(root, "glossary", detail::parse_glossary, corpus.glossaries, corpus.diagnostics);
    load_tables(root, "out-of-scope", detail::parse_out_of_scope, corpus.out_of_scope, corpus.diagnostics);
    return corpus;
}

}  // namespace helpcenter
