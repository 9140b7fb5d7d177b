// Splits a Markdown body into passages at `## ` headings.
#include "corpus/passages.hpp"

#include "common/utf8.hpp"

namespace helpcenter::detail {

std::vector<Passage> split_passages(std::string_view body, int first_line) {
    std::vector<Passage> passages;
    Passage current;
    current.line = first_line;
    bool in_fence = false;
    int line_no = first_line;
    std::size_t pos = 0;
    while (pos <= body.size()) {
        std::size_t end = body.find('\n', pos);
        if (end == std::string_view::npos) end = body.size();
        std::string_view line = body.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        const std::string_view stripped = trim(line);
        if (stripped.starts_with("```") || stripped.starts_with("~~~")) in_fence = !in_fence;
        if (!in_fence && line.starts_with("## ")) {
            if (!trim(current.text).empty() || !current.heading.empty()) passages.push_back(std::move(current));
            current = Passage{};
            current.heading = std::string(trim(line.substr(3)));
            current.line = line_no;
        } else {
            current.text.append(line);
            current.text.push_back('\n');
        }
        if (end == body.size()) break;
        pos = end + 1;
        ++line_no;
    }
    if (!trim(current.text).empty() || !current.heading.empty()) passages.push_back(std::move(current));
    for (auto& p : passages)
        p.text = std::string(trim(p.text));
    return passages;
}

}  // namespace helpcenter::detail
