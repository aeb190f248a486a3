#pragma once
// The chair's box on the findings page: the panel verdict (pending, pass, fail) with its
// written rationale and a Record button. A verdict that differs from the suggestion of the
// findings (R5) asks for confirmation first. Everyone else sees the box read-only.
// The rules live in ComponentTableModel and the store; this box only collects the input.

#include "Dialogs.h"

#include <QGroupBox>
#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace pd {

class ComponentTableModel;

class VerdictPanel : public QGroupBox {
    Q_OBJECT
public:
    // The questions go through `dialogs` (Dialogs.h; the window's by default).

    explicit VerdictPanel(ComponentTableModel &model, QWidget *parent = nullptr);
    void setDialogs(Dialogs &dialogs) { m_dialogs = &dialogs; }

    // Shows the model's verdict and whether it may be changed.
    void updateFromModel();
    // Records what the box holds (the Record button). True when recorded.
    bool record();

    QComboBox *verdictBox() const { return m_verdict; }
    QPlainTextEdit *rationaleEdit() const { return m_rationale; }
    QPushButton *recordButton() const { return m_record; }

Q_SIGNALS:
    void recorded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ComponentTableModel &m_model;
    QLabel *m_verdictLabel;
    QComboBox *m_verdict;
    QLabel *m_rationaleLabel;
    QPlainTextEdit *m_rationale;
    QPushButton *m_record;
    Dialogs *m_dialogs = &widgetDialogs();
};

} // namespace pd
