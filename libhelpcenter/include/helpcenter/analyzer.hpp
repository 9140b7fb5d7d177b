// Text analysis shared by indexing and querying: normalization, segmentation, identifiers, stems.
#pragma once

#include <helpcenter/export.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace helpcenter {

// One word of analysed text.
struct Token {
    enum class Kind : std::uint8_t {
        word,        // letters (any script)
        number,      // digits
        identifier,  // a form or receipt number, kept whole: "I-90", "i 90" and "I90" all give "i90"
    };

    Kind kind = Kind::word;
    std::string term;            // normalized, case-folded word: the exact term
    std::string folded;          // `term` without accents (e.g. "renovacion"); empty when it has none
    std::string stem;            // stem of the folded word; equals the folded word when there is no stemmer
    std::uint32_t position = 0;  // 0-based word position
    bool stopword = false;       // a function word ("the", "de", "how do I") that carries little meaning
};

// Analyses text of one language. Which steps run depends on the language tag (BCP 47): Snowball
// stemming where Xapian has a stemmer, Traditional-to-Simplified Chinese, Korean particle
// stripping, Arabic letter normalization, and so on. A tag the analyzer does not know gets the
// default pipeline (normalization, folding, segmentation), never an error.
//
// Analyzers are cheap to copy (shared state) and safe to use from several threads at once.
class HC_API Analyzer {
public:
    explicit Analyzer(std::string_view language = "en");
    ~Analyzer();
    Analyzer(const Analyzer&);
    Analyzer& operator=(const Analyzer&);
    Analyzer(Analyzer&&) noexcept;
    Analyzer& operator=(Analyzer&&) noexcept;

    // The tag this analyzer was made for, as given.
    const std::string& language() const noexcept;
    // The primary language subtag it analyses as, lowercased ("zh" for "zh-Hant").
    const std::string& base_language() const noexcept;
    // True when a Snowball stemmer is used for this language.
    bool has_stemmer() const noexcept;

    // Splits `text` (UTF-8; invalid bytes are replaced, never fatal) into tokens.
    std::vector<Token> analyze(std::string_view text) const;

    // Unicode NFKC normalization with case folding, plus this language's letter normalization.
    std::string normalize(std::string_view text) const;

private:
    struct Impl;
    std::shared_ptr<const Impl> impl_;
};

// Canonical form of a form or receipt number, or "" when `text` is not one:
// "I-90", "i 90", "I90" -> "i90"; "ioe0123456789" -> "ioe0123456789".
HC_API std::string canonical_identifier(std::string_view text);

}  // namespace helpcenter

namespace helpcenter {

// `text` with every word that analyses like one of `words` (same stem) wrapped in `open` and
// `close`, e.g. "**" and "**". Used to mark the question's words in a displayed answer.
HC_API std::string highlight(std::string_view text, const std::vector<std::string>& words, std::string_view language,
                             std::string_view open, std::string_view close);

}  // namespace helpcenter
