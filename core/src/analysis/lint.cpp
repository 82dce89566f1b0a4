#include "caa/lint.h"

#include "caa/issuervalue.h"
#include "recordrules.h"

namespace caa {

namespace {

const QList<QByteArray>& knownTags()
{
    static const QList<QByteArray> tags { "issue",    "issuewild",    "iodef",       "issuemail",
                                          "issuevmc", "contactemail", "contactphone" };
    return tags;
}

QString meantTag(const QByteArray& tag)
{
    static const char* const aliases[][2]
        = { { "isue", "issue" },         { "isssue", "issue" },       { "issues", "issue" },
            { "issuer", "issue" },       { "wild", "issuewild" },     { "issuewildcard", "issuewild" },
            { "issuwild", "issuewild" }, { "issuewld", "issuewild" }, { "ideof", "iodef" },
            { "iodf", "iodef" },         { "idoef", "iodef" },        { "issueemail", "issuemail" } };
    for (const auto& a : aliases) {
        if (tag == a[0])
            return QString::fromLatin1(a[1]);
    }
    return {};
}

// Where the record's RDATA starts on its first line, 1-based in bytes (1 when it starts on a later line).
int rdataColumn(const ZoneFile& zone, const ZoneRecord& r)
{
    if (r.file >= zone.files().size())
        return 1;
    const QByteArray& content = zone.files()[r.file].content;
    if (r.rdataBegin < r.begin || qsizetype(r.rdataBegin) > content.size())
        return 1;
    const QByteArrayView head(content.constData() + r.begin, qsizetype(r.rdataBegin - r.begin));
    return head.contains('\n') ? 1 : int(head.size()) + 1;
}

// The column of what a finding is about, on the record's first line: the owner, the tag or the value (else the RDATA's
// start, as rdataColumn()). Editors jump there from "file:line:column".
int tokenColumn(const ZoneFile& zone, const ZoneRecord& r, const QString& code)
{
    const int rdata = rdataColumn(zone, r);
    if (code == QLatin1String(code::OwnerDoubledZone))
        return 1;
    const bool aboutTag = code == QLatin1String(code::TagCase) || code == QLatin1String(code::CriticalUnknownTag);
    const bool aboutFlags = code == QLatin1String(code::ReservedFlags);
    if (aboutFlags || rdata <= 1 || r.file >= zone.files().size())
        return rdata;
    // The RDATA on that line: flags, blanks, tag, blanks, value (a "(" or the line's end: keep the RDATA's start).
    const QByteArray& content = zone.files()[r.file].content;
    qsizetype i = r.rdataBegin;
    auto skipToken = [&] {
        while (i < content.size() && content[i] != ' ' && content[i] != '\t' && content[i] != '\n' && content[i] != '\r'
               && content[i] != '(')
            ++i;
    };
    auto skipBlanks = [&] {
        while (i < content.size() && (content[i] == ' ' || content[i] == '\t'))
            ++i;
    };
    skipToken(); // flags
    skipBlanks();
    const qsizetype tag = i;
    skipToken();
    skipBlanks();
    const qsizetype value = i;
    const qsizetype wanted = aboutTag ? tag : value;
    if (wanted >= content.size() || content[wanted] == '\n' || content[wanted] == '\r' || content[wanted] == '(')
        return rdata;
    return rdata + int(wanted - r.rdataBegin);
}

} // namespace

QList<LintFinding> lintZone(const ZoneFile& zone, int zoneIndex, const CaDirectory& directory)
{
    QList<LintFinding> findings;
    for (const ZoneError& e : zone.errors()) {
        LintFinding f;
        f.zone = zoneIndex;
        f.fileIndex = e.fileIndex;
        f.line = e.line;
        f.column = e.column;
        f.code = QStringLiteral("zone-syntax");
        f.severity = Severity::Error;
        f.args.insert(QStringLiteral("message"), e.message);
        f.args.insert(QStringLiteral("column"), e.column);
        findings.append(f);
    }
    // Records only Let's Encrypt's rules can judge (account URLs, tags it does not process) are read as it reads them.
    const CaProfile letsEncrypt = directory.profile(QStringLiteral("letsencrypt.org"));
    // RRset-level: owners with issuewild but no issue.
    QHash<quint32, int> issueCount, wildCount, wildLine;
    for (qsizetype i = 0; i < zone.recordCount(); ++i) {
        const ZoneRecord& r = zone.record(i);
        if (r.type != rrtype::CAA)
            continue;
        const CaaRecord& caa = zone.caa(i);
        const QByteArray tag = caa.canonicalTag();
        auto add = [&](const char* code, Severity severity) -> LintFinding& {
            LintFinding f;
            f.zone = zoneIndex;
            f.fileIndex = r.file;
            f.line = int(r.line);
            f.column = rdataColumn(zone, r);
            f.owner = zone.name(r.owner);
            f.code = QString::fromLatin1(code);
            f.severity = severity;
            f.record = i;
            f.args.insert(QStringLiteral("tag"), QString::fromLatin1(caa.tag));
            f.args.insert(QStringLiteral("value"), QString::fromLatin1(caa.value));
            findings.append(f);
            return findings.last();
        };
        auto quickFix = [&](LintFinding& f, const CaaRecord& after) {
            RecordEdit e;
            e.kind = RecordEdit::ReplaceRecord;
            e.owner = zone.name(r.owner);
            e.ttl = r.ttl;
            e.before = caa;
            e.after = after;
            e.location = zone.location(i);
            e.location.zone = zoneIndex;
            f.fix.code = f.code;
            f.fix.edits = { e };
        };
        // "www.example.com.example.com": a full name typed into a form that appends the zone.
        {
            const QString owner = zone.name(r.owner);
            const QString origin = zone.origin();
            if (!origin.isEmpty() && origin.contains(u'.') && owner.endsWith(u'.' + origin)) {
                const QString meant = owner.left(owner.size() - origin.size() - 1);
                if (meant == origin || meant.endsWith(u'.' + origin)) {
                    LintFinding& f = add(code::OwnerDoubledZone, Severity::Error);
                    f.args.insert(QStringLiteral("owner"), owner);
                    f.args.insert(QStringLiteral("meant"), meant);
                    RecordEdit remove;
                    remove.kind = RecordEdit::RemoveRecord;
                    remove.owner = owner;
                    remove.ttl = r.ttl;
                    remove.before = caa;
                    remove.location = zone.location(i);
                    remove.location.zone = zoneIndex;
                    RecordEdit addBack = remove;
                    addBack.kind = RecordEdit::AddRecord;
                    addBack.owner = meant;
                    addBack.before = {};
                    addBack.after = caa;
                    // The new line goes beside a record of the name it was meant for that no other quick fix
                    // changes (not a CAA record), the zone's first record at worst; never beside the removed one.
                    qsizetype anchor = 0;
                    for (qsizetype k = 0; k < zone.recordCount(); ++k) {
                        if (zone.name(zone.record(k).owner) == meant && zone.record(k).type != rrtype::CAA) {
                            anchor = k;
                            break;
                        }
                    }
                    addBack.location = zone.location(anchor);
                    addBack.location.zone = zoneIndex;
                    f.fix.code = f.code;
                    f.fix.args = f.args;
                    f.fix.edits = { addBack, remove };
                }
            }
        }
        if (tag == "issue")
            issueCount[r.owner]++;
        if (tag == "issuewild") {
            wildCount[r.owner]++;
            wildLine[r.owner] = int(r.line);
        }
        if (tag != caa.tag) {
            LintFinding& f = add(code::TagCase, Severity::Warning);
            CaaRecord after = caa;
            after.tag = tag;
            quickFix(f, after);
        }
        const bool known = knownTags().contains(tag);
        const bool critical = (caa.flags & 0x80) || (caa.flags & 0x01);
        if (known && (caa.flags & 0x80) && !letsEncrypt.knowsTag(tag)) {
            // (Flags 1 are said by the reserved-flags finding, which says Let's Encrypt reads them as critical.)
            // A tag the RFCs define but Let's Encrypt does not process (contactemail, contactphone): marked
            // critical, it makes Let's Encrypt refuse every order for the name and the names below it.
            LintFinding& f = add(code::CriticalUnknownTag, Severity::Error);
            f.args.insert(QStringLiteral("flags"), int(caa.flags));
            f.args.insert(QStringLiteral("ca"), QStringLiteral("Let's Encrypt"));
            CaaRecord after = caa;
            after.flags = 0;
            quickFix(f, after);
        }
        if (!known) {
            const QString meant = meantTag(tag);
            LintFinding& f = add(critical ? code::CriticalUnknownTag : code::UnknownTag,
                                 critical ? Severity::Error : Severity::Warning);
            f.args.insert(QStringLiteral("flags"), int(caa.flags));
            if (!meant.isEmpty())
                f.args.insert(QStringLiteral("meant"), meant);
            CaaRecord after = caa;
            if (!meant.isEmpty())
                after.tag = meant.toLatin1();
            else
                after.flags = 0;
            if (!meant.isEmpty() || critical)
                quickFix(f, after);
        }
        if ((caa.flags & 0x7f) != 0) {
            LintFinding& f = add(code::ReservedFlags, (caa.flags & 0x01) ? Severity::Error : Severity::Warning);
            f.args.insert(QStringLiteral("flags"), int(caa.flags));
            CaaRecord after = caa;
            after.flags = quint8(caa.flags & 0x80);
            quickFix(f, after);
        }
        if (tag == "iodef") {
            const QByteArray v = caa.value.toLower();
            if (!v.startsWith("mailto:") && !v.startsWith("https://") && !v.startsWith("http://"))
                add("iodef-malformed", Severity::Warning);
            continue;
        }
        if (tag != "issue" && tag != "issuewild" && tag != "issuemail")
            continue;
        const IssuerValue rfc = parseIssuerRfc8659(caa.value);
        const IssuerValue boulder = parseIssuerBoulder(caa.value);
        const QByteArray lowerValue = caa.value.toLower();
        // A whole record pasted into the value field.
        if ((lowerValue.startsWith("0 issue") || lowerValue.startsWith("128 issue")
             || lowerValue.startsWith("issue "))) {
            LintFinding& f = add(code::IssuerPastedRecord, Severity::Error);
            CaaRecord inner;
            if (parseCaaPresentation(caa.value, &inner)) {
                CaaRecord after = caa;
                after.value = inner.value;
                quickFix(f, after);
            }
            continue;
        }
        QByteArray issuer = boulder.issuer;
        if (issuer.isEmpty()) {
            if (rfc.wellFormed && tag == "issue")
                add(code::IssueDenyAll, Severity::Info);
        } else {
            const bool trailingDot = issuer.endsWith('.') && issuer.size() > 1;
            QByteArray bare = issuer;
            if (trailingDot)
                bare.chop(1);
            // Quotes around the value, or double quotes in it; an apostrophe inside a word ("Let's Encrypt") is part
            // of the text, and removing it would make "Lets Encrypt" of a CA's name.
            const bool quoted = bare.contains('"') || bare.startsWith('\'') || bare.endsWith('\'');
            const QByteArray unquoted
                = quoted ? QByteArray(bare).replace('"', "").replace('\'', "").trimmed() : QByteArray(bare).trimmed();
            if (trailingDot) {
                LintFinding& f = add(code::IssuerTrailingDot, Severity::Error);
                f.args.insert(QStringLiteral("expected"), QString::fromLatin1(bare));
                CaaRecord after = caa;
                after.value = caa.value.left(boulder.issuerSpan.end - 1) + caa.value.mid(boulder.issuerSpan.end);
                quickFix(f, after);
            } else if (unquoted != bare) {
                LintFinding& f = add(code::IssuerQuoted, Severity::Error);
                f.args.insert(QStringLiteral("expected"), QString::fromLatin1(unquoted));
                CaaRecord after = caa;
                after.value
                    = caa.value.left(boulder.issuerSpan.begin) + unquoted + caa.value.mid(boulder.issuerSpan.end);
                quickFix(f, after);
            } else if (bare.toLower() != bare && !bare.contains(' ') && !directory.knownMistake(bare.toLower())) {
                // (A CA's display name, "Let's Encrypt", is no identifier in capitals: the unknown-CA finding
                // below names the identifier.)
                // Let's Encrypt compares the issuer exactly: capitals there refuse, not merely look odd.
                const bool exact = directory.profile(QString::fromLatin1(bare.toLower())).exactIssuerCompare;
                LintFinding& f = add(code::IssuerCase, exact ? Severity::Error : Severity::Warning);
                f.args.insert(QStringLiteral("expected"), QString::fromLatin1(bare.toLower()));
                CaaRecord after = caa;
                after.value
                    = caa.value.left(boulder.issuerSpan.begin) + bare.toLower() + caa.value.mid(boulder.issuerSpan.end);
                quickFix(f, after);
            }
            const QByteArray lookup = unquoted.toLower();
            QByteArray host = lookup; // "https://letsencrypt.org/": a web address where the domain belongs
            const bool url = host.contains("://") || host.contains('/');
            if (url) {
                if (host.contains("://"))
                    host = host.mid(host.indexOf("://") + 3);
                if (host.contains('/'))
                    host = host.left(host.indexOf('/'));
                if (host.startsWith("www."))
                    host = host.mid(4);
            }
            if (url && !directory.casForIdentifier(host).isEmpty()) {
                LintFinding& f = add(code::IssuerUrl, Severity::Error);
                f.args.insert(QStringLiteral("found"), QString::fromLatin1(issuer));
                f.args.insert(QStringLiteral("expected"), QString::fromLatin1(host));
                CaaRecord after = caa;
                after.value = caa.value.left(boulder.issuerSpan.begin) + host + caa.value.mid(boulder.issuerSpan.end);
                quickFix(f, after);
                f.fix.args = f.args;
            } else if (directory.casForIdentifier(lookup).isEmpty()) {
                LintFinding& f = add(code::IssuerUnknownCa, Severity::Warning);
                f.args.insert(QStringLiteral("found"), QString::fromLatin1(issuer));
                QString nearest;
                if (const KnownMistake* m = directory.knownMistake(lookup)) {
                    nearest = m->right;
                    f.args.insert(QStringLiteral("note"), m->note);
                } else {
                    int distance = 0;
                    nearest = directory.nearestIdentifier(lookup, &distance);
                    if (distance > std::max<int>(2, int(lookup.size()) / 4))
                        nearest.clear();
                }
                if (!nearest.isEmpty()) {
                    // A CA was meant and none matches: every CA refuses this record.
                    f.severity = Severity::Error;
                    f.args.insert(QStringLiteral("nearest"), nearest);
                    f.args.insert(QStringLiteral("expected"), nearest);
                    CaaRecord after = caa;
                    after.value = caa.value.left(boulder.issuerSpan.begin) + nearest.toLatin1()
                        + caa.value.mid(boulder.issuerSpan.end);
                    quickFix(f, after);
                    f.fix.args = f.args; // the quick fix's title names both
                }
            }
        }
        // Parameters: the RFC grammar, and Let's Encrypt's stricter parser.
        const IssuerValue* broken = !rfc.wellFormed ? &rfc : (!boulder.wellFormed ? &boulder : nullptr);
        if (broken) {
            for (const ValueDiagnostic& d : broken->diagnostics) {
                if (!d.blocking || d.code <= ValueDiagnostic::TextAfterIssuer)
                    continue;
                LintFinding& f = add(code::ParamMalformed, Severity::Error);
                f.args.insert(QStringLiteral("problem"), int(d.code));
                f.args.insert(
                    QStringLiteral("text"),
                    QString::fromLatin1(caa.value.mid(d.span.begin, std::max<qsizetype>(1, d.span.length()))));
                f.args.insert(QStringLiteral("letsEncryptOnly"), rfc.wellFormed);
                break;
            }
        }
        for (const IssuerParameter& p : boulder.parameters) {
            const QByteArray lower = p.tag.toLower();
            if (lower != p.tag && (lower == "accounturi" || lower == "validationmethods")) {
                LintFinding& f = add(code::ParamCase, Severity::Warning);
                f.args.insert(QStringLiteral("tag"), QString::fromLatin1(p.tag));
                f.args.insert(QStringLiteral("expected"), QString::fromLatin1(lower));
            }
            // "HTTP-01": Let's Encrypt compares method names exactly, so the list allows none of them.
            if (lower == "validationmethods" && p.value.toLower() != p.value) {
                LintFinding& f = add(code::ValidationmethodsCase, Severity::Error);
                f.args.insert(QStringLiteral("found"), QString::fromLatin1(p.value));
                f.args.insert(QStringLiteral("expected"), QString::fromLatin1(p.value.toLower()));
                f.args.insert(QStringLiteral("ca"), QStringLiteral("Let's Encrypt"));
                CaaRecord after = caa;
                after.value = caa.value.left(p.valueSpan.begin) + p.value.toLower() + caa.value.mid(p.valueSpan.end);
                quickFix(f, after);
            }
        }
        // Parameters that refuse every order of the CA they name, read by the same record check as the verdicts
        // (for no account and no method in particular): several accounturi, a method list that allows no method, an
        // account URL that is no account of the CA. Known for Let's Encrypt, whose account URLs are documented.
        if (boulder.wellFormed && !boulder.issuer.isEmpty() && letsEncrypt.recognises(boulder.issuer)) {
            const CaProfile& le = letsEncrypt;
            const rules::RecordCheck rc = rules::checkRecord(boulder, Request(), le);
            if (rc.accounts > 1) {
                add(code::AccounturiRepeated, Severity::Error);
            } else if (rc.account && !le.isAccountOfThisCa(QString::fromLatin1(rc.account->value))) {
                LintFinding& f = add(code::AccounturiMismatch, Severity::Error);
                f.args.insert(QStringLiteral("allowed"), QString::fromLatin1(rc.account->value));
                f.args.insert(QStringLiteral("notAnAccount"), true);
                f.args.insert(QStringLiteral("example"), le.exampleAccountUri());
                f.args.insert(QStringLiteral("ca"), le.displayName);
            }
            if (rc.methods > 1) {
                add(code::ValidationmethodsMismatch, Severity::Error).args.insert(QStringLiteral("repeated"), true);
            } else if (rc.methodList && rc.openMethods.isEmpty()
                       && rc.methodList->value.toLower() == rc.methodList->value) { // capitals: said above
                LintFinding& f = add(code::ValidationmethodsMismatch, Severity::Error);
                f.args.insert(QStringLiteral("allowed"), QString::fromLatin1(rc.methodList->value));
                f.args.insert(QStringLiteral("malformedList"), true);
                f.args.insert(QStringLiteral("ca"), le.displayName);
            }
        }
        // "validationmethods=http-01 dns-01": a list written with spaces, which no CA reads: commas.
        if (!boulder.wellFormed) {
            const qsizetype at = caa.value.toLower().indexOf("validationmethods=");
            if (at >= 0) {
                const qsizetype start = at + qsizetype(sizeof("validationmethods=") - 1);
                qsizetype end = caa.value.indexOf(';', start);
                if (end < 0)
                    end = caa.value.size();
                const QByteArray list = caa.value.mid(start, end - start);
                const QList<QByteArray> labels = list.simplified().replace(", ", ",").replace(" ,", ",").split(' ');
                if (labels.size() > 1 && !list.trimmed().isEmpty()) {
                    for (LintFinding& f : findings) {
                        if (f.record == i && f.code == QLatin1String(code::ParamMalformed) && f.fix.edits.isEmpty()) {
                            CaaRecord after = caa;
                            after.value = caa.value.left(start) + labels.join(',') + caa.value.mid(end);
                            quickFix(f, after);
                        }
                    }
                }
            }
        }
    }
    for (auto it = wildCount.constBegin(); it != wildCount.constEnd(); ++it) {
        if (issueCount.value(it.key()) == 0) {
            LintFinding f;
            f.zone = zoneIndex;
            f.line = wildLine.value(it.key());
            f.column = 1; // the record's start: the owner has no issue record
            f.owner = zone.name(it.key());
            f.code = QString::fromLatin1(code::IssuewildOnly);
            f.severity = Severity::Warning;
            f.args.insert(QStringLiteral("name"), f.owner);
            findings.append(f);
        }
    }
    for (LintFinding& f : findings) {
        if (f.record >= 0)
            f.column = tokenColumn(zone, zone.record(f.record), f.code);
    }
    std::stable_sort(findings.begin(), findings.end(), [](const LintFinding& a, const LintFinding& b) {
        if (a.fileIndex != b.fileIndex)
            return a.fileIndex < b.fileIndex;
        return a.line < b.line;
    });
    return findings;
}

} // namespace caa
