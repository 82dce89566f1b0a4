#include "caa/certificate.h"

#include "caa/namelist.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslSocket>
#include <algorithm>

namespace caa {

namespace {

QString first(const QStringList& values)
{
    return values.isEmpty() ? QString() : values.first();
}

QString distinguishedName(const QSslCertificate& c, bool issuer)
{
    static const std::pair<QSslCertificate::SubjectInfo, const char*> order[] = {
        { QSslCertificate::CommonName, "CN" },          { QSslCertificate::OrganizationalUnitName, "OU" },
        { QSslCertificate::Organization, "O" },         { QSslCertificate::LocalityName, "L" },
        { QSslCertificate::StateOrProvinceName, "ST" }, { QSslCertificate::CountryName, "C" },
    };
    QStringList parts;
    for (const auto& [info, label] : order) {
        for (const QString& value : issuer ? c.issuerInfo(info) : c.subjectInfo(info))
            parts.append(QLatin1String(label) + QLatin1Char('=') + value);
    }
    return parts.join(QStringLiteral(", "));
}

QByteArray normalisedKeyId(QByteArray hex)
{
    hex.replace(':', QByteArray());
    return hex.trimmed().toUpper();
}

} // namespace

CertificateFacts CertificateFacts::from(const QSslCertificate& c)
{
    CertificateFacts f;
    f.subject = distinguishedName(c, false);
    f.issuer = distinguishedName(c, true);
    f.commonName = first(c.subjectInfo(QSslCertificate::CommonName));
    f.organization = first(c.subjectInfo(QSslCertificate::Organization));
    f.issuerCommonName = first(c.issuerInfo(QSslCertificate::CommonName));
    f.issuerOrganization = first(c.issuerInfo(QSslCertificate::Organization));
    // QMultiMap gives the values of one key newest first: reversed, they are in the certificate's order.
    f.dnsNames = c.subjectAlternativeNames().values(QSsl::DnsEntry);
    std::reverse(f.dnsNames.begin(), f.dnsNames.end());
    f.notBefore = c.effectiveDate().toUTC();
    f.notAfter = c.expiryDate().toUTC();
    f.der = c.toDer();
    f.sha256 = QCryptographicHash::hash(f.der, QCryptographicHash::Sha256).toHex();
    f.selfSigned = c.isSelfSigned();
    for (const QSslCertificateExtension& e : c.extensions()) {
        if (e.oid() == QLatin1String("2.5.29.14"))
            f.subjectKeyId = normalisedKeyId(e.value().toString().toLatin1());
        else if (e.oid() == QLatin1String("2.5.29.35"))
            f.authorityKeyId = normalisedKeyId(e.value().toMap().value(QStringLiteral("keyid")).toByteArray());
        else if (e.oid() == QLatin1String("2.5.29.19"))
            f.isCa = e.value().toMap().value(QStringLiteral("ca")).toBool();
    }
    return f;
}

bool CertificateFacts::covers(const QString& name) const
{
    const QString wanted = name.toLower();
    const QStringList names = dnsNames.isEmpty() ? QStringList { commonName } : dnsNames;
    for (QString entry : names) {
        entry = entry.toLower();
        if (entry.endsWith(QLatin1Char('.')))
            entry.chop(1);
        if (entry == wanted)
            return true;
        if (entry.startsWith(QLatin1String("*.")) && entry.size() > 2) {
            const qsizetype dot = wanted.indexOf(QLatin1Char('.'));
            if (dot > 0 && QStringView(wanted).sliced(dot + 1) == QStringView(entry).sliced(2))
                return true;
        }
    }
    return false;
}

QByteArray CertificateChain::pem() const
{
    QByteArray out;
    for (const CertificateFacts& c : certificates) {
        out += "-----BEGIN CERTIFICATE-----\n";
        const QByteArray base64 = c.der.toBase64();
        for (qsizetype i = 0; i < base64.size(); i += 64)
            out += base64.mid(i, 64) + '\n';
        out += "-----END CERTIFICATE-----\n";
    }
    return out;
}

QStringList CertificateChain::sha256s() const
{
    QStringList out;
    for (const CertificateFacts& c : certificates)
        out.append(QString::fromLatin1(c.sha256));
    return out;
}

CertificateChain readCertificateFile(const QString& path, CertificateReadError* error, QString* systemError,
                                     int* damagedBlocks)
{
    CertificateReadError ignored;
    CertificateReadError& e = error ? *error : ignored;
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        e = CertificateReadError::CannotOpen;
        if (systemError)
            *systemError = path.isEmpty() ? QStringLiteral("no file name") : QStringLiteral("no such file");
        return {};
    }
    if (!info.isFile()) {
        e = CertificateReadError::NotAFile;
        return {};
    }
    if (info.size() > kMaxCertificateFileBytes) {
        e = CertificateReadError::TooLarge;
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        e = CertificateReadError::CannotOpen;
        if (systemError)
            *systemError = file.errorString();
        return {};
    }
    return readCertificateChain(file.read(kMaxCertificateFileBytes + 1), &e, damagedBlocks);
}

QList<PemBlock> pemBlocks(const QByteArray& data, QByteArray* unterminated)
{
    QList<PemBlock> out;
    qsizetype pos = 0;
    while ((pos = data.indexOf("-----BEGIN ", pos)) >= 0) {
        const qsizetype labelEnd = data.indexOf("-----", pos + 11);
        if (labelEnd < 0)
            break;
        PemBlock block;
        block.label = data.mid(pos + 11, labelEnd - pos - 11);
        const QByteArray endMarker = "-----END " + block.label + "-----";
        const qsizetype end = data.indexOf(endMarker, labelEnd + 5);
        if (end < 0) {
            if (unterminated)
                *unterminated = block.label;
            break;
        }
        block.text = data.mid(pos, end + endMarker.size() - pos);
        block.base64 = data.mid(labelEnd + 5, end - labelEnd - 5).simplified().replace(' ', QByteArray());
        pos = end + endMarker.size();
        out.append(block);
    }
    return out;
}

CertificateChain chainOf(const QList<QSslCertificate>& certificates)
{
    CertificateChain chain;
    for (const QSslCertificate& c : certificates) {
        if (chain.certificates.size() >= kMaxChainCertificates)
            break;
        if (!c.isNull())
            chain.certificates.append(CertificateFacts::from(c));
    }
    return chain;
}

CertificateChain readCertificateChain(const QByteArray& data, CertificateReadError* error, int* damagedBlocks)
{
    CertificateReadError ignored;
    CertificateReadError& e = error ? *error : ignored;
    e = CertificateReadError::None;
    int damaged = 0;
    if (damagedBlocks)
        *damagedBlocks = 0;
    if (data.trimmed().isEmpty()) {
        e = CertificateReadError::Empty;
        return {};
    }
    if (data.size() > kMaxCertificateFileBytes) {
        e = CertificateReadError::TooLarge;
        return {};
    }
    if (QSslSocket::availableBackends().isEmpty()) {
        e = CertificateReadError::NoTlsBackend;
        return {};
    }
    QList<QSslCertificate> read;
    bool sawRequest = false;
    bool sawKey = false;
    if (data.contains("-----BEGIN ")) {
        // Block by block, so a damaged block is counted and the others are still read.
        QByteArray unterminated;
        for (const PemBlock& block : pemBlocks(data, &unterminated)) {
            if (read.size() >= kMaxChainCertificates)
                break;
            if (block.label.endsWith("CERTIFICATE REQUEST")) {
                sawRequest = true;
                continue;
            }
            sawKey = sawKey || block.label.endsWith("PRIVATE KEY");
            if (block.label != "CERTIFICATE" && block.label != "TRUSTED CERTIFICATE")
                continue; // keys and other blocks
            const QList<QSslCertificate> one = QSslCertificate::fromData(block.text, QSsl::Pem);
            if (one.size() == 1 && !one.first().isNull())
                read.append(one.first());
            else
                ++damaged;
        }
        if (!unterminated.isEmpty())
            ++damaged;
    } else {
        const QSslCertificate one(data, QSsl::Der);
        if (!one.isNull())
            read.append(one);
        else
            sawRequest = isCertificateRequestDer(data); // a DER certificate request: its own reader knows it
    }
    if (damagedBlocks)
        *damagedBlocks = damaged;
    if (read.isEmpty()) {
        e = damaged      ? CertificateReadError::Damaged
            : sawRequest ? CertificateReadError::RequestOnly
            : sawKey     ? CertificateReadError::KeyOnly
                         : CertificateReadError::NotACertificate;
        return {};
    }
    CertificateChain chain = chainOf(read);
    // The leaf is the first certificate that is no CA; a file of CA certificates holds no server's certificate.
    qsizetype leaf = -1;
    for (qsizetype i = 0; i < chain.certificates.size() && leaf < 0; ++i) {
        if (!chain.certificates[i].isCa)
            leaf = i;
    }
    if (leaf < 0) {
        e = CertificateReadError::OnlyCaCertificates;
        return {};
    }
    if (leaf > 0)
        chain.certificates.move(leaf, 0);
    return chain;
}

QList<QSslCertificate> extraTrustedCertificates()
{
    const QString path = QString::fromLocal8Bit(qgetenv("CAA_DOCTOR_CA_FILE"));
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QSslCertificate::fromData(file.read(kMaxCertificateFileBytes), QSsl::Pem);
}

} // namespace caa
