// Runs a built query and aggregates passage hits into documents, so that a long brochure with
// many weakly matching sections cannot drown a focused article.
#pragma once

#include "search/query_builder.hpp"

#include <xapian.h>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace helpcenter::detail {

struct DocumentHit {
    std::string key;  // lang/type/id
    std::string id, lang, type;
    std::vector<std::string> topics;
    double score = 0.0;  // aggregated score
    double best_passage_score = 0.0;
    Xapian::Document best_passage;
    std::set<std::size_t> matched;        // content tokens matched by the best passage
    std::set<std::size_t> field_matched;  // content tokens matched in title or alternate questions
    bool form_match = false;
    double question_match = 0.0;  // closeness to the closest of its own questions (search/faq_match.hpp)
};

struct RankOptions {
    std::string language;     // base subtag to filter on; "" for every language
    std::uint32_t types = 7;  // TypeFlags
    Xapian::doccount passages = 300;
    double second_passage_weight = 0.1;
    double bm25_k1 = 1.2;
    double bm25_b = 0.5;
    bool plain_bm25 = false;  // Xapian's default BM25 parameters (evaluation baseline)
    std::string document;     // restrict to this document key ("lang/type/id"), or "" for all
};

struct RankedDocuments {
    std::vector<DocumentHit> hits;  // best first
    double max_possible = 0.0;      // the highest score any passage could reach for this query
};

RankedDocuments rank_documents(const Xapian::Database& db, const BuiltQuery& query, const RankOptions& options);

// True when the two hits are about different topics (no topic in common).
bool different_topic(const DocumentHit& a, const DocumentHit& b);

}  // namespace helpcenter::detail
