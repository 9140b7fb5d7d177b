// Serializing answers for machines: the JSON object of `helpcenter ask --format json|jsonl`.
#pragma once

#include <helpcenter/answer.hpp>
#include <helpcenter/export.hpp>

#include <string>
#include <string_view>

namespace helpcenter {

// {"qid", "lang", "referred", "fallback", "did_you_mean", "referral",
//  "answer": {"id","lang","type","title","heading","passage","url","updated","page","confidence",
//             "matched_terms"} or null,
//  "results": [{"id","lang","type","title","url","score"}, …]}
// `indent` < 0 gives one line (JSON Lines); otherwise pretty-printed with that indent.
HC_API std::string answer_to_json(const Answer& answer, std::string_view qid = "", int indent = -1);

}  // namespace helpcenter
