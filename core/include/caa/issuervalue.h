#pragma once

#include <QByteArray>
#include <QList>

namespace caa {

// A half-open range of octets inside a CAA value, for highlighting.
struct Span
{
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype length() const { return end - begin; }
    friend bool operator==(const Span&, const Span&) = default;
};

struct ValueDiagnostic
{
    enum Code
    {
        IssuerTrailingDot, // "letsencrypt.org." (RFC: a label cannot be empty)
        IssuerEmptyLabel, // "letsencrypt..org" or ".letsencrypt.org"
        IssuerCharacter, // a character not allowed in an issuer-domain-name (quote, space, '_', non-ASCII)
        IssuerLabelHyphen, // a label that starts or ends with '-'
        TextAfterIssuer, // "letsencrypt.org foo": something other than ';' after the issuer
        ParameterWithoutEquals, // "; foo" (Boulder: parameter not formatted as tag=value)
        ParameterTagEmpty, // "; =value"
        ParameterTagCharacter, // a character not allowed in a parameter tag
        ParameterTagHyphen, // "cert-type=dv": allowed by RFC 8659, rejected by Boulder
        ParameterValueCharacter, // space, ';' or non-ASCII inside a parameter value
        TrailingSemicolon, // "letsencrypt.org; a=b;"
        EmptyParameter, // "letsencrypt.org;; a=b"
    };
    Code code;
    Span span;
    bool blocking = true; // false: noted but the parser accepts it
    friend bool operator==(const ValueDiagnostic&, const ValueDiagnostic&) = default;
};

struct IssuerParameter
{
    QByteArray tag;
    QByteArray value;
    Span tagSpan;
    Span valueSpan;
};

// The issue/issuewild/issuemail value as one parser understood it.
struct IssuerValue
{
    // The parser accepted the value. When false, CAs treat the record as an empty issuer (RFC 8659 §4.2) or skip it
    // (Boulder); either way it never authorises anyone.
    bool wellFormed = false;
    // The issuer-domain-name the parser extracted (Boulder: the first ';'-part with spaces and tabs trimmed,
    // unvalidated; RFC: the ABNF issuer-domain-name). Empty for `;`, for an empty value and for a malformed RFC value.
    QByteArray issuer;
    Span issuerSpan;
    QList<IssuerParameter> parameters;
    QList<ValueDiagnostic> diagnostics;

    bool isDenyAll() const { return wellFormed && issuer.isEmpty(); }
    // Every parameter with this exact tag.
    QList<const IssuerParameter*> parametersNamed(QByteArrayView tag) const;
};

// RFC 8659 §4.2 ABNF, to the letter: WSP around issuer, ';' and '=', inner hyphens in parameter tags, no trailing dot,
// no trailing ';' after a parameter.
IssuerValue parseIssuerRfc8659(QByteArrayView value);

// Let's Encrypt's parser (Boulder va/caa.go parseCAARecord): split on every ';', trim SP/HTAB, issuer unvalidated,
// parameter tags strictly alphanumeric (no hyphens, empty allowed), values 0x21-0x3A / 0x3C-0x7E.
IssuerValue parseIssuerBoulder(QByteArrayView value);

} // namespace caa
