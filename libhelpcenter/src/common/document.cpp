// Document types and keys.
#include <helpcenter/document.hpp>

namespace helpcenter {

std::string_view to_string(DocType type) noexcept {
    switch (type) {
        case DocType::article:
            return "article";
        case DocType::script:
            return "script";
        case DocType::brochure:
            return "brochure";
    }
    return "article";
}

std::optional<DocType> parse_doc_type(std::string_view name) noexcept {
    if (name == "article") return DocType::article;
    if (name == "script") return DocType::script;
    if (name == "brochure") return DocType::brochure;
    return std::nullopt;
}

std::string Document::key() const {
    return lang + "/" + std::string(to_string(type)) + "/" + id;
}

}  // namespace helpcenter
