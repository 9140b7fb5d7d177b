// Splits laid-out page text into passages: headings found by shape, paragraphs and list items kept,
// page numbers dropped, passages sized and tagged with the page they start on.
#include "sources/page_text.hpp"

#include "common/utf8.hpp"
#include "sources/metadata.hpp"

#include <algorithm>
#include <array>
#include <regex>

namespace helpcenter::detail {
namespace {

constexpr std::size_t kMaxHeadingWords = 12;
constexpr std::size_t kMaxHeadingBytes = 120;
constexpr std::size_t kMaxTitleWords = 20;

struct Line {
    std::string text;  // without indentation and trailing space
    std::size_t indent = 0;
    int number = 0;  // 1-based line on its page
};

// Characters (not bytes) of a UTF-8 string: how wide the extractor laid the line out.
std::size_t columns(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::size_t width(const Line& line) {
    return line.indent + columns(line.text);
}

struct Block {
    enum class Kind { paragraph, item, heading };
    Kind kind = Kind::paragraph;
    std::string text;
    int page = 0;
    int line = 0;
    std::size_t indent = 0;
};

std::vector<Line> page_lines(std::string_view page) {
    std::vector<Line> lines;
    int number = 0;
    std::size_t pos = 0;
    while (pos <= page.size()) {
        std::size_t end = page.find('\n', pos);
        if (end == std::string_view::npos) end = page.size();
        std::string raw(page.substr(pos, end - pos));
        std::erase(raw, '\f');  // the extractor ends each page with a form feed
        ++number;
        Line line;
        line.number = number;
        while (line.indent < raw.size() && (raw[line.indent] == ' ' || raw[line.indent] == '\t'))
            ++line.indent;
        line.text = std::string(trim(raw));
        lines.push_back(std::move(line));
        if (end == page.size()) break;
        pos = end + 1;
    }
    return lines;
}

bool is_page_number(std::string_view text) {
    // "3", "Page 3", "3 of 7", "3 / 7", "- 3 -", "– 3 –" (an en dash is three bytes: no [] class).
    static const std::regex number(
        R"((page\s+|p\.\s*)?\d{1,4}(\s*(/|of)\s*\d{1,4})?|(-|\xE2\x80\x93)\s*\d{1,4}\s*(-|\xE2\x80\x93))",
        std::regex::icase);
    return std::regex_match(text.begin(), text.end(), number);
}

// Removes page numbers printed at the top or the foot of a page.
void drop_page_numbers(std::vector<Line>& lines) {
    const auto is_content = [](const Line& l) { return !l.text.empty(); };
    auto first = std::find_if(lines.begin(), lines.end(), is_content);
    if (first != lines.end() && is_page_number(first->text)) first->text.clear();
    auto last = std::find_if(lines.rbegin(), lines.rend(), is_content);
    if (last != lines.rend() && is_page_number(last->text)) last->text.clear();
}

std::string normalized(std::string_view text) {
    std::string out;
    bool space = false;
    for (const char c : trim(text)) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    return ascii_lower(out);
}

// Drops the first lines of page 1 when together they spell the document's title (it is printed
// there as a cover heading and would otherwise open the lead passage).
void drop_title(std::vector<Line>& lines, const std::vector<std::string>& titles) {
    std::vector<std::string> wanted;
    for (const auto& t : titles) {
        if (!trim(t).empty()) wanted.push_back(normalized(t));
    }
    if (wanted.empty()) return;
    std::string joined;
    std::vector<Line*> taken;
    for (auto& line : lines) {
        if (line.text.empty()) {
            if (taken.empty()) continue;
            break;
        }
        if (taken.size() == 4) break;
        joined += (joined.empty() ? "" : " ") + line.text;
        taken.push_back(&line);
        if (std::find(wanted.begin(), wanted.end(), normalized(joined)) != wanted.end()) {
            for (Line* l : taken)
                l->text.clear();
            return;
        }
    }
}

// "• text", "- text", "1. text", "2) text": the item's text without its marker, or nullopt.
std::optional<std::string> list_item(std::string_view text) {
    static constexpr std::array<std::string_view, 10> kBullets = {
        "\xE2\x80\xA2", "\xE2\x97\x8F", "\xE2\x96\xAA", "\xE2\x97\xA6", "\xE2\x80\xA3",
        "\xE2\x88\x99", "\xC2\xB7",     "\xE2\x80\x93", "\xEF\x82\xB7", "-"};  // • ● ▪ ◦ ‣ ∙ · – symbol-font bullet -
    for (const auto bullet : kBullets) {
        if (text.starts_with(bullet) && text.size() > bullet.size() && text[bullet.size()] == ' ') {
            return "- " + std::string(trim(text.substr(bullet.size())));
        }
    }
    if (text.starts_with("* ")) return "- " + std::string(trim(text.substr(2)));
    std::size_t digits = 0;
    while (digits < text.size() && digits < 3 && text[digits] >= '0' && text[digits] <= '9')
        ++digits;
    if (digits > 0 && digits < 3 && digits + 1 < text.size() && (text[digits] == '.' || text[digits] == ')') &&
        text[digits + 1] == ' ') {
        return std::string(text.substr(0, digits)) + ". " + std::string(trim(text.substr(digits + 2)));
    }
    return std::nullopt;
}

bool ends_sentence(std::string_view text) {
    text = trim(text);
    if (text.empty()) return true;
    const char c = text.back();
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
}

bool starts_lowercase(std::string_view text) {
    return !text.empty() && text.front() >= 'a' && text.front() <= 'z';
}

// "… unexpired. Photocopies …": a sentence ends inside the line ("U.S. Citizen" does not count).
bool has_sentence_break(std::string_view text) {
    for (std::size_t i = 2; i + 2 < text.size(); ++i) {
        if ((text[i] == '.' || text[i] == '!' || text[i] == '?') && text[i + 1] == ' ' && text[i - 1] >= 'a' &&
            text[i - 1] <= 'z' && text[i - 2] >= 'a' && text[i - 2] <= 'z' && !starts_lowercase(text.substr(i + 2))) {
            return true;
        }
    }
    return false;
}

// The shape of a heading: short, not a sentence's middle or end, starting like a title. The
// caller checks that it is narrower than the text and that text follows it.
bool heading_shaped(std::string_view text) {
    if (text.empty() || text.size() > kMaxHeadingBytes || count_words(text) > kMaxHeadingWords) return false;
    const char last = text.back();
    if (last == '.' || last == ',' || last == ';' || last == ':' || last == '-') return false;
    if (starts_lowercase(text)) return false;
    if (is_page_number(text) || has_sentence_break(text)) return false;
    // At least one letter (any script): a line of figures or symbols is not a heading.
    return std::any_of(text.begin(), text.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
    });
}

// Joins a wrapped line onto a block: a line ending in a hyphen right after a letter keeps it and
// takes the next line without a space ("5-" + "year" -> "5-year"), everything else gets a space.
void append_line(std::string& text, std::string_view line) {
    if (!text.empty() && text.back() == '-' && text.size() >= 2 && text[text.size() - 2] != ' ' &&
        starts_lowercase(line)) {
        text.append(line);
        return;
    }
    if (!text.empty()) text.push_back(' ');
    text.append(line);
}

std::vector<Block> blocks_from_pages(const std::vector<std::string>& pages, const std::vector<std::string>& titles) {
    std::vector<std::vector<Line>> laid_out;
    std::size_t longest = 0;  // the text width: a full line of body text
    for (std::size_t p = 0; p < pages.size(); ++p) {
        laid_out.push_back(page_lines(pages[p]));
        drop_page_numbers(laid_out.back());
        if (p == 0) drop_title(laid_out.back(), titles);
        for (const auto& l : laid_out.back())
            longest = std::max(longest, width(l));
    }
    // A heading is set apart from a paragraph's first line by ending well before the margin.
    const auto narrow = [&](const Line& l, std::size_t percent) { return width(l) * 100 <= longest * percent; };

    std::vector<Block> blocks;
    bool open = false;  // the last block takes continuation lines
    for (std::size_t p = 0; p < laid_out.size(); ++p) {
        const int page = static_cast<int>(p) + 1;
        const std::vector<Line>& lines = laid_out[p];
        bool first_on_page = true;

        for (std::size_t i = 0; i < lines.size(); ++i) {
            const Line& line = lines[i];
            if (line.text.empty()) {
                open = false;
                continue;
            }
            const bool starts_page = first_on_page;
            first_on_page = false;
            const auto item = list_item(line.text);
            Block* last = blocks.empty() ? nullptr : &blocks.back();

            // A paragraph or item cut by the page break goes on where the sentence does.
            if (starts_page && last && last->kind != Block::Kind::heading && !item && !ends_sentence(last->text) &&
                starts_lowercase(line.text)) {
                append_line(last->text, line.text);
                open = true;
                continue;
            }
            if (item) {
                blocks.push_back({Block::Kind::item, *item, page, line.number, line.indent});
                open = true;
                continue;
            }
            if (open && last->kind == Block::Kind::item && line.indent > last->indent) {
                append_line(last->text, line.text);  // an item wrapped onto an indented line
                continue;
            }
            const bool followed_by_text = i + 1 < lines.size() && !lines[i + 1].text.empty();
            const bool starts_block =
                !open || last->kind == Block::Kind::item || (ends_sentence(last->text) && narrow(line, 60));
            if (starts_block && followed_by_text && narrow(line, 80) && heading_shaped(line.text)) {
                blocks.push_back({Block::Kind::heading, line.text, page, line.number, line.indent});
                // A long heading wraps: its second line goes on in lowercase, and text still follows.
                const Line& next = lines[i + 1];
                if (starts_lowercase(next.text) && narrow(next, 80) && !ends_sentence(line.text) &&
                    i + 2 < lines.size() && !lines[i + 2].text.empty() && heading_shaped(line.text + " " + next.text)) {
                    append_line(blocks.back().text, next.text);
                    ++i;
                }
                open = false;
                continue;
            }
            if (open && last->kind == Block::Kind::paragraph) {
                append_line(last->text, line.text);
                continue;
            }
            blocks.push_back({Block::Kind::paragraph, line.text, page, line.number, line.indent});
            open = true;
        }
        open = false;  // a page break ends the block unless the next page continues its sentence
    }
    return blocks;
}

// Appends a block to a passage's text: list items stay on consecutive lines, paragraphs are
// separated by a blank line.
void append_block(Passage& passage, const Block& block, bool& last_was_item) {
    const bool item = block.kind == Block::Kind::item;
    if (!passage.text.empty()) passage.text += item && last_was_item ? "\n" : "\n\n";
    passage.text += block.text;
    last_was_item = item;
}

}  // namespace

std::vector<Passage> split_pages(const std::vector<std::string>& pages, const std::vector<std::string>& titles) {
    const std::vector<Block> blocks = blocks_from_pages(pages, titles);

    // Sections at headings, cut at paragraph boundaries when they grow past the maximum.
    std::vector<Passage> passages;
    std::vector<bool> headed;  // the passage starts at a heading (not a continuation or the lead)
    Passage current;
    bool current_headed = false, last_was_item = false;
    std::size_t words = 0;
    const auto flush = [&] {
        if (!trim(current.text).empty() || !current.heading.empty()) {
            passages.push_back(std::move(current));
            headed.push_back(current_headed);
        }
        current = Passage{};
        current_headed = false;
        words = 0;
        last_was_item = false;
    };
    for (const auto& block : blocks) {
        if (block.kind == Block::Kind::heading) {
            flush();
            current.heading = block.text;
            current.page = block.page;
            current.line = block.line;
            current_headed = true;
            continue;
        }
        const std::size_t block_words = count_words(block.text);
        if (words >= kMinPassageWords && words + block_words > kMaxPassageWords) {
            const std::string heading = current.heading;
            flush();
            current.heading = heading;  // the continuation of a long section keeps its heading
        }
        if (current.text.empty() && current.page == 0) {
            current.page = block.page;
            current.line = block.line;
        }
        append_block(current, block, last_was_item);
        words += block_words;
    }
    flush();

    // A short headed section joins the passage before it, its heading kept as a Markdown subheading.
    std::vector<Passage> sized;
    std::size_t sized_words = 0;
    for (std::size_t i = 0; i < passages.size(); ++i) {
        Passage& p = passages[i];
        const std::size_t w = count_words(p.text);
        if (headed[i] && w < kMinPassageWords && !sized.empty() && sized_words + w <= kMaxPassageWords) {
            Passage& prev = sized.back();
            prev.text += "\n\n### " + p.heading;
            if (!p.text.empty()) prev.text += "\n\n" + p.text;
            sized_words += w + count_words(p.heading);
            continue;
        }
        sized_words = w;
        sized.push_back(std::move(p));
    }
    return sized;
}

std::string title_from_pages(const std::vector<std::string>& pages) {
    for (const auto& page : pages) {
        std::vector<Line> lines = page_lines(page);
        drop_page_numbers(lines);
        std::vector<std::string_view> paragraph;
        for (const auto& line : lines) {
            if (line.text.empty()) {
                if (paragraph.empty()) continue;
                break;
            }
            paragraph.push_back(line.text);
        }
        if (paragraph.empty()) continue;  // a blank page: the title is on the next one
        std::string title;
        for (std::size_t i = 0; i < paragraph.size() && i < 3; ++i) {
            // Appended piece by piece: `" " + std::string(...)` draws a false -Wrestrict from GCC 12 at -O3.
            if (i) title += ' ';
            title += paragraph[i];
        }
        const char last = title.back();
        if (paragraph.size() <= 3 && count_words(title) <= kMaxTitleWords && !starts_lowercase(title) && last != '.' &&
            last != ',' && last != ';' && last != ':') {
            return title;
        }
        // Title and text with no space between them: only a heading-shaped first line can be the title.
        const std::string first(paragraph.front());
        return paragraph.size() > 1 && heading_shaped(first) ? first : "";
    }
    return "";
}

}  // namespace helpcenter::detail
