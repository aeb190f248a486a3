#pragma once
// Panel agreement for the chair (issue 4, item 4): Kendall's W with its p-value, ICC(2,1)
// with its band, and per expert the sheets, leniency, rank correlation, flags and a
// one-line explanation — the figures of analysis/Agreement.h, as `paneldesk-cli agreement`
// prints them. Read-only; docs/agreement.md says what each figure means.

#include "analysis/Agreement.h"
#include "domain/Panel.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace pd {

class Watermark;

class AgreementPage : public QWidget {
    Q_OBJECT
public:
    explicit AgreementPage(QWidget *parent = nullptr);

    // `visiblePanel`: the chair's visible panel (access/Visibility.h); only submitted sheets
    // count (R3) whatever else it holds.
    void showAgreement(const Panel &visiblePanel);

    const PanelAgreement &agreement() const { return m_agreement; }
    QString kendallText() const;              // the W line
    QString kendallExplanationText() const;
    QString iccText() const;                  // the ICC line
    QString iccExplanationText() const;
    QString tableNoteText() const;
    QString noticeText() const;
    QTableWidget *expertsTable() const { return m_table; }

    enum Column { NameColumn, SheetsColumn, LeniencyColumn, CorrelationColumn, FlagColumn,
                  ExplanationColumn, ColumnCount };

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();

    Panel m_panel;
    PanelAgreement m_agreement;
    bool m_shown = false;
    QLabel *m_title;
    QLabel *m_notice;
    QLabel *m_kendall;
    QLabel *m_kendallExplanation;
    QLabel *m_icc;
    QLabel *m_iccExplanation;
    QLabel *m_tableNote;
    QLabel *m_legend;
    QTableWidget *m_table;
    Watermark *m_watermark;
};

} // namespace pd
