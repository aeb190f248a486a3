#include "imports/MappingDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd {

MappingDialog::MappingDialog(const Panel &panel, const BenchmarkMapping &mapping,
                             const BenchmarkMapping &suggested, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(0, ColumnCount, this))
{
    setWindowTitle(tr("Benchmark mapping"));
    for (const Category &c : panel.categories)
        for (const BenchmarkGroup &g : c.groups)
            for (const Benchmark &b : g.benchmarks)
                m_benchmarks << b.id;
    auto *intro = new QLabel(tr("Which benchmark of the round each task and metric of an "
                                "lm-evaluation-harness file fills, and the factor its value is "
                                "multiplied by. The panel keeps the mapping for the next files."),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Task"), tr("Metric"), tr("Benchmark"), tr("Scale")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    for (const BenchmarkMappingEntry &e : mapping)
        addRow(e);
    for (const BenchmarkMappingEntry &e : suggested) {
        bool present = false;
        for (const BenchmarkMappingEntry &m : mapping)
            present = present || (m.task == e.task);
        if (!present)
            addRow(e);
    }
    auto *add = new QPushButton(tr("&Add row"), this);
    connect(add, &QPushButton::clicked, this, [this] { addRow({}); });
    auto *remove = new QPushButton(tr("&Remove row"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    buttons->addButton(remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 460);
}

void MappingDialog::addRow(const BenchmarkMappingEntry &entry)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, TaskColumn, new QTableWidgetItem(entry.task));
    m_table->setItem(row, MetricColumn, new QTableWidgetItem(entry.metric));
    auto *benchmark = new QComboBox(m_table);
    benchmark->addItem(tr("(not mapped)"), QString());
    for (const QString &id : m_benchmarks)
        benchmark->addItem(id, id);
    benchmark->setCurrentIndex(qMax(0, benchmark->findData(entry.benchmark)));
    m_table->setCellWidget(row, BenchmarkColumn, benchmark);
    auto *scale = new QDoubleSpinBox(m_table);
    scale->setDecimals(4);
    scale->setRange(0.0001, 1e6);
    scale->setValue(entry.scale > 0 ? entry.scale : 1.0);
    m_table->setCellWidget(row, ScaleColumn, scale);
}

void MappingDialog::setBenchmark(int row, const QString &benchmark)
{
    auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(row, BenchmarkColumn));
    if (box)
        box->setCurrentIndex(qMax(0, box->findData(benchmark)));
}

BenchmarkMapping MappingDialog::mapping() const
{
    BenchmarkMapping out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(row, BenchmarkColumn));
        const auto *scale = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, ScaleColumn));
        const QString benchmark = box ? box->currentData().toString() : QString();
        const QString task = m_table->item(row, TaskColumn) ? m_table->item(row, TaskColumn)->text().trimmed() : QString();
        const QString metric = m_table->item(row, MetricColumn) ? m_table->item(row, MetricColumn)->text().trimmed() : QString();
        if (benchmark.isEmpty() || task.isEmpty() || metric.isEmpty())
            continue;
        out.push_back({task, metric, benchmark, scale ? scale->value() : 1.0});
    }
    return out;
}

} // namespace pd
