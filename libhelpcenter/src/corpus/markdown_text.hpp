// Turns the light Markdown of corpus passages into plain text for indexing and display.
#pragma once

#include <string>
#include <string_view>

namespace helpcenter::detail {

// Drops emphasis markers, code ticks and heading marks, turns [text](url) into "text", keeps
// line structure (paragraphs and "- " list items) so the text still reads well.
std::string markdown_to_text(std::string_view markdown);

}  // namespace helpcenter::detail
