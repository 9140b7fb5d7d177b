// Error codes, the exception the C++ API throws, and diagnostics for corpus problems.
#pragma once

#include <helpcenter/export.hpp>

#include <stdexcept>
#include <string>
#include <vector>

namespace helpcenter {

// Every failure maps to one of these codes; the C ABI returns them as `hc_status`.
enum class ErrorCode {
    ok = 0,
    invalid_argument = 1,  // a bad option or question from the caller
    corpus_error = 2,      // the corpus has errors (see the diagnostics)
    not_found = 3,         // an index, corpus or file that does not exist
    io_error = 4,          // reading or writing a file failed
    index_error = 5,       // the search index is corrupt, locked or of the wrong version
    internal = 6,          // a bug: please report it
};

HC_API const char* to_string(ErrorCode code) noexcept;

// The single exception type thrown by the C++ API. `code()` says what kind of failure it is.
class HC_API Error : public std::runtime_error {
public:
    Error(ErrorCode code, const std::string& message);
    ErrorCode code() const noexcept { return code_; }

private:
    ErrorCode code_;
};

// A problem found in a corpus file: `file:line: message`. Line 0 means the whole file.
struct HC_API Diagnostic {
    enum class Severity { warning, error };

    Severity severity = Severity::error;
    std::string file;
    int line = 0;
    std::string message;

    std::string to_string() const;
};

HC_API bool has_errors(const std::vector<Diagnostic>& diagnostics) noexcept;

}  // namespace helpcenter
