// Loads a phone-script export (.txt): "KEY: value" header lines, a blank line, then a body whose
// sections start at "== Heading ==" lines (the format is in docs/source-formats.md).
#include "common/utf8.hpp"
#include "sources/loaders.hpp"
#include "sources/metadata.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace helpcenter::detail {
namespace {

// Header names as the phone system writes them, and the front matter key each one fills.
constexpr std::array<std::pair<std::string_view, std::string_view>, 11> kHeaderKeys = {{
    {"ID", "id"},
    {"LANG", "lang"},
    {"TYPE", "type"},
    {"TITLE", "title"},
    {"SUMMARY", "summary"},
    {"QUESTION", "questions"},
    {"FORMS", "forms"},
    {"AUDIENCE", "audience"},
    {"TOPICS", "topics"},
    {"UPDATED", "updated"},
    {"URL", "url"},
}};

std::vector<std::string> split_commas(std::string_view value) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= value.size(); ++i) {
        if (i == value.size() || value[i] == ',') {
            if (auto item = trim(value.substr(start, i - start)); !item.empty()) out.emplace_back(item);
            start = i + 1;
        }
    }
    return out;
}

// "== Heading ==" (any number of '=' of at least two on each side): the heading, else nullopt.
std::optional<std::string> section_heading(std::string_view line) {
    line = trim(line);
    if (line.size() < 5 || !line.starts_with("==") || !line.ends_with("==")) return std::nullopt;
    while (!line.empty() && line.front() == '=')
        line.remove_prefix(1);
    while (!line.empty() && line.back() == '=')
        line.remove_suffix(1);
    return std::string(trim(line));
}

}  // namespace

std::vector<Document> load_script_source(const SourceFile& file, std::vector<Diagnostic>& diagnostics) {
    bool failed = false;
    const auto report = [&](Diagnostic::Severity severity, int line, std::string message) {
        diagnostics.push_back({severity, file.rel, line, std::move(message)});
        if (severity == Diagnostic::Severity::error) failed = true;
    };
    if (!check_text_encoding(file.bytes, file.rel, diagnostics)) return {};
    std::string_view text = file.bytes;
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // byte order mark

    // Split into lines once; both parts are read line by line.
    std::vector<std::string_view> lines;
    for (std::size_t pos = 0; pos <= text.size();) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        pos = end + 1;
    }

    Metadata meta;
    std::vector<std::string> questions;
    int questions_line = 0;
    std::size_t i = 0;
    while (i < lines.size() && trim(lines[i]).empty())
        ++i;  // blank lines before the header
    for (; i < lines.size() && !trim(lines[i]).empty(); ++i) {
        const int line_no = static_cast<int>(i) + 1;
        const std::string_view line = lines[i];
        const auto colon = line.find(':');
        const std::string name = colon == std::string_view::npos ? "" : ascii_lower(trim(line.substr(0, colon)));
        const auto key = std::find_if(kHeaderKeys.begin(), kHeaderKeys.end(),
                                      [&](const auto& k) { return ascii_lower(k.first) == name; });
        if (colon == std::string_view::npos || name.empty() || name.find(' ') != std::string::npos) {
            report(Diagnostic::Severity::error, line_no,
                   "expected a header line 'KEY: value' (the header ends at the first blank line)");
            continue;
        }
        if (key == kHeaderKeys.end()) {
            report(Diagnostic::Severity::error, line_no,
                   "unknown header '" + std::string(trim(line.substr(0, colon))) + "'");
            continue;
        }
        const std::string value(trim(line.substr(colon + 1)));
        const Origin origin{file.rel, line_no};
        if (key->second == "questions") {
            if (questions.empty()) questions_line = line_no;
            if (!value.empty()) questions.push_back(value);
            continue;
        }
        if (meta.origins.contains(key->second)) {
            report(Diagnostic::Severity::error, line_no, "header '" + std::string(key->first) + "' given twice");
            continue;
        }
        if (is_list_key(key->second))
            meta.set(key->second, split_commas(value), origin);
        else
            meta.set(key->second, value, origin);
    }
    if (!questions.empty()) meta.set("questions", std::move(questions), Origin{file.rel, questions_line});
    if (meta.origins.empty()) {
        // Not a phone script at all: one message, not one per missing key.
        if (!failed)
            report(Diagnostic::Severity::error, 1,
                   "missing header: a script starts with 'ID:', 'LANG:', 'TITLE:' lines");
        return {};
    }
    if (meta.type && *meta.type != "script") {
        report(Diagnostic::Severity::error, meta.origins["type"].line,
               "'TYPE' of a phone-script file must be script, not '" + *meta.type + "'");
    }
    meta.set("type", std::string("script"), Origin{file.rel, 1});

    // The folder is checked only where the corpus layout puts scripts: <lang>/scripts/<id>.txt.
    const PathFacts facts = path_facts(file.rel);
    FinishOptions options;
    options.upper_case_keys = true;
    options.check_folder = facts.type == DocType::script;
    auto doc = finish_metadata(meta, facts, Origin{file.rel, 1}, options, diagnostics);
    if (!doc || failed) return {};
    doc->source_path = file.rel;

    // The body: the lead passage, then one passage per "== Heading ==" section.
    const int body_first_line = static_cast<int>(i) + 2;
    Passage current;
    current.line = body_first_line;
    const auto end_passage = [&] {
        current.text = std::string(trim(current.text));
        if (!current.text.empty() || !current.heading.empty()) doc->passages.push_back(std::move(current));
        current = Passage{};
    };
    for (++i; i < lines.size(); ++i) {
        const int line_no = static_cast<int>(i) + 1;
        if (auto heading = section_heading(lines[i])) {
            end_passage();
            current.heading = std::move(*heading);
            current.line = line_no;
            if (current.heading.empty()) report(Diagnostic::Severity::warning, line_no, "empty section heading");
            continue;
        }
        if (trim(lines[i]).starts_with("==")) {
            report(Diagnostic::Severity::warning, line_no,
                   "a line starting with '==' is not a heading unless it also ends with '==': kept as text");
        }
        if (current.text.empty() && trim(lines[i]).empty()) continue;
        if (current.text.empty() && current.heading.empty()) current.line = line_no;
        current.text.append(lines[i]);
        current.text.push_back('\n');
    }
    end_passage();
    for (const auto& passage : doc->passages) {
        if (!passage.heading.empty() && passage.text.empty()) {
            report(Diagnostic::Severity::warning, passage.line, "empty section '" + passage.heading + "'");
        }
    }
    if (doc->passages.empty()) report(Diagnostic::Severity::warning, body_first_line, "the script has no text");

    std::vector<Document> docs;
    docs.push_back(std::move(*doc));
    return docs;
}

}  // namespace helpcenter::detail
