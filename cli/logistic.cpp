// Logistic regression by Newton's method: a handful of features, a few hundred rows.
#include "logistic.hpp"

#include <cmath>

namespace hc_cli {
namespace {

// Solves A x = b for a small dense symmetric positive definite A (Gaussian elimination).
std::vector<double> solve(std::vector<std::vector<double>> a, std::vector<double> b) {
    const std::size_t n = b.size();
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        for (std::size_t r = col + 1; r < n; ++r) {
            if (std::abs(a[r][col]) > std::abs(a[pivot][col])) pivot = r;
        }
        std::swap(a[col], a[pivot]);
        std::swap(b[col], b[pivot]);
        if (std::abs(a[col][col]) < 1e-12) continue;
        for (std::size_t r = col + 1; r < n; ++r) {
            const double f = a[r][col] / a[col][col];
            for (std::size_t c = col; c < n; ++c)
                a[r][c] -= f * a[col][c];
            b[r] -= f * b[col];
        }
    }
    std::vector<double> x(n, 0.0);
    for (std::size_t i = n; i-- > 0;) {
        double s = b[i];
        for (std::size_t c = i + 1; c < n; ++c)
            s -= a[i][c] * x[c];
        x[i] = std::abs(a[i][i]) < 1e-12 ? 0.0 : s / a[i][i];
    }
    return x;
}

}  // namespace

double predict_logistic(const std::vector<double>& w, const std::vector<double>& x) {
    double z = 0.0;
    for (std::size_t i = 0; i < w.size() && i < x.size(); ++i)
        z += w[i] * x[i];
    return 1.0 / (1.0 + std::exp(-z));
}

std::vector<double> fit_logistic(const std::vector<std::vector<double>>& x, const std::vector<int>& labels, double l2,
                                 int iterations) {
    if (x.empty()) return {};
    const std::size_t d = x[0].size();
    std::vector<double> w(d, 0.0);
    for (int it = 0; it < iterations && it < 50; ++it) {
        std::vector<double> grad(d, 0.0);
        std::vector<std::vector<double>> hess(d, std::vector<double>(d, 0.0));
        for (std::size_t i = 0; i < x.size(); ++i) {
            const double p = predict_logistic(w, x[i]);
            const double r = p - labels[i];
            const double s = p * (1 - p);
            for (std::size_t a = 0; a < d; ++a) {
                grad[a] += r * x[i][a];
                for (std::size_t b = 0; b < d; ++b)
                    hess[a][b] += s * x[i][a] * x[i][b];
            }
        }
        for (std::size_t a = 1; a < d; ++a) {
            grad[a] += l2 * static_cast<double>(x.size()) * w[a];
            hess[a][a] += l2 * static_cast<double>(x.size());
        }
        hess[0][0] += 1e-9;
        const auto step = solve(hess, grad);
        double change = 0.0;
        for (std::size_t a = 0; a < d; ++a) {
            w[a] -= step[a];
            change += std::abs(step[a]);
        }
        if (change < 1e-9) break;
    }
    return w;
}

}  // namespace hc_cli
