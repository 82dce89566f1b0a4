#pragma once

#include "caa/zonefile.h"

#include <QByteArray>
#include <QSet>
#include <memory>
#include <vector>

namespace caa {

// Where the lines of a file's text start, its longest line, and which lines hold CAA records: what ZoneTextView needs
// to paint any part of the text at once. Built in the worker that parses the zone (a million lines take a while).
struct TextLayout
{
    std::vector<quint32> lineStarts; // byte offsets (after a BOM for the first line)
    int longestLine = 0; // in bytes
    QSet<int> caaLines; // 1-based

    // `zone`: the parsed zone the text belongs to (file `file` of it), for the CAA lines; may be null.
    static std::shared_ptr<const TextLayout> build(const QByteArray& content, const ZoneFile* zone = nullptr,
                                                   int file = 0);
};

} // namespace caa
