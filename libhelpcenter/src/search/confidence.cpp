// Logistic confidence model.
#include "search/confidence.hpp"

#include <array>
#include <cmath>

namespace helpcenter::detail {
namespace {

// Intercept first, then one weight per feature in feature_vector() order. english_topic_missing
// (second to last) keeps its weight from the fit before the bundled corpus had every topic in every
// language: it is always 0 there now, so the refit cannot see it, but a corpus with gaps still can.
constexpr std::array<double, 15> kWeights = {-7.5150, 1.0106,  0.4829, 0.5610,  -0.0741, 0.1795,  1.4891, 0.2107,
                                             -0.6015, -0.0457, 0.3967, -0.6337, 1.1066,  -0.1193, 1.3811};

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
