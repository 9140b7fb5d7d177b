// Spelling correction of a question word, within the question's language.
#include "search/spelling.hpp"

#include "index/schema.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <set>

namespace helpcenter::detail {
namespace {

std::string to_utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

UChar32 first_letter(const icu::UnicodeString& s) {
    return s.isEmpty() ? 0 : s.char32At(0);
}

// Letters a typo may bring in or replace: the word's own, plus its alphabet's basic letters.
std::set<UChar32> alphabet_of(const icu::UnicodeString& word) {
    std::set<UChar32> letters;
    for (int32_t i = 0; i < word.length(); i = word.moveIndex32(i, 1))
        letters.insert(word.char32At(i));
    const UChar32 first = first_letter(word);
    if (first < 0x250) {
        for (UChar32 c = 'a'; c <= 'z'; ++c)
            letters.insert(c);
    } else if (first >= 0x400 && first < 0x500) {
        for (UChar32 c = 0x430; c <= 0x44F; ++c)  // а..я
            letters.insert(c);
    }
    return letters;
}

// Every string one deletion, transposition, substitution or insertion away from `word`, except
// at the first letter.
std::set<std::string> one_edit_away(const icu::UnicodeString& word) {
    std::vector<UChar32> chars;
    for (int32_t i = 0; i < word.length(); i = word.moveIndex32(i, 1))
        chars.push_back(word.char32At(i));
    const auto alphabet = alphabet_of(word);
    std::set<std::string> out;
    const auto add = [&out](const std::vector<UChar32>& cs) {
        icu::UnicodeString s;
        for (UChar32 c : cs)
            s.append(c);
        out.insert(to_utf8(s));
    };
    for (std::size_t i = 1; i <= chars.size(); ++i) {
        if (i < chars.size()) {
            auto deleted = chars;
            deleted.erase(deleted.begin() + static_cast<std::ptrdiff_t>(i));
            add(deleted);
        }
        if (i + 1 < chars.size()) {
            auto swapped = chars;
            std::swap(swapped[i], swapped[i + 1]);
            add(swapped);
        }
        for (UChar32 c : alphabet) {
            if (i < chars.size() && c != chars[i]) {
                auto replaced = chars;
                replaced[i] = c;
                add(replaced);
            }
            auto inserted = chars;
            inserted.insert(inserted.begin() + static_cast<std::ptrdiff_t>(i), c);
            add(inserted);
        }
    }
    return out;
}

}  // namespace

std::string correct_spelling(const Xapian::Database& db, const std::string& word, unsigned max_edits,
                             const Vocabulary* vocabulary) {
    const icu::UnicodeString original = icu::UnicodeString::fromUTF8(word);
    const std::string suggestion = db.get_spelling_suggestion(word, max_edits);
    const bool same_first =
        !suggestion.empty() && first_letter(icu::UnicodeString::fromUTF8(suggestion)) == first_letter(original);
    if (same_first && (vocabulary == nullptr || vocabulary->contains(suggestion))) return suggestion;
    if (vocabulary == nullptr) return "";

    std::string best;
    Xapian::doccount best_frequency = 0;
    for (const std::string& candidate : one_edit_away(original)) {
        if (!vocabulary->contains(candidate)) continue;
        const Xapian::doccount frequency = db.get_termfreq(candidate);
        if (frequency > best_frequency) best = candidate, best_frequency = frequency;
    }
    return best;
}

}  // namespace helpcenter::detail
