// Marks the question's words in a passage, matching by stem so "renewing" marks "renew".
#include "analysis/segmenter.hpp"

#include <helpcenter/analyzer.hpp>

#include <set>

namespace helpcenter {

std::string highlight(std::string_view text, const std::vector<std::string>& words, std::string_view language,
                      std::string_view open, std::string_view close) {
    const Analyzer analyzer(language);
    std::set<std::string> stems;
    for (const auto& word : words) {
        for (const Token& t : analyzer.analyze(word))
            stems.insert(t.stem);
    }
    if (stems.empty()) return std::string(text);

    std::string out;
    std::size_t copied = 0;
    // Segments of the original text, so the output keeps its case and accents.
    for (const auto& seg : detail::segment_words(text, analyzer.base_language())) {
        const std::string_view word = text.substr(seg.begin, seg.end - seg.begin);
        const auto tokens = analyzer.analyze(word);
        const bool match = !tokens.empty() && stems.contains(tokens.front().stem);
        if (!match) continue;
        out.append(text.substr(copied, seg.begin - copied));
        out.append(open);
        out.append(word);
        out.append(close);
        copied = seg.end;
    }
    out.append(text.substr(copied));
    return out;
}

}  // namespace helpcenter
