// Dropped-file fuzz target: telling zone files from lists, name lists (text, CSV) and certificates/requests (PEM,
// DER) must never crash, and what they accept must be consistent: every name is non-empty and listed once, an error
// comes with no names.
#include "caa/namelist.h"

#include <QSet>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace caa;
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const QString& fileName : { QString(), QStringLiteral("x.csv"), QStringLiteral("x.der") }) {
        const NameList list = readNameList(input, fileName);
        if (!list.error.isEmpty() && !list.names.isEmpty())
            std::abort();
        QSet<QString> seen;
        for (const NameListEntry& e : list.names) {
            if (e.text.trimmed().isEmpty() || e.line < 1 || seen.contains(e.text.toLower()))
                std::abort();
            seen.insert(e.text.toLower());
        }
    }
    for (const QString& fileName : { QStringLiteral("names.txt"), QStringLiteral("db.example.com") })
        (void)sniffDroppedFile(fileName, input);
    QString error;
    for (const CertificateNames& c : readCertificates(input, &error)) {
        for (const QString& n : c.dnsNames)
            (void)n.size();
    }
    return 0;
}
