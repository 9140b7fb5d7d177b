// Document metadata as the source loaders gather it (sidecar, file contents, folder), and its checks.
#pragma once

#include <helpcenter/document.hpp>
#include <helpcenter/error.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace helpcenter::detail {

// Where a metadata value was read, so that a later check can name the right file and line.
struct Origin {
    std::string file;
    int line = 0;
};

// The front matter keys, each unset until some source gives it. Sources are merged: a sidecar's
// keys replace what was derived from the file and its folder.
struct Metadata {
    std::optional<std::string> id, lang, type, title, summary, updated, url;
    std::optional<std::vector<std::string>> questions, forms, audience, topics;
    std::map<std::string, Origin, std::less<>> origins;  // by key

    // Sets a key from `value`, remembering where it came from. Returns false for an unknown key.
    bool set(std::string_view key, std::string value, Origin origin);
    bool set(std::string_view key, std::vector<std::string> values, Origin origin);
    void merge(const Metadata& over);
};

// The front matter keys, in the order docs/corpus-format.md lists them.
bool is_metadata_key(std::string_view key);
bool is_list_key(std::string_view key);

// What the path of a source (relative to the corpus root) says: `[<group>/…]<lang>/[scripts/|brochures/]<file>`.
// Folders above the language folder only group files (`pdf/`, `html/`) and are ignored.
struct PathFacts {
    std::string lang;             // empty when no folder looks like a language tag
    std::optional<DocType> type;  // from the folder: scripts/, brochures/, else article
    std::string stem;             // the file name without its extension
};
PathFacts path_facts(std::string_view relative_path);

struct FinishOptions {
    bool upper_case_keys = false;  // name keys as the phone-script header writes them (ID, LANG)
    bool check_file_name = true;   // warn when the file name differs from the id
    bool check_folder = true;      // the folder's language and type must agree with the metadata
};

// Checks `meta` as the Markdown front matter is checked (required keys, id, type, date, folder
// agreement) and builds the document without passages. Problems go to `diagnostics`, named by the
// origin of the key concerned; `fallback` names missing keys. Returns nothing on errors.
std::optional<Document> finish_metadata(const Metadata& meta, const PathFacts& facts, const Origin& fallback,
                                        const FinishOptions& options, std::vector<Diagnostic>& diagnostics);

// Reads the sidecar `<file>.meta.yaml` next to `file`, if there is one: YAML with the front matter
// keys. `sidecar_rel` names it in messages. Sets `failed` (and reports) when it exists but is
// broken; returns nothing when there is none.
std::optional<Metadata> read_sidecar(const std::filesystem::path& file, const std::string& sidecar_rel,
                                     std::vector<Diagnostic>& diagnostics, bool& failed);

// Reports invalid UTF-8 or NUL bytes in a text source with the line. Returns false when found.
bool check_text_encoding(std::string_view text, const std::string& file, std::vector<Diagnostic>& diagnostics);

// Whitespace-separated word count, used to size passages.
std::size_t count_words(std::string_view text);

}  // namespace helpcenter::detail
