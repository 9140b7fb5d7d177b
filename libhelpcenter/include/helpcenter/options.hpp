// Options for asking, searching and indexing.
#pragma once

#include <helpcenter/export.hpp>

#include <cstddef>
#include <cstdint>
#include <helpcenter/export.hpp>
#include <string>

namespace helpcenter {

// Bit flags selecting document types; combine with |.
enum TypeFlags : std::uint32_t {
    TYPE_ARTICLE = 1,
    TYPE_SCRIPT = 2,
    TYPE_BROCHURE = 4,
    TYPE_ALL = 7,
};

struct SearchOptions {
    std::string language = "auto";   // BCP 47 tag of the question, or "auto" to detect it
    std::size_t top_k = 10;          // how many results to return
    std::uint32_t types = TYPE_ALL;  // which document types may be returned
    bool cross_language = true;      // fall back to English when the language has no good match
};

// The confidence below which ask() refers the asker to a person, unless AskOptions says otherwise.
// Cost-aware: if a wrong answer costs as much as five referrals, answering is worth it when the
// chance of being wrong is under 1/5, so the threshold is 1 - 1/5 (docs/QUALITY.md).
inline constexpr double kDefaultMinConfidence = 0.8;

struct AskOptions {
    std::string language = "auto";
    std::size_t top_k = 5;  // alternatives listed with the answer
    // Types the answer may be. Scripts and brochures are still listed as supporting results.
    std::uint32_t types = TYPE_ARTICLE;
    bool cross_language = true;
    double min_confidence = -1.0;  // refer below this; negative means the engine's default
    // Reference point for evaluation only: plain BM25 with Xapian's default parameters over the
    // question's stems, with no field weights, synonyms, spelling, fallback or referral.
    bool plain_bm25 = false;
};

// Weights of the ranking's parts, relative to a content word's stem (weight 1). The defaults are
// tuned on tests/relevance/dev.tsv (see docs/QUALITY.md); a deployment may tune its own.
struct RankingWeights {
    double exact = 0.25;          // the word exactly as typed (accents included)
    double title = 0.6;           // the word appears in the document's title
    double question = 0.8;        // the word appears in one of its alternate questions
    double heading = 0.2;         // the word appears in the passage heading
    double form = 1.0;            // a form number the document lists in `forms`
    double synonym = 0.8;         // the expressions of a synonym-table entry, counted as one word
    double proximity = 0.3;       // two consecutive question words near each other
    double spelling = 0.8;        // a spelling correction of an unknown word
    double bm25_k1 = 1.2;         // BM25 term-frequency saturation
    double bm25_b = 0.5;          // BM25 length normalization
    double second_passage = 0.1;  // share of a document's second-best passage added to its score
    // How close the question is to one of the document's own questions, taken one by one
    // (0 to 1), times the best document's score: added to the score of the first few documents.
    double faq_match = 0.5;
};

// Parses "name=value,name=value" (names as in RankingWeights) over `weights`; throws
// Error(invalid_argument) naming the bad part.
HC_API RankingWeights parse_ranking_weights(const std::string& spec, RankingWeights weights = {});

struct IndexOptions {
    bool verbose = false;
};

}  // namespace helpcenter
