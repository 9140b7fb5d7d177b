// Loads an HTML page with gumbo: the main content without site chrome, `h2` sections as passages,
// metadata from the sidecar or else from <title>/<h1>, <html lang> and the folder.
#include "common/utf8.hpp"
#include "sources/loaders.hpp"
#include "sources/metadata.hpp"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <memory>

namespace helpcenter::detail {
namespace {

// Real pages nest a few dozen levels; beyond this the markup is junk, and recursion must stop
// before the stack does.
constexpr int kMaxDepth = 400;

struct GumboDeleter {
    void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

bool is_element(const GumboNode* node) {
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

// Site chrome and non-content: navigation, banners, sidebars, code, forms.
bool is_dropped(GumboTag tag) {
    static constexpr std::array kDropped = {GUMBO_TAG_NAV,      GUMBO_TAG_HEADER,  GUMBO_TAG_FOOTER, GUMBO_TAG_ASIDE,
                                            GUMBO_TAG_SCRIPT,   GUMBO_TAG_STYLE,   GUMBO_TAG_FORM,   GUMBO_TAG_NOSCRIPT,
                                            GUMBO_TAG_TEMPLATE, GUMBO_TAG_SVG,     GUMBO_TAG_IFRAME, GUMBO_TAG_BUTTON,
                                            GUMBO_TAG_SELECT,   GUMBO_TAG_TEXTAREA};
    return std::find(kDropped.begin(), kDropped.end(), tag) != kDropped.end();
}

// Elements that begin and end a block of text (a paragraph break before and after).
bool is_block(GumboTag tag) {
    static constexpr std::array kBlocks = {
        GUMBO_TAG_P,       GUMBO_TAG_DIV,        GUMBO_TAG_SECTION, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_PRE,
        GUMBO_TAG_TABLE,   GUMBO_TAG_TR,         GUMBO_TAG_DL,      GUMBO_TAG_DT,         GUMBO_TAG_DD,
        GUMBO_TAG_FIGURE,  GUMBO_TAG_FIGCAPTION, GUMBO_TAG_ADDRESS, GUMBO_TAG_DETAILS,    GUMBO_TAG_SUMMARY,
        GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN,       GUMBO_TAG_BODY,    GUMBO_TAG_HR,         GUMBO_TAG_CAPTION};
    return std::find(kBlocks.begin(), kBlocks.end(), tag) != kBlocks.end();
}

int line_of(const GumboNode* node) {
    if (is_element(node)) return static_cast<int>(node->v.element.start_pos.line);
    if (node->type == GUMBO_NODE_DOCUMENT) return 1;
    return static_cast<int>(node->v.text.start_pos.line);
}

// Appends text with runs of white space (and no-break spaces) collapsed to one space.
class TextBuffer {
public:
    void append(std::string_view text) {
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                space_ = true;
            } else if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
                space_ = true;
                ++i;
            } else {
                if (space_ && !text_.empty()) text_.push_back(' ');
                space_ = false;
                text_.push_back(c);
            }
        }
    }
    void space() { space_ = true; }
    bool empty() const { return text_.empty(); }
    std::string take() {
        std::string out = std::move(text_);
        text_.clear();
        space_ = false;
        return out;
    }

private:
    std::string text_;
    bool space_ = false;
};

void collect_text(const GumboNode* node, TextBuffer& out, int depth) {
    if (depth > kMaxDepth) return;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
        out.append(node->v.text.text);
        return;
    }
    if (!is_element(node) || is_dropped(node->v.element.tag)) return;
    if (node->v.element.tag == GUMBO_TAG_BR) out.space();
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        collect_text(static_cast<const GumboNode*>(children.data[i]), out, depth + 1);
    }
}

std::string text_of(const GumboNode* node) {
    TextBuffer buffer;
    collect_text(node, buffer, 0);
    return buffer.take();
}

// The first element with `tag` in document order, not looking inside dropped chrome unless asked.
const GumboNode* find_first(const GumboNode* node, GumboTag tag, bool skip_dropped, int depth = 0) {
    if (depth > kMaxDepth || !(is_element(node) || node->type == GUMBO_NODE_DOCUMENT)) return nullptr;
    if (is_element(node)) {
        if (node->v.element.tag == tag) return node;
        if (skip_dropped && is_dropped(node->v.element.tag)) return nullptr;
    }
    const GumboVector& children =
        node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        if (auto found = find_first(static_cast<const GumboNode*>(children.data[i]), tag, skip_dropped, depth + 1)) {
            return found;
        }
    }
    return nullptr;
}

// <meta name="…" content="…"> or <link rel="…" href="…">, searched in <head>.
std::string head_value(const GumboNode* head, GumboTag tag, const char* key, const char* key_value,
                       const char* value_attr) {
    if (!head) return {};
    const GumboVector& children = head->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type != GUMBO_NODE_ELEMENT || child->v.element.tag != tag) continue;
        const GumboAttribute* k = gumbo_get_attribute(&child->v.element.attributes, key);
        const GumboAttribute* v = gumbo_get_attribute(&child->v.element.attributes, value_attr);
        if (k && v && ascii_lower(k->value) == key_value) return std::string(trim(v->value));
    }
    return {};
}

// Walks the content element and builds passages: `h2` starts one, `h3`–`h6` stay inside as
// "### " lines, paragraphs are separated by blank lines, list items are "- " (or "1. ") lines.
class PassageBuilder {
public:
    void walk(const GumboNode* node, int depth) {
        if (depth > kMaxDepth) {
            too_deep_ = true;
            return;
        }
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
            if (buffer_.empty()) block_line_ = line_of(node);
            buffer_.append(node->v.text.text);
            return;
        }
        if (!is_element(node)) return;
        const GumboTag tag = node->v.element.tag;
        if (is_dropped(tag)) return;
        switch (tag) {
            case GUMBO_TAG_H1:  // the page title, not passage text
                end_block();
                return;
            case GUMBO_TAG_H2:
                end_block();
                end_passage();
                current_.heading = text_of(node);
                current_.line = line_of(node);
                return;
            case GUMBO_TAG_H3:
            case GUMBO_TAG_H4:
            case GUMBO_TAG_H5:
            case GUMBO_TAG_H6:
                end_block();
                if (const std::string heading = text_of(node); !heading.empty())
                    add_block("### " + heading, line_of(node), false);
                return;
            case GUMBO_TAG_UL:
            case GUMBO_TAG_OL:
                end_block();
                lists_.push_back({tag == GUMBO_TAG_OL, 1});
                walk_children(node, depth);
                lists_.pop_back();
                end_block();
                return;
            case GUMBO_TAG_LI: {
                end_block();
                std::string marker(lists_.empty() ? 0 : 2 * (lists_.size() - 1), ' ');
                if (!lists_.empty() && lists_.back().ordered)
                    marker += std::to_string(lists_.back().next++) + ". ";
                else
                    marker += "- ";
                item_marker_ = marker;
                walk_children(node, depth);
                end_block();
                item_marker_.clear();  // an empty item must not mark the text after it
                return;
            }
            case GUMBO_TAG_BR:
            case GUMBO_TAG_TD:
            case GUMBO_TAG_TH:
                buffer_.space();
                walk_children(node, depth);
                buffer_.space();
                return;
            default:
                break;
        }
        const bool block = is_block(tag);
        if (block) end_block();
        walk_children(node, depth);
        if (block) end_block();
    }

    std::vector<Passage> finish() {
        end_block();
        end_passage();
        return std::move(passages_);
    }
    bool too_deep() const { return too_deep_; }

private:
    struct List {
        bool ordered;
        int next;
    };

    void walk_children(const GumboNode* node, int depth) {
        const GumboVector& children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i)
            walk(static_cast<const GumboNode*>(children.data[i]), depth + 1);
    }

    void end_block() {
        std::string text = buffer_.take();
        if (text.empty()) return;  // an item's marker waits for its first text (<li><p>…</p></li>)
        const bool item = !item_marker_.empty();
        add_block(item ? item_marker_ + text : text, block_line_, item);
        item_marker_.clear();  // text after a nested list in the same item is a paragraph of its own
    }

    void add_block(const std::string& text, int line, bool item) {
        if (current_.text.empty() && current_.heading.empty()) current_.line = line;
        if (!current_.text.empty()) current_.text += item && last_was_item_ ? "\n" : "\n\n";
        current_.text += text;
        last_was_item_ = item;
    }

    void end_passage() {
        if (!current_.text.empty() || !current_.heading.empty()) passages_.push_back(std::move(current_));
        current_ = Passage{};
        last_was_item_ = false;
    }

    std::vector<Passage> passages_;
    Passage current_;
    TextBuffer buffer_;
    int block_line_ = 0;
    std::string item_marker_;
    std::vector<List> lists_;
    bool last_was_item_ = false;
    bool too_deep_ = false;
};

// True when the file opens an <html> element it never closes: an export cut short.
bool looks_truncated(std::string_view bytes) {
    const std::string lower = ascii_lower(bytes);
    return lower.find("<html") != std::string::npos && lower.find("</html") == std::string::npos;
}

}  // namespace

std::vector<Document> load_html_source(const SourceFile& file, std::vector<Diagnostic>& diagnostics) {
    const auto report = [&](Diagnostic::Severity severity, int line, std::string message) {
        diagnostics.push_back({severity, file.rel, line, std::move(message)});
    };
    if (!check_text_encoding(file.bytes, file.rel, diagnostics)) return {};
    std::string_view bytes = file.bytes;
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);  // byte order mark

    const std::unique_ptr<GumboOutput, GumboDeleter> html(
        gumbo_parse_with_options(&kGumboDefaultOptions, bytes.data(), bytes.size()));
    if (!html || !html->root) {
        report(Diagnostic::Severity::error, 0, "cannot parse the HTML");
        return {};
    }
    if (looks_truncated(bytes)) {
        report(Diagnostic::Severity::warning, line_of_offset(bytes, bytes.size()),
               "no closing </html> tag: the file looks truncated");
    }

    const GumboNode* root = html->root;
    const GumboNode* content = find_first(root, GUMBO_TAG_MAIN, true);
    if (!content) content = find_first(root, GUMBO_TAG_ARTICLE, true);
    if (!content) content = find_first(root, GUMBO_TAG_BODY, false);
    if (!content) content = root;

    PassageBuilder builder;
    builder.walk(content, 0);
    std::vector<Passage> passages = builder.finish();
    if (builder.too_deep()) {
        report(Diagnostic::Severity::warning, 0,
               "markup nested deeper than " + std::to_string(kMaxDepth) + " levels was left out");
    }
    if (passages.empty()) {
        const char* where = content->v.element.tag == GUMBO_TAG_MAIN      ? "<main>"
                            : content->v.element.tag == GUMBO_TAG_ARTICLE ? "<article>"
                                                                          : "<body>";
        report(Diagnostic::Severity::error, 0,
               std::string("no text in ") + where + " (navigation, header, footer, " +
                   "sidebars, scripts and forms do not count)");
        return {};
    }

    // What the page says about itself; a sidecar overrides any of it.
    const PathFacts facts = path_facts(file.rel);
    const Origin here{file.rel, 0};
    Metadata meta;
    meta.set("id", facts.stem, here);
    if (facts.type) meta.set("type", std::string(to_string(*facts.type)), here);
    const GumboAttribute* lang = gumbo_get_attribute(&root->v.element.attributes, "lang");
    std::string page_lang = lang ? std::string(trim(lang->value)) : std::string();
    // lang="en-US" in an en/ folder is the same language, said more precisely than the corpus needs.
    if (!facts.lang.empty() && ascii_lower(page_lang).starts_with(ascii_lower(facts.lang) + "-")) page_lang.clear();
    if (!page_lang.empty())
        meta.set("lang", page_lang, Origin{file.rel, line_of(root)});
    else if (!facts.lang.empty())
        meta.set("lang", facts.lang, here);
    const GumboNode* h1 = find_first(content, GUMBO_TAG_H1, true);
    if (!h1) h1 = find_first(root, GUMBO_TAG_H1, false);
    const GumboNode* title = find_first(root, GUMBO_TAG_TITLE, false);
    if (h1 && !text_of(h1).empty())
        meta.set("title", text_of(h1), Origin{file.rel, line_of(h1)});
    else
        meta.set("title", title ? text_of(title) : std::string(), title ? Origin{file.rel, line_of(title)} : here);
    const GumboNode* head = find_first(root, GUMBO_TAG_HEAD, false);
    if (std::string summary = head_value(head, GUMBO_TAG_META, "name", "description", "content"); !summary.empty()) {
        meta.set("summary", std::move(summary), here);
    }
    if (std::string url = head_value(head, GUMBO_TAG_LINK, "rel", "canonical", "href"); !url.empty()) {
        meta.set("url", std::move(url), here);
    }

    bool sidecar_failed = false;
    const std::string sidecar_rel = sidecar_name(file);
    if (auto sidecar = read_sidecar(file.path, sidecar_rel, diagnostics, sidecar_failed)) {
        meta.merge(*sidecar);
    } else if (sidecar_failed) {
        return {};
    } else {
        report(Diagnostic::Severity::warning, 0,
               "no sidecar '" + sidecar_rel + "': id from the file name, type from the folder, title from " +
                   "<h1> or <title>, lang from <html lang> or the folder");
    }

    auto doc = finish_metadata(meta, facts, here, FinishOptions{}, diagnostics);
    if (!doc) return {};
    doc->source_path = file.rel;
    doc->passages = std::move(passages);
    for (const auto& passage : doc->passages) {
        if (!passage.heading.empty() && passage.text.empty()) {
            report(Diagnostic::Severity::warning, passage.line, "empty section '" + passage.heading + "'");
        }
    }
    std::vector<Document> docs;
    docs.push_back(std::move(*doc));
    return docs;
}

}  // namespace helpcenter::detail
