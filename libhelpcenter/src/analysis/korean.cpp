// Korean particle and ending stripping.
#include "analysis/korean.hpp"

#include <unicode/unistr.h>

#include <algorithm>
#include <array>

namespace helpcenter::detail {
namespace {

// Longest first, so that "에서는" is tried before "는".
constexpr std::array kEndings = {
    // verb endings after a noun + 하다 / 되다, and the copula
    u"하시려면",
    u"하려면",
    u"하려고",
    u"하는데",
    u"하나요",
    u"합니다",
    u"했어요",
    u"했는데",
    u"하세요",
    u"되나요",
    u"됩니까",
    u"인가요",
    u"입니다",
    u"이에요",
    u"해야",
    u"하면",
    u"하고",
    u"하는",
    u"하기",
    u"하다",
    u"해요",
    u"했다",
    u"된",
    u"될",
    u"할",
    u"함",
    u"한",
    u"예요",
    u"인데",
    // particles
    u"에서는",
    u"으로는",
    u"에게서",
    u"까지는",
    u"부터는",
    u"이라도",
    u"에서도",
    u"에게는",
    u"한테서",
    u"으로서",
    u"으로써",
    u"에서",
    u"에게",
    u"한테",
    u"께서",
    u"으로",
    u"까지",
    u"부터",
    u"보다",
    u"처럼",
    u"마다",
    u"이나",
    u"이랑",
    u"라도",
    u"에는",
    u"에도",
    u"와",
    u"과",
    u"을",
    u"를",
    u"이",
    u"가",
    u"은",
    u"는",
    u"의",
    u"에",
    u"로",
    u"도",
    u"만",
    u"랑",
    u"요",
};

bool is_hangul_syllable(char16_t c) {
    return c >= 0xAC00 && c <= 0xD7A3;
}

// Strips one ending; returns false when none applies.
bool strip_once(icu::UnicodeString& word) {
    for (const char16_t* ending : kEndings) {
        const icu::UnicodeString suffix(ending);
        if (word.length() - suffix.length() >= 2 && word.endsWith(suffix)) {
            word.truncate(word.length() - suffix.length());
            return true;
        }
    }
    return false;
}

}  // namespace

std::string strip_korean_suffixes(std::string_view utf8) {
    icu::UnicodeString word =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    for (int32_t i = 0; i < word.length(); ++i) {
        if (!is_hangul_syllable(word.charAt(i))) return std::string(utf8);
    }
    // Two passes handle a particle after an ending, e.g. 신청한 + 것을 is two words, but 신청서를 -> 신청서.
    if (strip_once(word)) strip_once(word);
    std::string out;
    word.toUTF8String(out);
    return out;
}

}  // namespace helpcenter::detail
