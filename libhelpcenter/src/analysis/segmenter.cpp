// Word segmentation with ICU's break iterator.
#include "analysis/segmenter.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <map>
#include <memory>

namespace helpcenter::detail {
namespace {

// Break iterators are not safe for concurrent use, and costly to create: one per thread and language.
icu::BreakIterator* word_iterator(const std::string& language) {
    thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>> cache;
    auto it = cache.find(language);
    if (it == cache.end()) {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> iter(
            icu::BreakIterator::createWordInstance(icu::Locale(language.c_str()), status));
        if (U_FAILURE(status)) iter.reset();
        it = cache.emplace(language, std::move(iter)).first;
    }
    return it->second.get();
}

}  // namespace

std::vector<Segment> segment_words(std::string_view text, const std::string& language) {
    std::vector<Segment> segments;
    icu::BreakIterator* iter = word_iterator(language);
    if (iter == nullptr || text.empty()) return segments;

    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status)) return segments;
    iter->setText(utext, status);
    if (U_SUCCESS(status)) {
        int32_t start = iter->first();
        for (int32_t end = iter->next(); end != icu::BreakIterator::DONE; start = end, end = iter->next()) {
            const int32_t rule = iter->getRuleStatus();
            if (rule < UBRK_WORD_NONE_LIMIT) continue;  // spaces and punctuation
            Segment seg;
            // With a UTF-8 UText the iterator's indices are byte offsets.
            seg.begin = static_cast<std::size_t>(start);
            seg.end = static_cast<std::size_t>(end);
            if (rule < UBRK_WORD_NUMBER_LIMIT)
                seg.kind = Segment::Kind::number;
            else if (rule >= UBRK_WORD_KANA && rule < UBRK_WORD_IDEO_LIMIT)
                seg.kind = Segment::Kind::ideographic;
            else
                seg.kind = Segment::Kind::letters;
            segments.push_back(seg);
        }
    }
    // Detach the iterator from the text before it goes away.
    icu::UnicodeString empty;
    iter->setText(empty);
    utext_close(utext);
    return segments;
}

}  // namespace helpcenter::detail
