// Builds a new index generation from a corpus and publishes it atomically.
#include "analysis/language.hpp"
#include "index/document_writer.hpp"
#include "index/generations.hpp"
#include "index/schema.hpp"
#include "index/terms.hpp"

#include <helpcenter/indexer.hpp>

#include <chrono>
#include <map>
#include <set>

namespace helpcenter {
namespace fs = std::filesystem;

namespace {

std::string join_lines(const std::set<std::string>& words) {
    std::string out;
    for (const auto& w : words) {
        out += w;
        out.push_back('\n');
    }
    return out;
}

void add_synonyms(Xapian::WritableDatabase& db, const std::string& lang, const SynonymGroups& groups) {
    const Analyzer analyzer(lang);
    for (const auto& group : groups) {
        std::vector<std::string> keys;
        for (const auto& expression : group) {
            const auto tokens = analyzer.analyze(expression);
            if (!tokens.empty()) keys.push_back(detail::stem_phrase(tokens, 0, tokens.size()));
        }
        for (const auto& from : keys) {
            for (const auto& to : keys) {
                if (from != to) db.add_synonym(schema::synonym_key(analyzer.base_language(), from), to);
            }
        }
    }
}

void add_glossary(Xapian::WritableDatabase& db, const std::string& lang, const Glossary& glossary) {
    const Analyzer analyzer(lang);
    std::string text;
    for (const auto& [term, english] : glossary) text += analyzer.normalize(term) + "\t" + english + "\n";
    db.set_metadata(schema::glossary_key(analyzer.base_language()), text);
}

void write_generation(const Corpus& corpus, const fs::path& path, IndexSummary& summary) {
    Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE_OR_OVERWRITE);
    std::map<std::string, std::set<std::string>> vocabulary;  // by base language
    std::map<std::string, Analyzer> analyzers;
    std::set<std::string> spellings;
    for (const auto& doc : corpus.documents) {
        auto it = analyzers.find(doc.lang);
        if (it == analyzers.end()) it = analyzers.emplace(doc.lang, Analyzer(doc.lang)).first;
        const Analyzer& analyzer = it->second;
        auto written = detail::write_document(doc, analyzer);
        for (auto& passage : written.passages) db.add_document(passage);
        vocabulary[analyzer.base_language()].merge(written.vocabulary);
        spellings.merge(written.spellings);
        summary.documents += 1;
        summary.passages += written.passages.size();
        summary.documents_per_language[doc.lang] += 1;
    }
    for (const auto& word : spellings) db.add_spelling(word);
    std::string languages;
    for (const auto& [lang, words] : vocabulary) {
        db.set_metadata(schema::vocabulary_key(lang), join_lines(words));
        languages += (languages.empty() ? "" : " ") + lang;
    }
    db.set_metadata(schema::kLanguagesKey, languages);
    db.set_metadata(schema::kSchemaVersionKey, schema::kSchemaVersion);
    for (const auto& [lang, groups] : corpus.synonyms) add_synonyms(db, lang, groups);
    for (const auto& [lang, glossary] : corpus.glossaries) add_glossary(db, lang, glossary);
    db.commit();
    db.close();
}

std::string corpus_errors_message(const Corpus& corpus) {
    std::string message = "the corpus has errors; the index was not changed:";
    int shown = 0;
    for (const auto& d : corpus.diagnostics) {
        if (d.severity != Diagnostic::Severity::error) continue;
        if (++shown > 20) {
            message += "\n  …";
            break;
        }
        message += "\n  " + d.to_string();
    }
    return message;
}

}  // namespace

IndexSummary build_index(const fs::path& corpus_dir, const fs::path& db_dir, const IndexOptions& options) {
    return build_index(load_corpus(corpus_dir), db_dir, options);
}

IndexSummary build_index(const Corpus& corpus, const fs::path& db_dir, const IndexOptions&) {
    const auto start = std::chrono::steady_clock::now();
    if (!corpus.ok()) throw Error(ErrorCode::corpus_error, corpus_errors_message(corpus));

    std::error_code ec;
    fs::create_directories(db_dir, ec);
    if (ec) throw Error(ErrorCode::io_error, "cannot create index folder " + db_dir.string() + ": " + ec.message());
    detail::IndexLock lock(db_dir);

    const auto existing = detail::list_generations(db_dir);
    const unsigned number = existing.empty() ? 1 : existing.back() + 1;
    const std::string name = detail::generation_name(number);
    const fs::path generation = db_dir / name;

    IndexSummary summary;
    try {
        write_generation(corpus, generation, summary);
    } catch (const Xapian::Error& e) {
        fs::remove_all(generation, ec);
        throw Error(ErrorCode::index_error, "cannot write the index: " + e.get_description());
    } catch (...) {
        fs::remove_all(generation, ec);
        throw;
    }
    detail::publish_generation(db_dir, name);
    detail::remove_old_generations(db_dir);

    for (const auto& d : corpus.diagnostics) summary.diagnostics.push_back(d);
    summary.generation = generation;
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary;
}

}  // namespace helpcenter
