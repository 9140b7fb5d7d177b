// What the engine returns: ranked results and the single answer chosen from them.
#pragma once

#include <helpcenter/document.hpp>
#include <helpcenter/export.hpp>

#include <optional>
#include <string>
#include <vector>

namespace helpcenter {

// One document found for a question, represented by its best passage.
struct Result {
    std::string id;
    std::string lang;
    DocType type = DocType::article;
    std::string title;
    std::string url;
    std::string updated;
    std::string heading;                     // heading of the best passage; empty for the lead
    std::string passage;                     // text of the best passage, trimmed to a readable length
    int page = 0;                            // page of the passage in a paged source; 0 when none
    double score = 0.0;                      // ranking score; comparable only within one result list
    std::vector<std::string> matched_terms;  // question words that matched, as typed
};

struct Answer {
    std::string question_language;  // detected, or as given
    std::optional<Result> best;     // the answer; empty when nothing matched at all
    double confidence = 0.0;        // estimated probability that `best` answers the question
    bool referred = false;          // true when the engine recommends a person instead
    std::string referral;           // the referral text, in the asker's language, when referred
    bool fallback = false;          // true when `best` is in another language than the question
    std::string did_you_mean;       // a spelling correction of the question, or empty
    std::vector<Result> results;    // ranked alternatives (the answer first when there is one)
    // The inputs of the confidence model, for calibration tools (`helpcenter eval --calibrate`);
    // the first is the constant 1. Empty when there is no answer.
    std::vector<double> confidence_features;
};

}  // namespace helpcenter
