// Parsing ranking weights from "name=value,…", for tuning without recompiling.
#include <helpcenter/error.hpp>
#include <helpcenter/options.hpp>

#include <map>
#include <string>

namespace helpcenter {

RankingWeights parse_ranking_weights(const std::string& spec, RankingWeights weights) {
    const std::map<std::string, double RankingWeights::*> fields = {
        {"exact", &RankingWeights::exact},
        {"title", &RankingWeights::title},
        {"question", &RankingWeights::question},
        {"heading", &RankingWeights::heading},
        {"form", &RankingWeights::form},
        {"synonym", &RankingWeights::synonym},
        {"proximity", &RankingWeights::proximity},
        {"spelling", &RankingWeights::spelling},
        {"bm25_k1", &RankingWeights::bm25_k1},
        {"bm25_b", &RankingWeights::bm25_b},
        {"second_passage", &RankingWeights::second_passage},
        {"faq_match", &RankingWeights::faq_match},
    };
    std::size_t start = 0;
    while (start < spec.size()) {
        std::size_t end = spec.find(',', start);
        if (end == std::string::npos) end = spec.size();
        const std::string part = spec.substr(start, end - start);
        start = end + 1;
        if (part.empty()) continue;
        const auto eq = part.find('=');
        const auto field = eq == std::string::npos ? fields.end() : fields.find(part.substr(0, eq));
        if (field == fields.end()) throw Error(ErrorCode::invalid_argument, "unknown ranking weight in '" + part + "'");
        try {
            std::size_t used = 0;
            const double value = std::stod(part.substr(eq + 1), &used);
            if (used != part.size() - eq - 1 || value < 0) throw std::invalid_argument("bad");
            weights.*(field->second) = value;
        } catch (const std::exception&) {
            throw Error(ErrorCode::invalid_argument, "bad value in ranking weight '" + part + "'");
        }
    }
    return weights;
}

}  // namespace helpcenter
