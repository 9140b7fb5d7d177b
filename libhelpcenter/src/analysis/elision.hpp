// Elided articles and pronouns written onto the next word: French "l'asile", "d’asile",
// Italian "dell'immigrazione", Catalan "l'asil".
#pragma once

#include <string>
#include <string_view>

namespace helpcenter::detail {

// `word` without a leading elision of `language` ("d'asile" -> "asile", with ' or ’), or `word`
// unchanged when it has none or the language elides nothing.
std::string strip_elision(std::string_view language, std::string_view word);

// The same for every space-separated word of `text` ("numéro d’étranger" -> "numéro étranger").
std::string strip_elisions(std::string_view language, std::string_view text);

}  // namespace helpcenter::detail
