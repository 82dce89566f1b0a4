// CAA RDATA fuzz target: wire and presentation parsers must round-trip whatever they accept.
#include "caa/caarecord.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace caa;
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    CaaRecord wire;
    if (parseCaaWire(input, &wire)) {
        if (wire.toWire() != input)
            std::abort(); // wire -> model -> wire must be lossless
        CaaRecord again;
        if (!parseCaaPresentation(wire.toGeneric().toLatin1(), &again) || !(again == wire))
            std::abort(); // the RFC 3597 form must come back identical
        CaaParseError tagError;
        parseCaaWire(input, &again, &tagError);
        if (tagError.code == CaaParseError::None) {
            if (!parseCaaPresentation(wire.toPresentation().toLatin1(), &again) || !(again == wire))
                std::abort(); // presentation form round-trips for well-formed tags
        }
    }
    CaaRecord text;
    if (parseCaaPresentation(input, &text)) {
        CaaRecord again;
        if (!parseCaaWire(text.toWire(), &again) || !(again == text))
            std::abort();
    }
    return 0;
}
