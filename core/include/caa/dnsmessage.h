#pragma once

#include "caa/climb.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace caa::dns {

namespace rcode {
inline constexpr int NoError = 0, FormErr = 1, ServFail = 2, NxDomain = 3, NotImp = 4, Refused = 5;
}

struct Question
{
    QString name; // lower case, no trailing dot ("" for the root)
    quint16 type = 0;
    quint16 klass = 1;
};

struct ResourceRecord
{
    QString name;
    quint16 type = 0;
    quint16 klass = 1;
    quint32 ttl = 0;
    QByteArray rdata;
    QString target; // CNAME, DNAME, NS, PTR: the decoded (decompressed) name
    quint32 serial = 0; // SOA
    quint32 minimum = 0; // SOA
};

struct Message
{
    quint16 id = 0;
    bool qr = false, aa = false, tc = false, rd = false, ra = false, ad = false, cd = false;
    int opcode = 0;
    int rcode = 0; // the full RCODE, with the EDNS extension when present
    QList<Question> questions;
    QList<ResourceRecord> answers;
    QList<ResourceRecord> authority;
    QList<ResourceRecord> additional;
    bool hasEdns = false;
    quint16 udpPayload = 0;
    bool dnssecOk = false;
    QList<ExtendedError> ede; // RFC 8914

    const ResourceRecord* soa() const; // the SOA in the authority section, if any
};

// Decodes a DNS message: header flags, question, all three sections, name compression (pointers must point backwards;
// at most 128 jumps), CNAME/DNAME/NS/PTR/SOA targets, EDNS OPT with Extended DNS Errors. Never reads out of bounds.
bool parseMessage(QByteArrayView wire, Message* out, QString* error = nullptr);

// A query: RD as asked, AD=1 (RFC 6840 §5.7), CD as asked, EDNS with the given payload size (0: no OPT), DO=0.
QByteArray buildQuery(quint16 id, const QString& name, quint16 type, bool recursionDesired = true,
                      bool checkingDisabled = false, quint16 ednsPayload = 1232);

const char* rcodeName(int rcode); // "NOERROR", "SERVFAIL", ...

// What a CAA answer says for one climb node: status (records/nodata/nxdomain/rcode errors/truncated), the alias
// chain from `queried`, the CAA records (any owner in the answer: the end of the alias chain), TTLs, EDE, DNSSEC.
LookupResult lookupResultFromMessage(const Message& message, const QString& queried);

} // namespace caa::dns
