// Logistic confidence model.
#include "search/confidence.hpp"

#include <array>
#include <cmath>

namespace helpcenter::detail {
namespace {

// Intercept first, then one weight per feature in feature_vector() order.
constexpr std::array<double, 9> kWeights = {-7.0933, 1.2406, 1.1950, 1.1984, -0.3752, 0.2705, 1.6143, -0.0749, 0.0281};

}  // namespace

std::vector<double> feature_vector(const ConfidenceFeatures& f) {
    return {1.0,          f.margin,    f.coverage,   f.field_coverage, f.unknown,
            f.form_match, f.log_score, f.log_length, f.fallback};
}

double confidence_of(const ConfidenceFeatures& f) {
    const auto x = feature_vector(f);
    double z = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i)
        z += kWeights[i] * x[i];
    return 1.0 / (1.0 + std::exp(-z));
}

}  // namespace helpcenter::detail
