#pragma once
// The right half of the expert workspace: one sheet (itemmodels/SheetTableModel.h) with its
// table of rubric items, the overall opinion, the running total, Undo / Redo and Submit.
// Every accepted score or comment is in the database at once; the opinion is written when
// it loses the focus or after a short pause in typing. A refusal (a wrong score, an undo of
// a locked sheet, an incomplete submit) is shown inline and changes nothing. A submitted
// sheet is shown read-only under a banner.
//
// The store must outlive the editor (the undo steps refer to it).

#include "access/SheetState.h"
#include "domain/Panel.h"

#include "Dialogs.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QAction;

namespace pd {

class PanelStore;
class SheetTableModel;
class SheetTableView;

class SheetEditor : public QWidget {
    Q_OBJECT
public:

    explicit SheetEditor(PanelStore &store, QWidget *parent = nullptr);
    ~SheetEditor() override;

    // Shows `reviewer`'s sheet for `team` of `panel`, acting as `actor`. False (and no sheet)
    // for a conflicted or unknown team.
    bool openSheet(const Panel &panel, const QString &reviewer, const QString &team,
                   const QString &actor);
    void closeSheet();   // writes a pending opinion first

    void setDialogs(Dialogs &dialogs) { m_dialogs = &dialogs; }   // the submit confirmation (Dialogs.h)
    void showMessage(const QString &message);

    // The current cell becomes the first item's score, with an editor open on it.
    void startEditing();
    void undo();
    void redo();
    bool submit();        // completeness, confirmation, store.submitSheet, lock
    void flushOpinion();  // writes the opinion when it changed

    SheetState state() const;
    SheetTableModel *model() const { return m_model; }
    SheetTableView *table() const { return m_table; }
    QPlainTextEdit *opinionEdit() const { return m_opinion; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *undoButton() const { return m_undoButton; }
    QPushButton *redoButton() const { return m_redoButton; }
    QString messageText() const;
    QString totalText() const;
    bool isBannerShown() const;
    QString bannerText() const;
    // The description of the score band next to the current item's score (empty and hidden
    // when its item has no bands): follows the current row, the stored score, and the text
    // being typed into the score's editor.
    QString bandText() const;

Q_SIGNALS:
    // The state of the shown sheet changed (first score, undo to empty, submit).
    void stateChanged(const QString &team, pd::SheetState state);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void showBand(int row, std::optional<double> typed = std::nullopt, bool typing = false);
    void showCurrentBand();

    SheetTableModel *m_model;
    QLabel *m_title;
    QLabel *m_banner;
    QLabel *m_message;
    SheetTableView *m_table;
    QLabel *m_band;
    QLabel *m_opinionLabel;
    QPlainTextEdit *m_opinion;
    QLabel *m_total;
    QPushButton *m_undoButton;
    QPushButton *m_redoButton;
    QPushButton *m_submit;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QTimer *m_opinionTimer;
    Dialogs *m_dialogs = &widgetDialogs();
    QString m_teamName;
};

} // namespace pd
