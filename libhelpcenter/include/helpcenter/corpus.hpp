// Loading and validating a corpus folder: documents, the topic catalogue, synonyms, glossaries and
// out-of-scope examples.
#pragma once

#include <helpcenter/document.hpp>
#include <helpcenter/error.hpp>
#include <helpcenter/export.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace helpcenter {

// A row of topics.tsv.
struct Topic {
    std::string id;
    std::vector<std::string> languages;  // expanded: "all" becomes the ten corpus languages
    std::vector<std::string> forms;
    std::string scope;
};

// Synonym groups of one language: each group lists expressions that mean the same thing.
using SynonymGroups = std::vector<std::vector<std::string>>;

// Glossary of one language: (term in that language, English equivalent) pairs.
using Glossary = std::vector<std::pair<std::string, std::string>>;

// Examples of questions the Help Center does not answer, in one language: (kind, question) pairs.
// A question close to one of them is less likely to have a right answer in the corpus.
using OutOfScope = std::vector<std::pair<std::string, std::string>>;

struct Corpus {
    std::vector<Document> documents;
    std::vector<Topic> topics;                       // empty when the corpus has no topics.tsv
    std::map<std::string, SynonymGroups> synonyms;   // by language
    std::map<std::string, Glossary> glossaries;      // by language
    std::map<std::string, OutOfScope> out_of_scope;  // by language
    std::vector<Diagnostic> diagnostics;             // every warning and error found while loading

    bool ok() const noexcept { return !has_errors(diagnostics); }
};

// Parses one document from its text. `path` is the file's path relative to the corpus root
// (`<lang>/<id>.md`, `<lang>/scripts/<id>.md`, `<lang>/brochures/<id>.md`); it is used to check
// the language and type and in messages. Problems are appended to `diagnostics`; returns nothing
// when the document cannot be used. Never throws for bad input.
HC_API std::optional<Document> parse_document(std::string_view text, const std::string& path,
                                              std::vector<Diagnostic>& diagnostics);

// Loads every document, topics.tsv, synonyms/, glossary/ and out-of-scope/ below `root`. Problems become
// diagnostics, never exceptions; throws Error(not_found) only when `root` is not a folder.
HC_API Corpus load_corpus(const std::filesystem::path& root);

// Checks a loaded corpus as `helpcenter check` does: broken topic references, and coverage of
// topics.tsv (every topic in every listed language as an article; and, when `scripts_for`
// is not empty, as a phone script in those languages for the topics listed for all languages).
// Returns the problems found; gaps are errors.
struct CoverageOptions {
    std::vector<std::string> script_languages = {"en", "es"};
};
HC_API std::vector<Diagnostic> check_corpus(const Corpus& corpus, const CoverageOptions& options = {});

// The ten languages a topic marked "all" must exist in.
HC_API const std::vector<std::string>& corpus_languages();

}  // namespace helpcenter
