// Logistic confidence model.
#include "search/confidence.hpp"

#include <array>
#include <cmath>

namespace helpcenter::detail {
namespace {

// Intercept first, then one weight per feature in feature_vector() order.
constexpr std::array<double, 15> kWeights = {-7.6701, 1.0228, 0.4954, 0.5447,  -0.1473, 0.1497,  1.5361, 0.2286,
                                             -0.2998, 0.0044, 0.3686, -0.6353, 1.1028,  -0.1193, 1.3499};

}  // namespace

std::vector<double> feature_vector(const ConfidenceFeatures& f) {
    return {1.0,
            f.margin,
            f.coverage,
            f.field_coverage,
            f.unknown,
            f.form_match,
            f.log_score,
            f.log_length,
            f.fallback,
            f.only_identifiers,
            f.score_ratio,
            f.cross_checked,
            f.cross_agrees,
            f.english_topic_missing,
            f.faq_agrees};
}

std::size_t confidence_weight_count() {
    return kWeights.size();
}

double confidence_of(const ConfidenceFeatures& f, const std::vector<double>& weights) {
    const auto x = feature_vector(f);
    double z = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i)
        z += (weights.empty() ? kWeights[i] : weights[i]) * x[i];
    return 1.0 / (1.0 + std::exp(-z));
}

}  // namespace helpcenter::detail
