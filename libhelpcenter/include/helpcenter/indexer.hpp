// Building a search index from a corpus folder.
#pragma once

#include <helpcenter/corpus.hpp>
#include <helpcenter/error.hpp>
#include <helpcenter/export.hpp>
#include <helpcenter/options.hpp>

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace helpcenter {

struct IndexSummary {
    std::size_t documents = 0;
    std::size_t passages = 0;
    std::map<std::string, std::size_t> documents_per_language;
    double seconds = 0.0;
    std::vector<Diagnostic> diagnostics;  // warnings (errors stop the build before anything is written)
    std::filesystem::path generation;     // the folder that now serves the index
};

// Builds the index for `corpus_dir` into `db_dir`. The new index is written aside as a new
// generation and published atomically: readers of `db_dir` see the old index or the new one,
// never a mix. When the corpus has errors nothing is published: throws Error(corpus_error), with
// each problem as "file:line: message" in the message, and the previous index keeps serving.
// Not safe to run twice at once on the same `db_dir` (a lock file makes the second one fail).
HC_API IndexSummary build_index(const std::filesystem::path& corpus_dir, const std::filesystem::path& db_dir,
                                const IndexOptions& options = {});

// Same, from a corpus already loaded.
HC_API IndexSummary build_index(const Corpus& corpus, const std::filesystem::path& db_dir,
                                const IndexOptions& options = {});

}  // namespace helpcenter
