#include "analysis/AgreementReport.h"

#include "io/JsonWriter.h"
#include "report/TextTable.h"
#include "scoring/Rounding.h"

#include <QCoreApplication>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AgreementReport)
};

void writeList(JsonWriter &w, const char *name, const QStringList &items)
{
    w.key(QLatin1String(name)).beginArray(JsonWriter::Layout::Inline);
    for (const QString &item : items)
        w.value(item);
    w.endArray();
}

void writeOptional(JsonWriter &w, const char *name, const std::optional<double> &value)
{
    w.key(QLatin1String(name));
    if (value)
        w.value(*value);
    else
        w.nullValue();
}

QString nameOf(const Panel &panel, const QString &reviewerId)
{
    const Reviewer *r = panel.reviewer(reviewerId);
    return r ? r->name : reviewerId;
}

QString teamName(const Panel &panel, const QString &teamId)
{
    const Team *t = panel.team(teamId);
    return t ? t->name : teamId;
}

} // namespace

QByteArray agreementJson(const Panel &panel, const PanelAgreement &a)
{
    JsonWriter w;
    w.beginObject();
    w.field("format", QStringLiteral("paneldesk-agreement"));
    w.field("version", 1);
    w.field("round", panel.round.id);
    if (!panel.program.notice.isEmpty())
        w.field("notice", panel.program.notice);
    w.field("category", a.category);
    w.field("counted_sheets", a.countedSheets);

    w.key("table").beginObject();
    writeList(w, "experts", a.tableExperts);
    writeList(w, "teams", a.tableTeams);
    writeList(w, "excluded_experts", a.excludedExperts);
    writeList(w, "excluded_teams", a.excludedTeams);
    w.endObject();

    w.key("kendall_w").beginObject();
    w.field("computable", a.kendall.computable());
    w.field("experts", a.kendall.judges);
    w.field("teams", a.kendall.objects);
    if (a.kendall.computable()) {
        w.field("w", a.kendall.w);
        w.field("s", a.kendall.s);
        w.field("tie_correction", a.kendall.tieCorrection);
        w.field("chi_square", a.kendall.chiSquare);
        w.field("df", a.kendall.degreesOfFreedom);
        w.field("p_value", a.kendall.pValue);
    } else {
        w.field("reason", toString(a.kendall.reason));
    }
    w.field("explanation", explainKendall(a.kendall));
    w.endObject();

    w.key("icc_2_1").beginObject();
    w.field("computable", a.icc.computable());
    w.field("experts", a.icc.judges);
    w.field("teams", a.icc.targets);
    if (a.icc.computable()) {
        w.field("value", a.icc.value);
        w.field("band", toString(a.icc.band));
        w.field("ms_teams", a.icc.msRows);
        w.field("ms_experts", a.icc.msColumns);
        w.field("ms_error", a.icc.msError);
    } else {
        w.field("reason", toString(a.icc.reason));
    }
    w.field("explanation", explainIcc(a.icc));
    w.endObject();

    w.field("leniency_threshold", a.leniencyThreshold);
    w.key("experts").beginArray();
    for (const ExpertAgreement &e : a.experts) {
        w.beginObject();
        w.field("id", e.reviewer);
        w.field("name", e.name);
        w.field("sheets", e.sheets);
        w.field("compared_teams", e.comparedTeams);
        w.field("in_table", e.inTable);
        writeOptional(w, "leniency", e.leniency);
        writeOptional(w, "rank_correlation", e.rankCorrelation);
        w.key("flags").beginArray(JsonWriter::Layout::Inline);
        for (ExpertFlag f : e.flags)
            w.value(toString(f));
        w.endArray();
        w.field("explanation", e.explanation);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.finish() + '\n';
}

QString agreementText(const Panel &panel, const PanelAgreement &a)
{
    const int decimals = panel.round.displayDecimals + 1;
    QString out = panel.program.name + QStringLiteral(" — ") + panel.round.name
        + QStringLiteral(" (") + panel.round.id + QStringLiteral(")\n");
    if (!panel.program.notice.isEmpty())
        out += QStringLiteral("** ") + panel.program.notice + QStringLiteral(" **\n");
    out += QLatin1Char('\n');

    if (a.kendall.computable())
        out += Tr::tr("Kendall's W: %1   chi-square %2 (df %3)   p %4")
                   .arg(formatCoefficient(a.kendall.w), formatScore(a.kendall.chiSquare, 2))
                   .arg(a.kendall.degreesOfFreedom)
                   .arg(formatPValue(a.kendall.pValue))
            + QLatin1Char('\n');
    out += QStringLiteral("  ") + explainKendall(a.kendall) + QLatin1Char('\n');
    if (a.icc.computable())
        out += Tr::tr("ICC(2,1): %1 (%2)").arg(formatCoefficient(a.icc.value), describe(a.icc.band))
            + QLatin1Char('\n');
    out += QStringLiteral("  ") + explainIcc(a.icc) + QLatin1Char('\n');

    QStringList left;
    for (const QString &id : a.excludedExperts)
        left << nameOf(panel, id);
    for (const QString &id : a.excludedTeams)
        left << teamName(panel, id);
    out += Tr::tr("Table for W and ICC: %1 expert(s) x %2 team(s) from %3 submitted sheet(s).")
               .arg(a.tableExperts.size())
               .arg(a.tableTeams.size())
               .arg(a.countedSheets);
    if (!left.isEmpty())
        out += QLatin1Char(' ') + Tr::tr("Left out: %1.").arg(left.join(QStringLiteral(", ")));
    out += QStringLiteral("\n\n");

    TextTable table;
    table.addColumn(Tr::tr("Expert"), TextTable::Align::Left);
    table.addColumn(Tr::tr("Sheets"), TextTable::Align::Right);
    table.addColumn(Tr::tr("Leniency"), TextTable::Align::Right);
    table.addColumn(Tr::tr("Rank corr."), TextTable::Align::Right);
    table.addColumn(Tr::tr("In W/ICC"), TextTable::Align::Left);
    table.addColumn(Tr::tr("Flags"), TextTable::Align::Left);
    for (const ExpertAgreement &e : a.experts) {
        QStringList flags;
        for (ExpertFlag f : e.flags)
            flags << describe(f);
        table.addRow({e.name, QString::number(e.sheets),
                      e.leniency ? formatLeniency(*e.leniency, decimals) : QStringLiteral("—"),
                      e.rankCorrelation ? formatCoefficient(*e.rankCorrelation) : QStringLiteral("—"),
                      e.inTable ? Tr::tr("yes") : Tr::tr("no"), flags.join(QStringLiteral(", "))});
    }
    out += table.render();
    out += QLatin1Char('\n');
    for (const ExpertAgreement &e : a.experts)
        out += e.explanation + QLatin1Char('\n');
    return out;
}

} // namespace pd
