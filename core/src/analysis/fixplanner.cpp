#include "fixplanner.h"

#include "recordrules.h"

#include <QSet>

namespace caa {

namespace {

using rules::parseFor;

bool isLabelChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

// "http-01 dns-01", "HTTP-01, dns-01", "http-01,,dns-01", "dns_01": the method names as meant, lower case, in order,
// once each (an underscore was meant as the hyphen; other characters are dropped).
QList<QByteArray> methodLabels(QByteArrayView list)
{
    QList<QByteArray> labels;
    QByteArray current;
    auto flush = [&] {
        if (!current.isEmpty() && !labels.contains(current.toLower()))
            labels.append(current.toLower());
        current.clear();
    };
    for (char c : list) {
        if (c == ',' || c == ' ' || c == '\t' || c == ';')
            flush();
        else if (isLabelChar(c))
            current.append(c);
        else if (c == '_')
            current.append('-');
    }
    flush();
    return labels;
}

QByteArray unquoted(QByteArrayView s)
{
    QByteArray out;
    for (char c : s) {
        if (c != '"' && c != '\'' && c != '`')
            out.append(c);
    }
    return out.trimmed();
}

// A parameter as the person wrote it, split leniently: "; AccountURI = x", "validationmethods=http-01 dns-01".
struct LooseParameter
{
    QByteArray tag; // as written
    QByteArray value; // trimmed, unquoted
    bool isAccount() const { return tag.compare("accounturi", Qt::CaseInsensitive) == 0; }
    bool isMethods() const { return tag.compare("validationmethods", Qt::CaseInsensitive) == 0; }
};

// The value's text after the issuer, read leniently. A whole record pasted into the value is unwrapped first.
QList<LooseParameter> looseParameters(QByteArrayView value, QList<QByteArray>* unreadable = nullptr)
{
    QByteArray text = value.toByteArray();
    const QByteArray lower = text.toLower().trimmed();
    if (lower.startsWith("0 issue") || lower.startsWith("128 issue") || lower.startsWith("issue")) {
        CaaRecord inner;
        if (parseCaaPresentation(text.trimmed(), &inner))
            text = inner.value;
        else if (const qsizetype quote = text.indexOf('"'); quote >= 0)
            text = text.mid(quote + 1);
    }
    QList<LooseParameter> params;
    const QList<QByteArray> parts = text.split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts[i].trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0) {
            if (unreadable)
                unreadable->append(part);
            continue;
        }
        params.append({ part.left(eq).trimmed(), unquoted(part.mid(eq + 1)) });
    }
    return params;
}

// The record's parameters written the way this CA reads them: lower-case accounturi/validationmethods tags, method
// lists comma-separated in lower case, no white space. Parameters the CA's parser rejects whatever we do (a hyphen in a
// tag for Let's Encrypt, text without '=') are dropped and listed.
QByteArray canonicalValue(const QByteArray& identifier, QByteArrayView value, const CaProfile& profile,
                          QStringList* dropped)
{
    QList<QByteArray> unreadable;
    QByteArray out = identifier;
    for (const LooseParameter& p : looseParameters(value, &unreadable)) {
        QByteArray tag = p.tag, v = p.value;
        if (p.isAccount()) {
            tag = "accounturi";
            v.replace(' ', "").replace('\t', "");
        } else if (p.isMethods()) {
            tag = "validationmethods";
            v = methodLabels(p.value).join(',');
        }
        const QByteArray rendered = tag + '=' + v;
        const IssuerValue check = parseFor(profile, "x; " + rendered);
        if (!check.wellFormed || check.parameters.size() != 1) {
            if (dropped)
                dropped->append(QString::fromLatin1(p.tag + '=' + p.value));
            continue;
        }
        out += "; " + rendered;
    }
    if (dropped) {
        for (const QByteArray& u : std::as_const(unreadable))
            dropped->append(QString::fromLatin1(u));
    }
    return out;
}

// Which CA a record of the chosen list was meant for: this CA (with the identifier it meant), deny-all, or another.
struct Intent
{
    bool thisCa = false;
    bool denyAll = false;
    QByteArray identifier;
    const char* mismatch = nullptr; // the near miss that keeps this CA from reading it (nullptr: read as is)
};

Intent intentOf(const CaaRecord& rec, const CaProfile& profile)
{
    Intent intent;
    const IssuerValue parsed = parseFor(profile, rec.value);
    if (parsed.wellFormed && !parsed.issuer.isEmpty() && profile.recognises(parsed.issuer)) {
        intent.thisCa = true;
        intent.identifier = parsed.issuer;
        return intent;
    }
    Span span = parsed.issuerSpan;
    if (span.length() == 0 && !parsed.wellFormed) {
        span = { 0, rec.value.size() };
        const qsizetype semi = rec.value.indexOf(';');
        if (semi >= 0)
            span.end = semi;
    }
    if (parsed.isDenyAll() || span.length() == 0 || unquoted(rec.value.mid(span.begin, span.length())).isEmpty()) {
        intent.denyAll = true;
        return intent;
    }
    const rules::IssuerMismatch mm = rules::classifyIssuer(rec.value, span, profile, CaDirectory::builtin());
    if (mm.meantForThisCa) {
        intent.thisCa = true;
        intent.identifier = mm.expected.toLatin1();
        intent.mismatch = mm.code;
    } else if (!mm.code && !parsed.wellFormed) {
        // The issuer is right and a parameter broke the record.
        intent.thisCa = true;
        intent.identifier = rec.value.mid(span.begin, span.length()).trimmed();
        intent.mismatch = code::ParamMalformed;
    }
    return intent;
}

// The set being repaired, with where each record came from.
struct WorkingSet
{
    QList<CaaResourceRecord> records;
    QList<int> origin; // index in the original set, -1 for a record the fix adds
    QStringList codes; // what the repair did, as finding codes, in order
    QVariantMap args;
    QStringList dropped;

    void note(const char* c)
    {
        const QString s = QString::fromLatin1(c);
        if (!codes.contains(s))
            codes.append(s);
    }
    void add(const CaaResourceRecord& rr)
    {
        records.append(rr);
        origin.append(-1);
    }
};

Climb withSet(const Climb& climb, int node, const QList<CaaResourceRecord>& records)
{
    Climb c = climb;
    LookupResult& n = c.nodes[node];
    n.records = records;
    n.status = records.isEmpty() ? LookupStatus::NoData : LookupStatus::Records;
    return c;
}

CaaRecord withParameters(const CaaRecord& base, const QByteArray& identifier, const QList<LooseParameter>& params)
{
    CaaRecord r = base;
    r.tag = base.canonicalTag();
    QByteArray v = identifier;
    for (const LooseParameter& p : params)
        v += "; " + p.tag + '=' + p.value;
    r.value = v;
    return r;
}

// One round of repairs for what still refuses once the records say what they meant: accounts and methods, then a
// record for the CA where none names it.
void repairAccess(WorkingSet& w, const Request& request, const CaProfile& profile)
{
    const rules::SetShape shape = rules::shapeOf(w.records, request.name.isWildcard(), profile);
    int methodOnly = -1, accountWrong = -1, anyOurs = -1;
    bool allDenyAll = true;
    for (int i = 0; i < w.records.size(); ++i) {
        const CaaRecord& rec = w.records[i].rdata;
        if (!shape.chosen(rec))
            continue;
        const IssuerValue parsed = parseFor(profile, rec.value);
        if (!parsed.isDenyAll())
            allDenyAll = false;
        const rules::RecordCheck check = rules::checkRecord(parsed, request, profile);
        if (!check.issuerMatch)
            continue;
        if (anyOurs < 0)
            anyOurs = i;
        if (check.accountOk && !check.methodOk && methodOnly < 0)
            methodOnly = i;
        if (!check.accountOk && accountWrong < 0)
            accountWrong = i;
    }
    const QByteArray identifier = profile.recommendedIdentifier().toLatin1();
    const QByteArray method = request.validationMethod.toLatin1();
    if (methodOnly >= 0) {
        // The account is right (or not restricted): the method joins the list; several lists become one.
        CaaRecord& rec = w.records[methodOnly].rdata;
        QList<LooseParameter> params = looseParameters(rec.value);
        QList<QByteArray> labels;
        QList<LooseParameter> kept;
        for (const LooseParameter& p : params) {
            if (p.isMethods()) {
                for (const QByteArray& l : methodLabels(p.value)) {
                    if (!labels.contains(l))
                        labels.append(l);
                }
            } else {
                kept.append(p);
            }
        }
        if (!labels.contains(method))
            labels.append(method);
        kept.append({ "validationmethods", labels.join(',') });
        rec = withParameters(rec, parseFor(profile, rec.value).issuer, kept);
        w.note(code::ValidationmethodsMismatch);
        w.args.insert(QStringLiteral("method"), request.validationMethod);
        return;
    }
    if (accountWrong >= 0) {
        const CaaResourceRecord base = w.records[accountWrong];
        const QByteArray issuer = parseFor(profile, base.rdata.value).issuer;
        QList<LooseParameter> others;
        QList<QByteArray> accounts;
        QList<QByteArray> labels;
        for (const LooseParameter& p : looseParameters(base.rdata.value)) {
            if (p.isAccount())
                accounts.append(p.value);
            else if (p.isMethods())
                labels += methodLabels(p.value);
            else
                others.append(p);
        }
        auto recordFor = [&](const QByteArray& account, bool withOwnMethod) {
            QList<LooseParameter> params = others;
            params.prepend({ "accounturi", account });
            QList<QByteArray> list = labels;
            if (withOwnMethod && !list.isEmpty() && !method.isEmpty() && !list.contains(method))
                list.append(method);
            if (!list.isEmpty())
                params.append({ "validationmethods", list.join(',') });
            return withParameters(base.rdata, issuer, params);
        };
        if (accounts.size() > 1) {
            // Unsatisfiable: one record per account instead.
            w.records[accountWrong].rdata = recordFor(accounts[0], false);
            for (qsizetype k = 1; k < accounts.size(); ++k) {
                CaaResourceRecord rr = base;
                rr.rdata = recordFor(accounts[k], false);
                w.add(rr);
            }
            w.note(code::AccounturiRepeated);
        }
        if (!request.accountUri.isEmpty()) {
            bool covered = false;
            for (const QByteArray& a : std::as_const(accounts))
                covered = covered || profile.accountMatches(a, request.accountUri);
            if (!covered) {
                CaaResourceRecord rr = base;
                rr.rdata = recordFor(request.accountUri.toLatin1(), true);
                w.add(rr);
                w.note(code::AccounturiMismatch);
                w.args.insert(QStringLiteral("account"), request.accountUri);
                if (!labels.isEmpty() && !method.isEmpty() && !labels.contains(method)) {
                    w.note(code::ValidationmethodsMismatch);
                    w.args.insert(QStringLiteral("method"), request.validationMethod);
                }
            }
        }
        return;
    }
    if (anyOurs >= 0)
        return; // this CA is listed and satisfied, or cannot be helped by a new record
    const QString owner = w.records.isEmpty() ? QString() : w.records.last().owner;
    CaaResourceRecord added;
    added.owner = owner;
    added.ttl = w.records.isEmpty() ? 0 : w.records.last().ttl;
    added.rdata.tag = shape.useWild ? "issuewild" : "issue";
    added.rdata.value = identifier;
    if (request.name.isWildcard()) {
        // A wildcard record for this CA keeps the accounts and methods its issue records allow (the owner's policy
        // for this CA): the first one the request satisfies, its parameters as they are.
        for (const CaaResourceRecord& rr : std::as_const(w.records)) {
            if (!rr.rdata.tagIs("issue"))
                continue;
            const IssuerValue parsed = parseFor(profile, rr.rdata.value);
            const rules::RecordCheck check = rules::checkRecord(parsed, request, profile);
            if (check.satisfied() && (check.account || check.methodList)) {
                const qsizetype semicolon = rr.rdata.value.indexOf(';');
                added.rdata.value = identifier + rr.rdata.value.mid(semicolon);
                break;
            }
        }
    }
    if (shape.anyChosen && allDenyAll) {
        if (request.name.isWildcard() && !shape.useWild) {
            // "issue ;" keeps the name itself closed; an issuewild record opens only wildcard certificates.
            added.rdata.tag = "issuewild";
            w.add(added);
            w.note(code::IssuewildOverrides);
            return;
        }
        for (int i = 0; i < w.records.size(); ++i) {
            if (shape.chosen(w.records[i].rdata)) {
                w.records[i].rdata.tag = w.records[i].rdata.canonicalTag();
                w.records[i].rdata.value = identifier;
                break;
            }
        }
        w.note(code::IssueDenyAll);
        return;
    }
    w.add(added);
    w.note(shape.useWild ? code::IssuewildOverrides : code::IssuerNotListed);
}

// Repairs a set so that this CA issues for the request, changing as little as possible: critical tags, then this CA's
// records as they were meant, then accounts, methods and a record for the CA. Returns whether it now permits.
bool repairSet(WorkingSet& w, const Climb& climb, int node, const Request& request, const CaProfile& profile)
{
    // 1. Unknown tags marked critical: the tag that was meant, or the flag cleared.
    for (CaaResourceRecord& rr : w.records) {
        const QByteArray tag = rr.rdata.canonicalTag();
        if (profile.knowsTag(tag) || !profile.isCritical(rr.rdata.flags))
            continue;
        static const char* const misspelt[][2]
            = { { "isue", "issue" },          { "isssue", "issue" },       { "issues", "issue" },
                { "issuer", "issue" },        { "wild", "issuewild" },     { "issuewildcard", "issuewild" },
                { "issuwild", "issuewild" },  { "issuewld", "issuewild" }, { "ideof", "iodef" },
                { "iodf", "iodef" },          { "idoef", "iodef" },        { "issueemail", "issuemail" },
                { "issue-wild", "issuewild" } };
        QByteArray meant;
        for (const auto& m : misspelt) {
            if (tag == m[0])
                meant = m[1];
        }
        if (!meant.isEmpty() && profile.knowsTag(meant)) {
            rr.rdata.tag = meant;
            w.args.insert(QStringLiteral("meant"), QString::fromLatin1(meant));
        } else {
            rr.rdata.flags = 0;
        }
        w.args.insert(QStringLiteral("tag"), QString::fromLatin1(rr.rdata.tag));
        w.note(code::CriticalUnknownTag);
    }
    // 2. This CA's records of the chosen list, written the way the CA reads them.
    const rules::SetShape shape = rules::shapeOf(w.records, request.name.isWildcard(), profile);
    for (CaaResourceRecord& rr : w.records) {
        if (!shape.chosen(rr.rdata))
            continue;
        const Intent intent = intentOf(rr.rdata, profile);
        if (!intent.thisCa)
            continue;
        QStringList dropped;
        const QByteArray value = canonicalValue(intent.identifier, rr.rdata.value, profile, &dropped);
        const IssuerValue parsed = parseFor(profile, rr.rdata.value);
        bool differs = !parsed.wellFormed || !profile.recognises(parsed.issuer);
        if (!differs) {
            // Read as it is, but are its parameters what the person meant (capitals, spaces in a list)?
            const IssuerValue canonical = parseFor(profile, value);
            differs = canonical.parameters.size() != parsed.parameters.size();
            for (qsizetype k = 0; !differs && k < parsed.parameters.size(); ++k)
                differs = canonical.parameters[k].tag != parsed.parameters[k].tag
                    || canonical.parameters[k].value != parsed.parameters[k].value;
        }
        if (!differs || value == rr.rdata.value)
            continue;
        const QByteArray before = rr.rdata.value;
        rr.rdata.tag = rr.rdata.canonicalTag();
        rr.rdata.value = value;
        w.dropped += dropped;
        if (intent.mismatch && intent.mismatch != code::ParamMalformed) {
            w.note(intent.mismatch);
            const IssuerValue loose = parseIssuerBoulder(before);
            w.args.insert(QStringLiteral("found"), QString::fromLatin1(loose.issuer.isEmpty() ? before : loose.issuer));
            w.args.insert(QStringLiteral("expected"), QString::fromLatin1(intent.identifier));
        } else if (before.toLower() == value.toLower() || methodLabels(before) == methodLabels(value)) {
            const bool caseOnly = before.toLower() == value.toLower();
            w.note(caseOnly && before.contains("validationmethods") ? code::ValidationmethodsCase
                       : caseOnly                                   ? code::ParamCase
                                                                    : code::ParamMalformed);
        } else {
            w.note(code::ParamMalformed);
        }
    }
    // 3. Accounts, methods, and the CA itself, until the CA issues (a split of repeated accounts can take a round).
    for (int round = 0; round < 3; ++round) {
        if (decide(withSet(climb, node, w.records), request, profile) == Outcome::Permit)
            return true;
        const int before = int(w.records.size());
        const QStringList codesBefore = w.codes;
        const QList<CaaResourceRecord> recordsBefore = w.records;
        repairAccess(w, request, profile);
        bool changed = w.records.size() != before || w.codes != codesBefore;
        for (int i = 0; !changed && i < before; ++i)
            changed = !(w.records[i].rdata == recordsBefore[i].rdata);
        if (!changed)
            break;
    }
    return decide(withSet(climb, node, w.records), request, profile) == Outcome::Permit;
}

RecordEdit editFor(RecordEdit::Kind kind, const QString& owner, quint32 ttl, const CaaRecord& before,
                   const CaaRecord& after, const SourceLocation& location)
{
    RecordEdit e;
    e.kind = kind;
    e.owner = owner;
    e.ttl = ttl;
    e.before = before;
    e.after = after;
    e.location = location;
    return e;
}

Fix fixFrom(const WorkingSet& w, const QList<RecordEdit>& edits)
{
    Fix fix;
    fix.code = w.codes.value(0);
    fix.alsoRepairs = w.codes.mid(1);
    fix.args = w.args;
    if (!w.dropped.isEmpty())
        fix.args.insert(QStringLiteral("dropped"), w.dropped);
    fix.edits = edits;
    return fix;
}

} // namespace

QList<Fix> planFixes(const Climb& climb, const Request& request, const CaProfile& profile, const Verdict& verdict,
                     QString* whyNone)
{
    QList<Fix> candidates;
    const int node = verdict.relevantNode;
    if (node < 0 || node >= climb.nodes.size() || climb.nodes[node].records.isEmpty()) {
        if (whyNone)
            *whyNone = QStringLiteral("no relevant record set");
        return {};
    }
    const QList<CaaResourceRecord>& set = climb.nodes[node].records;
    const CaaResourceRecord& anchor = set.last();
    auto inZone = [](QList<RecordEdit> edits, const QString& zone) {
        for (RecordEdit& e : edits)
            e.zone = zone;
        return edits;
    };

    // 1. The relevant set itself, repaired where it is (a parent's, or an alias target's).
    {
        WorkingSet w;
        w.records = set;
        for (int i = 0; i < set.size(); ++i)
            w.origin.append(i);
        if (repairSet(w, climb, node, request, profile)) {
            QList<RecordEdit> edits;
            for (int i = 0; i < w.records.size(); ++i) {
                const CaaResourceRecord& rr = w.records[i];
                if (w.origin[i] < 0)
                    edits.append(editFor(RecordEdit::AddRecord, rr.owner, rr.ttl, {}, rr.rdata, anchor.location));
                else if (!(rr.rdata == set[w.origin[i]].rdata))
                    edits.append(editFor(RecordEdit::ReplaceRecord, rr.owner, rr.ttl, set[w.origin[i]].rdata, rr.rdata,
                                         set[w.origin[i]].location));
            }
            if (!edits.isEmpty())
                candidates.append(fixFrom(w, inZone(edits, climb.nodes[node].zone)));
        }
    }
    // 2. Under a parent's set: the name's own set, a copy of the parent's repaired for this request (it replaces the
    //    parent's for this name only; other CAs, issuewild and iodef come along). Not next to a CNAME.
    if (node > 0 && climb.nodes[0].aliases.isEmpty()) {
        WorkingSet w;
        const QString name = climb.nodes[0].name;
        for (CaaResourceRecord rr : set) {
            rr.owner = name;
            w.add(rr);
        }
        const Climb own = withSet(climb, 0, w.records);
        if (repairSet(w, own, 0, request, profile)) {
            QList<RecordEdit> edits;
            for (const CaaResourceRecord& rr : std::as_const(w.records))
                edits.append(editFor(RecordEdit::AddRecord, name, rr.ttl, {}, rr.rdata, anchor.location));
            Fix fix = fixFrom(w, inZone(edits, climb.nodes[0].zone));
            fix.alsoRepairs.prepend(fix.code);
            fix.alsoRepairs.removeAll(QString());
            fix.code = QString::fromLatin1(code::InheritedFromParent);
            fix.args.insert(QStringLiteral("name"), name);
            fix.args.insert(QStringLiteral("parent"), climb.nodes[node].name);
            for (const CaaResourceRecord& rr : set) {
                if (rr.rdata.tag != "issue" && rr.rdata.tag != "issuewild") // iodef, contactemail…: kept for others
                    fix.args.insert(QStringLiteral("copiesOther"), true);
            }
            if (climb.nodes[0].status == LookupStatus::NxDomain)
                fix.args.insert(QStringLiteral("createsName"), true);
            candidates.append(fix);
        }
    }
    QList<Fix> verified;
    QStringList problems;
    for (const Fix& fix : std::as_const(candidates)) {
        const FixCheck check = verifyFix(climb, request, profile, fix);
        if (check.ok())
            verified.append(fix);
        else
            problems.append(check.problem);
    }
    if (verified.isEmpty() && whyNone) {
        const QByteArray method = request.validationMethod.toLatin1();
        bool knownMethod = method.isEmpty() || method.startsWith("ca-");
        for (const QByteArray& m : profile.validationMethodNames)
            knownMethod = knownMethod || m == method;
        if (candidates.isEmpty() && !knownMethod)
            *whyNone = QStringLiteral("%1 does not know the validation method %2, so no record can allow it")
                           .arg(profile.displayName, request.validationMethod);
        else if (candidates.isEmpty())
            *whyNone = QStringLiteral("no change to the records lets this CA issue for this request");
        else
            *whyNone = problems.join(QStringLiteral("; "));
    }
    return verified;
}

// ---------------------------------------------------------------------------------------------------------------
// Check A.

Climb applyFix(const Climb& climb, const Fix& fix)
{
    Climb after = climb;
    for (const RecordEdit& e : fix.edits) {
        for (LookupResult& node : after.nodes) {
            const QString owner = node.aliases.isEmpty() ? node.name : node.aliases.last();
            if (owner != e.owner)
                continue;
            if (e.kind == RecordEdit::AddRecord) {
                CaaResourceRecord rr;
                rr.owner = e.owner;
                rr.ttl = e.ttl;
                rr.rdata = e.after;
                node.records.append(rr);
                node.status = LookupStatus::Records;
                continue;
            }
            for (qsizetype r = 0; r < node.records.size(); ++r) {
                if (!(node.records[r].rdata == e.before))
                    continue;
                if (e.kind == RecordEdit::ReplaceRecord) {
                    node.records[r].rdata = e.after;
                } else {
                    node.records.removeAt(r);
                    if (node.records.isEmpty())
                        node.status = LookupStatus::NoData;
                }
                break;
            }
        }
    }
    return after;
}

namespace {

// What one CA may do under one property list, for one kind of name: which accounts and which methods.
struct Allowance
{
    bool listed = false; // some record names the CA
    bool anyAccount = false;
    QList<QByteArray> accounts;
    bool anyMethod = false;
    QList<QByteArray> methods;
};

bool chosenFor(const QList<CaaResourceRecord>& set, const CaaRecord& rec, bool wildcard)
{
    bool hasWild = false;
    for (const CaaResourceRecord& rr : set)
        hasWild = hasWild || rr.rdata.tagIs("issuewild");
    return rec.tagIs(wildcard && hasWild ? "issuewild" : "issue");
}

// As the records meant it: any record that names the CA (a near miss included), parameters read leniently.
Allowance meantAllowance(const QList<CaaResourceRecord>& set, bool wildcard, const CaProfile& profile)
{
    Allowance a;
    for (const CaaResourceRecord& rr : set) {
        if (!chosenFor(set, rr.rdata, wildcard) || !intentOf(rr.rdata, profile).thisCa)
            continue;
        a.listed = true;
        bool account = false, method = false;
        for (const LooseParameter& p : looseParameters(rr.rdata.value)) {
            if (p.isAccount()) {
                account = true;
                a.accounts.append(p.value);
            } else if (p.isMethods()) {
                method = true;
                a.methods += methodLabels(p.value);
            }
        }
        a.anyAccount = a.anyAccount || !account;
        a.anyMethod = a.anyMethod || !method;
    }
    if (!a.listed)
        a.anyAccount = a.anyMethod = true; // nothing restricted this CA's accounts or methods
    return a;
}

// As the CA reads it: records it parses and recognises, parameters as its parser sees them.
Allowance actualAllowance(const QList<CaaResourceRecord>& set, bool wildcard, const CaProfile& profile)
{
    Allowance a;
    Request open;
    for (const CaaResourceRecord& rr : set) {
        if (!chosenFor(set, rr.rdata, wildcard))
            continue;
        const IssuerValue parsed = parseFor(profile, rr.rdata.value);
        const rules::RecordCheck check = rules::checkRecord(parsed, open, profile);
        if (!check.issuerMatch || check.accounts > 1 || check.methods > 1)
            continue;
        a.listed = true;
        if (check.account)
            a.accounts.append(check.account->value);
        else
            a.anyAccount = true;
        if (check.methodList)
            a.methods += methodLabels(check.methodList->value);
        else
            a.anyMethod = true;
    }
    return a;
}

QString setText(const QList<CaaResourceRecord>& set)
{
    QStringList parts;
    for (const CaaResourceRecord& rr : set)
        parts.append(rr.rdata.toPresentation());
    return parts.join(QStringLiteral(" | "));
}

} // namespace

FixCheck verifyFix(const Climb& climb, const Request& request, const CaProfile& profile, const Fix& fix)
{
    FixCheck check;
    if (fix.edits.isEmpty()) {
        check.problem = QStringLiteral("not a change to the records");
        return check;
    }
    int beforeNode = -1, afterNode = -1;
    decide(climb, request, profile, &beforeNode);
    const Climb after = applyFix(climb, fix);
    const Outcome outcome = decide(after, request, profile, &afterNode);
    check.permits = outcome == Outcome::Permit;
    if (!check.permits) {
        check.problem = QStringLiteral("after the fix %1 still does not issue (%2)")
                            .arg(profile.displayName, QLatin1String(outcomeCode(outcome)));
        return check;
    }
    const QList<CaaResourceRecord> beforeSet
        = beforeNode >= 0 ? climb.nodes[beforeNode].records : QList<CaaResourceRecord>();
    const QList<CaaResourceRecord> afterSet
        = afterNode >= 0 ? after.nodes[afterNode].records : QList<CaaResourceRecord>();
    QStringList problems;
    // This CA: accounts and methods afterwards are those meant before plus the request's own.
    const QByteArray ownMethod = request.validationMethod.toLatin1();
    for (bool wildcard : { false, true }) {
        // Allowed before: as the records meant it, or as the CA read them then (a restriction the CA already
        // ignored, such as "AccountURI=" in capitals, is not one this fix lifts).
        const Allowance meant = meantAllowance(beforeSet, wildcard, profile);
        const Allowance was = actualAllowance(beforeSet, wildcard, profile);
        const Allowance now = actualAllowance(afterSet, wildcard, profile);
        const QString kind = wildcard ? QStringLiteral("wildcard") : QStringLiteral("non-wildcard");
        const bool anyAccountBefore = meant.anyAccount || was.anyAccount;
        const bool anyMethodBefore = meant.anyMethod || was.anyMethod;
        if (now.anyAccount && !anyAccountBefore)
            problems.append(QStringLiteral("%1 certificates: any account may now order, not only %2")
                                .arg(kind, QString::fromLatin1(meant.accounts.join(", "))));
        for (const QByteArray& a : now.accounts) {
            bool allowed
                = anyAccountBefore || (!request.accountUri.isEmpty() && profile.accountMatches(a, request.accountUri));
            for (const QByteArray& m : meant.accounts + was.accounts)
                allowed = allowed || m == a;
            if (!allowed)
                problems.append(QStringLiteral("%1 certificates: account %2 was not allowed before")
                                    .arg(kind, QString::fromLatin1(a)));
        }
        if (now.anyMethod && !anyMethodBefore)
            problems.append(QStringLiteral("%1 certificates: any validation method may now be used, not only %2")
                                .arg(kind, QString::fromLatin1(meant.methods.join(","))));
        for (const QByteArray& m : now.methods) {
            if (!anyMethodBefore && !meant.methods.contains(m) && !was.methods.contains(m) && m != ownMethod)
                problems.append(QStringLiteral("%1 certificates: method %2 was not allowed before")
                                    .arg(kind, QString::fromLatin1(m)));
        }
    }
    // Everything that is not this CA's stays: other CAs' records, iodef and other tags, and for a non-wildcard request
    // the issuewild records. Unknown tags marked critical may lose the flag or get the tag that was meant.
    auto present = [&](const CaaRecord& rec) {
        for (const CaaResourceRecord& rr : afterSet) {
            if (rr.rdata == rec)
                return true;
            const bool criticalRepair = !profile.knowsTag(rec.canonicalTag()) && profile.isCritical(rec.flags)
                && rr.rdata.value == rec.value
                && (rr.rdata.flags == 0 || rr.rdata.canonicalTag() != rec.canonicalTag());
            if (criticalRepair)
                return true;
        }
        return false;
    };
    const bool requestWild = request.name.isWildcard();
    for (const CaaResourceRecord& rr : beforeSet) {
        const CaaRecord& rec = rr.rdata;
        const bool property = rec.tagIs("issue") || rec.tagIs("issuewild");
        bool mayChange = false;
        if (rec.tagIs("issuewild") && !requestWild) {
            mayChange = false; // a non-wildcard request has no business with issuewild
        } else if (property) {
            const Intent intent = intentOf(rec, profile);
            mayChange = intent.thisCa || (intent.denyAll && chosenFor(beforeSet, rec, requestWild));
        }
        if (!mayChange && !present(rec))
            problems.append(QStringLiteral("the record %1 is gone or changed").arg(rec.toPresentation()));
    }
    // Other CAs decide as before (unless a critical tag blocked everyone).
    QSet<QString> others;
    for (const QList<CaaResourceRecord>* s : { &beforeSet, &afterSet }) {
        for (const CaaResourceRecord& rr : *s) {
            if (!rr.rdata.tagIs("issue") && !rr.rdata.tagIs("issuewild"))
                continue;
            const IssuerValue loose = parseIssuerBoulder(rr.rdata.value);
            const QByteArray id = loose.issuer.toLower();
            if (!id.isEmpty() && !profile.recognises(id) && !CaDirectory::builtin().casForIdentifier(id).isEmpty())
                others.insert(QString::fromLatin1(id));
        }
    }
    bool criticalBefore = false;
    for (const CaaResourceRecord& rr : beforeSet)
        criticalBefore = criticalBefore || (!profile.knowsTag(rr.rdata.canonicalTag()) && (rr.rdata.flags & 0x80));
    for (const QString& id : std::as_const(others)) {
        const CaProfile other = CaDirectory::builtin().profile(id);
        if (other.key.isEmpty())
            continue;
        for (bool wildcard : { false, true }) {
            Request r;
            r.name = wildcard ? DomainName::parse(QStringLiteral("*.") + request.name.text())
                              : DomainName::parse(request.name.text());
            const Outcome was = decide(climb, r, other), now = decide(after, r, other);
            if (was != now && !(criticalBefore && was == Outcome::Forbid))
                problems.append(QStringLiteral("%1 would now %2 for %3 (before: %4)")
                                    .arg(other.displayName, QLatin1String(outcomeCode(now)), r.name.displayText(),
                                         QLatin1String(outcomeCode(was))));
        }
    }
    // Unrelated parameters of this CA's records stay (where the CA can read them at all).
    QList<QPair<QByteArray, QByteArray>> kept;
    for (const CaaResourceRecord& rr : afterSet) {
        if (intentOf(rr.rdata, profile).thisCa) {
            for (const LooseParameter& p : looseParameters(rr.rdata.value))
                kept.append({ p.tag.toLower(), p.value });
        }
    }
    for (const CaaResourceRecord& rr : beforeSet) {
        if (!(rr.rdata.tagIs("issue") || rr.rdata.tagIs("issuewild")) || !intentOf(rr.rdata, profile).thisCa)
            continue;
        for (const LooseParameter& p : looseParameters(rr.rdata.value)) {
            if (p.isAccount() || p.isMethods())
                continue;
            if (!parseFor(profile, "x; " + p.tag + '=' + p.value).wellFormed)
                continue; // the CA cannot read it however it is written
            if (!kept.contains(qMakePair(p.tag.toLower(), p.value)))
                problems.append(QStringLiteral("the parameter %1=%2 is gone")
                                    .arg(QString::fromLatin1(p.tag), QString::fromLatin1(p.value)));
        }
    }
    check.keepsRestrictions = problems.isEmpty();
    if (!problems.isEmpty())
        check.problem = QStringLiteral("%1 (before: %2; after: %3)")
                            .arg(problems.join(QStringLiteral("; ")), setText(beforeSet), setText(afterSet));
    return check;
}

} // namespace caa
