#pragma once
// A file mapped read-only into memory (QFile::map): the readers look at its bytes without
// loading it; the pages the kernel brings in do not count against the heap. An empty file
// maps to no bytes. StoreError when the file cannot be opened or mapped.

#include <QFile>
#include <QString>

#include <cstdint>

namespace pd::provenance {

class MappedFile {
public:
    explicit MappedFile(const QString &path);
    ~MappedFile();
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    const QString &path() const { return m_path; }
    const unsigned char *data() const { return m_data; }
    std::uint64_t size() const { return m_size; }

private:
    QString m_path;
    QFile m_file;
    const unsigned char *m_data = nullptr;
    std::uint64_t m_size = 0;
};

} // namespace pd::provenance
