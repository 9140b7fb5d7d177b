// Matching a question against a document's questions one by one.
#include "search/faq_match.hpp"

#include "index/schema.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <string_view>

namespace helpcenter::detail {

double FaqMatcher::idf(const std::string& stem) const {
    if (const auto it = idf_.find(stem); it != idf_.end()) return it->second;
    const double n = static_cast<double>(db_.get_doccount());
    const double df = static_cast<double>(db_.get_termfreq(schema::kStem + stem));
    return idf_[stem] = std::log((n + 1.0) / (df + 1.0));
}

const std::vector<FaqMatcher::Stems>& FaqMatcher::questions_of(const std::string& doc_key, const std::string& lang) {
    if (const auto it = cache_.find(doc_key); it != cache_.end()) return it->second;
    auto& questions = cache_[doc_key];
    // The lead passage (number 0) keeps the document's questions.
    const std::string key_term = schema::kDocKey + doc_key;
    for (auto it = db_.postlist_begin(key_term); it != db_.postlist_end(key_term); ++it) {
        const Xapian::Document passage = db_.get_document(*it);
        if (passage.get_value(schema::kSlotPassage) != "0") continue;
        const auto data = nlohmann::json::parse(passage.get_data(), nullptr, false);
        if (!data.is_object() || !data.contains("questions") || !data["questions"].is_array()) break;
        const Analyzer analyzer(lang);
        for (const auto& text : data["questions"]) {
            if (!text.is_string()) continue;
            Stems stems = stems_of(analyzer, text.get<std::string>());
            if (!stems.empty()) questions.push_back(std::move(stems));
        }
        break;
    }
    return questions;
}

FaqMatcher::Stems FaqMatcher::stems_of(const Analyzer& analyzer, const std::string& question) {
    Stems stems;
    for (const Token& t : analyzer.analyze(question)) {
        if (!t.stopword) stems.insert(t.stem);
    }
    return stems;
}

FaqMatcher::Asked FaqMatcher::asked(const BuiltQuery& query, bool synonyms) const {
    Asked asked;
    if (query.empty() || query.only_stopwords) return asked;
    // Each content word of the asked question, with every stem that stands for it.
    const std::string_view stem_prefix = schema::kStem;
    std::map<std::size_t, Stems> alternatives;
    for (std::size_t i : query.content)
        alternatives[i].insert(query.tokens[i].stem);
    for (const auto& [term, owner] : query.owner) {
        if (!synonyms && !query.corrected.contains(owner)) continue;
        if (term.starts_with(stem_prefix) && alternatives.contains(owner))
            alternatives[owner].insert(term.substr(stem_prefix.size()));
    }
    for (auto& [i, stems] : alternatives) {
        const double weight = idf(query.tokens[i].stem);
        asked.words.push_back({std::move(stems), weight});
        asked.total += weight;
    }
    return asked;
}

double FaqMatcher::similarity(const Asked& asked, const std::string& doc_key, const std::string& lang) {
    return similarity(asked, questions_of(doc_key, lang));
}

double FaqMatcher::similarity(const Asked& asked, const std::vector<Stems>& questions) const {
    if (asked.total <= 0.0) return 0.0;
    double best = 0.0;
    for (const Stems& question : questions) {
        double asked_found = 0.0;
        Stems used;  // the question's stems that some asked word matched
        for (const auto& word : asked.words) {
            bool found = false;
            for (const auto& s : word.stems) {
                if (question.contains(s)) {
                    found = true;
                    used.insert(s);
                }
            }
            if (found) asked_found += word.idf;
        }
        if (asked_found == 0.0) continue;
        double question_total = 0.0, question_found = 0.0;
        for (const auto& s : question) {
            const double w = idf(s);
            question_total += w;
            if (used.contains(s)) question_found += w;
        }
        if (question_total <= 0.0) continue;
        best = std::max(best, std::sqrt((asked_found / asked.total) * (question_found / question_total)));
    }
    return best;
}

}  // namespace helpcenter::detail
