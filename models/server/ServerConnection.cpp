#include "server/ServerConnection.h"

#include "server/ServerErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace pd::server {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Server)
};

void setKey(ConnInfo &info, const QString &key, const QString &value, const QString &text)
{
    if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
        info.host = value;
    } else if (key == QLatin1String("port")) {
        bool ok = false;
        info.port = value.toInt(&ok);
        if (!ok || info.port <= 0 || info.port > 65535)
            throw InputError(Tr::tr("%1: the port %2 is not a number from 1 to 65535").arg(text, value));
    } else if (key == QLatin1String("user")) {
        info.user = value;
    } else if (key == QLatin1String("password")) {
        info.password = value;
    } else if (key == QLatin1String("dbname")) {
        info.dbname = value;
    } else {
        info.options << key + QLatin1Char('=') + value;
    }
}

ConnInfo parseUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        throw InputError(Tr::tr("%1 is not a valid URL: %2").arg(text, url.errorString()));
    ConnInfo info;
    info.host = url.host();
    info.port = url.port(-1);
    info.user = url.userName();
    info.password = url.password();
    info.dbname = url.path().mid(1);
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        setKey(info, key, value, text);
    return info;
}

// key=value pairs separated by spaces; a value may be single-quoted with \' and \\ inside.
ConnInfo parseKeyValue(const QString &text)
{
    ConnInfo info;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype eq = text.indexOf(QLatin1Char('='), i);
        if (eq < 0)
            throw InputError(Tr::tr("%1: expected key=value at \"%2\"").arg(text, text.mid(i)));
        const QString key = text.mid(i, eq - i).trimmed();
        i = eq + 1;
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && text.at(i) == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i++);
                if (c == QLatin1Char('\\') && i < n) {
                    value += text.at(i++);
                } else if (c == QLatin1Char('\'')) {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                throw InputError(Tr::tr("%1: a quoted value is not closed").arg(text));
        } else {
            while (i < n && !text.at(i).isSpace())
                value += text.at(i++);
        }
        if (key.isEmpty())
            throw InputError(Tr::tr("%1: a key is missing before \"=\"").arg(text));
        setKey(info, key, value, text);
    }
    return info;
}

QString quotedValue(const QString &value)
{
    if (!value.isEmpty() && !value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('\''))
        && !value.contains(QLatin1Char('\\')))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("'"), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

QString ConnInfo::toKeyValue() const
{
    QStringList parts;
    if (!host.isEmpty())
        parts << QStringLiteral("host=") + quotedValue(host);
    if (port > 0)
        parts << QStringLiteral("port=%1").arg(port);
    if (!dbname.isEmpty())
        parts << QStringLiteral("dbname=") + quotedValue(dbname);
    if (!user.isEmpty())
        parts << QStringLiteral("user=") + quotedValue(user);
    for (const QString &option : options) {
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        parts << option.left(eq + 1) + quotedValue(option.mid(eq + 1));
    }
    return parts.join(QLatin1Char(' '));
}

ConnInfo parseConnInfo(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("postgresql://")) || trimmed.startsWith(QLatin1String("postgres://")))
        return parseUrl(trimmed);
    if (trimmed.contains(QLatin1String("://")))
        throw InputError(Tr::tr("%1: only postgresql:// URLs or key=value connection strings are "
                                "accepted").arg(trimmed));
    if (!trimmed.contains(QLatin1Char('=')))
        throw InputError(Tr::tr("%1 is not a PostgreSQL connection string (key=value ... or "
                                "postgresql://...)").arg(trimmed));
    return parseKeyValue(trimmed);
}

QSqlDatabase openServer(const ConnInfo &info, const QString &connectionName)
{
    closeServer(connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid())
        throw StoreError(Tr::tr("the PostgreSQL driver of Qt (QPSQL, package libqt6sql6-psql) "
                                "is not installed"));
    db.setHostName(info.host);
    if (info.port > 0)
        db.setPort(info.port);
    db.setUserName(info.user);
    db.setPassword(info.password);
    db.setDatabaseName(info.dbname);
    db.setConnectOptions(info.options.join(QLatin1Char(';')));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        closeServer(connectionName);
        throwServerError(error, Tr::tr("cannot connect to %1").arg(info.toKeyValue()));
    }
    return db;
}

void closeServer(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QString quoteIdent(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString quoteLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1String("'"), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

void execServer(QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(db);
    bool ok = false;
    if (bindings.isEmpty()) {
        ok = query.exec(sql);
    } else {
        ok = query.prepare(sql);
        if (ok) {
            for (const QVariant &value : bindings)
                query.addBindValue(value);
            ok = query.exec();
        }
    }
    if (!ok)
        throwServerError(query.lastError(), {});
}

} // namespace pd::server
