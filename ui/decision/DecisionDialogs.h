#pragma once
// The chair's input for the decision steps (DecisionPage): each dialog gathers what its step
// needs and shows what will happen; OK is enabled only when the input is complete.

#include <QDate>
#include <QDialog>
#include <QMap>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace pd {

// Decide: the chair's reason for each team eliminated on score or disqualified.
class DecideDialog : public QDialog {
    Q_OBJECT
public:
    // `teams`: (team id, "name — outcome") of the teams that need a reason.
    DecideDialog(const QList<std::pair<QString, QString>> &teams, QWidget *parent = nullptr);
    QMap<QString, QString> reasons() const;
    QLineEdit *reasonEdit(const QString &team) const { return m_edits.value(team); }

private:
    void update();
    QMap<QString, QLineEdit *> m_edits;
    QDialogButtonBox *m_buttons;
};

// A tie at the cut (R7.3): the chair puts the tied teams in order (best first) and writes
// the rationale; the order is recorded with the decision.
class TieDialog : public QDialog {
    Q_OBJECT
public:
    // `teams`: (team id, name) of the tied group, in standings order.
    TieDialog(const QList<std::pair<QString, QString>> &teams, QWidget *parent = nullptr);
    QStringList order() const;
    QString rationale() const;
    QListWidget *list() const { return m_list; }
    QPlainTextEdit *rationaleEdit() const { return m_rationale; }
    void moveCurrent(int delta);   // up (-1) or down (+1)

private:
    QListWidget *m_list;
    QPlainTextEdit *m_rationale;
    QDialogButtonBox *m_buttons;
};

// A date (announcement) with a sentence of what follows.
class DateDialog : public QDialog {
    Q_OBJECT
public:
    DateDialog(const QString &title, const QString &text, const QDate &initial, const QDate &maximum,
               QWidget *parent = nullptr);
    QDate date() const;
    QDateEdit *dateEdit() const { return m_date; }

private:
    QDateEdit *m_date;
};

// A new appeal: the team (only those that may appeal), the filing date, the grounds.
class AppealDialog : public QDialog {
    Q_OBJECT
public:
    AppealDialog(const QList<std::pair<QString, QString>> &teams, const QDate &today,
                 QWidget *parent = nullptr);
    QString team() const;
    QDate filedOn() const;
    QString grounds() const;
    QComboBox *teamBox() const { return m_team; }
    QPlainTextEdit *groundsEdit() const { return m_grounds; }

private:
    QComboBox *m_team;
    QDateEdit *m_filed;
    QPlainTextEdit *m_grounds;
    QDialogButtonBox *m_buttons;
};

// A ruling: rejected or upheld, with its reason.
class RulingDialog : public QDialog {
    Q_OBJECT
public:
    RulingDialog(const QString &appeal, QWidget *parent = nullptr);
    bool upheld() const;
    QString reason() const;
    QComboBox *rulingBox() const { return m_ruling; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }

private:
    QComboBox *m_ruling;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace pd
