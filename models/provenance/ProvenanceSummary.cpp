#include "provenance/ProvenanceSummary.h"

#include "domain/Errors.h"
#include "importers/Sha256.h"
#include "io/JsonStrictParser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ProvenanceSummary)
};

[[noreturn]] void refuse(const QString &source, const QString &key, const QString &what)
{
    throw InputError(Tr::tr("%1: %2: %3").arg(source, key, what));
}

QJsonObject objectAt(const QJsonObject &parent, const QString &key, const QString &path,
                     const QString &source)
{
    const QJsonValue value = parent.value(key);
    if (!value.isObject())
        refuse(source, path, Tr::tr("expected a JSON object"));
    return value.toObject();
}

QString stringAt(const QJsonObject &parent, const QString &key, const QString &path,
                 const QString &source)
{
    const QJsonValue value = parent.value(key);
    if (!value.isString())
        refuse(source, path, Tr::tr("expected a string"));
    return value.toString();
}

double numberAt(const QJsonObject &parent, const QString &key, const QString &path,
                const QString &source)
{
    const QJsonValue value = parent.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        refuse(source, path, Tr::tr("expected a number"));
    return value.toDouble();
}

bool isSha256Hex(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

ProvenanceCheckpoint checkpointAt(const QJsonObject &root, const QString &key,
                                  const QString &source)
{
    const QString path = key;
    const QJsonObject object = objectAt(root, key, path, source);
    ProvenanceCheckpoint checkpoint{stringAt(object, QStringLiteral("path"), path + QStringLiteral(".path"), source),
                                    stringAt(object, QStringLiteral("sha256"), path + QStringLiteral(".sha256"), source)};
    if (!isSha256Hex(checkpoint.sha256))
        refuse(source, path + QStringLiteral(".sha256"),
               Tr::tr("expected 64 lower-case hexadecimal digits"));
    return checkpoint;
}

// tests.<key>.log10_p, or nothing when the test is absent or null (not applicable).
std::optional<double> testAt(const QJsonObject &tests, const QString &key, const QString &source)
{
    const QJsonValue value = tests.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QString path = QStringLiteral("tests.") + key;
    if (!value.isObject())
        refuse(source, path, Tr::tr("expected a JSON object or null"));
    const QJsonValue p = value.toObject().value(QStringLiteral("log10_p"));
    if (p.isNull() || p.isUndefined())
        return std::nullopt;
    const double log10P = numberAt(value.toObject(), QStringLiteral("log10_p"),
                                   path + QStringLiteral(".log10_p"), source);
    if (log10P > 0)
        refuse(source, path + QStringLiteral(".log10_p"), Tr::tr("a log10 p-value cannot be positive"));
    return log10P;
}

QString testText(const char *name, const std::optional<double> &log10P)
{
    if (!log10P)
        return Tr::tr("%1 not applicable").arg(QLatin1String(name));
    return Tr::tr("%1 -log10 p = %2").arg(QLatin1String(name)).arg(-*log10P, 0, 'g', 4);
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString sha256Hex(const QByteArray &bytes)
{
    Sha256 hash;
    hash.addData(bytes);
    return QString::fromLatin1(hash.result().toHex());
}

ProvenanceSummary parseProvenanceSummary(const QByteArray &bytes, const QString &sourceName)
{
    const QJsonDocument document = parseJsonStrictly(bytes, sourceName);
    if (!document.isObject())
        refuse(sourceName, QStringLiteral("(top level)"), Tr::tr("expected a JSON object"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("paneldesk-provenance"))
        refuse(sourceName, QStringLiteral("format"),
               Tr::tr("not a PanelDesk provenance report (expected \"paneldesk-provenance\")"));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble())
        refuse(sourceName, QStringLiteral("version"), Tr::tr("expected the number 1"));
    if (version.toDouble() != 1.0)
        refuse(sourceName, QStringLiteral("version"),
               Tr::tr("version %1 is not supported (this PanelDesk reads version 1)")
                   .arg(version.toDouble()));
    ProvenanceSummary summary;
    summary.sha256 = sha256Hex(bytes);
    summary.suggestion = stringAt(root, QStringLiteral("suggestion"), QStringLiteral("suggestion"), sourceName);
    if (summary.suggestion != QLatin1String("reused") && summary.suggestion != QLatin1String("initialized")
        && summary.suggestion != QLatin1String("inconclusive"))
        refuse(sourceName, QStringLiteral("suggestion"),
               Tr::tr("\"%1\" is not one of reused, initialized, inconclusive").arg(summary.suggestion));
    summary.reason = stringAt(root, QStringLiteral("reason"), QStringLiteral("reason"), sourceName);
    const QJsonObject identical = objectAt(root, QStringLiteral("identical"), QStringLiteral("identical"), sourceName);
    summary.identicalShare = numberAt(identical, QStringLiteral("share"), QStringLiteral("identical.share"), sourceName);
    if (summary.identicalShare < 0 || summary.identicalShare > 1)
        refuse(sourceName, QStringLiteral("identical.share"), Tr::tr("expected a share between 0 and 1"));
    const QJsonObject tests = objectAt(root, QStringLiteral("tests"), QStringLiteral("tests"), sourceName);
    summary.phiULog10P = testAt(tests, QStringLiteral("phi_u"), sourceName);
    summary.phiGuLog10P = testAt(tests, QStringLiteral("phi_gu"), sourceName);
    summary.candidate = checkpointAt(root, QStringLiteral("candidate"), sourceName);
    summary.reference = checkpointAt(root, QStringLiteral("reference"), sourceName);
    return summary;
}

QJsonObject ProvenanceSummary::toJson() const
{
    return {{QStringLiteral("sha256"), sha256},
            {QStringLiteral("suggestion"), suggestion},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("identical_share"), identicalShare},
            {QStringLiteral("phi_u_log10_p"), optionalNumber(phiULog10P)},
            {QStringLiteral("phi_gu_log10_p"), optionalNumber(phiGuLog10P)},
            {QStringLiteral("candidate"), QJsonObject{{QStringLiteral("path"), candidate.path},
                                                      {QStringLiteral("sha256"), candidate.sha256}}},
            {QStringLiteral("reference"), QJsonObject{{QStringLiteral("path"), reference.path},
                                                      {QStringLiteral("sha256"), reference.sha256}}}};
}

QString ProvenanceSummary::headline() const
{
    return Tr::tr("%1 (%2; %3; %4% of parameters identical)")
        .arg(suggestion, testText("phi_U", phiULog10P), testText("phi_GU", phiGuLog10P))
        .arg(identicalShare * 100.0, 0, 'f', 1);
}

QString attachedReportEvidence(const ProvenanceSummary &summary)
{
    return Tr::tr("weights compared: %1; report sha256 %2")
        .arg(summary.headline(), summary.sha256);
}

} // namespace pd
