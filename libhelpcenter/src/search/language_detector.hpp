// Detects the language of a question: short and mixed questions are the norm ("como renuevo mi
// green card", "I-90 申请"), so cld2's guess is combined with the script of the letters and with
// how many of the question's words each corpus language actually uses.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace helpcenter::detail {

class LanguageDetector {
public:
    // `vocabularies`: for each language of the index, the words its documents use.
    explicit LanguageDetector(std::map<std::string, std::unordered_set<std::string>> vocabularies);

    // A language tag from the index's languages when one fits, else cld2's tag, else "en".
    std::string detect(std::string_view text) const;

    const std::vector<std::string>& languages() const noexcept { return languages_; }
    bool has_language(const std::string& base) const { return vocabularies_.contains(base); }
    // The words documents of `base` use, or nullptr for a language the index does not have.
    const std::unordered_set<std::string>* vocabulary(const std::string& base) const {
        const auto it = vocabularies_.find(base);
        return it != vocabularies_.end() ? &it->second : nullptr;
    }

    // The script (UScriptCode) most of the words of `base` are written in, or -1 when unknown.
    int script_of(const std::string& base) const {
        const auto it = script_of_.find(base);
        return it != script_of_.end() ? it->second : -1;
    }

private:
    std::map<std::string, std::unordered_set<std::string>> vocabularies_;
    std::map<std::string, int> script_of_;  // UScriptCode of each language's words
    std::vector<std::string> languages_;
};

// cld2's guess alone: an ISO 639-1 tag (or cld2's code), or "" when it has none.
std::string cld2_language(std::string_view text, bool* reliable = nullptr);

}  // namespace helpcenter::detail
