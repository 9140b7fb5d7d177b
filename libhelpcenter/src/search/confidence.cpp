// Logistic confidence model.
#include "search/confidence.hpp"

#include <array>
#include <cmath>

namespace helpcenter::detail {
namespace {

// Intercept first, then one weight per feature in feature_vector() order.
constexpr std::array<double, 10> kWeights = {-7.1981, 1.2658, 1.1681,  1.1563,  -0.3607,
                                             0.2678,  1.6450, -0.0674, -0.0597, 0.1892};

}  // namespace

std::vector<double> feature_vector(const ConfidenceFeatures& f) {
    return {1.0,          f.margin,    f.coverage,   f.field_coverage, f.unknown,
            f.form_match, f.log_score, f.log_length, f.fallback,       f.only_identifiers};
}

double confidence_of(const ConfidenceFeatures& f) {
    const auto x = feature_vector(f);
    double z = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i)
        z += kWeights[i] * x[i];
    return 1.0 / (1.0 + std::exp(-z));
}

}  // namespace helpcenter::detail
