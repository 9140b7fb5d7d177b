// Where the bundled corpus and the default index live.
#include "app.hpp"

#include <helpcenter/indexer.hpp>

#include <fmt/core.h>

#include <cstdio>
#include <cstdlib>

namespace hc_cli {
namespace fs = std::filesystem;

namespace {

bool has_index(const fs::path& dir) {
    std::error_code ec;
    return fs::exists(dir / "XAPIANDB", ec) || fs::exists(dir / "iamglass", ec);
}

fs::path user_cache_dir() {
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0')
        return fs::path(xdg) / "helpcenter";
    if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0')
        return fs::path(home) / ".cache" / "helpcenter";
    return fs::temp_directory_path() / "helpcenter";
}

}  // namespace

fs::path default_corpus_dir() {
    std::error_code ec;
    if (fs::is_directory(HC_SOURCE_CORPUS_DIR, ec)) return HC_SOURCE_CORPUS_DIR;
    return HC_INSTALL_CORPUS_DIR;
}

fs::path default_index_dir() {
    if (const char* env = std::getenv("HELPCENTER_DB"); env != nullptr && *env != '\0') return env;
    if (has_index(HC_BUILD_INDEX_DIR)) return HC_BUILD_INDEX_DIR;
    if (has_index(HC_INSTALL_INDEX_DIR)) return HC_INSTALL_INDEX_DIR;
    const fs::path cached = user_cache_dir() / "index";
    if (!has_index(cached)) {
        const fs::path corpus = default_corpus_dir();
        fmt::print(stderr, "helpcenter: building the index of the bundled corpus ({}) into {} (once)\n",
                   corpus.string(), cached.string());
        helpcenter::build_index(corpus, cached);
    }
    return cached;
}

}  // namespace hc_cli
