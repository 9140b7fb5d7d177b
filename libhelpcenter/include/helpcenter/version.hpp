// Library version.
#pragma once

#include <helpcenter/export.hpp>

namespace helpcenter {

// "MAJOR.MINOR.PATCH" of the library that is running (not the header).
HC_API const char* version() noexcept;

}  // namespace helpcenter
