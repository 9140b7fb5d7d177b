// Logistic confidence model.
#include "search/confidence.hpp"

#include <array>
#include <cmath>

namespace helpcenter::detail {
namespace {

// Intercept first, then one weight per feature in feature_vector() order. english_topic_missing
// (third to last) keeps its weight from the fit before the bundled corpus had every topic in every
// language: it is always 0 there now, so the refit cannot see it, but a corpus with gaps still can.
constexpr std::array<double, 17> kWeights = {-7.6934, 0.8447, 0.3486,  0.3779, -0.1025, 0.3338, 1.4892, 0.2820, -0.5205,
                                             0.0386,  0.4806, -0.7364, 1.1080, -0.1193, 1.0812, 0.7395, -0.8326};

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
            f.question_match,
            f.out_of_scope_match};
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
