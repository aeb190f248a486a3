#pragma once
// Shared pieces of the fault tests (header only; not a test itself): the seeded random
// generator every suite prints and takes from PANELDESK_FAULT_SEED, child processes that are
// always killed and reaped (also when the test fails or the parent dies), and read-only
// looks at a database file.

#include "domain/Panel.h"
#include "storage/RatingSource.h"
#include "storage/SqliteConnection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <QtGlobal>

#include <csignal>
#include <cstdio>
#include <string>
#include <vector>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#include <sys/types.h>
#include <signal.h>

namespace pd::test {

// The seed of a fault test: PANELDESK_FAULT_SEED when set (to repeat a run), otherwise a
// fresh one. Printed either way.
inline quint32 faultSeed(const char *suite)
{
    bool ok = false;
    quint32 seed = qEnvironmentVariable("PANELDESK_FAULT_SEED").toUInt(&ok);
    if (!ok)
        seed = QRandomGenerator::system()->generate();
    std::printf("%s: seed %u (repeat with PANELDESK_FAULT_SEED=%u)\n", suite, seed, seed);
    std::fflush(stdout);
    return seed;
}

// In a child: dies with its parent (a crashed or killed test leaves no writer behind).
inline void dieWithParent()
{
#ifdef Q_OS_LINUX
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
}

// A child process: this test executable started again with `variable`=`value` (its main
// runs the child's part when the variable is set). Killed (SIGKILL) and reaped when it goes
// out of scope, whatever happened in the test.
class Child {
public:
    Child(const char *variable, const QString &value, const QStringList &moreEnvironment = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(variable), value);
        for (const QString &entry : moreEnvironment)
            environment.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
        m_process.setProcessEnvironment(environment);
        m_process.start(QCoreApplication::applicationFilePath(), {});
    }
    ~Child() { killAndReap(); }
    Child(const Child &) = delete;
    Child &operator=(const Child &) = delete;

    QProcess &process() { return m_process; }
    bool started() { return m_process.waitForStarted(60000); }

    // The next line of its standard output (without the newline); false when it ended or
    // wrote nothing for `timeoutMs` (a hung child; the caller fails and the child is killed).
    bool readLine(QByteArray *line, int timeoutMs = 120000)
    {
        while (!m_process.canReadLine()) {
            if (m_process.state() == QProcess::NotRunning && !m_process.canReadLine())
                return false;
            if (!m_process.waitForReadyRead(timeoutMs) && !m_process.canReadLine())
                return false;
        }
        *line = m_process.readLine().trimmed();
        return true;
    }

    // SIGKILL now (whatever it is doing), then reaped.
    void killAndReap()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(-1);
    }

    // Waits for a normal end; killed when it does not end within `timeoutMs`.
    bool finished(int timeoutMs = 600000)
    {
        if (m_process.waitForFinished(timeoutMs) || m_process.state() == QProcess::NotRunning)
            return true;
        killAndReap();
        return false;
    }

    QString errors() { return QString::fromLocal8Bit(m_process.readAllStandardError()); }

private:
    QProcess m_process;
};

// The user ratings of one round a batch writes: every team x user item of the first user
// category, rated on its scale.
struct RatingShape {
    std::vector<std::string> teams, items;
    int scaleMin = 1, scaleMax = 5;
    qint64 rowsPerBatch() const { return qint64(teams.size() * items.size()); }
};

inline RatingShape ratingShape(const Panel &panel)
{
    RatingShape shape;
    for (const Team &team : panel.teams)
        shape.teams.push_back(team.id.toStdString());
    for (const Category &category : panel.categories)
        if (category.kind == CategoryKind::User) {
            for (const UserItem &item : category.userItems)
                shape.items.push_back(item.id.toStdString());
            shape.scaleMin = category.scaleMin;
            shape.scaleMax = category.scaleMax;
            break;
        }
    return shape;
}

// One numbered batch: every team x item rated by the evaluator "<prefix><batch>", written by
// one PanelStore::importRatings (one transaction with its signed audit entry). A batch is
// complete when its evaluator has rowsPerBatch() ratings; anything between 0 and that is a
// torn batch.
class RatingBatch final : public RatingSource {
public:
    RatingBatch(const std::string &prefix, int batch, const RatingShape &shape)
        : m_evaluator(prefix + std::to_string(batch)), m_shape(shape), m_batch(batch)
    {
    }
    bool next(RatingRow &row) override
    {
        const size_t items = m_shape.items.size();
        if (m_next >= m_shape.teams.size() * items)
            return false;
        row.evaluator = m_evaluator;
        row.team = &m_shape.teams[m_next / items];
        row.item = &m_shape.items[m_next % items];
        const int span = m_shape.scaleMax - m_shape.scaleMin + 1;
        row.rating = m_shape.scaleMin + int((m_next + size_t(m_batch)) % size_t(span));
        row.scaleMin = m_shape.scaleMin;
        row.scaleMax = m_shape.scaleMax;
        row.line = qint64(++m_next) + 1;
        row.column = 1;
        return true;
    }
    void duplicate(const RatingRow &, qint64) override { m_problem = true; }
    void refused(const RatingRow &, const QString &) override { m_problem = true; }
    bool hasProblems() const override { return m_problem; }
    bool cancelled() const override { return false; }
    QJsonObject auditInfo() const override { return {}; }

private:
    std::string m_evaluator;
    const RatingShape &m_shape;
    int m_batch;
    size_t m_next = 0;
    bool m_problem = false;
};

inline QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The SQLite files that exist beside `path`.
inline QStringList besideFiles(const QString &path)
{
    QStringList present;
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (QFile::exists(path + QLatin1String(suffix)))
            present << path + QLatin1String(suffix);
    return present;
}

// The first value of one query, read through a read-only connection; -1 when it fails.
inline qint64 queryNumber(const QString &path, const QString &sql)
{
    SqliteConnection connection(path, SqliteConnection::Mode::ReadOnly);
    QSqlQuery query(connection.db());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace pd::test
