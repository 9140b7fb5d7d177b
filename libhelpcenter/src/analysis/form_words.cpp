// Per-language words for "form". Only the noun that names the paper itself: "renew" or "fee"
// next to a form number says what is asked and stays a content word.
#include "analysis/form_words.hpp"

#include "analysis/normalizer.hpp"

#include <map>
#include <set>
#include <sstream>

namespace helpcenter::detail {
namespace {

const std::map<std::string, std::set<std::string, std::less<>>>& lists() {
    static const auto built = [] {
        const std::map<std::string, const char*> raw = {
            {"en", "form forms application"},
            {"es", "formulario formularios forma formas solicitud planilla"},
            {"fr", "formulaire formulaires demande"},
            {"ht", "fòm fom fomilè fomile aplikasyon"},
            {"vi", "đơn mẫu form"},
            {"zh", "表 表格 申请 申请表"},
            {"ko", "양식 서식 신청서 폼"},
            {"tl", "form porma aplikasyon"},
            {"ar", "نموذج استمارة طلب فورم"},
            {"ru", "форма форму формы бланк заявление"},
        };
        std::map<std::string, std::set<std::string, std::less<>>> out;
        for (const auto& [lang, words] : raw) {
            std::istringstream in(words);
            for (std::string w; in >> w;) {
                out[lang].insert(w);
                out[lang].insert(fold_accents(w));
            }
        }
        return out;
    }();
    return built;
}

}  // namespace

bool is_form_noun(const std::string& language, std::string_view term) {
    const auto it = lists().find(language);
    return it != lists().end() && it->second.contains(term);
}

}  // namespace helpcenter::detail
