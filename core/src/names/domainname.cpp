#include "caa/domainname.h"

#include <QUrl>

namespace caa {

namespace {

bool isLdh(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '_';
}

// A dotted-quad IPv4 address: four decimal numbers 0-255 (no leading zeros beyond a single 0).
bool isIpv4(QStringView t)
{
    int parts = 0;
    qsizetype i = 0;
    while (i <= t.size()) {
        qsizetype j = i;
        while (j < t.size() && t[j] >= u'0' && t[j] <= u'9')
            ++j;
        const qsizetype len = j - i;
        if (len == 0 || len > 3 || (len > 1 && t[i] == u'0') || t.mid(i, len).toInt() > 255)
            return false;
        ++parts;
        if (j == t.size())
            break;
        if (t[j] != u'.' || parts == 4)
            return false;
        i = j + 1;
    }
    return parts == 4;
}

// An IPv6 address in RFC 4291 text form: hex groups with at most one "::", optionally ending in an IPv4 address.
bool isIpv6(QStringView t)
{
    if (t.size() < 2 || !t.contains(u':'))
        return false;
    int groups = 0;
    bool compressed = false;
    qsizetype i = 0;
    if (t.startsWith(u"::")) {
        compressed = true;
        i = 2;
        if (i == t.size())
            return true;
    } else if (t.startsWith(u':')) {
        return false;
    }
    while (i < t.size()) {
        qsizetype j = i;
        while (j < t.size() && j - i < 5 && t[j] != u':' && t[j] != u'.')
            ++j;
        if (j < t.size() && t[j] == u'.') { // the embedded IPv4 address ends it
            if (!isIpv4(t.mid(i)))
                return false;
            groups += 2;
            break;
        }
        const qsizetype len = j - i;
        if (len == 0 || len > 4)
            return false;
        for (qsizetype k = i; k < j; ++k) {
            const char16_t c = t[k].unicode();
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                return false;
        }
        ++groups;
        if (j == t.size())
            break;
        // t[j] == ':'
        if (j + 1 < t.size() && t[j + 1] == u':') {
            if (compressed)
                return false;
            compressed = true;
            i = j + 2;
            if (i == t.size())
                break;
        } else {
            if (j + 1 == t.size())
                return false; // a trailing single ':'
            i = j + 1;
        }
    }
    return compressed ? groups <= 7 : groups == 8;
}

// Strips a URL scheme, credentials, port, path, query and fragment, keeping only the host.
QStringView hostOfPastedText(QStringView text, qsizetype* offset)
{
    *offset = 0;
    const qsizetype scheme = text.indexOf(u"://");
    if (scheme > 0) {
        bool schemeLike = true;
        for (qsizetype i = 0; i < scheme; ++i) {
            const QChar c = text[i];
            if (!c.isLetterOrNumber() && c != u'+' && c != u'-' && c != u'.')
                schemeLike = false;
        }
        if (schemeLike) {
            *offset = scheme + 3;
            text = text.mid(scheme + 3);
        }
    }
    qsizetype end = text.size();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'/' || c == u'?' || c == u'#') {
            end = i;
            break;
        }
    }
    text = text.first(end);
    if (*offset > 0) { // only strip credentials and a port when it really was a URL
        const qsizetype at = text.lastIndexOf(u'@');
        if (at >= 0) {
            *offset += at + 1;
            text = text.mid(at + 1);
        }
        if (text.startsWith(u'[') && text.contains(u']')) {
            text = text.first(text.indexOf(u']') + 1); // [IPv6]:port
        } else {
            const qsizetype colon = text.lastIndexOf(u':');
            if (colon >= 0)
                text = text.first(colon);
        }
    }
    return text;
}

} // namespace

DomainName DomainName::parse(QStringView input, NameError* error)
{
    NameError local;
    NameError& err = error ? *error : local;
    err = {};

    qsizetype lead = 0;
    while (lead < input.size() && input[lead].isSpace())
        ++lead;
    qsizetype tail = input.size();
    while (tail > lead && input[tail - 1].isSpace())
        --tail;
    QStringView text = input.sliced(lead, tail - lead);
    qsizetype urlOffset = 0;
    text = hostOfPastedText(text, &urlOffset);
    const qsizetype base = lead + urlOffset;

    if (text.isEmpty()) {
        err = { NameError::Empty, base, base };
        return {};
    }
    // An IP address identifier: CAA does not apply to it (RFC 8659 §3 concerns domain names; Boulder skips CAA for
    // IP identifiers). Kept as written, lower case, without brackets.
    {
        QStringView ip = text;
        if (ip.size() > 2 && ip.startsWith(u'[') && ip.endsWith(u']'))
            ip = ip.mid(1, ip.size() - 2);
        if (isIpv4(ip) || isIpv6(ip)) {
            DomainName result;
            result.m_text = ip.toString().toLower();
            result.m_ip = true;
            return result;
        }
    }
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() > 0x7f)
            ascii = false;
    }
    DomainName result;
    qsizetype start = 0;
    if (text.startsWith(u"*.")) {
        result.m_wildcard = true;
        start = 2;
    }
    QStringView body = text.mid(start);
    if (body.endsWith(u'.'))
        body.chop(1);
    if (body == u"*" && !result.m_wildcard) {
        err = { NameError::WildcardAlone, base, base + text.size() };
        return {};
    }
    if (body.isEmpty()) {
        err = { text == u"." ? NameError::Empty : NameError::EmptyLabel, base, base + text.size() };
        return {};
    }
    QString ace;
    if (ascii) {
        ace = body.toString().toLower();
    } else {
        // UTS #46 / IDNA: U-labels to A-labels. QUrl::toAce returns empty for names IDNA cannot encode.
        ace = QString::fromLatin1(QUrl::toAce(body.toString()));
        if (ace.isEmpty()) {
            qsizetype bad = 0;
            while (bad < body.size() && body[bad].unicode() <= 0x7f)
                ++bad;
            err = { NameError::InvalidIdn, base + start + bad, base + start + bad + 1 };
            return {};
        }
        if (ace.endsWith(u'.'))
            ace.chop(1);
        ace = ace.toLower();
    }
    // Validate on the ASCII form; positions are meaningful for ASCII input.
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= ace.size(); ++i) {
        if (i == ace.size() || ace[i] == u'.') {
            const qsizetype len = i - labelStart;
            const qsizetype pos = ascii ? base + start + labelStart : base;
            if (len == 0) {
                err = { NameError::EmptyLabel, pos, pos + 1 };
                return {};
            }
            if (len > 63) {
                err = { NameError::LabelTooLong, pos, ascii ? pos + len : base + text.size() };
                return {};
            }
            // As CAs' name policies (Boulder's ValidDomain): LDH labels, and A-labels that decode.
            const QStringView label = QStringView(ace).sliced(labelStart, len);
            if (label.startsWith(u'-') || label.endsWith(u'-')) {
                err = { NameError::HyphenAtLabelEdge, pos, ascii ? pos + len : base + text.size() };
                return {};
            }
            if (label.startsWith(u"xn--")) {
                const QString decoded = QUrl::fromAce(label.toLatin1(), QUrl::IgnoreIDNWhitelist);
                if (decoded.isEmpty() || decoded == label) {
                    err = { NameError::InvalidAceLabel, pos, ascii ? pos + len : base + text.size() };
                    return {};
                }
            }
            labelStart = i + 1;
            continue;
        }
        const QChar c = ace[i];
        if (c == u'*') {
            err = { NameError::WildcardNotLeftmost, ascii ? base + start + i : base,
                    ascii ? base + start + i + 1 : base + text.size() };
            return {};
        }
        if (!isLdh(c)) {
            err = { NameError::InvalidCharacter, ascii ? base + start + i : base,
                    ascii ? base + start + i + 1 : base + text.size() };
            return {};
        }
    }
    if (ace.size() > 253) {
        err = { NameError::NameTooLong, base, base + text.size() };
        return {};
    }
    const qsizetype lastLabel = ace.lastIndexOf(u'.') + 1;
    bool numeric = true;
    for (qsizetype i = lastLabel; i < ace.size(); ++i)
        numeric = numeric && ace[i].isDigit();
    if (numeric) {
        err = { NameError::NumericTopLevel, ascii ? base + start + lastLabel : base, base + text.size() };
        return {};
    }
    result.m_text = ace;
    return result;
}

DomainName DomainName::fromAscii(QByteArrayView ascii, NameError* error)
{
    // A plain host name: no URL, user@host or IDN interpretation (an RFC 2317 '/' or a Latin-1 octet is invalid).
    for (qsizetype i = 0; i < ascii.size(); ++i) {
        const char c = ascii[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_' || c == '.' || c == '*';
        if (!ok) {
            if (error)
                *error = { NameError::InvalidCharacter, i, i + 1 };
            return {};
        }
    }
    return parse(QString::fromLatin1(ascii), error);
}

QString DomainName::displayText() const
{
    return m_wildcard ? QStringLiteral("*.") + m_text : m_text;
}

QString DomainName::unicodeText() const
{
    if (!m_text.contains(QStringLiteral("xn--")))
        return displayText();
    // Decode every TLD, not only those on Qt's IDN whitelist: this is for display, never for matching.
    const QString unicode = QUrl::fromAce(m_text.toLatin1(), QUrl::IgnoreIDNWhitelist);
    return m_wildcard ? QStringLiteral("*.") + unicode : unicode;
}

QStringList DomainName::labels() const
{
    return m_text.split(u'.');
}

int DomainName::labelCount() const
{
    return isValid() ? int(m_text.count(u'.')) + 1 : 0;
}

QList<DomainName> DomainName::climb() const
{
    QList<DomainName> names;
    if (!isValid() || m_ip)
        return names;
    qsizetype pos = 0;
    while (true) {
        DomainName n;
        n.m_text = m_text.mid(pos);
        names.append(n);
        const qsizetype dot = m_text.indexOf(u'.', pos);
        if (dot < 0)
            break;
        pos = dot + 1;
    }
    return names;
}

DomainName DomainName::parent() const
{
    DomainName p;
    const qsizetype dot = m_ip ? -1 : m_text.indexOf(u'.');
    if (dot >= 0)
        p.m_text = m_text.mid(dot + 1);
    return p;
}

bool DomainName::isSubdomainOf(const DomainName& other) const
{
    if (!isValid() || !other.isValid())
        return false;
    if (m_text == other.m_text)
        return true;
    return m_text.endsWith(other.m_text) && m_text.size() > other.m_text.size()
        && m_text[m_text.size() - other.m_text.size() - 1] == u'.';
}

} // namespace caa
