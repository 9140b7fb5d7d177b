// Options for asking, searching and indexing.
#pragma once

#include <helpcenter/export.hpp>

#include <cstddef>
#include <cstdint>
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
    std::string language = "auto";    // BCP 47 tag of the question, or "auto" to detect it
    std::size_t top_k = 10;           // how many results to return
    std::uint32_t types = TYPE_ALL;   // which document types may be returned
    bool cross_language = true;       // fall back to English (then Spanish) when the language has no good match
};

struct AskOptions {
    std::string language = "auto";
    std::size_t top_k = 5;            // alternatives listed with the answer
    // Types the answer may be. Scripts and brochures are still listed as supporting results.
    std::uint32_t types = TYPE_ARTICLE;
    bool cross_language = true;
    double min_confidence = -1.0;     // refer below this; negative means the engine's default
    // Reference point for evaluation only: plain BM25 with Xapian's default parameters over the
    // question's stems, with no field weights, synonyms, spelling, fallback or referral.
    bool plain_bm25 = false;
};

struct IndexOptions {
    bool verbose = false;
};

}  // namespace helpcenter
