// Splitting a line or an option value into its fields.
#include "app.hpp"

namespace hc_cli {

std::vector<std::string> split_fields(std::string_view text, char separator) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find(separator, start)) != std::string_view::npos; start = end + 1)
        fields.emplace_back(text.substr(start, end - start));
    fields.emplace_back(text.substr(start));
    return fields;
}

}  // namespace hc_cli
