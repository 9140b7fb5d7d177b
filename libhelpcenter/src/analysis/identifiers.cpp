// Form and receipt number recognition.
#include "analysis/identifiers.hpp"

#include <algorithm>
#include <array>

namespace helpcenter::detail {
namespace {

bool is_lower_ascii(char c) {
    return c >= 'a' && c <= 'z';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Prefixes of agency forms that people write with a space ("i 90", "n 400", "ar 11"). A space after
// any other short word ("in 2026", "a 10") does not make an identifier.
constexpr std::array kSpacedPrefixes = {"i", "n", "g", "ar", "ds", "dhs", "eoir", "sb", "ps", "m", "eb", "h", "k", "f"};

bool letters_only(std::string_view s, std::size_t max_len) {
    return !s.empty() && s.size() <= max_len && std::all_of(s.begin(), s.end(), is_lower_ascii);
}

// Digits with an optional single trailing letter: "90", "797c", "526e".
bool form_number(std::string_view s) {
    if (s.empty() || s.size() > 6) return false;
    std::size_t i = 0;
    while (i < s.size() && is_digit(s[i]))
        ++i;
    if (i == 0) return false;
    return i == s.size() || (i + 1 == s.size() && is_lower_ascii(s[i]));
}

// Separators people put inside a form number: ASCII hyphen, Unicode hyphens and dashes.
bool hyphen_gap(std::string_view gap) {
    return gap == "-" || gap == "\xE2\x80\x90" || gap == "\xE2\x80\x91" || gap == "\xE2\x80\x93" ||
           gap == "\xE2\x80\x94";
}

}  // namespace

std::string canonical_single(std::string_view word) {
    // Receipt numbers: three letters and ten digits.
    if (word.size() == 13 && letters_only(word.substr(0, 3), 3) &&
        std::all_of(word.begin() + 3, word.end(), is_digit)) {
        return std::string(word);
    }
    std::size_t i = 0;
    while (i < word.size() && is_lower_ascii(word[i]))
        ++i;
    if (i == 0 || i > 4) return "";
    if (!form_number(word.substr(i))) return "";
    return std::string(word);
}

std::vector<IdentifierSpan> find_identifiers(std::string_view text, const std::vector<Segment>& segments) {
    std::vector<IdentifierSpan> spans;
    for (std::size_t i = 0; i + 1 < segments.size(); ++i) {
        const Segment& a = segments[i];
        const Segment& b = segments[i + 1];
        const std::string_view letters = text.substr(a.begin, a.end - a.begin);
        const std::string_view number = text.substr(b.begin, b.end - b.begin);
        const std::string_view gap = text.substr(a.end, b.begin - a.end);
        if (!letters_only(letters, 4) || !form_number(number)) continue;
        const bool spaced =
            gap == " " && std::find(kSpacedPrefixes.begin(), kSpacedPrefixes.end(), letters) != kSpacedPrefixes.end();
        if (!hyphen_gap(gap) && !spaced) continue;
        spans.push_back({i, 2, std::string(letters) + std::string(number)});
        ++i;  // the number is used up
    }
    return spans;
}

}  // namespace helpcenter::detail
