#pragma once
// Drafts sealed to their reviewer (schema step 9, trust.md "Drafts"), inside the caller's
// transaction. A draft sheet of a reviewer who has a key keeps everything entered (scores,
// comments, overall opinion) in one sealed_drafts blob that only the reviewer's key opens;
// no expert_scores rows and a blank opinion are stored for it. Drafts of a reviewer without a
// key (none registered yet: an upgraded file, a member who never signed in) stay in the clear
// until sealPlainDrafts runs at their sign-in.

#include "trust/Signer.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <optional>
#include <vector>

namespace pd {

struct DraftScore {
    QString item;
    double score = 0.0;
    QString comment;
};

struct DraftContent {
    std::vector<DraftScore> scores;   // in entry order
    QString opinion;
    bool isEmpty() const { return scores.empty() && opinion.isEmpty(); }
    DraftScore *find(const QString &item);
};

struct SheetKey {
    QString round;
    QString reviewer;
    QString team;
    QString entity() const { return QStringLiteral("sheets/%1/%2/%3").arg(round, reviewer, team); }
    QVariantList values() const { return {round, reviewer, team}; }
};

// The member's registered Ed25519 public key, or nothing when they have none.
std::optional<QByteArray> memberPublicKey(const QSqlDatabase &db, const QString &member);

bool hasSealedDraft(const QSqlDatabase &db, const SheetKey &key);

// The key a change to the sheet's draft is sealed to: the reviewer's, when they have one;
// nothing when the draft stays in the clear (no key and no sealed draft). InputError for a
// sealed draft whose reviewer no longer has a key (cleared: they sign in again first).
std::optional<QByteArray> draftSealingKey(const QSqlDatabase &db, const SheetKey &key);

// The draft as `opener` reads it: the sealed draft opened with the reviewer's key, or the
// clear rows of an unsealed draft. Nothing when the sheet has a sealed draft `opener` cannot
// open (another member, nobody signed in, a damaged blob).
std::optional<DraftContent> readDraft(const QSqlDatabase &db, const SheetKey &key,
                                      const Signer *opener);

// The same for a change by `writer`: InputError, naming the reviewer, when the sealed draft
// cannot be opened by `writer`.
DraftContent readDraftForChange(const QSqlDatabase &db, const SheetKey &key, const Signer *writer);

// Seals `content` to `publicKey` as the sheet's draft, removing its clear rows and opinion;
// an empty content removes the sealed draft. The sheet row must exist (as a draft).
void sealDraft(const QSqlDatabase &db, const SheetKey &key, const DraftContent &content,
               const QByteArray &publicKey);

// Writes the draft in the clear (for submitting: R3 scores submitted sheets in the clear) and
// drops the sealed blob.
void unsealDraft(const QSqlDatabase &db, const SheetKey &key, const DraftContent &content);

// Seals every clear draft of the current round whose reviewer has a key (only `reviewer`'s
// when given). Returns the number of sheets sealed.
int sealPlainDrafts(const QSqlDatabase &db, const std::optional<QString> &reviewer);
// True when sealPlainDrafts(db, reviewer) would seal something (a read only).
bool hasPlainDrafts(const QSqlDatabase &db, const QString &reviewer);

// Every sealed draft of `opener`'s member in the current round, opened (the other members'
// are skipped: they cannot be read). Sheets whose blob fails to open are skipped too.
struct OpenedDraft {
    QString team;
    DraftContent content;
};
std::vector<OpenedDraft> readOwnSealedDrafts(const QSqlDatabase &db, const QString &round,
                                             const Signer &opener);

// Removes every sealed draft of `member` (their key was replaced or cleared: what was
// sealed to the old key can no longer be opened). Returns how many were removed.
int dropSealedDrafts(const QSqlDatabase &db, const QString &member);

} // namespace pd
