#pragma once
// Mapping… in the benchmark import: one row per lm-evaluation-harness task and metric with
// the round's benchmark it fills and a scale factor (0.81 x 100 = 81). Rows without a
// benchmark are left out. Starts from the mapping given, plus the file's tasks not in it.

#include "domain/BenchmarkImport.h"

#include <QDialog>

class QTableWidget;

namespace pd {

class MappingDialog : public QDialog {
    Q_OBJECT
public:
    MappingDialog(const Panel &panel, const BenchmarkMapping &mapping,
                  const BenchmarkMapping &suggested, QWidget *parent = nullptr);

    enum Column { TaskColumn, MetricColumn, BenchmarkColumn, ScaleColumn, ColumnCount };
    QTableWidget *table() const { return m_table; }
    // The rows that name a benchmark.
    BenchmarkMapping mapping() const;
    void setBenchmark(int row, const QString &benchmark);

private:
    void addRow(const BenchmarkMappingEntry &entry);

    QStringList m_benchmarks;
    QTableWidget *m_table;
};

} // namespace pd
