// paneldesk-cli member add | list | passphrase

#include "CliSupport.h"
#include "OpenStore.h"
#include "PassphraseInput.h"
#include "ServerMemberAdd.h"
#include "SessionSupport.h"

#include "auth/Passphrase.h"
#include "domain/Errors.h"
#include "report/TextTable.h"
#include "storage/PanelLocation.h"
#include "storage/PanelStore.h"
#include "trust/MemberKeys.h"

#include <QCoreApplication>
#include <array>
#include <optional>

namespace pd::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

bool hasMember(const PanelStore &store, const QString &id)
{
    for (const Member &m : store.members())
        if (m.id == id)
            return true;
    return false;
}

QCommandLineOption idOption()
{
    return {QStringLiteral("id"), Tr::tr("The member id (letters, digits, '-', '_', '.')."),
            QStringLiteral("ID")};
}

int runMemberAdd(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate(
            "cli", "paneldesk-cli member add: adds a member to the panel (the chair or the "
                   "secretariat, signed in with --as; only the chair adds a chair). Standard "
                   "input gives the passphrase of --as first (unless --passphrase-file), then "
                   "the new member's passphrase (at least %n characters); only its Argon2id "
                   "hash is stored. On a server, the new member gets a login role with a "
                   "random initial password instead, printed once with how to connect.",
            nullptr, kMinPassphraseLength));
    parser.addOption(dbOption());
    addSignInOptions(parser);
    parser.addOption(idOption());
    parser.addOption({QStringLiteral("name"), Tr::tr("The member's name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("role"), Tr::tr("chair, expert, secretariat or observer."),
                      QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("conflicts"),
                      Tr::tr("Team ids the member has a conflict of interest with, comma separated."),
                      QStringLiteral("TEAMS")});
    int code = Ok;
    const QStringList required{QStringLiteral("db"), QStringLiteral("id"), QStringLiteral("name"),
                               QStringLiteral("role")};
    if (!parse(parser, arguments, required, 0, io, code))
        return code;
    return guarded(io, [&] {
        Reviewer member;
        member.id = parser.value(QStringLiteral("id"));
        member.name = parser.value(QStringLiteral("name"));
        const QString roleText = parser.value(QStringLiteral("role"));
        const auto role = parseEnum<Role>(roleText);
        if (!role)
            throw InputError(Tr::tr("--role: unknown role \"%1\" (expected %2)")
                                 .arg(roleText, allowedValues<Role>()));
        member.role = *role;
        for (const QString &team : parser.value(QStringLiteral("conflicts"))
                                       .split(QLatin1Char(','), Qt::SkipEmptyParts))
            member.conflicts << team.trimmed();

        const QString db = parser.value(QStringLiteral("db"));
        // Checked before the prompt, so that nobody types a passphrase twice for nothing;
        // the store checks everything again in its transaction.
        auto store = openStore(parser, io);
        const QString command = QStringLiteral("member add --role %1").arg(toString(member.role));
        const Session session = signedInSession(parser, *store, io, command,
                                                canAddMember(nullptr, member.role).needed);
        require(canAddMember(session.member(), member.role), session, command);
        if (hasMember(*store, member.id))
            throw InputError(Tr::tr("a member with the id \"%1\" already exists").arg(member.id));
        if (PanelLocation::parse(db).isServer()) {   // a login role with a random first password
            addServerMember(*store, member, session.actor(), io);
            return int(Ok);
        }
        QString passphrase = readPassphrase(io, member.id);
        try {
            addMemberWithKey(*store, member, passphrase, session.actor());
            wipe(passphrase);
            io.out << Tr::tr("added %1 (%2) to %3").arg(member.id, toString(member.role), db) << '\n';
        } catch (...) {
            wipe(passphrase);
            throw;
        }
        return int(Ok);
    });
}

int runMemberPassphrase(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate(
            "cli", "paneldesk-cli member passphrase: sets a new passphrase for a member (the "
                   "member themselves, the chair or the secretariat, signed in with --as). "
                   "Standard input gives the passphrase of --as first (unless "
                   "--passphrase-file), then the new one (at least %n characters).", nullptr,
            kMinPassphraseLength));
    parser.addOption(dbOption());
    addSignInOptions(parser);
    parser.addOption(idOption());
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db"), QStringLiteral("id")}, 0, io, code))
        return code;
    return guarded(io, [&] {
        const QString id = parser.value(QStringLiteral("id"));
        const QString db = parser.value(QStringLiteral("db"));
        auto store = openStore(parser, io);   // checked before the prompt (see member add)
        std::optional<Member> target;
        for (const Member &m : store->members())
            if (m.id == id)
                target = m;
        const QString command = QStringLiteral("member passphrase --id %1").arg(id);
        const Member unknown{id, {}, Role::Expert, {}, false};
        const AccessAnswer forNobody = canSetPassphrase(nullptr, target ? *target : unknown);
        const Session session = signedInSession(parser, *store, io, command, forNobody.needed);
        require(canSetPassphrase(session.member(), target ? *target : unknown), session, command);
        if (!target)
            throw InputError(Tr::tr("unknown member \"%1\"").arg(id));
        QString passphrase = readPassphrase(io, id);
        try {
            setPassphraseAndKey(*store, id, passphrase, session.actor(), session.key());
            wipe(passphrase);
        } catch (...) {
            wipe(passphrase);
            throw;
        }
        io.out << Tr::tr("set the passphrase of %1 in %2").arg(id, db) << '\n';
        return int(Ok);
    });
}

int runMemberList(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("paneldesk-cli member list: the members of the panel with their role, conflicts of "
           "interest and whether a passphrase is set. Public: nobody needs to sign in."));
    parser.addOption(dbOption());
    addSignInOptions(parser);
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db")}, 0, io, code))
        return code;
    return guarded(io, [&] {
        auto store = openStore(parser, io);
        sessionFrom(parser, *store, io);   // accepted (and checked), shows the same
        const std::vector<Member> members = store->members();
        TextTable table;
        table.addColumn(Tr::tr("id"), TextTable::Align::Left);
        table.addColumn(Tr::tr("name"), TextTable::Align::Left);
        table.addColumn(Tr::tr("role"), TextTable::Align::Left);
        table.addColumn(Tr::tr("conflicts"), TextTable::Align::Left);
        table.addColumn(Tr::tr("passphrase"), TextTable::Align::Left);
        for (const Member &m : members)
            table.addRow({m.id, m.name, toString(m.role), m.conflicts.join(QLatin1Char(',')),
                          m.hasPassphrase ? Tr::tr("set") : Tr::tr("not set")});
        io.out << table.render();
        return int(Ok);
    });
}

const std::array<SubCommand, 3> kSubCommands{{
    {"add", QT_TRANSLATE_NOOP("cli", "add a member (passphrase from standard input)"), runMemberAdd},
    {"list", QT_TRANSLATE_NOOP("cli", "list the members"), runMemberList},
    {"passphrase", QT_TRANSLATE_NOOP("cli", "set a member's passphrase (from standard input)"),
     runMemberPassphrase},
}};

void memberUsage(QTextStream &stream)
{
    stream << Tr::tr("Usage: paneldesk-cli member SUBCOMMAND [options]") << "\n\n"
           << Tr::tr("Subcommands:") << '\n';
    listSubCommands(stream, kSubCommands);
    stream << '\n'
           << Tr::tr("Run 'paneldesk-cli member SUBCOMMAND --help' for its options.") << '\n';
}

} // namespace

int runMember(const QStringList &arguments, Io &io)
{
    // arguments: "member", SUBCOMMAND, options...
    return dispatchSubCommand(arguments, io, kSubCommands, memberUsage);
}

} // namespace pd::cli
