// Building a search index from a corpus folder.
#pragma once

#include <helpcenter/corpus.hpp>
#include <helpcenter/error.hpp>
#include <helpcenter/export.hpp>
#include <helpcenter/options.hpp>

#include <cstddef>
#include <filesystem>
#include <functional>
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

namespace helpcenter {

// Progress of a (re)index, reported after each document written.
struct IndexProgress {
    std::size_t done = 0;   // documents written so far
    std::size_t total = 0;  // documents to write in all
    double seconds = 0.0;   // since the start
};

struct ReindexOptions {
    bool full = false;                                   // rebuild everything instead of touching only what changed
    bool dry_run = false;                                // plan only: say what would change, write nothing
    bool skip_invalid = false;                           // publish the valid documents and list the files skipped
    std::function<void(const IndexProgress&)> progress;  // called from the indexing thread
};

struct ReindexSummary {
    std::size_t added = 0, changed = 0, removed = 0, unchanged = 0;
    double seconds = 0.0;
    bool published = false;  // a new generation now serves
    std::vector<Diagnostic> warnings;
    std::vector<Diagnostic> errors;          // with errors and no skip_invalid, nothing is published
    std::vector<std::string> skipped_files;  // files left out (skip_invalid); their old documents stay
    std::vector<std::string> plan;           // "add en/article/x", "change …", "remove …"
    std::filesystem::path generation;        // the generation serving after the run
};

// Incremental reindex of `corpus_dir` into `db_dir`. Each document's content hash is stored in the
// index, so only added, changed and removed documents are touched; an unchanged corpus writes
// nothing. The update is built aside as a new generation and published atomically; a run that
// fails or is killed at any point leaves the previous generation serving, and the next run cleans
// up after it. Problems with the corpus come back in the summary, not as exceptions; throws Error
// for I/O failures (e.g. a full disk), after removing the partial generation.
HC_API ReindexSummary reindex(const std::filesystem::path& corpus_dir, const std::filesystem::path& db_dir,
                              const ReindexOptions& options = {});
HC_API ReindexSummary reindex(const Corpus& corpus, const std::filesystem::path& db_dir,
                              const ReindexOptions& options = {});

}  // namespace helpcenter
