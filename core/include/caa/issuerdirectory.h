#pragma once

#include "caa/certificate.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace caa {

// Which CA issued a certificate, told from its issuer: the CA's name, the CAA identifiers it recognises (the first
// is the one to write) and how this was found.
struct IssuerIdentity
{
    enum class Match
    {
        None, // not identified: the issuer is named as it is
        KeyIdentifier, // the leaf's authority key identifier is a CCADB intermediate's subject key identifier
        NamePattern, // the issuer's CN and O match a row of the curated overlay
        Name, // the issuer's CN and O are those of a CCADB intermediate
    };
    Match match = Match::None;
    QString caName; // "Let's Encrypt (ISRG)"
    QStringList identifiers;
    QString intermediate; // the issuing certificate's common name ("R11")
    QString intermediateOrganization;
    QString source; // the data row's source: "ccadb-v2@2025-12-26" or the overlay's URL

    bool isKnown() const { return match != Match::None && !identifiers.isEmpty(); }
};

// The issuing CAs in resources/data/issuers.tsv (generated from CCADB's report and issuer-overlay.csv).
class IssuerDirectory
{
public:
    static const IssuerDirectory& builtin();
    static IssuerDirectory fromData(QByteArrayView issuersTsv, QString* error = nullptr);

    // The leaf's issuer, by the leaf's authority key identifier, then the next certificate's subject key identifier,
    // then the issuer's name (overlay patterns first, then CCADB's names).
    IssuerIdentity identify(const CertificateChain& chain) const;
    // An issuer known only by name (a CT log entry: "C=US, O=Let's Encrypt, CN=R11").
    IssuerIdentity identifyByName(const QString& commonName, const QString& organization) const;
    int size() const { return int(m_rows.size()); }

private:
    struct Row
    {
        QByteArray keyId;
        QString commonName; // overlay rows: a pattern, '*' for any characters
        QString organization;
        QStringList identifiers;
        QString caName;
        QString source;
        bool pattern = false;
    };
    IssuerIdentity identityOf(const Row& row, IssuerIdentity::Match match) const;
    QList<Row> m_rows;
    QHash<QByteArray, int> m_byKeyId;
    QHash<QString, int> m_byName; // "cn\no" lower case
};

// "C=US, O=Let's Encrypt, CN=R11" or "/C=US/O=Let's Encrypt/CN=R11": the CN and O attributes.
void splitDistinguishedName(const QString& dn, QString* commonName, QString* organization);

} // namespace caa
