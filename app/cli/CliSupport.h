#pragma once
// Shared plumbing of paneldesk-cli: output streams, exit codes and option parsing.

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <span>

namespace pd::cli {

enum ExitCode { Ok = 0, Failure = 1, InvalidInput = 2 };

struct Io {
    QTextStream &out;
    QTextStream &err;
    // The password a server panel was opened with (OpenStore.h), handed on to the sign-in of
    // the same command (SessionSupport.h) so that it is read once; wiped when taken.
    QString serverPassword = {};
};

struct Command {
    const char *name;
    const char *summary;   // one line for the command list (translated at use)
    std::function<int(const QStringList &arguments, Io &io)> run;
};

// Parses `arguments` (the command name first) with --help added. Prints the help and returns
// false with `exitCode` = Ok for --help, prints the error and returns false with
// InvalidInput for a parse error or a missing required option.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QStringList &required,
           int positionalCount, Io &io, int &exitCode);

// Runs `body`, mapping pd::InputError to exit code 2 and any other failure to 1, with the
// message on the error stream.
int guarded(Io &io, const std::function<int()> &body);

// A subcommand of a command group (member, sheet, appeal): its name, its one-line summary
// (translated at use, context "cli") and what runs it with the arguments from its name on.
struct SubCommand {
    const char *name;
    const char *summary;
    int (*run)(const QStringList &, Io &);
};

// `arguments`: the group, SUBCOMMAND, options... Runs the subcommand named; --help prints
// `usage` to the output (Ok); a missing or unknown one prints the problem and `usage` to the
// error stream (InvalidInput).
int dispatchSubCommand(const QStringList &arguments, Io &io, std::span<const SubCommand> table,
                       const std::function<void(QTextStream &)> &usage);

// The subcommands of `table`, one per line, for a usage text.
void listSubCommands(QTextStream &stream, std::span<const SubCommand> table);

QCommandLineOption dbOption();
QCommandLineOption replaceOption();

int runDemo(const QStringList &arguments, Io &io);
int runBackup(const QStringList &arguments, Io &io);    // BackupCommands.cpp
int runRestore(const QStringList &arguments, Io &io);
int runNew(const QStringList &arguments, Io &io);
// sheet show | set | submit (SheetCommand.cpp); `arguments` start with "sheet".
int runSheet(const QStringList &arguments, Io &io);
int runImportPanel(const QStringList &arguments, Io &io);
int runExportPanel(const QStringList &arguments, Io &io);
int runStandings(const QStringList &arguments, Io &io);
// member add | list | passphrase (MemberCommands.cpp); `arguments` start with "member".
int runMember(const QStringList &arguments, Io &io);

} // namespace pd::cli
