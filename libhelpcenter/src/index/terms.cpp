// Synonym phrase keys.
#include "index/terms.hpp"

namespace helpcenter::detail {

std::string stem_phrase(const std::vector<Token>& tokens, std::size_t first, std::size_t count) {
    std::string key;
    for (std::size_t i = first; i < first + count && i < tokens.size(); ++i) {
        if (!key.empty()) key.push_back(' ');
        key += tokens[i].stem;
    }
    return key;
}

}  // namespace helpcenter::detail
