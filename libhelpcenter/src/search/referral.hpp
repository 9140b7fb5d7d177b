// The words the engine says when it refers the asker to a person, in the asker's language.
#pragma once

#include <string>

namespace helpcenter::detail {

// Referral text for `language` (base subtag); English for languages it has no text for.
const std::string& referral_text(const std::string& language);

}  // namespace helpcenter::detail
