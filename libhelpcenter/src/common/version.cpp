// Library version, set by CMake.
#include <helpcenter/version.hpp>

namespace helpcenter {

const char* version() noexcept {
    return HC_VERSION_STRING;
}

}  // namespace helpcenter
