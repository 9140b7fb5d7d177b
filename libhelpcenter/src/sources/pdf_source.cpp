// Loads a PDF brochure with poppler-cpp: text page by page, passages that keep their page number,
// metadata from the sidecar or else from the PDF and its folder.
#include "common/utf8.hpp"
#include "sources/loaders.hpp"
#include "sources/metadata.hpp"
#include "sources/page_text.hpp"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <memory>
#include <mutex>

namespace helpcenter::detail {
namespace {

// Poppler reports problems through one process-wide callback, by default to stderr. We route them
// to the thread that is loading (poppler calls back on the caller's thread), so a corrupt file's
// reason lands in its diagnostic instead of on the terminal.
thread_local std::string* poppler_messages = nullptr;

void collect_poppler_message(const std::string& message, void*) {
    if (poppler_messages && poppler_messages->size() < 4096) {
        std::string_view text = trim(message);
        if (text.starts_with("error: ")) text.remove_prefix(7);  // poppler-cpp's own prefix; ours says it
        if (!poppler_messages->empty()) poppler_messages->append("; ");
        poppler_messages->append(text);
    }
}

class PopplerMessages {
public:
    PopplerMessages() {
        static std::once_flag installed;
        std::call_once(installed, [] { poppler::set_debug_error_function(collect_poppler_message, nullptr); });
        poppler_messages = &text_;
    }
    ~PopplerMessages() { poppler_messages = nullptr; }
    PopplerMessages(const PopplerMessages&) = delete;
    PopplerMessages& operator=(const PopplerMessages&) = delete;

    // The first message, which names the cause; later ones are usually its consequences.
    std::string first() const { return text_.substr(0, text_.find("; ")); }

private:
    std::string text_;
};

std::string utf8(const poppler::ustring& text) {
    const poppler::byte_array bytes = text.to_utf8();
    return sanitize_utf8(std::string_view(bytes.data(), bytes.size()));
}

}  // namespace

std::vector<Document> load_pdf_source(const SourceFile& file, std::vector<Diagnostic>& diagnostics) {
    const auto error = [&](std::string message) {
        diagnostics.push_back({Diagnostic::Severity::error, file.rel, 0, std::move(message)});
    };
    if (file.bytes.size() > static_cast<std::size_t>(INT_MAX)) {
        error("file is too large for the PDF reader");
        return {};
    }

    PopplerMessages messages;
    // poppler reads `bytes` in place; it outlives the document, which is destroyed first.
    std::unique_ptr<poppler::document> pdf(
        poppler::document::load_from_raw_data(file.bytes.data(), static_cast<int>(file.bytes.size())));
    if (!pdf) {
        const std::string reason = messages.first();
        error("not a readable PDF (corrupt or not a PDF at all)" + (reason.empty() ? "" : ": " + reason));
        return {};
    }
    if (pdf->is_locked()) {
        error("the PDF is password-protected");
        return {};
    }

    std::vector<std::string> pages;
    bool any_text = false;
    for (int i = 0; i < pdf->pages(); ++i) {
        std::unique_ptr<poppler::page> page(pdf->create_page(i));
        pages.push_back(page ? utf8(page->text()) : std::string());
        any_text = any_text || !trim(pages.back()).empty();
    }
    if (!any_text) {
        error(pdf->pages() == 0 ? "the PDF has no pages"
                                : "the PDF has no text (scanned pages? they need OCR before they can be indexed)");
        return {};
    }

    // What the file says about itself; a sidecar overrides any of it.
    const PathFacts facts = path_facts(file.rel);
    const Origin here{file.rel, 0};
    const std::string info_title(trim(utf8(pdf->get_title())));
    Metadata meta;
    meta.set("id", facts.stem, here);
    if (!facts.lang.empty()) meta.set("lang", facts.lang, here);
    if (facts.type) meta.set("type", std::string(to_string(*facts.type)), here);
    meta.set("title", info_title.empty() ? title_from_pages(pages) : info_title, here);

    bool sidecar_failed = false;
    const std::string sidecar_rel = sidecar_name(file);
    if (auto sidecar = read_sidecar(file.path, sidecar_rel, diagnostics, sidecar_failed)) {
        meta.merge(*sidecar);
    } else if (sidecar_failed) {
        return {};
    } else {
        diagnostics.push_back({Diagnostic::Severity::warning, file.rel, 0,
                               "no sidecar '" + sidecar_rel + "': id from the file name, lang and type from the " +
                                   "folder, title from the PDF"});
    }

    auto doc = finish_metadata(meta, facts, here, FinishOptions{}, diagnostics);
    if (!doc) return {};
    doc->source_path = file.rel;
    doc->passages = split_pages(pages, {doc->title, info_title});
    if (doc->passages.empty()) {
        error("the PDF has no text besides its title");
        return {};
    }
    std::vector<Document> docs;
    docs.push_back(std::move(*doc));
    return docs;
}

}  // namespace helpcenter::detail
