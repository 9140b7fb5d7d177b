// Merges and checks the metadata the source loaders gather, with the same rules as front matter.
#include "sources/metadata.hpp"

#include "common/utf8.hpp"

#include <algorithm>
#include <array>
#include <regex>

namespace helpcenter::detail {
namespace {

constexpr std::array<std::string_view, 11> kKeys = {"id",    "lang",     "type",   "title",   "summary", "questions",
                                                    "forms", "audience", "topics", "updated", "url"};
constexpr std::array<std::string_view, 4> kListKeys = {"questions", "forms", "audience", "topics"};

// The member holding `key`, const or not as `m` is; null when `key` is not of that kind.
template <typename M>
auto scalar_field(M& m, std::string_view key) -> decltype(&m.id) {
    if (key == "id") return &m.id;
    if (key == "lang") return &m.lang;
    if (key == "type") return &m.type;
    if (key == "title") return &m.title;
    if (key == "summary") return &m.summary;
    if (key == "updated") return &m.updated;
    if (key == "url") return &m.url;
    return nullptr;
}

template <typename M>
auto list_field(M& m, std::string_view key) -> decltype(&m.forms) {
    if (key == "questions") return &m.questions;
    if (key == "forms") return &m.forms;
    if (key == "audience") return &m.audience;
    if (key == "topics") return &m.topics;
    return nullptr;
}

// Same rule as the Markdown parser: lowercase letters, digits, '-' (and '_', which it tolerates).
bool valid_id(std::string_view id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

bool valid_date(const std::string& s) {
    static const std::regex date(R"(\d{4}-\d{2}-\d{2})");
    if (!std::regex_match(s, date)) return false;
    const int month = std::stoi(s.substr(5, 2));
    const int day = std::stoi(s.substr(8, 2));
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// A BCP 47 tag as folders spell them: a 2–3 letter language, then optional subtags (pt-BR, zh-Hant).
bool looks_like_language_tag(std::string_view s) {
    static const std::regex tag(R"([A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*)");
    return std::regex_match(s.begin(), s.end(), tag);
}

}  // namespace

bool is_metadata_key(std::string_view key) {
    return std::find(kKeys.begin(), kKeys.end(), key) != kKeys.end();
}

bool is_list_key(std::string_view key) {
    return std::find(kListKeys.begin(), kListKeys.end(), key) != kListKeys.end();
}

bool Metadata::set(std::string_view key, std::string value, Origin origin) {
    if (auto* field = scalar_field(*this, key)) {
        *field = std::move(value);
    } else if (auto* list = list_field(*this, key)) {
        // A single value where a list is expected is a list of one, as in front matter.
        *list = std::vector<std::string>{};
        if (!value.empty()) (*list)->push_back(std::move(value));
    } else {
        return false;
    }
    origins[std::string(key)] = std::move(origin);
    return true;
}

bool Metadata::set(std::string_view key, std::vector<std::string> values, Origin origin) {
    auto* list = list_field(*this, key);
    if (!list) return false;
    *list = std::move(values);
    origins[std::string(key)] = std::move(origin);
    return true;
}

void Metadata::merge(const Metadata& over) {
    for (const auto& key : kKeys) {
        auto* mine = scalar_field(*this, key);
        auto* theirs = scalar_field(over, key);
        auto* my_list = list_field(*this, key);
        auto* their_list = list_field(over, key);
        const bool taken = (theirs && theirs->has_value()) || (their_list && their_list->has_value());
        if (!taken) continue;
        if (mine) *mine = *theirs;
        if (my_list) *my_list = *their_list;
        if (auto it = over.origins.find(key); it != over.origins.end()) origins[std::string(key)] = it->second;
    }
}

PathFacts path_facts(std::string_view relative_path) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= relative_path.size(); ++i) {
        if (i == relative_path.size() || relative_path[i] == '/') {
            if (i > start) parts.emplace_back(relative_path.substr(start, i - start));
            start = i + 1;
        }
    }
    PathFacts facts;
    if (parts.empty()) return facts;
    const std::string& file = parts.back();
    const auto dot = file.rfind('.');
    facts.stem = dot == std::string::npos || dot == 0 ? file : file.substr(0, dot);
    parts.pop_back();
    if (parts.empty()) return facts;

    std::size_t lang_index = parts.size() - 1;
    if (parts.back() == "scripts" || parts.back() == "brochures") {
        facts.type = parts.back() == "scripts" ? DocType::script : DocType::brochure;
        if (parts.size() < 2) return facts;
        lang_index = parts.size() - 2;
    } else {
        facts.type = DocType::article;
    }
    if (looks_like_language_tag(parts[lang_index])) {
        facts.lang = parts[lang_index];
    } else {
        facts.type.reset();  // not in the corpus layout: the folder says nothing
    }
    return facts;
}

std::optional<Document> finish_metadata(const Metadata& meta, const PathFacts& facts, const Origin& fallback,
                                        const FinishOptions& options, std::vector<Diagnostic>& diagnostics) {
    bool failed = false;
    const auto where = [&](std::string_view key) -> Origin {
        const auto it = meta.origins.find(key);
        return it == meta.origins.end() ? fallback : it->second;
    };
    const auto name = [&](std::string_view key) {
        std::string written(key);
        if (options.upper_case_keys) {
            for (char& c : written)
                c = static_cast<char>(c - 'a' + 'A');  // keys are plain lowercase ASCII
        }
        return "'" + written + "'";
    };
    const auto error = [&](std::string_view key, std::string message) {
        const Origin o = where(key);
        diagnostics.push_back({Diagnostic::Severity::error, o.file, o.line, std::move(message)});
        failed = true;
    };
    const auto warning = [&](std::string_view key, std::string message) {
        const Origin o = where(key);
        diagnostics.push_back({Diagnostic::Severity::warning, o.file, o.line, std::move(message)});
    };

    for (std::string_view key : {"id", "lang", "type", "title"}) {
        if (!scalar_field(meta, key)->has_value()) {
            error(key, "missing required key " + name(key));
        }
    }
    Document doc;
    if (meta.id && !valid_id(*meta.id)) {
        error("id", name("id") + " must be lowercase letters, digits and '-', not '" + *meta.id + "'");
    }
    std::optional<DocType> type;
    if (meta.type) {
        type = parse_doc_type(*meta.type);
        if (!type) error("type", name("type") + " must be article, script or brochure, not '" + *meta.type + "'");
    }
    if (meta.updated && !meta.updated->empty() && !valid_date(*meta.updated)) {
        error("updated", name("updated") + " must be a date written YYYY-MM-DD, not '" + *meta.updated + "'");
    }
    if (meta.title && meta.title->empty()) warning("title", "empty title");
    if (options.check_folder && meta.lang && !facts.lang.empty() &&
        ascii_lower(facts.lang) != ascii_lower(*meta.lang)) {
        error("lang", "lang '" + *meta.lang + "' does not match the folder '" + facts.lang + "'");
    }
    if (options.check_folder && type && facts.type && *facts.type != *type) {
        error("type", "type '" + *meta.type + "' does not match the folder (expected '" +
                          std::string(to_string(*facts.type)) + "')");
    }
    if (options.check_file_name && meta.id && !facts.stem.empty() && facts.stem != *meta.id) {
        warning("id", "file name '" + facts.stem + "' differs from id '" + *meta.id + "'");
    }
    if (failed) return std::nullopt;

    doc.id = *meta.id;
    doc.lang = ascii_lower(*meta.lang);
    doc.type = *type;
    doc.title = *meta.title;
    doc.summary = meta.summary.value_or("");
    doc.updated = meta.updated.value_or("");
    doc.url = meta.url.value_or("");
    doc.questions = meta.questions.value_or(std::vector<std::string>{});
    doc.forms = meta.forms.value_or(std::vector<std::string>{});
    doc.audience = meta.audience.value_or(std::vector<std::string>{});
    doc.topics = meta.topics.value_or(std::vector<std::string>{});
    if (doc.topics.empty() && doc.type != DocType::brochure) doc.topics.push_back(doc.id);
    return doc;
}

bool check_text_encoding(std::string_view text, const std::string& file, std::vector<Diagnostic>& diagnostics) {
    const auto bad = find_invalid_utf8(text);
    if (bad == std::string_view::npos) return true;
    diagnostics.push_back({Diagnostic::Severity::error, file, line_of_offset(text, bad),
                           text[bad] == '\0' ? "file contains a NUL byte (binary data?)" : "invalid UTF-8"});
    return false;
}

std::size_t count_words(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

}  // namespace helpcenter::detail
