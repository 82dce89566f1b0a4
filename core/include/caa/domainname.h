#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace caa {

// Why a name was rejected, with the character range in the input it concerns.
struct NameError
{
    enum Code
    {
        None,
        Empty,
        EmptyLabel,
        LabelTooLong,
        NameTooLong,
        InvalidCharacter,
        InvalidIdn,
        WildcardNotLeftmost,
        NumericTopLevel, // "1.2.3.4." or "*.192.0.2.1": no top-level domain is a number
        HyphenAtLabelEdge, // "-www.example.com": no host name label starts or ends with '-'
        InvalidAceLabel, // "xn--a.example.com": an "xn--" label that is no valid Punycode
        WildcardAlone, // "*": a wildcard needs the name it stands under ("*.example.com")
        LineTooLong, // a line of a list longer than 65,536 characters: no name is that long (not parsed)
    };
    Code code = None;
    qsizetype begin = 0; // position in the input text
    qsizetype end = 0;
};

// A normalised DNS name as CAs use it: A-labels, lower case, no trailing dot. A leading "*." becomes the wildcard
// flag; the name itself is then the base name (RFC 8659 §4.3: "*.X" is evaluated with the relevant set of X).
class DomainName
{
public:
    DomainName() = default;

    // Accepts "Example.COM.", "*.example.com", "bücher.example", and a pasted URL such as
    // "https://www.example.com:8443/path" (the host is taken). Returns an empty name and sets *error on failure.
    static DomainName parse(QStringView input, NameError* error = nullptr);
    // Parses a name already in wire-ish ASCII form (zone files, DNS answers): no URL or IDN handling.
    static DomainName fromAscii(QByteArrayView ascii, NameError* error = nullptr);

    bool isValid() const { return !m_text.isEmpty(); }
    // "192.0.2.1", "2001:db8::1" (also bracketed or in a URL): an IP address identifier, never climbed.
    bool isIpAddress() const { return m_ip; }
    bool isWildcard() const { return m_wildcard; }
    const QString& text() const { return m_text; }
    // "*.example.com" for a wildcard request, else text().
    QString displayText() const;
    // The Unicode form for display when the name has A-labels, else text().
    QString unicodeText() const;
    QStringList labels() const;
    int labelCount() const;
    bool isTld() const { return isValid() && !m_ip && !m_text.contains(u'.'); }

    // The name and each parent in RFC 8659 climb order: the name first, the TLD last, never the root. Empty for an IP
    // address.
    QList<DomainName> climb() const;
    DomainName parent() const;
    bool isSubdomainOf(const DomainName& other) const; // true for equal names too

    friend bool operator==(const DomainName& a, const DomainName& b)
    {
        return a.m_text == b.m_text && a.m_wildcard == b.m_wildcard && a.m_ip == b.m_ip;
    }

private:
    QString m_text;
    bool m_wildcard = false;
    bool m_ip = false;
};

} // namespace caa
