// Spelling correction of a question word, within the question's language.
#pragma once

#include <xapian.h>

#include <string>
#include <unordered_set>

namespace helpcenter::detail {

// Words of one language of the index (normalized, case-folded; accent-free variants included).
using Vocabulary = std::unordered_set<std::string>;

// The word of `vocabulary` that `word` most likely misspells, or "" when there is none.
// Xapian's suggestion comes first; its spelling table is shared by every language of the index,
// so when that suggestion is a word of another language ("grean" -> Spanish "gran"), the words of
// `vocabulary` one edit away are tried instead, the one used by most passages winning. A
// correction never changes the first letter: typists rarely get it wrong, and a word that differs
// there is usually another word ("weather" is not a typo of "either").
std::string correct_spelling(const Xapian::Database& db, const std::string& word, unsigned max_edits,
                             const Vocabulary* vocabulary);

}  // namespace helpcenter::detail
