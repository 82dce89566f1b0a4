// zonedump: prints the records our zone parser read, one per line, for the differential test against BIND's
// named-compilezone (tests/core/zone_differential.py). Format: owner. TAB ttl TAB class TAB TYPE TAB rdata.
#include "caa/zonefile.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using namespace caa;

namespace {

QByteArray collapse(QByteArrayView text)
{
    // Whitespace runs (and line breaks, comments and parentheses inside multi-line records) become one space.
    QByteArray out;
    bool quoted = false;
    bool space = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            out.append(c);
            if (c == '\\' && i + 1 < text.size())
                out.append(text[++i]);
            else if (c == '"')
                quoted = false;
            continue;
        }
        if (c == ';') {
            while (i < text.size() && text[i] != '\n')
                ++i;
            space = true;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '(' || c == ')') {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out.append(' ');
        space = false;
        out.append(c);
        if (c == '"')
            quoted = true;
    }
    return out;
}

QByteArray absolute(QByteArrayView name)
{
    return name.isEmpty() ? QByteArray(".") : name.toByteArray() + '.';
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    ZoneLoadOptions options;
    if (args.size() >= 2 && args[0] == QLatin1String("--origin")) {
        options.origin = args[1];
        args = args.mid(2);
    }
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: zonedump [--origin ORIGIN] FILE\n");
        return 64;
    }
    const ZoneFile zone = ZoneFile::load(args[0], options);
    QTextStream err(stderr);
    for (const ZoneError& e : zone.errors())
        err << zone.describeError(e) << Qt::endl;
    if (zone.openFailed())
        return 66;
    QTextStream out(stdout);
    for (qsizetype i = 0; i < zone.recordCount(); ++i) {
        const ZoneRecord& r = zone.record(i);
        QByteArray rdata;
        switch (r.type) {
        case rrtype::CAA:
            rdata = zone.caa(i).toPresentation().toLatin1();
            break;
        case rrtype::CNAME:
        case rrtype::DNAME:
        case rrtype::NS:
        case rrtype::PTR:
            rdata = collapse(zone.rdataText(i)).startsWith("\\#") ? collapse(zone.rdataText(i))
                                                                  : absolute(zone.nameView(r.target));
            break;
        case rrtype::MX: {
            const QByteArray text = collapse(zone.rdataText(i));
            rdata = text.startsWith("\\#") ? text
                                           : text.left(text.indexOf(' ')) + ' ' + absolute(zone.nameView(r.target));
            break;
        }
        default:
            rdata = collapse(zone.rdataText(i));
        }
        const QByteArray cls = r.rclass == 1 ? QByteArray("IN") : "CLASS" + QByteArray::number(r.rclass);
        out << absolute(zone.nameView(r.owner)) << '\t' << r.ttl << '\t' << cls << '\t' << typeName(r.type) << '\t'
            << rdata << '\n';
    }
    out.flush();
    return zone.errors().isEmpty() ? 0 : 65;
}
