#include "storage/WriterActivity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace pd {

namespace {

constexpr qint64 kLargestNotice = 4096;

bool processGone(qint64 pid)
{
    return pid <= 0 || (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH);
}

} // namespace

QString writerActivityFile(const QString &dbPath)
{
    return dbPath + QStringLiteral("-writer");
}

WriterActivity::WriterActivity(const QString &dbPath, const QString &what)
    : m_file(writerActivityFile(dbPath))
{
    QJsonObject notice{{QStringLiteral("what"), what},
                       {QStringLiteral("pid"), static_cast<qint64>(::getpid())},
                       {QStringLiteral("host"), QSysInfo::machineHostName()},
                       {QStringLiteral("since"),
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    QSaveFile file(m_file);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(notice).toJson(QJsonDocument::Compact));
    m_written = file.commit();
}

WriterActivity::~WriterActivity()
{
    if (!m_written)
        return;
    // Only our own notice: another process may have replaced it since.
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject notice = QJsonDocument::fromJson(file.read(kLargestNotice)).object();
    file.close();
    if (notice.value(QStringLiteral("pid")).toInteger() == ::getpid()
        && notice.value(QStringLiteral("host")).toString() == QSysInfo::machineHostName())
        QFile::remove(m_file);
}

QString announcedWriter(const QString &dbPath)
{
    QFile file(writerActivityFile(dbPath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject notice = QJsonDocument::fromJson(file.read(kLargestNotice)).object();
    const QString what = notice.value(QStringLiteral("what")).toString().left(200);
    const qint64 pid = notice.value(QStringLiteral("pid")).toInteger();
    const QString host = notice.value(QStringLiteral("host")).toString().left(100);
    if (what.isEmpty())
        return {};
    const bool here = host == QSysInfo::machineHostName();
    if (here && processGone(pid))
        return {};
    return here ? QCoreApplication::translate("Storage", "%1, process %2").arg(what).arg(pid)
                : QCoreApplication::translate("Storage", "%1, process %2 on %3").arg(what).arg(pid).arg(host);
}

} // namespace pd
