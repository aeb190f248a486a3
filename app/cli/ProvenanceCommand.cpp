#include "ProvenanceCommand.h"

#include "domain/Errors.h"
#include "io/AtomicWrite.h"
#include "provenance/CheckpointReader.h"
#include "provenance/ComparisonRun.h"
#include "provenance/ComparisonWords.h"
#include "provenance/Inventory.h"
#include "provenance/TensorHashes.h"
#include "report/TextTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

#include <array>

namespace pd::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

using namespace pd::provenance;

QString number(std::uint64_t n) { return QLocale::c().toString(qulonglong(n)); }

QString types(const InventoryCount &c)
{
    QStringList parts;
    for (const auto &[type, parameters] : c.parametersByType)
        parts << type;
    return parts.join(QLatin1Char(' '));
}

QString shapeText(const Tensor &t)
{
    QStringList dims;
    for (std::uint64_t d : t.shape)
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

int runInspect(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Lists a checkpoint's tensors by name prefix: tensors, parameters, bytes and element "
               "types (a .safetensors file, a folder with model.safetensors.index.json, or a GGUF "
               "file). With --hash, also each tensor's SHA-256 over its stored bytes, computed on "
               "every core. A broken or hostile file is refused with exit code 2, naming the file "
               "and the byte or key (docs/provenance.md)."));
    parser.addPositionalArgument(QStringLiteral("CHECKPOINT"), Tr::tr("The checkpoint."));
    parser.addOption({QStringLiteral("hash"), Tr::tr("Print each tensor's SHA-256.")});
    int code = Ok;
    if (!parse(parser, arguments, {}, 1, io, code))
        return code;
    return guarded(io, [&] {
        const Checkpoint checkpoint = openCheckpoint(parser.positionalArguments().constFirst());
        const Inventory inventory = inventoryOf(checkpoint);
        std::uint64_t fileBytes = 0;
        for (const auto &file : checkpoint.files)
            fileBytes += file->size();
        io.out << Tr::tr("%1: %2, %n file(s), %3 bytes", nullptr, int(checkpoint.files.size()))
                      .arg(checkpoint.path, checkpoint.format, number(fileBytes))
               << "\n\n";
        TextTable table;
        table.addColumn(Tr::tr("prefix"), TextTable::Align::Left);
        table.addColumn(Tr::tr("tensors"), TextTable::Align::Right);
        table.addColumn(Tr::tr("parameters"), TextTable::Align::Right);
        table.addColumn(Tr::tr("bytes"), TextTable::Align::Right);
        table.addColumn(Tr::tr("types"), TextTable::Align::Left);
        for (const auto &[prefix, c] : inventory.byPrefix)
            table.addRow({prefix, number(c.tensors), number(c.parameters), number(c.bytes), types(c)});
        table.addRule();
        const InventoryCount &t = inventory.total;
        table.addRow({Tr::tr("total"), number(t.tensors), number(t.parameters), number(t.bytes), types(t)});
        io.out << table.render();
        if (parser.isSet(QStringLiteral("hash"))) {
            const std::vector<QByteArray> hashes = hashTensors(checkpoint);
            io.out << '\n';
            for (std::size_t i = 0; i < hashes.size(); ++i) {
                const Tensor &tensor = checkpoint.tensors[i];
                io.out << QString::fromLatin1(hashes[i].toHex()) << "  " << tensor.name << "  "
                       << tensor.typeName << ' ' << shapeText(tensor) << '\n';
            }
        }
        io.out.flush();
        return int(Ok);
    });
}


int runCompare(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Compares a team's component (CANDIDATE) with its suspected origin (REFERENCE), with "
               "unrelated models of the same family as controls: exact reuse of tensors matched by "
               "content, cast-aware (P2); per-tensor similarity (P3); permutation-robust tests on the "
               "MLP weights, phi_U and phi_GU (P4); and a suggestion (reused, initialized or "
               "inconclusive) with its reason, never a verdict (docs/provenance.md). --json prints "
               "the paneldesk-provenance report; --out writes it to a file."));
    parser.addPositionalArgument(QStringLiteral("CANDIDATE"), Tr::tr("The team's checkpoint."));
    parser.addPositionalArgument(QStringLiteral("REFERENCE"), Tr::tr("The suspected origin."));
    parser.addOption({QStringLiteral("control"), Tr::tr("An unrelated checkpoint of the same family (repeatable)."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("candidate-prefix"), Tr::tr("Only the candidate's tensors under this name prefix (stripped before names are compared)."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("reference-prefix"), Tr::tr("Only the reference's tensors under this prefix."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("control-prefix"), Tr::tr("The controls' prefix (default: the reference's)."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("rows"), Tr::tr("Hidden units matched per block in P4 (default %1; 0: all).")
                                                  .arg(defaultMatchedRows),
                      QStringLiteral("M")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print the JSON report instead of the summary.")});
    parser.addOption({QStringLiteral("out"), Tr::tr("Write the JSON report to FILE."), QStringLiteral("FILE")});
    int code = Ok;
    if (!parse(parser, arguments, {}, 2, io, code))
        return code;
    return guarded(io, [&] {
        bool rowsOk = true;
        const int rows = parser.isSet(QStringLiteral("rows")) ? parser.value(QStringLiteral("rows")).toInt(&rowsOk)
                                                               : defaultMatchedRows;
        if (!rowsOk || rows < 0)
            throw InputError(Tr::tr("--rows: expected a whole number from 0, got \"%1\"").arg(parser.value(QStringLiteral("rows"))));
        ComparisonRequest request;
        request.candidate = parser.positionalArguments().at(0);
        request.reference = parser.positionalArguments().at(1);
        request.controls = parser.values(QStringLiteral("control"));
        request.candidatePrefix = parser.value(QStringLiteral("candidate-prefix"));
        request.referencePrefix = parser.value(QStringLiteral("reference-prefix"));
        if (parser.isSet(QStringLiteral("control-prefix")))
            request.controlPrefix = parser.value(QStringLiteral("control-prefix"));
        request.rows = rows;
        const ComparisonRun run = runComparison(request, QCoreApplication::applicationVersion());
        const ExactReuse &reuse = run.reuse;
        const ComparisonResult &result = run.result;
        const QByteArray &json = run.json;
        if (parser.isSet(QStringLiteral("out")))
            saveAtomically(parser.value(QStringLiteral("out")), json);   // io/AtomicWrite.h
        if (parser.isSet(QStringLiteral("json"))) {
            io.out << QString::fromUtf8(json);
            io.out.flush();
            return int(Ok);
        }
        io.out << Tr::tr("candidate: %1 (prefix \"%2\")").arg(run.candidate, run.candidatePrefix) << '\n'
               << Tr::tr("reference: %1 (prefix \"%2\")").arg(run.reference, run.referencePrefix) << '\n';
        for (qsizetype k = 0; k < run.controls.size(); ++k)
            io.out << Tr::tr("control %1: %2").arg(k + 1).arg(run.controls[k]) << '\n';
        io.out << '\n' << Tr::tr("P2 exact reuse: %1").arg(run.exactReuseSummary);
        if (!reuse.constants.empty())
            io.out << Tr::tr("; %1 constant tensors left out").arg(reuse.constants.size());
        io.out << '\n';
        if (result.mlp) {
            TextTable table;
            table.addColumn(Tr::tr("P4 against the reference"), TextTable::Align::Left);
            table.addColumn(Tr::tr("-log10 p, phi_U"), TextTable::Align::Right);
            table.addColumn(Tr::tr("-log10 p, phi_GU"), TextTable::Align::Right);
            table.addColumn(Tr::tr("blocks"), TextTable::Align::Right);
            const auto row = [&](const QString &who, const PairMlpTest &pair) {
                table.addRow({who, combinedFigureText(pair, false), combinedFigureText(pair, true),
                              QString::number(std::max(pair.blocksU, pair.blocksGU))});
            };
            row(Tr::tr("candidate"), result.mlp->candidate);
            for (std::size_t k = 0; k < result.mlp->controls.size(); ++k)
                row(Tr::tr("control %1").arg(k + 1), result.mlp->controls[k]);
            io.out << table.render();
            if (!result.mlp->candidate.applicable)
                io.out << Tr::tr("P4 not applicable: %1").arg(result.mlp->candidate.reason) << '\n';
        }
        if (result.similarity)
            io.out << Tr::tr("P3: %1 tensors compared (the per-tensor figures are in the JSON report)")
                          .arg(result.similarity->tensors.size()) << '\n';
        io.out << '\n' << Tr::tr("suggestion: %1").arg(suggestionKey(result.suggestion.suggestion)) << '\n'
               << result.suggestion.reason << '\n';
        for (const QString &warning : result.suggestion.controlWarnings)
            io.out << Tr::tr("warning: %1").arg(warning) << '\n';
        io.out << Tr::tr("The suggestion is evidence for the expert, not a verdict. What the weights cannot show:") << '\n';
        for (const QString &caveat : result.caveats)
            io.out << QStringLiteral("  - ") << caveat << '\n';
        io.out.flush();
        return int(Ok);
    });
}

const std::array<SubCommand, 2> kSubCommands{{
    {"inspect", QT_TRANSLATE_NOOP("cli", "list a checkpoint's tensors (and their SHA-256 with --hash)"), runInspect},
    {"compare", QT_TRANSLATE_NOOP("cli", "compare a candidate with a reference and controls (P2-P5)"), runCompare},
}};

void provenanceUsage(QTextStream &stream)
{
    stream << Tr::tr("Usage: paneldesk-cli provenance SUBCOMMAND CHECKPOINT... [options]") << "\n\n"
           << Tr::tr("Subcommands:") << '\n';
    listSubCommands(stream, kSubCommands);
}

} // namespace

int runProvenance(const QStringList &arguments, Io &io)
{
    return dispatchSubCommand(arguments, io, kSubCommands, provenanceUsage);
}

} // namespace pd::cli
