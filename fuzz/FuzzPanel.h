#pragma once
// The small round every fuzz harness checks its input against (header only).

#include "domain/Panel.h"

namespace pd::fuzz {

inline Panel fuzzPanel()
{
    Panel p;
    p.round.id = QStringLiteral("R1");
    Category bench;
    bench.id = QStringLiteral("benchmark");
    bench.kind = CategoryKind::Benchmark;
    bench.points = 40;
    bench.groups = {
        {QStringLiteral("nia"), QStringLiteral("NIA"), 20, Normalization::TargetRatio, 1.0, 100.0,
         {{QStringLiteral("nia-math"), QStringLiteral("math"), true, 1.0, {}, {}}}},
        {QStringLiteral("common"), QStringLiteral("common"), 20, Normalization::BestRatio, 1.0, 100.0,
         {{QStringLiteral("mmlu"), QStringLiteral("MMLU"), true, 1.0, {}, {}},
          {QStringLiteral("lg-ind"), QStringLiteral("LG"), true, 1.0, {QStringLiteral("lg")}, {}}}}};
    Category user;
    user.id = QStringLiteral("user");
    user.kind = CategoryKind::User;
    user.points = 25;
    user.scaleMin = 1;
    user.scaleMax = 5;
    user.userItems = {{QStringLiteral("usability"), QStringLiteral("u"), 1.0},
                      {QStringLiteral("cost"), QStringLiteral("c"), 1.0}};
    p.categories = {bench, user};
    p.teams = {{QStringLiteral("lg"), QStringLiteral("LG"), {}, QStringLiteral("R1")},
               {QStringLiteral("skt"), QStringLiteral("SKT"), {}, QStringLiteral("R1")}};
    p.benchmarkResults = {{QStringLiteral("lg"), QStringLiteral("nia-math"), 80.0, 90.0}};
    return p;
}

} // namespace pd::fuzz
