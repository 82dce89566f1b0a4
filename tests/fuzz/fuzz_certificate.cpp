// Certificate fuzz target: what a --cert file, a dropped file or a bundle's chain_pem holds goes through
// readCertificateChain (QSslCertificate underneath), the issuer directory and the coverage test. Never a crash, and
// what it accepts is consistent: a chain with an error is empty, every certificate has a SHA-256 of 64 hex digits,
// and the chain written as PEM reads back to the same certificates.
#include "caa/certificate.h"
#include "caa/issuerdirectory.h"

#include <QCoreApplication>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace caa;
    // Qt's TLS backend hooks into the application object, as it does in the program.
    static int argc = 1;
    static char name[] = "fuzz_certificate";
    static char* argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    CertificateReadError error = CertificateReadError::None;
    int damaged = 0;
    const CertificateChain chain = readCertificateChain(input, &error, &damaged);
    if ((error != CertificateReadError::None) != chain.isEmpty() || damaged < 0)
        std::abort();
    if (chain.certificates.size() > kMaxChainCertificates)
        std::abort();
    for (const CertificateFacts& c : chain.certificates) {
        if (c.sha256.size() != 64 || c.der.isEmpty())
            std::abort();
        (void)c.covers(QStringLiteral("www.example.com"));
    }
    if (!chain.isEmpty()) {
        if (readCertificateChain(chain.pem()).sha256s() != chain.sha256s())
            std::abort();
        const IssuerIdentity id = IssuerDirectory::builtin().identify(chain);
        if (id.isKnown() && id.identifiers.first().isEmpty())
            std::abort();
    }
    // The same bytes as the issuer name of a CT entry.
    QString cn, o;
    splitDistinguishedName(QString::fromUtf8(input.left(4096)), &cn, &o);
    (void)IssuerDirectory::builtin().identifyByName(cn, o);
    return 0;
}
