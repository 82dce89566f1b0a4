#include "caa/zonefile.h"

#include "caa/domainname.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QVarLengthArray>
#include <cstring>

namespace caa {

namespace {

struct TypeEntry
{
    const char* name;
    quint16 type;
};

constexpr TypeEntry kTypes[] = {
    { "A", 1 },       { "NS", 2 },      { "MD", 3 },        { "MF", 4 },          { "CNAME", 5 },
    { "SOA", 6 },     { "MB", 7 },      { "MG", 8 },        { "MR", 9 },          { "NULL", 10 },
    { "WKS", 11 },    { "PTR", 12 },    { "HINFO", 13 },    { "MINFO", 14 },      { "MX", 15 },
    { "TXT", 16 },    { "RP", 17 },     { "AFSDB", 18 },    { "X25", 19 },        { "ISDN", 20 },
    { "RT", 21 },     { "NSAP", 22 },   { "NSAP-PTR", 23 }, { "SIG", 24 },        { "KEY", 25 },
    { "PX", 26 },     { "GPOS", 27 },   { "AAAA", 28 },     { "LOC", 29 },        { "NXT", 30 },
    { "EID", 31 },    { "NIMLOC", 32 }, { "SRV", 33 },      { "ATMA", 34 },       { "NAPTR", 35 },
    { "KX", 36 },     { "CERT", 37 },   { "A6", 38 },       { "DNAME", 39 },      { "SINK", 40 },
    { "APL", 42 },    { "DS", 43 },     { "SSHFP", 44 },    { "IPSECKEY", 45 },   { "RRSIG", 46 },
    { "NSEC", 47 },   { "DNSKEY", 48 }, { "DHCID", 49 },    { "NSEC3", 50 },      { "NSEC3PARAM", 51 },
    { "TLSA", 52 },   { "SMIMEA", 53 }, { "HIP", 55 },      { "NINFO", 56 },      { "RKEY", 57 },
    { "TALINK", 58 }, { "CDS", 59 },    { "CDNSKEY", 60 },  { "OPENPGPKEY", 61 }, { "CSYNC", 62 },
    { "ZONEMD", 63 }, { "SVCB", 64 },   { "HTTPS", 65 },    { "SPF", 99 },        { "NID", 104 },
    { "L32", 105 },   { "L64", 106 },   { "LP", 107 },      { "EUI48", 108 },     { "EUI64", 109 },
    { "URI", 256 },   { "CAA", 257 },   { "AVC", 258 },     { "DOA", 259 },       { "AMTRELAY", 260 },
    { "TA", 32768 },  { "DLV", 32769 },
};

bool equalsNoCase(QByteArrayView a, const char* b)
{
    const size_t n = std::strlen(b);
    if (size_t(a.size()) != n)
        return false;
    for (size_t i = 0; i < n; ++i) {
        char c = a[qsizetype(i)];
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (c != b[i])
            return false;
    }
    return true;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

struct Token
{
    qsizetype begin = 0; // content (without quotes)
    qsizetype end = 0;
    int line = 0;
    int column = 0;
    bool quoted = false;
    QByteArrayView view(const QByteArray& data) const { return QByteArrayView(data).sliced(begin, end - begin); }
};

// The octets of a <character-string> in presentation form (RFC 1035 §5.1): "\\DDD" and "\\X" are one octet each.
qsizetype characterStringOctets(QByteArrayView text)
{
    qsizetype octets = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++octets) {
        if (text[i] != '\\' || i + 1 >= text.size())
            continue;
        const bool decimal = i + 3 < text.size() && isdigit(uchar(text[i + 1])) && isdigit(uchar(text[i + 2]))
            && isdigit(uchar(text[i + 3]));
        i += decimal ? 3 : 1;
    }
    return octets;
}

// Time values: "3600", "1h30m", "2W", per BIND.
bool parseTtl(QByteArrayView t, quint32* out)
{
    if (t.isEmpty())
        return false;
    quint64 total = 0;
    quint64 current = 0;
    bool digits = false;
    bool unitSeen = false;
    for (char c : t) {
        if (c >= '0' && c <= '9') {
            current = current * 10 + quint64(c - '0');
            if (current > 0xffffffffULL)
                return false;
            digits = true;
            continue;
        }
        if (!digits)
            return false;
        quint64 mult = 0;
        switch (c | 0x20) {
        case 's':
            mult = 1;
            break;
        case 'm':
            mult = 60;
            break;
        case 'h':
            mult = 3600;
            break;
        case 'd':
            mult = 86400;
            break;
        case 'w':
            mult = 604800;
            break;
        default:
            return false;
        }
        total += current * mult;
        current = 0;
        digits = false;
        unitSeen = true;
    }
    if (digits && unitSeen)
        return false; // "1h30": BIND rejects a number without a unit after one with a unit
    if (digits)
        total += current;
    else if (!unitSeen)
        return false;
    if (total > 0xffffffffULL)
        return false;
    *out = quint32(total);
    return true;
}

bool parseUint(QByteArrayView t, quint64 max, quint64* out)
{
    if (t.isEmpty() || t.size() > 20)
        return false;
    quint64 v = 0;
    for (char c : t) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + quint64(c - '0');
        if (v > max)
            return false;
    }
    *out = v;
    return true;
}

bool isIPv4(QByteArrayView t)
{
    int parts = 0;
    qsizetype i = 0;
    while (i <= t.size()) {
        qsizetype start = i;
        int value = 0;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
            value = value * 10 + (t[i] - '0');
            if (value > 255 || i - start >= 3)
                return false;
            ++i;
        }
        if (i == start)
            return false;
        ++parts;
        if (i == t.size())
            break;
        if (t[i] != '.')
            return false;
        ++i;
    }
    return parts == 4;
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isIPv6(QByteArrayView t)
{
    if (t.isEmpty() || t.size() > 45)
        return false;
    int groups = 0;
    bool compressed = false;
    qsizetype i = 0;
    if (t.startsWith("::")) {
        compressed = true;
        i = 2;
        if (i == t.size())
            return true;
    } else if (t[0] == ':') {
        return false;
    }
    while (i < t.size()) {
        qsizetype start = i;
        while (i < t.size() && isHex(t[i]))
            ++i;
        if (i < t.size() && t[i] == '.') { // embedded IPv4 at the end
            if (!isIPv4(t.sliced(start)))
                return false;
            groups += 2;
            i = t.size();
            break;
        }
        if (i - start < 1 || i - start > 4)
            return false;
        ++groups;
        if (i == t.size())
            break;
        if (t[i] != ':')
            return false;
        ++i;
        if (i < t.size() && t[i] == ':') {
            if (compressed)
                return false;
            compressed = true;
            ++i;
            if (i == t.size())
                break;
        } else if (i == t.size()) {
            return false;
        }
    }
    return compressed ? groups < 8 : groups == 8;
}

} // namespace

QString typeName(quint16 type)
{
    for (const TypeEntry& e : kTypes) {
        if (e.type == type)
            return QString::fromLatin1(e.name);
    }
    return QStringLiteral("TYPE%1").arg(type);
}

quint16 typeFromName(QByteArrayView name)
{
    // Common types first: this runs once per record.
    if (name.size() == 1 && (name[0] | 0x20) == 'a')
        return 1;
    for (const TypeEntry& e : kTypes) {
        if (equalsNoCase(name, e.name))
            return e.type;
    }
    if (name.size() > 4 && equalsNoCase(name.first(4), "TYPE")) {
        quint64 v = 0;
        if (parseUint(name.sliced(4), 65535, &v))
            return quint16(v);
    }
    return 0;
}

QByteArray ZoneSourceFile::sha256Hex() const
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

// One pass over each file; $INCLUDE recurses with its own origin.
class ZoneParser
{
public:
    ZoneParser(ZoneFile& zone, const ZoneLoadOptions& options)
        : m_zone(zone)
        , m_options(options)
    {
    }

    void parseFile(int fileIndex, QByteArray origin, int depth);
    bool m_originKnown = false;

private:
    bool nextRecord(const QByteArray& data, qsizetype& pos, int& line, qsizetype& lineStart,
                    QVarLengthArray<Token, 16>& tokens, bool& ownerOmitted, qsizetype& recBegin, qsizetype& recEnd,
                    int fileIndex);
    void error(int fileIndex, int line, int column, const QString& message);
    // Canonical absolute name (lower case, no trailing dot) of a name token; false with an error on failure.
    bool makeName(const QByteArray& data, const Token& t, const QByteArray& origin, QByteArray* out, int fileIndex);
    quint32 internName(const QByteArray& name);
    quint32 internTarget(const QByteArray& name);
    static constexpr size_t kTargetCache = 64;
    struct TargetSlot
    {
        quint32 index = 0;
        bool valid = false;
    };
    TargetSlot m_targetCache[kTargetCache];
    void handleDirective(const QByteArray& data, const QVarLengthArray<Token, 16>& tokens, QByteArray& origin,
                         int fileIndex, int depth);
    void handleRecord(const QByteArray& data, const QVarLengthArray<Token, 16>& tokens, bool ownerOmitted,
                      qsizetype recBegin, qsizetype recEnd, const QByteArray& origin, int fileIndex);
    bool tooManyErrors() const { return m_zone.m_errors.size() >= m_options.maxErrors; }

    ZoneFile& m_zone;
    const ZoneLoadOptions& m_options;
    QList<QString> m_includeStack;
    // Owner state: the previous record's owner (for omitted owners) and its token text for reuse.
    bool m_haveOwner = false;
    quint32 m_lastOwner = 0;
    QByteArray m_lastOwnerToken;
    QByteArray m_lastOwnerOrigin;
    bool m_haveDefaultTtl = false;
    quint32 m_defaultTtl = 0;
    bool m_haveLastTtl = false;
    quint32 m_lastTtl = 0;
    QByteArray m_scratch;
    bool m_stopped = false;
    int m_binaryLines = 0;
};

void ZoneParser::error(int fileIndex, int line, int column, const QString& message)
{
    if (m_stopped)
        return;
    if (tooManyErrors()) {
        m_zone.m_errors.append({ fileIndex, line, column, QStringLiteral("too many errors; stopped reading") });
        m_stopped = true;
        return;
    }
    m_zone.m_errors.append({ fileIndex, line, column, message });
}

bool ZoneParser::nextRecord(const QByteArray& data, qsizetype& pos, int& line, qsizetype& lineStart,
                            QVarLengthArray<Token, 16>& tokens, bool& ownerOmitted, qsizetype& recBegin,
                            qsizetype& recEnd, int fileIndex)
{
    const char* d = data.constData();
    const qsizetype n = data.size();
    while (pos < n) {
        tokens.clear();
        ownerOmitted = isBlank(d[pos]) && d[pos] != '\r';
        recBegin = pos;
        int depth = 0;
        int parenLine = 0, parenColumn = 0;
        bool ended = false;
        while (pos < n && !ended) {
            const char c = d[pos];
            if (c == '\n') {
                ++line;
                ++pos;
                lineStart = pos;
                if (depth == 0) {
                    recEnd = pos - 1;
                    if (recEnd > recBegin && d[recEnd - 1] == '\r')
                        --recEnd;
                    ended = true;
                }
                continue;
            }
            if (isBlank(c)) {
                ++pos;
                continue;
            }
            if (c == ';') {
                const void* nl = std::memchr(d + pos, '\n', size_t(n - pos));
                pos = nl ? static_cast<const char*>(nl) - d : n;
                continue;
            }
            if (c == '(') {
                if (depth == 0) {
                    parenLine = line;
                    parenColumn = int(pos - lineStart) + 1;
                }
                ++depth;
                ++pos;
                continue;
            }
            if (c == ')') {
                if (depth == 0) {
                    error(fileIndex, line, int(pos - lineStart) + 1, QStringLiteral("')' without a matching '('"));
                } else {
                    --depth;
                }
                ++pos;
                continue;
            }
            Token t;
            bool binary = false;
            char badOctet = 0;
            t.line = line;
            t.column = int(pos - lineStart) + 1;
            if (c == '"') {
                t.quoted = true;
                ++pos;
                t.begin = pos;
                bool closed = false;
                while (pos < n) {
                    const char q = d[pos];
                    if (q == '\\' && pos + 1 < n && d[pos + 1] != '\n') {
                        pos += 2;
                        continue;
                    }
                    if (q == '"') {
                        closed = true;
                        break;
                    }
                    if (q == '\n')
                        break;
                    ++pos;
                }
                t.end = pos;
                if (!closed) {
                    error(fileIndex, t.line, t.column, QStringLiteral("unterminated quoted string"));
                    // Drop the rest of this line; the record is not usable.
                    tokens.clear();
                    tokens.append(t);
                    tokens[0].quoted = false;
                    tokens[0].begin = tokens[0].end = -1; // marks a broken record
                    continue;
                }
                ++pos; // closing quote
            } else {
                t.begin = pos;
                while (pos < n) {
                    const char u = d[pos];
                    if (u == '\\' && pos + 1 < n) {
                        pos += 2;
                        continue;
                    }
                    if (isBlank(u) || u == '\n' || u == ';' || u == '(' || u == ')' || u == '"')
                        break;
                    if ((quint8(u) < 0x20 || u == 0x7f) && !binary) {
                        binary = true;
                        badOctet = u;
                    }
                    ++pos;
                }
                t.end = pos;
                if (binary) {
                    ++m_binaryLines;
                    if (m_binaryLines > 10) {
                        error(fileIndex, t.line, t.column,
                              QStringLiteral("this does not look like a zone file (binary data on many lines); "
                                             "stopped reading"));
                        m_stopped = true;
                        return false;
                    }
                    error(fileIndex, t.line, t.column,
                          QStringLiteral("binary data (control octet 0x%1) in the file")
                              .arg(quint8(badOctet), 2, 16, QLatin1Char('0')));
                    tokens.clear();
                    tokens.append(t);
                    tokens[0].begin = tokens[0].end = -1; // marks a broken record
                    // skip the rest of the line
                    const void* nl = std::memchr(d + pos, '\n', size_t(n - pos));
                    pos = nl ? static_cast<const char*>(nl) - d : n;
                    continue;
                }
            }
            tokens.append(t);
        }
        if (!ended) {
            recEnd = n;
            if (recEnd > recBegin && d[recEnd - 1] == '\r')
                --recEnd;
            if (depth > 0)
                error(fileIndex, parenLine, parenColumn, QStringLiteral("'(' is never closed"));
        } else if (depth > 0) {
            // unreachable: a newline inside parentheses does not end the record
        }
        if (!tokens.isEmpty())
            return true;
    }
    return false;
}

bool ZoneParser::makeName(const QByteArray& data, const Token& t, const QByteArray& origin, QByteArray* out,
                          int fileIndex)
{
    const QByteArrayView text = t.view(data);
    out->clear();
    if (text == "@") {
        if (!m_originKnown) {
            error(fileIndex, t.line, t.column, QStringLiteral("'@' used but no origin is known (add $ORIGIN)"));
            return false;
        }
        *out = origin;
        return true;
    }
    if (text == ".") {
        return true; // the root
    }
    // Lower-case copy with label checks; escapes are kept as written (\. stays inside a label).
    int labelOctets = 0;
    int wireLength = 1;
    qsizetype i = 0;
    const bool absolute = text.endsWith('.') && !(text.size() >= 2 && text[text.size() - 2] == '\\');
    const qsizetype end = absolute ? text.size() - 1 : text.size();
    out->reserve(end + origin.size() + 1);
    while (i < end) {
        char c = text[i];
        if (c == '.') {
            if (labelOctets == 0) {
                error(fileIndex, t.line, t.column + int(i), QStringLiteral("empty label in name"));
                return false;
            }
            wireLength += labelOctets + 1;
            labelOctets = 0;
            out->append('.');
            ++i;
            continue;
        }
        if (c == '\\') {
            if (i + 3 < end && text[i + 1] >= '0' && text[i + 1] <= '9') {
                out->append(text.sliced(i, 4).toByteArray());
                i += 4;
            } else if (i + 1 < end) {
                out->append(text.sliced(i, 2).toByteArray());
                i += 2;
            } else {
                error(fileIndex, t.line, t.column + int(i), QStringLiteral("bad escape in name"));
                return false;
            }
            ++labelOctets;
        } else {
            if (quint8(c) < 0x21 || quint8(c) > 0x7e) {
                error(fileIndex, t.line, t.column + int(i),
                      QStringLiteral("name contains a non-printable or non-ASCII octet (use an A-label)"));
                return false;
            }
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
            out->append(c);
            ++labelOctets;
            ++i;
        }
        if (labelOctets > 63) {
            error(fileIndex, t.line, t.column, QStringLiteral("label longer than 63 octets"));
            return false;
        }
    }
    if (labelOctets == 0 && end > 0) {
        error(fileIndex, t.line, t.column + int(end), QStringLiteral("empty label in name"));
        return false;
    }
    wireLength += labelOctets + (labelOctets ? 1 : 0);
    if (!absolute) {
        if (!m_originKnown) {
            error(fileIndex, t.line, t.column,
                  QStringLiteral("relative name '%1' but no origin is known (add $ORIGIN or end the name with '.')")
                      .arg(QString::fromLatin1(text)));
            return false;
        }
        if (!origin.isEmpty()) {
            out->append('.');
            out->append(origin);
            wireLength += int(origin.size()) + 1;
        }
    }
    if (wireLength > 255) {
        error(fileIndex, t.line, t.column, QStringLiteral("name longer than 255 octets"));
        return false;
    }
    return true;
}

quint32 ZoneParser::internTarget(const QByteArray& name)
{
    // Zones repeat a few targets (ns1, mail, the apex) many times: look in the recently used ones first.
    const size_t hash = qHash(name) % kTargetCache;
    TargetSlot& slot = m_targetCache[hash];
    if (slot.valid && m_zone.nameView(slot.index) == QByteArrayView(name))
        return slot.index;
    slot.index = internName(name);
    slot.valid = true;
    return slot.index;
}

quint32 ZoneParser::internName(const QByteArray& name)
{
    const auto index = quint32(m_zone.m_nameOffsets.size());
    m_zone.m_nameOffsets.push_back(quint32(m_zone.m_names.size()));
    m_zone.m_names.append(name);
    return index;
}

void ZoneParser::handleDirective(const QByteArray& data, const QVarLengthArray<Token, 16>& tokens, QByteArray& origin,
                                 int fileIndex, int depth)
{
    const QByteArrayView directive = tokens[0].view(data);
    if (equalsNoCase(directive, "$ORIGIN")) {
        if (tokens.size() != 2) {
            error(fileIndex, tokens[0].line, tokens[0].column, QStringLiteral("$ORIGIN needs exactly one name"));
            return;
        }
        QByteArray name;
        const bool relative = !tokens[1].view(data).endsWith('.');
        if (relative && !m_originKnown) {
            error(fileIndex, tokens[1].line, tokens[1].column,
                  QStringLiteral("relative $ORIGIN but no origin is known"));
            return;
        }
        if (makeName(data, tokens[1], origin, &name, fileIndex)) {
            origin = name;
            m_originKnown = true;
        }
        return;
    }
    if (equalsNoCase(directive, "$TTL")) {
        quint32 ttl = 0;
        if (tokens.size() != 2 || !parseTtl(tokens[1].view(data), &ttl)) {
            const Token& at = tokens.size() > 1 ? tokens[1] : tokens[0];
            error(fileIndex, at.line, at.column, QStringLiteral("$TTL needs one time value (e.g. 3600 or 1h)"));
            return;
        }
        m_haveDefaultTtl = true;
        m_defaultTtl = ttl;
        return;
    }
    if (equalsNoCase(directive, "$INCLUDE")) {
        if (tokens.size() < 2 || tokens.size() > 3) {
            error(fileIndex, tokens[0].line, tokens[0].column, QStringLiteral("$INCLUDE needs a file name"));
            return;
        }
        QByteArray includeOrigin = origin;
        if (tokens.size() == 3) {
            if (!makeName(data, tokens[2], origin, &includeOrigin, fileIndex))
                return;
        }
        const QString name = QString::fromUtf8(tokens[1].view(data));
        const QFileInfo including(m_zone.m_files[fileIndex].path);
        const QString path = QFileInfo(name).isAbsolute() ? name : including.dir().filePath(name);
        const QFileInfo info(path);
        const QString canonical = info.canonicalFilePath();
        if (canonical.isEmpty() || !info.isFile()) {
            error(fileIndex, tokens[1].line, tokens[1].column,
                  QStringLiteral("cannot open $INCLUDE file '%1'").arg(QDir::toNativeSeparators(path)));
            return;
        }
        if (m_includeStack.contains(canonical)) {
            error(fileIndex, tokens[1].line, tokens[1].column,
                  QStringLiteral("$INCLUDE loop: '%1' is already being read").arg(QDir::toNativeSeparators(path)));
            return;
        }
        if (depth >= m_options.maxIncludeDepth) {
            error(fileIndex, tokens[1].line, tokens[1].column, QStringLiteral("$INCLUDE nested too deeply"));
            return;
        }
        ZoneSourceFile source;
        source.path = info.absoluteFilePath();
        const auto overridden = m_options.includeOverrides.constFind(source.path);
        if (overridden != m_options.includeOverrides.cend()) {
            source.content = *overridden;
        } else {
            QFile file(path);
            if (info.size() > m_options.maxFileSize || !file.open(QIODevice::ReadOnly)) {
                error(fileIndex, tokens[1].line, tokens[1].column,
                      QStringLiteral("cannot read $INCLUDE file '%1'").arg(QDir::toNativeSeparators(path)));
                return;
            }
            source.content = file.readAll();
        }
        source.sizeOnDisk = info.size();
        source.modifiedMs = info.lastModified().toMSecsSinceEpoch();
        if (m_zone.m_files.size() >= 65535) {
            error(fileIndex, tokens[1].line, tokens[1].column, QStringLiteral("too many $INCLUDE files"));
            return;
        }
        m_zone.m_files.append(source);
        const int child = int(m_zone.m_files.size() - 1);
        // RFC 1035 §5.1: the included file does not change the including file's origin or current owner.
        const bool savedHaveOwner = m_haveOwner;
        const quint32 savedOwner = m_lastOwner;
        const QByteArray savedToken = m_lastOwnerToken, savedOrigin = m_lastOwnerOrigin;
        const bool savedKnown = m_originKnown;
        m_includeStack.append(canonical);
        parseFile(child, includeOrigin, depth + 1);
        m_includeStack.removeLast();
        m_originKnown = savedKnown;
        m_haveOwner = savedHaveOwner;
        m_lastOwner = savedOwner;
        m_lastOwnerToken = savedToken;
        m_lastOwnerOrigin = savedOrigin;
        return;
    }
    if (equalsNoCase(directive, "$GENERATE")) {
        error(fileIndex, tokens[0].line, tokens[0].column,
              QStringLiteral("$GENERATE is not supported; its records are not checked"));
        return;
    }
    error(fileIndex, tokens[0].line, tokens[0].column,
          QStringLiteral("unknown directive '%1'").arg(QString::fromLatin1(directive)));
}

void ZoneParser::handleRecord(const QByteArray& data, const QVarLengthArray<Token, 16>& tokens, bool ownerOmitted,
                              qsizetype recBegin, qsizetype recEnd, const QByteArray& origin, int fileIndex)
{
    qsizetype ti = 0;
    ZoneRecord rec;
    rec.file = quint16(fileIndex);
    rec.line = quint32(tokens[0].line);
    rec.begin = quint32(recBegin);
    rec.end = quint32(recEnd);
    if (ownerOmitted) {
        if (!m_haveOwner) {
            error(fileIndex, tokens[0].line, 1, QStringLiteral("record without an owner name and no previous owner"));
            return;
        }
        rec.owner = m_lastOwner;
    } else {
        const Token& ownerToken = tokens[0];
        const QByteArrayView text = ownerToken.view(data);
        if (m_haveOwner && text == QByteArrayView(m_lastOwnerToken) && origin == m_lastOwnerOrigin) {
            rec.owner = m_lastOwner;
        } else {
            if (!makeName(data, ownerToken, origin, &m_scratch, fileIndex))
                return;
            rec.owner = internName(m_scratch);
            m_lastOwnerToken = text.toByteArray();
            m_lastOwnerOrigin = origin;
        }
        m_haveOwner = true;
        m_lastOwner = rec.owner;
        rec.flags |= ZoneRecord::OwnerExplicit;
        ti = 1;
    }
    // [TTL] [class] in either order, then the type.
    bool haveTtl = false;
    quint32 ttl = 0;
    bool haveClass = false;
    quint16 type = 0;
    for (; ti < tokens.size(); ++ti) {
        const QByteArrayView t = tokens[ti].view(data);
        if (tokens[ti].quoted) {
            error(fileIndex, tokens[ti].line, tokens[ti].column, QStringLiteral("expected a record type"));
            return;
        }
        if (!t.isEmpty() && t[0] >= '0' && t[0] <= '9') {
            if (haveTtl || !parseTtl(t, &ttl)) {
                error(fileIndex, tokens[ti].line, tokens[ti].column,
                      QStringLiteral("bad TTL '%1'").arg(QString::fromLatin1(t)));
                return;
            }
            haveTtl = true;
            continue;
        }
        if (!haveClass) {
            if (equalsNoCase(t, "IN")) {
                rec.rclass = 1;
                haveClass = true;
                continue;
            }
            if (equalsNoCase(t, "CH") || equalsNoCase(t, "CS") || equalsNoCase(t, "HS")) {
                rec.rclass = equalsNoCase(t, "CH") ? 3 : (equalsNoCase(t, "HS") ? 4 : 2);
                haveClass = true;
                continue;
            }
            quint64 cls = 0;
            if (t.size() > 5 && equalsNoCase(t.first(5), "CLASS") && parseUint(t.sliced(5), 65535, &cls)) {
                rec.rclass = quint16(cls);
                haveClass = true;
                continue;
            }
        }
        type = typeFromName(t);
        if (type == 0) {
            error(fileIndex, tokens[ti].line, tokens[ti].column,
                  QStringLiteral("unknown record type '%1'").arg(QString::fromLatin1(t)));
            return;
        }
        ++ti;
        break;
    }
    if (type == 0) {
        const Token& last = tokens[tokens.size() - 1];
        error(fileIndex, last.line, last.column, QStringLiteral("record has no type"));
        return;
    }
    rec.type = type;
    const qsizetype rdataCount = tokens.size() - ti;
    if (rdataCount > 0) {
        rec.rdataBegin = quint32(tokens[ti].begin - (tokens[ti].quoted ? 1 : 0));
        const Token& last = tokens[tokens.size() - 1];
        rec.rdataEnd = quint32(last.end + (last.quoted ? 1 : 0));
    } else {
        rec.rdataBegin = rec.rdataEnd = rec.end;
    }
    auto rdataError = [&](qsizetype at, const QString& message) {
        const Token& t = at < tokens.size() ? tokens[at] : tokens[tokens.size() - 1];
        error(fileIndex, t.line, t.column, message);
    };
    auto need = [&](qsizetype count, const char* what) {
        if (rdataCount != count) {
            rdataError(ti, QStringLiteral("%1 record needs %2").arg(typeName(type), QLatin1String(what)));
            return false;
        }
        return true;
    };
    // RFC 3597 generic RDATA for any type: `\# length hex...`.
    const bool generic = rdataCount >= 1 && !tokens[ti].quoted && tokens[ti].view(data) == "\\#";
    if (generic) {
        quint64 length = 0;
        if (rdataCount < 2 || !parseUint(tokens[ti + 1].view(data), 65535, &length)) {
            rdataError(ti, QStringLiteral("\\# needs a length"));
            return;
        }
        qsizetype hexDigits = 0;
        for (qsizetype k = ti + 2; k < tokens.size(); ++k) {
            for (char c : tokens[k].view(data)) {
                if (!isHex(c)) {
                    rdataError(k, QStringLiteral("\\# data must be hexadecimal"));
                    return;
                }
            }
            hexDigits += tokens[k].end - tokens[k].begin;
        }
        if (hexDigits % 2 != 0 || quint64(hexDigits / 2) != length) {
            rdataError(ti + 1,
                       QStringLiteral("\\# length %1 does not match %2 octets of data")
                           .arg(length)
                           .arg(double(hexDigits) / 2));
            return;
        }
    }
    switch (type) {
    case rrtype::A:
        if (!generic && (!need(1, "one IPv4 address") || !isIPv4(tokens[ti].view(data)))) {
            if (rdataCount == 1)
                rdataError(
                    ti, QStringLiteral("'%1' is not an IPv4 address").arg(QString::fromLatin1(tokens[ti].view(data))));
            return;
        }
        break;
    case rrtype::AAAA:
        if (!generic && (!need(1, "one IPv6 address") || !isIPv6(tokens[ti].view(data)))) {
            if (rdataCount == 1)
                rdataError(
                    ti, QStringLiteral("'%1' is not an IPv6 address").arg(QString::fromLatin1(tokens[ti].view(data))));
            return;
        }
        break;
    case rrtype::CNAME:
    case rrtype::DNAME:
    case rrtype::NS:
    case rrtype::PTR:
        if (!generic) {
            if (!need(1, "one name"))
                return;
            QByteArray target;
            if (!makeName(data, tokens[ti], origin, &target, fileIndex))
                return;
            rec.target = internTarget(target);
        }
        break;
    case rrtype::MX:
        if (!generic) {
            quint64 pref = 0;
            if (!need(2, "a preference and a name"))
                return;
            if (!parseUint(tokens[ti].view(data), 65535, &pref)) {
                rdataError(ti, QStringLiteral("MX preference must be 0-65535"));
                return;
            }
            QByteArray target;
            if (!makeName(data, tokens[ti + 1], origin, &target, fileIndex))
                return;
            rec.target = internTarget(target);
        }
        break;
    case rrtype::SOA:
        if (!generic) {
            if (!need(7, "7 fields: mname rname serial refresh retry expire minimum"))
                return;
            QByteArray n;
            if (!makeName(data, tokens[ti], origin, &n, fileIndex)
                || !makeName(data, tokens[ti + 1], origin, &n, fileIndex))
                return;
            quint64 serial = 0;
            if (!parseUint(tokens[ti + 2].view(data), 0xffffffffULL, &serial)) {
                rdataError(ti + 2, QStringLiteral("SOA serial must be a number"));
                return;
            }
            quint32 times[4];
            for (int k = 0; k < 4; ++k) {
                if (!parseTtl(tokens[ti + 3 + k].view(data), &times[k])) {
                    rdataError(ti + 3 + k, QStringLiteral("bad SOA time value"));
                    return;
                }
            }
            if (m_zone.m_soaIndex < 0) {
                m_zone.m_soaIndex = qsizetype(m_zone.m_records.size());
                m_zone.m_soaSerial = quint32(serial);
                m_zone.m_soaMinimum = times[3];
                m_zone.m_origin = QString::fromLatin1(m_zone.nameView(rec.owner));
            }
            if (!haveTtl && !m_haveDefaultTtl && !m_haveLastTtl) {
                ttl = times[3];
                haveTtl = true;
            }
        }
        break;
    case rrtype::TXT:
    case 99: // SPF
        if (!generic && rdataCount < 1) {
            rdataError(ti, QStringLiteral("TXT record needs at least one string"));
            return;
        }
        if (!generic) {
            // As Knot and BIND refuse to load them: a string longer than 255 octets, RDATA longer than 65,535.
            qsizetype rdataOctets = 0;
            for (qsizetype k = ti; k < tokens.size(); ++k) {
                const qsizetype octets = characterStringOctets(tokens[k].view(data));
                if (octets > 255) {
                    rdataError(k,
                               QStringLiteral("a %1 string of %2 octets: one string holds at most 255; split it "
                                              "into several quoted strings")
                                   .arg(typeName(type))
                                   .arg(octets));
                    return;
                }
                rdataOctets += 1 + octets;
            }
            if (rdataOctets > 65535) {
                rdataError(ti,
                           QStringLiteral("%1 RDATA of %2 octets: a record holds at most 65,535")
                               .arg(typeName(type))
                               .arg(rdataOctets));
                return;
            }
        }
        break;
    case rrtype::CAA: {
        CaaRecord caa;
        CaaParseError perr;
        const QByteArrayView text = QByteArrayView(data).sliced(rec.rdataBegin, rec.rdataEnd - rec.rdataBegin);
        if (!generic && rdataCount != 3) {
            rdataError(ti,
                       rdataCount < 3 ? QStringLiteral("CAA record needs flags, a tag and a value")
                                      : QStringLiteral("CAA value has unquoted spaces; put the value in quotes"));
            return;
        }
        // Comments and line breaks inside parentheses are not part of the RDATA: rebuild from the tokens.
        QByteArray joined;
        const bool simple = tokens.size() - ti == 3 && tokens[ti].line == tokens[tokens.size() - 1].line
            && !text.contains('(') && !text.contains(';');
        if (!simple) {
            for (qsizetype k = ti; k < tokens.size(); ++k) {
                if (k > ti)
                    joined.append(' ');
                if (tokens[k].quoted)
                    joined.append('"');
                joined.append(tokens[k].view(data).toByteArray());
                if (tokens[k].quoted)
                    joined.append('"');
            }
        }
        if (!parseCaaPresentation(simple ? text : QByteArrayView(joined), &caa, &perr)) {
            rdataError(ti, describe(perr));
            return;
        }
        if (perr.code == CaaParseError::TagCharacter) {
            rdataError(ti, describe(perr));
            return;
        }
        if (const qsizetype octets = 2 + caa.tag.size() + caa.value.size(); octets > 65535) {
            rdataError(ti, QStringLiteral("CAA RDATA of %1 octets: a record holds at most 65,535").arg(octets));
            return;
        }
        rec.target = quint32(m_zone.m_caa.size());
        m_zone.m_caa.push_back(std::move(caa));
        break;
    }
    default:
        break;
    }
    if (haveTtl) {
        m_haveLastTtl = true;
        m_lastTtl = ttl;
    } else if (m_haveDefaultTtl) {
        ttl = m_defaultTtl;
    } else if (m_haveLastTtl) {
        ttl = m_lastTtl;
    } else if (m_zone.m_soaIndex >= 0) {
        ttl = m_zone.m_soaMinimum;
    }
    rec.ttl = ttl;
    m_zone.m_records.push_back(rec);
}

void ZoneParser::parseFile(int fileIndex, QByteArray origin, int depth)
{
    ZoneSourceFile& source = m_zone.m_files[fileIndex];
    const QByteArray data = source.content; // shared, not copied
    qsizetype pos = 0;
    if (data.startsWith("\xEF\xBB\xBF")) {
        source.bom = true;
        pos = 3;
    }
    const qsizetype firstNewline = data.indexOf('\n');
    source.crlf = firstNewline > 0 && data[firstNewline - 1] == '\r';
    int line = 1;
    qsizetype lineStart = pos;
    QVarLengthArray<Token, 16> tokens;
    bool ownerOmitted = false;
    qsizetype recBegin = 0, recEnd = 0;
    quint32 sinceProgress = 0;
    while (!m_stopped && nextRecord(data, pos, line, lineStart, tokens, ownerOmitted, recBegin, recEnd, fileIndex)) {
        if (m_options.progress && ++sinceProgress >= 8192) {
            sinceProgress = 0;
            if (fileIndex == 0 && !m_options.progress(pos, data.size())) {
                m_zone.m_cancelled = true;
                m_stopped = true;
                break;
            }
        }
        if (tokens[0].begin < 0)
            continue; // broken quoting, already reported
        if (!tokens[0].quoted && !ownerOmitted && data[tokens[0].begin] == '$') {
            handleDirective(data, tokens, origin, fileIndex, depth);
            continue;
        }
        handleRecord(data, tokens, ownerOmitted, recBegin, recEnd, origin, fileIndex);
    }
}

ZoneFile ZoneFile::parse(const QByteArray& content, const QString& path, const ZoneLoadOptions& options)
{
    ZoneFile zone;
    ZoneSourceFile source;
    source.path = path;
    source.content = content;
    source.sizeOnDisk = content.size();
    zone.m_files.append(source);
    ZoneParser parser(zone, options);
    QByteArray origin = options.origin.toLower().toLatin1();
    if (origin.endsWith('.'))
        origin.chop(1);
    parser.m_originKnown = !options.origin.isEmpty();
    if (parser.m_originKnown)
        zone.m_origin = QString::fromLatin1(origin);
    // Every record starts on its own line, so the line count bounds the record count: one allocation, no regrowth
    // (a doubling vector plus shrink_to_fit would briefly hold three times the records).
    size_t lines = 1;
    for (const char *p = content.constData(), *end = p + content.size();
         (p = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)))); ++p)
        ++lines;
    zone.m_records.reserve(lines);
    parser.parseFile(0, origin, 0);
    if (zone.m_records.capacity() > zone.m_records.size() + zone.m_records.size() / 4 + 1024)
        zone.m_records.shrink_to_fit(); // many comment lines: give the slack back
    return zone;
}

ZoneFile ZoneFile::load(const QString& path, const ZoneLoadOptions& options)
{
    const QFileInfo info(path);
    auto failed = [&](const QString& message) {
        ZoneFile zone;
        ZoneSourceFile source;
        source.path = path;
        zone.m_files.append(source);
        zone.m_openFailed = true;
        zone.m_errors.append({ 0, 0, 0, message });
        return zone;
    };
    if (!info.exists())
        return failed(QStringLiteral("no such file"));
    if (info.isDir())
        return failed(QStringLiteral("this is a folder, not a zone file"));
    if (info.size() > options.maxFileSize)
        return failed(QStringLiteral("the file is %1 MB; zone files over %2 MB are not supported")
                          .arg(info.size() >> 20)
                          .arg(options.maxFileSize >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(QStringLiteral("cannot open: %1").arg(file.errorString()));
    QByteArray content;
    if (info.isFile() && !file.isSequential()) {
        // One buffer of exactly the file's size: readAll() grows by doubling (almost twice the file at its peak), and
        // resize() of an empty array reserves room to grow (a 37 MB zone took a 64 MiB block).
        content = QByteArray(file.size(), Qt::Uninitialized);
        qint64 got = 0;
        while (got < content.size()) {
            const qint64 n = file.read(content.data() + got, content.size() - got);
            if (n <= 0)
                break;
            got += n;
        }
        content.truncate(got);
        if (!file.atEnd()) // the file grew while being read: take the rest too
            content += file.readAll();
    } else {
        // A pipe (`--zone <(…)`, /dev/stdin) or a device: read to its end, in chunks, no further than the limit. It
        // read as an empty zone before ("0 findings").
        QByteArray chunk(64 * 1024, Qt::Uninitialized);
        while (content.size() <= options.maxFileSize) {
            const qint64 n = file.read(chunk.data(), chunk.size());
            if (n <= 0)
                break;
            content.append(chunk.constData(), n);
            // Binary from a device (/dev/urandom never ends): refused at once. A regular file with stray binary
            // bytes is parsed, its bad lines named.
            if (content.size() <= chunk.size() && content.contains('\0'))
                return failed(QStringLiteral("this is binary data, not a zone file"));
        }
    }
    if (file.error() != QFileDevice::NoError)
        return failed(QStringLiteral("cannot read: %1").arg(file.errorString()));
    if (content.size() > options.maxFileSize)
        return failed(QStringLiteral("the file is over %1 MB; zone files that large are not supported")
                          .arg(options.maxFileSize >> 20));
    ZoneLoadOptions effective = options;
    ZoneFile zone = parse(content, path, effective);
    zone.m_files[0].sizeOnDisk = info.size();
    zone.m_files[0].modifiedMs = info.lastModified().toMSecsSinceEpoch();
    return zone;
}

ZoneFile ZoneFile::reparsed(const ZoneLoadOptions& options) const
{
    const ZoneSourceFile main = m_files.value(0);
    ZoneFile zone = parse(main.content, main.path, options);
    zone.m_files[0].sizeOnDisk = main.sizeOnDisk;
    zone.m_files[0].modifiedMs = main.modifiedMs;
    return zone;
}

QString ZoneFile::name(quint32 index) const
{
    return QString::fromLatin1(nameView(index));
}

QByteArrayView ZoneFile::nameView(quint32 index) const
{
    const quint32 begin = m_nameOffsets[index];
    const quint32 end = index + 1 < m_nameOffsets.size() ? m_nameOffsets[index + 1] : quint32(m_names.size());
    return QByteArrayView(m_names).sliced(begin, end - begin);
}

QByteArrayView ZoneFile::rdataText(qsizetype i) const
{
    const ZoneRecord& r = record(i);
    return QByteArrayView(m_files[r.file].content).sliced(r.rdataBegin, r.rdataEnd - r.rdataBegin);
}

const CaaRecord& ZoneFile::caa(qsizetype i) const
{
    return m_caa[record(i).target];
}

SourceLocation ZoneFile::location(qsizetype i) const
{
    const ZoneRecord& r = record(i);
    SourceLocation loc;
    loc.fileIndex = r.file;
    loc.line = int(r.line);
    loc.begin = r.begin;
    loc.end = r.end;
    loc.rdataBegin = r.rdataBegin;
    loc.rdataEnd = r.rdataEnd;
    return loc;
}

QString ZoneFile::originFromFileName(const QString& path)
{
    QString name = QFileInfo(path).fileName().toLower();
    if (name.startsWith(QLatin1String("db.")))
        name.remove(0, 3);
    for (const char* suffix : { ".zone", ".db", ".hosts", ".signed", ".txt", ".dns" }) {
        if (name.endsWith(QLatin1String(suffix)))
            name.chop(int(qstrlen(suffix)));
    }
    if (name.endsWith(u'.'))
        name.chop(1);
    if (!name.contains(u'.'))
        return {};
    NameError error;
    const DomainName parsed = DomainName::parse(name, &error);
    return parsed.isValid() && !parsed.isWildcard() && !parsed.isIpAddress() ? parsed.text() : QString();
}

ZoneFile ZoneFile::loadNamed(const QString& path, const ZoneLoadOptions& options, QString* named)
{
    named->clear();
    ZoneFile zone = load(path, options);
    const QString guess = originFromFileName(path);
    if (zone.openFailed() || zone.cancelled() || zone.hasSoa() || !zone.origin().isEmpty() || !options.origin.isEmpty()
        || guess.isEmpty())
        return zone;
    ZoneLoadOptions withOrigin = options;
    withOrigin.origin = guess;
    ZoneFile retry = zone.reparsed(withOrigin);
    if (retry.recordCount() <= zone.recordCount())
        return zone;
    *named = guess;
    return retry;
}

QString ZoneFile::displayPath(int index) const
{
    if (index <= 0 || index >= m_files.size())
        return m_files.value(index).path;
    const QFileInfo main(m_files.first().path);
    return QDir::cleanPath(main.dir().filePath(pathInZoneFolder(index)));
}

QString ZoneFile::pathInZoneFolder(int index) const
{
    const QFileInfo main(m_files.value(0).path);
    const QString relative
        = QDir(main.absolutePath()).relativeFilePath(QFileInfo(m_files.value(index).path).absoluteFilePath());
    return QDir::fromNativeSeparators(relative);
}

QString ZoneFile::describeError(const ZoneError& error) const
{
    const QString path = QDir::toNativeSeparators(displayPath(error.fileIndex));
    if (error.line <= 0)
        return QStringLiteral("%1: %2").arg(path, error.message);
    return QStringLiteral("%1:%2:%3: %4").arg(path).arg(error.line).arg(error.column).arg(error.message);
}

} // namespace caa
