// How closely a question matches one of a document's own questions (its title and alternate
// questions), each taken on its own. The ranking sees the alternate questions as one bag of
// words, so words from two different questions can add up to a match that none of them is:
// "renew" from one and "reentry permit" from another. A close match with a single question is
// stronger evidence that the document answers what was asked.
#pragma once

#include "search/query_builder.hpp"

#include <xapian.h>

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace helpcenter::detail {

class FaqMatcher {
public:
    using Stems = std::set<std::string>;

    explicit FaqMatcher(const Xapian::Database& db) : db_(db) {}

    // The content-word stems of a question, as similarity() compares them.
    static Stems stems_of(const Analyzer& analyzer, const std::string& question);

    // The asked question's content words, each with every stem that stands for it and its idf:
    // prepared once per question, then compared with as many question lists as needed.
    struct Word {
        Stems stems;
        double idf = 0.0;
    };
    struct Asked {
        std::vector<Word> words;
        double total = 0.0;  // sum of the words' idf
    };

    // A word also stands for its synonyms and spelling corrections. Without `synonyms`, only for
    // its spelling correction: a synonym phrase stands for one word, so its own words ("permanent
    // resident" for "I-90") would match questions on anything about them.
    Asked asked(const BuiltQuery& query, bool synonyms = true) const;

    // From 0 (no word in common with any of the document's questions) to 1 (the same content words
    // as one of them): the geometric mean of the shares of the asked question's words and of that
    // question's words found in the other, each word weighted by its idf, best question taken.
    double similarity(const Asked& asked, const std::string& doc_key, const std::string& lang);

    // The same against a list of questions (the stems of each).
    double similarity(const Asked& asked, const std::vector<Stems>& questions) const;

private:
    const std::vector<Stems>& questions_of(const std::string& doc_key, const std::string& lang);
    double idf(const std::string& stem) const;

    const Xapian::Database& db_;
    std::map<std::string, std::vector<Stems>> cache_;      // document key -> stems of each question
    mutable std::unordered_map<std::string, double> idf_;  // stem -> idf, as the index is fixed
};

}  // namespace helpcenter::detail
