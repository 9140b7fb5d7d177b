// Word segmentation with ICU's break iterator: spaces, punctuation and, for Chinese, Japanese,
// Thai, Lao, Khmer and Burmese, ICU's dictionaries.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace helpcenter::detail {

struct Segment {
    enum class Kind { letters, number, ideographic };
    std::size_t begin = 0;  // byte offsets into the segmented text
    std::size_t end = 0;
    Kind kind = Kind::letters;
};

// The word segments of `text` (already normalized UTF-8), in order; spaces and punctuation skipped.
std::vector<Segment> segment_words(std::string_view text, const std::string& language);

}  // namespace helpcenter::detail
