// Logistic confidence model.
#include "search/confidence.hpp"

#include <array>
#include <cmath>

namespace helpcenter::detail {
namespace {

// Intercept first, then one weight per feature in feature_vector() order.
constexpr std::array<double, 9> kWeights = {-7.1113, 1.2438, 1.0592, 1.1261, -0.2094, 0.3931, 1.6772, -0.1393, -0.0662};

}  // namespace

std::vector<double> feature_vector(const ConfidenceFeatures& f) {
    return {1.0, f.margin, f.coverage, f.field_coverage, f.unknown, f.form_match, f.log_score, f.log_length, f.fallback};
}

double confidence_of(const ConfidenceFeatures& f) {
    const auto x = feature_vector(f);
    double z = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) z += kWeights[i] * x[i];
    return 1.0 / (1.0 + std::exp(-z));
}

}  // namespace helpcenter::detail
