// load_source: picks the loader for a source file by its extension, reads it within the size limit
// and turns any failure into a diagnostic.
#include "common/utf8.hpp"
#include "corpus/tsv.hpp"
#include "sources/loaders.hpp"

#include <helpcenter/corpus.hpp>
#include <helpcenter/sources.hpp>

#include <new>

namespace helpcenter {
namespace fs = std::filesystem;

namespace {

// Brochures with pictures run to tens of megabytes; a text page is a few kilobytes, so 8 MiB of
// text is a wrong file, not content.
constexpr std::size_t kMaxPdfBytes = 64u << 20;
constexpr std::size_t kMaxTextBytes = 8u << 20;

enum class Format { markdown, pdf, html, script, jsonl };

std::optional<Format> format_of(const fs::path& path) {
    const std::string ext = detail::ascii_lower(path.extension().string());
    if (ext == ".md") return Format::markdown;
    if (ext == ".pdf") return Format::pdf;
    if (ext == ".html" || ext == ".htm") return Format::html;
    if (ext == ".txt") return Format::script;
    if (ext == ".jsonl") return Format::jsonl;
    return std::nullopt;
}

// The path messages use: relative to the root when the file is below it, else as given.
std::string relative_name(const fs::path& root, const fs::path& file) {
    std::error_code ec;
    fs::path rel = fs::relative(file, root, ec);
    if (ec || rel.empty()) rel = file.lexically_relative(root);
    if (rel.empty() || *rel.begin() == "..") return file.generic_string();
    return rel.generic_string();
}

std::vector<Document> load(Format format, const detail::SourceFile& file, std::vector<Diagnostic>& diagnostics) {
    switch (format) {
        case Format::markdown: {
            std::vector<Document> docs;
            if (auto doc = parse_document(file.bytes, file.rel, diagnostics)) docs.push_back(std::move(*doc));
            return docs;
        }
        case Format::pdf:
            return detail::load_pdf_source(file, diagnostics);
        case Format::html:
            return detail::load_html_source(file, diagnostics);
        case Format::script:
            return detail::load_script_source(file, diagnostics);
        case Format::jsonl:
            return detail::load_jsonl_source(file, diagnostics);
    }
    return {};
}

}  // namespace

bool is_source_file(const fs::path& path) {
    return format_of(path).has_value();
}

std::vector<Document> load_source(const fs::path& root, const fs::path& file, std::vector<Diagnostic>& diagnostics) {
    const std::string rel = relative_name(root, file);
    const auto error = [&](std::string message) {
        diagnostics.push_back({Diagnostic::Severity::error, rel, 0, std::move(message)});
    };
    const auto format = format_of(file);
    if (!format) {
        error("not a supported source format (expected .md, .pdf, .html, .htm, .txt or .jsonl)");
        return {};
    }
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) {
        error("not a file");
        return {};
    }
    std::string bytes, io_error;
    if (!detail::read_file(file.string(), *format == Format::pdf ? kMaxPdfBytes : kMaxTextBytes, bytes, io_error)) {
        error(io_error);
        return {};
    }
    if (bytes.empty()) {
        error("empty file");
        return {};
    }
    // The loaders report bad input as diagnostics; an exception here is a library failure on
    // strange input (out of memory, a parser's own error), and still must not escape.
    try {
        return load(*format, detail::SourceFile{file, rel, bytes}, diagnostics);
    } catch (const std::bad_alloc&) {
        error("out of memory while loading the file");
    } catch (const std::exception& e) {
        error(std::string("cannot load the file: ") + e.what());
    } catch (...) {
        error("cannot load the file");
    }
    return {};
}

}  // namespace helpcenter
