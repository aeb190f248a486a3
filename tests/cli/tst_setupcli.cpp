// paneldesk-cli change-setup (docs/setup-changes.md): the configuration of a panel file
// applied to the demo's scored round in place. The secretariat is refused after the first
// score, the chair needs --reason, a removed team with scores is named; a refusal changes
// no byte. The chair's change with a reason keeps the standings' inputs, is one audit entry
// and `verify` passes.
#include "CliTestSupport.h"

#include "actions/PanelDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using pd::test::CliRun;

class TestSetupCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_counter = 0;

    CliRun cli(const QStringList &arguments) const
    {
        return pd::test::runCli(m_dir.path(), arguments, pd::test::demoSignIn(arguments));
    }

    QString copyOfDemo()
    {
        const QString folder = m_dir.filePath(QStringLiteral("c%1").arg(++m_counter));
        QDir().mkpath(folder);
        const QString copy = folder + QStringLiteral("/panel.paneldesk");
        [&] { QVERIFY(QFile::copy(m_demo, copy)); }();
        return copy;
    }

    QJsonObject exported(const QString &db)
    {
        const QString out = m_dir.filePath(QStringLiteral("export%1.json").arg(++m_counter));
        const CliRun run = cli({QStringLiteral("export-panel"), QStringLiteral("--db"), db,
                                QStringLiteral("--as"), QStringLiteral("chair"), QStringLiteral("--out"), out});
        [&] { QVERIFY2(run.code == 0, qPrintable(run.err)); }();
        QFile file(out);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    QString written(const QJsonObject &panel)
    {
        const QString path = m_dir.filePath(QStringLiteral("setup%1.json").arg(++m_counter));
        QFile file(path);
        [&] { QVERIFY(file.open(QIODevice::WriteOnly)); }();
        file.write(QJsonDocument(panel).toJson());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.paneldesk"));
        pd::createDemoDatabase(m_demo, {false, QStringLiteral("demo")});
    }

    void listedInHelp()
    {
        const CliRun run = cli({QStringLiteral("--help")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QStringLiteral("change-setup")));
        const CliRun help = cli({QStringLiteral("change-setup"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("--reason")));
    }

    void changeAfterScores()
    {
        const QString db = copyOfDemo();
        QJsonObject panel = exported(db);
        QJsonObject round = panel.value(QStringLiteral("round")).toObject();
        round.insert(QStringLiteral("name"), QStringLiteral("1차 평가 (정정)"));
        round.insert(QStringLiteral("appeal_days"), 14);
        panel.insert(QStringLiteral("round"), round);
        const QString setup = written(panel);
        const QByteArray before = pd::test::databaseBytesHash(db);
        const QStringList change{QStringLiteral("change-setup"), setup, QStringLiteral("--db"), db};

        // The secretariat only before the first score.
        CliRun run = cli(change + QStringList{QStringLiteral("--as"), QStringLiteral("secretariat"),
                                              QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("only the chair changes the configuration")), qPrintable(run.err));
        // The chair with a reason only.
        run = cli(change + QStringList{QStringLiteral("--as"), QStringLiteral("chair")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("needs a reason")), qPrintable(run.err));
        QCOMPARE(pd::test::databaseBytesHash(db), before);

        // A team with scores removed: named.
        QJsonObject withoutTeam = panel;
        QJsonArray teams = withoutTeam.value(QStringLiteral("teams")).toArray();
        QString removed;
        for (qsizetype i = 0; i < teams.size(); ++i)
            if (teams.at(i).toObject().value(QStringLiteral("id")).toString() == QLatin1String("skt")) {
                removed = QStringLiteral("skt");
                teams.removeAt(i);
                break;
            }
        QCOMPARE(removed, QStringLiteral("skt"));
        withoutTeam.insert(QStringLiteral("teams"), teams);
        // ... and from the benchmarks restricted to it (one only for skt goes too)
        QJsonArray categories = withoutTeam.value(QStringLiteral("categories")).toArray();
        for (qsizetype c = 0; c < categories.size(); ++c) {
            QJsonObject category = categories.at(c).toObject();
            QJsonArray groups = category.value(QStringLiteral("groups")).toArray();
            for (qsizetype g = 0; g < groups.size(); ++g) {
                QJsonObject group = groups.at(g).toObject();
                QJsonArray benchmarks;
                for (const QJsonValue &value : group.value(QStringLiteral("benchmarks")).toArray()) {
                    QJsonObject benchmark = value.toObject();
                    QJsonArray only = benchmark.value(QStringLiteral("teams")).toArray();
                    if (!only.isEmpty()) {
                        const qsizetype at = only.toVariantList().indexOf(QStringLiteral("skt"));
                        if (at >= 0)
                            only.removeAt(at);
                        if (only.isEmpty())
                            continue;
                        benchmark.insert(QStringLiteral("teams"), only);
                    }
                    benchmarks.append(benchmark);
                }
                group.insert(QStringLiteral("benchmarks"), benchmarks);
                groups.replace(g, group);
            }
            if (!groups.isEmpty())
                category.insert(QStringLiteral("groups"), groups);
            categories.replace(c, category);
        }
        withoutTeam.insert(QStringLiteral("categories"), categories);
        withoutTeam.remove(QStringLiteral("expert_scores"));   // a configuration-only file
        withoutTeam.remove(QStringLiteral("benchmark_results"));
        withoutTeam.remove(QStringLiteral("user_ratings"));
        withoutTeam.remove(QStringLiteral("independence"));
        withoutTeam.insert(QStringLiteral("reviewers"), QJsonArray());
        run = cli({QStringLiteral("change-setup"), written(withoutTeam), QStringLiteral("--db"), db,
                   QStringLiteral("--as"), QStringLiteral("chair"), QStringLiteral("--reason"), QStringLiteral("skt withdrew")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("teams: \"skt\" has ")) && run.err.contains(QStringLiteral("expert scores")),
                 qPrintable(run.err));
        QCOMPARE(pd::test::databaseBytesHash(db), before);

        run = cli(change + QStringList{QStringLiteral("--as"), QStringLiteral("chair"),
                                       QStringLiteral("--reason"), QStringLiteral("the ministry's correction")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("changed the configuration of round R1")), qPrintable(run.out));

        const QJsonObject after = exported(db);
        QCOMPARE(after.value(QStringLiteral("round")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("1차 평가 (정정)"));
        QCOMPARE(after.value(QStringLiteral("round")).toObject().value(QStringLiteral("appeal_days")).toInt(), 14);
        for (const char *inputs : {"expert_scores", "benchmark_results", "user_ratings", "independence", "reviewers", "teams", "categories"})
            QCOMPARE(after.value(QLatin1String(inputs)), panel.value(QLatin1String(inputs)));

        const CliRun verify = cli({QStringLiteral("verify"), QStringLiteral("--db"), db,
                                   QStringLiteral("--as"), QStringLiteral("chair")});
        QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
    }
};

QTEST_GUILESS_MAIN(TestSetupCli)
#include "tst_setupcli.moc"
