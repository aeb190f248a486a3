#include "io/AtomicWrite.h"

#include "domain/Errors.h"
#include "io/DiskFull.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Export)
};

// Passes every write on to the target and remembers the first that failed or fell short,
// whoever wrote (QPdfWriter ignores the result of its writes).
class CheckedDevice : public QIODevice {
public:
    explicit CheckedDevice(QIODevice &target) : m_target(target)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    bool failed() const { return m_failed; }
    QString reason() const { return m_reason; }
    bool outOfSpace() const { return isOutOfSpaceErrno(m_errno) || isOutOfSpaceReason(m_reason); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_failed)
            return -1;
        errno = 0;
        const qint64 written = m_target.write(data, size);
        if (written != size) {
            // A short write sets no error on a QFileDevice: the errno of the write(2) that
            // failed after it (EFBIG, ENOSPC) tells why.
            m_errno = errno;
            m_failed = true;
            m_reason = written >= 0 && m_errno != 0 ? QString::fromLocal8Bit(std::strerror(m_errno))
                                                    : m_target.errorString();
            return -1;
        }
        return written;
    }

private:
    QIODevice &m_target;
    bool m_failed = false;
    int m_errno = 0;
    QString m_reason;
};

[[noreturn]] void fail(const QString &path, bool outOfSpace, const QString &message)
{
    if (outOfSpace)
        throwDiskFull(path);
    throw StoreError(path + QStringLiteral(": ") + message);
}

} // namespace

void saveAtomically(const QString &path, const DeviceWriter &write, const DeviceFilter &filter)
{
    QSaveFile file(path);
    // Unbuffered: a buffered QFileDevice (Qt 6.4) takes a short write at the file-size limit
    // for success when it flushes, and QSaveFile then commits a truncated file (test
    // faults.diskfull). Unbuffered, every write's count reaches CheckedDevice.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        fail(path, isOutOfSpace(file), Tr::tr("cannot write the file: %1").arg(file.errorString()));
    const std::unique_ptr<QIODevice> filtered = filter ? filter(file) : nullptr;
    CheckedDevice checked(filtered ? *filtered : static_cast<QIODevice &>(file));
    write(checked);
    if (checked.failed()) {
        file.cancelWriting();
        fail(path, isOutOfSpace(file) || checked.outOfSpace(),
             Tr::tr("cannot write the file: %1").arg(checked.reason()));
    }
    if (!file.commit())   // fsync and rename: a full disk may show here too
        fail(path, isOutOfSpace(file), Tr::tr("cannot save the file: %1").arg(file.errorString()));
}

void saveAtomically(const QString &path, const QByteArray &bytes, const DeviceFilter &filter)
{
    saveAtomically(path, [&bytes](QIODevice &device) { device.write(bytes); }, filter);
}

} // namespace pd
