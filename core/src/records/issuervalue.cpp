#include "caa/issuervalue.h"

#include <QVarLengthArray>

namespace caa {

namespace {

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAlnum(char c)
{
    return isAlpha(c) || isDigit(c);
}
bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}
bool isParameterValueChar(char c)
{
    const auto u = quint8(c);
    return (u >= 0x21 && u <= 0x3a) || (u >= 0x3c && u <= 0x7e);
}

// RFC 8659 label = (ALPHA / DIGIT) *( *("-") (ALPHA / DIGIT) ); also used for parameter tags.
qsizetype scanLdh(QByteArrayView v, qsizetype i)
{
    if (i >= v.size() || !isAlnum(v[i]))
        return i;
    qsizetype last = i + 1;
    qsizetype j = i + 1;
    while (j < v.size() && (isAlnum(v[j]) || v[j] == '-')) {
        if (isAlnum(v[j]))
            last = j + 1;
        ++j;
    }
    return last; // a trailing run of hyphens is not part of the label
}

void add(IssuerValue& r, ValueDiagnostic::Code code, qsizetype begin, qsizetype end, bool blocking = true)
{
    r.diagnostics.append({ code, { begin, end }, blocking });
}

// Explains why the text between [begin, end) is not an issuer-domain-name.
void diagnoseIssuer(IssuerValue& r, QByteArrayView v, qsizetype begin, qsizetype end)
{
    QByteArrayView s = v.sliced(begin, end - begin);
    if (s.endsWith('.') && s.size() > 1) {
        add(r, ValueDiagnostic::IssuerTrailingDot, end - 1, end);
        return;
    }
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '.' && (i == 0 || s[i - 1] == '.')) {
            add(r, ValueDiagnostic::IssuerEmptyLabel, begin + i, begin + i + 1);
            return;
        }
        if (!isAlnum(c) && c != '.' && c != '-') {
            add(r, ValueDiagnostic::IssuerCharacter, begin + i, begin + i + 1);
            return;
        }
    }
    // Only LDH and dots remain: a label starts or ends with '-'.
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == '.') {
            if (i > labelStart && (s[labelStart] == '-' || s[i - 1] == '-')) {
                const qsizetype at = s[labelStart] == '-' ? labelStart : i - 1;
                add(r, ValueDiagnostic::IssuerLabelHyphen, begin + at, begin + at + 1);
                return;
            }
            labelStart = i + 1;
        }
    }
    add(r, ValueDiagnostic::IssuerCharacter, begin, end);
}

} // namespace

QList<const IssuerParameter*> IssuerValue::parametersNamed(QByteArrayView tag) const
{
    QList<const IssuerParameter*> found;
    for (const IssuerParameter& p : parameters) {
        if (p.tag == tag)
            found.append(&p);
    }
    return found;
}

namespace {
IssuerValue parseIssuerRfc8659Raw(QByteArrayView v);
}

IssuerValue parseIssuerRfc8659(QByteArrayView v)
{
    IssuerValue r = parseIssuerRfc8659Raw(v);
    if (!r.wellFormed)
        r.issuer.clear(); // a malformed value counts as an empty issuer (RFC 8659 §4.2); the span still locates it
    return r;
}

namespace {

IssuerValue parseIssuerRfc8659Raw(QByteArrayView v)
{
    IssuerValue r;
    qsizetype i = 0;
    auto skipWsp = [&] {
        while (i < v.size() && isWsp(v[i]))
            ++i;
    };
    skipWsp();
    // [issuer-domain-name *WSP]
    if (i < v.size() && v[i] != ';') {
        const qsizetype start = i;
        qsizetype j = scanLdh(v, i);
        bool ok = j > i;
        while (ok && j < v.size() && v[j] == '.') {
            const qsizetype k = scanLdh(v, j + 1);
            if (k == j + 1) {
                ok = false; // an empty label (trailing dot, "..") ends the name
                break;
            }
            j = k;
        }
        // The issuer must end at WSP, ';' or the end of the value.
        if (ok && j < v.size() && !isWsp(v[j]) && v[j] != ';')
            ok = false;
        if (!ok) {
            // Find the extent of the intended issuer for the diagnostic.
            qsizetype end = start;
            while (end < v.size() && !isWsp(v[end]) && v[end] != ';')
                ++end;
            diagnoseIssuer(r, v, start, end);
            r.issuerSpan = { start, end };
            return r; // malformed: treated as an empty issuer
        }
        r.issuer = v.sliced(start, j - start).toByteArray();
        r.issuerSpan = { start, j };
        i = j;
        skipWsp();
    }
    if (i >= v.size()) {
        r.wellFormed = true;
        return r;
    }
    if (v[i] != ';') {
        qsizetype end = i;
        while (end < v.size() && v[end] != ';')
            ++end;
        add(r, ValueDiagnostic::TextAfterIssuer, i, end);
        return r;
    }
    ++i; // ';'
    skipWsp();
    if (i >= v.size()) {
        r.wellFormed = true;
        return r;
    }
    // parameters = (parameter *WSP ";" *WSP parameters) / parameter
    while (true) {
        const qsizetype tagStart = i;
        if (i < v.size() && v[i] == ';') {
            add(r, ValueDiagnostic::EmptyParameter, i, i + 1);
            return r;
        }
        const qsizetype tagEnd = scanLdh(v, i);
        if (tagEnd == tagStart) {
            if (i < v.size() && v[i] == '=')
                add(r, ValueDiagnostic::ParameterTagEmpty, i, i + 1);
            else
                add(r, ValueDiagnostic::ParameterTagCharacter, i, i + 1);
            return r;
        }
        i = tagEnd;
        skipWsp();
        if (i >= v.size() || v[i] != '=') {
            if (i < v.size() && !isWsp(v[i]) && v[i] != ';')
                add(r, ValueDiagnostic::ParameterTagCharacter, i, i + 1);
            else
                add(r, ValueDiagnostic::ParameterWithoutEquals, tagStart, i);
            return r;
        }
        ++i; // '='
        skipWsp();
        const qsizetype valueStart = i;
        while (i < v.size() && isParameterValueChar(v[i]))
            ++i;
        IssuerParameter p;
        p.tag = v.sliced(tagStart, tagEnd - tagStart).toByteArray();
        p.tagSpan = { tagStart, tagEnd };
        p.value = v.sliced(valueStart, i - valueStart).toByteArray();
        p.valueSpan = { valueStart, i };
        r.parameters.append(p);
        const qsizetype valueEnd = i;
        skipWsp();
        if (i >= v.size())
            break;
        if (v[i] != ';') {
            // The value stopped at a character it may not contain: the space itself when more text follows.
            const qsizetype at = valueEnd < i ? valueEnd : i;
            add(r, ValueDiagnostic::ParameterValueCharacter, at, at + 1);
            return r;
        }
        const qsizetype semicolon = i;
        ++i;
        skipWsp();
        if (i >= v.size()) {
            add(r, ValueDiagnostic::TrailingSemicolon, semicolon, semicolon + 1);
            return r;
        }
    }
    r.wellFormed = true;
    return r;
}

} // namespace

IssuerValue parseIssuerBoulder(QByteArrayView v)
{
    IssuerValue r;
    // parts := strings.Split(value, ";")
    QVarLengthArray<Span, 8> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= v.size(); ++i) {
        if (i == v.size() || v[i] == ';') {
            parts.append({ start, i });
            start = i + 1;
        }
    }
    auto trimmed = [&](Span s) {
        while (s.begin < s.end && isWsp(v[s.begin]))
            ++s.begin;
        while (s.end > s.begin && isWsp(v[s.end - 1]))
            --s.end;
        return s;
    };
    const Span issuer = trimmed(parts[0]);
    r.issuer = v.sliced(issuer.begin, issuer.length()).toByteArray();
    r.issuerSpan = issuer;
    // Not errors for Boulder, but worth explaining: it compares this text exactly.
    if (issuer.length() > 1 && v[issuer.end - 1] == '.')
        add(r, ValueDiagnostic::IssuerTrailingDot, issuer.end - 1, issuer.end, false);
    for (qsizetype i = issuer.begin; i < issuer.end; ++i) {
        const char c = v[i];
        if (!isAlnum(c) && c != '.' && c != '-') {
            add(r, ValueDiagnostic::IssuerCharacter, i, i + 1, false);
            break;
        }
    }
    if (parts.size() == 1) {
        r.wellFormed = true;
        return r;
    }
    if (parts.size() == 2 && trimmed(parts[1]).length() == 0) {
        r.wellFormed = true;
        return r;
    }
    for (qsizetype n = 1; n < parts.size(); ++n) {
        const Span part = parts[n];
        qsizetype eq = -1;
        for (qsizetype i = part.begin; i < part.end; ++i) {
            if (v[i] == '=') {
                eq = i;
                break;
            }
        }
        if (eq < 0) {
            // parameter not formatted as tag=value
            const Span t = trimmed(part);
            if (t.length() == 0 && n == parts.size() - 1)
                add(r, ValueDiagnostic::TrailingSemicolon, part.begin - 1, part.begin);
            else if (t.length() == 0)
                add(r, ValueDiagnostic::EmptyParameter, part.end, part.end + 1); // the extra ';'
            else
                add(r, ValueDiagnostic::ParameterWithoutEquals, t.begin, t.end);
            r.parameters.clear();
            return r;
        }
        const Span tag = trimmed({ part.begin, eq });
        for (qsizetype i = tag.begin; i < tag.end; ++i) {
            if (!isAlnum(v[i])) {
                add(r, v[i] == '-' ? ValueDiagnostic::ParameterTagHyphen : ValueDiagnostic::ParameterTagCharacter, i,
                    i + 1);
                r.parameters.clear();
                return r;
            }
        }
        const Span value = trimmed({ eq + 1, part.end });
        for (qsizetype i = value.begin; i < value.end; ++i) {
            if (!isParameterValueChar(v[i])) {
                add(r, ValueDiagnostic::ParameterValueCharacter, i, i + 1);
                r.parameters.clear();
                return r;
            }
        }
        if (tag.length() == 0) // accepted by Boulder; worth a note
            add(r, ValueDiagnostic::ParameterTagEmpty, eq, eq + 1, false);
        IssuerParameter p;
        p.tag = v.sliced(tag.begin, tag.length()).toByteArray();
        p.tagSpan = tag;
        p.value = v.sliced(value.begin, value.length()).toByteArray();
        p.valueSpan = value;
        r.parameters.append(p);
    }
    r.wellFormed = true;
    return r;
}

} // namespace caa
