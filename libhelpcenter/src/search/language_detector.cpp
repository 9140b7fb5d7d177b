// Question language detection: script, cld2 and corpus vocabulary.
#include "search/language_detector.hpp"

#include "analysis/elision.hpp"
#include "analysis/identifiers.hpp"
#include "analysis/normalizer.hpp"
#include "analysis/segmenter.hpp"
#include "analysis/stopwords.hpp"

#include <cld2/public/compact_lang_det.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace helpcenter::detail {
namespace {

// The language a script implies when the script is (nearly) only used by one language.
std::string language_of_script(UScriptCode script) {
    switch (script) {
        case USCRIPT_HANGUL:
            return "ko";
        case USCRIPT_HIRAGANA:
        case USCRIPT_KATAKANA:
            return "ja";
        case USCRIPT_HAN:
            return "zh";
        case USCRIPT_THAI:
            return "th";
        case USCRIPT_LAO:
            return "lo";
        case USCRIPT_KHMER:
            return "km";
        case USCRIPT_MYANMAR:
            return "my";
        case USCRIPT_GREEK:
            return "el";
        case USCRIPT_HEBREW:
            return "he";
        case USCRIPT_ARMENIAN:
            return "hy";
        case USCRIPT_GEORGIAN:
            return "ka";
        case USCRIPT_ETHIOPIC:
            return "am";
        default:
            return "";
    }
}

struct ScriptCounts {
    std::map<UScriptCode, int> letters;
    UScriptCode dominant = USCRIPT_COMMON;
    int total = 0;
};

ScriptCounts count_scripts(std::string_view text) {
    ScriptCounts counts;
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0 || !u_isalpha(c)) continue;
        UErrorCode status = U_ZERO_ERROR;
        UScriptCode script = uscript_getScript(c, &status);
        if (script == USCRIPT_COMMON || script == USCRIPT_INHERITED) continue;
        counts.letters[script] += 1;
        counts.total += 1;
    }
    int best = 0;
    for (const auto& [script, n] : counts.letters) {
        // Latin letters in form numbers ("I-90 申请") should not outvote a few Han characters.
        const int weight = script == USCRIPT_LATIN ? n : n * 5;
        if (weight > best) {
            best = weight;
            counts.dominant = script;
        }
    }
    return counts;
}

}  // namespace

std::string cld2_language(std::string_view text, bool* reliable) {
    bool is_reliable = false;
    const CLD2::Language lang =
        CLD2::DetectLanguage(text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, &is_reliable);
    if (reliable != nullptr) *reliable = is_reliable;
    if (lang == CLD2::UNKNOWN_LANGUAGE) return "";
    std::string code = CLD2::LanguageCode(lang);
    if (code == "zh-Hant") code = "zh";
    if (code == "iw") code = "he";
    return code.substr(0, code.find('-'));
}

LanguageDetector::LanguageDetector(std::map<std::string, std::unordered_set<std::string>> vocabularies)
    : vocabularies_(std::move(vocabularies)) {
    for (const auto& [lang, words] : vocabularies_) {
        languages_.push_back(lang);
        // The script a language is written in: the most common one among its words.
        std::map<UScriptCode, int> votes;
        for (const auto& word : words) {
            const ScriptCounts counts = count_scripts(word);
            if (counts.total > 0) votes[counts.dominant] += 1;
        }
        UScriptCode best = USCRIPT_LATIN;
        int most = 0;
        for (const auto& [script, n] : votes) {
            if (n > most) most = n, best = script;
        }
        script_of_[lang] = best;
    }
}

std::string LanguageDetector::detect(std::string_view raw) const {
    const std::string text = normalize_text(raw);
    const ScriptCounts scripts = count_scripts(text);
    if (scripts.total == 0) return "en";  // digits and punctuation only, e.g. a receipt number

    // Scripts that identify the language on their own.
    if (scripts.dominant == USCRIPT_HAN && scripts.letters.contains(USCRIPT_HIRAGANA)) return "ja";
    if (std::string by_script = language_of_script(scripts.dominant); !by_script.empty()) return by_script;
    // A script that only one language of the index uses (Arabic, Cyrillic in the bundled corpus).
    if (scripts.dominant != USCRIPT_LATIN) {
        std::vector<std::string> users;
        for (const auto& [lang, script] : script_of_) {
            if (script == scripts.dominant) users.push_back(lang);
        }
        if (users.size() == 1) return users.front();
    }

    bool reliable = false;
    const std::string guess = cld2_language(raw, &reliable);

    // Among the corpus languages, count the question's words each one uses. Form numbers
    // ("I-90") and numbers belong to no language.
    const std::vector<Segment> segments = segment_words(text, "en");
    std::vector<bool> in_identifier(segments.size(), false);
    for (const auto& span : find_identifiers(text, segments)) {
        for (std::size_t k = 0; k < span.segment_count; ++k)
            in_identifier[span.first_segment + k] = true;
    }
    std::vector<std::string> words;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const Segment& seg = segments[i];
        std::string word = text.substr(seg.begin, seg.end - seg.begin);
        if (seg.kind == Segment::Kind::number || in_identifier[i] || !canonical_single(word).empty()) continue;
        words.push_back(std::move(word));
    }
    if (words.empty()) return guess.empty() || !has_language(guess) ? "en" : guess;
    std::string best = guess.empty() ? "en" : guess;
    double best_score = -1.0;
    for (const auto& [lang, vocabulary] : vocabularies_) {
        double score = 0.0;
        for (const auto& written : words) {
            // Vocabularies hold words as analysed: "d'asile" is "asile" there.
            const std::string word = strip_elision(lang, written);
            const std::string folded = fold_accents(word);
            if (vocabulary.contains(word))
                score += 1.0;
            else if (vocabulary.contains(folded))
                score += 0.8;
            // Function words are the strongest evidence for a language in a short question.
            if (is_stopword(lang, word) || word != written) score += 0.5;
        }
        if (!words.empty()) score /= static_cast<double>(words.size());
        if (lang == guess) score += reliable ? 0.6 : 0.3;
        if (lang == "en") score += 0.01;  // ties go to English
        if (score > best_score) {
            best_score = score;
            best = lang;
        }
    }
    // A script no corpus language uses: trust cld2.
    if (best_score <= 0.05 && !guess.empty()) return guess;
    return best;
}

}  // namespace helpcenter::detail
