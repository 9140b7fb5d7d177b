// Contact-center referral texts. The numbers are the USCIS Contact Center's public lines.
#include "search/referral.hpp"

#include <map>

namespace helpcenter::detail {

const std::string& referral_text(const std::string& language) {
    static const std::map<std::string, std::string> texts = {
        {"en",
         "I am not sure I have the right answer to this question. Please contact the USCIS Contact Center at "
         "800-375-5283 (TTY 800-767-1833), or ask Emma, the virtual assistant on uscis.gov. An agent can help "
         "you with your situation."},
        {"es",
         "No estoy seguro de tener la respuesta correcta a esta pregunta. Comuníquese con el Centro de Contacto "
         "de USCIS al 800-375-5283 (TTY 800-767-1833), o pregúntele a Emma, la asistente virtual de uscis.gov. "
         "Un agente puede ayudarle con su situación."},
        {"zh",
         "我不确定能正确回答这个问题。请拨打 800-375-5283（TTY 800-767-1833）联系 USCIS 联络中心，"
         "或在 uscis.gov 上询问虚拟助手 Emma。工作人员可以根据您的情况为您提供帮助。"},
        {"vi",
         "Tôi không chắc mình có câu trả lời đúng cho câu hỏi này. Vui lòng liên hệ Trung tâm Liên lạc USCIS "
         "theo số 800-375-5283 (TTY 800-767-1833), hoặc hỏi Emma, trợ lý ảo trên uscis.gov. Nhân viên có thể "
         "giúp bạn với trường hợp của bạn."},
        {"ko",
         "이 질문에 정확히 답변드릴 수 있을지 확실하지 않습니다. USCIS 연락 센터 800-375-5283(TTY "
         "800-767-1833)로 연락하시거나 uscis.gov의 가상 도우미 Emma에게 문의하십시오. 상담원이 귀하의 상황에 "
         "맞게 도와드릴 수 있습니다."},
        {"tl",
         "Hindi ako sigurado na tama ang sagot ko sa tanong na ito. Mangyaring tawagan ang USCIS Contact Center "
         "sa 800-375-5283 (TTY 800-767-1833), o magtanong kay Emma, ang virtual assistant sa uscis.gov. "
         "Matutulungan ka ng isang ahente sa iyong sitwasyon."},
        {"ar",
         "لست متأكدًا من أن لدي الإجابة الصحيحة عن هذا السؤال. يرجى الاتصال بمركز اتصال USCIS على الرقم "
         "800-375-5283 (للهاتف النصي TTY: 800-767-1833)، أو اسأل Emma، المساعدة الافتراضية على موقع uscis.gov. "
         "يمكن لأحد الموظفين مساعدتك في حالتك."},
        {"ht",
         "Mwen pa sèten mwen gen bon repons pou kesyon sa a. Tanpri kontakte Sant Kontak USCIS la nan "
         "800-375-5283 (TTY 800-767-1833), oswa mande Emma, asistan vityèl la sou uscis.gov. Yon ajan ka ede w "
         "ak sitiyasyon ou."},
        {"fr",
         "Je ne suis pas sûr d’avoir la bonne réponse à cette question. Veuillez contacter le centre de contact "
         "de l’USCIS au 800-375-5283 (ATS 800-767-1833), ou posez la question à Emma, l’assistante virtuelle "
         "sur uscis.gov. Un agent pourra vous aider selon votre situation."},
        {"ru",
         "Я не уверен, что у меня есть правильный ответ на этот вопрос. Обратитесь в контактный центр USCIS "
         "по телефону 800-375-5283 (TTY 800-767-1833) или спросите виртуального помощника Emma на сайте "
         "uscis.gov. Сотрудник поможет вам с вашей ситуацией."},
    };
    const auto it = texts.find(language);
    return it != texts.end() ? it->second : texts.at("en");
}

}  // namespace helpcenter::detail
