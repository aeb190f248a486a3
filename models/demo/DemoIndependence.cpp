#include "demo/DemoInputs.h"

namespace pd::demo {
namespace {

QString s(const char *utf8) { return QString::fromUtf8(utf8); }

ComponentFinding own(const char *component, const char *evidence)
{
    return {s(component), Origin::InHouse, QString(), License::Own, Weights::Initialized,
            ExternalControl::None, s(evidence), QString()};
}

std::vector<ComponentFinding> ownStack(const char *report)
{
    const QString ref = s(report);
    return {own("backbone", "technical report, section 2"),
            own("tokenizer", "technical report, section 2.2"),
            {s("training code"), Origin::InHouse, QString(), License::Own, Weights::NotApplicable,
             ExternalControl::None, ref, QString()},
            {s("training data"), Origin::ThirdParty, s("licensed and public corpora"),
             License::Permissive, Weights::NotApplicable, ExternalControl::None,
             s("training log, data card"), QString()}};
}

Independence pass(const char *team, const char *report)
{
    return {s(team), Verdict::Pass,
            s("모든 구성요소의 가중치를 팀이 직접 초기화하고 학습함 (기술 보고서와 학습 로그로 확인)."),
            ownStack(report)};
}

} // namespace

std::vector<Independence> independenceFindings()
{
    Independence naver{s("naver"), Verdict::Fail,
                       s("옴니 모델의 비전 인코더가 외부 모델(Qwen2.5-VL)의 사전학습 가중치를 "
                         "그대로 가져와 사용함: 가중치를 직접 초기화·학습해야 한다는 독자성 기준 "
                         "미충족."),
                       ownStack("technical report, section 3")};
    naver.components.push_back({s("vision encoder"), Origin::OpenSource, s("Qwen2.5-VL ViT"),
                                License::Permissive, Weights::Reused, ExternalControl::None,
                                s("technical report, section 2.3; model card"),
                                s("evidence/naver-technical-report.pdf")});
    return {pass("lg", "technical report, section 3"), pass("skt", "technical report, section 4"),
            pass("upstage", "technical report, section 3"), naver,
            pass("nc", "technical report, section 5")};
}

} // namespace pd::demo
