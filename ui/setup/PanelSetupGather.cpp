// PanelSetupDialog: cells to a Panel and back, and a problem's path to its field.
#include "setup/PanelSetupDialog.h"
#include "setup/SetupTable.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>

namespace pd {

namespace {

QString number(double value)
{
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString joined(const QStringList &ids)
{
    return ids.join(QStringLiteral(", "));
}

QStringList idList(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
}

QString item(const QString &list, std::size_t index)
{
    return QStringLiteral("%1[%2]").arg(list).arg(index);
}

// Reads the cells of one row, recording the first that cannot be read as a problem at the
// row's path and the cell's key.
class RowReader {
public:
    RowReader(const SetupTable &table, int row, const QString &path, std::optional<SetupProblem> &problem)
        : m_table(table), m_row(row), m_path(path), m_problem(problem) {}

    QString text(const QString &key) const { return m_table.text(m_row, key); }
    double number(const QString &key, double fallback) const
    {
        const QString cell = text(key);
        if (cell.isEmpty() && !m_table.isApplicable(m_row, key))
            return fallback;
        bool ok = false;
        const double value = QLocale::c().toDouble(cell, &ok);
        if (!ok)
            fail(key, PanelSetupDialog::tr("\"%1\" is not a number").arg(cell));
        return ok ? value : fallback;
    }
    int integer(const QString &key, int fallback) const
    {
        const QString cell = text(key);
        if (cell.isEmpty() && !m_table.isApplicable(m_row, key))
            return fallback;
        bool ok = false;
        const int value = cell.toInt(&ok);
        if (!ok)
            fail(key, PanelSetupDialog::tr("\"%1\" is not a whole number").arg(cell));
        return ok ? value : fallback;
    }
    template <typename E> E choice(const QString &key, E fallback) const
    {
        if (!m_table.isApplicable(m_row, key))
            return fallback;
        const std::optional<E> value = parseEnum<E>(text(key));
        if (!value)
            fail(key, PanelSetupDialog::tr("choose one of: %1")
                          .arg(m_table.columnAt(m_table.column(key)).choices.join(QStringLiteral(", "))));
        return value.value_or(fallback);
    }
    void fail(const QString &key, const QString &message) const
    {
        if (!m_problem)
            m_problem = SetupProblem{m_path + QLatin1Char('.') + key, message};
    }

private:
    const SetupTable &m_table;
    int m_row;
    QString m_path;
    std::optional<SetupProblem> &m_problem;
};

} // namespace

void PanelSetupDialog::load(const Panel &panel)
{
    const QSignalBlocker b1(m_programName), b2(m_organizer), b3(m_notice), b4(m_roundId), b5(m_roundName),
        b6(m_date), b7(m_appealDays), b8(m_decimals), b9(m_cutKind), b10(m_cutCount), b11(m_minTotal),
        b12(m_tieBreak);
    m_programName->setText(panel.program.name);
    m_organizer->setText(panel.program.organizer);
    m_notice->setText(panel.program.notice);
    const Round &round = panel.round;
    m_roundId->setText(round.id);
    m_roundName->setText(round.name);
    m_date->setText(round.evaluationDate.isValid() ? round.evaluationDate.toString(Qt::ISODate) : QString());
    m_appealDays->setValue(round.appealDays);
    m_decimals->setValue(round.displayDecimals);
    m_cutKind->setCurrentIndex(round.cut.advance ? 1 : 0);
    m_cutCount->setValue(round.cut.advance ? *round.cut.advance : round.cut.eliminate.value_or(0));
    m_minTotal->setText(round.cut.minTotal ? number(*round.cut.minTotal) : QString());
    m_tieBreak->setText(joined(round.tieBreak));

    for (SetupTable *table : {m_categories, m_groups, m_benchmarks, m_rubric, m_bands, m_userItems, m_teams}) {
        const QSignalBlocker blocker(table);
        table->clearRows();
    }
    for (const Category &c : panel.categories) {
        const QSignalBlocker blocker(m_categories);
        m_categories->appendRow({c.id, c.name, toString(c.kind), number(c.points), toString(c.aggregation),
                                 QString::number(c.trim), QString::number(c.scaleMin),
                                 QString::number(c.scaleMax), toString(c.userNormalization)});
        for (const BenchmarkGroup &g : c.groups) {
            const QSignalBlocker groupsBlocker(m_groups);
            m_groups->appendRow({c.id, g.id, g.name, number(g.points), toString(g.normalization),
                                 number(g.achievementCap), number(g.scaleMax)});
            for (const Benchmark &b : g.benchmarks) {
                const QSignalBlocker benchmarksBlocker(m_benchmarks);
                QStringList targets;
                for (const BenchmarkTarget &t : b.targets)
                    targets << t.team + QLatin1Char('=') + number(t.target);
                m_benchmarks->appendRow({g.id, b.id, b.name,
                                         b.higherIsBetter ? QStringLiteral("higher") : QStringLiteral("lower"),
                                         number(b.weight), joined(b.teams), joined(targets)});
            }
        }
        for (const RubricItem &r : c.rubric) {
            const QSignalBlocker rubricBlocker(m_rubric);
            const int row = m_rubric->appendRow({c.id, r.id, r.name, number(r.points), number(r.step)});
            QVariantList bands;
            for (const RubricBand &band : r.bands)
                bands.append(QStringList{number(band.from), band.description});
            m_rubric->setRowData(row, bands);
        }
        for (const UserItem &u : c.userItems) {
            const QSignalBlocker userBlocker(m_userItems);
            m_userItems->appendRow({c.id, u.id, u.name, number(u.weight)});
        }
    }
    for (const Team &t : panel.teams) {
        const QSignalBlocker blocker(m_teams);
        m_teams->appendRow({t.id, t.name, t.model, t.enteredRound});
    }
    kindsChanged();
    {
        const QSignalBlocker blocker(m_rubric);
        m_rubric->setCurrentCell(m_rubric->rowCount() > 0 ? 0 : -1, 0);
    }
    m_bandsRow = -1;
    const QSignalBlocker bandsBlocker(m_bands);
    m_bands->clearRows();
    if (m_rubric->rowCount() > 0) {
        m_bandsRow = 0;
        for (const QVariant &band : m_rubric->rowData(0).toList())
            m_bands->appendRow(band.toStringList());
    }
    for (SetupTable *table : {m_categories, m_groups, m_benchmarks, m_rubric, m_bands, m_userItems, m_teams})
        table->resizeColumnsToContents();
}

// Greys the cells a category's kind does not use.
void PanelSetupDialog::kindsChanged()
{
    const QSignalBlocker blocker(m_categories);
    for (int row = 0; row < m_categories->rowCount(); ++row) {
        const QString kind = m_categories->text(row, QStringLiteral("kind"));
        const bool expert = kind == QLatin1String("expert");
        const bool user = kind == QLatin1String("user");
        m_categories->setApplicable(row, QStringLiteral("aggregation.method"), expert);
        m_categories->setApplicable(row, QStringLiteral("aggregation.trim"), expert);
        m_categories->setApplicable(row, QStringLiteral("scale.min"), user);
        m_categories->setApplicable(row, QStringLiteral("scale.max"), user);
        m_categories->setApplicable(row, QStringLiteral("normalization"), user);
    }
}

PanelSetupDialog::Gathered PanelSetupDialog::gather() const
{
    Gathered out;
    Panel &panel = out.panel;
    std::optional<SetupProblem> &problem = out.problem;
    const auto fail = [&problem](const QString &path, const QString &message) {
        if (!problem)
            problem = SetupProblem{path, message};
    };

    panel.program.name = m_programName->text().trimmed();
    panel.program.organizer = m_organizer->text().trimmed();
    panel.program.notice = m_notice->text().trimmed();
    Round &round = panel.round;
    round.id = m_roundId->text().trimmed();
    round.name = m_roundName->text().trimmed();
    const QString date = m_date->text().trimmed();
    if (!date.isEmpty()) {
        round.evaluationDate = QDate::fromString(date, Qt::ISODate);
        if (!round.evaluationDate.isValid())
            fail(QStringLiteral("round.evaluation_date"), tr("\"%1\" is not a date (YYYY-MM-DD)").arg(date));
    }
    round.appealDays = m_appealDays->value();
    round.displayDecimals = m_decimals->value();
    (m_cutKind->currentIndex() == 1 ? round.cut.advance : round.cut.eliminate) = m_cutCount->value();
    const QString minTotal = m_minTotal->text().trimmed();
    if (!minTotal.isEmpty()) {
        bool ok = false;
        round.cut.minTotal = QLocale::c().toDouble(minTotal, &ok);
        if (!ok)
            fail(QStringLiteral("round.cut.min_total"), tr("\"%1\" is not a number").arg(minTotal));
    }
    round.tieBreak = idList(m_tieBreak->text());

    const auto setPath = [](SetupTable *table, int row, const QString &path) { table->setRowPath(row, path); };
    for (int row = 0; row < m_categories->rowCount(); ++row) {
        const QString path = item(QStringLiteral("categories"), panel.categories.size());
        setPath(m_categories, row, path);
        const RowReader cells(*m_categories, row, path, problem);
        Category c;   // another kind's settings keep their defaults
        c.id = cells.text(QStringLiteral("id"));
        c.name = cells.text(QStringLiteral("name"));
        c.kind = cells.choice(QStringLiteral("kind"), c.kind);
        c.points = cells.number(QStringLiteral("points"), 0.0);
        c.aggregation = cells.choice(QStringLiteral("aggregation.method"), c.aggregation);
        c.trim = cells.integer(QStringLiteral("aggregation.trim"), c.trim);
        c.scaleMin = cells.integer(QStringLiteral("scale.min"), c.scaleMin);
        c.scaleMax = cells.integer(QStringLiteral("scale.max"), c.scaleMax);
        c.userNormalization = cells.choice(QStringLiteral("normalization"), c.userNormalization);
        panel.categories.push_back(c);
    }
    const auto categoryOf = [&panel](const QString &id, CategoryKind kind) -> int {
        for (std::size_t i = 0; i < panel.categories.size(); ++i)
            if (panel.categories[i].id == id && panel.categories[i].kind == kind)
                return int(i);
        return -1;
    };
    const auto kindWord = [](CategoryKind kind) { return toString(kind); };

    // Groups: under their benchmark category; benchmarks: under their group.
    std::vector<std::pair<int, int>> groupAt;   // (category, group) by group id order
    QHash<QString, std::pair<int, int>> groupIndex;
    for (int row = 0; row < m_groups->rowCount(); ++row) {
        const QString categoryId = m_groups->text(row, QStringLiteral("category"));
        const int ci = categoryOf(categoryId, CategoryKind::Benchmark);
        if (ci < 0) {
            m_groups->setRowPath(row, QStringLiteral("groups:%1").arg(row));
            fail(QStringLiteral("groups:%1.category").arg(row),
                 tr("no %1 category \"%2\"").arg(kindWord(CategoryKind::Benchmark), categoryId));
            continue;
        }
        Category &c = panel.categories[std::size_t(ci)];
        const QString path = item(item(QStringLiteral("categories"), std::size_t(ci)) + QStringLiteral(".groups"),
                                  c.groups.size());
        setPath(m_groups, row, path);
        const RowReader cells(*m_groups, row, path, problem);
        BenchmarkGroup g;
        g.id = cells.text(QStringLiteral("id"));
        g.name = cells.text(QStringLiteral("name"));
        g.points = cells.number(QStringLiteral("points"), 0.0);
        g.normalization = cells.choice(QStringLiteral("normalization"), Normalization::TargetRatio);
        g.achievementCap = cells.text(QStringLiteral("achievement_cap")).isEmpty()
                               ? 1.0 : cells.number(QStringLiteral("achievement_cap"), 1.0);
        g.scaleMax = cells.text(QStringLiteral("scale_max")).isEmpty()
                         ? 100.0 : cells.number(QStringLiteral("scale_max"), 100.0);
        if (!groupIndex.contains(g.id))
            groupIndex.insert(g.id, {ci, int(c.groups.size())});
        c.groups.push_back(g);
    }
    for (int row = 0; row < m_benchmarks->rowCount(); ++row) {
        const QString groupId = m_benchmarks->text(row, QStringLiteral("group"));
        if (!groupIndex.contains(groupId)) {
            m_benchmarks->setRowPath(row, QStringLiteral("benchmarks:%1").arg(row));
            fail(QStringLiteral("benchmarks:%1.group").arg(row), tr("no benchmark group \"%1\"").arg(groupId));
            continue;
        }
        const auto [ci, gi] = groupIndex.value(groupId);
        BenchmarkGroup &g = panel.categories[std::size_t(ci)].groups[std::size_t(gi)];
        const QString path = item(QStringLiteral("categories[%1].groups[%2].benchmarks").arg(ci).arg(gi),
                                  g.benchmarks.size());
        setPath(m_benchmarks, row, path);
        const RowReader cells(*m_benchmarks, row, path, problem);
        Benchmark b;
        b.id = cells.text(QStringLiteral("id"));
        b.name = cells.text(QStringLiteral("name"));
        const QString direction = cells.text(QStringLiteral("higher_is_better"));
        if (direction != QLatin1String("higher") && direction != QLatin1String("lower"))
            cells.fail(QStringLiteral("higher_is_better"), tr("choose one of: %1").arg(QStringLiteral("higher, lower")));
        b.higherIsBetter = direction != QLatin1String("lower");
        b.weight = cells.number(QStringLiteral("weight"), 1.0);
        b.teams = idList(cells.text(QStringLiteral("teams")));
        for (const QString &pair : idList(cells.text(QStringLiteral("targets")))) {   // "lg=88"
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            bool ok = false;
            const double target = equals > 0 ? QLocale::c().toDouble(pair.mid(equals + 1), &ok) : 0.0;
            if (!ok) {
                cells.fail(QStringLiteral("targets"), tr("\"%1\" is not team=target (e.g. lg=88)").arg(pair));
                continue;
            }
            b.targets.push_back({pair.left(equals), target});
        }
        g.benchmarks.push_back(b);
    }
    for (int row = 0; row < m_rubric->rowCount(); ++row) {
        const QString categoryId = m_rubric->text(row, QStringLiteral("category"));
        const int ci = categoryOf(categoryId, CategoryKind::Expert);
        if (ci < 0) {
            m_rubric->setRowPath(row, QStringLiteral("rubric:%1").arg(row));
            fail(QStringLiteral("rubric:%1.category").arg(row),
                 tr("no %1 category \"%2\"").arg(kindWord(CategoryKind::Expert), categoryId));
            continue;
        }
        Category &c = panel.categories[std::size_t(ci)];
        const QString path = item(QStringLiteral("categories[%1].items").arg(ci), c.rubric.size());
        setPath(m_rubric, row, path);
        const RowReader cells(*m_rubric, row, path, problem);
        RubricItem r;
        r.id = cells.text(QStringLiteral("id"));
        r.name = cells.text(QStringLiteral("name"));
        r.points = cells.number(QStringLiteral("points"), 0.0);
        r.step = cells.number(QStringLiteral("step"), 0.5);
        const QVariantList bands = m_rubric->rowData(row).toList();
        for (qsizetype k = 0; k < bands.size(); ++k) {
            const QStringList band = bands[k].toStringList();
            const QString bandPath = item(path + QStringLiteral(".bands"), std::size_t(k));
            if (row == m_bandsRow)
                m_bands->setRowPath(int(k), bandPath);
            RubricBand b;
            bool ok = false;
            b.from = QLocale::c().toDouble(band.value(0), &ok);
            if (!ok)
                fail(bandPath + QStringLiteral(".from"), tr("\"%1\" is not a number").arg(band.value(0)));
            b.description = band.value(1);
            r.bands.push_back(b);
        }
        c.rubric.push_back(r);
    }
    for (int row = 0; row < m_userItems->rowCount(); ++row) {
        const QString categoryId = m_userItems->text(row, QStringLiteral("category"));
        const int ci = categoryOf(categoryId, CategoryKind::User);
        if (ci < 0) {
            m_userItems->setRowPath(row, QStringLiteral("user:%1").arg(row));
            fail(QStringLiteral("user:%1.category").arg(row),
                 tr("no %1 category \"%2\"").arg(kindWord(CategoryKind::User), categoryId));
            continue;
        }
        Category &c = panel.categories[std::size_t(ci)];
        const QString path = item(QStringLiteral("categories[%1].items").arg(ci), c.userItems.size());
        setPath(m_userItems, row, path);
        const RowReader cells(*m_userItems, row, path, problem);
        UserItem u;
        u.id = cells.text(QStringLiteral("id"));
        u.name = cells.text(QStringLiteral("name"));
        u.weight = cells.number(QStringLiteral("weight"), 1.0);
        c.userItems.push_back(u);
    }
    for (int row = 0; row < m_teams->rowCount(); ++row) {
        const QString path = item(QStringLiteral("teams"), panel.teams.size());
        setPath(m_teams, row, path);
        Team t;
        t.id = m_teams->text(row, QStringLiteral("id"));
        t.name = m_teams->text(row, QStringLiteral("name"));
        t.model = m_teams->text(row, QStringLiteral("model"));
        t.enteredRound = m_teams->text(row, QStringLiteral("entered_round"));
        panel.teams.push_back(t);
    }
    return out;
}

Panel PanelSetupDialog::setup() const
{
    return gather().panel;
}

// The field of a problem's path: a form field, or the table row with the longest matching
// path. A category's list problem ("categories[0].groups: … sum to …") points at its points.
std::optional<PanelSetupDialog::FieldMark> PanelSetupDialog::locate(const QString &rawPath) const
{
    QString path = rawPath;
    static const QRegularExpression listOfCategory(QStringLiteral("^(categories\\[\\d+\\])\\.(groups|items)$"));
    if (const auto match = listOfCategory.match(path); match.hasMatch())
        path = match.captured(1) + QStringLiteral(".points");
    QString field;   // the longest form field path that the path starts with
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        if ((path == it.key() || path.startsWith(it.key() + QLatin1Char('.')) || path.startsWith(it.key() + QLatin1Char('[')))
            && it.key().size() > field.size())
            field = it.key();
    if (!field.isEmpty())
        return FieldMark{RoundTab, nullptr, m_fields.value(field), -1, -1};
    const std::pair<SetupTable *, int> tables[] = {
        {m_categories, CategoriesTab}, {m_groups, BenchmarksTab}, {m_benchmarks, BenchmarksTab},
        {m_rubric, RubricTab}, {m_bands, RubricTab}, {m_userItems, UserTab}, {m_teams, TeamsTab}};
    std::optional<FieldMark> best;
    qsizetype bestLength = 0;
    for (const auto &[table, tab] : tables) {
        int row = -1, column = -1;
        if (!table->locate(path, &row, &column))
            continue;
        const qsizetype length = table->rowPath(row).size();
        if (length > bestLength) {
            bestLength = length;
            best = FieldMark{tab, table, nullptr, row, column};
        }
    }
    return best;
}

} // namespace pd
