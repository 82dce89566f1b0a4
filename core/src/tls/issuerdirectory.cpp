#include "caa/issuerdirectory.h"

#include <QFile>
#include <QRegularExpression>

namespace caa {

namespace {

bool globMatches(const QString& pattern, const QString& text)
{
    // '*' for any run of characters; everything else literal, any case.
    const QStringList pieces = pattern.toCaseFolded().split(QLatin1Char('*'));
    const QString t = text.toCaseFolded();
    if (pieces.size() == 1)
        return t == pieces.first();
    if (!t.startsWith(pieces.first()) || !t.endsWith(pieces.last()))
        return false;
    qsizetype pos = pieces.first().size();
    const qsizetype end = t.size() - pieces.last().size();
    if (end < pos)
        return false;
    for (qsizetype i = 1; i + 1 < pieces.size(); ++i) {
        const qsizetype at = t.indexOf(pieces[i], pos);
        if (at < 0 || at + pieces[i].size() > end)
            return false;
        pos = at + pieces[i].size();
    }
    return true;
}

QString nameKey(const QString& cn, const QString& o)
{
    return cn.toCaseFolded() + QLatin1Char('\n') + o.toCaseFolded();
}

} // namespace

const IssuerDirectory& IssuerDirectory::builtin()
{
    static const IssuerDirectory directory = [] {
        QFile file(QStringLiteral(":/caa/data/issuers.tsv"));
        QByteArray data;
        if (file.open(QIODevice::ReadOnly))
            data = file.readAll();
        return fromData(data);
    }();
    return directory;
}

IssuerDirectory IssuerDirectory::fromData(QByteArrayView tsv, QString* error)
{
    IssuerDirectory d;
    bool header = true;
    int lineNumber = 0;
    const QList<QByteArray> lines = tsv.toByteArray().split('\n');
    for (const QByteArray& line : lines) {
        ++lineNumber;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (header) {
            header = false;
            continue;
        }
        const QList<QByteArray> f = line.split('\t');
        if (f.size() != 6) {
            if (error && error->isEmpty())
                *error = QStringLiteral("issuers.tsv line %1: %2 fields, not 6").arg(lineNumber).arg(f.size());
            continue;
        }
        Row row;
        row.keyId = f[0].toUpper();
        row.commonName = QString::fromUtf8(f[1]);
        row.organization = QString::fromUtf8(f[2]);
        const bool ditto = f[3] == "=" && !d.m_rows.isEmpty(); // the same CA as the row above
        row.identifiers
            = ditto ? d.m_rows.last().identifiers : QString::fromUtf8(f[3]).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        row.caName = ditto ? d.m_rows.last().caName : QString::fromUtf8(f[4]);
        row.source = ditto ? d.m_rows.last().source : QString::fromUtf8(f[5]);
        row.pattern = row.keyId.isEmpty();
        const int index = int(d.m_rows.size());
        d.m_rows.append(row);
        if (!row.keyId.isEmpty())
            d.m_byKeyId.insert(row.keyId, index);
        if (!row.pattern && !d.m_byName.contains(nameKey(row.commonName, row.organization)))
            d.m_byName.insert(nameKey(row.commonName, row.organization), index);
    }
    return d;
}

IssuerIdentity IssuerDirectory::identityOf(const Row& row, IssuerIdentity::Match match) const
{
    IssuerIdentity id;
    id.match = match;
    id.caName = row.caName;
    id.identifiers = row.identifiers;
    id.source = row.source;
    return id;
}

IssuerIdentity IssuerDirectory::identify(const CertificateChain& chain) const
{
    if (chain.isEmpty())
        return {};
    const CertificateFacts& leaf = chain.leaf();
    IssuerIdentity id;
    auto byKey = [&](const QByteArray& key) {
        const auto it = key.isEmpty() ? m_byKeyId.cend() : m_byKeyId.constFind(key);
        if (it == m_byKeyId.cend())
            return false;
        id = identityOf(m_rows[*it], IssuerIdentity::Match::KeyIdentifier);
        return true;
    };
    if (!byKey(leaf.authorityKeyId)) {
        const bool nextIsIssuer = chain.certificates.size() > 1 && chain.certificates[1].subject == leaf.issuer;
        if (!(nextIsIssuer && byKey(chain.certificates[1].subjectKeyId)))
            id = identifyByName(leaf.issuerCommonName, leaf.issuerOrganization);
    }
    if (id.match == IssuerIdentity::Match::None && leaf.selfSigned)
        return {};
    id.intermediate = leaf.issuerCommonName;
    id.intermediateOrganization = leaf.issuerOrganization;
    return id;
}

IssuerIdentity IssuerDirectory::identifyByName(const QString& commonName, const QString& organization) const
{
    if (commonName.isEmpty() && organization.isEmpty())
        return {};
    IssuerIdentity id;
    for (const Row& row : m_rows) {
        if (row.pattern && globMatches(row.commonName, commonName)
            && globMatches(row.organization.isEmpty() ? QStringLiteral("*") : row.organization, organization)) {
            id = identityOf(row, IssuerIdentity::Match::NamePattern);
            break;
        }
    }
    if (id.match == IssuerIdentity::Match::None) {
        const auto it = m_byName.constFind(nameKey(commonName, organization));
        if (it != m_byName.cend())
            id = identityOf(m_rows[*it], IssuerIdentity::Match::Name);
    }
    id.intermediate = commonName;
    id.intermediateOrganization = organization;
    return id;
}

void splitDistinguishedName(const QString& dn, QString* commonName, QString* organization)
{
    // Attributes separated by ',' (RFC 4514 style, a "\," stays in the value) or '/' (OpenSSL's old form).
    static const QRegularExpression attribute(QStringLiteral(R"((?:^|[,/;]\s*)(CN|O)\s*=\s*((?:\\.|[^,/;\\])*))"),
                                              QRegularExpression::CaseInsensitiveOption);
    auto it = attribute.globalMatch(dn);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString value = m.captured(2).trimmed();
        value.replace(QLatin1String("\\,"), QLatin1String(","));
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        if (m.captured(1).compare(QLatin1String("CN"), Qt::CaseInsensitive) == 0) {
            if (commonName && commonName->isEmpty())
                *commonName = value;
        } else if (organization && organization->isEmpty()) {
            *organization = value;
        }
    }
}

} // namespace caa
