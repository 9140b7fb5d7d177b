// Builds the Xapian query for a plain-language question.
#include "search/query_builder.hpp"

#include "search/spelling.hpp"

#include "common/utf8.hpp"
#include "index/schema.hpp"
#include "index/terms.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace helpcenter::detail {
namespace {

constexpr std::size_t kMaxSynonymPhrase = 4;
// A question longer than this is a story; its first words are enough to rank, and it keeps
// the query (and the time to run it) bounded.
constexpr std::size_t kMaxContentTokens = 64;

Xapian::Query scaled(const Xapian::Query& q, double factor) {
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q, factor);
}

class QueryParts {
public:
    QueryParts(BuiltQuery& built) : built_(built) {}

    void add(const std::string& term, std::size_t token, double weight) {
        built_.owner.emplace(term, token);
        parts_.push_back(weight == 1.0 ? Xapian::Query(term) : scaled(Xapian::Query(term), weight));
    }
    void add(const Xapian::Query& q, double weight) { parts_.push_back(scaled(q, weight)); }

    Xapian::Query combined() const { return Xapian::Query(Xapian::Query::OP_OR, parts_.begin(), parts_.end()); }

private:
    BuiltQuery& built_;
    std::vector<Xapian::Query> parts_;
};

// Edit distance means something for alphabets; one Hangul syllable or Han character is a whole
// morpheme, so "corrections" there change the meaning.
bool alphabetic(std::string_view word) {
    const int script = first_script(word);
    return script == USCRIPT_LATIN || script == USCRIPT_CYRILLIC || script == USCRIPT_GREEK;
}

// Short words tolerate one typo; longer ones two.
unsigned max_edits(std::string_view word) {
    const int32_t length =
        icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size()))).countChar32();
    return length >= 7 ? 2 : 1;
}

bool known(const Xapian::Database& db, const Token& t) {
    return db.term_exists(schema::kStem + t.stem) || db.term_exists(t.term) ||
           (!t.folded.empty() && db.term_exists(t.folded));
}

}  // namespace

BuiltQuery build_query(const Xapian::Database& db, const Analyzer& analyzer, std::string_view question,
                       const Vocabulary* vocabulary, const QueryWeights& weights) {
    return build_query_from_tokens(db, analyzer, analyzer.analyze(question), vocabulary, weights);
}

BuiltQuery build_plain_query(const Analyzer& analyzer, std::string_view question) {
    BuiltQuery built;
    built.tokens = analyzer.analyze(question);
    std::vector<Xapian::Query> parts;
    for (std::size_t i = 0; i < built.tokens.size(); ++i) {
        built.content.push_back(i);
        const std::string term = schema::kStem + built.tokens[i].stem;
        built.owner.emplace(term, i);
        parts.emplace_back(term);
    }
    built.query = Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
    return built;
}

BuiltQuery build_title_question_query(const BuiltQuery& full) {
    BuiltQuery built;
    built.tokens = full.tokens;
    built.content = full.content;
    std::vector<Xapian::Query> parts;
    for (std::size_t i : built.content) {
        const Token& t = built.tokens[i];
        std::vector<std::string> terms = {schema::kTitle + t.stem, schema::kQuestion + t.stem};
        if (t.kind == Token::Kind::identifier) terms.push_back(schema::kForm + t.term);
        for (const auto& term : terms) {
            built.owner.emplace(term, i);
            parts.emplace_back(term);
        }
    }
    built.query = Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
    return built;
}

BuiltQuery build_query_from_tokens(const Xapian::Database& db, const Analyzer& analyzer, std::vector<Token> tokens,
                                   const Vocabulary* vocabulary, const QueryWeights& weights) {
    BuiltQuery built;
    built.tokens = std::move(tokens);
    const auto& toks = built.tokens;
    for (std::size_t i = 0; i < toks.size() && built.content.size() < kMaxContentTokens; ++i) {
        if (!toks[i].stopword) built.content.push_back(i);
    }
    // A question made only of function words ("how do I?") still searches with them.
    if (built.content.empty()) {
        built.only_stopwords = true;
        for (std::size_t i = 0; i < toks.size() && i < kMaxContentTokens; ++i)
            built.content.push_back(i);
    }
    if (built.content.empty()) return built;

    QueryParts parts(built);
    std::map<std::size_t, std::string> corrections;  // token index -> corrected word
    for (std::size_t i : built.content) {
        const Token& t = toks[i];
        parts.add(schema::kStem + t.stem, i, 1.0);
        parts.add(t.term, i, weights.exact);
        parts.add(schema::kTitle + t.stem, i, weights.title);
        parts.add(schema::kQuestion + t.stem, i, weights.question);
        parts.add(schema::kHeading + t.stem, i, weights.heading);
        if (t.kind == Token::Kind::identifier) parts.add(schema::kForm + t.term, i, weights.form);

        // An unknown word may be a typo: add the closest word the corpus uses.
        if (t.kind == Token::Kind::word && t.term.size() >= 4 && alphabetic(t.term) && !known(db, t)) {
            const std::string suggestion = correct_spelling(db, t.term, max_edits(t.term), vocabulary);
            if (!suggestion.empty()) {
                for (const Token& s : analyzer.analyze(suggestion)) {
                    parts.add(schema::kStem + s.stem, i, weights.spelling);
                    parts.add(schema::kTitle + s.stem, i, weights.title * weights.spelling);
                }
                corrections.emplace(i, suggestion);
                built.corrected.insert(i);
            }
        }
    }
    if (!corrections.empty()) {
        // The question's words, with corrections in place.
        std::string text;
        for (std::size_t i = 0; i < toks.size(); ++i) {
            if (i > 0 && toks[i].position == toks[i - 1].position) continue;  // Han bigram extras
            const auto fix = corrections.find(i);
            text += (text.empty() ? "" : " ") + (fix != corrections.end() ? fix->second : toks[i].term);
        }
        built.did_you_mean = text;
    }

    // Proximity: consecutive content words found near each other (exact terms carry positions).
    for (std::size_t k = 0; k + 1 < built.content.size(); ++k) {
        const Token& a = toks[built.content[k]];
        const Token& b = toks[built.content[k + 1]];
        if (a.position == b.position || b.position - a.position > 2) continue;
        const std::vector<Xapian::Query> pair = {Xapian::Query(a.term), Xapian::Query(b.term)};
        parts.add(Xapian::Query(Xapian::Query::OP_NEAR, pair.begin(), pair.end(), 3), weights.proximity);
    }

    // Synonyms: any run of up to four words whose stems form a key of the synonym table. All the
    // expressions of one key count as one word (OP_SYNONYM): a concept with many synonyms ("mica":
    // tarjeta verde, green card, tarjeta de residente…) must not outweigh the rest of the question.
    const std::string lang = analyzer.base_language();
    for (std::size_t start = 0; start < toks.size(); ++start) {
        for (std::size_t len = 1; len <= kMaxSynonymPhrase && start + len <= toks.size(); ++len) {
            if (len == 1 && toks[start].stopword) continue;
            const std::string key = schema::synonym_key(lang, stem_phrase(toks, start, len));
            std::vector<Xapian::Query> expressions;
            for (auto it = db.synonyms_begin(key); it != db.synonyms_end(key); ++it) {
                std::vector<Xapian::Query> words;
                const std::string phrase = *it;
                for (std::size_t p = 0; p <= phrase.size();) {
                    std::size_t q = phrase.find(' ', p);
                    if (q == std::string::npos) q = phrase.size();
                    if (q > p) {
                        // Appended rather than concatenated: GCC 12 at -O3 warns (-Wrestrict) on
                        // `prefix + substr` here, a known false positive.
                        std::string term = schema::kStem;
                        term.append(phrase, p, q - p);
                        words.emplace_back(term);
                        built.owner.emplace(term, start);
                    }
                    p = q + 1;
                }
                if (!words.empty()) expressions.emplace_back(Xapian::Query::OP_AND, words.begin(), words.end());
            }
            if (expressions.empty()) continue;
            parts.add(Xapian::Query(Xapian::Query::OP_SYNONYM, expressions.begin(), expressions.end()),
                      weights.synonym);
        }
    }
    built.query = parts.combined();
    return built;
}

}  // namespace helpcenter::detail
