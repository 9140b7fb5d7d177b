// Korean: strips particles (조사) and common verb endings so that 영주권을 and 영주권 match.
#pragma once

#include <string>
#include <string_view>

namespace helpcenter::detail {

// The noun or verb stem of a Hangul word: "영주권을" -> "영주권", "신청하려면" -> "신청".
// Words of one syllable, and words whose remainder would be a single syllable, are kept whole.
std::string strip_korean_suffixes(std::string_view word);

}  // namespace helpcenter::detail
