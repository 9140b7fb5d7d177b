// Readers for the corpus's tab-separated files.
#include "corpus/tsv.hpp"

#include "common/utf8.hpp"

#include <fstream>
#include <sstream>

namespace helpcenter::detail {
namespace {

// Calls `row(line_number, fields)` for each non-blank, non-comment line. Stops at invalid UTF-8.
template <typename RowFn>
void for_each_row(std::string_view text, const std::string& path, std::vector<Diagnostic>& diagnostics, RowFn row) {
    if (const auto bad = find_invalid_utf8(text); bad != std::string_view::npos) {
        diagnostics.push_back({Diagnostic::Severity::error, path, line_of_offset(text, bad), "invalid UTF-8"});
        return;
    }
    int line_no = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (trim(line).empty() || trim(line).starts_with('#')) continue;
        std::vector<std::string> fields;
        std::size_t start = 0;
        for (std::size_t i = 0; i <= line.size(); ++i) {
            if (i == line.size() || line[i] == '\t') {
                fields.emplace_back(trim(line.substr(start, i - start)));
                start = i + 1;
            }
        }
        row(line_no, fields);
    }
}

// Rows of exactly two non-empty fields (glossaries, out-of-scope examples); any other row is an
// error saying `expected`.
std::vector<std::pair<std::string, std::string>> parse_pairs(std::string_view text, const std::string& path,
                                                             std::vector<Diagnostic>& diagnostics,
                                                             const char* expected) {
    std::vector<std::pair<std::string, std::string>> pairs;
    for_each_row(text, path, diagnostics, [&](int line, const std::vector<std::string>& f) {
        if (f.size() != 2 || f[0].empty() || f[1].empty()) {
            diagnostics.push_back({Diagnostic::Severity::error, path, line, expected});
            return;
        }
        pairs.emplace_back(f[0], f[1]);
    });
    return pairs;
}

std::vector<std::string> split_spaces(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string word; in >> word;)
        out.push_back(word);
    return out;
}

}  // namespace

std::vector<Topic> parse_topics(std::string_view text, const std::string& path, std::vector<Diagnostic>& diagnostics) {
    std::vector<Topic> topics;
    for_each_row(text, path, diagnostics, [&](int line, const std::vector<std::string>& f) {
        if (f.size() < 2 || f[0].empty() || f[1].empty()) {
            diagnostics.push_back(
                {Diagnostic::Severity::error, path, line, "expected id<TAB>languages<TAB>forms<TAB>scope"});
            return;
        }
        Topic topic;
        topic.id = f[0];
        for (const auto& lang : split_spaces(f[1])) {
            if (lang == "all") {
                for (const auto& l : corpus_languages())
                    topic.languages.push_back(l);
            } else {
                topic.languages.push_back(ascii_lower(lang));
            }
        }
        if (f.size() > 2) topic.forms = split_spaces(f[2]);
        if (f.size() > 3) topic.scope = f[3];
        topics.push_back(std::move(topic));
    });
    return topics;
}

SynonymGroups parse_synonyms(std::string_view text, const std::string& path, std::vector<Diagnostic>& diagnostics) {
    SynonymGroups groups;
    for_each_row(text, path, diagnostics, [&](int line, const std::vector<std::string>& f) {
        std::vector<std::string> group;
        for (const auto& term : f) {
            if (!term.empty()) group.push_back(term);
        }
        if (group.size() < 2) {
            diagnostics.push_back({Diagnostic::Severity::error, path, line,
                                   "a synonym group needs at least two expressions separated by tabs"});
            return;
        }
        groups.push_back(std::move(group));
    });
    return groups;
}

Glossary parse_glossary(std::string_view text, const std::string& path, std::vector<Diagnostic>& diagnostics) {
    return parse_pairs(text, path, diagnostics, "expected term<TAB>english");
}

OutOfScope parse_out_of_scope(std::string_view text, const std::string& path, std::vector<Diagnostic>& diagnostics) {
    return parse_pairs(text, path, diagnostics, "expected kind<TAB>question");
}

bool read_file(const std::string& path, std::size_t max_bytes, std::string& out, std::string& error) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) {
        error = "cannot open file";
        return false;
    }
    const auto size = static_cast<std::size_t>(in.tellg());
    if (size > max_bytes) {
        error =
            "file is too large (" + std::to_string(size) + " bytes; the limit is " + std::to_string(max_bytes) + ")";
        return false;
    }
    out.resize(size);
    in.seekg(0);
    if (!in.read(out.data(), static_cast<std::streamsize>(size))) {
        error = "cannot read file";
        return false;
    }
    return true;
}

}  // namespace helpcenter::detail
