// Shared by the indexer and the engine: the key under which a phrase is stored as a synonym.
#pragma once

#include <helpcenter/analyzer.hpp>

#include <string>
#include <vector>

namespace helpcenter::detail {

// Stems of `tokens[first, first+count)` joined by spaces: "perman resid card".
std::string stem_phrase(const std::vector<Token>& tokens, std::size_t first, std::size_t count);

}  // namespace helpcenter::detail
