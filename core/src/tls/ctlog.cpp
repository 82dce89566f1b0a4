#include "caa/ctlog.h"

#include "caa/issuerdirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caa {

CtAnswer parseCrtShJson(QByteArrayView json, const QDate& since)
{
    CtAnswer answer;
    answer.status = CtAnswer::Status::Failed;
    if (json.size() > kMaxCtAnswerBytes) {
        answer.error = QStringLiteral("the answer is larger than 16 MiB");
        return answer;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        answer.error
            = QStringLiteral("the answer is not JSON (%1 at octet %2)").arg(error.errorString()).arg(error.offset);
        return answer;
    }
    if (!doc.isArray()) {
        answer.error = QStringLiteral("the answer is not a JSON array of certificates");
        return answer;
    }
    QHash<QString, int> byIssuer;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        const QString issuer = o.value(QStringLiteral("issuer_name")).toString().simplified().left(1024);
        const QString notBefore = o.value(QStringLiteral("not_before")).toString();
        if (issuer.isEmpty())
            continue;
        const QDate date = QDate::fromString(notBefore.left(10), Qt::ISODate);
        if (!date.isValid() || (since.isValid() && date < since))
            continue;
        ++answer.certificates;
        auto it = byIssuer.constFind(issuer);
        if (it == byIssuer.cend()) {
            if (answer.issuers.size() >= 64)
                continue; // a name with this many issuers is no ordinary domain: the first 64 are shown
            it = byIssuer.insert(issuer, int(answer.issuers.size()));
            CtIssuer entry;
            entry.issuerName = issuer;
            QString cn, org;
            splitDistinguishedName(issuer, &cn, &org);
            const IssuerIdentity id = IssuerDirectory::builtin().identifyByName(cn, org);
            if (id.isKnown()) {
                entry.caName = id.caName;
                entry.identifiers = id.identifiers;
            }
            answer.issuers.append(entry);
        }
        CtIssuer& entry = answer.issuers[*it];
        ++entry.certificates;
        if (!entry.latest.isValid() || date > entry.latest)
            entry.latest = date;
    }
    std::stable_sort(answer.issuers.begin(), answer.issuers.end(),
                     [](const CtIssuer& a, const CtIssuer& b) { return a.latest > b.latest; });
    answer.status = CtAnswer::Status::Answered;
    return answer;
}

} // namespace caa
