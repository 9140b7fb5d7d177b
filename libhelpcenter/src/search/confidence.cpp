// Logistic confidence model.
#include "search/confidence.hpp"

#include <array>
#include <cmath>

namespace helpcenter::detail {
namespace {

// Intercept first, then one weight per feature in feature_vector() order. english_topic_missing
// (third to last) keeps its weight from the fit before the bundled corpus had every topic in every
// language: it is always 0 there now, so the refit cannot see it, but a corpus with gaps still can.
constexpr std::array<double, 16> kWeights = {-8.0372, 0.8705, 0.3654, 0.3839,  -0.0843, 0.3569,  1.5067, 0.2658,
                                             -0.5386, 0.0440, 0.4989, -0.6893, 1.1256,  -0.1193, 1.0968, 0.7793};

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
            f.faq_agrees,
            f.question_match};
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
