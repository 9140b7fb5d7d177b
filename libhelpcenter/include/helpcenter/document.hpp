// The corpus model: a document (article, phone script or brochure) split into passages.
#pragma once

#include <helpcenter/export.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace helpcenter {

enum class DocType { article = 1, script = 2, brochure = 4 };

HC_API std::string_view to_string(DocType type) noexcept;
HC_API std::optional<DocType> parse_doc_type(std::string_view name) noexcept;

// One retrievable unit: the lead text of a document or one `##` section of it.
struct Passage {
    std::string heading;  // the section heading; empty for the lead passage
    std::string text;     // the section's Markdown text, without the heading line
    int line = 0;         // 1-based line of the heading (or of the first body line) in the source
    int page = 0;         // page number for sources with pages (PDF); 0 when there are none
};

struct Document {
    std::string id;
    std::string lang;  // BCP 47 tag, as written in the front matter
    DocType type = DocType::article;
    std::string title;
    std::string summary;
    std::vector<std::string> questions;  // alternate phrasings a person might ask
    std::vector<std::string> forms;      // form numbers as printed, e.g. "I-90"
    std::vector<std::string> audience;
    std::vector<std::string> topics;  // topic ids covered; defaults to {id} for articles and scripts
    std::string updated;              // YYYY-MM-DD or empty
    std::string url;
    std::vector<Passage> passages;
    std::string source_path;  // where it was loaded from, for messages

    // "lang/type/id": unique within a corpus.
    std::string key() const;
};

}  // namespace helpcenter
