// Builds and incrementally updates the index: plans what changed, writes a new generation aside
// and publishes it atomically.
#include "analysis/language.hpp"
#include "common/utf8.hpp"
#include "index/document_writer.hpp"
#include "index/generations.hpp"
#include "index/schema.hpp"
#include "index/terms.hpp"

#include <helpcenter/indexer.hpp>

#include <chrono>
#include <map>
#include <set>
#include <sstream>

namespace helpcenter {
namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// What the serving generation holds: for each document key, its content hash and source file.
struct IndexedDocument {
    std::string hash;
    std::string source;
};

std::map<std::string, IndexedDocument> read_indexed(const fs::path& generation) {
    std::map<std::string, IndexedDocument> out;
    const Xapian::Database db(generation.string());
    // Value streams read one slot of every passage without loading whole documents. Every
    // passage has all three slots, so the streams advance in step.
    auto key = db.valuestream_begin(schema::kSlotDocKey);
    auto hash = db.valuestream_begin(schema::kSlotHash);
    auto source = db.valuestream_begin(schema::kSlotSource);
    const auto at = [&](Xapian::ValueIterator& it, Xapian::valueno slot, Xapian::docid id) -> std::string {
        if (it == db.valuestream_end(slot)) return "";
        if (it.get_docid() < id) it.skip_to(id);
        return it != db.valuestream_end(slot) && it.get_docid() == id ? *it : std::string();
    };
    for (; key != db.valuestream_end(schema::kSlotDocKey); ++key) {
        const Xapian::docid id = key.get_docid();
        auto& entry = out[*key];
        entry.hash = at(hash, schema::kSlotHash, id);
        entry.source = at(source, schema::kSlotSource, id);
    }
    return out;
}

std::string tables_hash(const Corpus& corpus) {
    std::ostringstream text;
    for (const auto& [lang, groups] : corpus.synonyms) {
        text << "S" << lang << "\n";
        for (const auto& group : groups) {
            for (const auto& e : group)
                text << e << "\t";
            text << "\n";
        }
    }
    for (const auto& [lang, glossary] : corpus.glossaries) {
        text << "G" << lang << "\n";
        for (const auto& [term, english] : glossary)
            text << term << "\t" << english << "\n";
    }
    for (const auto& [lang, examples] : corpus.out_of_scope) {
        text << "O" << lang << "\n";
        for (const auto& [kind, question] : examples)
            text << kind << "\t" << question << "\n";
    }
    Document pseudo;
    pseudo.summary = text.str();
    return detail::content_hash(pseudo);
}

std::string join_lines(const std::set<std::string>& words) {
    std::string out;
    for (const auto& w : words)
        out += w + "\n";
    return out;
}

void write_synonyms(Xapian::WritableDatabase& db, const Corpus& corpus) {
    std::vector<std::string> old_keys;
    for (auto it = db.synonym_keys_begin(); it != db.synonym_keys_end(); ++it)
        old_keys.push_back(*it);
    for (const auto& key : old_keys)
        db.clear_synonyms(key);
    for (const auto& [lang, groups] : corpus.synonyms) {
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
}

void write_glossaries(Xapian::WritableDatabase& db, const Corpus& corpus) {
    for (const auto& [lang, glossary] : corpus.glossaries) {
        const Analyzer analyzer(lang);
        std::string text;
        for (const auto& [term, english] : glossary)
            text += analyzer.normalize(term) + "\t" + english + "\n";
        db.set_metadata(schema::glossary_key(analyzer.base_language()), text);
    }
}

// One key for every language, so that a language whose file was removed leaves nothing behind.
void write_out_of_scope(Xapian::WritableDatabase& db, const Corpus& corpus) {
    std::string text;
    for (const auto& [lang, examples] : corpus.out_of_scope) {
        const std::string base = Analyzer(lang).base_language();
        for (const auto& example : examples)
            text += base + "\t" + example.second + "\n";
    }
    db.set_metadata(schema::kOutOfScopeKey, text);
}

struct Plan {
    std::vector<const Document*> to_write;  // added and changed
    std::vector<std::string> to_delete;     // changed and removed keys
    bool tables_changed = true;
};

// Writes the planned changes into the generation at `path` (a copy of the serving one, or new).
void apply(const Corpus& corpus, const Plan& plan, const fs::path& path, bool fresh, const ReindexOptions& options,
           Clock::time_point start) {
    Xapian::WritableDatabase db(path.string(), fresh ? Xapian::DB_CREATE_OR_OVERWRITE : Xapian::DB_OPEN);
    for (const auto& key : plan.to_delete)
        db.delete_document(schema::kDocKey + key);

    // Vocabularies grow with what is written; a full rebuild starts them afresh.
    std::map<std::string, std::set<std::string>> vocabulary;
    if (!fresh) {
        std::istringstream langs(db.get_metadata(schema::kLanguagesKey));
        for (std::string lang; langs >> lang;) {
            for (auto& word : detail::split_lines(db.get_metadata(schema::vocabulary_key(lang))))
                vocabulary[lang].insert(std::move(word));
        }
    }
    std::map<std::string, Analyzer> analyzers;
    std::set<std::string> spellings;
    IndexProgress progress{0, plan.to_write.size(), 0.0};
    for (const Document* doc : plan.to_write) {
        auto it = analyzers.try_emplace(doc->lang, doc->lang).first;
        auto written = detail::write_document(*doc, it->second);
        for (auto& passage : written.passages)
            db.add_document(passage);
        vocabulary[it->second.base_language()].merge(written.vocabulary);
        spellings.merge(written.spellings);
        ++progress.done;
        if (options.progress) {
            progress.seconds = seconds_since(start);
            options.progress(progress);
        }
    }
    for (const auto& word : spellings)
        db.add_spelling(word);
    std::string languages;
    for (const auto& [lang, words] : vocabulary) {
        db.set_metadata(schema::vocabulary_key(lang), join_lines(words));
        languages += (languages.empty() ? "" : " ") + lang;
    }
    db.set_metadata(schema::kLanguagesKey, languages);
    db.set_metadata(schema::kSchemaVersionKey, schema::kSchemaVersion);
    if (plan.tables_changed || fresh) {
        write_synonyms(db, corpus);
        write_glossaries(db, corpus);
        write_out_of_scope(db, corpus);
        db.set_metadata(schema::kTablesHashKey, tables_hash(corpus));
    }
    db.commit();
    db.close();
}

std::string errors_message(const std::vector<Diagnostic>& errors) {
    std::string message = "the corpus has errors; the index was not changed:";
    for (std::size_t i = 0; i < errors.size(); ++i) {
        if (i == 20) {
            message += "\n  … and " + std::to_string(errors.size() - 20) + " more";
            break;
        }
        message += "\n  " + errors[i].to_string();
    }
    return message;
}

}  // namespace

ReindexSummary reindex(const fs::path& corpus_dir, const fs::path& db_dir, const ReindexOptions& options) {
    return reindex(load_corpus(corpus_dir), db_dir, options);
}

ReindexSummary reindex(const Corpus& corpus, const fs::path& db_dir, const ReindexOptions& options) {
    const auto start = Clock::now();
    ReindexSummary summary;
    std::set<std::string> failed_files;
    for (const auto& d : corpus.diagnostics) {
        if (d.severity == Diagnostic::Severity::warning) {
            summary.warnings.push_back(d);
        } else {
            summary.errors.push_back(d);
            failed_files.insert(d.file);
        }
    }
    if (!summary.errors.empty() && !options.skip_invalid) {
        summary.seconds = seconds_since(start);
        return summary;
    }
    summary.skipped_files.assign(failed_files.begin(), failed_files.end());

    // A language the analyzer has nothing specific for is indexed all the same, and said so.
    std::set<std::string> reported;
    for (const auto& doc : corpus.documents) {
        const auto profile = detail::language_profile(doc.lang);
        if (profile.tailored || !reported.insert(profile.base).second) continue;
        summary.warnings.push_back({Diagnostic::Severity::warning, doc.source_path, 0,
                                    "language '" + doc.lang +
                                        "' has no stemmer, stop words or dictionary: "
                                        "indexed with the default analysis (normalization, folding, word breaks)"});
    }

    std::error_code ec;
    fs::create_directories(db_dir, ec);
    if (ec) throw Error(ErrorCode::io_error, "cannot create index folder " + db_dir.string() + ": " + ec.message());
    std::optional<detail::IndexLock> lock;
    if (!options.dry_run) lock.emplace(db_dir);

    // What serves now, if anything.
    const auto current = detail::current_generation(db_dir);
    const bool have_current = current && fs::exists(db_dir / *current, ec);
    std::map<std::string, IndexedDocument> indexed;
    std::string indexed_tables;
    bool old_layout = false;
    if (have_current && !options.full) {
        try {
            const Xapian::Database serving((db_dir / *current).string());
            // An index written with another layout cannot be updated in place: rebuild it.
            old_layout = !schema::has_current_layout(serving);
            if (!old_layout) {
                indexed = read_indexed(db_dir / *current);
                indexed_tables = serving.get_metadata(schema::kTablesHashKey);
            }
        } catch (const Xapian::Error& e) {
            throw Error(ErrorCode::index_error, "cannot read the current index: " + e.get_description());
        }
    }
    const bool fresh = !have_current || options.full || old_layout;
    if (old_layout) summary.plan.push_back("rebuild: the index has an older layout");

    Plan plan;
    std::set<std::string> present;
    for (const auto& doc : corpus.documents) {
        const std::string key = doc.key();
        present.insert(key);
        const auto old = indexed.find(key);
        if (fresh || old == indexed.end()) {
            plan.to_write.push_back(&doc);
            ++summary.added;
            summary.plan.push_back("add " + key);
        } else if (old->second.hash != detail::content_hash(doc)) {
            plan.to_write.push_back(&doc);
            plan.to_delete.push_back(key);
            ++summary.changed;
            summary.plan.push_back("change " + key);
        } else {
            ++summary.unchanged;
        }
    }
    for (const auto& [key, entry] : indexed) {
        if (present.contains(key)) continue;
        // A file that failed to load keeps its previous version: nothing indexed is lost.
        if (failed_files.contains(entry.source)) {
            ++summary.unchanged;
            continue;
        }
        plan.to_delete.push_back(key);
        ++summary.removed;
        summary.plan.push_back("remove " + key);
    }
    const std::string tables = tables_hash(corpus);
    plan.tables_changed = tables != indexed_tables;
    if (plan.tables_changed && !fresh) summary.plan.push_back("update synonyms, glossaries and out-of-scope examples");

    const bool nothing_to_do = !fresh && plan.to_write.empty() && plan.to_delete.empty() && !plan.tables_changed;
    if (options.dry_run || nothing_to_do) {
        if (have_current) summary.generation = db_dir / *current;
        summary.seconds = seconds_since(start);
        return summary;
    }

    // Write the new generation aside, then publish it.
    detail::remove_old_generations(db_dir);  // leftovers of interrupted runs
    const auto existing = detail::list_generations(db_dir);
    const std::string name = detail::generation_name(existing.empty() ? 1 : existing.back() + 1);
    const fs::path generation = db_dir / name;
    try {
        if (!fresh) fs::copy(db_dir / *current, generation, fs::copy_options::recursive);
        apply(corpus, plan, generation, fresh, options, start);
    } catch (const Xapian::Error& e) {
        fs::remove_all(generation, ec);
        throw Error(ErrorCode::index_error, "cannot write the index: " + e.get_description());
    } catch (const fs::filesystem_error& e) {
        fs::remove_all(generation, ec);
        throw Error(ErrorCode::io_error, std::string("cannot write the index: ") + e.what());
    } catch (...) {
        fs::remove_all(generation, ec);
        throw;
    }
    detail::publish_generation(db_dir, name);
    detail::remove_old_generations(db_dir);
    summary.published = true;
    summary.generation = generation;
    summary.seconds = seconds_since(start);
    return summary;
}

IndexSummary build_index(const fs::path& corpus_dir, const fs::path& db_dir, const IndexOptions& options) {
    return build_index(load_corpus(corpus_dir), db_dir, options);
}

IndexSummary build_index(const Corpus& corpus, const fs::path& db_dir, const IndexOptions&) {
    const auto start = Clock::now();
    ReindexOptions options;
    options.full = true;
    const ReindexSummary result = reindex(corpus, db_dir, options);
    if (!result.errors.empty()) throw Error(ErrorCode::corpus_error, errors_message(result.errors));

    IndexSummary summary;
    summary.documents = corpus.documents.size();
    for (const auto& doc : corpus.documents) {
        summary.passages += doc.passages.size();
        summary.documents_per_language[doc.lang] += 1;
    }
    summary.diagnostics = result.warnings;
    summary.generation = result.generation;
    summary.seconds = seconds_since(start);
    return summary;
}

}  // namespace helpcenter
