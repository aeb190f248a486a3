#include "decision/Fingerprint.h"

#include "io/PanelFileWriter.h"

#include <QCryptographicHash>
#include <QSet>
#include <algorithm>

namespace pd {

Panel decisionInputs(const Panel &panel)
{
    Panel inputs = panel;
    inputs.expertScores.clear();
    QSet<QString> scorers;
    for (const ExpertScore &s : panel.expertScores) {
        if (!s.submitted)
            continue;
        inputs.expertScores.push_back(s);
        scorers.insert(s.reviewer);
    }
    inputs.reviewers.clear();
    for (Reviewer r : panel.reviewers) {
        if (!scorers.contains(r.id))
            continue;
        r.conflicts.clear();
        inputs.reviewers.push_back(r);
    }
    return inputs;
}

QByteArray canonicalInputs(const Panel &panel)
{
    return writePanelJson(decisionInputs(panel));
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace pd
