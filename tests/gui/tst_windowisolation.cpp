// T10 for the window (reliability catalogue): signed in as expert A (e01) — and as the chair —
// visit every tab, chart and statistic; then expert B (e02) edits a draft (a distinctive
// score, comment and opinion on a reopened sheet) and every tab is visited again. Nothing
// of B's draft shows: every item model in the window (standings, chart models, agreement,
// sensitivity, progress, sheets, findings), every label and text box and every chart series
// is exactly as before the edit, and the marker appears nowhere. The audit log (the chair's)
// shows that B's sheet was edited, with "draft value hidden" and no value.
//
// PANELDESK_SCREENSHOTS=DIR saves each tab as seen by each viewer.

#include "demo/DemoPassphrases.h"
#include "trust/MemberKeys.h"
#include "AuditPage.h"
#include "MainWindow.h"
#include "PanelView.h"
#include "charts/ChartsPage.h"
#include "itemmodels/AuditTableModel.h"
#include "storage/PanelStore.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

using namespace pd;

namespace {

const QString kMarker = QStringLiteral("ZQX-DRAFT-7731");

QString cellText(const QAbstractItemModel &model, const QModelIndex &index)
{
    QStringList parts;
    for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::UserRole), int(Qt::UserRole + 1)})
        parts << model.data(index, role).toString();
    return parts.join(QLatin1Char('|'));
}

void dumpModel(const QAbstractItemModel &model, QStringList &out)
{
    out << QStringLiteral("model %1 %2x%3").arg(QString::fromLatin1(model.metaObject()->className()))
               .arg(model.rowCount()).arg(model.columnCount());
    for (int c = 0; c < model.columnCount(); ++c)
        out << model.headerData(c, Qt::Horizontal).toString();
    for (int r = 0; r < model.rowCount(); ++r) {
        out << model.headerData(r, Qt::Vertical).toString();
        for (int c = 0; c < model.columnCount(); ++c)
            out << cellText(model, model.index(r, c));
    }
}

void dumpChart(QChart *chart, QStringList &out)
{
    out << QStringLiteral("chart %1").arg(chart->title());
    for (QAbstractSeries *series : chart->series()) {
        out << QStringLiteral("series %1").arg(series->name());
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets()) {
                QStringList values;
                for (int i = 0; i < set->count(); ++i)
                    values << QString::number(set->at(i), 'g', 17);
                out << set->label() + QLatin1Char(':') + values.join(QLatin1Char(','));
            }
        if (auto *boxes = qobject_cast<QBoxPlotSeries *>(series))
            for (QBoxSet *set : boxes->boxSets()) {
                QStringList values;
                for (int i = 0; i < set->count(); ++i)
                    values << QString::number(set->at(i), 'g', 17);
                out << set->label() + QLatin1Char(':') + values.join(QLatin1Char(','));
            }
        if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            QStringList points;
            for (const QPointF &p : xy->points())
                points << QStringLiteral("%1;%2").arg(p.x(), 0, 'g', 17).arg(p.y(), 0, 'g', 17);
            out << points.join(QLatin1Char(','));
        }
    }
}

// Everything the window holds for its viewer, but the audit log (its entries grow with every
// edit; checked on its own).
QStringList snapshot(MainWindow &window)
{
    QStringList out;
    AuditPage *audit = window.panelView()->audit();
    const auto inAudit = [audit](const QObject *object) {
        for (const QObject *o = object; o; o = o->parent())
            if (o == audit)
                return true;
        return false;
    };
    for (const QAbstractItemModel *model : window.findChildren<QAbstractItemModel *>())
        if (!inAudit(model))
            dumpModel(*model, out);
    for (const QLabel *label : window.findChildren<QLabel *>())
        if (!inAudit(label))
            out << QStringLiteral("label ") + label->text();
    for (const QPlainTextEdit *edit : window.findChildren<QPlainTextEdit *>())
        out << QStringLiteral("text ") + edit->toPlainText();
    for (const QLineEdit *edit : window.findChildren<QLineEdit *>())
        out << QStringLiteral("line ") + edit->text();
    for (QChartView *view : window.findChildren<QChartView *>())
        dumpChart(view->chart(), out);
    return out;
}

// Shows every tab the viewer may open (showing a tab refreshes it), and every chart.
void visitEveryTab(MainWindow &window, const QString &screenshots, const QString &prefix)
{
    PanelView *view = window.panelView();
    for (int i = 0; i < view->count(); ++i) {
        if (!view->isTabVisible(i))
            continue;
        view->setCurrentIndex(i);
        if (view->widget(i) == view->charts())
            for (int c = 0; c < view->charts()->tabs()->count(); ++c)
                view->charts()->tabs()->setCurrentIndex(c);
        if (!screenshots.isEmpty())
            window.grab().save(QStringLiteral("%1/%2-%3.png").arg(screenshots, prefix).arg(i));
    }
    view->setCurrentIndex(0);
}

} // namespace

class TestWindowIsolation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nothingOfAnothersDraftShows_data()
    {
        QTest::addColumn<QString>("viewer");
        QTest::newRow("expert A") << u"e01"_qs;
        QTest::newRow("chair") << u"chair"_qs;
    }
    void nothingOfAnothersDraftShows()
    {
        QFETCH(QString, viewer);
        QTemporaryDir dir;
        MainWindow window(dir.path());
        window.resize(1366, 768);
        window.show();
        QString error;
        QVERIFY2(window.openDemo(&error), qPrintable(error));
        PanelStore &store = *window.store();
        // B's sheet for LG back to draft, so that B can edit it
        store.reopenSheet(u"e02"_qs, u"lg"_qs, u"correction requested"_qs, u"chair"_qs);
        std::optional<Member> member;
        for (const Member &m : store.members())
            if (m.id == viewer)
                member = m;
        QVERIFY(member);
        window.setSignedIn(member);
        const QString screenshots = qEnvironmentVariable("PANELDESK_SCREENSHOTS");
        visitEveryTab(window, screenshots, viewer + u"-before"_qs);
        const QStringList before = snapshot(window);
        QVERIFY(before.size() > 100);   // the snapshot sees the window's contents

        // B's draft: a distinctive score with a marked comment, and a marked opinion. The
        // reopened sheet is sealed to B (trust.md, "Drafts"): B's key reads and writes it.
        const std::optional<MemberKey> keyB = unlockMemberKey(store, u"e02"_qs, demoPassphrase(Role::Expert));
        QVERIFY(keyB);
        store.setSigner(std::make_shared<const MemberKey>(*keyB));
        const std::optional<ExpertScore> stored = store.loadExpertScore(u"e02"_qs, u"lg"_qs, u"technology"_qs);
        QVERIFY(stored);
        const double distinctive = stored->score == 0.5 ? 14.5 : 0.5;
        store.setExpertScore({u"e02"_qs, u"lg"_qs, u"technology"_qs, distinctive, false, kMarker}, u"e02"_qs);
        store.setSheetOpinion(u"e02"_qs, u"lg"_qs, kMarker + u" opinion"_qs, u"e02"_qs);
        store.setSigner(nullptr);   // back to the viewer, signed in without a key

        QVERIFY2(window.refresh(&error), qPrintable(error));
        visitEveryTab(window, screenshots, viewer + u"-after"_qs);
        const QStringList after = snapshot(window);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(after[i], before[i]);
        QVERIFY(!after.join(QLatin1Char('\n')).contains(kMarker));

        // the audit log: the chair's only; B's edits are there, their values are not
        AuditPage *audit = window.panelView()->audit();
        QCOMPARE(window.panelView()->isShowing(audit), viewer == u"chair");
        QStringList log;
        dumpModel(*audit->model(), log);
        const QString text = log.join(QLatin1Char('\n'));
        QVERIFY(!text.contains(kMarker));
        if (viewer == u"chair") {
            int hidden = 0;
            for (int r = 0; r < audit->model()->rowCount(); ++r) {
                const AuditEntry &e = audit->model()->entry(r);
                if (e.actor == u"e02" && (e.action == u"expert-score" || e.action == u"sheet-opinion")) {
                    QVERIFY(audit->model()->valuesHidden(r));
                    QCOMPARE(audit->model()->index(r, AuditTableModel::NewValue).data().toString(),
                             u"draft value hidden"_qs);
                    QCOMPARE(e.entity.count(QLatin1Char('/')), 3);   // the sheet, not the item
                    ++hidden;
                }
            }
            QCOMPARE(hidden, 2);
        } else {
            QCOMPARE(audit->model()->rowCount(), 0);   // never filled for an expert
        }
    }
};

QTEST_MAIN(TestWindowIsolation)
#include "tst_windowisolation.moc"
