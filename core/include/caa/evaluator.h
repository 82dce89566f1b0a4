#pragma once

#include "caa/caprofile.h"
#include "caa/climb.h"
#include "caa/domainname.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace caa {

struct Request
{
    DomainName name; // carries the wildcard flag
    QString accountUri;
    QString validationMethod;
};

enum class Severity
{
    Info,
    Warning,
    Error,
};

// Stable finding codes (cli-contract.md); the message catalogue turns them into sentences.
namespace code {
inline constexpr char NoCaa[] = "no-caa";
inline constexpr char Permitted[] = "permitted";
inline constexpr char IssuerTrailingDot[] = "issuer-trailing-dot";
inline constexpr char IssuerCase[] = "issuer-case";
inline constexpr char IssuerQuoted[] = "issuer-quoted";
inline constexpr char IssuerWhitespace[] = "issuer-whitespace";
inline constexpr char IssuerUnknownCa[] = "issuer-unknown-ca";
inline constexpr char IssuerNotListed[] = "issuer-not-listed";
inline constexpr char IssuerOtherCa[] = "issuer-other-ca";
inline constexpr char IssuerMalformed[] = "issuer-malformed";
inline constexpr char IssuerPastedRecord[] = "issuer-pasted-record";
inline constexpr char IssueDenyAll[] = "issue-deny-all";
inline constexpr char IssuewildOverrides[] = "issuewild-overrides";
inline constexpr char IssuewildOnly[] = "issuewild-only";
inline constexpr char CriticalUnknownTag[] = "critical-unknown-tag";
inline constexpr char FlagOneCritical[] = "flag-one-critical";
inline constexpr char ParamMalformed[] = "param-malformed";
inline constexpr char ParamCase[] = "param-case";
inline constexpr char AccounturiMismatch[] = "accounturi-mismatch";
inline constexpr char AccounturiRepeated[] = "accounturi-repeated";
inline constexpr char AccounturiUnchecked[] = "accounturi-unchecked";
inline constexpr char ValidationmethodsMismatch[] = "validationmethods-mismatch";
inline constexpr char ValidationmethodsUnchecked[] = "validationmethods-unchecked";
inline constexpr char InheritedFromParent[] = "inherited-from-parent";
inline constexpr char CnameTargetCaa[] = "cname-target-caa";
inline constexpr char LookupServfail[] = "lookup-servfail";
inline constexpr char LookupRefused[] = "lookup-refused";
inline constexpr char LookupNotimp[] = "lookup-notimp";
inline constexpr char LookupFormerr[] = "lookup-formerr";
inline constexpr char LookupTimeout[] = "lookup-timeout";
inline constexpr char LookupTruncated[] = "lookup-truncated";
inline constexpr char LookupNetwork[] = "lookup-network";
inline constexpr char LookupIncomplete[] = "lookup-incomplete";
inline constexpr char DnssecBogus[] = "dnssec-bogus";
inline constexpr char TldNxdomain[] = "tld-nxdomain";
inline constexpr char CnameLoop[] = "cname-loop";
inline constexpr char IodefNotSupported[] = "iodef-not-supported";
inline constexpr char OutsideLoadedData[] = "outside-loaded-data";
inline constexpr char IgnoredParentError[] = "ignored-parent-error";
inline constexpr char TagCase[] = "tag-case";
inline constexpr char ReservedFlags[] = "reserved-flags";
inline constexpr char UnknownTag[] = "unknown-tag";
inline constexpr char CacheTtl[] = "cache-ttl";
// Permitted only for the accounts or validation methods the records name, and the request named neither.
inline constexpr char ConditionalPermit[] = "conditional-permit";
inline constexpr char IpIdentifier[] = "ip-identifier";
inline constexpr char ResolverUnreachable[] = "resolver-unreachable";
// The person turned the nameserver matrix off (--no-matrix): a resolver's failure cannot be told from the servers'.
inline constexpr char NameserversNotAsked[] = "nameservers-not-asked";
inline constexpr char NoAutomaticFix[] = "no-automatic-fix";
inline constexpr char ValidationmethodsCase[] = "validationmethods-case";
inline constexpr char IssuerUrl[] = "issuer-url";
inline constexpr char DnameRedirect[] = "dname-redirect";
inline constexpr char TldLookupFailure[] = "tld-lookup-failure";
inline constexpr char OwnerDoubledZone[] = "owner-doubled-zone";
// Live DNS compared with the authoritative servers (the nameserver matrix): see Diagnosis::settle().
inline constexpr char ResolverFailsCaa[] = "resolver-fails-caa";
inline constexpr char ResolverCacheStale[] = "resolver-cache-stale";
inline constexpr char NsDisagree[] = "ns-disagree";
inline constexpr char NsNodataWithoutSoa[] = "ns-nodata-without-soa";
inline constexpr char NsPerspectiveRisk[] = "ns-perspective-risk";
} // namespace code

struct Finding
{
    QString code;
    Severity severity = Severity::Info;
    int node = -1; // climb index the finding concerns, -1 for none
    int record = -1; // index into that node's records, -1 for none
    QVariantMap args; // named arguments for the message catalogue: "ca", "expected", "found", "name", ...
    QList<qsizetype> highlight; // begin/end pairs of octets in the record value to highlight
};

// The minimal change to the records, as data.
struct RecordEdit
{
    enum Kind
    {
        ReplaceRecord,
        AddRecord,
        RemoveRecord,
    };
    Kind kind = AddRecord;
    QString owner;
    quint32 ttl = 0;
    CaaRecord before; // Replace/Remove
    CaaRecord after; // Replace/Add
    SourceLocation location; // of `before`, or of the record to add after
    QString zone; // the apex of the zone the owner is in, when known (web forms want names relative to it)
};

struct Fix
{
    QString code; // the finding it repairs (the first of several when one fix repairs them all)
    QVariantMap args;
    QList<RecordEdit> edits; // empty for a fix that is not a record change (e.g. "make ns2 transfer the zone")
    QStringList alsoRepairs; // further finding codes the same edits repair ("accounturi-mismatch" and a method)

    // The corrected record(s) in zone-file form: `example.com. CAA 0 issue "letsencrypt.org"`.
    QStringList zoneLines() const;
    // The same in RFC 3597 generic form: `example.com. TYPE257 \# 22 0005...`.
    QStringList genericLines() const;
};

// What a permitting record still asks of the request when the person gave no account or method (RFC 8657):
// "may issue only for account X / by methods Y". Empty fields do not restrict.
struct Condition
{
    QString accountUri;
    QStringList validationMethods;
    friend bool operator==(const Condition&, const Condition&) = default;
};

enum class Outcome
{
    Pending, // the climb is not far enough along to decide
    Permit,
    Forbid,
    Error,
};

struct Verdict
{
    QString ca; // profile key
    Outcome outcome = Outcome::Pending;
    int relevantNode = -1; // index in the climb, -1 when none
    QString relevantName; // Boulder's foundAt: the name on the original climb (the alias, not the CNAME target)
    QString reason; // the finding code that decided
    QList<Finding> findings;
    QList<Fix> fixes;
    // Boulder would say this (the exact ACME problem detail), for comparison with what the user saw.
    QString caErrorText;
    // Permit only: the alternatives (one per permitting record) when each of them restricts an account or method the
    // request left open. Empty for an unconditional permit.
    QList<Condition> conditions;
    // Taken from the authoritative servers' answers instead of the resolver's (the resolver failed or was stale).
    bool fromAuthoritative = false;

    bool isConditional() const { return outcome == Outcome::Permit && !conditions.isEmpty(); }
};

// Pure: same input, same output. Decides as soon as every node up to the first non-empty one has an answer.
Verdict evaluate(const Climb& climb, const Request& request, const CaProfile& profile);

// The decision only (no explanations): outcome and relevant node. Cheap enough for batch audits.
Outcome decide(const Climb& climb, const Request& request, const CaProfile& profile, int* relevantNode = nullptr);

// How tables show a verdict: its outcome, with a permit that depends on the account or method told apart. The first
// four values are Outcome's, so an int(Outcome) stored in a table reads as the same state.
enum class VerdictState
{
    Pending = int(Outcome::Pending),
    Permit = int(Outcome::Permit),
    Forbid = int(Outcome::Forbid),
    Error = int(Outcome::Error),
    ConditionalPermit,
};
VerdictState stateOf(const Verdict& verdict);
const char* stateCode(VerdictState state); // "permit", "permit-if", "forbid", "error", "pending"

// Check A: a fix applied to a copy of the climb and evaluated again with the same request. It must permit, and keep
// every restriction the person did not ask to lift: the accounts and methods this CA may use afterwards are those it
// could use before (as the records meant them) plus the request's own; other CAs' records and their decisions,
// issuewild (for a non-wildcard request), iodef, and unrelated parameters stay.
struct FixCheck
{
    bool permits = false;
    bool keepsRestrictions = false;
    QString problem; // why not, in English (for logs and tests)
    bool ok() const { return permits && keepsRestrictions; }
};
Climb applyFix(const Climb& climb, const Fix& fix);
FixCheck verifyFix(const Climb& climb, const Request& request, const CaProfile& profile, const Fix& fix);

const char* outcomeCode(Outcome outcome); // "permit" | "forbid" | "error" | "pending"
const char* severityCode(Severity severity);

} // namespace caa
