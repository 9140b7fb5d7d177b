// The engine: opens an index generation, detects the question's language, ranks, chooses one
// answer, estimates confidence, and falls back to English when needed.
#include "analysis/elision.hpp"
#include "analysis/form_words.hpp"
#include "analysis/language.hpp"
#include "analysis/normalizer.hpp"
#include "common/utf8.hpp"
#include "index/generations.hpp"
#include "index/schema.hpp"
#include "search/confidence.hpp"
#include "search/faq_match.hpp"
#include "search/language_detector.hpp"
#include "search/passage_text.hpp"
#include "search/query_builder.hpp"
#include "search/ranker.hpp"
#include "search/referral.hpp"

#include <helpcenter/corpus.hpp>
#include <helpcenter/engine.hpp>

#include <unicode/uscript.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <mutex>
#include <sstream>

namespace helpcenter {
namespace fs = std::filesystem;
using namespace detail;

namespace {

// A passage shown as an answer is cut to about this many bytes, on a sentence boundary.
constexpr std::size_t kMaxPassageBytes = 900;
// A cross-language answer must be this much more confident to replace one in the asker's language.
constexpr double kFallbackMargin = 0.1;
// BM25 length normalization when choosing which passage of the answer's document to show.
constexpr double kAnswerPassageB = 0.1;
// Questions longer than this are cut (a pasted document is not a question).
constexpr std::size_t kMaxQuestionBytes = 4096;
// How many of the best documents are compared with the asked question one question at a time.
constexpr std::size_t kFaqRerankDepth = 20;

bool is_word_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

// Finds `term` in `text` as a whole word when the term is written in Latin letters (including
// a Vietnamese term that starts with "ở" or "đ"); anywhere otherwise (Chinese has no spaces,
// Korean attaches particles, and a Russian or Arabic stem matches its inflected forms).
bool contains_term(const std::string& text, const std::string& term) {
    const bool latin = !term.empty() && first_script(term) == USCRIPT_LATIN;
    for (std::size_t pos = text.find(term); pos != std::string::npos; pos = text.find(term, pos + 1)) {
        if (!latin) return true;
        const bool start_ok = pos == 0 || !is_word_byte(text[pos - 1]);
        const std::size_t end = pos + term.size();
        const bool end_ok = end >= text.size() || !is_word_byte(text[end]);
        if (start_ok && end_ok) return true;
    }
    return false;
}

// The best hit of a type the answer may be (scripts and brochures may rank above it).
std::optional<std::size_t> first_answer(const std::vector<DocumentHit>& hits, std::uint32_t answer_types) {
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const auto type = parse_doc_type(hits[i].type);
        if (type && (answer_types & static_cast<std::uint32_t>(*type))) return i;
    }
    return std::nullopt;
}

}  // namespace

// One open index generation with what the engine loads from it. Queries on a snapshot are
// serialized (Xapian::Database is not safe for concurrent use); a reopen makes a new snapshot,
// so queries in flight finish on the old one.
struct Snapshot {
    fs::path path;
    mutable std::mutex mutex;
    Xapian::Database db;
    std::string generation;
    std::unique_ptr<LanguageDetector> detector;
    std::map<std::string, Glossary> glossaries;  // normalized term -> English, by language
    std::map<std::string, Glossary> unaccented;  // the same with accent-free terms, for unaccented questions
    QueryWeights weights;
    std::vector<double> confidence_weights;                              // empty: the built-in model
    mutable FaqMatcher faq{db};                                          // used under `mutex`, like `db`
    std::map<std::string, std::vector<FaqMatcher::Stems>> out_of_scope;  // example questions, by language

    void open() {
        std::error_code ec;
        if (!fs::exists(path, ec)) throw Error(ErrorCode::not_found, "no index at " + path.string());
        try {
            const fs::path stub = path / schema::kStubFile;
            db = fs::exists(stub, ec) ? Xapian::Database(stub.string()) : Xapian::Database(path.string());
        } catch (const Xapian::DatabaseNotFoundError& e) {
            throw Error(ErrorCode::not_found, "no index at " + path.string() + " (" + e.get_msg() + ")");
        } catch (const Xapian::Error& e) {
            throw Error(ErrorCode::index_error,
                        "cannot open the index at " + path.string() + ": " + e.get_description());
        }
        generation = current_generation(path).value_or("");
        load_metadata();
    }

    void load_metadata() {
        std::map<std::string, std::unordered_set<std::string>> vocabularies;
        std::istringstream langs(db.get_metadata(schema::kLanguagesKey));
        glossaries.clear();
        unaccented.clear();
        for (std::string lang; langs >> lang;) {
            auto& vocab = vocabularies[lang];
            for (auto& word : split_lines(db.get_metadata(schema::vocabulary_key(lang))))
                vocab.insert(std::move(word));
            for (const auto& line : split_lines(db.get_metadata(schema::glossary_key(lang)))) {
                const auto tab = line.find('\t');
                if (tab == std::string::npos) continue;
                // Elisions are dropped on both sides, so a question typed with a typographic apostrophe
                // ("trafic d’êtres humains") matches a term written with a straight one.
                const std::string term = strip_elisions(lang, line.substr(0, tab));
                glossaries[lang].emplace_back(term, line.substr(tab + 1));
                unaccented[lang].emplace_back(fold_accents(term), line.substr(tab + 1));
            }
        }
        detector = std::make_unique<LanguageDetector>(std::move(vocabularies));
        out_of_scope.clear();
        std::map<std::string, Analyzer> analyzers;  // one per language, not one per example
        for (const auto& line : split_lines(db.get_metadata(schema::kOutOfScopeKey))) {
            const auto tab = line.find('\t');
            if (tab == std::string::npos) continue;
            const std::string lang = line.substr(0, tab);
            const Analyzer& analyzer = analyzers.try_emplace(lang, lang).first->second;
            auto stems = FaqMatcher::stems_of(analyzer, line.substr(tab + 1));
            if (!stems.empty()) out_of_scope[lang].push_back(std::move(stems));
        }
    }

    std::string language_for(const std::string& requested, std::string_view question) const {
        if (requested.empty() || requested == "auto") return detector->detect(question);
        return language_profile(requested).base;
    }

    // The question's key terms carried into English through the glossary, plus the words that
    // need no translation: form numbers, and words in Latin letters that are English rather than
    // the asker's language ("green card" in a Korean or Vietnamese question).
    std::string translate(const std::string& lang, std::string_view question) const {
        const Analyzer analyzer(lang);
        const std::string normalized = strip_elisions(lang, analyzer.normalize(question));
        // Typed without any accent ("giay phep lao dong"): match the glossary without accents.
        const auto& glossary = fold_accents(normalized) == normalized ? unaccented : glossaries;
        std::string out;
        if (const auto it = glossary.find(lang); it != glossary.end()) {
            for (const auto& [term, english] : it->second) {
                if (contains_term(normalized, term)) out += english + " ";
            }
        }
        // In a language written in Latin letters (and with a glossary: English has none), keep
        // only the words English documents use as written: "visa", "fiance", not "thê" or "para".
        const bool filter_latin = detector->script_of(lang) == USCRIPT_LATIN && glossaries.contains(lang);
        const auto* english = detector->vocabulary("en");
        for (const Token& t : analyzer.analyze(question)) {
            if (t.kind == Token::Kind::identifier) {
                out += t.term + " ";
                continue;
            }
            const bool latin = !t.term.empty() && static_cast<unsigned char>(t.term.front()) < 0x80;
            if (!latin || t.stopword) continue;
            if (filter_latin && (english == nullptr || !english->contains(t.term))) continue;
            out += t.term + " ";
        }
        return out;
    }

    struct Candidate {
        std::vector<DocumentHit> hits;
        BuiltQuery query;
        std::string lang;
        bool fallback = false;
        double max_possible = 0.0;          // the query's highest possible passage score
        std::optional<std::size_t> answer;  // index into hits
        // Set when the question was also ranked in English through the glossary: whether that
        // ranking chose the same topic. Two independent routes agreeing is evidence of a right answer.
        std::optional<bool> agrees;
        // Set with `agrees`: the English ranking chose a topic the asker's language has no article
        // on, so the asker's-language ranking could not have found it.
        bool english_topic_missing = false;
        // Whether ranking on titles and alternate questions alone chose the same topic.
        bool faq_agrees = false;
        double out_of_scope_match = 0.0;  // closeness to the nearest out-of-scope example
        ConfidenceFeatures features;
        double confidence = 0.0;
    };

    void set_confidence(Candidate& c) const {
        c.features = features(c);
        c.confidence = confidence_of(c.features, confidence_weights);
    }

    // Records whether `a` and `b`, rankings of one question in two languages, agree on the topic.
    void cross_check(Candidate& a, Candidate& b) const {
        const DocumentHit& english = b.hits[*b.answer];
        const DocumentHit& local = a.hits[*a.answer];
        // As in the margin: for a question that is only a form number, two topics that both list
        // the form (renew and replace a green card) are both right, so the routes agree.
        const bool same_form = a.features.only_identifiers > 0 && local.form_match && english.form_match;
        const bool same = same_form || !different_topic(local, english);
        const bool missing = !same && !db.term_exists(schema::kDocKey + a.lang + "/" + english.type + "/" + english.id);
        a.agrees = same;
        b.agrees = same;
        a.english_topic_missing = missing;
        b.english_topic_missing = missing;
        set_confidence(a);
        set_confidence(b);
    }

    // Moves up, among the first documents, those with one question close to the asked one.
    void rerank_by_questions(std::vector<DocumentHit>& hits, const BuiltQuery& query, const std::string& lang) const {
        if (hits.empty()) return;
        const double top = hits.front().score;
        const std::size_t depth = std::min(hits.size(), kFaqRerankDepth);
        const auto asked = faq.asked(query);
        for (std::size_t i = 0; i < depth; ++i) {
            hits[i].question_match = faq.similarity(asked, hits[i].key, lang);
            hits[i].score += weights.faq_match * top * hits[i].question_match;
        }
        // The rest keep their order below: their scores were at most the last reranked one's.
        std::stable_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(depth),
                         [](const DocumentHit& a, const DocumentHit& b) { return a.score > b.score; });
    }

    // `spelling_retry`: when the question has typos, also rank it as corrected ("did you mean")
    // and keep whichever answer is more confident.
    Candidate rank(std::string_view text, const std::string& lang, bool fallback, std::uint32_t answer_types,
                   const std::string& only_document = "", bool spelling_retry = true) const {
        Candidate c;
        c.lang = lang;
        c.fallback = fallback;
        if (!detector->has_language(lang)) return c;
        const Analyzer analyzer(lang);
        c.query = build_query(db, analyzer, text, detector->vocabulary(lang), weights);
        RankOptions rank_options;
        rank_options.language = lang;
        rank_options.second_passage_weight = weights.second_passage;
        rank_options.bm25_k1 = weights.bm25_k1;
        rank_options.bm25_b = weights.bm25_b;
        rank_options.document = only_document;
        auto ranked = rank_documents(db, c.query, rank_options);
        c.hits = std::move(ranked.hits);
        c.max_possible = ranked.max_possible;
        rerank_by_questions(c.hits, c.query, lang);
        if (const auto it = out_of_scope.find(lang); it != out_of_scope.end())
            c.out_of_scope_match = faq.similarity(faq.asked(c.query, false), it->second);
        // A question that is only a form number asks about that form: the documents that list it
        // come first, whatever other documents merely mention it (a fee waiver "for the I-90").
        if (only_identifiers(c.query, lang))
            std::stable_partition(c.hits.begin(), c.hits.end(), [](const DocumentHit& h) { return h.form_match; });
        c.answer = first_answer(c.hits, answer_types);
        if (c.answer) {
            // Titles and alternate questions repeat on every passage of a document, so the best
            // few passages already hold the best documents.
            RankOptions faq_options = rank_options;
            faq_options.passages = 20;
            const auto faq = rank_documents(db, build_title_question_query(c.query), faq_options);
            if (const auto faq_answer = first_answer(faq.hits, answer_types))
                c.faq_agrees = !different_topic(faq.hits[*faq_answer], c.hits[*c.answer]);
            set_confidence(c);
        }
        if (spelling_retry && !c.query.did_you_mean.empty()) {
            Candidate corrected = rank(c.query.did_you_mean, lang, fallback, answer_types, only_document, false);
            if (corrected.answer && (!c.answer || corrected.confidence > c.confidence)) {
                corrected.query.did_you_mean = c.query.did_you_mean;
                return corrected;
            }
        }
        return c;
    }

    // The asker's-language version of the topic `c` answers, ranked for the original question.
    std::optional<Candidate> in_language(const Candidate& c, const std::string& lang, std::string_view question,
                                         std::uint32_t answer_types) const {
        if (!detector->has_language(lang)) return std::nullopt;
        const DocumentHit& top = c.hits[*c.answer];
        const std::string key = lang + "/" + top.type + "/" + top.id;
        if (!db.term_exists(schema::kDocKey + key)) return std::nullopt;
        Candidate local = rank(question, lang, false, answer_types, key);
        if (!local.answer) {
            // The question's words do not occur in it: fall back to its lead passage.
            Xapian::Enquire enquire(db);
            enquire.set_query(Xapian::Query(schema::kDocKey + key));
            enquire.set_docid_order(Xapian::Enquire::ASCENDING);
            enquire.set_weighting_scheme(Xapian::BoolWeight());
            const auto mset = enquire.get_mset(0, 1);
            if (mset.empty()) return std::nullopt;
            DocumentHit hit = top;
            hit.key = key;
            hit.lang = lang;
            hit.best_passage = mset.begin().get_document();
            hit.matched.clear();
            local.hits = {hit};
            local.answer = 0;
        }
        // Alternatives stay those of the cross-language search, after the local answer. Their
        // matched words index the other query's tokens: drop them.
        for (const auto& hit : c.hits) {
            if (hit.id == top.id) continue;
            local.hits.push_back(hit);
            local.hits.back().matched.clear();
            local.hits.back().field_matched.clear();
        }
        return local;
    }

    // "I-90" and "formulario I-90" alike: nothing but form numbers and the word for "form".
    static bool only_identifiers(const BuiltQuery& query, const std::string& lang) {
        const auto is_identifier = [&](std::size_t i) { return query.tokens[i].kind == Token::Kind::identifier; };
        return std::any_of(query.content.begin(), query.content.end(), is_identifier) &&
               std::all_of(query.content.begin(), query.content.end(),
                           [&](std::size_t i) { return is_identifier(i) || is_form_noun(lang, query.tokens[i].term); });
    }

    ConfidenceFeatures features(const Candidate& c) const {
        ConfidenceFeatures f;
        const DocumentHit& top = c.hits[*c.answer];
        const bool only_identifiers = Snapshot::only_identifiers(c.query, c.lang);
        double second = 0.0;
        for (const auto& hit : c.hits) {
            // A question that is only a form number ("I-90") is answered by every topic that lists
            // the form (replace and renew a green card): those are not competing answers.
            if (only_identifiers && top.form_match && hit.form_match) continue;
            if (different_topic(hit, top)) {
                second = hit.score;
                break;
            }
        }
        f.margin = top.score > 0 ? std::max(0.0, (top.score - second) / top.score) : 0.0;

        // Rare words say more about what is asked: weigh each content word by its idf. A word the
        // index has never seen gets the highest idf, so "rain in Houston" is mostly unmatched.
        const double n = static_cast<double>(std::max<Xapian::doccount>(1, db.get_doccount()));
        const auto* vocabulary = detector->vocabulary(c.lang);
        double total = 0.0, matched = 0.0, unknown = 0.0;
        for (std::size_t i : c.query.content) {
            const Token& t = c.query.tokens[i];
            const double df = static_cast<double>(db.get_termfreq(schema::kStem + t.stem));
            const double idf = std::log((n + 1.0) / (df + 1.0));
            total += idf;
            if (top.matched.contains(i)) matched += idf;
            const bool known =
                t.kind == Token::Kind::identifier
                    ? df > 0
                    : vocabulary != nullptr && (vocabulary->contains(t.term) || vocabulary->contains(t.folded));
            if (!known && !c.query.corrected.contains(i)) unknown += 1.0;
        }
        const double content = static_cast<double>(c.query.content.size());
        f.coverage = total > 0 ? matched / total : 0.0;
        f.field_coverage = content > 0 ? static_cast<double>(top.field_matched.size()) / content : 0.0;
        f.unknown = content > 0 ? unknown / content : 0.0;
        f.form_match = top.form_match ? 1.0 : 0.0;
        f.log_score = std::log1p(top.score);
        f.log_length = std::log1p(content);
        f.fallback = c.fallback ? 1.0 : 0.0;
        f.only_identifiers = only_identifiers ? 1.0 : 0.0;
        f.score_ratio = c.max_possible > 0 ? std::min(1.0, top.score / c.max_possible) : 0.0;
        f.cross_checked = c.agrees.has_value() ? 1.0 : 0.0;
        f.cross_agrees = c.agrees.value_or(false) ? 1.0 : 0.0;
        f.english_topic_missing = c.english_topic_missing ? 1.0 : 0.0;
        f.faq_agrees = c.faq_agrees ? f.coverage : 0.0;
        f.question_match = top.question_match;
        f.out_of_scope_match = c.out_of_scope_match;
        return f;
    }

    // The passage shown as the answer, chosen again within the answer's document with little
    // length normalization: every passage carries its document's title and alternate questions,
    // and the ranking's normalization turns those into a bonus for the shortest passage
    // ("Common mistakes" for "I lost my green card").
    void choose_answer_passage(DocumentHit& hit, const BuiltQuery& query) const {
        if (query.empty()) return;
        Xapian::Enquire enquire(db);
        enquire.set_query(
            Xapian::Query(Xapian::Query::OP_FILTER, query.query, Xapian::Query(schema::kDocKey + hit.key)));
        enquire.set_weighting_scheme(Xapian::BM25Weight(weights.bm25_k1, 0, 1, kAnswerPassageB, 0.5));
        // Ask for all of the document's passages: a one-passage MSet returned a different (and
        // worse) passage for some questions.
        const Xapian::MSet mset = enquire.get_mset(0, 500);
        if (!mset.empty()) hit.best_passage = mset.begin().get_document();
    }

    Result to_result(const DocumentHit& hit, const BuiltQuery& query) const {
        Result r;
        const auto data = nlohmann::json::parse(hit.best_passage.get_data(), nullptr, false);
        const auto str = [&data](const char* key) {
            return data.is_object() && data.contains(key) && data[key].is_string() ? data[key].get<std::string>()
                                                                                   : std::string();
        };
        r.id = hit.id;
        r.lang = hit.lang;
        r.type = parse_doc_type(hit.type).value_or(DocType::article);
        r.title = str("title");
        r.url = str("url");
        r.updated = str("updated");
        r.heading = str("heading");
        r.passage = trim_to_sentences(str("text"), kMaxPassageBytes, hit.lang);
        r.page =
            data.is_object() && data.contains("page") && data["page"].is_number_integer() ? data["page"].get<int>() : 0;
        r.score = hit.score;
        for (std::size_t i : hit.matched) {
            if (i < query.tokens.size()) r.matched_terms.push_back(query.tokens[i].term);
        }
        return r;
    }

    Answer ask_plain(const std::string& question, const AskOptions& options) const {
        Answer answer;
        answer.question_language = language_for(options.language, question);
        const std::string& lang = answer.question_language;
        if (!detector->has_language(lang)) return answer;
        const BuiltQuery query = build_plain_query(Analyzer(lang), question);
        RankOptions rank_options;
        rank_options.language = lang;
        rank_options.types = options.types;
        rank_options.plain_bm25 = true;
        const auto hits = rank_documents(db, query, rank_options).hits;
        for (std::size_t i = 0; i < hits.size() && i < options.top_k + 1; ++i)
            answer.results.push_back(to_result(hits[i], query));
        if (!answer.results.empty()) {
            answer.best = answer.results.front();
            answer.confidence = 1.0;
        }
        answer.referred = !answer.best;
        return answer;
    }

    Answer ask(std::string_view raw, const AskOptions& options) const {
        Answer answer;
        const std::string question(trim(sanitize_utf8(raw.substr(0, std::min(raw.size(), kMaxQuestionBytes)))));
        std::lock_guard lock(mutex);
        if (options.plain_bm25 && !question.empty()) return ask_plain(question, options);
        answer.question_language = question.empty()
                                       ? language_profile(options.language == "auto" ? "en" : options.language).base
                                       : language_for(options.language, question);
        const double min_confidence = options.min_confidence >= 0 ? options.min_confidence : kDefaultMinConfidence;

        Candidate best = rank(question, answer.question_language, false, options.types);
        // The asker's language may not have the topic at all (a corpus may lack topics in some
        // languages; every topic exists in English): also ask in English through the glossary, and
        // keep the more confident answer. An answer in the asker's language wins ties. An English
        // question below the threshold is ranked in Spanish instead, with its words as they are (form
        // numbers, names, loanwords), as a second opinion only: an answer in another language than
        // the asker's was never the better one, and Spanish as a second fallback for the other
        // languages answered 4 of 1,310 dev questions, all below the threshold.
        const bool english = answer.question_language == "en";
        if (options.cross_language && !(english && best.answer && best.confidence >= min_confidence)) {
            const char* other = english ? "es" : "en";
            const std::string translated = translate(answer.question_language, question);
            Candidate alt = trim(translated).empty() ? Candidate{} : rank(translated, other, true, options.types);
            if (alt.answer) {
                if (best.answer && !best.agrees) cross_check(best, alt);
                // The margin favours the asker's language only when its corpus could have had the answer.
                const double margin = best.english_topic_missing ? 0.0 : kFallbackMargin;
                if (!english && (!best.answer || alt.confidence > best.confidence + margin)) {
                    // Same topic available in the asker's language: answer with that article instead.
                    if (auto local = in_language(alt, answer.question_language, question, options.types)) {
                        local->features = alt.features;
                        local->confidence = alt.confidence;
                        best = std::move(*local);
                    } else {
                        best = std::move(alt);
                    }
                }
            }
        }
        if (!best.query.did_you_mean.empty()) answer.did_you_mean = best.query.did_you_mean;
        if (best.answer) {
            choose_answer_passage(best.hits[*best.answer], best.query);
            answer.best = to_result(best.hits[*best.answer], best.query);
            answer.confidence = best.confidence;
            answer.confidence_features = feature_vector(best.features);
            answer.fallback = best.fallback;
            answer.results.push_back(*answer.best);
        }
        for (std::size_t i = 0; i < best.hits.size() && answer.results.size() < options.top_k + (answer.best ? 1 : 0);
             ++i) {
            if (best.answer && i == *best.answer) continue;
            answer.results.push_back(to_result(best.hits[i], best.query));
        }
        // A question of function words only ("what is and?") says nothing we can answer.
        answer.referred = !answer.best || answer.confidence < min_confidence || best.query.only_stopwords;
        if (answer.referred) answer.referral = referral_text(answer.question_language);
        return answer;
    }

    std::vector<Result> search(std::string_view raw, const SearchOptions& options) const {
        const std::string question(trim(sanitize_utf8(raw.substr(0, std::min(raw.size(), kMaxQuestionBytes)))));
        std::vector<Result> results;
        if (question.empty()) return results;
        std::lock_guard lock(mutex);
        const std::string lang = language_for(options.language, question);
        Candidate c = rank(question, lang, false, options.types);
        if (c.hits.empty() && options.cross_language && lang != "en")
            c = rank(translate(lang, question), "en", true, options.types);
        for (const auto& hit : c.hits) {
            const auto type = parse_doc_type(hit.type);
            if (!type || !(options.types & static_cast<std::uint32_t>(*type))) continue;
            results.push_back(to_result(hit, c.query));
            if (results.size() >= options.top_k) break;
        }
        return results;
    }
};

struct Engine::Impl {
    fs::path path;
    EngineOptions options;
    mutable std::mutex mutex;  // guards `current` and `last_check`
    std::shared_ptr<Snapshot> current;
    mutable std::chrono::steady_clock::time_point last_check = std::chrono::steady_clock::now();

    std::shared_ptr<Snapshot> open_snapshot(const fs::path& path) const {
        auto snapshot = std::make_shared<Snapshot>();
        snapshot->path = path;
        snapshot->weights = options.ranking;
        snapshot->confidence_weights = options.confidence_weights;
        snapshot->open();
        return snapshot;
    }

    // The snapshot to query; with a check interval, first picks up a newly published generation.
    std::shared_ptr<Snapshot> acquire() {
        std::lock_guard lock(mutex);
        if (options.reopen_interval.count() > 0) {
            const auto now = std::chrono::steady_clock::now();
            if (now - last_check >= options.reopen_interval) {
                last_check = now;
                if (current_generation(path).value_or("") != current->generation) current = open_snapshot(path);
            }
        }
        return current;
    }

    void reopen() {
        auto fresh = open_snapshot(path);
        std::lock_guard lock(mutex);
        current = std::move(fresh);
        last_check = std::chrono::steady_clock::now();
    }

    // Runs `query` on the current snapshot. An old generation removed by the indexer while this
    // engine still used it shows up as a Xapian error: reopen on the new one and try once more.
    template <typename Query>
    auto run(Query query) {
        try {
            return query(*acquire());
        } catch (const Xapian::DatabaseError&) {
            reopen();
            return query(*acquire());
        }
    }
};

Engine::Engine(const fs::path& db_dir, const EngineOptions& options) : impl_(std::make_shared<Impl>()) {
    if (!options.confidence_weights.empty() && options.confidence_weights.size() != confidence_weight_count()) {
        throw Error(ErrorCode::invalid_argument, "the confidence model has " +
                                                     std::to_string(confidence_weight_count()) + " weights, not " +
                                                     std::to_string(options.confidence_weights.size()));
    }
    impl_->path = db_dir;
    impl_->options = options;
    impl_->current = impl_->open_snapshot(db_dir);
}
Engine::~Engine() = default;
Engine::Engine(const Engine&) = default;
Engine& Engine::operator=(const Engine&) = default;
Engine::Engine(Engine&&) noexcept = default;
Engine& Engine::operator=(Engine&&) noexcept = default;

Answer Engine::ask(std::string_view question, const AskOptions& options) const {
    try {
        return impl_->run([&](const Snapshot& s) { return s.ask(question, options); });
    } catch (const Xapian::Error& e) {
        throw Error(ErrorCode::index_error, "search failed: " + e.get_description());
    }
}

std::vector<Result> Engine::search(std::string_view query, const SearchOptions& options) const {
    try {
        return impl_->run([&](const Snapshot& s) { return s.search(query, options); });
    } catch (const Xapian::Error& e) {
        throw Error(ErrorCode::index_error, "search failed: " + e.get_description());
    }
}

std::string Engine::detect_language(std::string_view text) const {
    const auto snapshot = impl_->acquire();
    std::lock_guard lock(snapshot->mutex);
    return snapshot->detector->detect(sanitize_utf8(text));
}

void Engine::reopen() {
    try {
        impl_->reopen();
    } catch (const Xapian::Error& e) {
        throw Error(ErrorCode::index_error, "cannot reopen the index: " + e.get_description());
    }
}

IndexInfo Engine::info() const {
    const auto snapshot = impl_->acquire();
    std::lock_guard lock(snapshot->mutex);
    IndexInfo info;
    info.passages = snapshot->db.get_doccount();
    info.languages = snapshot->detector->languages();
    info.path = impl_->path;
    info.generation = snapshot->generation;
    info.current_layout = schema::has_current_layout(snapshot->db);
    return info;
}

}  // namespace helpcenter
