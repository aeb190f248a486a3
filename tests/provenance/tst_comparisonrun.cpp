// The prefixes proposed from tensor names (provenance/PrefixProposal.h) and one comparison
// from paths to report (provenance/ComparisonRun.h), as the "Compare weights…" dialog and
// `provenance compare` use them: the proposal finds the copy under "vision." or renamed, and
// proposes "" when names already match; no prefix ever cuts inside a block number; the run
// reports its stages in order with progress that never goes back, and Cancel at any report
// stops it; its report is the same bytes for the same inputs.
#include "ProvenanceFixtures.h"

#include "domain/Errors.h"
#include "provenance/CheckpointReader.h"
#include "provenance/ComparisonRun.h"
#include "provenance/PrefixProposal.h"
#include "provenance/ProvenanceSummary.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using namespace pd::provenance;
using namespace pd::test;

class TestComparisonRun : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_reference;
    FixtureModel m_model;

    QString write(const QString &name, const FixtureModel &m, bool bf16 = false)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".safetensors"));
        return writeFixture(path, m, bf16) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_model = makeModel({MlpFamily::Gated, 3, 64, 160}, 11);
        m_reference = write(QStringLiteral("reference"), m_model);
        QVERIFY(!m_reference.isEmpty());
    }

    void proposesPrefixes_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<QString>("candidatePrefix");
        QTest::addColumn<QString>("referencePrefix");
        QTest::addColumn<int>("matched");
        const int all = int(m_model.size());
        QTest::newRow("same names") << write(QStringLiteral("same"), fineTuned(m_model, 1)) << QString() << QString() << all;
        QTest::newRow("embedded under vision.")
            << write(QStringLiteral("embedded"), embedded(m_model, QStringLiteral("vision."), 2), true)
            << QStringLiteral("vision.") << QString() << all;
        QTest::newRow("renamed model. to language_model.model.")
            << write(QStringLiteral("renamed"), renamed(m_model, QStringLiteral("model."), QStringLiteral("language_model.model.")))
            << QStringLiteral("language_model.") << QString() << all;
        QTest::newRow("nothing in common")
            << write(QStringLiteral("other"), ggufNamed(m_model)) << QString() << QString() << 0;
    }

    void proposesPrefixes()
    {
        QFETCH(QString, candidate);
        QFETCH(QString, candidatePrefix);
        QFETCH(QString, referencePrefix);
        QFETCH(int, matched);
        const Checkpoint c = openCheckpoint(candidate);
        const Checkpoint r = openCheckpoint(m_reference);
        const ProposedPrefixes proposed = proposePrefixes(c, r);
        QCOMPARE(proposed.matched, matched);
        if (matched > 0) {
            QCOMPARE(proposed.candidate, candidatePrefix);
            QCOMPARE(proposed.reference, referencePrefix);
            QCOMPARE(matchedTensors(c, proposed.candidate, r, proposed.reference), matched);
        }
        const QStringList prefixes = prefixesOf(c);
        QCOMPARE(prefixes.first(), QString());
        QVERIFY(prefixes.contains(candidatePrefix));
        for (const QString &p : prefixes) {
            QVERIFY2(p.isEmpty() || p.endsWith(QLatin1Char('.')), qPrintable(p));
            for (const QString &part : p.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
                bool number = false;
                part.toInt(&number);
                QVERIFY2(!number, qPrintable(p));   // never inside a block number
            }
        }
    }

    void runsInStagesAndCancels()
    {
        const QString candidate = write(QStringLiteral("run-candidate"), embedded(fineTuned(m_model, 5), QStringLiteral("vision."), 6));
        const QString control = write(QStringLiteral("run-control"), makeModel({MlpFamily::Gated, 3, 64, 160}, 12));
        ComparisonRequest request;
        request.candidate = candidate;
        request.reference = m_reference;
        request.controls = {control};
        request.candidatePrefix = QStringLiteral("vision.");
        std::vector<std::pair<ComparisonStage, double>> reports;
        const ComparisonRun run = runComparison(request, QStringLiteral("test"), [&](ComparisonStage s, std::uint64_t done, std::uint64_t total) {
            reports.emplace_back(s, total > 0 ? double(done) / double(total) : 0.0);
            return true;
        });
        QCOMPARE(parseProvenanceSummary(run.json, QStringLiteral("run")).suggestion, QStringLiteral("reused"));
        QCOMPARE(run.candidatePrefix, QStringLiteral("vision."));
        QCOMPARE(run.controlPrefix, QString());   // the reference's
        QCOMPARE(run.controls, QStringList{control});
        // every stage reported, in order; within a stage the progress never goes back
        QVERIFY(!reports.empty());
        QCOMPARE(reports.front().first, ComparisonStage::Opening);
        QCOMPARE(reports.back().first, ComparisonStage::Report);
        QCOMPARE(reports.back().second, 1.0);
        for (std::size_t i = 1; i < reports.size(); ++i) {
            QVERIFY(int(reports[i].first) >= int(reports[i - 1].first));
            if (reports[i].first == reports[i - 1].first)
                QVERIFY(reports[i].second >= reports[i - 1].second);
        }
        for (ComparisonStage s : {ComparisonStage::ExactReuse, ComparisonStage::Analyses, ComparisonStage::Report})
            QVERIFY(std::any_of(reports.begin(), reports.end(), [s](const auto &r) { return r.first == s; }));
        // the same inputs: the same bytes
        QCOMPARE(runComparison(request, QStringLiteral("test")).json, run.json);

        // Cancel at the first report of each stage stops the run there
        for (ComparisonStage stage : {ComparisonStage::Opening, ComparisonStage::ExactReuse, ComparisonStage::Analyses,
                                      ComparisonStage::Report}) {
            std::vector<ComparisonStage> seen;
            bool cancelled = false;
            try {
                runComparison(request, QStringLiteral("test"), [&](ComparisonStage s, std::uint64_t, std::uint64_t) {
                    seen.push_back(s);
                    return s != stage;
                });
            } catch (const Cancelled &) {
                cancelled = true;
            }
            QVERIFY(cancelled);
            QCOMPARE(seen.back(), stage);
            QCOMPARE(std::count(seen.begin(), seen.end(), stage), 1);
        }
    }

    // The worked example of docs/provenance.md ("A worked example"): the files it names, with
    // the suggestions it shows. PANELDESK_PROVENANCE_FIXTURES=DIR keeps them in DIR for the
    // reader to run the commands of the example.
    void workedExample()
    {
        QTemporaryDir scratch;
        const QString dir = qEnvironmentVariableIsEmpty("PANELDESK_PROVENANCE_FIXTURES")
            ? scratch.path() : qEnvironmentVariable("PANELDESK_PROVENANCE_FIXTURES");
        QVERIFY(QDir().mkpath(dir));
        const ModelShape shape{MlpFamily::Fc, 6, 256, 684};
        const FixtureModel qwen = makeModel(shape, 2025);
        const auto path = [&](const char *name) { return QDir(dir).filePath(QString::fromLatin1(name)); };
        QVERIFY(writeFixture(path("qwen-vit.safetensors"), qwen));
        QVERIFY(writeFixture(path("omni.safetensors"), embedded(fineTuned(qwen, 1), QStringLiteral("thinker.visual."), 2), true));
        QVERIFY(writeFixture(path("permuted.safetensors"), permutedHiddenUnits(fineTuned(qwen, 3), 4)));
        QVERIFY(writeFixture(path("own-vit.safetensors"), makeModel(shape, 2026)));
        QVERIFY(writeFixture(path("control-a.safetensors"), makeModel(shape, 2027)));
        QVERIFY(writeFixture(path("control-b.safetensors"), makeModel(shape, 2028)));
        const auto compare = [&](const char *candidate, const QString &prefix) {
            ComparisonRequest request;
            request.candidate = path(candidate);
            request.reference = path("qwen-vit.safetensors");
            request.controls = {path("control-a.safetensors"), path("control-b.safetensors")};
            request.candidatePrefix = prefix;
            return parseProvenanceSummary(runComparison(request, QStringLiteral("test")).json, QString::fromLatin1(candidate));
        };
        const Checkpoint omni = openCheckpoint(path("omni.safetensors"));
        QCOMPARE(proposePrefixes(omni, openCheckpoint(path("qwen-vit.safetensors"))).candidate, QStringLiteral("thinker.visual."));
        QCOMPARE(compare("omni.safetensors", QStringLiteral("thinker.visual.")).suggestion, QStringLiteral("reused"));
        QCOMPARE(compare("permuted.safetensors", QString()).suggestion, QStringLiteral("reused"));
        QCOMPARE(compare("own-vit.safetensors", QString()).suggestion, QStringLiteral("initialized"));
    }

    void brokenFileIsNamed()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.safetensors"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x10\0\0\0\0\0\0\0{\"a\": 1", 16);
        file.close();
        ComparisonRequest request;
        request.candidate = path;
        request.reference = m_reference;
        try {
            runComparison(request, QStringLiteral("test"));
            QFAIL("a broken candidate was compared");
        } catch (const InputError &e) {
            QVERIFY2(e.message().contains(QLatin1String("broken.safetensors")), qPrintable(e.message()));
        }
    }
};

QTEST_MAIN(TestComparisonRun)
#include "tst_comparisonrun.moc"
