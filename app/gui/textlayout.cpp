#include "textlayout.h"

#include <cstring>

namespace caa {

std::shared_ptr<const TextLayout> TextLayout::build(const QByteArray& content, const ZoneFile* zone, int file)
{
    auto layout = std::make_shared<TextLayout>();
    const char* data = content.constData();
    const char* end = data + content.size();
    const char* p = data;
    if (content.startsWith("\xEF\xBB\xBF"))
        p += 3;
    layout->lineStarts.push_back(quint32(p - data));
    while (p < end) {
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        layout->longestLine = std::max(layout->longestLine, int((nl ? nl : end) - p));
        if (!nl)
            break;
        p = nl + 1;
        if (p < end)
            layout->lineStarts.push_back(quint32(p - data));
    }
    layout->lineStarts.shrink_to_fit();
    if (zone) {
        for (qsizetype i = 0; i < zone->recordCount(); ++i) {
            const ZoneRecord& r = zone->record(i);
            if (r.type != rrtype::CAA || r.file != file || r.end > quint32(content.size()))
                continue;
            const int span = int(QByteArrayView(content).sliced(r.begin, r.end - r.begin).count('\n'));
            for (int l = 0; l <= span; ++l)
                layout->caaLines.insert(int(r.line) + l);
        }
    }
    return layout;
}

} // namespace caa
