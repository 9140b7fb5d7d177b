// Walks a corpus folder and loads documents, topics, synonyms and glossaries.
#include "common/utf8.hpp"
#include "corpus/tsv.hpp"

#include <helpcenter/corpus.hpp>

#include <algorithm>
#include <map>

namespace helpcenter {
namespace fs = std::filesystem;

namespace {

// A Help Center page is a few kilobytes; anything this large is a mistake, not content.
constexpr std::size_t kMaxDocumentBytes = 8u << 20;
constexpr std::size_t kMaxTableBytes = 8u << 20;

std::vector<fs::path> sorted_entries(const fs::path& dir) {
    std::vector<fs::path> entries;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(it->path());
    std::sort(entries.begin(), entries.end());
    return entries;
}

bool is_markdown(const fs::path& p) {
    std::error_code ec;
    return p.extension() == ".md" && fs::is_regular_file(p, ec);
}

void load_document(const fs::path& root, const fs::path& file, Corpus& corpus) {
    const std::string rel = fs::relative(file, root).generic_string();
    std::string text, error;
    if (!detail::read_file(file.string(), kMaxDocumentBytes, text, error)) {
        corpus.diagnostics.push_back({Diagnostic::Severity::error, rel, 0, error});
        return;
    }
    if (auto doc = parse_document(text, rel, corpus.diagnostics)) corpus.documents.push_back(std::move(*doc));
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
    for (const auto& lang_dir : sorted_entries(root)) {
        const std::string name = lang_dir.filename().string();
        if (!fs::is_directory(lang_dir, ec) || name == "synonyms" || name == "glossary" || name.starts_with('.')) continue;
        for (const auto& entry : sorted_entries(lang_dir)) {
            if (is_markdown(entry)) {
                load_document(root, entry, corpus);
            } else if (fs::is_directory(entry, ec) &&
                       (entry.filename() == "scripts" || entry.filename() == "brochures")) {
                for (const auto& file : sorted_entries(entry)) {
                    if (is_markdown(file)) load_document(root, file, corpus);
                }
            }
        }
    }

    // Duplicate (id, lang, type): report both paths.
    std::map<std::string, const Document*> by_key;
    for (const auto& doc : corpus.documents) {
        auto [it, inserted] = by_key.emplace(doc.key(), &doc);
        if (!inserted) {
            corpus.diagnostics.push_back({Diagnostic::Severity::error, doc.source_path, 0,
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
    return corpus;
}

}  // namespace helpcenter
