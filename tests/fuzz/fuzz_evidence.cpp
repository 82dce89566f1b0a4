// Evidence bundle fuzz target: a bundle is a file people mail around, so anything may arrive. Reading must never
// crash, and what it accepts must be a whole diagnosis: a climb of the queried name, one verdict per CA, each
// decided (a complete climb), and a second write-and-read gives the same bundle.
#include "evidencebundle.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace caa;
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)looksLikeEvidenceBundle(input);
    const EvidenceBundle bundle = readEvidenceBundle(input);
    if (!bundle.ok) {
        if (bundle.error.isEmpty())
            std::abort();
        return 0;
    }
    const Diagnosis& d = bundle.diagnosis;
    if (d.climb.nodes.size() != d.request.name.climb().size() || d.verdicts.isEmpty()
        || d.verdicts.size() != d.profiles.size())
        std::abort();
    const QByteArray again = writeEvidenceBundle(d);
    const EvidenceBundle second = readEvidenceBundle(again);
    if (!second.ok || writeEvidenceBundle(second.diagnosis) != again)
        std::abort();
    return 0;
}
