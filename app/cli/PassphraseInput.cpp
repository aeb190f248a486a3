#include "PassphraseInput.h"

#include "auth/Passphrase.h"
#include "domain/Errors.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace pd::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

constexpr qsizetype kMaxLineBytes = 64 * 1024;

// Turns terminal echo off for its lifetime (no-op when standard input is not a terminal).
class EchoOff {
public:
    EchoOff()
    {
#ifdef Q_OS_UNIX
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_UNIX
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
#ifdef Q_OS_UNIX
    termios m_saved{};
#endif
    bool m_active = false;
};

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

// One line of standard input as UTF-8 text, without "\n" or "\r\n". Byte by byte through
// stdio, so nothing beyond the line is consumed.
QString readLine()
{
    QByteArray bytes;
    bytes.reserve(1024);   // no reallocation (and stray copy) for any sensible passphrase
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar()) {
        if (bytes.size() >= kMaxLineBytes) {
            wipe(bytes);
            throw InputError(Tr::tr("the passphrase on standard input is too long"));
        }
        bytes.append(char(c));
    }
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    wipe(bytes);
    if (decoder.hasError()) {
        wipe(text);
        throw InputError(Tr::tr("the passphrase on standard input is not valid UTF-8"));
    }
    return text;
}

} // namespace

// Asked once, or twice on a terminal when `twice`; the one prompt of every command.
static QString promptPassphrase(Io &io, const QString &memberId, bool twice)
{
    QString passphrase;
    if (stdinIsTerminal()) {
        EchoOff echoOff;
        io.err << Tr::tr("Passphrase for %1: ").arg(memberId) << Qt::flush;
        passphrase = readLine();
        io.err << '\n' << Qt::flush;
        if (twice) {
            io.err << Tr::tr("Repeat the passphrase: ") << Qt::flush;
            QString again = readLine();
            io.err << '\n' << Qt::flush;
            const bool same = passphrase == again;
            wipe(again);
            if (!same) {
                wipe(passphrase);
                throw InputError(Tr::tr("the two passphrases differ"));
            }
        }
    } else {
        passphrase = readLine();
    }
    if (passphrase.isEmpty())
        throw InputError(Tr::tr("no passphrase given: write it as one line on standard input"));
    return passphrase;
}

QString readPassphrase(Io &io, const QString &memberId)
{
    return promptPassphrase(io, memberId, true);
}

QString readSignInPassphrase(Io &io, const QString &memberId)
{
    return promptPassphrase(io, memberId, false);
}

} // namespace pd::cli
