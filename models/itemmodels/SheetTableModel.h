#pragma once
// One reviewer's score sheet for one team as an editable table (issue 3, item 3): one row per
// rubric item with its name, maximum points, score and comment. The model holds the rules,
// not the widgets: setData() checks a typed score against the item's range and step and
// refuses anything else with a message (editRefused) naming the item, the range and the
// step; every accepted change is committed at once through commands::editScore on the
// sheet's own undo stack. Undo, redo and submit go through the store as well; a refusal is
// reported through editRefused and changes nothing.
//
// The model never loads a sheet of a team the reviewer declared a conflict with. A sheet of a
// round that is locked or later loads read-only.

#include "domain/Panel.h"

#include <QAbstractTableModel>
#include <QUndoStack>
#include <optional>
#include <vector>

namespace pd {

class Error;
class PanelStore;

class SheetTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ItemColumn, PointsColumn, ScoreColumn, CommentColumn, ColumnCount };
    // BandRole: the description of the score band (domain/Panel.h RubricBand) the stored
    // score falls in; none without a score, bands, or below the first band.
    enum Role { ItemIdRole = Qt::UserRole + 1, RawScoreRole, BandRole };

    SheetTableModel(PanelStore &store, QObject *parent = nullptr);

    // Loads `reviewer`'s sheet for `team` (the expert category's rubric of `panel`, the
    // scores from the store), acting as `actor`. Clears the undo stack. False (and an empty
    // model) for an unknown team, a panel without an expert category, or a conflict.
    bool load(const Panel &panel, const QString &reviewer, const QString &team,
              const QString &actor);
    void clear();   // no sheet; clears the undo stack

    const QString &team() const { return m_team; }
    const QString &reviewer() const { return m_reviewer; }
    bool isLoaded() const { return !m_team.isEmpty(); }
    // No more edits: the sheet is submitted, or the round has left scoring (locked, decided,
    // announced, final; the store refuses every change then, docs/decision.md).
    bool isLocked() const { return m_submitted || m_roundClosed; }
    bool isSubmitted() const { return m_submitted; }
    bool isRoundClosed() const { return m_roundClosed; }
    bool hasScores() const;
    double total() const;
    double maximum() const { return m_maximum; }   // the expert category's points
    QStringList missingItems() const;              // names of the items without a score
    QUndoStack *undoStack() { return &m_stack; }

    // Validates typed text for `item`: the score, or std::nullopt with `*error` set.
    static std::optional<double> parseScore(const QString &text, const RubricItem &item,
                                            QString *error);
    static QString scoreText(double value);

    // The rubric item of `row` (null outside the rows) and its stored score.
    const RubricItem *itemAt(int row) const;
    std::optional<double> scoreAt(int row) const;
    // The scores band `band` of `item` covers, e.g. "5 to under 8" or "8 to 10" (the last).
    static QString bandRange(const RubricItem &item, std::size_t band);
    // Every band of `item`, one line each: "5 to under 8: description". Empty without bands.
    static QString bandsText(const RubricItem &item);
    // What the sheet shows next to the score of `item` for `score` (none: no score yet):
    // the band's range and description, or that the score lies below every band. Empty when
    // the item has no bands.
    static QString bandLine(const RubricItem &item, std::optional<double> score);

    // Through the undo facade; a refusal is reported with editRefused. True when done.
    bool undo();
    bool redo();
    // Submits a complete sheet (store.submitSheet) and locks it. False with a message
    // naming the missing items when incomplete, or the store's refusal.
    bool submit();

    // The overall opinion, written through store.setSheetOpinion when it differs from the
    // stored one. False with a message when refused.
    const QString &opinion() const { return m_opinion; }
    bool setOpinion(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A save was refused (the message says why). When the sheet had been changed elsewhere
    // since it was loaded (StaleEdit), the model has first been reloaded from the store
    // (reloaded) and its undo history cleared.
    void editRefused(const QString &message);
    // The sheet was read again from the store (after a stale save): the opinion may differ.
    void reloaded();
    // Scores, comments or the lock changed (running total, sheet state).
    void sheetChanged();

private:
    // Reports a refused save; a StaleEdit first reloads the sheet (reloadStaleCopy).
    void refuse(const Error &error, const QString &format = {});
    void reloadStaleCopy();
    struct Row {
        RubricItem item;
        std::optional<double> score;
        QString comment;
    };
    bool commit(int row, double score, const QString &comment);
    void refreshFromStore();

    PanelStore &m_store;
    QUndoStack m_stack;
    QString m_reviewer;
    QString m_team;
    QString m_actor;
    bool m_submitted = false;
    bool m_roundClosed = false;
    double m_maximum = 0.0;
    QString m_opinion;
    std::vector<Row> m_rows;
};

} // namespace pd
