#pragma once
// "Who are you?": the panel's members (those without a passphrase shown disabled) and the
// passphrase. Each attempt goes through pd::attemptSignIn with the caller's SignInThrottle;
// a refused attempt shows "wrong passphrase" and, while the throttle makes the member wait,
// a live countdown with the Sign in button disabled. Enter signs in, Esc cancels. A demo
// panel (program notice set) shows the known demo passphrases.

#include "auth/SignInThrottle.h"
#include "domain/Member.h"
#include "trust/MemberKey.h"

#include <QDialog>
#include <functional>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace pd {

class PanelStore;

class SignInDialog : public QDialog {
    Q_OBJECT
public:
    using Clock = std::function<SignInThrottle::TimePoint()>;

    // `clock` defaults to std::chrono::steady_clock::now (tests pass a fake one).
    SignInDialog(PanelStore &store, SignInThrottle &throttle, Clock clock = {},
                 QWidget *parent = nullptr);

    // Runs the dialog; the signed-in member, or std::nullopt when cancelled.
    static std::optional<Member> signIn(QWidget *parent, PanelStore &store,
                                        SignInThrottle &throttle);

    std::optional<Member> signedInMember() const { return m_signedIn; }
    // The signed-in member's unlocked signing key (trust.md); empty when cancelled, or when
    // the stored seal did not open (then the window's changes are unsigned and verify says so).
    const std::optional<MemberKey> &signedInKey() const { return m_key; }
    // Selects a member by id (false when absent or without a passphrase).
    bool selectMember(const QString &memberId);
    QString selectedMemberId() const;

    QComboBox *memberCombo() const { return m_members; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QPushButton *signInButton() const { return m_signIn; }
    QLabel *messageLabel() const { return m_message; }     // "wrong passphrase", errors
    QLabel *countdownLabel() const { return m_countdown; }  // "try again in N s"
    QLabel *demoHintLabel() const { return m_demoHint; }   // hidden unless a demo panel

    // Re-reads the throttle for the selected member (the timer calls it every 200 ms).
    void updateCountdown();

private:
    void attempt();

    PanelStore &m_store;
    SignInThrottle &m_throttle;
    Clock m_clock;
    std::vector<Member> m_memberList;
    std::optional<Member> m_signedIn;
    std::optional<MemberKey> m_key;
    QComboBox *m_members;
    QLineEdit *m_passphrase;
    QPushButton *m_signIn;
    QLabel *m_message;
    QLabel *m_countdown;
    QLabel *m_demoHint;
    QTimer *m_timer;
};

} // namespace pd
