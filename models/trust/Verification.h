#pragma once
// `verify` (trust.md, "Audit chain"): the chain (every hash, link and signature, with the keys
// the chain establishes) and the records against what their actors signed: submitted sheets
// (each must equal the payload its reviewer signed last: "submit-sheet" or "sign-sheet",
// trust/SheetPayload.h), decision versions (inputs hash to the fingerprint; fingerprint and
// outcomes as in the signed "decide-round"), independence verdicts (as in the last signed
// "record-verdict"), imports (the round's ratings against the digest its last signed
// "import-ratings" carries, trust/ImportDigest.h; each imported benchmark result against its
// last signed "import-benchmark-result"). Sheets imported from an offline file verify against
// the statements their reviewer signed, kept in the chair's signed "import-sheets" entry
// (trust/OfflineSheet.h). Attached provenance reports: their bytes against their stored
// SHA-256 and that against the "attach-report" entry. Members: each public key in the members table must be the one the
// chain established last for that member. Reads only.

#include "decision/Fingerprint.h"
#include "trust/AuditChain.h"

#include <QStringList>

namespace pd {

class PanelStore;

struct VerifyReport {
    chain::ChainReport chain;
    QStringList recordProblems;    // every record that differs from what was signed
    QStringList unsignedRecords;   // records no signature covers (e.g. "before schema 7")
    qint64 sheetsChecked = 0;
    qint64 decisionsChecked = 0;
    qint64 verdictsChecked = 0;
    qint64 importsChecked = 0;     // the round's ratings digest, imported benchmark results
    qint64 reportsChecked = 0;     // attached provenance reports (bytes, SHA-256, audit entry)
    bool ok() const { return chain.ok() && recordProblems.isEmpty(); }
};

// Whether the rating tallies are compared with the ratings by a scan of their own, or by the
// step that follows, which streams the ratings anyway (decide: storage/DecisionStore.cpp
// compares the rows it streams into the inputs with the tallies, in its transaction).
enum class TallyCheck { Scan, ByTheStep };

// Full verification. With `knownHead` (hex), the chain must contain that entry. `progress`
// hears the rating rows of the decision versions' inputs as they are streamed (the long part
// with millions of ratings: all versions together, done of total); false cancels (Cancelled).
VerifyReport verifyStore(const PanelStore &store, const QString &knownHead = {},
                         TallyCheck tallies = TallyCheck::Scan, const InputsProgress &progress = {});

// The quick part, for opening a file (chain::quickCheck: hashes and links of every entry, the
// last signatures; no records).
VerifyReport quickVerifyStore(const PanelStore &store);

// What failed, in one translated paragraph for a banner or an error message (the first bad
// entry and the first failing records); empty when `report` is ok.
QString failureSummary(const VerifyReport &report);

// Full verification before a step that must not be taken on a tampered file (lock, decide,
// announce, finalize, report): StoreError with failureSummary when anything fails.
void requireVerified(const PanelStore &store, TallyCheck tallies = TallyCheck::Scan,
                     const InputsProgress &progress = {});

} // namespace pd
