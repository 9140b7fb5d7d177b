// Index generations and their atomic publication.
#include "index/generations.hpp"

#include "index/schema.hpp"

#include <helpcenter/error.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

namespace helpcenter::detail {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kGenerationPrefix = "gen-";

std::optional<unsigned> parse_generation(const std::string& name) {
    if (!name.starts_with(kGenerationPrefix) || name.size() == kGenerationPrefix.size()) return std::nullopt;
    unsigned value = 0;
    for (char c : name.substr(kGenerationPrefix.size())) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + static_cast<unsigned>(c - '0');
    }
    return value;
}

void fsync_path(const fs::path& path, int flags) {
    const int fd = ::open(path.c_str(), flags);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

std::string generation_name(unsigned number) {
    return std::string(kGenerationPrefix) + std::to_string(number);
}

std::vector<unsigned> list_generations(const fs::path& db_dir) {
    std::vector<unsigned> out;
    std::error_code ec;
    for (fs::directory_iterator it(db_dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (auto n = parse_generation(it->path().filename().string())) out.push_back(*n);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<std::string> current_generation(const fs::path& db_dir) {
    std::ifstream in(db_dir / schema::kStubFile);
    if (!in) return std::nullopt;
    std::string backend, name;
    if (!(in >> backend >> name)) return std::nullopt;
    return name;
}

void publish_generation(const fs::path& db_dir, const std::string& generation) {
    const fs::path stub = db_dir / schema::kStubFile;
    const fs::path tmp = db_dir / (std::string(schema::kStubFile) + ".tmp");
    {
        std::ofstream out(tmp, std::ios::trunc);
        out << "auto " << generation << "\n";
        out.flush();
        if (!out) throw Error(ErrorCode::io_error, "cannot write " + tmp.string());
    }
    fsync_path(tmp, O_RDONLY);
    std::error_code ec;
    fs::rename(tmp, stub, ec);
    if (ec) throw Error(ErrorCode::io_error, "cannot publish index generation: " + ec.message());
    fsync_path(db_dir, O_RDONLY | O_DIRECTORY);
}

void remove_old_generations(const fs::path& db_dir) {
    const auto current = current_generation(db_dir);
    if (!current) return;
    const auto current_number = parse_generation(*current);
    if (!current_number) return;
    const auto generations = list_generations(db_dir);
    std::optional<unsigned> previous;
    for (unsigned n : generations) {
        if (n < *current_number) previous = n;
    }
    for (unsigned n : generations) {
        // Keep the current generation and the one before it; newer numbers are interrupted builds.
        if (n == *current_number || n == previous) continue;
        std::error_code ec;
        fs::remove_all(db_dir / generation_name(n), ec);
    }
}

IndexLock::IndexLock(const fs::path& db_dir) {
    const fs::path lock = db_dir / "lock";
    fd_ = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) throw Error(ErrorCode::io_error, "cannot create " + lock.string() + ": " + std::strerror(errno));
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd_);
        fd_ = -1;
        throw Error(ErrorCode::io_error, "another indexer is writing " + db_dir.string());
    }
}

IndexLock::~IndexLock() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the lock
}

}  // namespace helpcenter::detail
