// Language tags: the primary subtag, the script, and the per-language analysis choices.
#pragma once

#include <string>
#include <string_view>

namespace helpcenter::detail {

struct LanguageProfile {
    std::string tag;        // as given
    std::string base;       // primary subtag, lowercase: "zh" for "zh-Hant-TW"
    std::string stemmer;    // Xapian stemmer name, or "" when none
    bool chinese = false;   // Traditional characters are mapped to Simplified
    bool korean = false;    // particles and verb endings are stripped from Hangul words
    bool tailored = false;  // anything beyond the default pipeline: a stemmer, stop words, dictionary segmentation
};

LanguageProfile language_profile(std::string_view tag);

}  // namespace helpcenter::detail
