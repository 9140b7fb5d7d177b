/* The C ABI, used from C11: build an index, open it, ask, read the answer, handle errors. */
#include <helpcenter.h>

#include <stdio.h>
#include <string.h>

static int failures = 0;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
            ++failures;                                                              \
        }                                                                            \
    } while (0)

int main(int argc, char** argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s CORPUS_DIR DB_DIR\n", argv[0]);
        return 2;
    }
    hc_error* err = NULL;
    CHECK(strlen(hc_version()) > 0);

    CHECK(hc_index_build(argv[1], argv[2], &err) == HC_OK);
    CHECK(err == NULL);

    hc_engine* engine = NULL;
    CHECK(hc_engine_open("/nonexistent/index", &engine, &err) == HC_NOT_FOUND);
    CHECK(err != NULL && strlen(hc_error_message(err)) > 0);
    CHECK(hc_error_status(err) == HC_NOT_FOUND);
    hc_error_free(err);
    err = NULL;

    CHECK(hc_engine_open(argv[2], &engine, &err) == HC_OK);
    if (engine == NULL) return 1;

    const char* question = "How do I replace my green card?";
    hc_answer* answer = NULL;
    CHECK(hc_engine_ask(engine, question, strlen(question), NULL, &answer, &err) == HC_OK);
    CHECK(answer != NULL);
    CHECK(hc_answer_has_best(answer) == 1);
    CHECK(strcmp(hc_answer_result_id(answer, 0), "replace-green-card") == 0);
    CHECK(strcmp(hc_answer_result_lang(answer, 0), "en") == 0);
    CHECK(strcmp(hc_answer_result_type(answer, 0), "article") == 0);
    CHECK(strlen(hc_answer_result_passage(answer, 0)) > 0);
    CHECK(hc_answer_confidence(answer) >= 0.0 && hc_answer_confidence(answer) <= 1.0);
    CHECK(strcmp(hc_answer_language(answer), "en") == 0);
    CHECK(strcmp(hc_answer_result_id(answer, 999), "") == 0);
    char* json = hc_answer_to_json(answer);
    CHECK(json != NULL && strstr(json, "\"replace-green-card\"") != NULL);
    hc_string_free(json);
    hc_answer_free(answer);

    hc_ask_options* options = hc_ask_options_create();
    hc_ask_options_set_language(options, "es");
    hc_ask_options_set_top_k(options, 2);
    hc_ask_options_set_types(options, HC_TYPE_ARTICLE);
    hc_ask_options_set_min_confidence(options, 0.0);
    const char* spanish = "como reemplazo mi tarjeta de residente";
    CHECK(hc_engine_ask(engine, spanish, strlen(spanish), options, &answer, &err) == HC_OK);
    CHECK(strcmp(hc_answer_result_lang(answer, 0), "es") == 0);
    CHECK(hc_answer_result_count(answer) <= 3);
    hc_answer_free(answer);
    hc_ask_options_free(options);

    /* Invalid UTF-8 and empty questions are answered (referred), not errors. */
    CHECK(hc_engine_ask(engine, "\xff\xfe", 2, NULL, &answer, &err) == HC_OK);
    CHECK(hc_answer_referred(answer) == 1);
    hc_answer_free(answer);
    CHECK(hc_engine_ask(engine, NULL, 0, NULL, &answer, &err) == HC_OK);
    hc_answer_free(answer);
    CHECK(hc_engine_ask(NULL, "x", 1, NULL, &answer, &err) == HC_INVALID_ARGUMENT);
    hc_error_free(err);
    err = NULL;

    CHECK(hc_engine_reopen(engine, &err) == HC_OK);
    hc_engine_free(engine);

    CHECK(hc_index_build("/nonexistent/corpus", argv[2], &err) == HC_NOT_FOUND);
    hc_error_free(err);

    if (failures == 0) printf("1 passed, 0 failed\n");
    return failures == 0 ? 0 : 1;
}
