// Passage trimming on sentence boundaries.
#include "search/passage_text.hpp"

#include "common/utf8.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <memory>

namespace helpcenter::detail {

std::string trim_to_sentences(std::string_view text, std::size_t max_bytes, const std::string& language) {
    if (text.size() <= max_bytes) return std::string(text);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> iter(
        icu::BreakIterator::createSentenceInstance(icu::Locale(language.c_str()), status));
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    std::size_t cut = 0;
    if (U_SUCCESS(status) && iter) {
        iter->setText(utext, status);
        for (int32_t end = iter->next(); end != icu::BreakIterator::DONE; end = iter->next()) {
            if (static_cast<std::size_t>(end) > max_bytes) break;
            cut = static_cast<std::size_t>(end);
        }
        icu::UnicodeString empty;
        iter->setText(empty);
    }
    utext_close(utext);
    if (cut == 0) {
        // One very long sentence: cut at a character boundary and say so.
        cut = max_bytes;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut;
        return std::string(trim(text.substr(0, cut))) + "…";
    }
    return std::string(trim(text.substr(0, cut)));
}

}  // namespace helpcenter::detail
