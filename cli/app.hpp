// Shared pieces of the `helpcenter` subcommands: exit codes, default paths, output helpers.
#pragma once

#include <CLI/CLI.hpp>

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace hc_cli {

// Exit codes: 0 success, 1 the user's mistake (with a one-line message), 2 internal error.
inline constexpr int kExitOk = 0;
inline constexpr int kExitUser = 1;
inline constexpr int kExitInternal = 2;

// A failure that is the user's to fix; main() prints it on one line and exits with kExitUser.
struct UserError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The bundled corpus: the source tree's when run from a build tree, else the installed copy.
std::filesystem::path default_corpus_dir();

// The index `ask` uses when no --db is given: $HELPCENTER_DB, the index built by the build, the
// installed index, or (built on first use, with a message) a per-user cache of the bundled corpus.
std::filesystem::path default_index_dir();

// The fields of `text` between `separator`s, empty ones included ("a,,b" gives three).
std::vector<std::string> split_fields(std::string_view text, char separator);

// Each subcommand registers itself and sets `run` to the function that executes it.
using Runner = std::function<int()>;
void add_index_command(CLI::App& app, Runner& run);
void add_ask_command(CLI::App& app, Runner& run);
void add_check_command(CLI::App& app, Runner& run);
void add_stats_command(CLI::App& app, Runner& run);
void add_eval_command(CLI::App& app, Runner& run);
void add_reindex_command(CLI::App& app, Runner& run);

}  // namespace hc_cli
