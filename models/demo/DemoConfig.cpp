#include "demo/DemoInputs.h"

namespace pd::demo {
namespace {

QString s(const char *utf8) { return QString::fromUtf8(utf8); }

Benchmark benchmark(const char *id, const char *name, QStringList teams = {})
{
    return Benchmark{s(id), s(name), true, 1.0, std::move(teams), {}};
}

} // namespace

const std::vector<TeamFigures> &teamFigures()
{
    // Group scores: NIA = 10 * sum/400, common = 20 * sum/1300, individual = 10 * sum/500.
    // lg: 9.2 + 14.4 + 10.0 = 33.6   expert 632/20 = 31.6   user best = 25.0
    // skt: 9.2 + 13.0 + 9.0 = 31.2   expert 29.4            user 0.864 * 25 = 21.6
    // upstage: 8.7 + 13.0 + 8.8 = 30.5   expert 28.9        user 0.848 * 25 = 21.2
    // naver: 8.8 + 12.6 + 8.7 = 30.1     expert 28.4        user 0.780 * 25 = 19.5
    // nc: 7.9 + 11.2 + 7.4 = 26.5        expert 24.5        user 0.660 * 25 = 16.5
    // User: U = (15*S1 + 10*S2) / (25 * 196); ratios to lg's 3750 give the figures above.
    static const std::vector<TeamFigures> figures{
        {"lg", 368, 936, 500, 632, 150, 150},
        {"skt", 368, 845, 450, 588, 130, 129},
        {"upstage", 348, 845, 440, 578, 128, 126},
        {"naver", 352, 819, 435, 568, 115, 120},
        {"nc", 316, 728, 370, 490, 95, 105},
    };
    return figures;
}

std::vector<Team> teams()
{
    const QString r1 = QStringLiteral("R1");
    return {
        {s("lg"), s("LG AI연구원"), s("K-EXAONE"), r1},
        {s("skt"), s("SK텔레콤"), s("A.X K1"), r1},
        {s("upstage"), s("업스테이지"), s("Solar Open"), r1},
        {s("naver"), s("네이버클라우드"), s("HyperCLOVA X SEED Omni"), r1},
        {s("nc"), s("NC AI"), s("VAETKI"), r1},
    };
}

Category benchmarkCategory(const std::vector<Team> &teams)
{
    BenchmarkGroup nia{s("nia"), s("NIA 벤치마크"), 10.0, Normalization::TargetRatio, 1.0, 100.0,
                       {benchmark("nia-math", "수학"), benchmark("nia-knowledge", "지식"),
                        benchmark("nia-long-context", "장문 이해"),
                        benchmark("nia-safety", "신뢰성·안전성")}};
    BenchmarkGroup common{s("common"), s("글로벌 공통 벤치마크"), 20.0, Normalization::TargetRatio,
                          1.0, 100.0, {}};
    const char *commonNames[][2] = {
        {"mmlu-pro", "MMLU-Pro"}, {"gpqa-diamond", "GPQA Diamond"}, {"hle", "Humanity's Last Exam"},
        {"aime-2025", "AIME 2025"}, {"math-500", "MATH-500"}, {"livecodebench", "LiveCodeBench"},
        {"ifeval", "IFEval"}, {"arena-hard", "Arena-Hard"}, {"bfcl", "BFCL"},
        {"kmmlu", "KMMLU"}, {"kmmlu-pro", "KMMLU-Pro"}, {"hae-rae", "HAE-RAE Bench"},
        {"click", "CLIcK"}};
    for (const auto &[id, name] : commonNames)
        common.benchmarks.push_back(benchmark(("common-" + std::string(id)).c_str(), name));

    BenchmarkGroup individual{s("individual"), s("글로벌 개별 벤치마크"), 10.0,
                              Normalization::TargetRatio, 1.0, 100.0, {}};
    for (const Team &team : teams) {
        for (int i = 1; i <= 5; ++i) {
            const QString id = QStringLiteral("%1-ind-%2").arg(team.id).arg(i);
            const QString name = QStringLiteral("%1 개별 %2").arg(team.id.toUpper()).arg(i);
            individual.benchmarks.push_back(Benchmark{id, name, true, 1.0, {team.id}, {}});
        }
    }

    Category category;
    category.id = s("benchmark");
    category.kind = CategoryKind::Benchmark;
    category.name = s("벤치마크 평가");
    category.points = 40.0;
    category.groups = {nia, common, individual};
    return category;
}

Category expertCategory()
{
    Category category;
    category.id = s("expert");
    category.kind = CategoryKind::Expert;
    category.name = s("전문가 평가");
    category.points = 35.0;
    category.aggregation = Aggregation::Mean;
    category.rubric = {{s("strategy"), s("개발 전략"), 10.0, 0.5},
                       {s("technology"), s("기술력"), 15.0, 0.5},
                       {s("impact"), s("파급 효과"), 10.0, 0.5}};
    return category;
}

Category userCategory()
{
    Category category;
    category.id = s("user");
    category.kind = CategoryKind::User;
    category.name = s("사용자 평가");
    category.points = 25.0;
    category.scaleMin = 1;
    category.scaleMax = 5;
    category.userNormalization = Normalization::BestRatio;
    category.userItems = {{s("usability"), s("활용성"), 15.0},
                          {s("cost_efficiency"), s("비용 효율성"), 10.0}};
    return category;
}

std::vector<Reviewer> reviewers()
{
    std::vector<Reviewer> out;
    out.push_back({s("chair"), s("위원장"), Role::Chair, {}});
    for (int i = 1; i <= kExperts; ++i)
        out.push_back({QStringLiteral("e%1").arg(i, 2, 10, QLatin1Char('0')),
                       QStringLiteral("전문가 %1").arg(i), Role::Expert, {}});
    out.push_back({s("secretariat"), s("간사"), Role::Secretariat, {}});
    return out;
}

} // namespace pd::demo
