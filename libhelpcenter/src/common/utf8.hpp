// Small UTF-8 helpers shared by the loader and the analyzer.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace helpcenter::detail {

// Byte offset of the first invalid UTF-8 sequence (or NUL byte), or npos when `text` is clean.
std::size_t find_invalid_utf8(std::string_view text) noexcept;

// 1-based line number of byte `offset` in `text`.
int line_of_offset(std::string_view text, std::size_t offset) noexcept;

// `text` with every invalid UTF-8 sequence replaced by U+FFFD.
std::string sanitize_utf8(std::string_view text);

// The non-empty lines of `text`.
std::vector<std::string> split_lines(std::string_view text);

// ICU script code (UScriptCode) of the first character of `word`; USCRIPT_COMMON (0) when empty.
int first_script(std::string_view word) noexcept;

// Lowercase ASCII copy (language tags, keys).
std::string ascii_lower(std::string_view text);

// `text` without leading and trailing ASCII white space.
std::string_view trim(std::string_view text) noexcept;

}  // namespace helpcenter::detail
