// Per-language word lists written as one space-separated string per language (function words,
// the words for "form"), turned into sets for lookup.
#pragma once

#include <map>
#include <set>
#include <string>

namespace helpcenter::detail {

using WordSets = std::map<std::string, std::set<std::string, std::less<>>>;

// Normalizes each list like a question and holds every word with and without its accents, so
// "como" typed for "cómo" is found.
WordSets build_word_sets(const std::map<std::string, const char*>& lists);

}  // namespace helpcenter::detail
