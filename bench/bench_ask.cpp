// `ask` latency on the index of the bundled corpus, for a mix of questions and languages.
#include <helpcenter/engine.hpp>
#include <helpcenter/indexer.hpp>

#include <benchmark/benchmark.h>

#include <filesystem>

namespace {

const helpcenter::Engine& engine() {
    static const helpcenter::Engine instance = [] {
        const auto db = std::filesystem::temp_directory_path() / "helpcenter-bench-index";
        helpcenter::build_index(HC_SOURCE_CORPUS, db);
        return helpcenter::Engine(db);
    }();
    return instance;
}

void BM_Ask(benchmark::State& state, const std::string& question) {
    const auto& e = engine();
    for (auto _ : state)
        benchmark::DoNotOptimize(e.ask(question));
}

void BM_BuildIndex(benchmark::State& state) {
    const auto db = std::filesystem::temp_directory_path() / "helpcenter-bench-build";
    for (auto _ : state)
        benchmark::DoNotOptimize(helpcenter::build_index(HC_SOURCE_CORPUS, db));
    std::filesystem::remove_all(db);
}

}  // namespace

BENCHMARK_CAPTURE(BM_Ask, en_replace, std::string("How do I replace my green card?"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Ask, form_number, std::string("i90"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Ask, es_mica, std::string("como renuevo mi mica"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Ask, zh, std::string("如何更换绿卡"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Ask, ko_h1b, std::string("H-1B 비자는 어떻게 신청하나요"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Ask, long_story,
                  std::string("my husband is a citizen and we got married two years ago, my card says it expires next "
                              "month and I am worried because we want to travel to see my mother, what do I do"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BuildIndex)->Unit(benchmark::kMillisecond)->Iterations(3);
