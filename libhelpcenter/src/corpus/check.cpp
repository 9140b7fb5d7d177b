// Corpus checks beyond parsing: topic references, empty sections, coverage of topics.tsv.
#include <helpcenter/corpus.hpp>

#include <algorithm>
#include <set>

namespace helpcenter {

std::vector<Diagnostic> check_corpus(const Corpus& corpus, const CoverageOptions& options) {
    std::vector<Diagnostic> problems;
    const auto error = [&](const std::string& file, int line, std::string message) {
        problems.push_back({Diagnostic::Severity::error, file, line, std::move(message)});
    };

    std::set<std::string> topic_ids;
    for (const auto& topic : corpus.topics)
        topic_ids.insert(topic.id);

    std::set<std::string> present;  // "lang/type/id"
    for (const auto& doc : corpus.documents) {
        present.insert(doc.key());
        for (const auto& passage : doc.passages) {
            if (!passage.heading.empty() && passage.text.empty()) {
                error(doc.source_path, passage.line, "empty section '" + passage.heading + "'");
            }
        }
        if (topic_ids.empty()) continue;
        for (const auto& topic : doc.topics) {
            if (!topic_ids.contains(topic))
                error(doc.source_path, 0, "unknown topic '" + topic + "' (not in topics.tsv)");
        }
        if (doc.type != DocType::brochure && !topic_ids.contains(doc.id)) {
            error(doc.source_path, 0, "id '" + doc.id + "' is not a topic in topics.tsv");
        }
    }

    const auto& all = corpus_languages();
    for (const auto& topic : corpus.topics) {
        for (const auto& lang : topic.languages) {
            if (!present.contains(lang + "/article/" + topic.id)) {
                error("topics.tsv", 0, "missing article: " + lang + "/" + topic.id + ".md");
            }
        }
        // Phone scripts cover the topics offered in every language.
        const bool every_language = std::all_of(all.begin(), all.end(), [&](const std::string& l) {
            return std::find(topic.languages.begin(), topic.languages.end(), l) != topic.languages.end();
        });
        if (!every_language) continue;
        for (const auto& lang : options.script_languages) {
            if (!present.contains(lang + "/script/" + topic.id)) {
                error("topics.tsv", 0, "missing phone script: " + lang + "/scripts/" + topic.id + ".md");
            }
        }
    }
    return problems;
}

}  // namespace helpcenter
