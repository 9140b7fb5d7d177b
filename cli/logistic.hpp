// Logistic regression, for calibrating the confidence model on labelled questions.
#pragma once

#include <vector>

namespace hc_cli {

// Fits weights w minimizing the L2-regularized log loss of sigmoid(w . x) against labels (0/1).
// Each row of `x` starts with the constant 1 (the intercept is not regularized).
std::vector<double> fit_logistic(const std::vector<std::vector<double>>& x, const std::vector<int>& labels,
                                 double l2 = 0.01, int iterations = 3000);

double predict_logistic(const std::vector<double>& weights, const std::vector<double>& x);

}  // namespace hc_cli
