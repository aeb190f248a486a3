#pragma once
// Shared fixtures of the storage tests (header only; not a test itself): a hand-built panel
// that uses every feature the store must keep, raw SQL access, and file fingerprints.

#include "domain/Panel.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteConnection.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace pd::test {

// A round with only an expert category: `items` rubric items i0, i1, ... of 10 points in
// steps of 0.5, `teams` teams t0, t1, ..., the members given, one team eliminated.
inline Panel expertOnlyPanel(int items, int teams, const std::vector<Reviewer> &members)
{
    Panel p;
    p.round.id = QStringLiteral("R1");
    p.round.cut.eliminate = 1;
    Category expert;
    expert.id = QStringLiteral("expert");
    expert.kind = CategoryKind::Expert;
    expert.points = 10 * items;
    for (int i = 0; i < items; ++i)
        expert.rubric.push_back({QStringLiteral("i%1").arg(i), QString(), 10, 0.5});
    p.categories = {expert};
    for (int t = 0; t < teams; ++t)
        p.teams.push_back({QStringLiteral("t%1").arg(t), QString(), QString(), QStringLiteral("R1")});
    p.reviewers = members;
    return p;
}

// Every feature: notice, restricted benchmarks, results without target, a missing result,
// drafts and submitted sheets, conflicts, findings with every vocabulary value, a tie
// resolution, non-sorted list orders and doubles that are not round in binary.
inline Panel fullPanel()
{
    Panel p;
    p.program = {QStringLiteral("독자 AI 파운데이션 모델 프로젝트"),
                 QStringLiteral("과학기술정보통신부"),
                 QStringLiteral("demo data: illustrative figures")};
    p.round.id = QStringLiteral("R1");
    p.round.name = QStringLiteral("1차 평가");
    p.round.evaluationDate = QDate(2026, 1, 15);
    p.round.appealDays = 10;
    p.round.displayDecimals = 2;
    p.round.cut.eliminate = 1;
    p.round.cut.minTotal = 60.5;
    p.round.tieBreak = {QStringLiteral("expert"), QStringLiteral("benchmark"),
                        QStringLiteral("user")};
    p.round.tieResolutions = {{{QStringLiteral("upstage"), QStringLiteral("skt")},
                               QStringLiteral("panel vote of 2026-01-14")}};

    Category bench;
    bench.id = QStringLiteral("benchmark");
    bench.kind = CategoryKind::Benchmark;
    bench.name = QStringLiteral("벤치마크 평가");
    bench.points = 40;
    bench.aggregation = Aggregation::Median;   // irrelevant for the kind, still kept
    BenchmarkGroup nia{QStringLiteral("nia"), QStringLiteral("NIA 벤치마크"), 10,
                       Normalization::TargetRatio, 1.0, 100.0,
                       {{QStringLiteral("nia-math"), QStringLiteral("수학"), true, 1.0, {}, {}},
                        {QStringLiteral("nia-safety"), QStringLiteral("신뢰성"), false, 2.5, {}, {}}}};
    BenchmarkGroup common{QStringLiteral("common"), QStringLiteral("글로벌 공통"), 15,
                          Normalization::BestRatio, 1.0, 100.0,
                          {{QStringLiteral("mmlu"), QStringLiteral("MMLU"), true, 1.0, {}, {}},
                           {QStringLiteral("gpqa"), QStringLiteral("GPQA"), true, 0.1, {}, {}}}};
    BenchmarkGroup individual{
        QStringLiteral("individual"), QStringLiteral("글로벌 개별"), 10,
        Normalization::TargetRatio, 1.2, 100.0,
        {{QStringLiteral("lg-ind-1"), QStringLiteral("LG 1"), true, 1.0, {QStringLiteral("lg")}, {}},
         {QStringLiteral("shared-ind"), QStringLiteral("공유"), true, 1.0,
          {QStringLiteral("upstage"), QStringLiteral("skt")}, {}},
         {QStringLiteral("other-ind"), QStringLiteral("기타"), false, 3.0,
          {QStringLiteral("nc"), QStringLiteral("naver")}, {}}}};
    BenchmarkGroup minMax{QStringLiteral("latency"), QStringLiteral("지연"), 3,
                          Normalization::MinMax, 1.0, 100.0,
                          {{QStringLiteral("lat"), QStringLiteral("ms"), false, 1.0, {}, {}}}};
    BenchmarkGroup absolute{QStringLiteral("abs"), QStringLiteral("절대"), 2,
                            Normalization::Absolute, 1.0, 50.0,
                            {{QStringLiteral("abs-1"), QStringLiteral("A"), true, 1.0, {}, {}}}};
    bench.groups = {nia, common, individual, minMax, absolute};

    Category expert;
    expert.id = QStringLiteral("expert");
    expert.kind = CategoryKind::Expert;
    expert.name = QStringLiteral("전문가 평가");
    expert.points = 35;
    expert.aggregation = Aggregation::TrimmedMean;
    expert.trim = 1;
    expert.rubric = {{QStringLiteral("strategy"), QStringLiteral("개발 전략"), 10, 0.5},
                     {QStringLiteral("technology"), QStringLiteral("기술"), 15, 1},
                     {QStringLiteral("impact"), QStringLiteral("파급 효과"), 10, 0.1}};

    Category user;
    user.id = QStringLiteral("user");
    user.kind = CategoryKind::User;
    user.name = QStringLiteral("사용자 평가");
    user.points = 25;
    user.scaleMin = 1;
    user.scaleMax = 5;
    user.userNormalization = Normalization::BestRatio;
    user.userItems = {{QStringLiteral("usability"), QStringLiteral("활용성"), 15},
                      {QStringLiteral("cost"), QStringLiteral("비용 효율"), 10}};
    p.categories = {bench, expert, user};

    p.teams = {{QStringLiteral("lg"), QStringLiteral("LG AI연구원"), QStringLiteral("EXAONE"),
                QStringLiteral("R1")},
               {QStringLiteral("skt"), QStringLiteral("SK텔레콤"), QStringLiteral("A.X"),
                QStringLiteral("R1")},
               {QStringLiteral("upstage"), QStringLiteral("업스테이지"), QStringLiteral("Solar"),
                QStringLiteral("R1")},
               {QStringLiteral("naver"), QStringLiteral("네이버클라우드"), QString(),
                QStringLiteral("R1")},
               {QStringLiteral("nc"), QStringLiteral("NC AI"), QStringLiteral("VARCO"),
                QStringLiteral("R1")}};

    p.reviewers = {{QStringLiteral("e03"), QStringLiteral("전문가 3"), Role::Expert,
                    {QStringLiteral("skt"), QStringLiteral("lg")}},
                   {QStringLiteral("e01"), QStringLiteral("위원장"), Role::Chair, {}},
                   {QStringLiteral("e02"), QStringLiteral("전문가 2"), Role::Expert,
                    {QStringLiteral("nc")}},
                   {QStringLiteral("s01"), QStringLiteral("간사"), Role::Secretariat, {}},
                   {QStringLiteral("o01"), QStringLiteral("참관"), Role::Observer, {}}};

    p.benchmarkResults = {
        {QStringLiteral("lg"), QStringLiteral("nia-math"), 81.3, 88.7},
        {QStringLiteral("skt"), QStringLiteral("nia-math"), 0.1 + 0.2, 1e-3},
        {QStringLiteral("lg"), QStringLiteral("mmlu"), 77.0, std::nullopt},
        {QStringLiteral("lg"), QStringLiteral("lg-ind-1"), 65.25, 70.0},
        {QStringLiteral("upstage"), QStringLiteral("shared-ind"), 12.0, 13.5},
        {QStringLiteral("nc"), QStringLiteral("lat"), -3.5, std::nullopt},
        {QStringLiteral("naver"), QStringLiteral("abs-1"), 49.999999999, 7.0}};
    // (no result for nc on mmlu: a missing result is an input like any other)

    const QString lg = QStringLiteral("lg"), up = QStringLiteral("upstage");
    p.expertScores = {
        {QStringLiteral("e01"), lg, QStringLiteral("technology"), 13, true, QString()},
        {QStringLiteral("e02"), lg, QStringLiteral("strategy"), 7.5, false,
         QStringLiteral("초안: 다시 볼 것")},
        {QStringLiteral("e01"), lg, QStringLiteral("strategy"), 9.5, true, QStringLiteral("")},
        {QStringLiteral("e03"), up, QStringLiteral("impact"), 7.3, true, QStringLiteral("ok")},
        {QStringLiteral("e01"), lg, QStringLiteral("impact"), 0, true, QString()},
        {QStringLiteral("e03"), up, QStringLiteral("strategy"), 10, true, QString()},
        {QStringLiteral("e03"), up, QStringLiteral("technology"), 15, true, QString()}};

    const QString usability = QStringLiteral("usability"), cost = QStringLiteral("cost");
    int n = 0;
    for (const char *evaluator : {"u049", "u001", "u017"})
        for (const Team &t : p.teams)
            for (const QString &item : {cost, usability})
                p.userRatings.push_back(
                    {QString::fromLatin1(evaluator), t.id, item, 1 + (n++ * 7) % 5});

    p.independence = {
        {QStringLiteral("naver"), Verdict::Fail,
         QStringLiteral("vision encoder weights taken over"),
         {{QStringLiteral("vision encoder"), Origin::OpenSource, QStringLiteral("Qwen2.5-VL ViT"),
           License::Permissive, Weights::ReusedFrozen, ExternalControl::None,
           QStringLiteral("technical report, section 2"), QStringLiteral("reports/naver-tech.pdf#p2")},
          {QStringLiteral("backbone"), Origin::InHouse, QStringLiteral(""), License::Own,
           Weights::Initialized, ExternalControl::None, QString(), QString()}}},
        {QStringLiteral("skt"), Verdict::Pending, QString(), {}},
        {QStringLiteral("lg"), Verdict::Pass, QStringLiteral("all components in house"),
         {{QStringLiteral("tokenizer"), Origin::ThirdParty, QStringLiteral("vendor"),
           License::Proprietary, Weights::NotApplicable, ExternalControl::Possible,
           QStringLiteral("contract"), QString()},
          {QStringLiteral("audio encoder"), Origin::OpenSource, QStringLiteral("whisper"),
           License::Restricted, Weights::Reused, ExternalControl::Present,
           QStringLiteral("log"), QString()}}}};
    return p;
}

// Raw SQL on a file, as a tool or an attacker with sqlite3 would do it.
// What another tool does to a panel file: SQL run on it (statements separated by ";\n"),
// the triggers of `table` dropped first when one is named (they refuse such edits).
inline void editWithAnotherTool(const QString &path, const QString &table, const QString &statement)
{
    SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite);
    QSqlDatabase &db = connection.db();
    if (!table.isEmpty()) {
        QSqlQuery triggers = runSql(db, QStringLiteral(
            "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ?"), {table});
        QStringList names;
        while (triggers.next())
            names << triggers.value(0).toString();
        triggers.finish();
        for (const QString &name : names)
            execSql(db, QStringLiteral("DROP TRIGGER ") + name);
    }
    for (const QString &one : statement.split(QStringLiteral(";\n")))
        execSql(db, one);
}

class RawDb {
public:
    explicit RawDb(const QString &path, bool foreignKeys = true)
        : m_connection(path, SqliteConnection::Mode::ReadWrite)
    {
        if (!foreignKeys)
            exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    // Runs `sql`; returns SQLite's message when refused, an empty string when it ran.
    QString tryExec(const QString &sql)
    {
        QSqlQuery q(m_connection.db());
        return q.exec(sql) ? QString() : q.lastError().databaseText();
    }
    void exec(const QString &sql)
    {
        const QString error = tryExec(sql);
        if (!error.isEmpty())
            qFatal("raw SQL failed: %s: %s", qPrintable(sql), qPrintable(error));
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(m_connection.db());
        if (!q.exec(sql) || !q.next())
            qFatal("raw SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0);
    }
    QSqlDatabase &db() { return m_connection.db(); }

private:
    SqliteConnection m_connection;
};

// Content hash and modification time: "the file did not change".
struct FileFingerprint {
    bool exists = false;
    QByteArray sha256;
    QDateTime modified;
    qint64 size = -1;
    friend bool operator==(const FileFingerprint &, const FileFingerprint &) = default;
};

inline FileFingerprint fingerprint(const QString &path)
{
    FileFingerprint f;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return f;
    f.exists = true;
    f.sha256 = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    f.size = file.size();
    f.modified = QFileInfo(path).fileTime(QFileDevice::FileModificationTime);
    return f;
}

// `panel` with score bands on every rubric item of its expert categories: from 0, half the
// points, and the points (docs/panel-file.md, extension "bands").
inline Panel withRubricBands(Panel panel)
{
    for (Category &category : panel.categories)
        for (RubricItem &item : category.rubric)
            item.bands = {{0, QString::fromUtf8("부족: %1").arg(item.id)},
                          {item.points / 2, QString::fromUtf8("보통 \"인용\"\n두 줄")},
                          {item.points, QStringLiteral("full marks")}};
    return panel;
}

// fullPanel() with configured targets (issue 16): on nia-math for skt, lg and nc, on the
// individual benchmark shared-ind (upstage and skt only) for upstage. skt's nia-math result
// has no target of its own and relies on its configured one.
inline Panel panelWithTargets()
{
    Panel p = fullPanel();
    p.categories[0].groups[0].benchmarks[0].targets = {
        {QStringLiteral("skt"), 90.5}, {QStringLiteral("lg"), 88.0}, {QStringLiteral("nc"), 1e-3}};
    p.categories[0].groups[2].benchmarks[1].targets = {{QStringLiteral("upstage"), 14.0}};
    p.benchmarkResults[1].target.reset();   // skt on nia-math
    return p;
}

// Which part of two panels differs ("" when equal), for readable failures.
inline QString firstDifference(const Panel &a, const Panel &b)
{
    if (!(a.program == b.program)) return QStringLiteral("program");
    if (!(a.round == b.round)) return QStringLiteral("round");
    for (size_t i = 0; i < std::min(a.categories.size(), b.categories.size()); ++i)
        if (!(a.categories[i] == b.categories[i]))
            return QStringLiteral("categories[%1]").arg(i);
    if (a.categories.size() != b.categories.size()) return QStringLiteral("categories (size)");
    if (!(a.teams == b.teams)) return QStringLiteral("teams");
    if (!(a.reviewers == b.reviewers)) return QStringLiteral("reviewers");
    if (!(a.benchmarkResults == b.benchmarkResults)) return QStringLiteral("benchmark_results");
    if (!(a.expertScores == b.expertScores)) return QStringLiteral("expert_scores");
    if (!(a.userRatings == b.userRatings)) return QStringLiteral("user_ratings");
    if (!(a.independence == b.independence)) return QStringLiteral("independence");
    return {};
}

} // namespace pd::test
