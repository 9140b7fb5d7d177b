// Retrieval and answer-quality metrics.
#include "eval_metrics.hpp"

#include <cmath>

namespace hc_cli {

bool EvalCase::short_question() const {
    int words = 0, characters = 0;
    bool in_word = false;
    for (unsigned char ch : question) {
        if ((ch & 0xC0) != 0x80) ++characters;
        const bool space = ch == ' ' || ch == '\t';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words <= 3 && characters <= 24;
}

void EvalSummary::add(const EvalCase& c) {
    ++questions;
    if (c.detected_lang == c.lang) ++language_right;
    if (c.short_question()) {
        ++short_questions;
        if (c.detected_lang == c.lang) ++short_language_right;
    }
    if (!c.answerable()) {
        ++out_of_scope;
        if (c.referred)
            ++refer_true;
        else
            ++out_of_scope_answered;
        return;
    }
    ++answerable;
    if (c.referred) {
        ++referred;
        ++refer_false;
    } else if (c.answer_correct()) {
        ++correct;
    } else {
        ++wrong;
    }
    if (c.topic_in_language && !c.referred && c.answer_correct()) {
        ++in_language_possible;
        if (c.answer_lang == c.lang) ++in_language_answered;
    }
    double dcg = 0.0, ideal = 0.0;
    bool found = false;
    for (std::size_t i = 0; i < c.ranking.size() && i < 10; ++i) {
        if (!c.expected.contains(c.ranking[i])) continue;
        if (i == 0) p1 += 1;
        if (!found) mrr10 += 1.0 / static_cast<double>(i + 1);
        found = true;
        dcg += 1.0 / std::log2(static_cast<double>(i) + 2.0);
    }
    for (std::size_t i = 0; i < c.expected.size() && i < 10; ++i)
        ideal += 1.0 / std::log2(static_cast<double>(i) + 2.0);
    if (ideal > 0) ndcg10 += dcg / ideal;
    for (std::size_t i = 0; i < c.ranking.size() && i < 5; ++i) {
        if (c.expected.contains(c.ranking[i])) {
            recall5 += 1.0 / static_cast<double>(c.expected.size());
        }
    }
}

double EvalSummary::refer_precision() const {
    const int all = refer_true + refer_false;
    return all > 0 ? static_cast<double>(refer_true) / all : 0.0;
}

double EvalSummary::refer_recall() const {
    return out_of_scope > 0 ? static_cast<double>(refer_true) / out_of_scope : 0.0;
}

EvalCase with_confidence(EvalCase c, double confidence, double threshold) {
    c.confidence = confidence;
    c.referred = c.answer_topic.empty() || confidence < threshold;
    return c;
}

}  // namespace hc_cli
