#pragma once
// The parts of a `paneldesk-provenance` version 1 report (docs/provenance.md, "Attaching a
// report to a finding") that the findings page, the audit entry and the decision report
// show: the suggestion and its reason, the identical share, the two tests' log10 p, the
// checkpoints compared, and the report's own SHA-256 over its exact bytes. The report is
// taken as bytes; nothing here recomputes an analysis.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace pd {

struct ProvenanceCheckpoint {
    QString path;
    QString sha256;   // lower-case hex: of the checkpoint's file, or of its shards' manifest (ProvenanceReport.h)
};

struct ProvenanceSummary {
    QString sha256;       // lower-case hex of the report's bytes
    QString suggestion;   // reused | initialized | inconclusive
    QString reason;
    double identicalShare = 0.0;          // 0..1, parameters byte-identical
    std::optional<double> phiULog10P;     // absent: the test did not apply
    std::optional<double> phiGuLog10P;
    ProvenanceCheckpoint candidate;
    ProvenanceCheckpoint reference;

    // The fields as the audit entry of "attach-report" carries them (and verify reads).
    QJsonObject toJson() const;
    // One line for the findings page and the decision report, translated:
    // "reused (phi_U -log10 p = 312; phi_GU not applicable; 87.5% identical)".
    QString headline() const;
    // The first 12 hex digits, for lists.
    QString shortSha() const { return sha256.left(12); }
};

// Validates `bytes` as a strictly parsed JSON object with format "paneldesk-provenance" and
// version 1 and reads the summary; InputError naming `sourceName` and the key otherwise.
ProvenanceSummary parseProvenanceSummary(const QByteArray &bytes, const QString &sourceName);

// Lower-case hex SHA-256 of `bytes`.
QString sha256Hex(const QByteArray &bytes);

// The text an attached report puts in its component's evidence (translated).
QString attachedReportEvidence(const ProvenanceSummary &summary);

} // namespace pd
