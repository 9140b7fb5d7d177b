// Parses one corpus file: YAML front matter (yaml-cpp) and a Markdown body split into passages.
#include "common/utf8.hpp"
#include "corpus/passages.hpp"

#include <helpcenter/corpus.hpp>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <regex>
#include <set>

namespace helpcenter {
namespace {

using detail::ascii_lower;
using detail::trim;

constexpr std::array kAllowedKeys = {"id",    "lang",     "type",   "title",   "summary", "questions",
                                     "forms", "audience", "topics", "updated", "url"};

struct Reporter {
    const std::string& path;
    std::vector<Diagnostic>& out;
    bool failed = false;

    void error(int line, std::string message) {
        out.push_back({Diagnostic::Severity::error, path, line, std::move(message)});
        failed = true;
    }
    void warning(int line, std::string message) {
        out.push_back({Diagnostic::Severity::warning, path, line, std::move(message)});
    }
};

// Where a document must live, derived from its path: language folder and type.
struct PathFacts {
    std::string lang;
    std::optional<DocType> type;
    std::string stem;  // file name without .md
};

PathFacts facts_from_path(const std::string& path) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= path.size(); ++i) {
        if (i == path.size() || path[i] == '/') {
            if (i > start) parts.push_back(path.substr(start, i - start));
            start = i + 1;
        }
    }
    PathFacts facts;
    if (parts.empty()) return facts;
    std::string file = parts.back();
    if (file.size() > 3 && file.ends_with(".md")) file.resize(file.size() - 3);
    facts.stem = file;
    if (parts.size() == 2) {
        facts.lang = parts[0];
        facts.type = DocType::article;
    } else if (parts.size() == 3 && parts[1] == "scripts") {
        facts.lang = parts[0];
        facts.type = DocType::script;
    } else if (parts.size() == 3 && parts[1] == "brochures") {
        facts.lang = parts[0];
        facts.type = DocType::brochure;
    }
    return facts;
}

bool valid_id(std::string_view id) {
    if (id.empty()) return false;
    return std::all_of(id.begin(), id.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'; });
}

// Reads a scalar or a list of scalars into `out`; reports anything else.
void read_string_list(const YAML::Node& node, const char* key, int line_offset, Reporter& report,
                      std::vector<std::string>& out) {
    const int line = line_offset + node.Mark().line;
    if (node.IsNull()) return;
    if (node.IsScalar()) {
        out.push_back(node.as<std::string>());
        return;
    }
    if (!node.IsSequence()) {
        report.error(line, std::string("'") + key + "' must be a list of strings");
        return;
    }
    for (const auto& item : node) {
        if (!item.IsScalar()) {
            report.error(line_offset + item.Mark().line, std::string("'") + key + "' must contain only strings");
            continue;
        }
        std::string value(trim(item.as<std::string>()));
        if (!value.empty()) out.push_back(std::move(value));
    }
}

bool read_scalar(const YAML::Node& node, const char* key, int line_offset, Reporter& report, std::string& out) {
    if (node.IsNull()) {
        out.clear();
        return true;
    }
    if (!node.IsScalar()) {
        report.error(line_offset + node.Mark().line, std::string("'") + key + "' must be a single value");
        return false;
    }
    out = std::string(trim(node.as<std::string>()));
    return true;
}

bool valid_date(const std::string& s) {
    static const std::regex date(R"(\d{4}-\d{2}-\d{2})");
    if (!std::regex_match(s, date)) return false;
    const int month = std::stoi(s.substr(5, 2));
    const int day = std::stoi(s.substr(8, 2));
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace

std::optional<Document> parse_document(std::string_view text, const std::string& path,
                                       std::vector<Diagnostic>& diagnostics) {
    Reporter report{path, diagnostics};

    if (const auto bad = detail::find_invalid_utf8(text); bad != std::string_view::npos) {
        report.error(detail::line_of_offset(text, bad),
                     text[bad] == '\0' ? "file contains a NUL byte (binary data?)" : "invalid UTF-8");
        return std::nullopt;
    }
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // byte order mark

    if (!(text.starts_with("---\n") || text.starts_with("---\r\n"))) {
        report.error(1, "missing front matter: the file must start with a line '---'");
        return std::nullopt;
    }
    // Find the closing '---' line.
    std::size_t fm_start = text.find('\n') + 1;
    std::size_t pos = fm_start;
    std::size_t fm_end = std::string_view::npos, body_start = text.size();
    int closing_line = 1;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        ++closing_line;
        std::string_view line = text.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line == "---") {
            fm_end = pos;
            body_start = std::min(end + 1, text.size());
            break;
        }
        pos = end + 1;
    }
    if (fm_end == std::string_view::npos) {
        report.error(1, "front matter is not closed: add a line '---' after it");
        return std::nullopt;
    }

    // yaml-cpp lines are 0-based from the start of the front matter, which is line 2 of the file.
    constexpr int kLineOffset = 2;
    YAML::Node root;
    try {
        root = YAML::Load(std::string(text.substr(fm_start, fm_end - fm_start)));
    } catch (const YAML::Exception& e) {
        report.error(kLineOffset + e.mark.line, "front matter is not valid YAML: " + e.msg);
        return std::nullopt;
    }
    if (!root.IsMap()) {
        report.error(kLineOffset, "front matter must be a set of 'key: value' lines");
        return std::nullopt;
    }

    Document doc;
    doc.source_path = path;
    std::set<std::string> seen;
    std::string type_name;
    for (const auto& entry : root) {
        const int line = kLineOffset + entry.first.Mark().line;
        const std::string key = entry.first.as<std::string>();
        if (std::find(kAllowedKeys.begin(), kAllowedKeys.end(), key) == kAllowedKeys.end()) {
            report.error(line, "unknown front matter key '" + key + "'");
            continue;
        }
        seen.insert(key);
        const YAML::Node& value = entry.second;
        if (key == "id")
            read_scalar(value, "id", kLineOffset, report, doc.id);
        else if (key == "lang")
            read_scalar(value, "lang", kLineOffset, report, doc.lang);
        else if (key == "type")
            read_scalar(value, "type", kLineOffset, report, type_name);
        else if (key == "title")
            read_scalar(value, "title", kLineOffset, report, doc.title);
        else if (key == "summary")
            read_scalar(value, "summary", kLineOffset, report, doc.summary);
        else if (key == "url")
            read_scalar(value, "url", kLineOffset, report, doc.url);
        else if (key == "questions")
            read_string_list(value, "questions", kLineOffset, report, doc.questions);
        else if (key == "forms")
            read_string_list(value, "forms", kLineOffset, report, doc.forms);
        else if (key == "audience")
            read_string_list(value, "audience", kLineOffset, report, doc.audience);
        else if (key == "topics")
            read_string_list(value, "topics", kLineOffset, report, doc.topics);
        else if (key == "updated") {
            if (read_scalar(value, "updated", kLineOffset, report, doc.updated) && !doc.updated.empty() &&
                !valid_date(doc.updated)) {
                report.error(line, "'updated' must be a date written YYYY-MM-DD, not '" + doc.updated + "'");
            }
        }
    }
    for (const char* required : {"id", "lang", "type", "title"}) {
        if (!seen.contains(required)) report.error(kLineOffset, std::string("missing required key '") + required + "'");
    }
    if (seen.contains("id") && !valid_id(doc.id)) {
        report.error(kLineOffset, "'id' must be lowercase letters, digits and '-', not '" + doc.id + "'");
    }
    if (seen.contains("type")) {
        if (auto type = parse_doc_type(type_name))
            doc.type = *type;
        else
            report.error(kLineOffset, "'type' must be article, script or brochure, not '" + type_name + "'");
    }
    if (seen.contains("title") && doc.title.empty()) report.warning(kLineOffset, "empty title");

    const PathFacts facts = facts_from_path(path);
    if (seen.contains("lang") && !facts.lang.empty() && ascii_lower(facts.lang) != ascii_lower(doc.lang)) {
        report.error(kLineOffset, "lang '" + doc.lang + "' does not match the folder '" + facts.lang + "'");
    }
    if (facts.type && seen.contains("type") && parse_doc_type(type_name) && *facts.type != doc.type) {
        report.error(kLineOffset, "type '" + type_name + "' does not match the folder (expected '" +
                                      std::string(to_string(*facts.type)) + "')");
    }
    if (!facts.stem.empty() && seen.contains("id") && facts.stem != doc.id) {
        report.warning(kLineOffset, "file name '" + facts.stem + ".md' differs from id '" + doc.id + "'");
    }
    if (report.failed) return std::nullopt;

    doc.lang = ascii_lower(doc.lang);
    if (doc.topics.empty() && doc.type != DocType::brochure) doc.topics.push_back(doc.id);
    doc.passages = detail::split_passages(text.substr(body_start), closing_line + 1);
    for (const auto& passage : doc.passages) {
        if (!passage.heading.empty() && passage.text.empty()) {
            report.warning(passage.line, "empty section '" + passage.heading + "'");
        }
    }
    if (doc.passages.empty()) report.warning(closing_line, "the document has no text");
    return doc;
}

}  // namespace helpcenter
