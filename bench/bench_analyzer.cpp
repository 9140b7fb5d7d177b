// Analysis throughput per language on real corpus text.
#include <helpcenter/analyzer.hpp>
#include <helpcenter/corpus.hpp>

#include <benchmark/benchmark.h>

namespace {

std::string corpus_text(const std::string& lang) {
    static const helpcenter::Corpus corpus = helpcenter::load_corpus(HC_SOURCE_CORPUS);
    std::string text;
    for (const auto& doc : corpus.documents) {
        if (doc.lang != lang) continue;
        for (const auto& p : doc.passages)
            text += p.text + "\n";
        if (text.size() > 200'000) break;
    }
    return text;
}

void BM_Analyze(benchmark::State& state, const std::string& lang) {
    const std::string text = corpus_text(lang);
    const helpcenter::Analyzer analyzer(lang);
    for (auto _ : state)
        benchmark::DoNotOptimize(analyzer.analyze(text));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

}  // namespace

BENCHMARK_CAPTURE(BM_Analyze, en, std::string("en"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Analyze, es, std::string("es"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Analyze, zh, std::string("zh"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Analyze, ko, std::string("ko"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Analyze, ar, std::string("ar"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Analyze, ru, std::string("ru"))->Unit(benchmark::kMillisecond);
