// Retrieval and answer-quality metrics for `helpcenter eval`.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

namespace hc_cli {

// One question of an evaluation set and what the engine did with it.
struct EvalCase {
    std::string qid, lang, question;
    std::set<std::string> expected;  // topic ids; empty means the question should be referred
    std::string detected_lang;
    std::vector<std::string> ranking;  // topic ids, best first, no repeats
    std::string answer_topic;          // "" when no answer
    std::string answer_lang;
    bool referred = false;
    bool fallback = false;
    double confidence = 0.0;
    std::vector<double> features;
    bool topic_in_language = false;  // the expected topic exists in the asker's language

    bool answerable() const { return !expected.empty(); }
    // Three words or fewer (and, for scripts written without spaces, at most 24 characters).
    bool short_question() const;
    bool answer_correct() const { return expected.contains(answer_topic); }
};

struct EvalSummary {
    int questions = 0, answerable = 0, out_of_scope = 0;
    int correct = 0, wrong = 0, referred = 0;  // answerable questions
    int refer_true = 0, refer_false = 0;       // referred out-of-scope / referred answerable
    int out_of_scope_answered = 0;
    int language_right = 0;
    int short_questions = 0, short_language_right = 0;  // three words or fewer
    int in_language_possible = 0, in_language_answered = 0;
    double p1 = 0, mrr10 = 0, ndcg10 = 0, recall5 = 0;  // sums over answerable questions

    void add(const EvalCase& c);
    double rate(double sum) const { return answerable > 0 ? sum / answerable : 0.0; }
    double refer_precision() const;
    double refer_recall() const;
    double wrong_rate() const { return rate(wrong); }
};

// Decides referral again for a different confidence model or threshold (k-fold checks).
EvalCase with_confidence(EvalCase c, double confidence, double threshold);

}  // namespace hc_cli
