#include "SessionSupport.h"

#include "PassphraseInput.h"

#include "auth/Passphrase.h"
#include "domain/Errors.h"
#include "services/SignInService.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QStringDecoder>

#include <utility>

#include <sys/stat.h>
#include <unistd.h>

namespace pd::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// The first line of `path`, after checking that only its owner, the caller, can read it.
QString passphraseFromFile(const QString &path)
{
    struct stat info {};
    const QByteArray name = QFile::encodeName(path);
    if (::stat(name.constData(), &info) != 0)
        throw InputError(Tr::tr("--passphrase-file: %1 cannot be read").arg(path));
    if (info.st_uid != ::geteuid() || (info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        throw InputError(Tr::tr("--passphrase-file: %1 must be your own file, readable by you "
                                "only (chmod 600)").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(Tr::tr("--passphrase-file: %1 cannot be read").arg(path));
    QByteArray bytes = file.read(64 * 1024);
    const qsizetype end = bytes.indexOf('\n');
    QByteArray line = end >= 0 ? bytes.left(end) : bytes;
    wipe(bytes);
    if (line.endsWith('\r'))
        line.chop(1);
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(line);
    wipe(line);
    if (decoder.hasError() || text.isEmpty()) {
        wipe(text);
        throw InputError(Tr::tr("--passphrase-file: %1 holds no passphrase (one UTF-8 line)").arg(path));
    }
    return text;
}

QString roleText(const Session &session)
{
    return toString(session.member()->role);
}

} // namespace

QCommandLineOption asOption()
{
    return {QStringLiteral("as"),
            Tr::tr("Sign in as this member; their passphrase is read as one line from standard "
                   "input (or from --passphrase-file)."),
            QStringLiteral("MEMBER")};
}

QCommandLineOption passphraseFileOption()
{
    return {QStringLiteral("passphrase-file"),
            Tr::tr("Read the passphrase of --as from the first line of FILE (your own file, "
                   "readable by you only)."),
            QStringLiteral("FILE")};
}

void addSignInOptions(QCommandLineParser &parser)
{
    parser.addOption(asOption());
    parser.addOption(passphraseFileOption());
}

QString neededText(NeededRole needed)
{
    switch (needed) {
    case NeededRole::Chair: return Tr::tr("the chair");
    case NeededRole::ChairOrSecretariat: return Tr::tr("the chair or the secretariat");
    case NeededRole::ChairOrExpert: return Tr::tr("the chair or an expert");
    case NeededRole::TheMember: return Tr::tr("the member themselves");
    case NeededRole::TheMemberOrChairOrSecretariat:
        return Tr::tr("the member themselves, the chair or the secretariat");
    }
    return {};
}

void require(const AccessAnswer &answer, const Session &session, const QString &command)
{
    if (answer)
        return;
    if (!session.isSignedIn())
        throw InputError(Tr::tr("%1 needs %2: sign in with --as MEMBER (the passphrase on "
                                "standard input)")
                             .arg(command, neededText(answer.needed)));
    throw InputError(Tr::tr("%1 needs %2; %3 is signed in as %4")
                         .arg(command, neededText(answer.needed), session.memberId(),
                              roleText(session)));
}

QString readPassphraseOf(const QCommandLineParser &parser, Io &io, const QString &memberId)
{
    return parser.isSet(QStringLiteral("passphrase-file"))
               ? passphraseFromFile(parser.value(QStringLiteral("passphrase-file")))
               : readSignInPassphrase(io, memberId);
}

Session sessionFrom(const QCommandLineParser &parser, PanelStore &store, Io &io,
                    QString *keepPassphrase)
{
    if (!parser.isSet(QStringLiteral("as"))) {
        if (parser.isSet(QStringLiteral("passphrase-file")))
            throw InputError(Tr::tr("--passphrase-file needs --as MEMBER"));
        return {};
    }
    const QString id = parser.value(QStringLiteral("as"));
    bool known = false;
    for (const Member &m : store.members())
        known = known || m.id == id;
    if (!known)
        throw InputError(Tr::tr("--as: unknown member \"%1\"").arg(id));
    const SignInService service(store);
    // Refused before the passphrase is asked for when a failure is too recent.
    if (const auto wait = service.retryAfter(id, QDateTime::currentDateTimeUtc());
        wait.count() > 0)
        throw Error(Tr::tr("--as %1: too many failed sign-ins; wait %n second(s) and try again",
                           nullptr, int((wait.count() + 999) / 1000))
                        .arg(id));
    // A server panel was opened with the member's password just now: the same one.
    QString passphrase = !io.serverPassword.isEmpty() ? std::exchange(io.serverPassword, QString())
                                                      : readPassphraseOf(parser, io, id);
    SignInAttempt attempt;
    try {
        attempt = service.signIn(id, passphrase, QDateTime::currentDateTimeUtc());
    } catch (...) {
        wipe(passphrase);
        throw;
    }
    if (keepPassphrase && attempt.outcome == SignInAttempt::Outcome::SignedIn)
        *keepPassphrase = passphrase;
    wipe(passphrase);
    switch (attempt.outcome) {
    case SignInAttempt::Outcome::SignedIn:
        return attempt.session;
    case SignInAttempt::Outcome::UnknownMember:
        throw InputError(Tr::tr("--as: unknown member \"%1\"").arg(id));
    case SignInAttempt::Outcome::TooSoon:
        throw Error(Tr::tr("--as %1: too many failed sign-ins; wait %n second(s) and try again",
                           nullptr, int((attempt.retryAfter.count() + 999) / 1000))
                        .arg(id));
    case SignInAttempt::Outcome::WrongPassphrase:
        break;
    }
    throw InputError(Tr::tr("--as %1: wrong passphrase (or none set)").arg(id));
}

Session signedInSession(const QCommandLineParser &parser, PanelStore &store, Io &io,
                        const QString &command, NeededRole who, QString *keepPassphrase)
{
    if (!parser.isSet(QStringLiteral("as")))
        require(AccessAnswer{false, who}, Session(), command);
    return sessionFrom(parser, store, io, keepPassphrase);
}

} // namespace pd::cli
