// Index generations: each build writes a new folder `gen-N` inside the index folder, and a stub
// file (XAPIANDB) names the one being served. Replacing the stub with rename() is atomic, so a
// reader opens either the old generation or the new one, never a half-written index.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace helpcenter::detail {

// Generation numbers present in `db_dir`, ascending.
std::vector<unsigned> list_generations(const std::filesystem::path& db_dir);

// The folder name the stub points at ("gen-7"), or nothing when there is no stub.
std::optional<std::string> current_generation(const std::filesystem::path& db_dir);

std::string generation_name(unsigned number);

// Points the stub at `generation` atomically (write aside, fsync, rename, fsync the folder).
void publish_generation(const std::filesystem::path& db_dir, const std::string& generation);

// Removes generations other than the current one and the one before it (which readers that
// have not reopened yet may still use), plus leftovers of interrupted builds.
void remove_old_generations(const std::filesystem::path& db_dir);

// An exclusive lock on the index folder for the lifetime of the object; throws Error(io_error)
// when another process holds it.
class IndexLock {
public:
    explicit IndexLock(const std::filesystem::path& db_dir);
    ~IndexLock();
    IndexLock(const IndexLock&) = delete;
    IndexLock& operator=(const IndexLock&) = delete;

private:
    int fd_ = -1;
};

}  // namespace helpcenter::detail
