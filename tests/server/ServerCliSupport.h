#pragma once
// Deploying a panel file through `paneldesk-cli server deploy` for a test, as an administrator
// would (tests/server/tst_servercli.cpp, tst_serverimports.cpp, tst_servermembers.cpp).
// Header-only.

#include "../cli/CliTestSupport.h"
#include "ServerPanelSupport.h"

#include <QRegularExpression>

#include <map>

namespace pd::test {

struct CliDeploy {
    CliRun run;                               // the deploy command's exit code and output
    std::map<QString, QString> passwords;     // member id -> initial server password, as printed
};

// `server deploy --admin-url <the cluster's administrator> --db URL --from FILE`, run in
// `directory`, with PANELDESK_TEST_SABOTAGE applied to `database` after it (applySabotage).
inline CliDeploy deployThroughCli(const QString &directory, const QString &url, const QString &database,
                                  const QString &file)
{
    CliDeploy deploy;
    deploy.run = runCli(directory, {QStringLiteral("server"), QStringLiteral("deploy"),
                                    QStringLiteral("--admin-url"), qEnvironmentVariable("PANELDESK_TEST_PG_ADMIN"),
                                    QStringLiteral("--db"), url, QStringLiteral("--from"), file});
    if (deploy.run.code != 0)
        return deploy;
    applySabotage(database);
    static const QRegularExpression row(QStringLiteral("^(\\S+)\\s+(chair|expert|secretariat|observer)\\s+(\\S+)\\s+(\\S+)\\s*$"),
                                        QRegularExpression::MultilineOption);
    for (auto it = row.globalMatch(deploy.run.out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        deploy.passwords[m.captured(1)] = m.captured(4);
    }
    return deploy;
}

} // namespace pd::test
