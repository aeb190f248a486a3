#include "importers/Sha256.h"

#include <openssl/evp.h>

#include <new>

namespace pd {

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    if (!m_context || EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr) != 1)
        throw std::bad_alloc();
}

Sha256::~Sha256() { EVP_MD_CTX_free(m_context); }

void Sha256::addData(QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        EVP_DigestUpdate(m_context, bytes.data(), size_t(bytes.size()));
}

QByteArray Sha256::result() const
{
    QByteArray digest(EVP_MAX_MD_SIZE, '\0');
    unsigned int size = 0;
    EVP_MD_CTX *copy = EVP_MD_CTX_new();
    if (!copy || EVP_MD_CTX_copy_ex(copy, m_context) != 1
        || EVP_DigestFinal_ex(copy, reinterpret_cast<unsigned char *>(digest.data()), &size) != 1) {
        EVP_MD_CTX_free(copy);
        throw std::bad_alloc();
    }
    EVP_MD_CTX_free(copy);
    digest.resize(int(size));
    return digest;
}

} // namespace pd
