/* helpcenter.h: the C ABI of libhelpcenter. Plain C11; opaque handles; no C++ exception ever
 * crosses it.
 *
 * Conventions:
 * - Every call that can fail returns an hc_status. On failure, when `err` is not NULL, *err is
 *   set to a new hc_error describing the problem; release it with hc_error_free(). On success
 *   *err is left untouched.
 * - Strings are UTF-8. Strings returned by accessors are owned by the object they come from and
 *   stay valid until that object is freed. Strings returned as `char*` are the caller's: release
 *   them with hc_string_free().
 * - An hc_engine may be used from several threads at once. Other handles are not thread-safe.
 */
#ifndef HELPCENTER_H
#define HELPCENTER_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define HC_C_API __declspec(dllexport)
#else
#define HC_C_API __attribute__((visibility("default")))
#endif

typedef enum hc_status {
    HC_OK = 0,
    HC_INVALID_ARGUMENT = 1,
    HC_CORPUS_ERROR = 2,
    HC_NOT_FOUND = 3,
    HC_IO_ERROR = 4,
    HC_INDEX_ERROR = 5,
    HC_INTERNAL = 6
} hc_status;

/* Document types, as bit flags for hc_ask_options_set_types(). */
enum { HC_TYPE_ARTICLE = 1, HC_TYPE_SCRIPT = 2, HC_TYPE_BROCHURE = 4, HC_TYPE_ALL = 7 };

typedef struct hc_error hc_error;
typedef struct hc_engine hc_engine;
typedef struct hc_ask_options hc_ask_options;
typedef struct hc_answer hc_answer;

/* Library version, "MAJOR.MINOR.PATCH". */
HC_C_API const char* hc_version(void);

/* Errors. */
HC_C_API hc_status hc_error_status(const hc_error* err);
HC_C_API const char* hc_error_message(const hc_error* err);
HC_C_API void hc_error_free(hc_error* err);

/* Releases a string the library returned as char*. NULL is allowed. */
HC_C_API void hc_string_free(char* s);

/* Builds an index of the corpus folder `corpus_dir` into `db_dir` (see docs/corpus-format.md).
 * The previous index keeps serving if anything fails. */
HC_C_API hc_status hc_index_build(const char* corpus_dir, const char* db_dir, hc_error** err);

/* Opens the index in `db_dir`. On success *out is a new engine; free it with hc_engine_free(). */
HC_C_API hc_status hc_engine_open(const char* db_dir, hc_engine** out, hc_error** err);
HC_C_API void hc_engine_free(hc_engine* engine);
/* Picks up a newly published index generation. */
HC_C_API hc_status hc_engine_reopen(hc_engine* engine, hc_error** err);

/* Ask options; NULL options mean the defaults (language auto, 5 alternatives, articles). */
HC_C_API hc_ask_options* hc_ask_options_create(void);
HC_C_API void hc_ask_options_free(hc_ask_options* options);
/* "auto" (the default) or a BCP 47 tag such as "es" or "zh-Hant". */
HC_C_API void hc_ask_options_set_language(hc_ask_options* options, const char* language);
HC_C_API void hc_ask_options_set_top_k(hc_ask_options* options, size_t top_k);
HC_C_API void hc_ask_options_set_types(hc_ask_options* options, uint32_t types);
/* Refer below this confidence; negative means the engine's default. */
HC_C_API void hc_ask_options_set_min_confidence(hc_ask_options* options, double min_confidence);

/* Answers one question (`question_len` bytes of UTF-8; invalid bytes are tolerated). On success
 * *out is a new answer; free it with hc_answer_free(). */
HC_C_API hc_status hc_engine_ask(const hc_engine* engine, const char* question, size_t question_len,
                                 const hc_ask_options* options, hc_answer** out, hc_error** err);
HC_C_API void hc_answer_free(hc_answer* answer);

/* The answer. */
HC_C_API uint8_t hc_answer_has_best(const hc_answer* answer); /* 1 when results[0] is the answer */
HC_C_API uint8_t hc_answer_referred(const hc_answer* answer); /* 1: recommend a person instead */
HC_C_API uint8_t hc_answer_fallback(const hc_answer* answer); /* 1: answer in another language */
HC_C_API double hc_answer_confidence(const hc_answer* answer);
HC_C_API const char* hc_answer_language(const hc_answer* answer); /* the question's language */
HC_C_API const char* hc_answer_referral(const hc_answer* answer); /* "" unless referred */
HC_C_API const char* hc_answer_did_you_mean(const hc_answer* answer);

/* Ranked results; when hc_answer_has_best() is 1, result 0 is the answer. Out-of-range indexes
 * give "" (strings), 0 (numbers). */
HC_C_API size_t hc_answer_result_count(const hc_answer* answer);
HC_C_API const char* hc_answer_result_id(const hc_answer* answer, size_t i);
HC_C_API const char* hc_answer_result_lang(const hc_answer* answer, size_t i);
HC_C_API const char* hc_answer_result_type(const hc_answer* answer, size_t i);
HC_C_API const char* hc_answer_result_title(const hc_answer* answer, size_t i);
HC_C_API const char* hc_answer_result_url(const hc_answer* answer, size_t i);
HC_C_API const char* hc_answer_result_passage(const hc_answer* answer, size_t i);
HC_C_API double hc_answer_result_score(const hc_answer* answer, size_t i);

/* The whole answer as a JSON object (the format of `helpcenter ask --format json`). The caller
 * frees it with hc_string_free(). Returns NULL only when out of memory. */
HC_C_API char* hc_answer_to_json(const hc_answer* answer);

#ifdef __cplusplus
}
#endif

#endif /* HELPCENTER_H */
