#include "provenance/MappedFile.h"

#include "domain/Errors.h"

#include <QCoreApplication>

namespace pd::provenance {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Provenance)
};
} // namespace

MappedFile::MappedFile(const QString &path) : m_path(path), m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw InputError(Tr::tr("%1: cannot be opened: %2").arg(path, m_file.errorString()));
    m_size = std::uint64_t(m_file.size());
    if (m_size == 0)
        return;
    m_data = m_file.map(0, qint64(m_size));
    if (!m_data)
        throw StoreError(Tr::tr("%1: cannot be mapped into memory: %2").arg(path, m_file.errorString()));
}

MappedFile::~MappedFile()
{
    if (m_data)
        m_file.unmap(const_cast<unsigned char *>(m_data));
}

} // namespace pd::provenance
