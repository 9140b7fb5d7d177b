// Reads a metadata sidecar `<file>.meta.yaml` (the front matter keys, in YAML) with yaml-cpp.
#include "common/utf8.hpp"
#include "corpus/tsv.hpp"
#include "sources/metadata.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace helpcenter::detail {
namespace {

// A sidecar holds a dozen short lines; anything this large is a wrong file.
constexpr std::size_t kMaxSidecarBytes = 1u << 20;

struct SidecarReader {
    const std::string& file;
    std::vector<Diagnostic>& diagnostics;
    bool failed = false;

    void error(const YAML::Mark& mark, std::string message) {
        // yaml-cpp counts lines from 0; a mark of -1 (no position) becomes line 1.
        diagnostics.push_back({Diagnostic::Severity::error, file, std::max(mark.line, 0) + 1, std::move(message)});
        failed = true;
    }
    Origin origin(const YAML::Mark& mark) const { return {file, std::max(mark.line, 0) + 1}; }

    void read_entry(const std::string& key, const YAML::Node& value, const YAML::Mark& key_mark, Metadata& meta) {
        if (value.IsNull()) {
            if (is_list_key(key))
                meta.set(key, std::vector<std::string>{}, origin(key_mark));
            else
                meta.set(key, std::string(), origin(key_mark));
            return;
        }
        if (is_list_key(key)) {
            if (value.IsScalar()) {
                meta.set(key, std::string(trim(value.Scalar())), origin(key_mark));
                return;
            }
            if (!value.IsSequence()) {
                error(value.Mark(), "'" + key + "' must be a list of strings");
                return;
            }
            std::vector<std::string> items;
            for (const auto& item : value) {
                if (!item.IsScalar()) {
                    error(item.Mark(), "'" + key + "' must contain only strings");
                    continue;
                }
                std::string text(trim(item.Scalar()));
                if (!text.empty()) items.push_back(std::move(text));
            }
            meta.set(key, std::move(items), origin(key_mark));
            return;
        }
        if (!value.IsScalar()) {
            error(value.Mark(), "'" + key + "' must be a single value");
            return;
        }
        meta.set(key, std::string(trim(value.Scalar())), origin(key_mark));
    }
};

}  // namespace

std::optional<Metadata> read_sidecar(const std::filesystem::path& file, const std::string& sidecar_rel,
                                     std::vector<Diagnostic>& diagnostics, bool& failed) {
    failed = false;
    std::filesystem::path sidecar = file;
    sidecar += ".meta.yaml";
    std::error_code ec;
    if (!std::filesystem::is_regular_file(sidecar, ec)) return std::nullopt;

    std::string text, io_error;
    if (!read_file(sidecar.string(), kMaxSidecarBytes, text, io_error)) {
        diagnostics.push_back({Diagnostic::Severity::error, sidecar_rel, 0, io_error});
        failed = true;
        return std::nullopt;
    }
    if (!check_text_encoding(text, sidecar_rel, diagnostics)) {
        failed = true;
        return std::nullopt;
    }

    SidecarReader reader{sidecar_rel, diagnostics};
    Metadata meta;
    try {
        const YAML::Node root = YAML::Load(text);
        if (root.IsNull()) return meta;  // an empty sidecar adds nothing
        if (!root.IsMap()) {
            reader.error(root.Mark(), "a sidecar must be a set of 'key: value' lines");
        } else {
            for (const auto& entry : root) {
                if (!entry.first.IsScalar()) {
                    reader.error(entry.first.Mark(), "a key must be a plain word");
                    continue;
                }
                const std::string key = entry.first.Scalar();
                if (!is_metadata_key(key)) {
                    reader.error(entry.first.Mark(), "unknown sidecar key '" + key + "'");
                    continue;
                }
                reader.read_entry(key, entry.second, entry.first.Mark(), meta);
            }
        }
    } catch (const YAML::Exception& e) {
        reader.error(e.mark, "sidecar is not valid YAML: " + e.msg);
    }
    failed = reader.failed;
    if (failed) return std::nullopt;
    return meta;
}

}  // namespace helpcenter::detail
