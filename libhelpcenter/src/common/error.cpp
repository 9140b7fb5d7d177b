// Error codes, the Error exception and diagnostics.
#include <helpcenter/error.hpp>

#include <algorithm>

namespace helpcenter {

const char* to_string(ErrorCode code) noexcept {
    switch (code) {
        case ErrorCode::ok:
            return "ok";
        case ErrorCode::invalid_argument:
            return "invalid argument";
        case ErrorCode::corpus_error:
            return "corpus error";
        case ErrorCode::not_found:
            return "not found";
        case ErrorCode::io_error:
            return "I/O error";
        case ErrorCode::index_error:
            return "index error";
        case ErrorCode::internal:
            return "internal error";
    }
    return "unknown error";
}

Error::Error(ErrorCode code, const std::string& message) : std::runtime_error(message), code_(code) {}

std::string Diagnostic::to_string() const {
    std::string out = file;
    if (line > 0) {
        // Two appends, not ":" + to_string(): GCC 12 at -O3 flags the latter with a false -Wrestrict.
        out += ':';
        out += std::to_string(line);
    }
    out += severity == Severity::error ? ": error: " : ": warning: ";
    out += message;
    return out;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) noexcept {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::error; });
}

}  // namespace helpcenter
