// Loads a JSONL export: one JSON object per line with the front matter keys and a Markdown `body`,
// each line its own document; a bad line is reported with its number and the others still load.
#include "common/utf8.hpp"
#include "corpus/passages.hpp"
#include "sources/loaders.hpp"
#include "sources/metadata.hpp"

#include <nlohmann/json.hpp>

namespace helpcenter::detail {
namespace {

using nlohmann::json;

// Past this many bad lines the file is not a JSONL export; stop rather than flood the report.
constexpr int kMaxLineErrors = 20;

// Records why a line failed to parse; everything else is accepted (the DOM parse builds the value).
class ParseErrorReader : public nlohmann::json_sax<json> {
public:
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override {
        column = position;
        // "[json.exception.parse_error.101] parse error at line 1, column 7: syntax error while …":
        // keep what follows the position, which is the reason.
        const std::string what = e.what();
        const auto at = what.find(": ", what.find("column"));
        reason = at == std::string::npos ? what : what.substr(at + 2);
        return false;
    }
    std::size_t column = 0;
    std::string reason;
};

std::string parse_error_message(std::string_view line) {
    ParseErrorReader reader;
    json::sax_parse(line, &reader);
    return "not valid JSON at column " + std::to_string(reader.column) +
           (reader.reason.empty() ? "" : ": " + reader.reason);
}

const char* kind_of(const json& value) {
    return value.type_name();
}

}  // namespace

std::vector<Document> load_jsonl_source(const SourceFile& file, std::vector<Diagnostic>& diagnostics) {
    std::vector<Document> docs;
    int errors = 0;
    const auto error = [&](int line, std::string message) {
        diagnostics.push_back({Diagnostic::Severity::error, file.rel, line, std::move(message)});
        ++errors;
    };
    std::string_view text = file.bytes;
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // byte order mark
    // NUL bytes mean a binary file, not a few bad lines: one message for the whole file.
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        error(line_of_offset(text, nul), "file contains a NUL byte (binary data?)");
        return {};
    }

    int line_no = 0;
    bool any_record = false;
    for (std::size_t pos = 0; pos < text.size() && errors < kMaxLineErrors;) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (trim(line).empty()) continue;
        any_record = true;
        if (find_invalid_utf8(line) != std::string_view::npos) {
            error(line_no, "invalid UTF-8");
            continue;
        }
        const json record = json::parse(line, nullptr, /*allow_exceptions=*/false);
        if (record.is_discarded()) {
            error(line_no, parse_error_message(line));
            continue;
        }
        if (!record.is_object()) {
            error(line_no, std::string("expected a JSON object, not ") + kind_of(record));
            continue;
        }

        const Origin origin{file.rel, line_no};
        Metadata meta;
        std::string body;
        bool bad = false;
        for (const auto& [key, value] : record.items()) {
            if (key == "body") {
                if (value.is_string())
                    body = value.get<std::string>();
                else if (!value.is_null()) {
                    error(line_no, "'body' must be a string of Markdown");
                    bad = true;
                }
                continue;
            }
            if (!is_metadata_key(key)) {
                error(line_no, "unknown key '" + key + "'");
                bad = true;
                continue;
            }
            if (value.is_null()) {
                if (is_list_key(key))
                    meta.set(key, std::vector<std::string>{}, origin);
                else
                    meta.set(key, std::string(), origin);
            } else if (value.is_string()) {
                meta.set(key, std::string(trim(value.get_ref<const std::string&>())), origin);
            } else if (is_list_key(key) && value.is_array()) {
                std::vector<std::string> items;
                for (const auto& item : value) {
                    if (!item.is_string()) {
                        error(line_no, "'" + key + "' must contain only strings");
                        bad = true;
                        break;
                    }
                    const std::string& text = item.get_ref<const std::string&>();
                    if (auto s = trim(text); !s.empty()) items.emplace_back(s);
                }
                meta.set(key, std::move(items), origin);
            } else {
                error(line_no, "'" + key + "' must be " + (is_list_key(key) ? "a list of strings" : "a string") +
                                   ", not " + kind_of(value));
                bad = true;
            }
        }
        if (bad) continue;

        // A JSONL export mixes languages and types: its folder and file name say nothing about them.
        FinishOptions options;
        options.check_file_name = false;
        options.check_folder = false;
        auto doc = finish_metadata(meta, PathFacts{}, origin, options, diagnostics);
        if (!doc) {
            ++errors;
            continue;
        }
        doc->source_path = file.rel;
        doc->passages = split_passages(body, line_no);
        // The body sits on one line of the file: every passage points at it.
        for (auto& passage : doc->passages) {
            passage.line = line_no;
            if (!passage.heading.empty() && passage.text.empty()) {
                diagnostics.push_back(
                    {Diagnostic::Severity::warning, file.rel, line_no, "empty section '" + passage.heading + "'"});
            }
        }
        if (doc->passages.empty()) {
            diagnostics.push_back({Diagnostic::Severity::warning, file.rel, line_no, "the document has no text"});
        }
        docs.push_back(std::move(*doc));
    }
    if (errors >= kMaxLineErrors) {
        error(line_no, "too many errors: stopped reading (is this a JSONL file?)");
    } else if (!any_record) {
        diagnostics.push_back({Diagnostic::Severity::warning, file.rel, 0, "no records in the file"});
    }
    return docs;
}

}  // namespace helpcenter::detail
