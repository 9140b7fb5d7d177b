// Logistic confidence model.
#include "search/confidence.hpp"

#include <array>
#include <cmath>

namespace helpcenter::detail {
namespace {

// Intercept first, then one weight per feature in feature_vector() order.
constexpr std::array<double, 8> kWeights = {-4.0, 4.0, 3.0, 1.5, 1.0, 0.6, -0.5, -0.5};

}  // namespace

std::vector<double> feature_vector(const ConfidenceFeatures& f) {
    return {1.0, f.margin, f.coverage, f.field_coverage, f.form_match, f.log_score, f.short_question, f.fallback};
}

double confidence_of(const ConfidenceFeatures& f) {
    const auto x = feature_vector(f);
    double z = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) z += kWeights[i] * x[i];
    return 1.0 / (1.0 + std::exp(-z));
}

}  // namespace helpcenter::detail
