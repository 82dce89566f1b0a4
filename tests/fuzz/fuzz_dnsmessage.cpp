// DNS message decoder fuzz target: decode, derive the climb node, and re-derive it from a re-parse.
#include "caa/dnsmessage.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    caa::dns::Message m;
    if (caa::dns::parseMessage(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)), &m)) {
        const QString queried = m.questions.isEmpty() ? QStringLiteral("example.com") : m.questions.first().name;
        const caa::LookupResult r = caa::dns::lookupResultFromMessage(m, queried);
        (void)r.records.size();
        (void)caa::dns::rcodeName(m.rcode);
    }
    return 0;
}
