// Confidence: an estimate of the probability that the chosen answer is right, from features of
// the ranking (not the raw BM25 score, whose scale depends on the question).
#pragma once

#include <helpcenter/options.hpp>

#include <string>
#include <vector>

namespace helpcenter::detail {

struct ConfidenceFeatures {
    double margin = 0.0;                 // (top - second) / top, for the best document of another topic
    double coverage = 0.0;               // idf-weighted share of the question's content words the answer matches
    double field_coverage = 0.0;         // share matched in the answer's title or alternate questions
    double unknown = 0.0;                // share of content words the index's language has never seen
    double form_match = 0.0;             // 1 when the question names a form the answer lists
    double log_score = 0.0;              // log(1 + top score)
    double log_length = 0.0;             // log(1 + number of content words)
    double fallback = 0.0;               // 1 when answering from another language
    double only_identifiers = 0.0;       // 1 when the question is nothing but form or receipt numbers
    double score_ratio = 0.0;            // top score / the highest score the query allows
    double cross_checked = 0.0;          // 1 when the question was also ranked in English
    double cross_agrees = 0.0;           // 1 when that ranking chose the same topic
    double english_topic_missing = 0.0;  // 1 when it chose a topic with no article in the asker's language
    double faq_agrees = 0.0;             // coverage, when ranking on titles and alternate questions alone agrees
    double question_match = 0.0;         // how close the question is to the closest of the answer's own questions
    double out_of_scope_match = 0.0;     // how close it is to the closest out-of-scope example (corpus/out-of-scope/)
};

// Logistic model over the features: `weights` (intercept first, then feature_vector() order),
// or, when empty, the built-in coefficients, which come from `helpcenter eval --calibrate` on
// tests/relevance/dev.tsv (see docs/QUALITY.md).
double confidence_of(const ConfidenceFeatures& f, const std::vector<double>& weights = {});

// How many weights a model has (the intercept and one per feature).
std::size_t confidence_weight_count();

std::vector<double> feature_vector(const ConfidenceFeatures& f);

// Below helpcenter::kDefaultMinConfidence (options.hpp) the engine refers the asker to a person.

}  // namespace helpcenter::detail
