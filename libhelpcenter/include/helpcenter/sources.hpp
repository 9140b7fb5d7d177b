// Source files beside the native Markdown: PDF brochures, HTML pages, phone-script exports and JSONL
// exports from content systems, each loaded into documents (see docs/source-formats.md).
#pragma once

#include <helpcenter/document.hpp>
#include <helpcenter/error.hpp>
#include <helpcenter/export.hpp>

#include <filesystem>
#include <vector>

namespace helpcenter {

// True when `path` has a supported source extension (compared case-insensitively): .md, .pdf,
// .html, .htm, .txt (phone-script export) or .jsonl. Sidecars (`*.meta.yaml`) are not sources.
HC_API bool is_source_file(const std::filesystem::path& path);

// Loads one source file below the corpus `root` into documents (a .jsonl file may hold many; the
// other formats hold one). Never throws for bad input: problems (a corrupt PDF, truncated HTML,
// invalid UTF-8, binary junk, a file over 64 MiB for PDF or 8 MiB otherwise) become diagnostics
// naming the file relative to `root` and, where it applies, the line. A document with errors is
// left out; warnings leave it in.
HC_API std::vector<Document> load_source(const std::filesystem::path& root, const std::filesystem::path& file,
                                         std::vector<Diagnostic>& diagnostics);

}  // namespace helpcenter
