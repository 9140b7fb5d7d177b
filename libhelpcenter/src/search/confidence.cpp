// Logistic confidence model.
#include "search/confidence.hpp"

#include <array>
#include <cmath>

namespace helpcenter::detail {
namespace {

// Intercept first, then one weight per feature in feature_vector() order.
constexpr std::array<double, 15> kWeights = {-7.4142, 1.0608,  0.4616, 0.5631,  -0.1229, 0.0640,  1.5615, 0.1717,
                                             -0.1339, -0.0084, 0.4043, -0.6001, 1.0361,  -0.3782, 1.2144};

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
