// Dropped-file fuzz target: telling zone files from lists, name lists (text, CSV) and certificates/requests (PEM,
// DER) must never crash, and what they accept must be consistent: every name is non-empty and listed once, an error
// comes with no names.
#include "caa/namelist.h"

#include <QSet>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <utility>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace caa;
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    // The column chosen (--column) by number or header, as well as guessed; an error comes with no names either way.
    const std::pair<QString, QString> reads[] = {
        { QString(), QString() },
        { QStringLiteral("x.csv"), QString() },
        { QStringLiteral("x.der"), QString() },
        { QStringLiteral("x.csv"), QStringLiteral("1") },
        { QStringLiteral("x.csv"), QStringLiteral("2") },
        { QStringLiteral("x.csv"), QStringLiteral("domain") },
    };
    for (const auto& [fileName, column] : reads) {
        const NameList list = readNameList(input, fileName, column);
        if (!list.error.isEmpty() && !list.names.isEmpty())
            std::abort();
        QSet<QString> seen;
        for (const NameListEntry& e : list.names) {
            if (e.text.trimmed().isEmpty() || e.line < 1 || seen.contains(e.text.toLower()))
                std::abort();
            seen.insert(e.text.toLower());
        }
        if (list.repeated < 0 || (!list.error.isEmpty() && list.columnNotFound && column.isEmpty()))
            std::abort(); // a column that is not there is only an error when one was chosen
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
