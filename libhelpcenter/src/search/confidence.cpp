// Logistic confidence model.
#include "search/confidence.hpp"

#include <array>
#include <cmath>

namespace helpcenter::detail {
namespace {

// Intercept first, then one weight per feature in feature_vector() order.
constexpr std::array<double, 15> kWeights = {-7.7774, 1.1406, 0.3040, 0.5519,  -0.1224, 0.0502,  1.7295, 0.2128,
                                             0.0937,  0.2761, 0.4041, -0.4545, 0.9890,  -0.6130, 1.1271};

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

double confidence_of(const ConfidenceFeatures& f) {
    const auto x = feature_vector(f);
    double z = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i)
        z += kWeights[i] * x[i];
    return 1.0 / (1.0 + std::exp(-z));
}

}  // namespace helpcenter::detail
