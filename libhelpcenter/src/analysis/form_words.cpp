// Per-language words for "form". Only the noun that names the paper itself: "renew" or "fee"
// next to a form number says what is asked and stays a content word.
#include "analysis/form_words.hpp"

#include "analysis/word_sets.hpp"

namespace helpcenter::detail {
namespace {

const WordSets& form_sets() {
    static const WordSets sets = build_word_sets({
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
    });
    return sets;
}

}  // namespace

bool is_form_noun(const std::string& language, std::string_view term) {
    const auto it = form_sets().find(language);
    return it != form_sets().end() && it->second.contains(term);
}

}  // namespace helpcenter::detail
