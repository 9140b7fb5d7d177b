// The analysis pipeline: normalize, segment, recognise identifiers, fold, stem, mark stop words.
#include "analysis/elision.hpp"
#include "analysis/identifiers.hpp"
#include "analysis/korean.hpp"
#include "analysis/language.hpp"
#include "analysis/normalizer.hpp"
#include "analysis/segmenter.hpp"
#include "analysis/stopwords.hpp"
#include "common/utf8.hpp"

#include <helpcenter/analyzer.hpp>

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <xapian.h>

#include <map>

namespace helpcenter {
namespace {

using detail::first_script;
using detail::Segment;

// Xapian::Stem objects keep per-call state: one per thread and language.
std::string stem_word(const std::string& stemmer, const std::string& word) {
    thread_local std::map<std::string, Xapian::Stem> stemmers;
    auto it = stemmers.find(stemmer);
    if (it == stemmers.end()) it = stemmers.emplace(stemmer, Xapian::Stem(stemmer)).first;
    return it->second(word);
}

// Han words longer than two characters also yield their character bigrams, so that a question
// segmented differently from the document (dictionary segmentation depends on context) still matches.
std::vector<std::string> han_bigrams(std::string_view word) {
    icu::UnicodeString u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    std::vector<std::string> out;
    if (u.countChar32() < 3) return out;
    std::vector<icu::UnicodeString> chars;
    for (int32_t i = 0; i < u.length();) {
        const UChar32 c = u.char32At(i);
        chars.emplace_back(c);
        i += U16_LENGTH(c);
    }
    for (std::size_t i = 0; i + 1 < chars.size(); ++i) {
        std::string s;
        (chars[i] + chars[i + 1]).toUTF8String(s);
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace

struct Analyzer::Impl {
    detail::LanguageProfile profile;

    std::string normalize(std::string_view text) const {
        return detail::normalize_text(text, {.traditional_to_simplified = profile.chinese});
    }

    void fill_word(Token& token) const {
        const std::string folded = detail::fold_accents(token.term);
        if (folded != token.term) token.folded = folded;
        const std::string& base = token.folded.empty() ? token.term : token.folded;
        if (token.kind != Token::Kind::word) {
            token.stem = token.term;
        } else if (profile.korean) {
            token.stem = detail::strip_korean_suffixes(token.term);
        } else if (profile.stemmer.empty()) {
            token.stem = base;
        } else if (first_script(token.term) == USCRIPT_LATIN) {
            // Stem the accent-free word, so that "renovacion" typed without accents stems like "renovación".
            token.stem = stem_word(profile.stemmer, base);
        } else {
            token.stem = detail::fold_accents(stem_word(profile.stemmer, token.term));
        }
        token.stopword =
            token.kind == Token::Kind::word && (detail::is_stopword(profile.base, token.term) ||
                                                (profile.korean && detail::is_stopword(profile.base, token.stem)));
    }

    std::vector<Token> analyze(std::string_view text) const {
        const std::string norm = normalize(text);
        const std::vector<Segment> segments = detail::segment_words(norm, profile.base == "und" ? "en" : profile.base);
        const auto spans = detail::find_identifiers(norm, segments);

        std::vector<Token> tokens;
        tokens.reserve(segments.size());
        std::uint32_t position = 0;
        std::size_t next_span = 0;
        for (std::size_t i = 0; i < segments.size(); ++i) {
            Token token;
            token.position = position++;
            if (next_span < spans.size() && spans[next_span].first_segment == i) {
                token.kind = Token::Kind::identifier;
                token.term = spans[next_span].canonical;
                i += spans[next_span].segment_count - 1;
                ++next_span;
                fill_word(token);
                tokens.push_back(std::move(token));
                continue;
            }
            const Segment& seg = segments[i];
            token.term = norm.substr(seg.begin, seg.end - seg.begin);
            if (const std::string id = detail::canonical_single(token.term); !id.empty()) {
                token.kind = Token::Kind::identifier;
            } else if (seg.kind == Segment::Kind::number) {
                token.kind = Token::Kind::number;
            } else {
                token.term = detail::strip_elision(profile.base, token.term);
            }
            fill_word(token);
            const bool ideographic = seg.kind == Segment::Kind::ideographic && first_script(token.term) == USCRIPT_HAN;
            const std::string word = token.term;
            tokens.push_back(std::move(token));
            if (ideographic) {
                for (auto& bigram : han_bigrams(word)) {
                    Token extra;
                    extra.term = std::move(bigram);
                    extra.position = tokens.back().position;
                    fill_word(extra);
                    tokens.push_back(std::move(extra));
                }
            }
        }
        return tokens;
    }
};

Analyzer::Analyzer(std::string_view language)
    : impl_(std::make_shared<Impl>(Impl{detail::language_profile(language)})) {}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(const Analyzer&) = default;
Analyzer& Analyzer::operator=(const Analyzer&) = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

const std::string& Analyzer::language() const noexcept {
    return impl_->profile.tag;
}
const std::string& Analyzer::base_language() const noexcept {
    return impl_->profile.base;
}
bool Analyzer::has_stemmer() const noexcept {
    return !impl_->profile.stemmer.empty();
}

std::vector<Token> Analyzer::analyze(std::string_view text) const {
    return impl_->analyze(text);
}
std::string Analyzer::normalize(std::string_view text) const {
    return impl_->normalize(text);
}

std::string canonical_identifier(std::string_view text) {
    const Analyzer analyzer("und");
    const auto tokens = analyzer.analyze(text);
    if (tokens.size() != 1 || tokens[0].kind != Token::Kind::identifier) return "";
    return tokens[0].term;
}

}  // namespace helpcenter
