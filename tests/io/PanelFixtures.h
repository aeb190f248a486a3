#pragma once
// A hand-built panel that uses every feature of the panel file: all four normalizations,
// team-restricted benchmarks, two user categories, trimmed mean, draft and submitted
// sheets, conflicts, tie resolutions, independence findings, optional keys set and unset.
// tests/data/panels/full.json is exactly writePanelJson(fullPanel()).

#include "domain/Panel.h"

#include <QFile>
#include <QString>

namespace pd::test {

inline QString str(const char *utf8) { return QString::fromUtf8(utf8); }

inline QStringList strs(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

inline Panel fullPanel()
{
    Panel p;
    p.program = {str("독자 AI 파운데이션 모델 프로젝트"), str("과학기술정보통신부"),
                 str("demo data: illustrative figures")};

    p.round.id = str("R1");
    p.round.name = str("1차 평가");
    p.round.evaluationDate = QDate(2026, 1, 15);
    p.round.appealDays = 7;
    p.round.displayDecimals = 2;
    p.round.cut.eliminate = 1;
    p.round.cut.minTotal = 50.5;
    p.round.tieBreak = strs({"expert", "benchmark", "user"});
    p.round.tieResolutions = {{strs({"skt", "upstage"}), str("위원회 합의 (회의록 3쪽)")}};

    Category bench;
    bench.id = str("benchmark");
    bench.kind = CategoryKind::Benchmark;
    bench.name = str("벤치마크 평가");
    bench.points = 40;
    {
        BenchmarkGroup nia{str("nia"), str("NIA 벤치마크"), 10, Normalization::TargetRatio,
                           1.0, 100.0, {}};
        nia.benchmarks = {{str("nia-math"), str("수학"), true, 1.0, {}, {}},
                          {str("nia-safety"), str("신뢰성·안전성"), true, 2.5, {}, {}}};
        BenchmarkGroup common{str("common"), str("글로벌 공통 벤치마크"), 12.5,
                              Normalization::BestRatio, 1.0, 100.0, {}};
        common.benchmarks = {{str("mmlu"), str("MMLU"), true, 1.0, {}, {}},
                             {str("halluc"), str("Hallucination rate"), false, 0.5, {}, {}}};
        BenchmarkGroup speed{str("speed"), str("응답 속도"), 2.5, Normalization::MinMax, 1.0,
                             100.0, {}};
        speed.benchmarks = {{str("latency"), str("Latency (ms)"), false, 1.0, {}, {}}};
        BenchmarkGroup individual{str("individual"), str("글로벌 개별 벤치마크"), 10,
                                  Normalization::TargetRatio, 1.2, 100.0, {}};
        individual.benchmarks = {
            {str("lg-ind-1"), str("LG 개별 1"), true, 1.0, strs({"lg"}), {}},
            {str("skt-ind-1"), str("SKT 개별 1"), true, 1.0, strs({"skt"}), {}},
            {str("up-ind-1"), str("Upstage 개별 1"), false, 1.0, strs({"upstage"}), {}},
            {str("shared.ind"), str("공동 개별"), true, 3.0, strs({"naver", "lg"}), {}}};
        BenchmarkGroup absolute{str("abs"), str("절대 점수"), 5, Normalization::Absolute, 1.0,
                                50.0, {}};
        absolute.benchmarks = {{str("abs_1"), str("Absolute \"quoted\" \\ name"), true, 1.0, {}, {}}};
        bench.groups = {nia, common, speed, individual, absolute};
    }

    Category expert;
    expert.id = str("expert");
    expert.kind = CategoryKind::Expert;
    expert.name = str("전문가 평가");
    expert.points = 35;
    expert.aggregation = Aggregation::TrimmedMean;
    expert.trim = 1;
    expert.rubric = {{str("strategy"), str("개발 전략"), 10, 0.5},
                     {str("tech"), str("기술력"), 15, 1.0},
                     {str("impact"), str("파급 효과"), 10, 0.25}};

    Category user;
    user.id = str("user");
    user.kind = CategoryKind::User;
    user.name = str("사용자 평가");
    user.points = 25;
    user.scaleMin = 1;
    user.scaleMax = 7;
    user.userNormalization = Normalization::BestRatio;
    user.userItems = {{str("usability"), str("활용성"), 15}, {str("cost"), str("비용 효율"), 10}};

    Category demo;
    demo.id = str("demo-day");
    demo.kind = CategoryKind::User;
    demo.name = str("시연 평가");
    demo.points = 5;
    demo.scaleMin = 0;
    demo.scaleMax = 10;
    demo.userNormalization = Normalization::Absolute;
    demo.userItems = {{str("demo"), str("시연"), 1}};

    p.categories = {bench, expert, user, demo};

    p.teams = {{str("lg"), str("LG AI연구원"), str("EXAONE"), str("R1")},
               {str("skt"), str("SK텔레콤"), str("A.X"), str("R1")},
               {str("upstage"), str("업스테이지"), str("Solar"), str("R0")},
               {str("naver"), str("네이버클라우드"), QString(), str("R1")}};

    p.reviewers = {{str("e01"), str("전문가 1"), Role::Expert, {}},
                   {str("e02"), str("전문가 2"), Role::Expert, strs({"skt"})},
                   {str("c01"), str("위원장"), Role::Chair, {}},
                   {str("s01"), str("간사"), Role::Secretariat, {}},
                   {str("o01"), str("참관인"), Role::Observer, strs({"lg", "naver"})}};

    p.benchmarkResults = {
        {str("lg"), str("nia-math"), 81.0, 88.0},
        {str("lg"), str("nia-safety"), 0.30000000000000004, 0.5},
        {str("skt"), str("nia-math"), 79.25, 88.0},
        {str("lg"), str("mmlu"), 85.5, std::nullopt},
        {str("skt"), str("mmlu"), 83.0, 90.0},   // a target outside target_ratio is kept
        {str("lg"), str("halluc"), 1e-7, std::nullopt},
        {str("lg"), str("latency"), -3.5, std::nullopt},
        {str("skt"), str("latency"), 1234567.0, std::nullopt},
        {str("lg"), str("lg-ind-1"), 70.0, 65.0},
        {str("upstage"), str("up-ind-1"), 12.0, 10.0},
        {str("naver"), str("shared.ind"), 50.0, 100.0},
        {str("lg"), str("abs_1"), 42.0, std::nullopt},
    };

    p.expertScores = {
        {str("e01"), str("lg"), str("strategy"), 9.5, true, str("좋음 \"매우\"\n두 번째 줄\t탭")},
        {str("e01"), str("lg"), str("tech"), 13, true, QString()},
        {str("e01"), str("lg"), str("impact"), 7.75, true, QString()},
        {str("e01"), str("skt"), str("strategy"), 6, false, str("draft")},
        {str("e02"), str("lg"), str("impact"), 10, true, QString()},
        {str("e02"), str("lg"), str("strategy"), 0, true, QString()},
        {str("e02"), str("lg"), str("tech"), 15, true, QString()},
        {str("c01"), str("upstage"), str("strategy"), 8.5, true, QString()},
        {str("c01"), str("upstage"), str("tech"), 12, true, QString()},
        {str("c01"), str("upstage"), str("impact"), 9.25, true, QString()},
    };

    p.userRatings = {
        {str("u001"), str("lg"), str("usability"), 7},
        {str("u001"), str("lg"), str("cost"), 5},
        {str("u002"), str("lg"), str("usability"), 6},
        {str("u002"), str("skt"), str("usability"), 1},
        {str("u001"), str("lg"), str("demo"), 0},
        {str("u003"), str("naver"), str("demo"), 10},
    };

    p.independence = {
        {str("lg"), Verdict::Pass, str("자체 개발 확인"),
         {{str("backbone"), Origin::InHouse, QString(), License::Own, Weights::Initialized,
           ExternalControl::None, str("technical report, section 2"), QString()},
          {str("tokenizer"), Origin::OpenSource, str("SentencePiece"), License::Permissive,
           Weights::NotApplicable, ExternalControl::None, QString(), QString()}}},
        {str("naver"), Verdict::Fail, str("외부 비전 인코더 가중치 재사용"),
         {{str("vision encoder"), Origin::OpenSource, str("Qwen2.5-VL ViT"),
           License::Permissive, Weights::ReusedFrozen, ExternalControl::None,
           str("technical report, section 2"), str("evidence/naver-tech-report.pdf#page=4")}}},
        {str("skt"), Verdict::Pending, QString(), {}},
        {str("upstage"), Verdict::Pass, str("ok"),
         {{str("training data"), Origin::ThirdParty, str("vendor"), License::Restricted,
           Weights::NotApplicable, ExternalControl::Possible, str("contract"), QString()},
          {str("audio encoder"), Origin::InHouse, QString(), License::Proprietary,
           Weights::Reused, ExternalControl::Present, QString(), QString()}}},
    };
    return p;
}

inline QByteArray readFixture(const QString &relative)
{
    QFile file(QStringLiteral(PANELDESK_TEST_DATA "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace pd::test
