// Killing the program loses nothing: a child process (this executable run with
// --edit-child PATH) makes one edit through the sheet model, which commits it through
// commands::editScore, reports it on stdout and waits; it is killed with SIGKILL right
// after the report. The database is reopened and the edit is there, with its audit entry.
#include "../itemmodels/SheetFixture.h"

#include "itemmodels/SheetTableModel.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <cstring>

using namespace pd;
using namespace pd::test;

namespace {

const char *const kChildArgument = "--edit-child";

int editChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    auto store = SqliteStore::open(QString::fromLocal8Bit(argv[2]));
    SheetTableModel model(*store);
    if (!model.load(store->loadPanel(), kExpert, kTeam, kExpert))
        return 3;
    if (!model.setData(model.index(0, SheetTableModel::ScoreColumn), QStringLiteral("6.5")))
        return 4;
    std::printf("edited\n");
    std::fflush(stdout);
    QThread::sleep(60);   // killed long before
    return 5;
}

} // namespace

class TestSheetCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void editSurvivesSigkill()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("crash.db"));
        createSheetDatabase(path).reset();

        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QString::fromLatin1(kChildArgument), path});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        while (!out.contains("edited") && child.state() == QProcess::Running
               && child.waitForReadyRead(20000))
            out += child.readAllStandardOutput();
        QVERIFY2(out.contains("edited"), child.readAllStandardError().constData());
        QCOMPARE(::kill(static_cast<pid_t>(child.processId()), SIGKILL), 0);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const auto store = SqliteStore::open(path);
        const auto score = store->loadExpertScore(kExpert, kTeam, QStringLiteral("strategy"));
        QVERIFY(score);
        QCOMPARE(score->score, 6.5);
        QVERIFY(!score->submitted);
        const auto log = store->auditLog();
        QCOMPARE(log.back().action, QStringLiteral("expert-score"));
        QCOMPARE(log.back().actor, kExpert);
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], kChildArgument) == 0)
        return editChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestSheetCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sheetcrash.moc"
