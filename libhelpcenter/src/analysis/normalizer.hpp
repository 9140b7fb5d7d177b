// Character-level normalization with ICU: NFKC + case folding, script-specific letter folding,
// Traditional-to-Simplified Chinese, and accent removal.
#pragma once

#include <string>
#include <string_view>

namespace helpcenter::detail {

struct NormalizeOptions {
    bool traditional_to_simplified = false;
};

// NFKC with case folding; Arabic letter variants, tatweel and harakat folded; invalid UTF-8
// replaced by U+FFFD. Idempotent: normalize(normalize(x)) == normalize(x).
std::string normalize_text(std::string_view text, const NormalizeOptions& options = {});

// `word` without Latin, Greek and Cyrillic accents ("renovación" -> "renovacion", "đ" -> "d").
// Marks of other scripts (Thai vowels, Devanagari signs) are kept: they are letters there.
std::string fold_accents(std::string_view word);

}  // namespace helpcenter::detail
