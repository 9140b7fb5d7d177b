// The search engine: opens an index and answers questions from it.
#pragma once

#include <helpcenter/answer.hpp>
#include <helpcenter/error.hpp>
#include <helpcenter/export.hpp>
#include <helpcenter/options.hpp>

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
};

// An open index. Copies share the same open database. All methods are safe to call from
// several threads at once. Throws Error: not_found when `db_dir` holds no index, index_error
// when it cannot be read.
class HC_API Engine {
public:
    explicit Engine(const std::filesystem::path& db_dir);
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

    // Picks up a newly published index generation, if any. Queries in flight finish on the old one.
    void reopen();

    IndexInfo info() const;

private:
    struct Impl;
    std::shared_ptr<Impl> impl_;
};

}  // namespace helpcenter
