// The C ABI: thin wrappers over the C++ API that turn every exception into an hc_status.
#include <helpcenter.h>
#include <helpcenter/helpcenter.hpp>

#include <cstdlib>
#include <cstring>
#include <new>

struct hc_error {
    hc_status status;
    std::string message;
};
struct hc_engine {
    helpcenter::Engine engine;
};
struct hc_ask_options {
    helpcenter::AskOptions options;
};
struct hc_answer {
    helpcenter::Answer answer;
    std::vector<std::string> types;  // backing storage for hc_answer_result_type
};

namespace {

hc_status fail(hc_error** err, hc_status status, const std::string& message) {
    if (err != nullptr) *err = new (std::nothrow) hc_error{status, message};
    return status;
}

// Runs `body`, mapping every exception to a status and an error message.
template <typename Body>
hc_status guarded(hc_error** err, Body body) {
    try {
        body();
        return HC_OK;
    } catch (const helpcenter::Error& e) {
        return fail(err, static_cast<hc_status>(e.code()), e.what());
    } catch (const std::bad_alloc&) {
        return fail(err, HC_INTERNAL, "out of memory");
    } catch (const std::exception& e) {
        return fail(err, HC_INTERNAL, e.what());
    } catch (...) {
        return fail(err, HC_INTERNAL, "unknown error");
    }
}

const helpcenter::Result* result_at(const hc_answer* a, size_t i) {
    return a != nullptr && i < a->answer.results.size() ? &a->answer.results[i] : nullptr;
}

const char* field(const hc_answer* a, size_t i, std::string helpcenter::Result::*member) {
    const auto* r = result_at(a, i);
    return r != nullptr ? (r->*member).c_str() : "";
}

char* copy_string(const std::string& s) {
    char* out = static_cast<char*>(std::malloc(s.size() + 1));
    if (out != nullptr) std::memcpy(out, s.c_str(), s.size() + 1);
    return out;
}

}  // namespace

extern "C" {

const char* hc_version(void) {
    return helpcenter::version();
}

hc_status hc_error_status(const hc_error* err) {
    return err != nullptr ? err->status : HC_OK;
}
const char* hc_error_message(const hc_error* err) {
    return err != nullptr ? err->message.c_str() : "";
}
void hc_error_free(hc_error* err) {
    delete err;
}
void hc_string_free(char* s) {
    std::free(s);
}

hc_status hc_index_build(const char* corpus_dir, const char* db_dir, hc_error** err) {
    if (corpus_dir == nullptr || db_dir == nullptr)
        return fail(err, HC_INVALID_ARGUMENT, "corpus_dir and db_dir are required");
    return guarded(err, [&] { helpcenter::build_index(corpus_dir, db_dir); });
}

hc_status hc_engine_open(const char* db_dir, hc_engine** out, hc_error** err) {
    if (db_dir == nullptr || out == nullptr) return fail(err, HC_INVALID_ARGUMENT, "db_dir and out are required");
    *out = nullptr;
    return guarded(err, [&] { *out = new hc_engine{helpcenter::Engine(db_dir)}; });
}

void hc_engine_free(hc_engine* engine) {
    delete engine;
}

hc_status hc_engine_reopen(hc_engine* engine, hc_error** err) {
    if (engine == nullptr) return fail(err, HC_INVALID_ARGUMENT, "engine is NULL");
    return guarded(err, [&] { engine->engine.reopen(); });
}

hc_ask_options* hc_ask_options_create(void) {
    return new (std::nothrow) hc_ask_options{};
}
void hc_ask_options_free(hc_ask_options* options) {
    delete options;
}
void hc_ask_options_set_language(hc_ask_options* options, const char* language) {
    if (options != nullptr) options->options.language = language != nullptr ? language : "auto";
}
void hc_ask_options_set_top_k(hc_ask_options* options, size_t top_k) {
    if (options != nullptr) options->options.top_k = top_k;
}
void hc_ask_options_set_types(hc_ask_options* options, uint32_t types) {
    if (options != nullptr) options->options.types = types & helpcenter::TYPE_ALL;
}
void hc_ask_options_set_min_confidence(hc_ask_options* options, double min_confidence) {
    if (options != nullptr) options->options.min_confidence = min_confidence;
}

hc_status hc_engine_ask(const hc_engine* engine, const char* question, size_t question_len,
                        const hc_ask_options* options, hc_answer** out, hc_error** err) {
    if (engine == nullptr || out == nullptr || (question == nullptr && question_len > 0)) {
        return fail(err, HC_INVALID_ARGUMENT, "engine, question and out are required");
    }
    *out = nullptr;
    return guarded(err, [&] {
        const helpcenter::AskOptions defaults;
        auto* answer =
            new hc_answer{engine->engine.ask(std::string_view(question == nullptr ? "" : question, question_len),
                                             options != nullptr ? options->options : defaults),
                          {}};
        for (const auto& r : answer->answer.results)
            answer->types.emplace_back(helpcenter::to_string(r.type));
        *out = answer;
    });
}

void hc_answer_free(hc_answer* answer) {
    delete answer;
}

uint8_t hc_answer_has_best(const hc_answer* a) {
    return a != nullptr && a->answer.best ? 1 : 0;
}
uint8_t hc_answer_referred(const hc_answer* a) {
    return a != nullptr && a->answer.referred ? 1 : 0;
}
uint8_t hc_answer_fallback(const hc_answer* a) {
    return a != nullptr && a->answer.fallback ? 1 : 0;
}
double hc_answer_confidence(const hc_answer* a) {
    return a != nullptr ? a->answer.confidence : 0.0;
}
const char* hc_answer_language(const hc_answer* a) {
    return a != nullptr ? a->answer.question_language.c_str() : "";
}
const char* hc_answer_referral(const hc_answer* a) {
    return a != nullptr ? a->answer.referral.c_str() : "";
}
const char* hc_answer_did_you_mean(const hc_answer* a) {
    return a != nullptr ? a->answer.did_you_mean.c_str() : "";
}

size_t hc_answer_result_count(const hc_answer* a) {
    return a != nullptr ? a->answer.results.size() : 0;
}
const char* hc_answer_result_id(const hc_answer* a, size_t i) {
    return field(a, i, &helpcenter::Result::id);
}
const char* hc_answer_result_lang(const hc_answer* a, size_t i) {
    return field(a, i, &helpcenter::Result::lang);
}
const char* hc_answer_result_type(const hc_answer* a, size_t i) {
    return a != nullptr && i < a->types.size() ? a->types[i].c_str() : "";
}
const char* hc_answer_result_title(const hc_answer* a, size_t i) {
    return field(a, i, &helpcenter::Result::title);
}
const char* hc_answer_result_url(const hc_answer* a, size_t i) {
    return field(a, i, &helpcenter::Result::url);
}
const char* hc_answer_result_passage(const hc_answer* a, size_t i) {
    return field(a, i, &helpcenter::Result::passage);
}
double hc_answer_result_score(const hc_answer* a, size_t i) {
    const auto* r = result_at(a, i);
    return r != nullptr ? r->score : 0.0;
}

char* hc_answer_to_json(const hc_answer* a) {
    if (a == nullptr) return copy_string("null");
    try {
        return copy_string(helpcenter::answer_to_json(a->answer));
    } catch (...) {
        return nullptr;
    }
}

}  // extern "C"
