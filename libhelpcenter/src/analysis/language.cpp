// Language tags and the analysis choices made for each language.
#include "analysis/language.hpp"

#include "analysis/stopwords.hpp"
#include "common/utf8.hpp"

#include <xapian.h>

#include <map>
#include <set>
#include <sstream>

namespace helpcenter::detail {
namespace {

// ISO 639-1 codes of the languages Xapian 1.4 ships a Snowball stemmer for.
const std::map<std::string, std::string>& stemmer_names() {
    static const std::map<std::string, std::string> names = {
        {"ar", "arabic"},    {"hy", "armenian"},   {"eu", "basque"},    {"ca", "catalan"},   {"da", "danish"},
        {"nl", "dutch"},     {"en", "english"},    {"fi", "finnish"},   {"fr", "french"},    {"de", "german"},
        {"hu", "hungarian"}, {"id", "indonesian"}, {"ga", "irish"},     {"it", "italian"},   {"lt", "lithuanian"},
        {"ne", "nepali"},    {"nb", "norwegian"},  {"nn", "norwegian"}, {"no", "norwegian"}, {"pt", "portuguese"},
        {"ro", "romanian"},  {"ru", "russian"},    {"es", "spanish"},   {"sv", "swedish"},   {"ta", "tamil"},
        {"tr", "turkish"},
    };
    return names;
}

// Only stemmers this Xapian build really has (the list differs between Xapian versions).
bool xapian_has_stemmer(const std::string& name) {
    static const std::set<std::string> available = [] {
        std::set<std::string> out;
        std::istringstream in(Xapian::Stem::get_available_languages());
        for (std::string word; in >> word;)
            out.insert(word);
        return out;
    }();
    return available.contains(name);
}

}  // namespace

LanguageProfile language_profile(std::string_view tag) {
    LanguageProfile profile;
    profile.tag = std::string(tag);
    std::string lower = ascii_lower(trim(tag));
    for (char& c : lower) {
        if (c == '_') c = '-';
    }
    profile.base = lower.substr(0, lower.find('-'));
    if (profile.base.empty() || profile.base == "auto" || profile.base == "und") profile.base = "und";
    // Legacy and macro-language codes that people still send.
    if (profile.base == "iw") profile.base = "he";
    if (profile.base == "in") profile.base = "id";
    if (profile.base == "fil") profile.base = "tl";
    if (profile.base == "cmn" || profile.base == "yue") profile.base = "zh";

    if (auto it = stemmer_names().find(profile.base); it != stemmer_names().end() && xapian_has_stemmer(it->second)) {
        profile.stemmer = it->second;
    }
    profile.chinese = profile.base == "zh";
    profile.korean = profile.base == "ko";
    // ICU segments these with dictionaries; the others below have stop-word lists.
    static const std::set<std::string> segmented = {"zh", "ja", "ko", "th", "lo", "km", "my"};
    profile.tailored = !profile.stemmer.empty() || segmented.contains(profile.base) || has_stopword_list(profile.base);
    return profile;
}

}  // namespace helpcenter::detail
