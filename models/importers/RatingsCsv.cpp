#include "importers/RatingsCsv.h"

#include "domain/Errors.h"
#include "domain/IdRule.h"
#include "importers/CsvReader.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace pd {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RatingsCsv)
};

constexpr int kProgressEvery = 4096;
constexpr const char *kColumnNames[4] = {"evaluator", "team", "item", "rating"};

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

QString qs(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

// For messages: at most 40 characters of a value.
QString shown(std::string_view text)
{
    const QString value = qs(text);
    return value.size() > 40 ? value.left(40) + QStringLiteral("…") : value;
}


// A whole number of at most 9 digits with an optional sign.
bool parseInteger(std::string_view text, int &value)
{
    bool negative = false;
    if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    if (text.empty() || text.size() > 9)
        return false;
    int v = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    value = negative ? -v : v;
    return true;
}

} // namespace

RatingCatalog RatingCatalog::fromPanel(const Panel &panel)
{
    RatingCatalog catalog;
    QStringList teams, items;
    for (const Team &team : panel.teams) {
        const std::string id = team.id.toStdString();
        catalog.teams.emplace(id, id);
        teams << team.id;
    }
    for (const Category &category : panel.categories)
        for (const UserItem &item : category.userItems) {
            const std::string id = item.id.toStdString();
            catalog.items.emplace(id, Item{id, category.scaleMin, category.scaleMax});
            items << item.id;
        }
    catalog.teamList = teams.join(QStringLiteral(", "));
    catalog.itemList = items.join(QStringLiteral(", "));
    return catalog;
}

RatingsCsvSource::RatingsCsvSource(CsvReader &reader, const RatingCatalog &catalog,
                                   ImportIssues &issues, const ImportControl &control,
                                   qint64 totalBytes)
    : m_reader(reader), m_catalog(catalog), m_issues(issues), m_control(control),
      m_total(totalBytes)
{
    readHeader();
}

void RatingsCsvSource::readHeader()
{
    const QString expected = Text::tr("the first line must name the columns evaluator, team, "
                                      "item, rating");
    bool found = false;
    while (m_reader.next()) {
        if (m_reader.fieldCount() == 1 && trimmed(m_reader.field(0)).empty())
            continue;   // blank lines before the header
        found = true;
        break;
    }
    if (!found)
        throw InputError(m_reader.sourceName() + QStringLiteral(": ")
                         + Text::tr("the file is empty; %1").arg(expected));
    m_fieldCount = m_reader.fieldCount();
    if (m_fieldCount == 1) {
        const std::string_view only = m_reader.field(0);
        for (const char separator : {';', '\t', '|'})
            if (only.find(separator) != std::string_view::npos)
                throw InputError(m_reader.where(0) + QStringLiteral(": ")
                                 + Text::tr("the columns are separated by '%1'; PanelDesk reads "
                                            "comma-separated files (%2)")
                                       .arg(separator == '\t' ? QStringLiteral("\\t")
                                                              : QString(QLatin1Char(separator)),
                                            expected));
    }
    for (int i = 0; i < m_fieldCount; ++i) {
        const QString name = qs(trimmed(m_reader.field(i))).toLower();
        int known = -1;
        for (int c = 0; c < 4; ++c)
            if (name == QLatin1String(kColumnNames[c]))
                known = c;
        if (known < 0)
            throw InputError(m_reader.where(i) + QStringLiteral(": ")
                             + Text::tr("unknown column \"%1\" (%2)").arg(shown(m_reader.field(i)), expected));
        if (m_columns[known] >= 0)
            throw InputError(m_reader.where(i) + QStringLiteral(": ")
                             + Text::tr("the column \"%1\" is named twice").arg(name));
        m_columns[known] = i;
    }
    QStringList missing;
    for (int c = 0; c < 4; ++c)
        if (m_columns[c] < 0)
            missing << QLatin1String(kColumnNames[c]);
    if (!missing.isEmpty())
        throw InputError(m_reader.where(m_reader.recordLine(), 1) + QStringLiteral(": ")
                         + Text::tr("missing column(s) %1 (%2)")
                               .arg(missing.join(QStringLiteral(", ")), expected));
}

bool RatingsCsvSource::checkRow(RatingRow &row)
{
    const qint64 problemsBefore = m_issues.count();
    if (m_reader.fieldCount() != m_fieldCount) {
        const int last = m_reader.fieldCount() - 1;
        m_issues.add(m_reader.where(last),
                     Text::tr("expected %1 fields, found %2").arg(m_fieldCount).arg(last + 1));
        return false;
    }
    const int evaluatorField = m_columns[0], teamField = m_columns[1], itemField = m_columns[2],
              ratingField = m_columns[3];
    const std::string_view evaluator = trimmed(m_reader.field(evaluatorField));
    if (!isValidId(evaluator))
        m_issues.add(m_reader.where(evaluatorField),
                     evaluator.empty()
                         ? Text::tr("evaluator: missing")
                         : Text::tr("evaluator: \"%1\" is not an id (1-64 letters, digits, '-', "
                                    "'_', '.')")
                               .arg(shown(evaluator)));
    const std::string_view team = trimmed(m_reader.field(teamField));
    const auto teamIt = m_catalog.teams.find(team);
    if (teamIt == m_catalog.teams.end())
        m_issues.add(m_reader.where(teamField), Text::tr("team: unknown team \"%1\" (the round's "
                                                         "teams: %2)")
                                                    .arg(shown(team), m_catalog.teamList));
    const std::string_view item = trimmed(m_reader.field(itemField));
    const auto itemIt = m_catalog.items.find(item);
    if (itemIt == m_catalog.items.end())
        m_issues.add(m_reader.where(itemField), Text::tr("item: unknown user item \"%1\" (the "
                                                         "round's items: %2)")
                                                    .arg(shown(item), m_catalog.itemList));
    const std::string_view ratingText = trimmed(m_reader.field(ratingField));
    int rating = 0;
    if (!parseInteger(ratingText, rating)) {
        m_issues.add(m_reader.where(ratingField),
                     ratingText.empty() ? Text::tr("rating: missing")
                                        : Text::tr("rating: \"%1\" is not a whole number")
                                              .arg(shown(ratingText)));
    } else if (itemIt != m_catalog.items.end()
               && (rating < itemIt->second.scaleMin || rating > itemIt->second.scaleMax)) {
        m_issues.add(m_reader.where(ratingField),
                     Text::tr("rating: %1 is outside the scale %2-%3 of item %4")
                         .arg(rating)
                         .arg(itemIt->second.scaleMin)
                         .arg(itemIt->second.scaleMax)
                         .arg(qs(item)));
    }
    if (m_issues.count() != problemsBefore)
        return false;
    row.evaluator = evaluator;
    row.team = &teamIt->second;
    row.item = &itemIt->second.id;
    row.rating = rating;
    row.scaleMin = itemIt->second.scaleMin;
    row.scaleMax = itemIt->second.scaleMax;
    row.line = m_reader.recordLine();
    row.column = m_reader.fieldColumn(evaluatorField);
    return true;
}

bool RatingsCsvSource::next(RatingRow &row)
{
    while (!m_cancelled && m_reader.next()) {
        if (m_reader.fieldCount() == 1 && trimmed(m_reader.field(0)).empty())
            continue;   // a blank line
        ++m_rows;
        if (m_rows % kProgressEvery == 0 && m_control.progress
            && !m_control.progress(m_reader.bytesRead(), m_total)) {
            m_cancelled = true;
            return false;
        }
        if (checkRow(row))
            return true;
    }
    return false;
}

void RatingsCsvSource::duplicate(const RatingRow &row, qint64 firstLine)
{
    const QString what = QStringLiteral("%1/%2/%3").arg(qs(row.evaluator), qs(*row.team), qs(*row.item));
    m_issues.add(m_reader.where(row.line, row.column),
                 firstLine > 0
                     ? Text::tr("duplicate rating: evaluator, team and item (%1) are those of "
                                "line %2")
                           .arg(what)
                           .arg(firstLine)
                     : Text::tr("duplicate rating: %1 is already stored in the panel (import "
                                "with \"replace\" to replace the stored ratings)")
                           .arg(what));
}

QJsonObject RatingsCsvSource::auditInfo() const
{
    return {{QStringLiteral("file"), QFileInfo(m_reader.sourceName()).fileName()},
            {QStringLiteral("sha256"), QString::fromLatin1(m_reader.sha256().toHex())}};
}

void RatingsCsvSource::refused(const RatingRow &row, const QString &message)
{
    m_issues.add(m_reader.where(row.line, row.column),
                 Text::tr("refused by the database: %1").arg(message));
}

RatingsImportResult importRatingsCsv(PanelStore &store, const QString &path,
                                     const QString &displayName, bool replace,
                                     const ImportControl &control, const QString &actor)
{
    RatingsImportResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.issues.add(displayName, Text::tr("cannot open the file: %1").arg(file.errorString()));
        return result;
    }
    const RatingCatalog catalog = RatingCatalog::fromPanel(store.loadScoringInputs().panel);
    CsvReader reader(file, displayName);
    try {
        RatingsCsvSource source(reader, catalog, result.issues, control, file.size());
        const auto notice = store.announceWrite(
            Text::tr("import of %1").arg(QFileInfo(displayName).fileName()));
        const RatingWriteOutcome outcome = store.importRatings(source, replace, actor);
        result.rows = source.rowsRead();
        result.before = outcome.before;
        if (source.cancelled())
            result.outcome = RatingsImportResult::Outcome::Cancelled;
        else if (outcome.committed) {
            result.outcome = RatingsImportResult::Outcome::Imported;
            result.imported = outcome.imported;
            result.replaced = outcome.removed;
        }
    } catch (const InputError &error) {
        result.issues.add(QString(), error.message());
    } catch (const Cancelled &) {
        result.outcome = RatingsImportResult::Outcome::Cancelled;   // stopped waiting to write
    }
    if (result.outcome != RatingsImportResult::Outcome::Imported) {
        result.imported = 0;
        result.replaced = 0;
    }
    return result;
}

qint64 checkRatingsCsv(QIODevice &device, const QString &displayName,
                       const RatingCatalog &catalog, ImportIssues &issues)
{
    CsvReader reader(device, displayName);
    const ImportControl control;
    try {
        RatingsCsvSource source(reader, catalog, issues, control, 0);
        RatingRow row;
        while (source.next(row)) {
        }
        return source.rowsRead();
    } catch (const InputError &error) {
        issues.add(QString(), error.message());
    }
    return 0;
}

} // namespace pd
