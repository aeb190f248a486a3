#pragma once
// File > New panel from template: program name, round name, date, the teams (id, name,
// model), the creating member (id, name, passphrase twice), who becomes the chair, and the
// file. Create builds the first-evaluation template (templates/FirstEvaluationTemplate.h)
// and calls createPanelWithChair (actions/PanelDatabase.h); refusals are shown in
// errorLabel() and nothing is written.

#include "Dialogs.h"

#include <QDialog>
#include <QString>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pd {

class NewPanelDialog : public QDialog {
    Q_OBJECT
public:
    // `folder` is where the file name starts (the Browse… button can change it).
    explicit NewPanelDialog(const QString &folder, QWidget *parent = nullptr);

    // Runs the dialog; the created file and the chair's id, or an empty path when cancelled.
    struct Created {
        QString path;
        QString chairId;
    };
    static Created createPanel(QWidget *parent, const QString &folder, Dialogs &dialogs);

    QString createdPath() const { return m_created; }
    QString chairId() const;

    QLineEdit *programEdit() const { return m_program; }
    QLineEdit *roundEdit() const { return m_round; }
    QDateEdit *dateEdit() const { return m_date; }
    QTableWidget *teamsTable() const { return m_teams; }   // columns id, name, model, re-called (second evaluation)
    // 0: the first evaluation, 1: the second evaluation (4 teams -> 3, re-called teams).
    QComboBox *templateBox() const { return m_template; }
    QPushButton *addTeamButton() const { return m_addTeam; }
    QPushButton *removeTeamButton() const { return m_removeTeam; }
    QLineEdit *chairIdEdit() const { return m_chairId; }
    QLineEdit *chairNameEdit() const { return m_chairName; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QLineEdit *pathEdit() const { return m_path; }
    void setDialogs(Dialogs &dialogs) { m_dialogs = &dialogs; }   // Browse… (Dialogs.h)
    QPushButton *createButton() const { return m_create; }
    QLabel *errorLabel() const { return m_error; }

private:
    void addTeam();
    void browse();
    void create();

    QString m_created;
    void templateChanged();

    QComboBox *m_template;
    QLabel *m_note;
    QLineEdit *m_program;
    QLineEdit *m_round;
    QDateEdit *m_date;
    QTableWidget *m_teams;
    QPushButton *m_addTeam;
    QPushButton *m_removeTeam;
    QLineEdit *m_chairId;
    QLineEdit *m_chairName;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QLineEdit *m_path;
    Dialogs *m_dialogs = &widgetDialogs();
    QPushButton *m_browse;
    QPushButton *m_create;
    QLabel *m_error;
};

} // namespace pd
