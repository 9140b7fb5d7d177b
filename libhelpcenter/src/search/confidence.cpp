// Logistic confidence model.
#include "search/confidence.hpp"

#include <array>
#include <cmath>

namespace helpcenter::detail {
namespace {

// Intercept first, then one weight per feature in feature_vector() order.
constexpr std::array<double, 13> kWeights = {-7.4238, 0.9805, 0.5762, 0.7297, -0.4625, 0.2817, 1.7878,
                                             0.1701,  0.0244, 0.1272, 0.4228, -0.4454, 1.0317};

}  // namespace

std::vector<double> feature_vector(const ConfidenceFeatures& f) {
    return {1.0,          f.margin,   f.coverage,         f.field_coverage, f.unknown,       f.form_match,  f.log_score,
            f.log_length, f.fallback, f.only_identifiers, f.score_ratio,    f.cross_checked, f.cross_agrees};
}

double confidence_of(const ConfidenceFeatures& f) {
    const auto x = feature_vector(f);
    double z = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i)
        z += kWeights[i] * x[i];
    return 1.0 / (1.0 + std::exp(-z));
}

}  // namespace helpcenter::detail
