#pragma once

#include <QByteArray>
#include <QString>

namespace caa {

// One CAA RDATA (RFC 8659 §4.1): flags, tag, value. The value is raw octets, exactly as on the wire.
struct CaaRecord
{
    quint8 flags = 0;
    QByteArray tag;
    QByteArray value;

    bool isIssuerCritical() const { return flags & 0x80; }
    // The tag lower-cased (tags match case-insensitively).
    QByteArray canonicalTag() const { return tag.toLower(); }
    bool tagIs(QByteArrayView lowerCaseTag) const;

    QByteArray toWire() const;
    // `0 issue "letsencrypt.org"` (value quoted, `"` and `\` escaped, non-printable octets as \DDD).
    QString toPresentation() const;
    // RFC 3597 generic form: `\# 22 00056973737565...`.
    QString toGeneric() const;

    friend bool operator==(const CaaRecord& a, const CaaRecord& b)
    {
        return a.flags == b.flags && a.tag == b.tag && a.value == b.value;
    }
};

struct CaaParseError
{
    enum Code
    {
        None,
        Truncated, // RDATA shorter than flags + tag length
        EmptyTag, // tag length 0 (RFC 8659: MUST be >= 1)
        TagPastEnd, // tag length points past the end of the RDATA
        TagCharacter, // a tag octet outside a-z A-Z 0-9
        FlagsRange, // presentation flags not 0..255
        MissingField, // presentation form lacks tag or value
        UnbalancedQuote, // presentation value has an opening quote without a closing one
        BadEscape, // \DDD above 255 or a lone backslash
        GenericLength, // `\# N hex` where N differs from the hex length
        GenericHex, // `\# N hex` with a non-hex digit
        TrailingData, // presentation text continues after the value
    };
    Code code = None;
    qsizetype position = 0; // octet offset (wire) or character offset (text)
};

// Decodes wire RDATA; a tag with characters outside [A-Za-z0-9] is accepted but reported via error (it is still a
// record a CA may see). Returns false for structurally broken RDATA.
bool parseCaaWire(QByteArrayView rdata, CaaRecord* out, CaaParseError* error = nullptr);
// Parses the presentation RDATA: `0 issue "value"`, `0 issue value`, or the RFC 3597 form `\# len hex`.
bool parseCaaPresentation(QByteArrayView text, CaaRecord* out, CaaParseError* error = nullptr);

QString describe(const CaaParseError& error);

// Quote a value for zone files: `"..."` with `"` and `\` escaped and octets outside 0x20-0x7E as \DDD.
QByteArray quoteCharacterString(QByteArrayView value);

} // namespace caa
