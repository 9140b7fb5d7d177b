// Markdown to plain text.
#include "corpus/markdown_text.hpp"

#include "common/utf8.hpp"

namespace helpcenter::detail {
namespace {

std::string inline_text(std::string_view line) {
    std::string out;
    out.reserve(line.size());
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '*' || c == '`' || (c == '_' && i + 1 < line.size() && line[i + 1] == '_')) {
            if (c == '_') ++i;
            continue;
        }
        if (c == '[') {
            // [text](url) -> text
            const std::size_t close = line.find("](", i);
            const std::size_t end = close == std::string_view::npos ? close : line.find(')', close);
            if (close != std::string_view::npos && end != std::string_view::npos && line.find('\n', i) > end) {
                out.append(line.substr(i + 1, close - i - 1));
                i = end;
                continue;
            }
        }
        out.push_back(c);
    }
    return out;
}

}  // namespace

std::string markdown_to_text(std::string_view markdown) {
    std::string out;
    std::size_t pos = 0;
    while (pos <= markdown.size()) {
        std::size_t end = markdown.find('\n', pos);
        if (end == std::string_view::npos) end = markdown.size();
        std::string_view line = markdown.substr(pos, end - pos);
        std::string_view content = trim(line);
        if (content.starts_with("```") || content.starts_with("~~~") || content == "---") content = {};
        while (content.starts_with('#'))
            content.remove_prefix(1);
        if (content.starts_with("> ")) content.remove_prefix(2);
        if (content.starts_with("* ") || content.starts_with("+ ")) {
            out += "- ";
            content.remove_prefix(2);
        }
        out += inline_text(trim(content));
        out.push_back('\n');
        if (end == markdown.size()) break;
        pos = end + 1;
    }
    // Collapse runs of blank lines.
    std::string collapsed;
    int newlines = 0;
    for (char c : out) {
        newlines = c == '\n' ? newlines + 1 : 0;
        if (newlines <= 2) collapsed.push_back(c);
    }
    return std::string(trim(collapsed));
}

}  // namespace helpcenter::detail
