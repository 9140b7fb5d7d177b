// Passage retrieval with Xapian BM25 and aggregation into documents.
#include "search/ranker.hpp"

#include "index/schema.hpp"

#include <helpcenter/options.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace helpcenter::detail {
namespace {

Xapian::Query filter_query(const RankOptions& options) {
    std::vector<Xapian::Query> types;
    if (options.types & TYPE_ARTICLE) types.emplace_back(std::string(schema::kType) + "article");
    if (options.types & TYPE_SCRIPT) types.emplace_back(std::string(schema::kType) + "script");
    if (options.types & TYPE_BROCHURE) types.emplace_back(std::string(schema::kType) + "brochure");
    Xapian::Query filter(Xapian::Query::OP_OR, types.begin(), types.end());
    if (!options.language.empty()) {
        filter = Xapian::Query(Xapian::Query::OP_AND, filter, Xapian::Query(schema::kLang + options.language));
    }
    if (!options.document.empty()) {
        filter = Xapian::Query(Xapian::Query::OP_AND, filter, Xapian::Query(schema::kDocKey + options.document));
    }
    return filter;
}

}  // namespace

bool different_topic(const DocumentHit& a, const DocumentHit& b) {
    for (const auto& t : a.topics) {
        if (std::find(b.topics.begin(), b.topics.end(), t) != b.topics.end()) return false;
    }
    return true;
}

RankedDocuments rank_documents(const Xapian::Database& db, const BuiltQuery& query, const RankOptions& options) {
    RankedDocuments ranked;
    if (query.empty()) return ranked;
    auto& hits = ranked.hits;

    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query.query, filter_query(options)));
    // b = 0.5: passages differ in length for reasons unrelated to relevance (lists, brochures).
    if (!options.plain_bm25)
        enquire.set_weighting_scheme(Xapian::BM25Weight(options.bm25_k1, 0, 1, options.bm25_b, 0.5));
    const Xapian::MSet mset = enquire.get_mset(0, options.passages);
    ranked.max_possible = mset.get_max_possible();

    std::map<std::string, std::size_t> index_of;
    std::map<std::string, double> second_best;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        const Xapian::Document doc = it.get_document();
        const std::string key = doc.get_value(schema::kSlotDocKey);
        const double weight = it.get_weight();
        auto found = index_of.find(key);
        if (found != index_of.end()) {
            // Passages arrive best first: only the second best adds to the document.
            auto& second = second_best[key];
            if (second == 0.0) second = weight;
            continue;
        }
        DocumentHit hit;
        hit.key = key;
        hit.id = doc.get_value(schema::kSlotId);
        hit.lang = doc.get_value(schema::kSlotLang);
        hit.type = doc.get_value(schema::kSlotType);
        hit.best_passage_score = weight;
        hit.best_passage = doc;
        const auto data = nlohmann::json::parse(doc.get_data(), nullptr, false);
        if (data.is_object() && data.contains("topics")) hit.topics = data["topics"].get<std::vector<std::string>>();
        if (hit.topics.empty()) hit.topics.push_back(hit.id);
        for (auto term = enquire.get_matching_terms_begin(it); term != enquire.get_matching_terms_end(it); ++term) {
            const std::string& t = *term;
            const auto owner = query.owner.find(t);
            if (owner != query.owner.end()) {
                hit.matched.insert(owner->second);
                if (t.starts_with(schema::kTitle) || t.starts_with(schema::kQuestion))
                    hit.field_matched.insert(owner->second);
            }
            if (t.starts_with(schema::kForm)) hit.form_match = true;
        }
        index_of.emplace(key, hits.size());
        hits.push_back(std::move(hit));
    }
    for (auto& hit : hits)
        hit.score = hit.best_passage_score + options.second_passage_weight * second_best[hit.key];
    std::stable_sort(hits.begin(), hits.end(),
                     [](const DocumentHit& a, const DocumentHit& b) { return a.score > b.score; });
    return ranked;
}

}  // namespace helpcenter::detail
