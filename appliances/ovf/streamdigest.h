// StreamDigest: a SHA1 / SHA256 / SHA512 digest fed in chunks, computed with OpenSSL's libcrypto
// (SHA-NI / AVX2 code paths: several times faster than QCryptographicHash on large disks, which
// matters because the importer and exporter hash every disk byte). Not copyable.
#pragma once

#include "appliances/ovf/manifest.h"

#include <QByteArray>

struct evp_md_ctx_st; // OpenSSL's EVP_MD_CTX, kept out of this header

namespace Appliances {

class StreamDigest
{
public:
    explicit StreamDigest(DigestAlgorithm algorithm);
    ~StreamDigest();
    StreamDigest(const StreamDigest &) = delete;
    StreamDigest &operator=(const StreamDigest &) = delete;

    [[nodiscard]] DigestAlgorithm algorithm() const { return m_algorithm; }
    void addData(const char *data, qint64 size);
    /// The digest as lower-case hex; ends the digest (call once).
    [[nodiscard]] QByteArray hexResult();

private:
    DigestAlgorithm m_algorithm;
    ::evp_md_ctx_st *m_ctx = nullptr;
};

} // namespace Appliances
