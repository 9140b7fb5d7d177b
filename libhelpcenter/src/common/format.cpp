// JSON serialization of answers.
#include <helpcenter/format.hpp>

#include <nlohmann/json.hpp>

namespace helpcenter {

std::string answer_to_json(const Answer& answer, std::string_view qid, int indent) {
    using nlohmann::json;
    json out;
    out["qid"] = std::string(qid);
    out["lang"] = answer.question_language;
    out["referred"] = answer.referred;
    out["fallback"] = answer.fallback;
    out["did_you_mean"] = answer.did_you_mean;
    out["referral"] = answer.referral;
    if (answer.best) {
        const Result& r = *answer.best;
        out["answer"] = {
            {"id", r.id},
            {"lang", r.lang},
            {"type", std::string(to_string(r.type))},
            {"title", r.title},
            {"heading", r.heading},
            {"passage", r.passage},
            {"url", r.url},
            {"updated", r.updated},
            {"page", r.page},
            {"confidence", answer.confidence},
            {"matched_terms", r.matched_terms},
        };
    } else {
        out["answer"] = nullptr;
    }
    json results = json::array();
    for (const Result& r : answer.results) {
        results.push_back({{"id", r.id},
                           {"lang", r.lang},
                           {"type", std::string(to_string(r.type))},
                           {"title", r.title},
                           {"url", r.url},
                           {"score", r.score}});
    }
    out["results"] = std::move(results);
    // Replace invalid UTF-8 rather than throw: questions come from anywhere.
    return out.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace helpcenter
