// `helpcenter`: index the Help Center corpus and answer questions from it.
#include "app.hpp"

#include <helpcenter/error.hpp>
#include <helpcenter/version.hpp>

#include <fmt/core.h>

#include <cstdio>

int main(int argc, char** argv) {
    CLI::App app{"helpcenter: answers plain-language questions from the Help Center corpus, in the asker's language."};
    app.set_version_flag("--version", std::string("helpcenter ") + helpcenter::version());
    app.require_subcommand(1);
    hc_cli::Runner run;
    hc_cli::add_ask_command(app, run);
    hc_cli::add_index_command(app, run);
    hc_cli::add_check_command(app, run);
    hc_cli::add_stats_command(app, run);
    hc_cli::add_eval_command(app, run);
    hc_cli::add_reindex_command(app, run);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? hc_cli::kExitOk : hc_cli::kExitUser;
    }
    try {
        return run();
    } catch (const hc_cli::UserError& e) {
        fmt::print(stderr, "helpcenter: {}\n", e.what());
        return hc_cli::kExitUser;
    } catch (const helpcenter::Error& e) {
        fmt::print(stderr, "helpcenter: {}\n", e.what());
        return e.code() == helpcenter::ErrorCode::internal ? hc_cli::kExitInternal : hc_cli::kExitUser;
    } catch (const std::exception& e) {
        fmt::print(stderr, "helpcenter: internal error: {}\n", e.what());
        return hc_cli::kExitInternal;
    }
}
