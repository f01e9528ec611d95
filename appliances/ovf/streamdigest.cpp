#include "appliances/ovf/streamdigest.h"

#include <openssl/evp.h>

namespace Appliances {

StreamDigest::StreamDigest(DigestAlgorithm algorithm) : m_algorithm(algorithm), m_ctx(EVP_MD_CTX_new())
{
    const EVP_MD *md = algorithm == DigestAlgorithm::Sha1     ? EVP_sha1()
                       : algorithm == DigestAlgorithm::Sha512 ? EVP_sha512()
                                                              : EVP_sha256();
    EVP_DigestInit_ex(m_ctx, md, nullptr);
}

StreamDigest::~StreamDigest()
{
    EVP_MD_CTX_free(m_ctx);
}

void StreamDigest::addData(const char *data, qint64 size)
{
    EVP_DigestUpdate(m_ctx, data, size_t(size));
}

QByteArray StreamDigest::hexResult()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx, out, &length);
    return QByteArray(reinterpret_cast<const char *>(out), int(length)).toHex();
}

} // namespace Appliances
