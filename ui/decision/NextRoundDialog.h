#pragma once
// Decision > Start next round… (docs/decision.md, "Starting the next round in the window";
// R10): the chair creates the next round's file from the final round shown in the window.
// The dialog collects a NextRoundRequest (actions/NextRound.h): the new round's id and name,
// the re-called teams (id, name, model; ids checked as typed with the domain's rule,
// domain/IdRule.h, and against the teams of the round), the eliminated teams that re-enter,
// the new round's cut (eliminate N or advance N; by default eliminate 1 when the field would
// be 4, the copied cut otherwise), the new file and the chair's passphrase. Create calls
// createNextRoundDatabase; a refusal (InputError) is shown at the bottom and the dialog stays
// open; nothing is written then. Keyboard first: every field has a mnemonic, the tab order
// follows the form, Enter presses Create.

#include "Dialogs.h"
#include "actions/NextRound.h"
#include "decision/Decision.h"
#include "domain/Panel.h"

#include <QDialog>
#include <QString>
#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace pd {

class NextRoundDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { IdColumn, NameColumn, ModelColumn };
    enum CutKind { Eliminate, Advance };   // the cut box's rows

    // `finalPath`: the final round's file; `finalRound` and `status`: what it holds (the
    // teams and the final decision version); `chair`: the signed-in chair's id.
    NextRoundDialog(const QString &finalPath, const Panel &finalRound, const RoundStatus &status,
                    const QString &chair, QWidget *parent = nullptr);
    ~NextRoundDialog() override;

    void setDialogs(Dialogs &dialogs) { m_dialogs = &dialogs; }   // Browse… (Dialogs.h)

    // The request the form describes now (no checks; Create checks through the use case).
    NextRoundRequest request() const;
    // The problem of the re-called teams' ids (empty when none): Create is disabled then.
    QString idProblem() const;
    // The created file (after Create succeeded), else empty.
    QString createdPath() const { return m_created; }
    // The passphrase typed, once, for signing in on the new file; the field is cleared.
    QString takePassphrase();

    QLineEdit *roundIdEdit() const { return m_roundId; }
    QLineEdit *roundNameEdit() const { return m_roundName; }
    QTableWidget *recalledTable() const { return m_recalled; }
    QPushButton *addTeamButton() const { return m_addTeam; }
    QPushButton *removeTeamButton() const { return m_removeTeam; }
    QListWidget *reenteringList() const { return m_reentering; }   // check state; data: team id
    QComboBox *cutKindBox() const { return m_cutKind; }
    QSpinBox *cutSpin() const { return m_cutCount; }
    QLabel *previewLabel() const { return m_preview; }
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *browseButton() const { return m_browse; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QPushButton *createButton() const { return m_create; }
    QLabel *idProblemLabel() const { return m_idProblem; }
    QLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    // The new round's file was created at `path` (after the dialog was accepted).
    void created(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();
    void addTeam();
    void removeTeam();
    void browse();
    void create();
    // After every edit: the id check, the default cut and path, the preview, Create.
    void update();
    std::pair<int, QString> findIdProblem() const;   // the row and the problem, or (-1, "")
    QString idAt(int row) const;   // the id of a row, as typed so far while its cell is edited
    void roundIdChanged();
    QString defaultPath() const;
    int fieldSize() const;

    QString m_finalPath;
    Panel m_finalRound;
    RoundStatus m_status;
    QString m_chair;
    QString m_created;
    Dialogs *m_dialogs = &widgetDialogs();
    bool m_cutTouched = false;    // the chair chose the cut: the default no longer follows the field
    bool m_updating = false;
    int m_liveRow = -1;   // the row whose id is being typed (its editor's text in m_liveId)
    QString m_liveId;
    QString m_shownDefaultPath;   // the default path last filled in (followed while unchanged)
    Cut m_copiedCut;

    QLabel *m_intro;
    QLabel *m_roundIdLabel;
    QLineEdit *m_roundId;
    QLabel *m_roundNameLabel;
    QLineEdit *m_roundName;
    QLabel *m_recalledLabel;
    QTableWidget *m_recalled;
    QPushButton *m_addTeam;
    QPushButton *m_removeTeam;
    QLabel *m_idProblem;
    QLabel *m_reenteringLabel;
    QListWidget *m_reentering;
    QLabel *m_cutLabel;
    QComboBox *m_cutKind;
    QSpinBox *m_cutCount;
    QLabel *m_preview;
    QLabel *m_pathLabel;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_passphraseLabel;
    QLineEdit *m_passphrase;
    QPushButton *m_create;
    QPushButton *m_cancel = nullptr;
    QLabel *m_error;
};

} // namespace pd
