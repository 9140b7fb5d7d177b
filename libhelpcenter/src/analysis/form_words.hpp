// The nouns that name a form ("form", "formulario", "đơn", "نموذج"): "formulario I-90" asks
// about the form exactly as "I-90" does.
#pragma once

#include <string>
#include <string_view>

namespace helpcenter::detail {

// True when `term` (normalized) is a word for "form" or "application form" in `language`,
// with or without its accents.
bool is_form_noun(const std::string& language, std::string_view term);

}  // namespace helpcenter::detail
