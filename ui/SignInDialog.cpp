#include "SignInDialog.h"

#include "RoleText.h"
#include "auth/Passphrase.h"
#include "auth/SignIn.h"
#include "demo/DemoPassphrases.h"
#include "domain/Errors.h"
#include "storage/PanelStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace pd {

SignInDialog::SignInDialog(PanelStore &store, SignInThrottle &throttle, Clock clock,
                           QWidget *parent)
    : QDialog(parent), m_store(store), m_throttle(throttle), m_clock(std::move(clock)),
      m_members(new QComboBox(this)), m_passphrase(new QLineEdit(this)),
      m_signIn(new QPushButton(tr("&Sign in"), this)), m_message(new QLabel(this)),
      m_countdown(new QLabel(this)), m_demoHint(new QLabel(this)), m_timer(new QTimer(this))
{
    if (!m_clock)
        m_clock = [] { return std::chrono::steady_clock::now(); };
    setWindowTitle(tr("Sign in"));
    // wide enough for the member names and the demo hint's passphrases on one line each
    setMinimumWidth(480);

    m_passphrase->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_demoHint->setWordWrap(true);
    m_demoHint->hide();

    QString notice;
    try {
        m_memberList = store.members();
        notice = store.loadScoringInputs().panel.program.notice;
    } catch (const Error &e) {
        m_message->setText(e.message());
    }
    auto *model = qobject_cast<QStandardItemModel *>(m_members->model());
    for (const Member &member : m_memberList) {
        QString text = tr("%1 (%2, %3)").arg(member.name, member.id, roleText(member.role));
        if (!member.hasPassphrase)
            text = tr("%1 — no passphrase set — ask the chair").arg(text);
        m_members->addItem(text, member.id);
        if (!member.hasPassphrase && model)
            model->item(m_members->count() - 1)->setEnabled(false);
    }
    for (int i = 0; i < m_members->count(); ++i) {
        if (m_memberList[std::size_t(i)].hasPassphrase) {
            m_members->setCurrentIndex(i);
            break;
        }
    }
    if (!notice.isEmpty()) {
        m_demoHint->setText(tr("Demo panel: the passphrases are %1 for the chair, %2 for the "
                               "experts and %3 for the secretariat.")
                                .arg(demoPassphrase(Role::Chair), demoPassphrase(Role::Expert),
                                     demoPassphrase(Role::Secretariat)));
        m_demoHint->show();
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Member:"), m_members);
    form->addRow(tr("&Passphrase:"), m_passphrase);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::attempt);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_demoHint);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_countdown);
    layout->addWidget(buttons);

    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &SignInDialog::updateCountdown);
    connect(m_members, &QComboBox::currentIndexChanged, this, [this] {
        m_message->clear();
        updateCountdown();
    });
    m_passphrase->setFocus();
    updateCountdown();
}

std::optional<Member> SignInDialog::signIn(QWidget *parent, PanelStore &store,
                                           SignInThrottle &throttle)
{
    SignInDialog dialog(store, throttle, {}, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.signedInMember();
}

bool SignInDialog::selectMember(const QString &memberId)
{
    for (std::size_t i = 0; i < m_memberList.size(); ++i) {
        if (m_memberList[i].id == memberId && m_memberList[i].hasPassphrase) {
            m_members->setCurrentIndex(int(i));
            return true;
        }
    }
    return false;
}

QString SignInDialog::selectedMemberId() const { return m_members->currentData().toString(); }

void SignInDialog::updateCountdown()
{
    const QString id = selectedMemberId();
    const auto wait = id.isEmpty() ? std::chrono::milliseconds::zero()
                                   : m_throttle.retryAfter(id, m_clock());
    const bool allowed = wait == std::chrono::milliseconds::zero();
    m_signIn->setEnabled(allowed && !id.isEmpty());
    if (allowed) {
        m_countdown->clear();
        m_timer->stop();
        return;
    }
    const auto seconds = std::chrono::ceil<std::chrono::seconds>(wait).count();
    m_countdown->setText(tr("You can try again in %n second(s).", nullptr, int(seconds)));
    if (!m_timer->isActive())
        m_timer->start();
}

void SignInDialog::attempt()
{
    const QString id = selectedMemberId();
    if (id.isEmpty())
        return;
    QString passphrase = m_passphrase->text();
    m_passphrase->clear();
    try {
        const SignInResult result = attemptSignIn(m_store, m_throttle, id, passphrase, m_clock());
        wipe(passphrase);
        if (result.outcome == SignInResult::Outcome::SignedIn) {
            m_signedIn = m_memberList[std::size_t(m_members->currentIndex())];
            m_key = result.key;
            m_message->clear();
            accept();
            return;
        }
        if (result.outcome == SignInResult::Outcome::WrongPassphrase)
            m_message->setText(tr("Wrong passphrase."));
    } catch (const Error &e) {
        wipe(passphrase);
        m_message->setText(e.message());
    }
    updateCountdown();
    m_passphrase->setFocus();
}

} // namespace pd
