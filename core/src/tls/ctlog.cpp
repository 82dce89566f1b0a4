#include "caa/ctlog.h"

#include "caa/issuerdirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caa {

void CtIssuer::identify()
{
    QString cn, org;
    splitDistinguishedName(issuerName, &cn, &org);
    const IssuerIdentity id = IssuerDirectory::builtin().identifyByName(cn, org);
    caName = id.isKnown() ? id.caName : QString();
    identifiers = id.isKnown() ? id.identifiers : QStringList();
}

namespace {

// Whether one of the names a CT entry lists is `name` (or a wildcard covering it).
bool entryIsFor(const QJsonObject& o, const QString& name)
{
    const QJsonValue values = o.value(QStringLiteral("name_value"));
    const QJsonValue common = o.value(QStringLiteral("common_name"));
    if (!values.isString() && !common.isString())
        return false;
    QStringList names = values.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    names.append(common.toString());
    const QString parent = name.section(QLatin1Char('.'), 1);
    for (QString n : std::as_const(names)) {
        n = n.trimmed().toLower();
        if (n.endsWith(QLatin1Char('.')))
            n.chop(1);
        if (n == name || (n.startsWith(QLatin1String("*.")) && n.mid(2) == parent && !parent.isEmpty()))
            return true;
    }
    return false;
}

} // namespace

CtAnswer parseCrtShJson(QByteArrayView json, const QDate& since, const QString& name, const QDate& today)
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
    const QString wanted = name.toLower();
    QHash<QString, int> byIssuer;
    QList<CtIssuer> all;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        const QJsonValue issuerValue = o.value(QStringLiteral("issuer_name"));
        const QString issuer = issuerValue.toString().simplified().left(1024);
        const QDate date = QDate::fromString(o.value(QStringLiteral("not_before")).toString().left(10), Qt::ISODate);
        if (!issuerValue.isString() || issuer.isEmpty() || !date.isValid() || date > today.addDays(2)
            || (!wanted.isEmpty() && !entryIsFor(o, wanted))) {
            ++answer.unreadable;
            continue;
        }
        if (since.isValid() && date < since)
            continue;
        ++answer.certificates;
        auto it = byIssuer.constFind(issuer);
        if (it == byIssuer.cend()) {
            if (all.size() >= 4096) { // no real name has this many issuers: the rest are not told apart
                ++answer.unreadable;
                --answer.certificates;
                continue;
            }
            it = byIssuer.insert(issuer, int(all.size()));
            CtIssuer entry;
            entry.issuerName = issuer;
            all.append(entry);
        }
        CtIssuer& entry = all[*it];
        ++entry.certificates;
        if (!entry.latest.isValid() || date > entry.latest)
            entry.latest = date;
    }
    std::stable_sort(all.begin(), all.end(), [](const CtIssuer& a, const CtIssuer& b) { return a.latest > b.latest; });
    answer.omittedIssuers = std::max(0, int(all.size()) - 64);
    answer.issuers = all.mid(0, 64);
    for (CtIssuer& entry : answer.issuers)
        entry.identify();
    answer.status = CtAnswer::Status::Answered;
    return answer;
}

} // namespace caa
