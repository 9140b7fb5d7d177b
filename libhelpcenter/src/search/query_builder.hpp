// Builds the Xapian query for a plain-language question. The question is analysed like the
// documents, never parsed as query syntax, so quotes, dashes or "AND" cannot change its meaning.
#pragma once

#include <helpcenter/analyzer.hpp>
#include <helpcenter/options.hpp>

#include "search/spelling.hpp"

#include <xapian.h>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace helpcenter::detail {

using QueryWeights = RankingWeights;

struct BuiltQuery {
    Xapian::Query query;
    std::vector<Token> tokens;
    std::vector<std::size_t> content;          // indices of tokens that carry meaning
    std::map<std::string, std::size_t> owner;  // Xapian term -> index of the token it came from
    std::string did_you_mean;                  // the question with unknown words corrected, or ""
    std::set<std::size_t> corrected;           // tokens replaced by a spelling correction
    bool only_stopwords = false;               // the question has no word that carries meaning
    bool empty() const { return content.empty(); }
};

BuiltQuery build_query(const Xapian::Database& db, const Analyzer& analyzer, std::string_view question,
                       const Vocabulary* vocabulary, const QueryWeights& weights = {});

// The evaluation baseline: an OR of the question's stems and nothing else.
BuiltQuery build_plain_query(const Analyzer& analyzer, std::string_view question);

// A second opinion on the same question: its content words matched only against document
// titles, alternate questions and listed forms, as a FAQ lookup would.
BuiltQuery build_title_question_query(const BuiltQuery& full);

// Same, from tokens already analysed (the cross-language path builds its own token list).
BuiltQuery build_query_from_tokens(const Xapian::Database& db, const Analyzer& analyzer, std::vector<Token> tokens,
                                   const Vocabulary* vocabulary, const QueryWeights& weights = {});

}  // namespace helpcenter::detail
