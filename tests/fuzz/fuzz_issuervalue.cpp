// Issuer value fuzz target: both parsers, with span sanity checks.
#include "caa/issuervalue.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void checkSpans(const caa::IssuerValue& v, qsizetype size)
{
    auto ok = [size](caa::Span s) {
        return s.begin >= 0 && s.begin <= s.end && s.end <= size;
    };
    if (!ok(v.issuerSpan))
        std::abort();
    for (const caa::ValueDiagnostic& d : v.diagnostics) {
        if (!ok(d.span))
            std::abort();
    }
    for (const caa::IssuerParameter& p : v.parameters) {
        if (!ok(p.tagSpan) || !ok(p.valueSpan))
            std::abort();
    }
    if (v.wellFormed) {
        for (const caa::ValueDiagnostic& d : v.diagnostics) {
            if (d.blocking)
                std::abort(); // accepted values carry only notes
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    const caa::IssuerValue rfc = caa::parseIssuerRfc8659(input);
    const caa::IssuerValue boulder = caa::parseIssuerBoulder(input);
    checkSpans(rfc, input.size());
    checkSpans(boulder, input.size());
    // Boulder's parser is stricter on parameters than the ABNF, never looser on structure: anything the RFC grammar
    // accepts with parameter tags free of hyphens, Boulder accepts too.
    if (rfc.wellFormed && !boulder.wellFormed) {
        bool hyphen = false;
        for (const caa::IssuerParameter& p : rfc.parameters)
            hyphen = hyphen || p.tag.contains('-');
        if (!hyphen)
            std::abort();
    }
    return 0;
}
