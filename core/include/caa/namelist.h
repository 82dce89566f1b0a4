#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace caa {

// Names to check in a batch, read from what a person drops: a text file (one name per line, '#' comments), a CSV/TSV
// export (the column called domain/name/hostname/fqdn/…, else the one that holds the most names), or PEM/DER
// certificates and certificate requests (their subjectAltName dNSNames, else the subject's common name).
struct NameListEntry
{
    int line = 0; // 1-based line of the text, or the certificate's number in the file
    QString text;
};

struct NameList
{
    enum Kind
    {
        Text,
        Csv,
        Certificates,
    };
    Kind kind = Text;
    QList<NameListEntry> names;
    QString column; // CSV: the header (or "column N") the names came from
    int skipped = 0; // lines or cells that hold no name
    int repeated = 0; // names that came again (checked once, at their first line)
    QString error; // nothing usable (binary data, no names): a sentence for the person
    bool columnNotFound = false; // the error is that the chosen column is not there
};

// `fileName` only helps to tell CSV from text. Duplicates are kept once, in first-seen order. `column` picks the CSV
// column by its header (any case) or its number from 1, instead of the guess; one that is not there is an error
// naming the columns there are (a text or certificate file has no columns: `column` is an error there too).
NameList readNameList(const QByteArray& data, const QString& fileName = QString(), const QString& column = QString());

// The name on one line of a plain list: without its '#' comment, blanks and a spreadsheet's quotes ("" for ").
// Empty for a blank or comment line. The streamed batch and readNameList() read lines the same way.
QString nameOfListLine(const QString& line);

// Whether a file of names must be read whole (a CSV/TSV table or certificates) rather than line by line, from its
// name and first bytes, by the same tests readNameList() applies.
bool nameListNeedsWholeFile(const QString& fileName, const QByteArray& head);

// A certificate or certificate request (PKCS #10), PEM or DER: the DNS names it is for.
struct CertificateNames
{
    bool isRequest = false;
    QString commonName;
    QStringList dnsNames; // subjectAltName dNSName entries, as written
};
// Every certificate and request in the data; empty when there is none (or it is malformed: `error` says why).
QList<CertificateNames> readCertificates(const QByteArray& data, QString* error = nullptr);

// Whether DER data is a PKCS #10 certificate request (which Qt cannot read).
bool isCertificateRequestDer(const QByteArray& der);

// What a dropped file is, from its name and first bytes: a zone file, or a list of names / certificates to check.
enum class DroppedFile
{
    Zone,
    NameList,
};
DroppedFile sniffDroppedFile(const QString& fileName, const QByteArray& head);

} // namespace caa
