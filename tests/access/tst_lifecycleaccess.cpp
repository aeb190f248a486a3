// Who takes the round's lifecycle steps (access/LifecycleAccess.h): the chair, for every
// step; every other role and an unknown member are refused with the step and the role named.
#include "access/LifecycleAccess.h"
#include "domain/Errors.h"

#include <QtTest>

using namespace pd;

Q_DECLARE_METATYPE(pd::LifecycleStep)

class TestLifecycleAccess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roles_data()
    {
        QTest::addColumn<int>("role");   // -1: no such member
        QTest::addColumn<LifecycleStep>("step");
        QTest::addColumn<bool>("allowed");
        const LifecycleStep steps[] = {LifecycleStep::Lock, LifecycleStep::Reopen,
                                       LifecycleStep::Decide, LifecycleStep::Announce,
                                       LifecycleStep::FileAppeal, LifecycleStep::RuleAppeal,
                                       LifecycleStep::Finalize};
        const std::pair<int, const char *> roles[] = {{int(Role::Chair), "chair"},
                                                      {int(Role::Expert), "expert"},
                                                      {int(Role::Secretariat), "secretariat"},
                                                      {int(Role::Observer), "observer"},
                                                      {-1, "unknown"}};
        for (const auto &[role, name] : roles)
            for (LifecycleStep step : steps)
                QTest::addRow("%s: %s", name, qPrintable(describeStep(step)))
                    << role << step << (role == int(Role::Chair));
    }

    void roles()
    {
        QFETCH(int, role);
        QFETCH(LifecycleStep, step);
        QFETCH(bool, allowed);
        const Member member{QStringLiteral("m1"), QStringLiteral("M"), Role(std::max(role, 0)), {}};
        const Member *actor = role < 0 ? nullptr : &member;
        QString message;
        try {
            requireLifecycleActor(actor, QStringLiteral("m1"), step);
        } catch (const InputError &e) {
            message = e.message();
        }
        QCOMPARE(message.isEmpty(), allowed);
        if (!allowed) {
            QVERIFY2(message.contains(describeStep(step)), qPrintable(message));
            QVERIFY2(message.contains(role < 0 ? QStringLiteral("unknown member") : toString(member.role)),
                     qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(TestLifecycleAccess)
#include "tst_lifecycleaccess.moc"
