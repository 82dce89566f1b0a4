// Zone parser fuzz target, parse only: the parser alone, so that it gets millions of runs (fuzz_zonefile also lints,
// looks up, edits and diffs every input, which makes it a hundred times slower). Whatever parses has its records
// within the input and its errors on lines of the input.
#include "caa/zonefile.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace caa;
    ZoneLoadOptions options;
    options.origin = QStringLiteral("example.com");
    options.maxErrors = 50;
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const ZoneFile zone = ZoneFile::parse(input, QStringLiteral("fuzz.zone"), options);
    const qsizetype lines = input.count('\n') + 1;
    for (const ZoneError& e : zone.errors()) {
        if (e.fileIndex == 0 && (e.line < 0 || e.line > lines))
            std::abort();
    }
    for (qsizetype i = 0; i < zone.recordCount(); ++i) {
        const ZoneRecord& r = zone.record(i);
        if (r.file == 0 && (r.end > quint32(input.size()) || r.begin > r.end || r.line < 1 || r.line > quint32(lines)))
            std::abort();
        if (r.type == rrtype::CAA)
            (void)zone.caa(i);
    }
    return 0;
}
