// End to end on the bundled corpus: the questions the README promises answers to.
#include "test_util.hpp"

#include <helpcenter/helpcenter.hpp>

#include <gtest/gtest.h>

using namespace helpcenter;

namespace {

class BundledCorpus : public testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new hc_test::TempDir();
        build_index(HC_SOURCE_CORPUS, *dir_ / "db");
        engine_ = new Engine(*dir_ / "db");
    }
    static void TearDownTestSuite() {
        delete engine_;
        delete dir_;
    }
    static Answer ask(const std::string& q) { return engine_->ask(q); }
    static hc_test::TempDir* dir_;
    static Engine* engine_;
};
hc_test::TempDir* BundledCorpus::dir_ = nullptr;
Engine* BundledCorpus::engine_ = nullptr;

}  // namespace

TEST_F(BundledCorpus, ReplaceGreenCard) {
    const Answer a = ask("How do I replace my green card?");
    ASSERT_TRUE(a.best.has_value());
    EXPECT_EQ(a.best->id, "replace-green-card");
    EXPECT_EQ(a.best->lang, "en");
    EXPECT_FALSE(a.referred);
}

TEST_F(BundledCorpus, FormNumberAlone) {
    for (const char* q : {"I-90", "i90"}) {
        const Answer a = ask(q);
        ASSERT_TRUE(a.best.has_value()) << q;
        EXPECT_TRUE(a.best->id == "replace-green-card" || a.best->id == "renew-green-card") << q << ": " << a.best->id;
    }
}

TEST_F(BundledCorpus, SpanishReplaceGreenCard) {
    const Answer a = ask("como reemplazo mi tarjeta de residente");
    ASSERT_TRUE(a.best.has_value());
    EXPECT_EQ(a.best->id, "replace-green-card");
    EXPECT_EQ(a.best->lang, "es");
}

TEST_F(BundledCorpus, MixedLanguageAndCrossLanguageQuestions) {
    // Questions that go through the cross-language path and back to the asker's language.
    for (const char* q : {"绿卡 renew 要多久", "green card 갱신", "I-90 申请", "como renuevo mi green card",
                          "H-1B 비자는 어떻게 신청하나요", "مرحبا I-90", "TPS Ayiti", "OPT STEM продление"}) {
        Answer a;
        ASSERT_NO_THROW(a = ask(q)) << q;
        for (const auto& r : a.results)
            EXPECT_FALSE(r.id.empty()) << q;
    }
}

// Every topic has an article in every language: a Korean question about the H-1B lottery gets
// the Korean article, and the English ranking (through the glossary) agrees (feature 12,
// cross_agrees). The fallback itself, for a language that lacks a topic, is tested on the test
// corpus (EngineTest.KoreanFallsBackToEnglishThroughTheGlossary).
TEST_F(BundledCorpus, KoreanQuestionAboutAWorkVisaIsAnsweredInKorean) {
    const Answer a = ask("H-1B 비자 추첨 등록은 언제 하나요");
    EXPECT_EQ(a.question_language, "ko");
    ASSERT_TRUE(a.best.has_value());
    EXPECT_EQ(a.best->id, "h1b-basics");
    EXPECT_EQ(a.best->lang, "ko");
    EXPECT_FALSE(a.fallback);
    ASSERT_EQ(a.confidence_features.size(), 17u);
    EXPECT_EQ(a.confidence_features[12], 1.0);
}

TEST_F(BundledCorpus, TyposAreCorrectedWithinTheQuestionsLanguage) {
    // The spelling table holds every language: "grean" is closer to Spanish "gran", but the
    // question is English.
    const Answer a = ask("grean card replacement");
    EXPECT_EQ(a.did_you_mean, "green card replacement");
    ASSERT_TRUE(a.best.has_value());
    EXPECT_EQ(a.best->id, "replace-green-card");
    EXPECT_FALSE(a.referred);

    const Answer b = ask("advanse parole before i travel");
    ASSERT_TRUE(b.best.has_value());
    EXPECT_EQ(b.best->id, "advance-parole");
}

TEST_F(BundledCorpus, ACommonWordIsNotCorrectedIntoAnotherWord) {
    // "weather" is not in the corpus, and "either" is not what was meant.
    const Answer a = ask("what is the weather in houston");
    EXPECT_EQ(a.did_you_mean.find("either"), std::string::npos) << a.did_you_mean;
    EXPECT_TRUE(a.referred);
}

TEST_F(BundledCorpus, ManySynonymsOfOneWordDoNotOutweighTheRestOfTheQuestion) {
    // "mica" has many synonyms (tarjeta verde, green card, tarjeta de residente…); they count as
    // one word, so "renovación" still decides between renewing and replacing, in Spanish itself.
    const Answer a = engine_->ask("renovación de mica", [] {
        AskOptions o;
        o.language = "es";
        o.cross_language = false;
        return o;
    }());
    ASSERT_TRUE(a.best.has_value());
    EXPECT_EQ(a.best->id, "renew-green-card");
}

// Without its tones, "thê" (in "hôn thê", fiancée) would be the English "the". The question gets
// the Vietnamese K-1 article, and the English ranking, which keeps only the Latin-letter words
// English documents use as written ("visa", "K1"), agrees with it.
TEST_F(BundledCorpus, VietnameseWordsAreNotTakenForEnglishInTheCrossCheck) {
    const Answer a = ask("visa hôn thê K1 mất bao lâu");
    ASSERT_TRUE(a.best.has_value());
    EXPECT_EQ(a.best->id, "k1-fiance-visa");
    EXPECT_EQ(a.best->lang, "vi");
    ASSERT_EQ(a.confidence_features.size(), 17u);
    EXPECT_EQ(a.confidence_features[12], 1.0);
    for (const auto& term : a.best->matched_terms)
        EXPECT_NE(term, "the");
}

// A question not in English is also ranked in English through the glossary; the two routes
// agreeing on the topic is one of the confidence model's features (feature_vector order:
// ..., score_ratio, cross_checked, cross_agrees, english_topic_missing, faq_agrees).
TEST_F(BundledCorpus, SpanishQuestionIsCrossCheckedInEnglish) {
    const Answer es = ask("perdí mi tarjeta verde, cómo la reemplazo");
    ASSERT_TRUE(es.best.has_value());
    EXPECT_EQ(es.best->id, "replace-green-card");
    ASSERT_EQ(es.confidence_features.size(), 17u);
    EXPECT_EQ(es.confidence_features[11], 1.0);
    EXPECT_EQ(es.confidence_features[12], 1.0);
    EXPECT_GT(es.confidence_features[10], 0.0);
    EXPECT_LE(es.confidence_features[10], 1.0);

    const Answer en = ask("How do I replace my green card?");
    ASSERT_EQ(en.confidence_features.size(), 17u);
    EXPECT_EQ(en.confidence_features[11], 0.0);
}

// A second opinion for every question: ranking on titles and alternate questions alone. When it
// picks the same topic, the feature is the answer's coverage (zero otherwise).
TEST_F(BundledCorpus, TitleAndQuestionRankingIsASecondOpinion) {
    const Answer agrees = ask("How do I replace my green card?");
    ASSERT_TRUE(agrees.best.has_value());
    ASSERT_EQ(agrees.confidence_features.size(), 17u);
    EXPECT_GT(agrees.confidence_features[14], 0.5);
    EXPECT_LE(agrees.confidence_features[14], 1.0);
}

// A long question about a narrow topic (the ten-year bar after overstaying) finds that topic's
// own article in the asker's language rather than the general one on extending a stay. (When the
// language has no article on the topic, the English one answers: the test corpus has that case,
// EngineTest.KoreanFallsBackToEnglishThroughTheGlossary.)
TEST_F(BundledCorpus, NarrowTopicIsAnsweredInTheAskersLanguage) {
    const Answer a = ask("ở quá hạn visa hơn một năm có bị cấm quay lại Mỹ 10 năm không");
    ASSERT_TRUE(a.best.has_value());
    EXPECT_EQ(a.question_language, "vi");
    EXPECT_EQ(a.best->id, "overstay-consequences");
    EXPECT_EQ(a.best->lang, "vi");
    EXPECT_FALSE(a.fallback);
}

// Phones type a typographic apostrophe; the French glossary is written with a straight one.
// Elisions are dropped on both sides, so "trafic d’êtres humains" reaches the French article on
// the T visa, and its English translation through the glossary reaches the English one: the two
// rankings agree (feature 12, cross_agrees).
TEST_F(BundledCorpus, TypographicApostropheStillMatchesTheGlossary) {
    for (const char* q : {"victime de trafic d'êtres humains", "victime de trafic d\u2019êtres humains"}) {
        const Answer a = ask(q);
        ASSERT_TRUE(a.best.has_value()) << q;
        EXPECT_EQ(a.question_language, "fr") << q;
        EXPECT_EQ(a.best->id, "t-visa") << q;
        EXPECT_EQ(a.best->lang, "fr") << q;
        EXPECT_FALSE(a.referred) << q;
        ASSERT_EQ(a.confidence_features.size(), 17u) << q;
        EXPECT_EQ(a.confidence_features[12], 1.0) << q;
    }
}

// "Form I-90" asks what "I-90" asks: the word for "form" in the asker's language does not make
// the question less of a form-number question (feature 9, only_identifiers), so renewing,
// replacing and correcting a green card, which all use Form I-90, are not counted as rival
// answers (nor as a disagreement between the asker's-language and English rankings). The answer
// is one of the topics that list the form, not a topic whose questions merely mention it (a fee
// waiver "for the I-90").
TEST_F(BundledCorpus, TheWordForFormDoesNotHideAFormNumberQuestion) {
    for (const char* q : {"I-90", "form I-90", "formulario i 90", "formulaire I-90", "fòm I-90", "đơn I90",
                          "نموذج I-90", "I-90 申请"}) {
        const Answer a = ask(q);
        ASSERT_TRUE(a.best.has_value()) << q;
        EXPECT_TRUE(a.best->id == "renew-green-card" || a.best->id == "replace-green-card" ||
                    a.best->id == "green-card-error")
            << q;
        ASSERT_EQ(a.confidence_features.size(), 17u) << q;
        EXPECT_EQ(a.confidence_features[9], 1.0) << q;
    }
    EXPECT_FALSE(ask("form I-90").referred);
    // A word that says what is asked keeps its weight.
    const Answer fee = ask("I-90 fee");
    ASSERT_EQ(fee.confidence_features.size(), 17u);
    EXPECT_EQ(fee.confidence_features[9], 0.0);
}

// The glossaries translate words, not topics: "выиграл" is "won", not "won the lottery", so a
// question about last night's game does not become a question about the diversity visa.
TEST_F(BundledCorpus, AGlossaryWordDoesNotBringATopicWithIt) {
    EXPECT_TRUE(ask("кто выиграл хоккей вчера").referred);
    const Answer lottery = ask("я выиграл грин карту в лотерею, что дальше");
    ASSERT_TRUE(lottery.best.has_value());
    EXPECT_EQ(lottery.best->id, "diversity-visa");
}

// Every passage carries its article's title and alternate questions; the answer passage is
// chosen with little length normalization so that those do not make the shortest section
// ("Common mistakes") the answer to "I lost my green card".
TEST_F(BundledCorpus, AnswerPassageSaysWhatToDo) {
    const Answer a = ask("lost my green card what do i do");
    ASSERT_TRUE(a.best.has_value());
    EXPECT_EQ(a.best->id, "replace-green-card");
    EXPECT_NE(a.best->heading, "Common mistakes");
    EXPECT_NE(a.best->passage.find("I-90"), std::string::npos) << a.best->passage;
}

// The fallback is English only: a question is answered in its own language or in English, never
// in Spanish, even when every guess is weak and referred (these were answered from Spanish before).
TEST_F(BundledCorpus, NoAnswerComesFromAThirdLanguage) {
    for (const char* q : {"verifier l'etat de mon dossier", "한국에 있는 부모님 관광비자 어떻게 받아요?",
                          "أخي في غزة، هل يمكنني أن أطلب له الإفراج المشروط الإنساني ليأتي إلى أمريكا؟"}) {
        const Answer a = ask(q);
        ASSERT_TRUE(a.best.has_value()) << q;
        EXPECT_TRUE(a.best->lang == a.question_language || a.best->lang == "en") << q << ": " << a.best->lang;
    }
}
