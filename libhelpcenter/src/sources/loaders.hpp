// The per-format source loaders behind load_source; each gets the file already read and size-checked.
#pragma once

#include <helpcenter/document.hpp>
#include <helpcenter/error.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace helpcenter::detail {

// One source file: where it is, how messages name it, and its bytes.
struct SourceFile {
    std::filesystem::path path;  // on disk, to find its sidecar
    std::string rel;             // relative to the corpus root, '/'-separated: names it in messages
    std::string_view bytes;
};

std::vector<Document> load_pdf_source(const SourceFile& file, std::vector<Diagnostic>& diagnostics);
std::vector<Document> load_html_source(const SourceFile& file, std::vector<Diagnostic>& diagnostics);
std::vector<Document> load_script_source(const SourceFile& file, std::vector<Diagnostic>& diagnostics);
std::vector<Document> load_jsonl_source(const SourceFile& file, std::vector<Diagnostic>& diagnostics);

// How a sidecar is named in messages: the source's relative path plus ".meta.yaml".
inline std::string sidecar_name(const SourceFile& file) {
    return file.rel + ".meta.yaml";
}

}  // namespace helpcenter::detail
