// Turns the plain text of pages (as a PDF text extractor lays them out) into titled passages.
#pragma once

#include <helpcenter/document.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace helpcenter::detail {

// Passages of about kMinPassageWords to kMaxPassageWords words: a section under a heading longer
// than the maximum is split at paragraph boundaries, and one shorter than the minimum joins the
// passage before it (short "headings" are often a misread line, not a section).
inline constexpr std::size_t kMinPassageWords = 50;
inline constexpr std::size_t kMaxPassageWords = 400;

// Splits `pages` (page 1 first, lines as the extractor printed them, indentation kept) into
// passages. A heading is a short line (at most 12 words) that starts a paragraph, does not end
// with a period or other sentence-internal punctuation, and is followed by text. List items
// ("•", "-", "1.") become "- " / "1. " lines. Page-number lines at the top or foot of a page are
// dropped, and so are the first lines of page 1 when they spell one of `titles`. Each passage
// records the page it starts on (1-based) and the line on that page.
std::vector<Passage> split_pages(const std::vector<std::string>& pages, const std::vector<std::string>& titles);

// A title read from the top of page 1 for files without one: the first paragraph when it is a
// heading-like line or two (at most 20 words, no final period); empty when there is none.
std::string title_from_pages(const std::vector<std::string>& pages);

}  // namespace helpcenter::detail
