// Per-language function words ("how do I", "¿cómo puedo?") that should not drive ranking.
#pragma once

#include <string>
#include <string_view>

namespace helpcenter::detail {

// True when `term` (normalized) or its accent-free form is a function word of `language`.
// Words that carry meaning in a question ("long", "much", "when", "not") are deliberately absent.
bool is_stopword(const std::string& language, std::string_view term, std::string_view folded);

}  // namespace helpcenter::detail
