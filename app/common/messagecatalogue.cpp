#include "messagecatalogue.h"

#include "caa/caprofile.h"
#include "caa/dnsmessage.h"
#include "caa/issuervalue.h"

#include <QUrl>

namespace caa {

QString MessageCatalogue::servedFailure(TlsProbeResult::Status status, const QVariantMap& a)
{
    QString t;
    switch (status) {
    case TlsProbeResult::Status::NoAddress:
        t = a.value(QStringLiteral("aliasTarget")).toString().isEmpty()
            ? tr("No certificate was read: {host} has no IPv4 or IPv6 address.")
            : tr("No certificate was read: {host} is an alias of {aliasTarget}, which has no IPv4 or IPv6 address.");
        break;
    case TlsProbeResult::Status::AddressLookupFailed:
        t = tr("No certificate was read: the addresses of {host} could not be looked up.");
        break;
    case TlsProbeResult::Status::Refused:
        t = tr("No certificate was read: no TLS server listens on {host} port {port} (connection refused).");
        break;
    case TlsProbeResult::Status::Unreachable:
        t = tr("No certificate was read: {host} port {port} could not be reached.");
        break;
    case TlsProbeResult::Status::Timeout:
        t = tr("No certificate was read: the server at {host} port {port} accepted the connection but did not "
               "finish the TLS handshake within {seconds} s.");
        break;
    case TlsProbeResult::Status::HandshakeFailed:
        t = tr("No certificate was read: the server at {host} port {port} does not speak TLS, or the handshake "
               "failed.");
        break;
    case TlsProbeResult::Status::ChainTooLarge:
        t = tr("No certificate was read: the server at {host} port {port} sends a certificate chain larger than TLS "
               "clients accept (about 100 kB), so browsers and ACME clients fail to connect as well.");
        break;
    default:
        return {};
    }
    t += QLatin1Char(' ') + tr("The CAA check itself is unaffected.");
    QString out = fill(t, a);
    const QString detail = a.value(QStringLiteral("detail")).toString();
    if (!detail.isEmpty() && status != TlsProbeResult::Status::Refused) // "connection refused" is said already
        out += QLatin1Char(' ') + tr("(TLS library: %1)").arg(detail);
    return out;
}

QString MessageCatalogue::servedFailure(const TlsProbeResult& probe)
{
    return servedFailure(probe.status,
                         { { QStringLiteral("host"), probe.host },
                           { QStringLiteral("port"), probe.port },
                           { QStringLiteral("detail"), probe.detail },
                           { QStringLiteral("aliasTarget"), probe.aliasTarget },
                           { QStringLiteral("seconds"), probe.timeoutMs / 1000.0 } });
}

QString MessageCatalogue::certificateReadError(CertificateReadError error)
{
    switch (error) {
    case CertificateReadError::None:
        return {};
    case CertificateReadError::Empty:
        return tr("The file is empty.");
    case CertificateReadError::TooLarge:
        return tr("The file is larger than 4 MiB: no certificate chain is that large.");
    case CertificateReadError::NotACertificate:
        return tr("The file holds no certificate (PEM with a CERTIFICATE block, or DER).");
    case CertificateReadError::Damaged:
        return tr("The certificate in the file is damaged: its PEM block does not decode to a certificate.");
    case CertificateReadError::RequestOnly:
        return tr("The file holds a certificate request, not a certificate: no CA has issued it yet.");
    case CertificateReadError::NotAFile:
        return tr("It is not a regular file (a folder, a pipe or a device): give the certificate's file.");
    case CertificateReadError::CannotOpen:
        return tr("The file cannot be opened.");
    case CertificateReadError::KeyOnly:
        return tr("The file holds a private key, not a certificate: open the certificate's file (.pem, .crt, .cer).");
    case CertificateReadError::OnlyCaCertificates:
        return tr("The file holds only CA certificates (roots or intermediates), not a server's certificate.");
    case CertificateReadError::NoTlsBackend:
        return tr("Certificates cannot be read: Qt found no TLS backend (install OpenSSL 3).");
    }
    return {};
}

QString MessageCatalogue::renewalOutlook(const WhoIssues& who, const QDateTime& nowUtc)
{
    if (!who.hasChain())
        return {};
    const CertificateFacts& leaf = who.probe.chain.leaf();
    QVariantMap a;
    a.insert(QStringLiteral("notAfter"), leaf.notAfter.date().toString(Qt::ISODate));
    const QDateTime due = who.renewalDue();
    a.insert(QStringLiteral("renewal"), due.date().toString(Qt::ISODate));
    a.insert(QStringLiteral("days"), qMax<qint64>(0, nowUtc.daysTo(due)));
    a.insert(QStringLiteral("ca"), who.issuer.caName.isEmpty() ? who.issuer.identifiers.value(0) : who.issuer.caName);
    QString when;
    const bool selfSigned = leaf.selfSigned && !who.issuer.isKnown();
    if (who.expired(nowUtc))
        when = tr("Expired on {notAfter}: it was not renewed in time.");
    else if (selfSigned)
        when = tr("Valid until {notAfter}.");
    else if (due <= nowUtc)
        when = tr("Valid until {notAfter}; it is due for renewal now.");
    else
        when = tr("Valid until {notAfter}; renewal usually around {renewal} (in {days} days).");
    QString verdict;
    if (selfSigned)
        verdict = tr("It is self-signed: no CA renews it, and CAA does not apply to it.");
    else if (!who.coversName)
        verdict = tr("It is not for this name, so no renewal verdict is given.");
    else if (!who.issuer.isKnown())
        verdict = tr("Whether CAA allows its CA to renew cannot be told: the issuer is unknown.");
    else if (who.served.verdict.outcome == Outcome::Permit && who.expired(nowUtc))
        verdict = tr("CAA allows {ca} now, so a renewal would be allowed.");
    else if (who.served.verdict.outcome == Outcome::Permit)
        verdict = tr("CAA allows {ca}: its renewals are allowed.");
    else if (who.served.verdict.outcome == Outcome::Forbid)
        verdict = tr("CAA does not allow {ca}: its next renewal will fail.");
    else
        verdict = tr("Whether CAA allows {ca} cannot be told: a lookup failed.");
    return fill(when + QLatin1Char(' ') + verdict, a);
}

QString MessageCatalogue::ctSummary(const CtAnswer& ct)
{
    if (ct.status == CtAnswer::Status::Failed)
        return tr("No usable answer from %1: %2.").arg(QUrl(ct.url).host(), ct.error);
    QString unreadable;
    if (ct.unreadable > 0)
        unreadable = QLatin1Char(' ')
            + tr("%n entries of the answer were left out (no issuer or date, dated in the future, or for other names).",
                 nullptr, ct.unreadable);
    if (ct.issuers.isEmpty())
        return tr("No certificate for this name from the last %n days.", nullptr, kCtDays) + unreadable;
    QStringList parts;
    for (const CtIssuer& i : ct.issuers) {
        QString who = i.caName.isEmpty() ? i.issuerName : i.caName;
        QString state = i.identifiers.isEmpty() ? tr("unknown CA")
            : i.outcome == Outcome::Permit      ? tr("CAA allows it")
            : i.outcome == Outcome::Forbid      ? tr("CAA refuses it now")
                                                : tr("cannot tell");
        parts.append(tr("%1 (%n certificates, latest %2; %3)", nullptr, i.certificates)
                         .arg(who, i.latest.toString(Qt::ISODate), state));
    }
    QString more;
    if (ct.omittedIssuers > 0)
        more = QLatin1Char(' ') + tr("And %n more issuers, with older certificates.", nullptr, ct.omittedIssuers);
    return tr("Issued lately by: %1.").arg(parts.join(QStringLiteral("; "))) + more + unreadable;
}

QString MessageCatalogue::whoIssuesNote(const Diagnosis& d)
{
    const WhoIssues& w = d.who;
    const QString asked = d.profiles.isEmpty() ? QString() : d.profiles.first().key;
    if (w.hasServedVerdict && w.served.verdict.outcome == Outcome::Forbid && w.served.profile.key != asked)
        return tr("But the certificate in use comes from %1, which these records do not allow: its next renewal will "
                  "fail (see Who issues).")
            .arg(w.issuer.caName.isEmpty() ? w.served.profile.displayName : w.issuer.caName);
    for (const PlatformFinding& p : w.platforms) {
        if (p.allRefuse())
            return tr("But %1 serves this name and gets its certificates from CAs these records do not allow (see "
                      "Who issues).")
                .arg(p.match.platform.name);
    }
    return {};
}

QString MessageCatalogue::platformEvidence(const PlatformMatch& match)
{
    QVariantMap a { { QStringLiteral("owner"), match.owner }, { QStringLiteral("target"), match.name } };
    return fill(match.evidence == PlatformMatch::Evidence::Cname ? tr("{owner} is an alias (CNAME) of {target}")
                                                                 : tr("the zone {owner} is served by {target}"),
                a);
}

QString MessageCatalogue::fill(QString text, const QVariantMap& args)
{
    for (auto it = args.constBegin(); it != args.constEnd(); ++it) {
        const QString key = QLatin1Char('{') + it.key() + QLatin1Char('}');
        if (!text.contains(key))
            continue;
        const QVariant& v = it.value();
        const QString value
            = v.typeId() == QMetaType::QStringList ? v.toStringList().join(QStringLiteral(", ")) : v.toString();
        text.replace(key, value);
    }
    return text;
}

namespace {

// "5 min", "1 h", "1 h 30 min", "2 days".
QString duration(qint64 seconds)
{
    // Explicit English forms: %n plurals need a loaded translation to choose "second" or "seconds".
    auto unit = [](qint64 n, const QString& one, const QString& many) {
        return n == 1 ? one : many.arg(n);
    };
    if (seconds < 60)
        return unit(seconds, MessageCatalogue::tr("1 second"), MessageCatalogue::tr("%1 seconds"));
    if (seconds < 3600)
        return unit(seconds / 60, MessageCatalogue::tr("1 minute"), MessageCatalogue::tr("%1 minutes"));
    if (seconds < 86400) {
        QString text = unit(seconds / 3600, MessageCatalogue::tr("1 hour"), MessageCatalogue::tr("%1 hours"));
        const qint64 minutes = seconds % 3600 / 60;
        if (minutes)
            text += QLatin1Char(' ')
                + unit(minutes, MessageCatalogue::tr("1 minute"), MessageCatalogue::tr("%1 minutes"));
        return text;
    }
    return unit(seconds / 86400, MessageCatalogue::tr("1 day"), MessageCatalogue::tr("%1 days"));
}

QString parameterProblem(int problem)
{
    switch (ValueDiagnostic::Code(problem)) {
    case ValueDiagnostic::ParameterWithoutEquals:
        return MessageCatalogue::tr("a parameter is not written as tag=value");
    case ValueDiagnostic::ParameterTagEmpty:
        return MessageCatalogue::tr("a parameter has no tag before '='");
    case ValueDiagnostic::ParameterTagCharacter:
        return MessageCatalogue::tr("a parameter tag contains a character other than letters and digits");
    case ValueDiagnostic::ParameterTagHyphen:
        return MessageCatalogue::tr("a parameter tag contains '-', which RFC 8659 allows but Let's Encrypt rejects");
    case ValueDiagnostic::ParameterValueCharacter:
        return MessageCatalogue::tr("a parameter value contains a space, ';' or a non-ASCII character");
    case ValueDiagnostic::TrailingSemicolon:
        return MessageCatalogue::tr("the value ends with ';' after the last parameter");
    case ValueDiagnostic::EmptyParameter:
        return MessageCatalogue::tr("the value has an empty parameter (';;')");
    default:
        return MessageCatalogue::tr("the value does not follow the RFC 8659 grammar");
    }
}

} // namespace

QString MessageCatalogue::finding(const Finding& f, const QString& ca)
{
    QVariantMap a = f.args;
    if (!a.contains(QStringLiteral("ca")))
        a.insert(QStringLiteral("ca"), ca.isEmpty() ? tr("the CA") : ca);
    const QString c = f.code;
    QString t;
    if (c == QLatin1String(code::NoCaa)) {
        t = tr("No CAA records on {name} or any parent name: every CA may issue.");
    } else if (c == QLatin1String(code::Permitted)) {
        t = a.value(QStringLiteral("noIssueProperty")).toBool()
            ? tr("The CAA records at {name} have no property that restricts this request, so {ca} may issue.")
            : tr("The CAA records at {name} allow {ca}.");
    } else if (c == QLatin1String(code::IssuerTrailingDot)) {
        t = tr("The value is \"{found}\" with a final dot. CAA issuer names are not DNS names with a root dot; {ca} "
               "compares the text exactly, so the record does not match. Write \"{expected}\" without the dot.");
    } else if (c == QLatin1String(code::IssuerCase)) {
        t = tr("The value \"{found}\" differs from \"{expected}\" only in letter case. {ca} compares the text exactly; "
               "write it in lower case: \"{expected}\".");
    } else if (c == QLatin1String(code::IssuerQuoted)) {
        t = tr("The value \"{found}\" contains quote characters, so the CA sees them as part of the name. Your DNS "
               "panel probably added its own quotes. Enter the value without quotes: {expected}.");
    } else if (c == QLatin1String(code::IssuerWhitespace)) {
        t = tr("The value \"{found}\" contains white space inside the name. Enter \"{expected}\" with no spaces or "
               "line breaks.");
    } else if (c == QLatin1String(code::IssuerPastedRecord)) {
        t = tr("A whole CAA record was typed into the value field (\"{found}\"). Enter only the CA's domain: "
               "{expected}, with flags 0 and tag issue in their own fields.");
    } else if (c == QLatin1String(code::IssuerUnknownCa)) {
        if (a.contains(QStringLiteral("nearest")))
            t = tr("\"{found}\" is not an identifier any CA recognises. Did you mean \"{nearest}\"?");
        else
            t = tr("\"{found}\" is not the identifier of any CA in the CCADB list, so no public CA matches it.");
        if (a.contains(QStringLiteral("note")))
            t += QLatin1Char(' ') + a.value(QStringLiteral("note")).toString();
    } else if (c == QLatin1String(code::IssuerOtherCa)) {
        t = tr("\"{found}\" is meant for {otherCa}, not {ca}.");
    } else if (c == QLatin1String(code::IssuerNotListed)) {
        if (a.value(QStringLiteral("listed")).toStringList().isEmpty())
            t = tr("The CAA records at {name} name no CA that is {ca}, so {ca} may not issue. Add {name}. CAA 0 {tag} "
                   "\"{expected}\".");
        else
            t = tr("The CAA records at {name} only allow {listed}. Add {name}. CAA 0 {tag} \"{expected}\" next to "
                   "them, or remove all CAA records at {name} if you do not want to restrict CAs.");
    } else if (c == QLatin1String(code::IssueDenyAll)) {
        if (f.record >= 0)
            t = tr("This {tag} record (\";\") allows no CA at all.");
        else
            t = tr("The {tag} records at {name} forbid every CA (\";\"). Replace them with {tag} \"{expected}\".");
    } else if (c == QLatin1String(code::IssuewildOverrides)) {
        if (a.contains(QStringLiteral("listed")))
            t = tr("For a wildcard name only the issuewild records at {name} count, and they do not allow {ca}. Add "
                   "{name}. CAA 0 issuewild \"{expected}\", or remove the issuewild records so that issue applies.");
        else if (a.value(QStringLiteral("issuePermits")).toBool())
            t = tr("An issue record at {name} allows {ca}, but for a wildcard name the issuewild records replace the "
                   "issue records.");
        else
            t = tr("For a wildcard name the issuewild records at {name} replace the issue records.");
    } else if (c == QLatin1String(code::IssuewildOnly)) {
        t = tr("{name} has issuewild records but no issue record: they restrict only wildcard certificates, and any "
               "CA may issue for {name} itself. Add an issue record if that is not intended.");
    } else if (c == QLatin1String(code::CriticalUnknownTag)) {
        t = tr("The record \"{flags} {tag} ...\" is marked critical and {ca} does not understand the tag \"{tag}\", "
               "so it must refuse.");
        if (a.contains(QStringLiteral("meant")))
            t += QLatin1Char(' ') + tr("Did you mean \"{meant}\"?");
        t += QLatin1Char(' ') + tr("Set the flags to 0 or correct the tag.");
    } else if (c == QLatin1String(code::FlagOneCritical)) {
        t = tr("Flags value 1 is not the critical bit (that is 128), but {ca} treats 1 as critical too, because many "
               "people set it by mistake.");
    } else if (c == QLatin1String(code::ParamMalformed)) {
        a.insert(QStringLiteral("problem"), parameterProblem(a.value(QStringLiteral("problem")).toInt()));
        t = tr("The parameters of this record are malformed at \"{text}\": {problem}. The CA ignores the whole "
               "record.");
    } else if (c == QLatin1String(code::ParamCase)) {
        t = tr("The parameter \"{tag}\" should be written \"{expected}\". Let's Encrypt currently ignores it because "
               "of the capitals, so the restriction is not enforced; this is expected to change (Boulder #8614).");
    } else if (c == QLatin1String(code::AccounturiMismatch) && a.value(QStringLiteral("notAnAccount")).toBool()) {
        t = tr("This record only allows the ACME account {allowed}, which is no account URL of {ca} (they look like "
               "{example}): it names no account, so {ca} refuses every order. Write the account URL exactly as your "
               "ACME client shows it.");
    } else if (c == QLatin1String(code::AccounturiMismatch)) {
        t = tr("This record only allows the ACME account {allowed}; your account is {account}. Add a second record "
               "for your account (and one for the staging account if you test with --dry-run).");
    } else if (c == QLatin1String(code::AccounturiRepeated)) {
        t = tr("This record has more than one accounturi parameter, which makes it unsatisfiable. Publish one record "
               "per account instead.");
    } else if (c == QLatin1String(code::AccounturiUnchecked)) {
        t = tr("This record only allows the ACME account {allowed}. Enter your account URI to check that it is "
               "yours.");
    } else if (c == QLatin1String(code::ValidationmethodsMismatch)) {
        if (a.value(QStringLiteral("repeated")).toBool())
            t = tr("This record has more than one validationmethods parameter, which makes it unsatisfiable.");
        else if (a.value(QStringLiteral("malformedList")).toBool())
            t = tr("The validationmethods list \"{allowed}\" has a malformed entry (an empty item or a space); {ca} "
                   "stops reading it there. Write the methods separated by commas only.");
        else
            t = tr("This record only allows the validation methods {allowed}, but the certificate is validated with "
                   "{method}. Add {method} to validationmethods.");
    } else if (c == QLatin1String(code::ValidationmethodsUnchecked)) {
        t = tr("This record only allows the validation methods {allowed}. Choose your method to check it.");
    } else if (c == QLatin1String(code::InheritedFromParent)) {
        if (a.value(QStringLiteral("refused")).toBool() && a.contains(QStringLiteral("sameZone")))
            t = tr("{name} has no CAA records of its own, so the CA uses the ones at {parent}, in the same zone "
                   "({sameZone}). Change them there, or publish a CAA set at {name} of its own (it overrides the "
                   "parent's for {name} and the names below it).");
        else if (a.value(QStringLiteral("refused")).toBool())
            t = tr("{name} has no CAA records of its own, so the CA uses the ones at {parent}, which may be a zone you "
                   "do not control. Publish your own CAA set at {name} (it overrides the parent), or ask the owner of "
                   "{parent} to allow the CA.");
        else
            t = tr("{name} has no CAA records of its own, so the CA uses the ones at {parent}.");
        if (a.value(QStringLiteral("nxdomain")).toBool() && a.contains(QStringLiteral("aliasTarget")))
            t += QLatin1Char(' ')
                + tr("{name} is an alias of {aliasTarget}, which does not exist in DNS (NXDOMAIN): a CA can validate "
                     "{name} only once its alias leads to the records its challenge needs.");
        else if (a.value(QStringLiteral("nxdomain")).toBool())
            t += QLatin1Char(' ')
                + tr("{name} itself does not exist in DNS (NXDOMAIN): a CA can validate it only once it has the "
                     "records its challenge needs.");
    } else if (c == QLatin1String(code::CnameTargetCaa)) {
        if (a.value(QStringLiteral("refused")).toBool())
            t = tr("{name} is an alias (CNAME) of {target}, and the CAA records come from {target}. You cannot put "
                   "CAA next to a CNAME: ask the operator of {target} to allow the CA, use a CA they allow, or point "
                   "{name} at a target without CAA.");
        else
            t = tr("{name} is an alias (CNAME) of {target}, and the CAA records come from {target}.");
    } else if (c == QLatin1String(code::LookupServfail) && a.contains(QStringLiteral("resolverFailsZone"))) {
        t = tr("The CAA lookup for {name} failed with SERVFAIL at your resolver, although the domain's nameservers "
               "answer it; your resolver fails the zone {resolverFailsZone} as a whole (its SOA too). Validating "
               "resolvers do that when the zone's DNSSEC is broken, and CAs validate, so they refuse too. Check the "
               "zone's DNSSEC (the DS record at the registrar, the signatures), and check again with another "
               "resolver.");
    } else if ((c == QLatin1String(code::LookupServfail) || c == QLatin1String(code::LookupTimeout))
               && a.contains(QStringLiteral("servers"))) {
        // The nameserver matrix saw why: the domain's own servers fail the CAA query.
        const bool all = a.value(QStringLiteral("failing")).toInt() == a.value(QStringLiteral("total")).toInt();
        const bool silent = a.value(QStringLiteral("serverProblem")).toString() == QLatin1String("timeout");
        const QString lead = c == QLatin1String(code::LookupServfail)
            ? tr("The CAA lookup for {name} failed with SERVFAIL because the domain's own nameservers fail it:")
            : tr("The CAA query for {name} timed out because the domain's own nameservers fail it:");
        const bool one = a.value(QStringLiteral("failing")).toInt() == 1;
        QString what;
        if (silent && all)
            what = one ? tr("{servers} does not answer the CAA query at all (no reply over {transports}), although it "
                            "answers the zone's SOA.")
                       : tr("{servers} do not answer the CAA query at all (no reply over {transports}), although they "
                            "answer the zone's SOA.");
        else if (silent)
            what = one ? tr("{servers} (1 of {total} nameservers) does not answer the CAA query at all (no reply over "
                            "{transports}); resolvers that pick it fail.")
                       : tr("{servers} ({failing} of {total} nameservers) do not answer the CAA query at all (no "
                            "reply over {transports}); resolvers that pick them fail.");
        else if (all)
            what = one ? tr("{servers} answers the CAA query with {serverProblem} over {transports}.")
                       : tr("{servers} answer the CAA query with {serverProblem} over {transports}.");
        else
            what = one ? tr("{servers} (1 of {total} nameservers) answers the CAA query with {serverProblem} over "
                            "{transports}; resolvers that pick it fail.")
                       : tr("{servers} ({failing} of {total} nameservers) answer the CAA query with {serverProblem} "
                            "over {transports}; resolvers that pick them fail.");
        t = lead + QLatin1Char(' ') + what + QLatin1Char(' ')
            + tr("A CA's resolvers meet the same failure, cannot tell whether issuance is allowed, and refuse. Ask "
                 "the DNS provider to fix CAA (type 257) handling; adding a CAA record often does not help.");
    } else if ((c == QLatin1String(code::LookupServfail) || c == QLatin1String(code::LookupTimeout))
               && a.contains(QStringLiteral("tld"))) {
        // --no-matrix, and the resolver fails the TLD's CAA too: most likely the resolver, and nothing tells.
        t = c == QLatin1String(code::LookupServfail)
            ? tr("Your resolver answered the CAA query for {name} with SERVFAIL, and the one for {tld} too, which "
                 "the registry's servers answer: it most likely mishandles CAA (type 257) queries.")
            : tr("The CAA queries for {name} and for {tld}, which the registry's servers answer, timed out at your "
                 "resolver: it most likely drops CAA (type 257) queries.");
        t += QLatin1Char(' ')
            + tr("The domain's nameservers were not asked directly (--no-matrix), so this cannot tell what a CA "
                 "meets: check again with them asked, or with another resolver.");
    } else if (c == QLatin1String(code::LookupServfail)) {
        if (a.contains(QStringLiteral("ede")))
            t = tr("The CAA lookup for {name} failed with SERVFAIL ({ede}). A CA cannot tell whether issuance is "
                   "allowed, so it refuses.");
        else
            t = tr("The CAA lookup for {name} failed with SERVFAIL: the domain's nameservers may be malfunctioning. "
                   "A CA cannot tell whether issuance is allowed, so it refuses.");
        if (a.value(QStringLiteral("serversNotAsked")).toBool())
            t += QLatin1Char(' ')
                + tr("The nameservers were not asked directly (--no-matrix): check again without it to see which "
                     "one fails.");
        if (a.value(QStringLiteral("atTld")).toBool())
            t += QLatin1Char(' ') + tr("The failure is at {name}, which the registry runs, not you: retry later.");
    } else if (c == QLatin1String(code::LookupRefused) || c == QLatin1String(code::LookupNotimp)
               || c == QLatin1String(code::LookupFormerr)) {
        a.insert(QStringLiteral("rcode"), a.value(QStringLiteral("status")).toString().toUpper());
        t = tr("The nameservers answered the CAA query for {name} with {rcode}. CAs treat that as \"cannot check\" "
               "and refuse. An empty answer must be NOERROR with the zone's SOA: ask your DNS provider to fix CAA "
               "(type 257) handling; adding a CAA record often does not help.");
    } else if (c == QLatin1String(code::LookupTimeout)) {
        t = tr("The CAA query for {name} timed out. Nameservers or firewalls that drop queries for type 257 cause "
               "this; CAs refuse until it answers.");
        t += QLatin1Char(' ')
            + (a.value(QStringLiteral("serversNotAsked")).toBool()
                   ? tr("The nameservers were not asked directly (--no-matrix): check again without it to see which "
                        "one fails.")
                   : tr("The nameserver matrix shows which server drops them."));
    } else if (c == QLatin1String(code::LookupTruncated)) {
        t = tr("The answer for {name} was truncated (TC bit). Let's Encrypt treats a truncated CAA answer as an "
               "error; keep the CAA set small or make sure the nameservers answer over TCP.");
    } else if (c == QLatin1String(code::LookupNetwork)) {
        t = tr("A network error stopped the CAA lookup for {name}.");
    } else if (c == QLatin1String(code::LookupIncomplete)) {
        t = tr("The lookup of {name} has not finished.");
    } else if (c == QLatin1String(code::DnssecBogus)) {
        // The Extended DNS Error says which part of DNSSEC broke (RFC 8914): signatures or the chain of trust.
        // Where the resolver's error does not say, the zone's DS and keys (NsKeyCheck) do.
        const QString keyCause = a.value(QStringLiteral("keyCause")).toString();
        const int cause = keyCause == QLatin1String("ds-mismatch") ? 9
            : keyCause == QLatin1String("signatures")              ? 7
                                                                   : a.value(QStringLiteral("edeCode"), -1).toInt();
        switch (cause) {
        case 7: // Signature Expired
        case 8: // Signature Not Yet Valid
        case 10: // RRSIGs Missing
        case 12: // NSEC Missing
            t = tr("DNSSEC validation failed for {name}: the zone's signatures are expired, not yet valid or missing. "
                   "Until the zone is signed again no CA can read your CAA records: re-sign the zone (check that the "
                   "signer runs and its clock is right) and make sure every server serves the new signatures.");
            break;
        case 1: // Unsupported DNSKEY Algorithm
        case 2: // Unsupported DS Digest Type
        case 9: // DNSKEY Missing
        case 11: // No Zone Key Bit Set
            t = tr("DNSSEC validation failed for {name}: the DS record at the registrar does not match the zone's "
                   "DNSKEY. Until that is repaired no CA can read your CAA records: publish a DS record matching your "
                   "current DNSKEY at your registrar, or remove the DS to turn DNSSEC off.");
            break;
        default:
            t = tr("DNSSEC validation failed for {name}. Until DNSSEC is repaired no CA can read your CAA records: "
                   "check that the zone's signatures are current, and that the DS record at your registrar matches "
                   "the current DNSKEY (or remove the DS to turn DNSSEC off).");
        }
    } else if (c == QLatin1String(code::TldNxdomain)) {
        t = tr("The top-level domain {name} does not exist (NXDOMAIN). Let's Encrypt treats that as an error, not "
               "as \"no CAA\".");
    } else if (c == QLatin1String(code::CnameLoop)) {
        if (a.contains(QStringLiteral("chain"))) {
            a.insert(QStringLiteral("loop"),
                     a.value(QStringLiteral("chain")).toStringList().join(QStringLiteral(" → ")));
            t = tr("The alias chain of {name} loops ({loop}), so no resolver can finish the lookup; resolvers answer "
                   "SERVFAIL and the CA refuses. Point one of these CNAME records at a name that is not an alias.");
        } else {
            t = tr("The alias (CNAME/DNAME) chain for {name} loops, so the lookup can never finish. Break the loop.");
        }
    } else if (c == QLatin1String(code::IodefNotSupported)) {
        t = tr("{ca} sends no iodef reports, so the iodef record will not tell anyone when issuance is refused.");
    } else if (c == QLatin1String(code::OutsideLoadedData)) {
        if (a.value(QStringLiteral("parent")).toBool())
            t = tr("{name} is above the loaded zone files; it was taken as having no CAA records. Check live DNS to "
                   "be sure.");
        else if (a.contains(QStringLiteral("target")))
            t = tr("{name} is an alias of {target}, which no loaded zone file holds, so the CAA records that decide "
                   "cannot be read from the files. Load the zone of {target}, or check live DNS.");
        else
            t = tr("No loaded zone file holds {name}, so the files cannot tell what a CA would decide. Load its zone, "
                   "or check live DNS.");
    } else if (c == QLatin1String(code::IgnoredParentError)) {
        t = tr("The lookup at {name} failed ({status}), but that does not matter: a closer name has CAA records.");
    } else if (c == QLatin1String(code::TagCase)) {
        t = tr("The tag \"{tag}\" is not in lower case. Tags match case-insensitively, so this works, but lower case "
               "is the standard form.");
    } else if (c == QLatin1String(code::ReservedFlags)) {
        t = tr("Flags {flags} set reserved bits. Only 0 and 128 (critical) have a meaning; Let's Encrypt also treats "
               "1 as critical.");
    } else if (c == QLatin1String(code::UnknownTag)) {
        t = tr("The tag \"{tag}\" is not one {ca} knows; it is not marked critical, so it is ignored.");
    } else if (c == QLatin1String(code::CacheTtl)) {
        a.insert(QStringLiteral("positive"), duration(a.value(QStringLiteral("positiveTtl")).toLongLong()));
        a.insert(QStringLiteral("negative"), duration(a.value(QStringLiteral("negativeTtl")).toLongLong()));
        if (a.contains(QStringLiteral("target")))
            t = tr("After the fix, your resolver keeps the current records of {target} (what {name} is an alias of) "
                   "for another {positive}; other resolvers, the CA's among them, may keep them for as long as the "
                   "TTL that the nameservers of {target} publish.");
        else
            t = a.value(QStringLiteral("negativeTtl")).toLongLong() > 0
                ? tr("After the fix, resolvers may keep the current records of {name} for up to {positive}, and the "
                     "empty "
                     "answers below it for up to {negative}.")
                : tr("After the fix, resolvers may keep the current records of {name} for up to {positive}.");
        if (a.value(QStringLiteral("ttlSource")).toString() == QLatin1String("authoritative"))
            t += QLatin1Char(' ') + tr("(The TTL the nameservers publish.)");
        else if (a.value(QStringLiteral("ttlSource")).toString() == QLatin1String("zone"))
            t += QLatin1Char(' ') + tr("(The TTL in the zone file.)");
        const int recheck = a.value(QStringLiteral("recheckHours")).toInt();
        if (recheck > 0)
            t += QLatin1Char(' ')
                + fill(tr("{ca} looks up CAA again for every order, and rechecks authorisations older than {hours} "
                          "hours before issuing."),
                       { { QStringLiteral("hours"), recheck } });
        else
            t += QLatin1Char(' ')
                + tr("A CA looks up CAA when it validates the name, and may reuse the answer for up to 8 hours "
                     "(CA/B Forum Baseline Requirements §3.2.2.8).");
    } else if (c == QLatin1String(code::ConditionalPermit)) {
        const QStringList accounts = a.value(QStringLiteral("accounts")).toStringList();
        const QStringList methods = a.value(QStringLiteral("methods")).toStringList();
        a.insert(QStringLiteral("accounts"), accounts.join(tr(" or ")));
        if (!accounts.isEmpty() && !methods.isEmpty())
            t = tr("The CAA records at {name} allow {ca} only for the ACME account {accounts}, and only by the "
                   "validation methods {methods}. Give your account URI and validation method to check your orders.");
        else if (!accounts.isEmpty())
            t = tr("The CAA records at {name} allow {ca} only for the ACME account {accounts}. Give your account URI "
                   "to check that it is yours.");
        else
            t = tr("The CAA records at {name} allow {ca} only by the validation methods {methods}. Choose your "
                   "method to check it.");
    } else if (c == QLatin1String(code::IpIdentifier)) {
        t = tr("{name} is an IP address. CAA records apply to domain names only, so they never stop a CA from "
               "issuing for an IP address (Let's Encrypt does not check CAA for IP identifiers).");
    } else if (c == QLatin1String(code::ResolverUnreachable)) {
        t = tr("The resolver {server} answered none of the queries ({status}), so nothing could be looked up. The CA "
               "uses its own resolvers: this says nothing about your domain. Check the resolver setting (--resolver, "
               "or Settings ▸ Resolvers) and try again.");
    } else if (c == QLatin1String(code::NoAutomaticFix)) {
        t = tr("No change to the records could be proposed that lets {ca} issue without lifting a restriction you "
               "did not ask to lift ({why}). Change the records by hand, then check again.");
    } else if (c == QLatin1String(code::ValidationmethodsCase)) {
        t = tr("The validation methods \"{found}\" are written with capital letters, and {ca} compares method names "
               "exactly, so it does not recognise them. Write them in lower case: \"{expected}\".");
    } else if (c == QLatin1String(code::IssuerUrl)) {
        t = tr("\"{found}\" is a web address; a CAA record wants only the CA's domain name: \"{expected}\".");
    } else if (c == QLatin1String(code::DnameRedirect)) {
        t = tr("A DNAME record at {owner} redirects {name} to {target} (RFC 6672). Resolvers, and so the CA, read "
               "the CAA records of {target}; records you put at {name} or next to the DNAME do not apply to the "
               "names below {owner}.");
        if (a.value(QStringLiteral("refused")).toBool())
            t += QLatin1Char(' ')
                + tr("Put the CAA records the CA needs at {target}, or remove the DNAME for this name. CAs have "
                     "handled DNAME inconsistently, so a name of its own is the safer way.");
    } else if (c == QLatin1String(code::OwnerDoubledZone)) {
        t = tr("CAA records exist at {owner}: that is {meant} with its zone typed twice, what a DNS provider's form "
               "makes of a full name when it appends the zone itself. They were meant for {meant}: move them there, "
               "and type \"@\" (or nothing) for the zone's own name in such forms.");
    } else if (c == QLatin1String(code::TldLookupFailure)) {
        t = tr("{name} is a top-level domain: its servers are run by the registry, not by you or your DNS provider. "
               "Such failures are usually short incidents (minutes, rarely hours): retry later. If it lasts, report "
               "it to the registry or on the Let's Encrypt community forum with this report.");
    } else if (c == QLatin1String("ns-caa-failure") && a.contains(QStringLiteral("tcpProblem"))) {
        t = tr("{ns} ({address}) answers the zone's SOA but answers CAA for {name} with {problem} over UDP and "
               "{tcpProblem} over TCP. CAs treat that as \"cannot check\" and refuse. An empty answer must be "
               "NOERROR with the zone's SOA: ask the DNS provider to fix CAA (type 257) handling; adding a CAA "
               "record often does not help.");
    } else if (c == QLatin1String("ns-caa-failure") && a.value(QStringLiteral("problem")) == QLatin1String("timeout")) {
        t = tr("{ns} ({address}) answers the zone's SOA but never answers CAA queries for {name} (no reply over "
               "{transport}): a firewall or the server drops type 257. CAs treat that as \"cannot check\" and "
               "refuse: ask the DNS provider to answer CAA queries; adding a CAA record often does not help.");
    } else if (c == QLatin1String("ns-caa-failure")) {
        t = tr("{ns} ({address}) answers the zone's SOA but answers CAA for {name} with {problem} over {transport}. "
               "CAs treat that as \"cannot check\" and refuse. An empty answer must be NOERROR with the zone's SOA: "
               "ask the DNS provider to fix CAA (type 257) handling; adding a CAA record often does not help.");
    } else if (c == QLatin1String("ns-lame")) {
        t = tr("{ns} ({address}) is a nameserver of {zone} but does not answer for it authoritatively ({problem}). "
               "Remove it from the NS records or configure the zone on it.");
    } else if (c == QLatin1String("ns-unreachable")) {
        t = tr("{ns} ({address}) does not answer at all ({problem}). Resolvers that pick it time out, and CAs refuse "
               "when that happens.");
    } else if (c == QLatin1String("ns-nodata-without-soa") && a.contains(QStringLiteral("ca"))
               && !a.contains(QStringLiteral("zone"))) {
        t = tr("{ns} ({address}) answers the CAA query for {name} with an empty answer that lacks the zone's SOA "
               "record (RFC 2308). {ca}'s resolvers reject such answers (SERVFAIL) and refuse, although a lenient "
               "resolver, maybe yours, accepts them. The DNS software or provider must include the SOA in empty "
               "answers.");
    } else if (c == QLatin1String("ns-nodata-without-soa")) {
        t = tr("{ns} ({address}) returns an empty CAA answer for {name} without the zone's SOA record (RFC 2308). "
               "Validating resolvers such as the CA's reject that; the DNS software or provider must include the SOA "
               "in empty answers.");
    } else if (c == QLatin1String("ns-tcp-failure")) {
        t = tr("{ns} ({address}) answers CAA for {name} over UDP but not over TCP ({problem}). Large or truncated "
               "answers need TCP.");
    } else if (c == QLatin1String("ns-disagree")) {
        t = tr("The nameservers do not agree on the CAA records of {name}: {sets}. The CA may ask any of them.");
        if (a.value(QStringLiteral("staleAllows")).toBool())
            t = tr("The nameservers do not agree on the CAA records of {name}: {sets}. The current zone (serial "
                   "{newestSerial}) does not let {ca} issue, but {stale} still serves serial {staleSerial}, which "
                   "does: the CA's answer depends on which server it reaches, and once every server has the current "
                   "zone it refuses. Change the current zone (below) if {ca} should issue.");
        else if (a.value(QStringLiteral("dependsOnServer")).toBool() && a.contains(QStringLiteral("staleSerial")))
            t = tr("The nameservers do not agree on the CAA records of {name}: {sets}. The current zone (serial "
                   "{newestSerial}) lets {ca} issue, but {stale} still serves serial {staleSerial}, which does not: "
                   "the CA's answer depends on which server it reaches, and a CA asking from several networks is "
                   "likely to reach it. Make {stale} transfer the zone (check NOTIFY and the transfer settings), or "
                   "fix the hosted zone it belongs to. No record needs to change.");
        else if (a.value(QStringLiteral("dependsOnServer")).toBool())
            t = tr("The nameservers do not agree on the CAA records of {name}: {sets}. The CA's answer depends on "
                   "which server it reaches, and no serial tells which copy is current: make every server serve the "
                   "same zone.");
        else if (a.contains(QStringLiteral("stale")))
            t += QLatin1Char(' ')
                + tr("An older copy of the zone (the newest serial is {newestSerial}) is still served by {stale}: wait "
                     "for the zone transfer, or fix that secondary or the hosted zone it belongs to.");
    } else if (c == QLatin1String(code::ResolverFailsCaa) && a.contains(QStringLiteral("alias"))) {
        t = tr("Your resolver ({resolver}) fails CAA queries ({status} for {name}). The nameservers answer that {name} "
               "is an alias of {alias}, whose CAA records only a working resolver follows, so this check cannot tell "
               "what the CA sees. Check again with another resolver.");
    } else if (c == QLatin1String(code::ResolverFailsCaa)) {
        t = tr("Your resolver ({resolver}) fails CAA queries ({status} for {name}), but the domain's nameservers "
               "answer them correctly. The CA uses its own resolvers, so this verdict comes from the nameservers' "
               "answers. Home routers and some company resolvers mishandle type 257: use another resolver for checks "
               "like this one.");
    } else if (c == QLatin1String(code::ResolverCacheStale)) {
        a.insert(QStringLiteral("resolverSet"),
                 a.value(QStringLiteral("resolverSet")).toStringList().join(QStringLiteral(" | ")));
        a.insert(QStringLiteral("publishedSet"),
                 a.value(QStringLiteral("publishedSet")).toStringList().join(QStringLiteral(" | ")));
        t = a.value(QStringLiteral("published")).toString() == QLatin1String("permit")
            ? tr("Your fix is published: the nameservers of {name} serve {publishedSet}, which lets {ca} issue. Your "
                 "resolver still holds the old answer ({resolverSet}) until about {until}; resolvers (the CA's "
                 "included) may keep it until {latest} at the latest. Retry after that; nothing needs to change.")
            : tr("The nameservers of {name} now serve {publishedSet}, while your resolver still holds {resolverSet} "
                 "(until about {until}; other resolvers, the CA's included, until {latest} at the latest). The "
                 "verdict is for what the nameservers serve.");
    } else if (c == QLatin1String(code::NsPerspectiveRisk)) {
        if (a.value(QStringLiteral("unexplained")).toBool())
            t = tr("Only the CA's remote perspectives failed, and nothing here explains it: from other networks your "
                   "DNS answers differently (geographic DNS, anycast nodes, firewalls that block some regions). The CA "
                   "asks from several networks and all must agree.");
        else if (a.contains(QStringLiteral("latency")))
            t = tr("{ns} ({address}) answers for {zone} only after {latency} ms. The CA asks from several networks "
                   "at once and each must get an answer in time: slow or distant nameservers make remote perspectives "
                   "time out. Add nameservers in other regions, use an anycast DNS provider, or lower the latency.");
        else
            t = tr("{ns} ({address}) is the only nameserver of {zone}. The CA asks from several networks and each "
                   "must reach it: one unreachable path, and remote perspectives time out. Add a second nameserver "
                   "in another network (RFC 2182), or use an anycast DNS provider.");
    } else if (c == QLatin1String(code::ServedIssuerNotPermitted)) {
        t = tr("The certificate in use for {name} was issued by {ca} (issuing CA {issuer}), and CAA does not allow "
               "{ca}: its next renewal will fail. The certificate is valid until {notAfter}; renewals usually happen "
               "around {renewal}. Add the identifier {identifier} to the records, or move to a CA they allow.");
    } else if (c == QLatin1String(code::ServedIssuerUnknown)) {
        t = a.value(QStringLiteral("selfSigned")).toBool()
            ? tr("The certificate in use is self-signed (\"{issuer}\"): no public CA issued it, so CAA says nothing "
                 "about who renews it.")
            : tr("The certificate in use was issued by \"{issuer}\", which is no issuing CA in CCADB's report or "
                 "CAA Doctor's list of the CAs that issue most web certificates: whether CAA allows it cannot be "
                 "told.");
    } else if (c == QLatin1String(code::PlatformCaMissing)) {
        t = a.value(QStringLiteral("evidence")).toString() == QLatin1String("ns")
            ? tr("{name} is on {platform} (its zone {owner} is served by {target}), which gets certificates from CAs "
                 "the CAA records do not allow: {platform} cannot issue or renew a certificate for {name}. Add "
                 "{identifier}.")
            : tr("{name} is served by {platform} ({owner} is an alias of {target}), which gets certificates from CAs "
                 "the CAA records do not allow: {platform} cannot issue or renew a certificate for {name}. Add "
                 "{identifier}.");
    } else if (c == QLatin1String(code::ServedNameNotCovered)) {
        t = a.value(QStringLiteral("origin")).toString() == QLatin1String("file")
            ? tr("The certificate in the file is not for {name} (it is for {names}): its issuer says nothing about who "
                 "issues for {name}, so no renewal verdict is given.")
            : tr("The certificate the server presents is not for {name} (it is for {names}): probably the server's "
                 "default certificate, so its issuer says little about who issues for {name}, and no renewal "
                 "verdict is given.");
    } else if (c == QLatin1String(code::ServedNotRead)) {
        t = servedFailure(TlsProbeResult::Status(a.value(QStringLiteral("status")).toInt()), a);
    } else if (c == QLatin1String("ns-ipv6-unreachable-here")) {
        t = tr("No IPv6 address could be reached from this computer, so the nameservers' IPv6 addresses were not "
               "checked. CAs do use IPv6: check them from a host with IPv6.");
    } else if (c == QLatin1String("ns-unresolved")) {
        t = tr("The nameserver {ns} has no address, so nobody can ask it.");
    } else if (c == QLatin1String("resolvers-disagree")) {
        t = tr("Resolvers answer differently for {name}: {views}. A CA checking from another network may see what "
               "another resolver sees (split-horizon or geographic DNS, or caches).");
    } else if (c == QLatin1String("resolver-verdicts-differ")) {
        t = tr("The verdict for {ca} depends on the resolver: {views}. CAs check from several networks and need them "
               "to agree.");
    } else if (c == QLatin1String("iodef-malformed")) {
        t = tr("The iodef value should be a mailto:, https: or http: URL.");
    } else if (c == QLatin1String("zone-syntax")) {
        t = QStringLiteral("{message}");
    } else {
        t = c;
    }
    return fill(t, a);
}

QString MessageCatalogue::lintFinding(const LintFinding& lf)
{
    Finding f;
    f.code = lf.code;
    f.severity = lf.severity;
    f.args = lf.args;
    f.record = int(lf.record);
    QVariantMap& a = f.args;
    if (lf.code == QLatin1String(code::IssuerTrailingDot))
        return fill(tr("The issuer \"{value}\" ends with a dot. CAA issuer names take no final dot, and Let's Encrypt "
                       "compares them exactly: write \"{expected}\"."),
                    a);
    if (lf.code == QLatin1String(code::IssuerQuoted))
        return fill(tr("The value \"{value}\" contains quote characters; enter it without quotes: {expected}."), a);
    if (lf.code == QLatin1String(code::IssuerCase))
        return fill(tr("The issuer \"{value}\" has capital letters; Let's Encrypt compares issuers exactly. Write "
                       "\"{expected}\"."),
                    a);
    if (lf.code == QLatin1String(code::IssuerPastedRecord))
        return fill(tr("A whole CAA record was typed into the value (\"{value}\"); enter only the CA's domain."), a);
    if (lf.code == QLatin1String(code::IssueDenyAll))
        return fill(tr("This issue record (\"{value}\") names no CA, so it forbids every CA."), a);
    if (lf.code == QLatin1String(code::CriticalUnknownTag)) {
        if (!a.contains(QStringLiteral("ca"))) // a tag no CA knows; else the CA that does not process it
            a.insert(QStringLiteral("ca"), tr("a CA"));
        return finding(f);
    }
    if (lf.code == QLatin1String(code::ParamMalformed) && a.value(QStringLiteral("letsEncryptOnly")).toBool()) {
        a.insert(QStringLiteral("problem"), parameterProblem(a.value(QStringLiteral("problem")).toInt()));
        return fill(tr("Let's Encrypt rejects the parameters at \"{text}\" ({problem}) and ignores the whole record, "
                       "although RFC 8659 allows them."),
                    a);
    }
    if (lf.code == QLatin1String(code::UnknownTag))
        return fill(tr("The tag \"{tag}\" is not a registered CAA tag; CAs ignore it unless it is marked critical."),
                    a);
    return finding(f, tr("the CA"));
}

QString MessageCatalogue::acmeError(const AcmeError& e)
{
    QVariantMap a { { QStringLiteral("name"), e.identifier },
                    { QStringLiteral("at"), e.foundAt },
                    { QStringLiteral("problem"), e.dnsProblem.isEmpty() ? e.ede : e.dnsProblem },
                    { QStringLiteral("ca"),
                      e.ca.isEmpty() ? tr("The CA") : CaDirectory::builtin().profile(e.ca).displayName },
                    { QStringLiteral("more"), e.moreIdentifiers } };
    QString t;
    switch (e.kind) {
    case AcmeError::Kind::CaaForbid:
        // The same name twice may be the identifier said twice (the text before "While processing CAA for" was
        // added): it tells nothing of where the records were, which the climb shows.
        t = e.foundAt.isEmpty() || e.foundAt == e.identifier
            ? tr("{ca} refused {name} because of CAA records.")
            : tr("{ca} refused {name} because the CAA records it found at {at} do not allow it.");
        break;
    case AcmeError::Kind::DnsProblem:
        t = tr("{ca} could not look up CAA for {at} ({problem}), so it could not check {name} and refused.");
        break;
    case AcmeError::Kind::Unknown:
        t = e.identifier.isEmpty() ? tr("This does not look like a CAA error.") : tr("The error concerns {name}.");
        break;
    }
    if (e.moreIdentifiers > 0)
        t += QLatin1Char(' ') + tr("{more} more names of the same order failed too; check each of them.");
    if (e.finalizeRecheck)
        t += QLatin1Char(' ')
            + tr("It happened when the order was finalised: the CA checked CAA again because the authorisation was "
                 "older than 7 hours, so the records (or DNS) changed after validation, or DNS is unreliable.");
    if (e.secondaryValidation)
        t += QLatin1Char(' ')
            + tr("The CA's remote perspectives saw this (\"During secondary validation\"). If the check from here "
                 "passes, DNS answers differently from other networks (split-horizon or geographic DNS, unreachable "
                 "nameservers); a live check with several resolvers and its nameserver matrix shows where.");
    return fill(t, a);
}

QString MessageCatalogue::fixTitle(const Fix& fix)
{
    QString title = fixStep(fix.code, fix.args);
    // One fix that repairs several causes at once says each of them.
    QStringList more;
    for (const QString& also : fix.alsoRepairs) {
        const QString step = fixStep(also, fix.args);
        if (!step.isEmpty() && step != title && !more.contains(step))
            more.append(step);
    }
    for (qsizetype i = 0; i < more.size(); ++i) {
        QString step = more[i];
        step[0] = step[0].toLower();
        title += (i + 1 == more.size() ? tr(", and ") : tr(", ")) + step;
    }
    return title;
}

QString MessageCatalogue::fixDescription(const Fix& fix)
{
    if (!fix.edits.isEmpty())
        return {};
    if (fix.code == QLatin1String(code::NsDisagree)) {
        QVariantMap a = fix.args;
        return fill(tr("{stale} serves the zone with serial {staleSerial}, {fresh} with serial {newestSerial}. Make "
                       "{stale} transfer the current zone (check NOTIFY and its transfer settings, or the hosted zone "
                       "it belongs to); no record needs to change. Check again once every server reports serial "
                       "{newestSerial}."),
                    a);
    }
    return fixTitle(fix);
}

QString MessageCatalogue::fixCaveat(const Fix& fix)
{
    QStringList notes;
    QVariantMap a = fix.args;
    if (const QStringList dropped = a.value(QStringLiteral("dropped")).toStringList(); !dropped.isEmpty()) {
        a.insert(QStringLiteral("dropped"), dropped.join(QStringLiteral(", ")));
        notes.append(fill(tr("It leaves out {dropped}: the CA cannot read a record that has it, so that record never "
                             "lets it issue. Keep it only if another CA you use needs it, in a record of that CA's "
                             "own."),
                          a));
    }
    if (a.value(QStringLiteral("copiesOther")).toBool())
        notes.append(fill(tr("It copies {parent}'s iodef and other records too, for the CAs that read them."), a));
    if (a.value(QStringLiteral("createsName")).toBool())
        notes.append(fill(tr("{name} does not exist in DNS yet (NXDOMAIN): these records create it. A CA can "
                             "validate it only once it has what the challenge needs: an address record for http-01 "
                             "or tls-alpn-01, or the _acme-challenge TXT record for dns-01."),
                          a));
    return notes.join(QLatin1Char(' '));
}

QString MessageCatalogue::fixStep(const QString& c, const QVariantMap& a)
{
    if (c.isEmpty())
        return {};
    if (c == QLatin1String(code::IssuerTrailingDot))
        return tr("Remove the trailing dot");
    if (c == QLatin1String(code::IssuerCase))
        return tr("Write the issuer in lower case");
    if (c == QLatin1String(code::IssuerQuoted))
        return tr("Remove the quotes from the value");
    if (c == QLatin1String(code::IssuerWhitespace))
        return tr("Remove the white space from the value");
    if (c == QLatin1String(code::IssuerPastedRecord))
        return tr("Keep only the CA's domain in the value");
    if (c == QLatin1String(code::IssuerUnknownCa) || c == QLatin1String(code::IssuerUrl)) {
        if (a.contains(QStringLiteral("found")) && a.contains(QStringLiteral("expected")))
            return fill(tr("Replace \"{found}\" with \"{expected}\""), a);
        return tr("Write the CA's identifier");
    }
    if (c == QLatin1String(code::ValidationmethodsCase))
        return tr("Write the validation methods in lower case");
    if (c == QLatin1String(code::ParamCase))
        return tr("Write the parameter names in lower case");
    if (c == QLatin1String(code::AccounturiRepeated))
        return tr("Publish one record per account");
    if (c == QLatin1String(code::IssuerNotListed))
        return tr("Add the CA to the CAA records");
    if (c == QLatin1String(code::IssueDenyAll))
        return tr("Replace the deny-all record with one for this CA");
    if (c == QLatin1String(code::IssuewildOverrides))
        return tr("Allow the CA for wildcard certificates");
    if (c == QLatin1String(code::CriticalUnknownTag))
        return a.contains(QStringLiteral("meant")) ? fill(tr("Correct the tag to \"{meant}\""), a)
                                                   : tr("Clear the critical flag");
    if (c == QLatin1String(code::ParamMalformed))
        return tr("Rewrite the parameters in the form the CA accepts");
    if (c == QLatin1String(code::AccounturiMismatch))
        return tr("Add a record for your ACME account");
    if (c == QLatin1String(code::ValidationmethodsMismatch))
        return a.contains(QStringLiteral("method")) ? fill(tr("Add {method} to the validation methods"), a)
                                                    : tr("Correct the validation methods");
    if (c == QLatin1String(code::InheritedFromParent))
        return fill(tr("Give {name} its own CAA records"), a);
    if (c == QLatin1String(code::OwnerDoubledZone))
        return fill(tr("Move the records from {owner} to {meant}"), a);
    if (c == QLatin1String(code::NsDisagree))
        return fill(tr("Make {stale} serve the current zone"), a);
    if (c == QLatin1String(code::ResolverCacheStale))
        return tr("Wait for the caches to expire");
    if (c == QLatin1String(code::ReservedFlags))
        return tr("Clear the reserved flag bits");
    if (c == QLatin1String(code::TagCase))
        return tr("Write the tag in lower case");
    return tr("Add the CA to the CAA records");
}

QString MessageCatalogue::verdictHeadline(const Verdict& v, const QString& caName, const QString& name)
{
    QVariantMap a { { QStringLiteral("ca"), caName }, { QStringLiteral("name"), name } };
    switch (v.outcome) {
    case Outcome::Permit: {
        if (v.reason == QLatin1String(code::IpIdentifier))
            return fill(tr("CAA does not restrict {ca} for {name}: it is an IP address, not a domain name"), a);
        if (!v.isConditional())
            return fill(tr("{ca} may issue for {name}"), a);
        QStringList alternatives;
        for (const Condition& c : v.conditions) {
            QStringList parts;
            if (!c.accountUri.isEmpty())
                parts.append(fill(tr("account {account}"), { { QStringLiteral("account"), c.accountUri } }));
            if (!c.validationMethods.isEmpty())
                parts.append(fill(tr("validation by {methods}"),
                                  { { QStringLiteral("methods"), c.validationMethods.join(tr(" or ")) } }));
            alternatives.append(parts.join(tr(" with ")));
        }
        a.insert(QStringLiteral("conditions"), alternatives.join(tr("; or ")));
        return fill(tr("{ca} may issue for {name} only for {conditions}"), a);
    }
    case Outcome::Forbid:
        if (v.reason == QLatin1String(code::NsDisagree))
            return fill(tr("{ca} may refuse to issue for {name}: it depends on which nameserver it asks"), a);
        return fill(tr("{ca} will refuse to issue for {name}"), a);
    case Outcome::Error:
        if (cannotTell(v.reason))
            return fill(tr("Cannot tell whether {ca} may issue for {name}"), a);
        return fill(tr("{ca} cannot check CAA for {name} and will refuse"), a);
    case Outcome::Pending:
        break;
    }
    return fill(tr("Checking {name} for {ca}..."), a);
}

bool MessageCatalogue::cannotTell(const QString& reason)
{
    return reason == QLatin1String(code::ResolverUnreachable) || reason == QLatin1String(code::OutsideLoadedData)
        || reason == QLatin1String(code::ResolverFailsCaa) || reason == QLatin1String(code::NameserversNotAsked);
}

QString MessageCatalogue::outcomeShort(VerdictState state, const QString& reason)
{
    if (state == VerdictState::Error && !reason.isEmpty() && !cannotTell(reason))
        return tr("✗ cannot check CAA: refuses");
    if (state == VerdictState::Forbid && reason == QLatin1String(code::NsDisagree))
        return tr("✗ refuses at some nameservers");
    return outcomeShort(state);
}

QString MessageCatalogue::outcomeShort(VerdictState state)
{
    switch (state) {
    case VerdictState::Permit:
        return tr("✓ may issue");
    case VerdictState::ConditionalPermit:
        return tr("✓ only for the listed account/method");
    case VerdictState::Forbid:
        return tr("✗ will refuse");
    case VerdictState::Error:
        return tr("? cannot tell");
    case VerdictState::Pending:
        break;
    }
    return tr("…");
}

QString MessageCatalogue::verdictAction(const Verdict& v)
{
    switch (v.outcome) {
    case Outcome::Permit:
        for (const Finding& f : v.findings) {
            if (f.code == QLatin1String(code::NsPerspectiveRisk))
                return tr("make your nameservers answer from every network");
            if (f.code == QLatin1String(code::ResolverCacheStale))
                return tr("wait for caches to expire");
        }
        return v.isConditional() ? tr("check your account and method") : tr("nothing to fix");
    case Outcome::Forbid:
        if (v.reason == QLatin1String(code::NsDisagree)) {
            for (const Finding& f : v.findings) {
                if (f.args.value(QStringLiteral("staleAllows")).toBool())
                    return tr("fix your configuration"); // the current zone refuses: its records are the fix
            }
            return tr("fix the stale nameserver");
        }
        if (v.reason == QLatin1String(code::ResolverCacheStale))
            return tr("wait for caches to expire");
        return tr("fix your configuration");
    case Outcome::Error:
        if (v.reason == QLatin1String(code::ResolverUnreachable) || v.reason == QLatin1String(code::ResolverFailsCaa))
            return tr("check your resolver setting");
        if (v.reason == QLatin1String(code::OutsideLoadedData))
            return tr("load the zone or check live DNS");
        if (v.reason == QLatin1String(code::NameserversNotAsked))
            return tr("ask the nameservers too, or another resolver");
        for (const Finding& f : v.findings) {
            if (f.args.value(QStringLiteral("retryLater")).toBool())
                return tr("retry later");
        }
        return tr("fix your DNS");
    case Outcome::Pending:
        break;
    }
    return tr("waiting for answers");
}

QString MessageCatalogue::status(LookupStatus s)
{
    switch (s) {
    case LookupStatus::Pending:
        return tr("waiting");
    case LookupStatus::Records:
        return tr("CAA records");
    case LookupStatus::NoData:
        return tr("no CAA (empty)");
    case LookupStatus::NxDomain:
        return tr("name does not exist (NXDOMAIN)");
    case LookupStatus::ServFail:
        return tr("SERVFAIL");
    case LookupStatus::Refused:
        return tr("REFUSED");
    case LookupStatus::NotImp:
        return tr("NOTIMP");
    case LookupStatus::FormErr:
        return tr("FORMERR");
    case LookupStatus::Timeout:
        return tr("timed out");
    case LookupStatus::Truncated:
        return tr("truncated answer");
    case LookupStatus::Bogus:
        return tr("validation failed (SERVFAIL)"); // the DNSSEC state beside it says "DNSSEC bogus"
    case LookupStatus::Unavailable:
        return tr("outside the loaded zones");
    case LookupStatus::NetworkError:
        return tr("network error");
    }
    return {};
}

QString MessageCatalogue::probeState(const NsProbe* p)
{
    if (!p)
        return QStringLiteral("–");
    if (p->transport == DnsReply::Timeout)
        return tr("timeout");
    if (p->transport != DnsReply::Answered)
        return tr("unreachable");
    if (p->rcode != 0)
        return QString::fromLatin1(dns::rcodeName(p->rcode));
    if (!p->aliasTarget.isEmpty())
        return tr("alias of %1").arg(p->aliasTarget);
    return p->records.isEmpty() ? tr("empty") : tr("%1 CAA").arg(p->records.size());
}

QString MessageCatalogue::dnssec(DnssecState s)
{
    switch (s) {
    case DnssecState::Unknown:
        return tr("DNSSEC unknown");
    case DnssecState::Secure:
        return tr("DNSSEC secure");
    case DnssecState::Insecure:
        return tr("DNSSEC insecure");
    case DnssecState::Bogus:
        return tr("DNSSEC bogus");
    case DnssecState::Indeterminate:
        return tr("DNSSEC indeterminate");
    }
    return {};
}

QString MessageCatalogue::nameError(const NameError& error)
{
    switch (error.code) {
    case NameError::None:
        return {};
    case NameError::Empty:
        return tr("the name is empty");
    case NameError::EmptyLabel:
        return tr("the name has an empty label (two dots in a row, or a leading dot)");
    case NameError::LabelTooLong:
        return tr("a label is longer than 63 octets");
    case NameError::NameTooLong:
        return tr("the name is longer than 253 characters");
    case NameError::InvalidCharacter:
        return tr("the name contains a character not allowed in host names");
    case NameError::InvalidIdn:
        return tr("the name contains non-ASCII characters that are not a valid internationalised name");
    case NameError::WildcardNotLeftmost:
        return tr("'*' may only be the whole leftmost label");
    case NameError::HyphenAtLabelEdge:
        return tr("a label starts or ends with '-', which no host name does");
    case NameError::InvalidAceLabel:
        return tr("an \"xn--\" label is not valid Punycode (an internationalised label must decode)");
    case NameError::WildcardAlone:
        return tr("'*' alone is no name: a wildcard stands under one (*.example.com)");
    case NameError::NumericTopLevel:
        return tr("it ends in a number, which no top-level domain is (an IP address is written without a "
                  "trailing dot or wildcard, and CAA does not apply to it)");
    case NameError::LineTooLong:
        return tr("the line is longer than 65,536 characters; no name is that long");
    }
    return {};
}

QString MessageCatalogue::issuerDifference(const QString& code)
{
    if (code == QLatin1String(code::IssuerTrailingDot))
        return tr("trailing dot: not allowed in CAA issuer names");
    if (code == QLatin1String(code::IssuerCase))
        return tr("letter case: Let's Encrypt compares exactly");
    if (code == QLatin1String(code::IssuerQuoted))
        return tr("quote characters inside the value");
    if (code == QLatin1String(code::IssuerWhitespace))
        return tr("white space inside the name");
    if (code == QLatin1String(code::IssuerPastedRecord))
        return tr("a whole record pasted into the value");
    if (code == QLatin1String(code::IssuerUnknownCa))
        return tr("not a known CA identifier: a typo?");
    return tr("differs");
}

QString MessageCatalogue::decisionRule(const CaProfile& p)
{
    switch (p.behaviour) {
    case CaProfile::Behaviour::Boulder:
        return tr("Let's Encrypt (Boulder): queries every name up to the TLD at once; the first name with CAA "
                  "records decides; an error closer to the name than that refuses; the issuer must equal "
                  "\"letsencrypt.org\" exactly (only spaces and tabs trimmed); flags 1 and 128 mean critical.");
    case CaProfile::Behaviour::Rfc8659:
        return tr("RFC 8659 §3-§4 read strictly: the relevant set is the first non-empty one on the climb; values "
                  "that break the §4.2 grammar count as an empty issuer; RFC 8657 parameters are enforced.");
    case CaProfile::Behaviour::Generic:
        break;
    }
    return tr("RFC 8659 as CAs are required to apply it (CA/B Forum BR §3.2.2.8); this CA's exact issuer comparison "
              "is not documented, so write the identifier exactly as listed.");
}

} // namespace caa
