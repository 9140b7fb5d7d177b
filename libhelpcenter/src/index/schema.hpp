// How documents are laid out in the Xapian database: term prefixes, value slots, metadata keys.
// The indexer writes this layout and the engine reads it; change both together.
#pragma once

#include <xapian.h>

#include <string>

namespace helpcenter::schema {

// Term prefixes. Exact words carry no prefix and have positions (for phrase and proximity).
inline constexpr const char* kStem = "Z";      // stem of a word in any field
inline constexpr const char* kTitle = "S";     // stem of a title word
inline constexpr const char* kQuestion = "Q";  // stem of a word in an alternate question
inline constexpr const char* kHeading = "H";   // stem of a word in the passage heading
inline constexpr const char* kForm = "F";      // canonical form number from the `forms` key
// Boolean filter terms.
inline constexpr const char* kLang = "XL";    // language base subtag ("XLen")
inline constexpr const char* kType = "XT";    // document type ("XTarticle")
inline constexpr const char* kDocKey = "XD";  // lang/type/id of the document the passage belongs to
inline constexpr const char* kTopic = "XK";   // topic id

// Value slots.
inline constexpr Xapian::valueno kSlotDocKey = 0;
inline constexpr Xapian::valueno kSlotLang = 1;
inline constexpr Xapian::valueno kSlotType = 2;
inline constexpr Xapian::valueno kSlotId = 3;
inline constexpr Xapian::valueno kSlotUpdated = 4;
inline constexpr Xapian::valueno kSlotHash = 5;     // content hash of the whole document
inline constexpr Xapian::valueno kSlotPassage = 6;  // passage number within the document, 0 = lead
inline constexpr Xapian::valueno kSlotSource = 7;   // source file, relative to the corpus root

// Within-document weights (wdf increments) per field: a word in the title says more about what
// the passage answers than the same word in its body.
inline constexpr Xapian::termcount kTitleWeight = 3;
inline constexpr Xapian::termcount kQuestionWeight = 2;
inline constexpr Xapian::termcount kHeadingWeight = 2;
inline constexpr Xapian::termcount kBodyWeight = 1;
// Gap between fields in term positions, so a phrase never spans two fields.
inline constexpr Xapian::termpos kFieldGap = 100;

// Metadata keys.
inline std::string vocabulary_key(const std::string& lang) {
    return "vocab/" + lang;
}
inline std::string glossary_key(const std::string& lang) {
    return "glossary/" + lang;
}
inline constexpr const char* kLanguagesKey = "languages";  // space-separated list
inline constexpr const char* kSchemaVersionKey = "schema";
inline constexpr const char* kSchemaVersion = "2";  // 2: the lead passage stores the questions
// Whether `db` was written with this layout (an older one is rebuilt by a reindex).
inline bool has_current_layout(const Xapian::Database& db) {
    return db.get_metadata(kSchemaVersionKey) == kSchemaVersion;
}
inline constexpr const char* kTablesHashKey = "tables-hash";  // hash of synonyms, glossaries, out-of-scope
// Out-of-scope example questions: "lang<TAB>question" lines.
inline constexpr const char* kOutOfScopeKey = "out-of-scope";

// Key of a synonym group entry: "en:green card" (stems joined by spaces).
inline std::string synonym_key(const std::string& lang, const std::string& stems) {
    return lang + ":" + stems;
}

// Name of the stub file inside an index folder that points at the generation being served.
inline constexpr const char* kStubFile = "XAPIANDB";

}  // namespace helpcenter::schema
