// Logistic confidence model.
#include "search/confidence.hpp"

#include <array>
#include <cmath>

namespace helpcenter::detail {
namespace {

// Intercept first, then one weight per feature in feature_vector() order.
constexpr std::array<double, 15> kWeights = {-6.8503, 1.1393, 0.4057, 0.6716,  -0.1063, 0.1096,  1.5084, 0.1399,
                                             -0.3050, 0.1957, 0.3672, -0.4365, 0.9549,  -0.6169, 1.0875};

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
