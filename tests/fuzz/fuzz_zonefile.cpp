// Zone parser fuzz target: parse, then exercise everything that reads the parse result (lint, lookups, editing).
#include "caa/lint.h"
#include "caa/zoneeditor.h"
#include "caa/zoneset.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace caa;
    ZoneLoadOptions options;
    options.origin = QStringLiteral("example.com");
    options.maxErrors = 50;
    auto zone = std::make_shared<ZoneFile>(ZoneFile::parse(
        QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), QStringLiteral("fuzz.zone"), options));
    for (const ZoneError& e : zone->errors())
        (void)zone->describeError(e);
    (void)lintZone(*zone, 0, CaDirectory::builtin());
    ZoneSet set;
    set.add(zone);
    (void)set.lookupCaa(QStringLiteral("example.com"));
    (void)set.lookupCaa(QStringLiteral("www.example.com"));
    for (qsizetype i = 0; i < zone->recordCount() && i < 64; ++i) {
        const ZoneRecord& r = zone->record(i);
        (void)set.lookupCaa(zone->ownerOf(i));
        if (r.type != rrtype::CAA)
            continue;
        ZoneEditor editor(*zone);
        RecordEdit e;
        e.kind = RecordEdit::ReplaceRecord;
        e.owner = zone->ownerOf(i);
        e.before = zone->caa(i);
        e.after = zone->caa(i);
        e.after.value += '.';
        e.location = zone->location(i);
        (void)editor.apply({ e });
        e.kind = RecordEdit::AddRecord;
        (void)editor.apply({ e });
        e.kind = RecordEdit::RemoveRecord;
        (void)editor.apply({ e });
        (void)editor.unifiedDiff();
        break;
    }
    return 0;
}
