#include "CliSupport.h"

#include "domain/Errors.h"

#include <QCoreApplication>
#include <exception>

namespace pd::cli {

bool parse(QCommandLineParser &parser, const QStringList &arguments, const QStringList &required,
           int positionalCount, Io &io, int &exitCode)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        io.err << parser.errorText() << '\n';
        exitCode = InvalidInput;
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the program by its path; the usage line names the command as it is typed
        // (arguments[0] is the command, or "command subcommand": dispatchSubCommand).
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
        if (at >= 0 && at < text.indexOf(QLatin1Char('\n')) && !arguments.isEmpty())
            text.replace(at, program.size(), QStringLiteral("paneldesk-cli ") + arguments.constFirst());
        io.out << text;
        exitCode = Ok;
        return false;
    }
    for (const QString &name : required) {
        if (!parser.isSet(name)) {
            io.err << QCoreApplication::translate("cli", "missing required option --%1 (see --help)")
                          .arg(name)
                   << '\n';
            exitCode = InvalidInput;
            return false;
        }
    }
    if (parser.positionalArguments().size() != positionalCount) {
        io.err << QCoreApplication::translate("cli", "expected %n file argument(s) (see --help)",
                                              nullptr, positionalCount)
               << '\n';
        exitCode = InvalidInput;
        return false;
    }
    return true;
}

int guarded(Io &io, const std::function<int()> &body)
{
    try {
        return body();
    } catch (const InputError &e) {
        io.err << QCoreApplication::translate("cli", "error: %1").arg(e.message()) << '\n';
        return InvalidInput;
    } catch (const Error &e) {
        io.err << QCoreApplication::translate("cli", "error: %1").arg(e.message()) << '\n';
        return Failure;
    } catch (const std::exception &e) {
        io.err << QCoreApplication::translate("cli", "error: %1").arg(QString::fromLocal8Bit(e.what()))
               << '\n';
        return Failure;
    }
}

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"), QCoreApplication::translate("cli", "The panel: a .paneldesk file, or a panel on a "
                                                                "PostgreSQL server (postgresql://host/database "
                                                                "or host=… dbname=…)."),
            QStringLiteral("PANEL")};
}

QCommandLineOption replaceOption()
{
    return {QStringLiteral("replace"),
            QCoreApplication::translate("cli", "Replace an existing database at --db.")};
}

void listSubCommands(QTextStream &stream, std::span<const SubCommand> table)
{
    for (const SubCommand &c : table)
        stream << "  " << QString::fromLatin1(c.name).leftJustified(12) << ' '
               << QCoreApplication::translate("cli", c.summary) << '\n';
}

int dispatchSubCommand(const QStringList &arguments, Io &io, std::span<const SubCommand> table,
                       const std::function<void(QTextStream &)> &usage)
{
    const QString sub = arguments.value(1);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        usage(io.out);
        return Ok;
    }
    for (const SubCommand &c : table)
        if (sub == QLatin1String(c.name))
            // the subcommand sees itself as "command subcommand" (its --help usage line)
            return c.run(QStringList{arguments.value(0) + QLatin1Char(' ') + sub} + arguments.mid(2), io);
    if (sub.isEmpty())
        io.err << QCoreApplication::translate("cli", "missing subcommand") << "\n\n";
    else
        io.err << QCoreApplication::translate("cli", "unknown subcommand '%1 %2'")
                      .arg(arguments.value(0), sub)
               << "\n\n";
    usage(io.err);
    return InvalidInput;
}

} // namespace pd::cli
