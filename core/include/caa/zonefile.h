#pragma once

#include "caa/caarecord.h"
#include "caa/climb.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <vector>

namespace caa {

namespace rrtype {
inline constexpr quint16 A = 1, NS = 2, CNAME = 5, SOA = 6, PTR = 12, MX = 15, TXT = 16, AAAA = 28, SRV = 33,
                         DNAME = 39, OPT = 41, DS = 43, RRSIG = 46, NSEC = 47, DNSKEY = 48, NSEC3 = 50, CAA = 257;
}
// "A", "CAA", ... or "TYPE65280".
QString typeName(quint16 type);
// 0 when unknown; accepts "TYPEnnn".
quint16 typeFromName(QByteArrayView name);

struct ZoneError
{
    int fileIndex = 0;
    int line = 0; // 1-based
    int column = 0; // 1-based, in bytes
    QString message;
};

// One file read for the zone: the main file or an $INCLUDEd one. The bytes are kept for byte-exact editing.
struct ZoneSourceFile
{
    QString path; // as given (absolute for includes)
    QByteArray content;
    qint64 sizeOnDisk = 0;
    qint64 modifiedMs = 0; // mtime when read
    bool crlf = false; // line ends are CRLF
    bool bom = false; // starts with a UTF-8 byte order mark
    QByteArray sha256Hex() const;
};

// A compact record: names are indices into the zone's name table, RDATA stays in the file bytes.
// 40 bytes: a million-record zone costs less than its own text.
struct ZoneRecord
{
    enum Flag : quint16
    {
        OwnerExplicit = 1, // the owner is written on this record's line (not inherited from the previous one)
    };
    quint32 owner = 0;
    quint32 ttl = 0;
    quint16 type = 0;
    quint16 rclass = 1;
    quint16 file = 0;
    quint16 flags = 0;
    quint32 line = 0;
    quint32 begin = 0; // the record's text in the file: from its line start to before its final newline
    quint32 end = 0;
    quint32 rdataBegin = 0;
    quint32 rdataEnd = 0;
    quint32 target = 0; // CNAME/DNAME/NS/MX target name index; index into the CAA table for CAA
};

struct ZoneLoadOptions
{
    QString origin; // used when the file has no $ORIGIN before its first relative name
    qint64 maxFileSize = 1LL << 30; // 1 GiB: larger files are refused with a clear message
    int maxErrors = 1000; // stop collecting after this many
    int maxIncludeDepth = 16;
    // Called every few thousand records with the bytes read so far of the main file and its size; returning false
    // cancels the load (the zone then reports cancelled()). May be called from a worker thread.
    std::function<bool(qint64 done, qint64 total)> progress;
    // $INCLUDEd files read from here instead of the disk (absolute paths): the edited, unsaved text of a workspace.
    QHash<QString, QByteArray> includeOverrides;
};

// An RFC 1035 master file parsed in one pass: $ORIGIN, $TTL, $INCLUDE, @, omitted owner/TTL/class, parentheses,
// comments, quoted strings, RFC 3597 generic RDATA. Unknown types are kept. Errors do not stop the parse.
class ZoneFile
{
public:
    static ZoneFile load(const QString& path, const ZoneLoadOptions& options = {});
    static ZoneFile parse(const QByteArray& content, const QString& path, const ZoneLoadOptions& options = {});
    // A zone's apex as its file's name says, as BIND's named.conf usually names it: "db.example.net",
    // "example.net.zone" -> "example.net"; empty when the name says none.
    static QString originFromFileName(const QString& path);
    // load(), and for a file whose names need an origin it neither sets ($ORIGIN) nor was given one, once more with
    // the origin its name says, when that reads more records; *named is then that origin (else empty).
    static ZoneFile loadNamed(const QString& path, const ZoneLoadOptions& options, QString* named);
    // The same main file parsed again with other options, from the bytes already read (its disk state kept).
    ZoneFile reparsed(const ZoneLoadOptions& options) const;

    // The file could not be opened or read at all (not a syntax problem): CLI exit 66.
    bool openFailed() const { return m_openFailed; }
    // The progress callback asked to stop: the records are incomplete.
    bool cancelled() const { return m_cancelled; }
    const QList<ZoneError>& errors() const { return m_errors; }
    const QList<ZoneSourceFile>& files() const { return m_files; }
    // File `index` as a person named the main file: an included file beside it reads "dir/inc.zone" for a main
    // file given as "dir/main.zone" (the loader keeps includes absolute).
    QString displayPath(int index) const;
    // File `index` relative to the main file's folder ("main.zone", "inc/x.zone"), with '/': the paths of a diff that
    // `patch -p1` and `git apply` take in that folder.
    QString pathInZoneFolder(int index) const;
    QString origin() const { return m_origin; } // the zone apex (SOA owner, else the starting origin)
    bool hasSoa() const { return m_soaIndex >= 0; }
    quint32 soaSerial() const { return m_soaSerial; }
    quint32 soaMinimum() const { return m_soaMinimum; }

    qsizetype recordCount() const { return qsizetype(m_records.size()); }
    const ZoneRecord& record(qsizetype i) const { return m_records[size_t(i)]; }
    QString name(quint32 index) const; // lower-case, absolute, no trailing dot
    QByteArrayView nameView(quint32 index) const;
    quint32 nameCount() const { return quint32(m_nameOffsets.size()); }
    QString ownerOf(qsizetype i) const { return name(record(i).owner); }
    QByteArrayView rdataText(qsizetype i) const; // the RDATA as written (may span lines)
    const CaaRecord& caa(qsizetype i) const; // only for CAA records
    SourceLocation location(qsizetype i) const;

    QString describeError(const ZoneError& error) const; // "file:line:column: message"

private:
    friend class ZoneParser;
    bool m_openFailed = false;
    bool m_cancelled = false;
    QList<ZoneError> m_errors;
    QList<ZoneSourceFile> m_files;
    QString m_origin;
    std::vector<ZoneRecord> m_records;
    std::vector<CaaRecord> m_caa;
    QByteArray m_names; // concatenated canonical names
    std::vector<quint32> m_nameOffsets;
    qsizetype m_soaIndex = -1;
    quint32 m_soaSerial = 0;
    quint32 m_soaMinimum = 0;
};

} // namespace caa
