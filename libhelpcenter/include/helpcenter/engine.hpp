// The search engine: opens an index and answers questions from it.
#pragma once

#include <helpcenter/answer.hpp>
#include <helpcenter/error.hpp>
#include <helpcenter/export.hpp>
#include <helpcenter/options.hpp>

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace helpcenter {

struct IndexInfo {
    std::size_t passages = 0;
    std::vector<std::string> languages;
    std::filesystem::path path;
    std::string generation;  // the generation being served ("gen-3"); empty for a plain Xapian database
    // False when the index was written by an older version, in another layout: it still answers,
    // less well (reindex() rebuilds it).
    bool current_layout = true;
};

struct EngineOptions {
    // How often to look for a newly published index generation (0: only on reopen()). The check
    // is one small file read, done by a query at most once per interval.
    std::chrono::milliseconds reopen_interval{0};
    RankingWeights ranking;
    // The confidence model's weights, as `helpcenter eval --calibrate` prints them (intercept
    // first); empty for the built-in model. Throws Error(invalid_argument) on a wrong count.
    std::vector<double> confidence_weights;
};

// An open index. Copies share the same open database. All methods are safe to call from
// several threads at once; queries on one engine run one at a time (open one engine per core
// for parallel queries). Throws Error: not_found when `db_dir` holds no index, index_error
// when it cannot be read.
class HC_API Engine {
public:
    explicit Engine(const std::filesystem::path& db_dir, const EngineOptions& options = {});
    ~Engine();
    Engine(const Engine&);
    Engine& operator=(const Engine&);
    Engine(Engine&&) noexcept;
    Engine& operator=(Engine&&) noexcept;

    // The single best answer to a plain-language question, with ranked alternatives. The question
    // is never parsed as query syntax: quotes, dashes, colons or AND mean nothing special.
    // Empty or blank questions give an answer with no result, referred.
    Answer ask(std::string_view question, const AskOptions& options = {}) const;

    // The top-k documents for a query, best first.
    std::vector<Result> search(std::string_view query, const SearchOptions& options = {}) const;

    // The language `text` is written in, as a tag ("en", "es", "zh"…); "en" when unsure.
    std::string detect_language(std::string_view text) const;

    // Reopens the index, picking up a newly published generation. Queries in flight finish on the
    // generation they started on.
    void reopen();

    IndexInfo info() const;

private:
    struct Impl;
    std::shared_ptr<Impl> impl_;
};

}  // namespace helpcenter
