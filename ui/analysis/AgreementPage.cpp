#include "analysis/AgreementPage.h"

#include "Watermark.h"
#include "scoring/Rounding.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd {
namespace {

QLabel *wrappedLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *figureLabel(QWidget *parent, const char *objectName)
{
    QLabel *label = wrappedLabel(parent, objectName);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

} // namespace

AgreementPage::AgreementPage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_notice(new QLabel(this)),
      m_kendall(figureLabel(this, "kendallValue")),
      m_kendallExplanation(wrappedLabel(this, "kendallExplanation")),
      m_icc(figureLabel(this, "iccValue")), m_iccExplanation(wrappedLabel(this, "iccExplanation")),
      m_tableNote(wrappedLabel(this, "tableNote")), m_legend(wrappedLabel(this, "legend")),
      m_table(new QTableWidget(this)), m_watermark(nullptr)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_notice->setObjectName(QStringLiteral("demoNotice"));
    m_notice->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #664d03; border: 1px solid #ffe69c; padding: 4px; }"));
    m_notice->hide();

    m_table->setObjectName(QStringLiteral("expertsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_watermark = new Watermark(m_table->viewport());

    m_legend->setStyleSheet(QStringLiteral("QLabel { color: #444; }"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_notice);
    layout->addWidget(m_kendall);
    layout->addWidget(m_kendallExplanation);
    layout->addSpacing(6);
    layout->addWidget(m_icc);
    layout->addWidget(m_iccExplanation);
    layout->addSpacing(6);
    layout->addWidget(m_tableNote);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_legend);
    retranslate();
}

void AgreementPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AgreementPage::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Expert"), tr("Sheets"), tr("Leniency (points)"),
                                        tr("Rank correlation"), tr("Flag"), tr("Explanation")});
    m_table->setAccessibleName(tr("Experts' agreement"));
    // The explanations come from the core in the current language: recompute them.
    if (m_shown)
        showAgreement(m_panel);
}

void AgreementPage::showAgreement(const Panel &visiblePanel)
{
    m_panel = visiblePanel;
    m_shown = true;
    m_agreement = computeAgreement(visiblePanel);
    fill();
}

void AgreementPage::fill()
{
    const PanelAgreement &a = m_agreement;
    const int decimals = m_panel.round.displayDecimals + 1;
    m_title->setText(tr("Panel agreement — %1 (%2)").arg(m_panel.round.name, m_panel.round.id));
    m_notice->setText(m_panel.program.notice);
    m_notice->setVisible(!m_panel.program.notice.isEmpty());
    m_watermark->setText(m_panel.program.notice);

    m_kendall->setText(a.kendall.computable()
                           ? tr("Kendall's W = %1    %2    (chi-square %3, df %4)")
                                 .arg(formatCoefficient(a.kendall.w), formatPStatement(a.kendall.pValue),
                                      formatScore(a.kendall.chiSquare, 2))
                                 .arg(a.kendall.degreesOfFreedom)
                           : tr("Kendall's W: not computable"));
    m_kendallExplanation->setText(explainKendall(a.kendall));
    m_icc->setText(a.icc.computable()
                       ? tr("ICC(2,1) = %1    %2").arg(formatCoefficient(a.icc.value), describe(a.icc.band))
                       : tr("ICC(2,1): not computable"));
    m_iccExplanation->setText(explainIcc(a.icc));

    QString note = tr("From %n submitted sheet(s); W and ICC use the experts who scored every team "
                      "of the table: %1 expert(s) × %2 team(s).",
                      nullptr, a.countedSheets)
                       .arg(a.tableExperts.size())
                       .arg(a.tableTeams.size());
    QStringList left;
    for (const QString &id : a.excludedExperts) {
        const Reviewer *r = m_panel.reviewer(id);
        left << (r ? r->name : id);
    }
    for (const QString &id : a.excludedTeams) {
        const Team *t = m_panel.team(id);
        left << (t ? t->name : id);
    }
    if (!left.isEmpty())
        note += QLatin1Char(' ') + tr("Left out: %1.").arg(left.join(QStringLiteral(", ")));
    m_tableNote->setText(note);

    m_legend->setText(
        tr("Leniency: how many points above (+) or below (−) the panel's mean an expert scores the "
           "same teams, on average. Flagged when it is more than 2 standard deviations from the other "
           "experts and at least %1 points, or when the expert's ranking of the teams runs against the "
           "rest (rank correlation 0 or below).")
            .arg(formatScore(a.leniencyThreshold, decimals)));

    m_table->setRowCount(static_cast<int>(a.experts.size()));
    int row = 0;
    for (const ExpertAgreement &e : a.experts) {
        QStringList flags;
        for (ExpertFlag f : e.flags)
            flags << describe(f);
        const QString cells[ColumnCount] = {
            e.name,
            QString::number(e.sheets),
            e.leniency ? formatLeniency(*e.leniency, decimals) : QStringLiteral("—"),
            e.rankCorrelation ? formatCoefficient(*e.rankCorrelation) : QStringLiteral("—"),
            flags.isEmpty() ? QString() : QStringLiteral("⚠ ") + flags.join(QStringLiteral(", ")),
            e.explanation,
        };
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == SheetsColumn || c == LeniencyColumn || c == CorrelationColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == ExplanationColumn)
                item->setToolTip(e.explanation);
            if (!e.flags.empty())
                item->setBackground(QColor(0xff, 0xf3, 0xcd));
            m_table->setItem(row, c, item);
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
    // The explanation column takes the rest of the width and wraps.
    m_table->horizontalHeader()->setSectionResizeMode(ExplanationColumn, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
}

QString AgreementPage::kendallText() const { return m_kendall->text(); }
QString AgreementPage::kendallExplanationText() const { return m_kendallExplanation->text(); }
QString AgreementPage::iccText() const { return m_icc->text(); }
QString AgreementPage::iccExplanationText() const { return m_iccExplanation->text(); }
QString AgreementPage::tableNoteText() const { return m_tableNote->text(); }
QString AgreementPage::noticeText() const { return m_notice->isHidden() ? QString() : m_notice->text(); }

} // namespace pd
