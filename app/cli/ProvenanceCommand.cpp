#include "ProvenanceCommand.h"

#include "provenance/CheckpointReader.h"
#include "provenance/Inventory.h"
#include "provenance/TensorHashes.h"
#include "report/TextTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

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

const std::array<SubCommand, 1> kSubCommands{{
    {"inspect", QT_TRANSLATE_NOOP("cli", "list a checkpoint's tensors (and their SHA-256 with --hash)"), runInspect},
}};

void provenanceUsage(QTextStream &stream)
{
    stream << Tr::tr("Usage: paneldesk-cli provenance SUBCOMMAND CHECKPOINT [options]") << "\n\n"
           << Tr::tr("Subcommands:") << '\n';
    listSubCommands(stream, kSubCommands);
}

} // namespace

int runProvenance(const QStringList &arguments, Io &io)
{
    return dispatchSubCommand(arguments, io, kSubCommands, provenanceUsage);
}

} // namespace pd::cli
