#include "caa/caarecord.h"

namespace caa {

namespace {

bool isTagChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool fail(CaaParseError* error, CaaParseError::Code code, qsizetype position)
{
    if (error)
        *error = { code, position };
    return false;
}

// Decodes the escape at text[*i] ('\\' followed by a character or three decimal digits) into *out.
bool decodeEscape(QByteArrayView text, qsizetype* i, QByteArray* out, CaaParseError* error)
{
    const qsizetype at = *i;
    if (at + 1 >= text.size())
        return fail(error, CaaParseError::BadEscape, at);
    if (text[at + 1] < '0' || text[at + 1] > '9') {
        out->append(text[at + 1]);
        *i = at + 2;
        return true;
    }
    int v = 0;
    for (int k = 1; k <= 3; ++k) {
        if (at + k >= text.size() || text[at + k] < '0' || text[at + k] > '9')
            return fail(error, CaaParseError::BadEscape, at);
        v = v * 10 + (text[at + k] - '0');
    }
    if (v > 255)
        return fail(error, CaaParseError::BadEscape, at);
    out->append(char(v));
    *i = at + 4;
    return true;
}

// Reads one presentation token starting at *pos, decoding escapes: a quoted string, or a contiguous unquoted one
// that ends at white space.
bool readCharacterString(QByteArrayView text, qsizetype* pos, QByteArray* out, CaaParseError* error)
{
    qsizetype i = *pos;
    out->clear();
    const bool quoted = i < text.size() && text[i] == '"';
    if (quoted)
        ++i;
    while (i < text.size()) {
        const char c = text[i];
        if (quoted ? c == '"' : isSpace(c))
            break;
        if (!quoted && c == '"')
            return fail(error, CaaParseError::UnbalancedQuote, i);
        if (c == '\\') {
            if (!decodeEscape(text, &i, out, error))
                return false;
            continue;
        }
        out->append(c);
        ++i;
    }
    if (quoted) {
        if (i >= text.size())
            return fail(error, CaaParseError::UnbalancedQuote, *pos);
        ++i; // the closing quote
    }
    *pos = i;
    return true;
}

} // namespace

bool CaaRecord::tagIs(QByteArrayView lowerCaseTag) const
{
    if (tag.size() != lowerCaseTag.size())
        return false;
    for (qsizetype i = 0; i < tag.size(); ++i) {
        char c = tag[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lowerCaseTag[i])
            return false;
    }
    return true;
}

QByteArray CaaRecord::toWire() const
{
    QByteArray wire;
    wire.reserve(2 + tag.size() + value.size());
    wire.append(char(flags));
    wire.append(char(quint8(tag.size())));
    wire.append(tag);
    wire.append(value);
    return wire;
}

QByteArray quoteCharacterString(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size() + 2);
    out.append('"');
    for (char ch : value) {
        const auto c = quint8(ch);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(ch);
        } else if (c < 0x20 || c > 0x7e) {
            char buf[5];
            buf[0] = '\\';
            buf[1] = char('0' + c / 100);
            buf[2] = char('0' + (c / 10) % 10);
            buf[3] = char('0' + c % 10);
            buf[4] = 0;
            out.append(buf, 4);
        } else {
            out.append(ch);
        }
    }
    out.append('"');
    return out;
}

QString CaaRecord::toPresentation() const
{
    QByteArray text = QByteArray::number(flags);
    text.append(' ');
    for (char c : tag) {
        if (isTagChar(c)) {
            text.append(c);
        } else { // not representable as a tag token; fall back to escapes
            text.append('\\');
            text.append(QByteArray::number(quint8(c)).rightJustified(3, '0'));
        }
    }
    text.append(' ');
    text.append(quoteCharacterString(value));
    return QString::fromLatin1(text);
}

QString CaaRecord::toGeneric() const
{
    const QByteArray wire = toWire();
    return QStringLiteral("\\# %1 %2").arg(wire.size()).arg(QString::fromLatin1(wire.toHex()));
}

bool parseCaaWire(QByteArrayView rdata, CaaRecord* out, CaaParseError* error)
{
    if (error)
        *error = {};
    if (rdata.size() < 2)
        return fail(error, CaaParseError::Truncated, rdata.size());
    const int tagLength = quint8(rdata[1]);
    if (tagLength == 0)
        return fail(error, CaaParseError::EmptyTag, 1);
    if (2 + tagLength > rdata.size())
        return fail(error, CaaParseError::TagPastEnd, 1);
    out->flags = quint8(rdata[0]);
    out->tag = rdata.sliced(2, tagLength).toByteArray();
    out->value = rdata.sliced(2 + tagLength).toByteArray();
    for (qsizetype i = 0; i < out->tag.size(); ++i) {
        if (!isTagChar(out->tag[i])) {
            if (error)
                *error = { CaaParseError::TagCharacter, 2 + i };
            break; // still a record: report, do not reject
        }
    }
    return true;
}

bool parseCaaPresentation(QByteArrayView text, CaaRecord* out, CaaParseError* error)
{
    if (error)
        *error = {};
    qsizetype i = 0;
    auto skip = [&] {
        while (i < text.size() && isSpace(text[i]))
            ++i;
    };
    skip();
    if (text.sliced(i).startsWith("\\#")) {
        i += 2;
        skip();
        qsizetype start = i;
        qint64 length = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            length = length * 10 + (text[i] - '0');
            if (length > 65535)
                return fail(error, CaaParseError::GenericLength, start);
            ++i;
        }
        if (i == start)
            return fail(error, CaaParseError::GenericLength, start);
        QByteArray wire;
        int pending = -1;
        while (i < text.size()) {
            if (isSpace(text[i])) {
                ++i;
                continue;
            }
            const int h = hexValue(text[i]);
            if (h < 0)
                return fail(error, CaaParseError::GenericHex, i);
            if (pending < 0) {
                pending = h;
            } else {
                wire.append(char(pending * 16 + h));
                pending = -1;
            }
            ++i;
        }
        if (pending >= 0)
            return fail(error, CaaParseError::GenericHex, text.size());
        if (wire.size() != length)
            return fail(error, CaaParseError::GenericLength, start);
        return parseCaaWire(wire, out, error);
    }
    // flags
    const qsizetype flagsStart = i;
    int flags = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        flags = flags * 10 + (text[i] - '0');
        if (flags > 255)
            return fail(error, CaaParseError::FlagsRange, flagsStart);
        ++i;
    }
    if (i == flagsStart) {
        if (i >= text.size())
            return fail(error, CaaParseError::MissingField, i);
        return fail(error, CaaParseError::FlagsRange, flagsStart);
    }
    if (i < text.size() && !isSpace(text[i]))
        return fail(error, CaaParseError::FlagsRange, flagsStart);
    skip();
    // tag
    const qsizetype tagStart = i;
    QByteArray tag;
    while (i < text.size() && !isSpace(text[i])) {
        if (!isTagChar(text[i]))
            return fail(error, CaaParseError::TagCharacter, i);
        tag.append(text[i]);
        ++i;
    }
    if (tag.isEmpty())
        return fail(error, tagStart >= text.size() ? CaaParseError::MissingField : CaaParseError::EmptyTag, tagStart);
    if (tag.size() > 255)
        return fail(error, CaaParseError::TagCharacter, tagStart);
    skip();
    if (i >= text.size())
        return fail(error, CaaParseError::MissingField, i);
    QByteArray value;
    if (!readCharacterString(text, &i, &value, error))
        return false;
    skip();
    if (i < text.size())
        return fail(error, CaaParseError::TrailingData, i);
    out->flags = quint8(flags);
    out->tag = tag;
    out->value = value;
    return true;
}

QString describe(const CaaParseError& error)
{
    switch (error.code) {
    case CaaParseError::None:
        return {};
    case CaaParseError::Truncated:
        return QStringLiteral("CAA RDATA is shorter than its flags and tag length");
    case CaaParseError::EmptyTag:
        return QStringLiteral("CAA tag length is 0 (RFC 8659 requires at least 1)");
    case CaaParseError::TagPastEnd:
        return QStringLiteral("CAA tag length points past the end of the RDATA");
    case CaaParseError::TagCharacter:
        return QStringLiteral("CAA tag may contain only letters and digits");
    case CaaParseError::FlagsRange:
        return QStringLiteral("CAA flags must be a number from 0 to 255");
    case CaaParseError::MissingField:
        return QStringLiteral("CAA record needs flags, a tag and a value");
    case CaaParseError::UnbalancedQuote:
        return QStringLiteral("unbalanced quote in CAA value");
    case CaaParseError::BadEscape:
        return QStringLiteral("bad escape in CAA value (\\DDD must be 000-255)");
    case CaaParseError::GenericLength:
        return QStringLiteral("RFC 3597 length does not match the hex data");
    case CaaParseError::GenericHex:
        return QStringLiteral("RFC 3597 data must be an even number of hex digits");
    case CaaParseError::TrailingData:
        return QStringLiteral("unexpected text after the CAA value (quote a value that contains spaces)");
    }
    return {};
}

} // namespace caa
