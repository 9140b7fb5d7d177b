// Per-language function word lists. Kept short on purpose: BM25's idf already discounts common
// words; these lists only stop "how do I …" from outweighing the words that say what is asked.
#include "analysis/stopwords.hpp"

#include "analysis/word_sets.hpp"

#include <map>

namespace helpcenter::detail {
namespace {

const std::map<std::string, const char*>& raw_lists() {
    static const std::map<std::string, const char*> lists = {
        {"en",
         "a an the and or of to in on at for from by with about as is are was were be been being am do does "
         "did doing have has had i i'm me my mine we our us you your he she him her his it its they them their "
         "this that these those can could would should will shall may might must how what which who whom "
         "please hi hello thanks thank just so if then also get getting got need want wanna there here some any"},
        {"es",
         "el la lo los las un una unos unas de del al a en y e o u que qué como cómo para por con sobre mi mis "
         "me yo tu tus su sus se le les es son ser estar está estoy están hay puedo puede puedes podría tengo "
         "tiene tienen tener hacer hago hace quiero quisiera necesito debo cuál cual este esta esto ese esa eso "
         "muy pero si sí hola gracias por favor usted ustedes nos nosotros ya algo alguien"},
        {"fr",
         "le la les l un une des de du d à au aux et ou en dans pour par sur avec ce cet cette ces je j me m "
         "mon ma mes vous votre vos nous notre nos il elle on est sont être avoir ai a as qui que qu quoi "
         "comment faire fais fait faut peux puis peut dois doit svp merci bonjour y se s"},
        {"pt",
         "o a os as um uma de do da dos das em no na nos nas e ou que como para por com meu minha eu você "
         "seu sua se é são ser estar está tenho tem fazer faço quero preciso posso pode"},
        {"it",
         "il lo la i gli le un una di del della in e o che come per con mio mia io è sono essere ho ha fare "
         "voglio devo posso può"},
        {"de",
         "der die das den dem des ein eine einen und oder von zu in im mit für wie was ich mein meine ist "
         "sind sein habe hat kann muss will wo"},
        {"ru",
         "и в во что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот "
         "от меня еще о из ему когда ли если уже или быть был до вас вам там они мы есть надо для мой моя мою "
         "мои чтобы это этот эта эти можно нужно мне могу ли пожалуйста здравствуйте"},
        {"zh",
         "的 了 吗 呢 吧 啊 我 我的 你 您 他 她 是 在 和 与 或 要 想 可以 能 能够 怎么 怎样 如何 什么 请问 一个 这 "
         "那 有 会 该 应该 需要 办 做 吗 请 谢谢 你好"},
        {"ja",
         "の に は を た が で て と し れ さ ある いる も する から な こと として い や など なっ ない この ため "
         "その あっ よう また もの です ます どう どうやって"},
        {"ko",
         "어떻게 무엇 뭐 제 저 저는 제가 나 내 나는 내가 수 있나요 있어요 있습니까 해야 하나요 합니까 할 하는 "
         "하면 좀 그 저의 하려면 싶어요 싶습니다 알려주세요 방법 방법은 방법이 되나요 됩니까 돼요 안녕하세요 "
         "감사합니다 어떻게요 하죠 해요"},
        {"vi",
         "tôi mình em anh chị làm sao thế nào có được không của và là cho với các những một ạ vậy gì để thì mà "
         "này đó bị ơi nhé muốn cần phải như xin hỏi cách ra"},
        {"tl",
         "ang ng sa na ko po ako paano ba mga si ni kay at ay para kung ano yung iyong ito nang mo niya namin "
         "kami tayo nga lang din rin pa naman ka ikaw kayo siya hello salamat pwede puwede gusto kailangan "
         "paki magandang"},
        {"ht",
         "mwen m ou w li l nou n yo y la a an yon ki kijan kouman kòman pou nan ak e se pa te ap pral va "
         "kapab kab ka sa de ke eske èske bonjou mèsi tanpri fè dwe vle"},
        {"ar",
         "في من على الى إلى عن ما ماذا هل كيف كيفية أنا انا نحن هو هي هذا هذه ذلك التي الذي او أو و ثم لي لك "
         "يمكن يمكنني أستطيع استطيع اريد أريد احتاج أحتاج عند مع كل قد ان أن إن مرحبا شكرا من فضلك"},
    };
    return lists;
}

// Lists are normalized and accent-folded once, so lookups compare like with like.
const WordSets& stop_sets() {
    static const WordSets sets = build_word_sets(raw_lists());
    return sets;
}

}  // namespace

bool has_stopword_list(const std::string& language) {
    return raw_lists().contains(language);
}

bool is_stopword(const std::string& language, std::string_view term) {
    const auto& sets = stop_sets();
    const auto it = sets.find(language);
    if (it == sets.end()) return false;
    // The sets hold each function word with and without accents, so "como" typed for "cómo" is
    // found. An accented word is never matched through its accent-free form: in Vietnamese that
    // would merge content and function words (thẻ "card" and thế both fold to "the").
    return it->second.contains(term);
}

}  // namespace helpcenter::detail
