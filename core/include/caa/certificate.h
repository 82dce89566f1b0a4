#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QSslCertificate;

namespace caa {

// What CAA Doctor reads from one X.509 certificate (through Qt Network's QSslCertificate).
struct CertificateFacts
{
    QString subject; // the distinguished name on one line: "CN=www.example.com, O=Example"
    QString commonName;
    QString organization;
    QStringList dnsNames; // subjectAltName dNSName entries, as written
    QString issuer; // the issuer's distinguished name on one line
    QString issuerCommonName;
    QString issuerOrganization;
    QDateTime notBefore; // UTC
    QDateTime notAfter; // UTC
    QByteArray subjectKeyId; // hex, upper case, no separators; empty when the certificate has none
    QByteArray authorityKeyId; // the issuer's key identifier, same form
    QByteArray sha256; // of the DER encoding, hex lower case
    QByteArray der;
    bool selfSigned = false;
    bool isCa = false; // basicConstraints cA

    static CertificateFacts from(const QSslCertificate& certificate);
    // Whether the certificate is for `name` (lower case, no trailing dot): a subjectAltName dNSName equal to it, or a
    // "*.parent" entry covering one label below the parent (RFC 6125 §6.4.3). The common name counts only in a
    // certificate without any dNSName (as old clients did).
    bool covers(const QString& name) const;
};

// A certificate chain as a server sent it or a file held it: the leaf first, then the certificates that follow.
struct CertificateChain
{
    QList<CertificateFacts> certificates;

    bool isEmpty() const { return certificates.isEmpty(); }
    const CertificateFacts& leaf() const { return certificates.first(); }
    QByteArray pem() const; // every certificate, PEM, in chain order
    QStringList sha256s() const;
};

enum class CertificateReadError
{
    None,
    Empty, // no data at all
    TooLarge, // more than kMaxCertificateFileBytes
    NotACertificate, // neither PEM with a CERTIFICATE block nor DER of a certificate
    Damaged, // a PEM CERTIFICATE block whose contents are not a certificate
    RequestOnly, // a certificate request (CSR): it names names but was issued by nobody
    KeyOnly, // a private key and no certificate
    OnlyCaCertificates, // CA certificates (roots, intermediates) and no server certificate
    NoTlsBackend, // Qt found no TLS backend to parse certificates with
    NotAFile, // a folder, a pipe or a device: only regular files are read
    CannotOpen, // the file is missing or unreadable (the system's reason comes with it)
};

// One "-----BEGIN LABEL-----" … "-----END LABEL-----" block of a PEM file.
struct PemBlock
{
    QByteArray label; // "CERTIFICATE", "CERTIFICATE REQUEST", "PRIVATE KEY", …
    QByteArray text; // the whole block, BEGIN and END lines included
    QByteArray base64; // what lies between them, white space removed
};
// The PEM blocks of `data` in order. A block without its END line ends the reading; *unterminated then names its label.
QList<PemBlock> pemBlocks(const QByteArray& data, QByteArray* unterminated = nullptr);

inline constexpr qsizetype kMaxCertificateFileBytes = 4 * 1024 * 1024;
inline constexpr int kMaxChainCertificates = 64;

// Reads the certificates in a PEM file (any number of CERTIFICATE blocks; other blocks such as keys are skipped) or a
// DER file (one certificate). The leaf is the first certificate that is no CA (a chain saved root first is read
// leaf first); a file of CA certificates only is an error. `damagedBlocks` counts PEM blocks that
// could not be read while others could.
CertificateChain readCertificateChain(const QByteArray& data, CertificateReadError* error = nullptr,
                                      int* damagedBlocks = nullptr);
CertificateChain chainOf(const QList<QSslCertificate>& certificates);
// readCertificateChain() on a file: only a regular file is read (never a pipe or a device, which could block), and no
// more than kMaxCertificateFileBytes of it. `systemError` gets the system's reason when it cannot be opened.
CertificateChain readCertificateFile(const QString& path, CertificateReadError* error, QString* systemError = nullptr,
                                     int* damagedBlocks = nullptr);

// Certificates trusted beside the system's, from the PEM file named by CAA_DOCTOR_CA_FILE (a private root, a TLS
// inspecting proxy's, a test server's); none when unset or unreadable.
QList<QSslCertificate> extraTrustedCertificates();

} // namespace caa
