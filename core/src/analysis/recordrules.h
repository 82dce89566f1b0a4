#pragma once

// The CAA rules of one record and one record set, shared by the fast decision (caa::decide), the explaining
// evaluator (caa::evaluate) and the fix planner: one rule path, so that they cannot disagree.

#include "caa/caprofile.h"
#include "caa/climb.h"
#include "caa/evaluator.h"
#include "caa/issuervalue.h"

namespace caa::rules {

IssuerValue parseFor(const CaProfile& profile, QByteArrayView value);

// The failure a node represents for this profile (a finding code), or nullptr when the node is usable.
const char* failureCode(const LookupResult& node, const CaProfile& profile);

// Is this parameter tag `name` ("accounturi", "validationmethods") as this CA reads tags? Boulder compares them
// case-sensitively (so "AccountURI" is an unknown parameter it ignores, boulder#8614); the RFC profiles do not.
bool parameterIs(const CaProfile& profile, QByteArrayView tag, QByteArrayView name);

// Boulder's validationmethods matching: labels in order; a malformed label ends the search with no match (so the
// result depends on the order); labels that are not methods of this CA are skipped.
bool methodListAllows(const CaProfile& profile, QByteArrayView list, QByteArrayView wanted,
                      bool* malformedLabel = nullptr);

// One record against one request. Parameters the request leaves open (no account, no method) pass, and are noted.
struct RecordCheck
{
    bool issuerMatch = false;
    bool accountOk = true;
    bool methodOk = true;
    int accounts = 0; // accounturi parameters this CA reads
    int methods = 0; // validationmethods parameters this CA reads
    const IssuerParameter* account = nullptr; // the first of each
    const IssuerParameter* methodList = nullptr;
    bool accountOpen = false; // restricted, but the request gave no account
    bool methodOpen = false;
    bool malformedMethodLabel = false;
    // With the method open: the CA's methods the list allows, in the list's order (Boulder's reading: a malformed label
    // ends it). A list that allows none, or an account value that is no account of this CA, makes the record
    // unsatisfiable rather than open.
    QStringList openMethods;

    bool satisfied() const { return issuerMatch && accountOk && methodOk; }
    // Satisfied whatever the open parameters turn out to be.
    bool unconditional() const { return satisfied() && !accountOpen && !methodOpen; }
};
RecordCheck checkRecord(const IssuerValue& parsed, const Request& request, const CaProfile& profile);

// Which of a relevant set's records count for this request (RFC 8659 §4.2-§4.3, Boulder validateCAA).
struct SetShape
{
    int criticalUnknown = -1; // the first record with an unknown tag marked critical, -1 for none
    bool useWild = false; // the wildcard request reads the issuewild records
    bool anyChosen = false; // the chosen property list is not empty
    bool chosen(const CaaRecord& record) const { return record.tagIs(useWild ? "issuewild" : "issue"); }
};
SetShape shapeOf(const QList<CaaResourceRecord>& records, bool wildcard, const CaProfile& profile);

// Why one issuer value does not equal the identifier this CA recognises: a near miss of its identifier (trailing
// dot, case, quotes, white space, a pasted record, a URL, a known misspelling), another CA, or an unknown value.
struct IssuerMismatch
{
    const char* code = nullptr; // nullptr: the issuer is right, or there is nothing to compare
    QString expected; // the identifier meant (near misses) or recommended
    qsizetype hlBegin = -1, hlEnd = -1; // octets of the value to highlight
    QString otherCa;
    QString nearest;
    int distance = 0;
    QString note;
    // The value was meant for this CA: a near miss of one of its identifiers (or a misspelling whose nearest
    // identifier is this CA's).
    bool meantForThisCa = false;
};
IssuerMismatch classifyIssuer(QByteArrayView value, Span span, const CaProfile& profile, const CaDirectory& directory);

// Boulder's EDE summaries (bdns/problem.go), by INFO-CODE.
QString edeSummary(quint16 code);

} // namespace caa::rules
