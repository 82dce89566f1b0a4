#include "caa/namelist.h"

#include "caa/certificate.h"
#include "caa/domainname.h"

#include <QSet>
#include <QSslCertificate>

namespace caa {

namespace {

// ---- DER, as much as certificates and PKCS #10 requests need ----

struct Tlv
{
    quint8 tag = 0;
    QByteArrayView content;
};

bool readTlv(QByteArrayView& in, Tlv* out)
{
    if (in.size() < 2)
        return false;
    const quint8 tag = quint8(in[0]);
    if ((tag & 0x1f) == 0x1f)
        return false; // multi-octet tags do not occur in the structures read here
    qsizetype pos = 1;
    quint64 length = quint8(in[pos++]);
    if (length & 0x80) {
        const int octets = int(length & 0x7f);
        if (octets == 0 || octets > 4 || pos + octets > in.size())
            return false;
        length = 0;
        for (int i = 0; i < octets; ++i)
            length = (length << 8) | quint8(in[pos++]);
    }
    if (length > quint64(in.size() - pos))
        return false;
    out->tag = tag;
    out->content = in.sliced(pos, qsizetype(length));
    in = in.sliced(pos + qsizetype(length));
    return true;
}

QList<Tlv> children(QByteArrayView content, bool* ok)
{
    QList<Tlv> out;
    *ok = true;
    while (!content.isEmpty()) {
        Tlv t;
        if (!readTlv(content, &t) || out.size() > 4096) {
            *ok = false;
            break;
        }
        out.append(t);
    }
    return out;
}

const QByteArrayView kOidCommonName("\x55\x04\x03", 3);
const QByteArrayView kOidSubjectAltName("\x55\x1d\x11", 3);

QString decodeString(const Tlv& t)
{
    if (t.tag == 0x1e) { // BMPString: UCS-2 big endian
        QString s;
        for (qsizetype i = 0; i + 1 < t.content.size(); i += 2)
            s.append(QChar(char16_t((quint8(t.content[i]) << 8) | quint8(t.content[i + 1]))));
        return s;
    }
    return QString::fromUtf8(t.content);
}

QString commonNameOf(QByteArrayView name)
{
    bool ok = false;
    for (const Tlv& set : children(name, &ok)) {
        if (set.tag != 0x31)
            continue;
        bool ok2 = false;
        for (const Tlv& atv : children(set.content, &ok2)) {
            bool ok3 = false;
            const QList<Tlv> parts = children(atv.content, &ok3);
            if (atv.tag == 0x30 && parts.size() == 2 && parts[0].tag == 0x06 && parts[0].content == kOidCommonName)
                return decodeString(parts[1]);
        }
    }
    return {};
}

void findSubjectAltNames(QByteArrayView content, int depth, QStringList* out)
{
    if (depth > 12)
        return;
    bool ok = false;
    for (const Tlv& t : children(content, &ok)) {
        if (t.tag == 0x30) {
            bool ok2 = false;
            const QList<Tlv> parts = children(t.content, &ok2);
            if (ok2 && parts.size() >= 2 && parts[0].tag == 0x06 && parts[0].content == kOidSubjectAltName
                && parts.last().tag == 0x04) {
                QByteArrayView octets = parts.last().content;
                Tlv names;
                if (!readTlv(octets, &names) || names.tag != 0x30)
                    continue;
                bool ok3 = false;
                for (const Tlv& general : children(names.content, &ok3)) {
                    if (general.tag == 0x82) // [2] IMPLICIT IA5String: dNSName
                        out->append(QString::fromLatin1(general.content));
                }
                continue;
            }
        }
        if (t.tag & 0x20) // constructed: look inside
            findSubjectAltNames(t.content, depth + 1, out);
    }
}

// A PKCS #10 certificate request (which Qt cannot read); certificates are read by QSslCertificate.
bool parseRequestDer(QByteArrayView der, CertificateNames* out)
{
    Tlv outer;
    if (!readTlv(der, &outer) || outer.tag != 0x30)
        return false;
    QByteArrayView body = outer.content;
    Tlv info;
    if (!readTlv(body, &info) || info.tag != 0x30)
        return false;
    bool ok = false;
    const QList<Tlv> parts = children(info.content, &ok);
    if (!ok || parts.size() != 4 || parts[0].tag != 0x02 || parts[3].tag != 0xa0) // CertificationRequestInfo
        return false;
    out->isRequest = true;
    out->commonName = commonNameOf(parts[1].content);
    findSubjectAltNames(parts[3].content, 0, &out->dnsNames);
    return true;
}

bool parseCertificateDer(const QByteArray& der, CertificateNames* out)
{
    const QSslCertificate certificate(der, QSsl::Der);
    if (certificate.isNull())
        return false;
    const CertificateFacts facts = CertificateFacts::from(certificate);
    out->isRequest = false;
    out->commonName = facts.commonName;
    out->dnsNames = facts.dnsNames;
    return true;
}

bool parseDer(const QByteArray& der, CertificateNames* out)
{
    return parseCertificateDer(der, out) || parseRequestDer(der, out);
}

// ---- CSV ----

QList<QStringList> parseCsv(const QString& text, QChar delimiter, QList<int>* lineOfRow, int* unclosedQuoteLine)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    int line = 1, rowLine = 1, quoteLine = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == u'"' && cell.trimmed().isEmpty()) {
            quoted = true;
            quoteLine = line;
            cell.clear();
        } else if (c == delimiter) {
            row.append(cell.trimmed());
            cell.clear();
        } else if (c == u'\n') {
            row.append(cell.trimmed());
            cell.clear();
            rows.append(row);
            lineOfRow->append(rowLine);
            row.clear();
            rowLine = ++line;
        } else if (c != u'\r') {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row.append(cell.trimmed());
        rows.append(row);
        lineOfRow->append(rowLine);
    }
    *unclosedQuoteLine = quoted ? quoteLine : 0; // the rest of the file went into one cell
    return rows;
}

bool looksLikeName(const QString& text)
{
    if (!text.contains(u'.') || text.contains(u' '))
        return false;
    NameError error;
    return DomainName::parse(text, &error).isValid();
}

bool isNameHeader(const QString& cell)
{
    static const QStringList headers {
        QStringLiteral("domain"),      QStringLiteral("domains"),     QStringLiteral("domain name"),
        QStringLiteral("domain_name"), QStringLiteral("domainname"),  QStringLiteral("name"),
        QStringLiteral("hostname"),    QStringLiteral("host"),        QStringLiteral("fqdn"),
        QStringLiteral("common name"), QStringLiteral("common_name"), QStringLiteral("cn"),
        QStringLiteral("san"),         QStringLiteral("dns name"),    QStringLiteral("dns_name"),
        QStringLiteral("website"),     QStringLiteral("url"),         QStringLiteral("zone"),
    };
    return headers.contains(cell.trimmed().toLower());
}

bool isTableFileName(const QString& fileName)
{
    return fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        || fileName.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive);
}

bool holdsCertificates(const QString& fileName, QByteArrayView data)
{
    const QString lowerName = fileName.toLower();
    const bool derFile = lowerName.endsWith(QLatin1String(".der")) || lowerName.endsWith(QLatin1String(".cer"))
        || lowerName.endsWith(QLatin1String(".crt")) || lowerName.endsWith(QLatin1String(".csr"));
    if (derFile && data.startsWith('\x30'))
        return true;
    // PEM: a "-----BEGIN " line (at the start of a line, not in a comment or inside a program's bytes).
    if (data.indexOf('\0') >= 0)
        return false;
    return data.startsWith("-----BEGIN ") || data.indexOf(QByteArrayView("\n-----BEGIN ")) >= 0;
}

// CSV when the file says so, or when the first line has a delimiter (and is no comment): the delimiter, else none.
QChar tableDelimiter(const QString& fileName, const QString& firstLine)
{
    QChar delimiter;
    int best = 0;
    for (const QChar d : { u',', u';', u'\t' }) {
        const int n = int(firstLine.count(d));
        if (n > best) {
            best = n;
            delimiter = d;
        }
    }
    return best > 0 && (isTableFileName(fileName) || !firstLine.trimmed().startsWith(u'#')) ? delimiter : QChar();
}

} // namespace

bool isCertificateRequestDer(const QByteArray& der)
{
    CertificateNames names;
    return parseRequestDer(der, &names);
}

QList<CertificateNames> readCertificates(const QByteArray& data, QString* error)
{
    QList<CertificateNames> out;
    auto fail = [&](const QString& message) {
        if (error && error->isEmpty())
            *error = message;
    };
    if (data.contains("-----BEGIN ")) {
        QByteArray unterminated;
        for (const PemBlock& block : pemBlocks(data, &unterminated)) {
            if (block.label != "CERTIFICATE" && block.label != "CERTIFICATE REQUEST"
                && block.label != "NEW CERTIFICATE REQUEST" && block.label != "TRUSTED CERTIFICATE")
                continue; // keys and other blocks: not read, and not kept
            const auto decoded = QByteArray::fromBase64Encoding(block.base64, QByteArray::AbortOnBase64DecodingErrors);
            CertificateNames names;
            if (!decoded || !parseDer(*decoded, &names)) {
                fail(QStringLiteral("a %1 in the file is damaged").arg(QString::fromLatin1(block.label).toLower()));
                continue;
            }
            out.append(names);
        }
        if (!unterminated.isEmpty())
            fail(QStringLiteral("the PEM block \"%1\" has no END line").arg(QString::fromLatin1(unterminated)));
        return out;
    }
    CertificateNames names;
    if (parseDer(data, &names))
        out.append(names);
    else
        fail(QStringLiteral("not a certificate or certificate request"));
    return out;
}

NameList readNameList(const QByteArray& data, const QString& fileName, const QString& chosenColumn)
{
    NameList list;
    QSet<QString> seen;
    auto add = [&](int line, QString text) {
        text = text.trimmed();
        if (text.isEmpty()) {
            ++list.skipped;
            return;
        }
        const QString key = text.toLower();
        if (seen.contains(key)) {
            ++list.repeated;
            return;
        }
        seen.insert(key);
        list.names.append({ line, text });
    };
    if (holdsCertificates(fileName, data)) {
        list.kind = NameList::Certificates;
        QString error;
        const QList<CertificateNames> certs = readCertificates(data, &error);
        int number = 0;
        for (const CertificateNames& c : certs) {
            ++number;
            if (c.dnsNames.isEmpty())
                add(number, c.commonName);
            for (const QString& n : c.dnsNames)
                add(number, n);
        }
        if (list.names.isEmpty() && certs.isEmpty() && data.contains("PRIVATE KEY-----"))
            list.error = QStringLiteral("this is a private key, not a certificate: the names are read from a "
                                        "certificate or a certificate request (keep the key to yourself)");
        else if (list.names.isEmpty() && certs.isEmpty() && data.contains("PUBLIC KEY-----"))
            list.error = QStringLiteral("this is a public key, not a certificate: a key names no domain");
        else if (list.names.isEmpty())
            list.error = error.isEmpty() ? QStringLiteral("the certificates name no DNS names") : error;
        if (!chosenColumn.isEmpty()) {
            list.names.clear();
            list.error = QStringLiteral("certificates have no columns to choose from");
            list.columnNotFound = true;
        }
        return list;
    }
    if (data.contains('\0')) {
        list.error = QStringLiteral("this is binary data, not a list of names or a certificate");
        return list;
    }
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    // CSV when the file says so, or when the first line has a delimiter and the lines agree on it.
    const QChar delimiter = tableDelimiter(fileName, text.section(u'\n', 0, 0));
    QList<int> lines;
    QList<QStringList> rows;
    int column = -1;
    bool header = false;
    if (!delimiter.isNull()) {
        list.kind = NameList::Csv;
        int unclosedQuote = 0;
        rows = parseCsv(text, delimiter, &lines, &unclosedQuote);
        if (unclosedQuote > 0) { // refused, not guessed: the names after it would be lost in one cell
            list.error = QStringLiteral("line %1: a quote opens a cell there and is never closed").arg(unclosedQuote);
            return list;
        }
        int columns = 0;
        for (const QStringList& r : rows)
            columns = std::max(columns, int(r.size()));
        if (!chosenColumn.isEmpty()) {
            bool isNumber = false;
            const int number = chosenColumn.toInt(&isNumber);
            if (isNumber) {
                if (number < 1 || number > columns) {
                    QStringList quoted; // the first row, as the columns are called when it is a header
                    for (const QString& h : rows.isEmpty() ? QStringList() : rows.first())
                        quoted.append(QStringLiteral("\"%1\"").arg(h.left(40)));
                    list.error = QStringLiteral("there is no column %1: the table has %2 (the first row: %3)")
                                     .arg(QString::number(number),
                                          columns == 1 ? QStringLiteral("1 column")
                                                       : QStringLiteral("%1 columns").arg(columns),
                                          quoted.join(QStringLiteral(", ")));
                    list.columnNotFound = true;
                    return list;
                }
                column = number - 1;
                // The first row is a header when it holds no name anywhere while later rows do, whichever column
                // is chosen (so that "--column 2" reads the rows "--column Owner" reads); a row of data with a name
                // in it stays data (a column of numbers beside names has no header to drop).
                auto holdsName = [](const QStringList& row) {
                    return std::any_of(row.begin(), row.end(), looksLikeName);
                };
                bool namesBelow = false;
                for (qsizetype r = 1; r < std::min<qsizetype>(rows.size(), 200) && !namesBelow; ++r)
                    namesBelow = holdsName(rows[r]);
                header = !rows.isEmpty() && column < rows.first().size()
                    && (isNameHeader(rows.first()[column]) || (!holdsName(rows.first()) && namesBelow));
            } else {
                const QStringList headers = rows.isEmpty() ? QStringList() : rows.first();
                for (int c = 0; c < headers.size() && column < 0; ++c) {
                    if (headers[c].trimmed().compare(chosenColumn.trimmed(), Qt::CaseInsensitive) == 0)
                        column = c;
                }
                if (column < 0) {
                    QStringList quoted;
                    for (const QString& h : headers)
                        quoted.append(QStringLiteral("\"%1\"").arg(h.left(40)));
                    list.error = QStringLiteral("no column is called \"%1\"; the first row has %2")
                                     .arg(chosenColumn.left(40), quoted.join(QStringLiteral(", ")));
                    list.columnNotFound = true;
                    return list;
                }
                header = true;
            }
        }
        if (column < 0 && !rows.isEmpty()) {
            for (int c = 0; c < rows.first().size() && column < 0; ++c) {
                if (isNameHeader(rows.first()[c])) {
                    column = c;
                    header = true;
                }
            }
        }
        if (column < 0) {
            int most = 0;
            for (int c = 0; c < columns; ++c) {
                int count = 0;
                for (qsizetype r = 0; r < std::min<qsizetype>(rows.size(), 200); ++r)
                    count += c < rows[r].size() && looksLikeName(rows[r][c]) ? 1 : 0;
                if (count > most) {
                    most = count;
                    column = c;
                }
            }
            // The first row is a header when it has that column and no name in it (a shorter title row is data
            // that holds no name, and is skipped as such).
            header = column >= 0 && !rows.isEmpty() && column < rows.first().size()
                && !looksLikeName(rows.first().value(column));
        }
        if (column < 0 && isTableFileName(fileName)) {
            list.error = QStringLiteral("no column of this table holds domain names");
            return list;
        }
    }
    if (list.kind == NameList::Csv && column < 0) {
        list.kind = NameList::Text; // a ',' or ';' in a list's first line made no table: its lines are the names
    } else if (list.kind == NameList::Csv) {
        list.column = header ? rows.first().value(column) : QStringLiteral("column %1").arg(column + 1);
        for (qsizetype r = header ? 1 : 0; r < rows.size(); ++r) {
            if (rows[r].size() == 1 && rows[r].first().isEmpty())
                continue; // a blank line
            const QString cell = rows[r].value(column);
            if (list.names.isEmpty() && isNameHeader(cell)) { // the header, under a title row
                list.column = cell;
                ++list.skipped;
                continue;
            }
            add(lines[r], cell);
        }
    }
    if (list.kind == NameList::Text) {
        const QStringList textLines = text.split(u'\n');
        for (int i = 0; i < textLines.size(); ++i) {
            const QString line = nameOfListLine(textLines[i]);
            if (line.isEmpty())
                continue;
            if (list.names.isEmpty() && list.skipped == 0 && isNameHeader(line)) {
                ++list.skipped; // a one-column export's header ("domain")
                continue;
            }
            add(i + 1, line);
        }
    }
    if (list.kind == NameList::Text && !chosenColumn.isEmpty()) {
        // One column: it is column 1, and it is called by its header when the list has one ("fqdn").
        const QString first = nameOfListLine(text.section(u'\n', 0, 0));
        const bool theColumn = chosenColumn.trimmed() == QLatin1String("1")
            || (!first.isEmpty() && first.compare(chosenColumn.trimmed(), Qt::CaseInsensitive) == 0);
        if (theColumn && !list.names.isEmpty() && list.names.first().text == first && list.names.first().line == 1
            && !looksLikeName(first)) {
            list.names.removeFirst(); // its header, named as the column
            ++list.skipped;
        }
        if (!theColumn) {
            list.names.clear();
            list.error
                = QStringLiteral("a list with one name per line has one column (1%1): there is no column \"%2\"")
                      .arg(first.isEmpty() || looksLikeName(first) ? QString()
                                                                   : QStringLiteral(", \"%1\"").arg(first.left(40)),
                           chosenColumn.left(40));
            list.columnNotFound = true;
        }
    }
    if (list.names.isEmpty() && list.error.isEmpty())
        list.error = QStringLiteral("the file names no domains");
    return list;
}

QString nameOfListLine(const QString& line)
{
    QString text = line.left(line.indexOf(u'#')).trimmed(); // (indexOf -1: all of it)
    // A one-column spreadsheet export quotes its cells: "example.com" is the name example.com.
    if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
        text = text.mid(1, text.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\"")).trimmed();
    return text;
}

bool nameListNeedsWholeFile(const QString& fileName, const QByteArray& head)
{
    if (holdsCertificates(fileName, head) || isTableFileName(fileName))
        return true; // a one-column table's header ("domain") is no name either
    QByteArrayView firstLine(head);
    if (const qsizetype end = firstLine.indexOf('\n'); end >= 0)
        firstLine = firstLine.first(end);
    return !tableDelimiter(fileName, QString::fromUtf8(firstLine)).isNull();
}

DroppedFile sniffDroppedFile(const QString& fileName, const QByteArray& head)
{
    const QString lower = fileName.toLower();
    for (const char* ext : { ".csv", ".tsv", ".pem", ".crt", ".cer", ".der", ".csr", ".req" }) {
        if (lower.endsWith(QLatin1String(ext)))
            return DroppedFile::NameList;
    }
    if (head.contains("-----BEGIN "))
        return DroppedFile::NameList;
    for (const char* ext : { ".zone", ".db", ".hosts", ".signed", ".orig" }) {
        if (lower.endsWith(QLatin1String(ext)))
            return DroppedFile::Zone;
    }
    if (head.contains('\0'))
        return DroppedFile::Zone; // the zone loader explains binary data
    // Zone files have directives or records (owner, type, data); lists have one token per line.
    static const QSet<QByteArray> types { "IN",  "SOA", "NS",    "A",  "AAAA",   "CAA",   "CNAME", "MX",    "TXT",
                                          "SRV", "PTR", "DNAME", "DS", "DNSKEY", "RRSIG", "NSEC",  "HTTPS", "SVCB" };
    int single = 0, records = 0;
    for (QByteArray line : head.split('\n')) {
        const qsizetype comment = line.indexOf(';');
        if (comment >= 0)
            line.truncate(comment);
        const qsizetype hash = line.indexOf('#');
        if (hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith('$') || line.startsWith('('))
            return DroppedFile::Zone;
        const QList<QByteArray> tokens = line.simplified().split(' ');
        if (tokens.size() == 1 || (tokens.size() == 2 && tokens[1].startsWith('#')))
            ++single;
        for (const QByteArray& t : tokens) {
            if (types.contains(t.toUpper())) {
                ++records;
                break;
            }
        }
    }
    return single > records ? DroppedFile::NameList : DroppedFile::Zone;
}

} // namespace caa
