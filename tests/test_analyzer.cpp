// The analysis pipeline: identifiers, folding, stems, segmentation per script, properties.
#include <helpcenter/analyzer.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace helpcenter;

namespace {

std::vector<std::string> terms(const std::string& lang, const std::string& text) {
    std::vector<std::string> out;
    for (const auto& t : Analyzer(lang).analyze(text))
        out.push_back(t.term);
    return out;
}

std::vector<std::string> stems(const std::string& lang, const std::string& text) {
    std::vector<std::string> out;
    for (const auto& t : Analyzer(lang).analyze(text))
        out.push_back(t.stem);
    return out;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST(Analyzer, FormNumbersAreOneTerm) {
    for (const char* spelling : {"I-90", "i 90", "I90", "i-90", "Ｉ－９０", "I‐90"}) {
        const auto tokens = Analyzer("en").analyze(spelling);
        ASSERT_EQ(tokens.size(), 1u) << spelling;
        EXPECT_EQ(tokens[0].term, "i90") << spelling;
        EXPECT_EQ(tokens[0].kind, Token::Kind::identifier) << spelling;
    }
    EXPECT_EQ(terms("en", "file form N-400 and AR-11 or I-797C"),
              (std::vector<std::string>{"file", "form", "n400", "and", "ar11", "or", "i797c"}));
    EXPECT_EQ(canonical_identifier("H-1B"), "h1b");
    EXPECT_EQ(canonical_identifier("IOE0123456789"), "ioe0123456789");
    EXPECT_EQ(canonical_identifier("green"), "");
}

TEST(Analyzer, SpaceAfterOrdinaryWordIsNotAnIdentifier) {
    EXPECT_EQ(terms("en", "in 2026 a 10"), (std::vector<std::string>{"in", "2026", "a", "10"}));
}

TEST(Analyzer, IdentifiersInsideOtherScripts) {
    const auto t = terms("zh", "I-90 申请");
    EXPECT_EQ(t.at(0), "i90");
    EXPECT_TRUE(contains(t, "申请"));
}

TEST(Analyzer, CaseFoldingAndStemming) {
    const auto tokens = Analyzer("en").analyze("Renewing CARDS");
    ASSERT_EQ(tokens.size(), 2u);
    EXPECT_EQ(tokens[0].term, "renewing");
    EXPECT_EQ(tokens[0].stem, "renew");
    EXPECT_EQ(tokens[1].stem, "card");
}

TEST(Analyzer, SpanishAccentsFoldBeforeStemming) {
    const auto with = Analyzer("es").analyze("renovación");
    const auto without = Analyzer("es").analyze("renovacion");
    EXPECT_EQ(with.at(0).folded, "renovacion");
    EXPECT_EQ(with.at(0).stem, without.at(0).stem);
    EXPECT_NE(with.at(0).term, without.at(0).term);  // the exact form stays distinct, to rank first
}

TEST(Analyzer, FrenchAndItalianElisionsAreDropped) {
    // Straight and typographic apostrophes alike: "d’asile" matches "asile".
    EXPECT_EQ(stems("fr", "d'asile"), stems("fr", "asile"));
    EXPECT_EQ(stems("fr", "d\u2019asile"), stems("fr", "asile"));
    EXPECT_EQ(terms("fr", "l'autorisation"), std::vector<std::string>{"autorisation"});
    EXPECT_EQ(terms("it", "dell'immigrazione"), std::vector<std::string>{"immigrazione"});
    // Only elisions go: an English contraction and a French word that merely holds an
    // apostrophe elsewhere are left alone.
    EXPECT_EQ(terms("en", "don't"), std::vector<std::string>{"don't"});
    EXPECT_EQ(terms("fr", "aujourd'hui"), std::vector<std::string>{"aujourd'hui"});
}

TEST(Analyzer, StopWordsAreMarkedButMeaningfulQuestionWordsAreNot) {
    const auto tokens = Analyzer("en").analyze("How long do I have to wait");
    EXPECT_TRUE(tokens[0].stopword);   // how
    EXPECT_FALSE(tokens[1].stopword);  // long
    const auto es = Analyzer("es").analyze("¿Cómo puedo renovar?");
    EXPECT_TRUE(es[0].stopword);
    EXPECT_TRUE(es[1].stopword);
    EXPECT_FALSE(es[2].stopword);
}

TEST(Analyzer, KoreanParticlesAreStripped) {
    EXPECT_EQ(stems("ko", "영주권을"), std::vector<std::string>{"영주권"});
    EXPECT_EQ(stems("ko", "영주권은"), std::vector<std::string>{"영주권"});
    EXPECT_EQ(stems("ko", "영주권"), std::vector<std::string>{"영주권"});
    EXPECT_EQ(stems("ko", "신청하려면"), std::vector<std::string>{"신청"});
    EXPECT_EQ(stems("ko", "시민권자가"), std::vector<std::string>{"시민권자"});
    EXPECT_EQ(stems("ko", "나이"), std::vector<std::string>{"나이"});  // too short to strip
}

TEST(Analyzer, TraditionalChineseBecomesSimplified) {
    EXPECT_EQ(Analyzer("zh-Hant").normalize("綠卡申請"), "绿卡申请");
    const auto traditional = terms("zh-Hant", "如何更換綠卡");
    const auto simplified = terms("zh", "如何更换绿卡");
    EXPECT_EQ(traditional, simplified);
}

TEST(Analyzer, ChineseIsSegmentedIntoWords) {
    const auto t = terms("zh", "我想申请绿卡");
    EXPECT_TRUE(contains(t, "绿卡")) << t.size();
    EXPECT_TRUE(contains(t, "申请"));
}

TEST(Analyzer, ThaiJapaneseKhmerAreSegmented) {
    EXPECT_GE(terms("th", "ฉันต้องการต่ออายุบัตร").size(), 3u);
    EXPECT_GE(terms("ja", "グリーンカードを更新したい").size(), 3u);
    EXPECT_GE(terms("km", "ខ្ញុំចង់បន្តកាត").size(), 2u);
}

TEST(Analyzer, ArabicNormalization) {
    // Alef forms, taa marbuta, alef maksura, tatweel and harakat.
    EXPECT_EQ(Analyzer("ar").normalize("أإآا"), "اااا");
    EXPECT_EQ(Analyzer("ar").normalize("بطاقة"), "بطاقه");
    EXPECT_EQ(Analyzer("ar").normalize("على"), "علي");
    EXPECT_EQ(Analyzer("ar").normalize("بـطـاقـة"), "بطاقه");
    EXPECT_EQ(Analyzer("ar").normalize("بِطَاقَةٌ"), "بطاقه");
    const auto a = stems("ar", "البطاقة الخضراء");
    const auto b = stems("ar", "البطاقه الخضراء");
    EXPECT_EQ(a, b);
}

TEST(Analyzer, VietnameseWithAndWithoutDiacritics) {
    const auto with = Analyzer("vi").analyze("thẻ xanh");
    const auto without = Analyzer("vi").analyze("the xanh");
    ASSERT_EQ(with.size(), 2u);
    EXPECT_EQ(with[0].folded, "the");
    EXPECT_EQ(with[0].stem, without[0].stem);
    EXPECT_NE(with[0].term, without[0].term);
    EXPECT_EQ(Analyzer("vi").analyze("đơn").at(0).folded, "don");
}

TEST(Analyzer, UnknownLanguageGetsTheDefaultPipeline) {
    const Analyzer a("xx-Unknown");
    EXPECT_FALSE(a.has_stemmer());
    EXPECT_EQ(terms("xx", "Ünïcode Words"), (std::vector<std::string>{"ünïcode", "words"}));
    EXPECT_TRUE(Analyzer("pt-BR").has_stemmer());
    EXPECT_EQ(Analyzer("pt-BR").base_language(), "pt");
}

TEST(Analyzer, NormalizationIsIdempotentAndTermsAreValidUtf8) {
    std::mt19937 rng(11);
    const std::vector<std::string> pieces = {"I-90", "Renovación", "綠卡", "영주권을", "البطاقة", "thẻ",
                                             "ß",    "ﬁ",          " ",    "\xff",     "ǅ"};
    for (int i = 0; i < 200; ++i) {
        std::string text;
        for (int k = 0; k < 6; ++k)
            text += pieces[rng() % pieces.size()];
        for (const char* lang : {"en", "es", "zh", "ko", "ar", "vi"}) {
            const Analyzer a(lang);
            const std::string once = a.normalize(text);
            EXPECT_EQ(a.normalize(once), once) << text;
            for (const auto& t : a.analyze(text)) {
                EXPECT_FALSE(t.term.empty());
                EXPECT_FALSE(t.stem.empty());
                const Analyzer check(lang);
                EXPECT_EQ(check.normalize(t.term), check.normalize(check.normalize(t.term)));
            }
        }
    }
}

TEST(Analyzer, EmptyAndHugeInput) {
    EXPECT_TRUE(Analyzer("en").analyze("").empty());
    EXPECT_TRUE(Analyzer("en").analyze("  ,,, !!").empty());
    const std::string big(1 << 20, 'a');
    EXPECT_EQ(Analyzer("en").analyze(big).size(), 1u);
}

TEST(Analyzer, HighlightMarksWordsWithTheSameStem) {
    EXPECT_EQ(highlight("Renew your Card today.", {"renewing", "cards"}, "en", "[", "]"), "[Renew] your [Card] today.");
    EXPECT_EQ(highlight("Sin coincidencias.", {"tarjeta"}, "es", "[", "]"), "Sin coincidencias.");
}

// Golden analyses: one real question per language and the content terms (stems of the words that
// are not function words) the analyzer must produce for it.
struct Golden {
    const char* lang;
    const char* question;
    std::vector<std::string> content_stems;
};

class GoldenAnalysis : public testing::TestWithParam<Golden> {};

TEST_P(GoldenAnalysis, ContentStems) {
    const Golden& g = GetParam();
    std::vector<std::string> content;
    for (const auto& t : Analyzer(g.lang).analyze(g.question)) {
        if (!t.stopword) content.push_back(t.stem);
    }
    EXPECT_EQ(content, g.content_stems) << g.lang << ": " << g.question;
}

INSTANTIATE_TEST_SUITE_P(
    Languages, GoldenAnalysis,
    testing::Values(
        Golden{"en", "How do I renew my permanent resident card?", {"renew", "perman", "resid", "card"}},
        Golden{"es",
               "¿Cómo puedo renovar mi tarjeta de residente permanente?",
               {"renov", "tarjet", "resident", "permanent"}},
        Golden{"es", "como puedo renovar mi tarjeta", {"renov", "tarjet"}},
        Golden{
            "fr", "Comment renouveler ma carte de résident permanent ?", {"renouvel", "cart", "resident", "permanent"}},
        Golden{"pt",
               "Como posso renovar meu cartão de residente permanente?",
               {"renov", "carta", "resident", "permanent"}},
        Golden{"ru", "Как продлить грин-карту постоянного жителя?", {"продл", "грин", "карт", "постоя", "жител"}},
        Golden{"vi", "Làm thế nào để gia hạn thẻ xanh?", {"gia", "han", "the", "xanh"}},
        Golden{"tl", "Paano ko ire-renew ang aking green card?", {"ire", "renew", "aking", "green", "card"}},
        Golden{"ht", "Kijan pou m renouvle kat rezidans mwen?", {"renouvle", "kat", "rezidans"}},
        Golden{"ar", "كيف أجدد بطاقة الإقامة الدائمة؟", {"اجدد", "طاق", "اقامه", "دايمه"}},
        Golden{"ko", "영주권을 갱신하려면 어떻게 해야 하나요?", {"영주권", "갱신"}},
        Golden{"zh", "如何更新我的绿卡？", {"更新", "绿卡"}}, Golden{"zh-Hant", "如何更新我的綠卡？", {"更新", "绿卡"}},
        Golden{"ja", "グリーンカードを更新したい", {"グリーンカード", "更新", "した"}},
        Golden{"de", "Wie verlängere ich meine Aufenthaltskarte?", {"verlang", "aufenthaltskart"}}));
