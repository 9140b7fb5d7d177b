// Readers for the corpus's tab-separated files: topics.tsv, synonyms/<lang>.tsv, glossary/<lang>.tsv,
// out-of-scope/<lang>.tsv.
#pragma once

#include <helpcenter/corpus.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace helpcenter::detail {

std::vector<Topic> parse_topics(std::string_view text, const std::string& path, std::vector<Diagnostic>& diagnostics);
SynonymGroups parse_synonyms(std::string_view text, const std::string& path, std::vector<Diagnostic>& diagnostics);
Glossary parse_glossary(std::string_view text, const std::string& path, std::vector<Diagnostic>& diagnostics);
OutOfScope parse_out_of_scope(std::string_view text, const std::string& path, std::vector<Diagnostic>& diagnostics);

// Reads a whole file, refusing files over `max_bytes`. Returns false and fills `error` on failure.
bool read_file(const std::string& path, std::size_t max_bytes, std::string& out, std::string& error);

}  // namespace helpcenter::detail
