// Turns one corpus document into Xapian documents, one per passage.
#include "index/document_writer.hpp"

#include "corpus/markdown_text.hpp"
#include "index/schema.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>

namespace helpcenter::detail {
namespace {

// Writes the terms of one field into a Xapian document.
class FieldWriter {
public:
    FieldWriter(Xapian::Document& doc, WrittenDocument& out, const Analyzer& analyzer)
        : doc_(doc), out_(out), analyzer_(analyzer) {}

    void add(std::string_view text, Xapian::termcount weight, const char* field_prefix) {
        Xapian::termpos last = position_;
        for (const Token& token : analyzer_.analyze(text)) {
            const Xapian::termpos pos = position_ + token.position;
            last = std::max(last, pos);
            doc_.add_posting(token.term, pos, weight);
            if (!token.folded.empty()) doc_.add_term(token.folded, weight);
            doc_.add_term(std::string(schema::kStem) + token.stem, weight);
            if (field_prefix != nullptr) doc_.add_term(std::string(field_prefix) + token.stem);
            if (token.kind == Token::Kind::word) {
                out_.vocabulary.insert(token.term);
                if (!token.folded.empty()) out_.vocabulary.insert(token.folded);
                if (!token.stopword && token.term.size() >= 4) out_.spellings.insert(token.term);
            }
        }
        position_ = last + schema::kFieldGap;
    }

private:
    Xapian::Document& doc_;
    WrittenDocument& out_;
    const Analyzer& analyzer_;
    Xapian::termpos position_ = 1;
};

std::string hex64(std::uint64_t value) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(value));
    return buf;
}

}  // namespace

std::string content_hash(const Document& doc) {
    // FNV-1a over every stored field, each followed by a separator byte.
    std::uint64_t h = 1469598103934665603ull;
    const auto mix = [&h](std::string_view s) {
        for (unsigned char c : s) {
            h ^= c;
            h *= 1099511628211ull;
        }
        h ^= 0x1f;
        h *= 1099511628211ull;
    };
    mix(doc.id), mix(doc.lang), mix(to_string(doc.type)), mix(doc.title), mix(doc.summary), mix(doc.updated),
        mix(doc.url);
    for (const auto* list : {&doc.questions, &doc.forms, &doc.audience, &doc.topics}) {
        for (const auto& item : *list)
            mix(item);
        mix("|");
    }
    for (const auto& p : doc.passages) {
        mix(p.heading), mix(p.text), mix(std::to_string(p.page));
    }
    return hex64(h);
}

WrittenDocument write_document(const Document& doc, const Analyzer& analyzer) {
    WrittenDocument out;
    const std::string key = doc.key();
    const std::string hash = content_hash(doc);
    const std::string type(to_string(doc.type));
    for (std::size_t n = 0; n < doc.passages.size(); ++n) {
        const Passage& passage = doc.passages[n];
        const std::string text = markdown_to_text(passage.text);
        Xapian::Document xdoc;
        FieldWriter fields(xdoc, out, analyzer);
        fields.add(doc.title, schema::kTitleWeight, schema::kTitle);
        for (const auto& question : doc.questions)
            fields.add(question, schema::kQuestionWeight, schema::kQuestion);
        fields.add(passage.heading, schema::kHeadingWeight, schema::kHeading);
        if (n == 0) fields.add(doc.summary, schema::kBodyWeight, nullptr);
        fields.add(text, schema::kBodyWeight, nullptr);

        for (const auto& form : doc.forms) {
            if (const std::string id = canonical_identifier(form); !id.empty()) xdoc.add_term(schema::kForm + id);
        }
        xdoc.add_boolean_term(schema::kLang + analyzer.base_language());
        xdoc.add_boolean_term(schema::kType + type);
        xdoc.add_boolean_term(schema::kDocKey + key);
        for (const auto& topic : doc.topics)
            xdoc.add_boolean_term(schema::kTopic + topic);

        xdoc.add_value(schema::kSlotDocKey, key);
        xdoc.add_value(schema::kSlotLang, doc.lang);
        xdoc.add_value(schema::kSlotType, type);
        xdoc.add_value(schema::kSlotId, doc.id);
        xdoc.add_value(schema::kSlotUpdated, doc.updated);
        xdoc.add_value(schema::kSlotHash, hash);
        xdoc.add_value(schema::kSlotPassage, std::to_string(n));
        xdoc.add_value(schema::kSlotSource, doc.source_path);

        nlohmann::json data = {
            {"id", doc.id},
            {"lang", doc.lang},
            {"type", type},
            {"title", doc.title},
            {"url", doc.url},
            {"updated", doc.updated},
            {"heading", passage.heading},
            {"text", text},
            {"page", passage.page},
            {"summary", doc.summary},
            {"forms", doc.forms},
            {"topics", doc.topics},
            {"source", doc.source_path},
            {"line", passage.line},
        };
        // The lead passage also keeps the questions the document answers (its title first), so the
        // engine can match a question against each one on its own (search/faq_match.hpp).
        if (n == 0) {
            std::vector<std::string> own = {doc.title};
            own.insert(own.end(), doc.questions.begin(), doc.questions.end());
            data["questions"] = own;
        }
        xdoc.set_data(data.dump());
        out.passages.push_back(std::move(xdoc));
    }
    return out;
}

}  // namespace helpcenter::detail
