// Turns one corpus document into Xapian documents, one per passage.
#pragma once

#include <helpcenter/analyzer.hpp>
#include <helpcenter/document.hpp>

#include <xapian.h>

#include <set>
#include <string>
#include <vector>

namespace helpcenter::detail {

struct WrittenDocument {
    std::vector<Xapian::Document> passages;
    std::set<std::string> vocabulary;  // exact and accent-free words, for language detection
    std::set<std::string> spellings;   // words offered as spelling corrections
};

// Stable hash of everything the index stores about `doc` (for incremental reindexing).
std::string content_hash(const Document& doc);

WrittenDocument write_document(const Document& doc, const Analyzer& analyzer);

}  // namespace helpcenter::detail
