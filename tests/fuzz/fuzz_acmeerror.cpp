// Pasted ACME error fuzz target: the text people paste into the window's error field or give to `check --error` is
// anything a terminal or a web page held. Reading must never crash, must decide the same way twice, and what it takes
// from the text comes from the text (no name longer than the text itself).
#include "caa/acmeerror.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace caa;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const AcmeError first = parseAcmeError(text);
    const AcmeError second = parseAcmeError(text);
    if (first.kind != second.kind || first.identifier != second.identifier || first.foundAt != second.foundAt
        || first.ca != second.ca || first.detail != second.detail)
        std::abort();
    if (first.identifier.size() > text.size() + 2 || first.foundAt.size() > text.size() + 2)
        std::abort(); // ("*." may be added to a wildcard's name)
    (void)first.problem();
    (void)first.isValid();
    return 0;
}
