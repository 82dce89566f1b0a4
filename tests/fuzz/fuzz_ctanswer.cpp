// Certificate Transparency fuzz target: crt.sh's JSON answer comes from the internet, so anything may arrive. It is
// parsed without a crash, and what is accepted is consistent: an answer that failed has no issuers, issuers are at
// most 64, sorted newest first, and every counted certificate belongs to one of them or to an issuer past the 64th.
#include "caa/ctlog.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace caa;
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const QDate& since : { QDate(), QDate(2025, 1, 1) }) {
        const CtAnswer a = parseCrtShJson(input, since);
        if (a.status == CtAnswer::Status::Failed && (!a.issuers.isEmpty() || a.error.isEmpty()))
            std::abort();
        if (a.issuers.size() > 64)
            std::abort();
        int counted = 0;
        for (qsizetype i = 0; i < a.issuers.size(); ++i) {
            counted += a.issuers[i].certificates;
            if (a.issuers[i].certificates < 1 || a.issuers[i].issuerName.isEmpty())
                std::abort();
            if (i > 0 && a.issuers[i].latest > a.issuers[i - 1].latest)
                std::abort();
            if (since.isValid() && a.issuers[i].latest < since)
                std::abort();
        }
        if (counted > a.certificates || (a.issuers.size() < 64 && counted != a.certificates))
            std::abort();
    }
    return 0;
}
