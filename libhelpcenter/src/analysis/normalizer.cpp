// Character-level normalization with ICU.
#include "analysis/normalizer.hpp"

#include "common/utf8.hpp"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <memory>

namespace helpcenter::detail {
namespace {

// Arabic letters that people type interchangeably are mapped to one form; tatweel and the
// short-vowel marks are dropped. Applied whatever the language tag, since the same script is
// used for Arabic, Persian and Urdu questions.
bool fold_arabic(UChar32 c, icu::UnicodeString& out) {
    switch (c) {
        case 0x0622:
        case 0x0623:
        case 0x0625:
        case 0x0671:
            out.append(static_cast<UChar32>(0x0627));
            return true;  // alef forms
        case 0x0649:
        case 0x06CC:
        case 0x064A:
            out.append(static_cast<UChar32>(0x064A));
            return true;  // alef maksura, Farsi yeh
        case 0x0629:
            out.append(static_cast<UChar32>(0x0647));
            return true;  // taa marbuta -> heh
        case 0x06A9:
            out.append(static_cast<UChar32>(0x0643));
            return true;  // keheh -> kaf
        case 0x0624:
            out.append(static_cast<UChar32>(0x0648));
            return true;  // waw with hamza
        case 0x0626:
            out.append(static_cast<UChar32>(0x064A));
            return true;  // yeh with hamza
        case 0x0640:
            return true;  // tatweel
        default:
            break;
    }
    if ((c >= 0x064B && c <= 0x065F) || c == 0x0670) return true;  // harakat, superscript alef
    return false;
}

// ICU transliterators are not safe for concurrent use: one per thread.
icu::Transliterator* traditional_to_simplified() {
    thread_local std::unique_ptr<icu::Transliterator> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    return instance.get();
}

bool has_han(const icu::UnicodeString& s) {
    for (int32_t i = 0; i < s.length();) {
        const UChar32 c = s.char32At(i);
        UErrorCode status = U_ZERO_ERROR;
        if (uscript_getScript(c, &status) == USCRIPT_HAN) return true;
        i += U16_LENGTH(c);
    }
    return false;
}

std::string to_utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

}  // namespace

std::string normalize_text(std::string_view text, const NormalizeOptions& options) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
    const std::string clean =
        find_invalid_utf8(text) == std::string_view::npos ? std::string(text) : sanitize_utf8(text);
    icu::UnicodeString input = icu::UnicodeString::fromUTF8(clean);
    icu::UnicodeString folded = U_SUCCESS(status) ? nfkc_cf->normalize(input, status) : input;
    if (U_FAILURE(status)) folded = input;

    icu::UnicodeString out;
    out.getBuffer(folded.length());  // reserve
    out.releaseBuffer(0);
    for (int32_t i = 0; i < folded.length();) {
        const UChar32 c = folded.char32At(i);
        i += U16_LENGTH(c);
        if (!fold_arabic(c, out)) out.append(c);
    }
    if (options.traditional_to_simplified && has_han(out)) {
        if (icu::Transliterator* t = traditional_to_simplified()) t->transliterate(out);
    }
    return to_utf8(out);
}

std::string fold_accents(std::string_view word) {
    bool ascii = true;
    for (char c : word) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) return std::string(word);

    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return std::string(word);
    icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString::fromUTF8(word), status);
    icu::UnicodeString stripped;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (c >= 0x0300 && c <= 0x036F) continue;  // combining diacritical marks (Latin, Greek, Cyrillic)
        switch (c) {
            case 0x0111:
                stripped.append(static_cast<UChar32>('d'));
                break;  // đ
            case 0x0142:
                stripped.append(static_cast<UChar32>('l'));
                break;  // ł
            case 0x00F8:
                stripped.append(static_cast<UChar32>('o'));
                break;  // ø
            default:
                stripped.append(c);
        }
    }
    icu::UnicodeString composed = nfc->normalize(stripped, status);
    return U_SUCCESS(status) ? to_utf8(composed) : std::string(word);
}

}  // namespace helpcenter::detail
