#pragma once

#include "caa/evaluator.h"

#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace caa {

// The CAs that issued certificates for a name lately, from Certificate Transparency (crt.sh's JSON interface).
struct CtIssuer
{
    QString issuerName; // "C=US, O=Let's Encrypt, CN=R11"
    QString caName; // from the issuer directory; empty when unknown
    QStringList identifiers; // its CAA identifiers; empty when unknown
    int certificates = 0;
    QDate latest; // the newest not_before
    Outcome outcome = Outcome::Pending; // may this CA issue now (judged from the same climb); Pending for unknown

    // Fills caName and identifiers from issuerName with the issuer directory (left empty when it names no CA).
    void identify();
};

struct CtAnswer
{
    enum class Status
    {
        NotAsked,
        Answered,
        Failed,
    };
    Status status = Status::NotAsked;
    QString error; // Failed: what went wrong, in English from the parser or the network
    QString url; // the URL asked
    int certificates = 0; // entries read (after the date filter)
    int unreadable = 0; // entries without an issuer or a date, dated in the future, or for other names
    int omittedIssuers = 0; // issuers past the 64 newest
    QList<CtIssuer> issuers; // the 64 with the newest certificates, newest first
};

inline constexpr qsizetype kMaxCtAnswerBytes = 16 * 1024 * 1024;
inline constexpr int kCtDays = 400; // "lately": the certificates whose validity began in the last 400 days

// Parses crt.sh's `output=json` answer: an array of objects with issuer_name and not_before (and name_value /
// common_name: the names the certificate is for). Entries older than `since` are left out; entries for other names
// than `name` (when given), dated after `today`, or missing a field are counted as unreadable. The issuers are
// counted and identified with the issuer directory (never trusted further); the 64 newest are kept.
CtAnswer parseCrtShJson(QByteArrayView json, const QDate& since, const QString& name = QString(),
                        const QDate& today = QDate::currentDate());

} // namespace caa
