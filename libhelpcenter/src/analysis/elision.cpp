// Elided articles and pronouns written onto the next word.
#include "analysis/elision.hpp"

#include <map>
#include <vector>

namespace helpcenter::detail {
namespace {

// The words that elide, as they stand before the apostrophe (case-folded). An elision is a
// function word, so dropping it loses nothing and lets "l'asile" match "asile".
const std::vector<std::string_view>* elisions_of(std::string_view language) {
    static const std::map<std::string_view, std::vector<std::string_view>> table = {
        {"fr", {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"}},
        {"it", {"l", "d", "un", "dell", "all", "dall", "nell", "sull", "coll", "quest", "quell", "c"}},
        {"ca", {"l", "d", "s", "m", "n", "t"}},
    };
    const auto it = table.find(language);
    return it != table.end() ? &it->second : nullptr;
}

}  // namespace

std::string strip_elision(std::string_view language, std::string_view word) {
    const auto* elisions = elisions_of(language);
    if (elisions == nullptr) return std::string(word);
    for (std::string_view apostrophe : {std::string_view("'"), std::string_view("\u2019")}) {
        const std::size_t at = word.find(apostrophe);
        if (at == std::string_view::npos || at == 0) continue;
        const std::string_view rest = word.substr(at + apostrophe.size());
        if (rest.empty()) continue;
        for (std::string_view e : *elisions) {
            if (word.substr(0, at) == e) return std::string(rest);
        }
    }
    return std::string(word);
}

std::string strip_elisions(std::string_view language, std::string_view text) {
    if (elisions_of(language) == nullptr) return std::string(text);
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        if (start > 0) out.push_back(' ');
        out += strip_elision(language, text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

}  // namespace helpcenter::detail
