// The Markdown passage splitter shared by the corpus parser and the source loaders (JSONL bodies).
#pragma once

#include <helpcenter/document.hpp>

#include <string_view>
#include <vector>

namespace helpcenter::detail {

// Splits a Markdown body into passages at `## ` headings; the text before the first heading is the
// lead passage (empty heading). Fenced code is not scanned for headings. `first_line` is the
// 1-based line of the body's first line in its file, so passages carry source lines.
std::vector<Passage> split_passages(std::string_view body, int first_line);

}  // namespace helpcenter::detail
