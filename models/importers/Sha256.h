#pragma once
// SHA-256 of a stream of bytes, through OpenSSL's libcrypto (which uses the CPU's SHA
// instructions where there are some: 1.4 GB/s on the project's machine against 0.17 GB/s
// for QCryptographicHash in Qt 6.4, which took 10% of a million-row ratings import's
// instructions; docs/benchmarks.md).

#include <QByteArray>
#include <QByteArrayView>

struct evp_md_ctx_st;

namespace pd {

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    QByteArray result() const;   // of every byte added so far (more may be added after)

private:
    evp_md_ctx_st *m_context;
};

} // namespace pd
