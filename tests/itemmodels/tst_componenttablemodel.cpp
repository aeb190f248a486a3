// The findings model on a real SqliteStore (the demo panel plus expert k01, conflicted with
// NC AI): it passes QAbstractItemModelTester through load, edits, add, remove, notes and
// verdicts; the suggested verdict follows every edit with its deciding row marked; what a
// member may see and change follows access/FindingsAccess.h; refusals change nothing.
#include "SheetFixture.h"

#include "itemmodels/ComponentTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using namespace pd::test;

namespace {
const QString kNaver = QStringLiteral("naver");
const QString kChair = QStringLiteral("chair");
const int kVisionEncoder = 4;   // the demo's naver: four own components, then the encoder
} // namespace

class TestComponentTableModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<ComponentTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Panel m_panel;

    QModelIndex cell(int row, int column) const { return m_model->index(row, column); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = createSheetDatabase(m_dir.filePath(QStringLiteral("c%1.db").arg(++m_counter)));
        m_panel = m_store->loadScoringInputs().panel;
        m_model = std::make_unique<ComponentTableModel>(*m_store);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_store.reset();
    }

    void loadsWhatTheMemberMaySee()
    {
        QVERIFY(m_model->load(m_panel, kNaver, kExpert));
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->columnCount(), int(ComponentTableModel::ColumnCount));
        QVERIFY(m_model->isEditable());
        QVERIFY(!m_model->mayRecordVerdict());
        QCOMPARE(cell(kVisionEncoder, ComponentTableModel::ComponentColumn).data().toString(),
                 QStringLiteral("vision encoder"));
        QCOMPARE(cell(kVisionEncoder, ComponentTableModel::SourceColumn).data().toString(),
                 QStringLiteral("Qwen2.5-VL ViT"));
        // the suggestion: fail, decided by the vision encoder, whose row is marked
        QCOMPARE(toString(m_model->suggestion().verdict), QStringLiteral("fail"));
        QVERIFY(cell(kVisionEncoder, 0).data(ComponentTableModel::DecidingRole).toBool());
        QVERIFY(!cell(0, 0).data(ComponentTableModel::DecidingRole).toBool());
        QVERIFY(m_model->suggestionText().contains(QLatin1String("vision encoder")));
        QVERIFY(!m_model->verdictDiffers());
        // choices for the vocabulary columns, none for text columns
        QCOMPARE(cell(0, ComponentTableModel::WeightsColumn)
                     .data(ComponentTableModel::ChoicesRole).toStringList().size(), 4);
        QVERIFY(cell(0, ComponentTableModel::SourceColumn)
                    .data(ComponentTableModel::ChoicesRole).toStringList().isEmpty());

        // conflicted: nothing at all
        QVERIFY(!m_model->load(m_panel, kConflictTeam, kExpert));
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->isLoaded());

        // secretariat: sees, cannot change
        QVERIFY(m_model->load(m_panel, kNaver, QStringLiteral("secretariat")));
        QCOMPARE(m_model->rowCount(), 5);
        QVERIFY(!m_model->isEditable());
        QVERIFY(!(m_model->flags(cell(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!m_model->setData(cell(0, 0), QStringLiteral("x")));
        QVERIFY(!m_model->addComponent(QStringLiteral("x")));

        // chair: changes and records the verdict
        QVERIFY(m_model->load(m_panel, kNaver, kChair));
        QVERIFY(m_model->isEditable());
        QVERIFY(m_model->mayRecordVerdict());
    }

    void editsAreCommittedAndMoveTheSuggestion()
    {
        QVERIFY(m_model->load(m_panel, kNaver, kExpert));
        QSignalSpy changed(m_model.get(), &ComponentTableModel::findingsChanged);
        // the encoder was initialised by the team after all: R5 now suggests pass
        QVERIFY(m_model->setData(cell(kVisionEncoder, ComponentTableModel::WeightsColumn),
                                 static_cast<int>(Weights::Initialized)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(toString(m_model->suggestion().verdict), QStringLiteral("pass"));
        QCOMPARE(toString(m_store->loadFindings(kNaver).components[kVisionEncoder].finding.weights),
                 QStringLiteral("initialized"));
        // the recorded verdict (fail) now differs from the suggestion
        QVERIFY(m_model->verdictDiffers());
        // text columns
        QVERIFY(m_model->setData(cell(kVisionEncoder, ComponentTableModel::EvidenceFileColumn),
                                 QStringLiteral(" evidence/naver.pdf ")));
        QCOMPARE(m_store->loadFindings(kNaver).components[kVisionEncoder].finding.evidenceFile,
                 QStringLiteral("evidence/naver.pdf"));
    }

    void refusedEditsChangeNothing()
    {
        QVERIFY(m_model->load(m_panel, kNaver, kExpert));
        const TeamFindings before = m_store->loadFindings(kNaver);
        QSignalSpy refused(m_model.get(), &ComponentTableModel::refused);
        QVERIFY(!m_model->setData(cell(0, ComponentTableModel::ComponentColumn), QStringLiteral("  ")));
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.at(0).at(0).toString().contains(QLatin1String("backbone")));
        QVERIFY(!m_model->setData(cell(0, ComponentTableModel::OriginColumn), 7));
        QVERIFY(!m_model->setData(cell(0, ComponentTableModel::NotesColumn), QStringLiteral("x")));
        QVERIFY(m_store->loadFindings(kNaver) == before);
        QCOMPARE(cell(0, 0).data().toString(), QStringLiteral("backbone"));
    }

    void addRemoveAndNotes()
    {
        QVERIFY(m_model->load(m_panel, kNaver, kExpert));
        const std::optional<int> row = m_model->addComponent(QStringLiteral("audio encoder"));
        QVERIFY(row);
        QCOMPARE(*row, 5);
        QCOMPARE(m_model->rowCount(), 6);
        QCOMPARE(m_store->loadFindings(kNaver).components.size(), size_t(6));

        QVERIFY(m_model->setOwnNote(kVisionEncoder, QStringLiteral("weights identical to Qwen")));
        QCOMPARE(m_model->ownNote(kVisionEncoder), QStringLiteral("weights identical to Qwen"));
        QVERIFY(!cell(kVisionEncoder, ComponentTableModel::NotesColumn).data().toString().isEmpty());
        QVERIFY(cell(0, ComponentTableModel::NotesColumn).data().toString().isEmpty());
        // the chair sees the expert's note, and writes their own
        QVERIFY(m_model->load(m_panel, kNaver, kChair));
        QCOMPARE(m_model->notes(kVisionEncoder).size(), size_t(1));
        QVERIFY(m_model->ownNote(kVisionEncoder).isEmpty());
        QVERIFY(cell(kVisionEncoder, ComponentTableModel::NotesColumn)
                    .data(Qt::ToolTipRole).toString().contains(QLatin1String("weights identical")));

        QVERIFY(m_model->removeComponent(5));
        QCOMPARE(m_model->rowCount(), 5);
        QVERIFY(!m_model->removeComponent(17));
    }

    void chairRecordsTheVerdict()
    {
        QVERIFY(m_model->load(m_panel, kNaver, kChair));
        QSignalSpy refused(m_model.get(), &ComponentTableModel::refused);
        QVERIFY(!m_model->recordVerdict(Verdict::Pass, QString()));   // rationale required
        QCOMPARE(refused.count(), 1);
        QVERIFY(m_model->recordVerdict(Verdict::Pass, QStringLiteral("frozen encoder accepted")));
        QCOMPARE(toString(m_model->findings().verdict), QStringLiteral("pass"));
        QVERIFY(m_model->verdictDiffers());
        // an expert's model cannot
        QVERIFY(m_model->load(m_panel, kNaver, kExpert));
        QVERIFY(!m_model->recordVerdict(Verdict::Fail, QStringLiteral("x")));
        QCOMPARE(toString(m_store->loadFindings(kNaver).verdict), QStringLiteral("pass"));
    }
};

QTEST_MAIN(TestComponentTableModel)
#include "tst_componenttablemodel.moc"
