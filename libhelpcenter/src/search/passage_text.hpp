// Preparing a passage for display: trimmed to a readable length on a sentence boundary.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace helpcenter::detail {

// `text` cut after the last whole sentence (ICU sentence breaks, any language) that fits in
// `max_bytes`; the whole text when it fits; never cut inside a UTF-8 character.
std::string trim_to_sentences(std::string_view text, std::size_t max_bytes, const std::string& language);

}  // namespace helpcenter::detail
