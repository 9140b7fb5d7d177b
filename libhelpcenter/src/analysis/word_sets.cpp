// Building per-language word sets from their written lists.
#include "analysis/word_sets.hpp"

#include "analysis/normalizer.hpp"

#include <sstream>

namespace helpcenter::detail {

WordSets build_word_sets(const std::map<std::string, const char*>& lists) {
    WordSets out;
    for (const auto& [lang, raw] : lists) {
        std::istringstream in(normalize_text(raw));
        for (std::string word; in >> word;) {
            out[lang].insert(word);
            out[lang].insert(fold_accents(word));
        }
    }
    return out;
}

}  // namespace helpcenter::detail
