// Form and receipt numbers: "I-90", "i 90", "I90" and "i-90" are one identifier, "i90".
#pragma once

#include "analysis/segmenter.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace helpcenter::detail {

// A run of segments that together spell one identifier.
struct IdentifierSpan {
    std::size_t first_segment = 0;
    std::size_t segment_count = 0;
    std::string canonical;
};

// "i90" for "i90" itself, "" when `word` (normalized, one segment) is not an identifier.
std::string canonical_single(std::string_view word);

// Finds identifiers spread over two segments: letters, then "-" (or a single space after a known
// form prefix such as "i", "n", "ar"), then digits with an optional letter ("I-797C", "AR 11").
std::vector<IdentifierSpan> find_identifiers(std::string_view text, const std::vector<Segment>& segments);

}  // namespace helpcenter::detail
