#include "caa/dnsmessage.h"

#include "caa/zonefile.h"

namespace caa::dns {

namespace {

class Reader
{
public:
    explicit Reader(QByteArrayView wire)
        : m_wire(wire)
    {
    }

    bool u8(quint8* v)
    {
        if (m_pos + 1 > m_wire.size())
            return fail("message ends inside a field");
        *v = quint8(m_wire[m_pos]);
        m_pos += 1;
        return true;
    }
    bool u16(quint16* v)
    {
        if (m_pos + 2 > m_wire.size())
            return fail("message ends inside a field");
        *v = quint16((quint8(m_wire[m_pos]) << 8) | quint8(m_wire[m_pos + 1]));
        m_pos += 2;
        return true;
    }
    bool u32(quint32* v)
    {
        quint16 hi = 0, lo = 0;
        if (!u16(&hi) || !u16(&lo))
            return false;
        *v = (quint32(hi) << 16) | lo;
        return true;
    }
    // A possibly compressed name starting at the current position.
    bool name(QString* out) { return nameAt(m_pos, out, &m_pos); }

    // Reads a name at `offset`; *next is set to the position after the name in the original (uncompressed) stream.
    bool nameAt(qsizetype offset, QString* out, qsizetype* next)
    {
        QByteArray text;
        qsizetype pos = offset;
        qsizetype after = -1;
        int jumps = 0;
        int length = 1;
        while (true) {
            if (pos >= m_wire.size())
                return fail("name runs past the end of the message");
            const quint8 len = quint8(m_wire[pos]);
            if ((len & 0xC0) == 0xC0) {
                if (pos + 1 >= m_wire.size())
                    return fail("compression pointer runs past the end");
                const qsizetype target = ((len & 0x3F) << 8) | quint8(m_wire[pos + 1]);
                if (after < 0)
                    after = pos + 2;
                if (target >= pos || ++jumps > 128)
                    return fail("compression pointer loop");
                pos = target;
                continue;
            }
            if (len & 0xC0)
                return fail("unsupported label type");
            if (len == 0) {
                if (after < 0)
                    after = pos + 1;
                break;
            }
            if (pos + 1 + len > m_wire.size())
                return fail("label runs past the end of the message");
            length += len + 1;
            if (length > 255)
                return fail("name longer than 255 octets");
            if (!text.isEmpty())
                text.append('.');
            for (qsizetype i = pos + 1; i <= pos + len; ++i) {
                char c = m_wire[i];
                if (c >= 'A' && c <= 'Z')
                    c = char(c - 'A' + 'a');
                if (c == '.' || c == '\\') {
                    text.append('\\');
                    text.append(c);
                } else if (quint8(c) <= 0x20 || quint8(c) >= 0x7f) {
                    text.append('\\');
                    text.append(QByteArray::number(quint8(c)).rightJustified(3, '0'));
                } else {
                    text.append(c);
                }
            }
            pos += 1 + len;
        }
        *out = QString::fromLatin1(text);
        *next = after;
        return true;
    }
    bool bytes(qsizetype n, QByteArray* out)
    {
        if (n < 0 || m_pos + n > m_wire.size())
            return fail("record data runs past the end of the message");
        *out = m_wire.sliced(m_pos, n).toByteArray();
        m_pos += n;
        return true;
    }
    qsizetype pos() const { return m_pos; }
    const char* error() const { return m_error; }

private:
    bool fail(const char* why)
    {
        m_error = why;
        return false;
    }
    QByteArrayView m_wire;
    qsizetype m_pos = 0;
    const char* m_error = nullptr;
};

bool readRecord(Reader& r, ResourceRecord* rr)
{
    quint16 rdlength = 0;
    if (!r.name(&rr->name) || !r.u16(&rr->type) || !r.u16(&rr->klass) || !r.u32(&rr->ttl) || !r.u16(&rdlength))
        return false;
    const qsizetype start = r.pos();
    if (!r.bytes(rdlength, &rr->rdata))
        return false;
    // Names inside RDATA may be compressed against the whole message.
    if (rr->type == rrtype::CNAME || rr->type == rrtype::DNAME || rr->type == rrtype::NS || rr->type == rrtype::PTR) {
        qsizetype next = 0;
        if (!r.nameAt(start, &rr->target, &next) || next > start + rdlength)
            return false;
    } else if (rr->type == rrtype::SOA) {
        qsizetype next = 0;
        QString mname, rname;
        if (!r.nameAt(start, &mname, &next) || !r.nameAt(next, &rname, &next) || next + 20 > start + rdlength)
            return false;
        rr->target = mname;
        const QByteArrayView fixed = QByteArrayView(rr->rdata).sliced(next - start, 20);
        auto at = [&](int o) {
            return (quint32(quint8(fixed[o])) << 24) | (quint32(quint8(fixed[o + 1])) << 16)
                | (quint32(quint8(fixed[o + 2])) << 8) | quint32(quint8(fixed[o + 3]));
        };
        rr->serial = at(0);
        rr->minimum = at(16);
    }
    return true;
}

void putU16(QByteArray& out, quint16 v)
{
    out.append(char(v >> 8));
    out.append(char(v & 0xff));
}

} // namespace

const ResourceRecord* Message::soa() const
{
    for (const ResourceRecord& rr : authority) {
        if (rr.type == rrtype::SOA)
            return &rr;
    }
    return nullptr;
}

bool parseMessage(QByteArrayView wire, Message* out, QString* error)
{
    *out = {};
    Reader r(wire);
    quint16 flags = 0, qd = 0, an = 0, ns = 0, ar = 0;
    auto fail = [&](const char* why) {
        if (error)
            *error = QString::fromLatin1(why ? why : "malformed message");
        return false;
    };
    if (!r.u16(&out->id) || !r.u16(&flags) || !r.u16(&qd) || !r.u16(&an) || !r.u16(&ns) || !r.u16(&ar))
        return fail("message shorter than a DNS header");
    out->qr = flags & 0x8000;
    out->opcode = (flags >> 11) & 0xF;
    out->aa = flags & 0x0400;
    out->tc = flags & 0x0200;
    out->rd = flags & 0x0100;
    out->ra = flags & 0x0080;
    out->ad = flags & 0x0020;
    out->cd = flags & 0x0010;
    out->rcode = flags & 0xF;
    for (int i = 0; i < qd; ++i) {
        Question q;
        if (!r.name(&q.name) || !r.u16(&q.type) || !r.u16(&q.klass))
            return fail(r.error());
        out->questions.append(q);
    }
    // A count cannot exceed what the remaining octets could hold (11 octets per record at least).
    const qsizetype remaining = wire.size() - r.pos();
    if (qint64(an) + ns + ar > remaining / 11 + 1)
        return fail("record counts exceed the message size");
    auto section = [&](int count, QList<ResourceRecord>* list) {
        for (int i = 0; i < count; ++i) {
            ResourceRecord rr;
            if (!readRecord(r, &rr))
                return false;
            list->append(rr);
        }
        return true;
    };
    if (!section(an, &out->answers) || !section(ns, &out->authority))
        return fail(r.error());
    for (int i = 0; i < ar; ++i) {
        ResourceRecord rr;
        if (!readRecord(r, &rr))
            return fail(r.error());
        if (rr.type != rrtype::OPT) {
            out->additional.append(rr);
            continue;
        }
        if (out->hasEdns)
            return fail("more than one OPT record");
        out->hasEdns = true;
        out->udpPayload = rr.klass;
        out->rcode |= int((rr.ttl >> 24) & 0xFF) << 4;
        out->dnssecOk = rr.ttl & 0x8000;
        // Options: code, length, data. EDE = 15: INFO-CODE (2 octets) + EXTRA-TEXT (UTF-8).
        const QByteArray& o = rr.rdata;
        qsizetype p = 0;
        while (p + 4 <= o.size()) {
            const quint16 code = quint16((quint8(o[p]) << 8) | quint8(o[p + 1]));
            const quint16 len = quint16((quint8(o[p + 2]) << 8) | quint8(o[p + 3]));
            p += 4;
            if (p + len > o.size())
                return fail("EDNS option runs past the end of the OPT record");
            if (code == 15 && len >= 2) {
                ExtendedError e;
                e.code = quint16((quint8(o[p]) << 8) | quint8(o[p + 1]));
                QByteArray text = o.mid(p + 2, len - 2);
                while (text.endsWith('\0'))
                    text.chop(1);
                e.text = QString::fromUtf8(text);
                out->ede.append(e);
            }
            p += len;
        }
    }
    return true;
}

QByteArray buildQuery(quint16 id, const QString& name, quint16 type, bool recursionDesired, bool checkingDisabled,
                      quint16 ednsPayload)
{
    QByteArray q;
    q.reserve(64 + name.size());
    putU16(q, id);
    quint16 flags = 0x0020; // AD: ask for the authenticated-data bit (RFC 6840 §5.7)
    if (recursionDesired)
        flags |= 0x0100;
    if (checkingDisabled)
        flags |= 0x0010;
    putU16(q, flags);
    putU16(q, 1);
    putU16(q, 0);
    putU16(q, 0);
    putU16(q, ednsPayload ? 1 : 0);
    // Labels from presentation text: "\." and "\DDD" escapes decoded; an empty label, one over 63 octets or a name
    // over 255 cannot be asked (an empty result, never a different name).
    QByteArray encoded;
    QByteArray label;
    const QByteArray ascii = name.toLatin1();
    auto endLabel = [&] {
        if (label.isEmpty() || label.size() > 63)
            return false;
        encoded.append(char(label.size()));
        encoded.append(label);
        label.clear();
        return true;
    };
    for (qsizetype i = 0; i < ascii.size(); ++i) {
        const char c = ascii[i];
        if (c == '.') {
            if (!endLabel())
                return {};
        } else if (c == '\\' && i + 3 < ascii.size() && ascii[i + 1] >= '0' && ascii[i + 1] <= '9') {
            label.append(char(ascii.mid(i + 1, 3).toInt()));
            i += 3;
        } else if (c == '\\' && i + 1 < ascii.size()) {
            label.append(ascii[++i]);
        } else {
            label.append(c);
        }
    }
    if (!ascii.isEmpty() && !endLabel())
        return {};
    if (encoded.size() + 1 > 255)
        return {};
    q.append(encoded);
    q.append('\0');
    putU16(q, type);
    putU16(q, 1);
    if (ednsPayload) {
        q.append('\0'); // root owner
        putU16(q, rrtype::OPT);
        putU16(q, ednsPayload);
        q.append(QByteArray(4, '\0')); // extended rcode, version, DO=0
        putU16(q, 0);
    }
    return q;
}

const char* rcodeName(int rc)
{
    switch (rc) {
    case 0:
        return "NOERROR";
    case 1:
        return "FORMERR";
    case 2:
        return "SERVFAIL";
    case 3:
        return "NXDOMAIN";
    case 4:
        return "NOTIMP";
    case 5:
        return "REFUSED";
    case 6:
        return "YXDOMAIN";
    case 7:
        return "YXRRSET";
    case 8:
        return "NXRRSET";
    case 9:
        return "NOTAUTH";
    case 10:
        return "NOTZONE";
    case 16:
        return "BADVERS";
    default:
        return "RCODE?";
    }
}

LookupResult lookupResultFromMessage(const Message& m, const QString& queried)
{
    LookupResult r;
    r.name = queried;
    r.ede = m.ede;
    // Follow the alias chain from the queried name through the answer section.
    QString current = queried;
    for (int guard = 0; guard < 32; ++guard) {
        QString next;
        for (const ResourceRecord& rr : m.answers) {
            if (rr.type == rrtype::CNAME && rr.name == current) {
                next = rr.target;
                break;
            }
        }
        // A CNAME synthesised from a DNAME at an ancestor (RFC 6672): the DNAME is what redirects the name.
        for (const ResourceRecord& rr : m.answers) {
            if (!next.isEmpty() && rr.type == rrtype::DNAME && r.dnameOwner.isEmpty()
                && current.endsWith(QLatin1Char('.') + rr.name))
                r.dnameOwner = rr.name;
        }
        if (next.isEmpty()) {
            // A DNAME above the current name synthesises the next one.
            for (const ResourceRecord& rr : m.answers) {
                if (rr.type == rrtype::DNAME && current.endsWith(QLatin1Char('.') + rr.name)) {
                    next = current.left(current.size() - rr.name.size()) + rr.target;
                    if (r.dnameOwner.isEmpty())
                        r.dnameOwner = rr.name;
                    break;
                }
            }
        }
        if (next.isEmpty())
            break;
        if (next == queried || r.aliases.contains(next)) {
            r.aliasLoop = true;
            break;
        }
        r.aliases.append(next);
        current = next;
    }
    for (const ResourceRecord& rr : m.answers) {
        if (rr.type != rrtype::CAA)
            continue;
        CaaResourceRecord caa;
        caa.owner = rr.name;
        caa.ttl = rr.ttl;
        if (parseCaaWire(rr.rdata, &caa.rdata))
            r.records.append(caa);
    }
    if (const ResourceRecord* soa = m.soa()) {
        r.negativeTtl = qMin(soa->ttl, soa->minimum);
        r.zone = soa->name;
    }
    if (m.tc) {
        r.status = LookupStatus::Truncated;
    } else {
        switch (m.rcode) {
        case rcode::NoError:
            r.status = r.records.isEmpty() ? LookupStatus::NoData : LookupStatus::Records;
            break;
        case rcode::NxDomain:
            r.status = LookupStatus::NxDomain;
            break;
        case rcode::ServFail:
            r.status = LookupStatus::ServFail;
            for (const ExtendedError& e : m.ede) {
                if (e.code >= 1 && e.code <= 12 && e.code != 3 && e.code != 4)
                    r.status = LookupStatus::Bogus; // a DNSSEC EDE: validation failed
            }
            break;
        case rcode::Refused:
            r.status = LookupStatus::Refused;
            break;
        case rcode::NotImp:
            r.status = LookupStatus::NotImp;
            break;
        case rcode::FormErr:
            r.status = LookupStatus::FormErr;
            break;
        default:
            r.status = LookupStatus::ServFail;
        }
    }
    if (r.aliasLoop && r.status != LookupStatus::Truncated)
        r.status = LookupStatus::ServFail;
    r.dnssec
        = m.ad ? DnssecState::Secure : (r.status == LookupStatus::Bogus ? DnssecState::Bogus : DnssecState::Unknown);
    return r;
}

} // namespace caa::dns
