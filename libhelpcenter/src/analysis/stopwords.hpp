// Per-language function words ("how do I", "¿cómo puedo?") that should not drive ranking.
#pragma once

#include <string>
#include <string_view>

namespace helpcenter::detail {

// True when `term` (normalized) is a function word of `language`, with or without its accents.
// Words that carry meaning in a question ("long", "much", "when", "not") are deliberately absent.
bool is_stopword(const std::string& language, std::string_view term);

// True when there is a function-word list for `language`.
bool has_stopword_list(const std::string& language);

}  // namespace helpcenter::detail
