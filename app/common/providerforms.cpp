#include "providerforms.h"

#include "caa/caarecord.h"

namespace caa {

namespace {

QString bare(const CaaRecord& r)
{
    return QString::fromUtf8(r.value);
}

QString quoted(const CaaRecord& r)
{
    return QString::fromLatin1(quoteCharacterString(r.value));
}

// `0 issue "letsencrypt.org"`: the whole record data in one field, as Route 53, Google Cloud DNS, Hetzner and
// Namecheap take it.
QString recordData(const CaaRecord& r)
{
    return QStringLiteral("%1 %2 %3").arg(r.flags).arg(QString::fromLatin1(r.tag), quoted(r));
}

bool isIssuerTag(const CaaRecord& r)
{
    return r.tagIs("issue") || r.tagIs("issuewild");
}

// The name as the provider's form wants it. Forms append the zone to what is typed, so a full name there becomes
// "example.com.example.com": the zone's own name is "@" (or left empty where the form says so), others are
// relative. Without the zone known, the full name (and the notes say to make it relative).
QString formName(const RecordEdit& e, ProviderForms::Provider provider)
{
    const bool emptyApex = provider == ProviderForms::Route53 || provider == ProviderForms::GoogleCloudDns
        || provider == ProviderForms::Ovh || provider == ProviderForms::Dnsimple;
    if (e.zone.isEmpty() || !(e.owner == e.zone || e.owner.endsWith(u'.' + e.zone)))
        return e.owner;
    if (e.owner == e.zone)
        return emptyApex ? ProviderForms::tr("(leave empty: the zone's own name)") : QStringLiteral("@");
    return e.owner.left(e.owner.size() - e.zone.size() - 1);
}

} // namespace

QList<ProviderForms::Provider> ProviderForms::all()
{
    return { Generic, Cloudflare, Route53, GoogleCloudDns, AzureDns, DigitalOcean, Hetzner,
             GoDaddy, Namecheap,  Ovh,     Dnsimple };
}

QString ProviderForms::name(Provider provider)
{
    switch (provider) {
    case Generic:
        return tr("Any provider (Flags / Tag / Value)");
    case Cloudflare:
        return QStringLiteral("Cloudflare");
    case Route53:
        return QStringLiteral("AWS Route 53");
    case GoogleCloudDns:
        return QStringLiteral("Google Cloud DNS");
    case AzureDns:
        return QStringLiteral("Azure DNS");
    case DigitalOcean:
        return QStringLiteral("DigitalOcean");
    case Hetzner:
        return QStringLiteral("Hetzner DNS");
    case GoDaddy:
        return QStringLiteral("GoDaddy");
    case Namecheap:
        return QStringLiteral("Namecheap");
    case Ovh:
        return QStringLiteral("OVHcloud");
    case Dnsimple:
        return QStringLiteral("DNSimple");
    }
    return {};
}

QString ProviderForms::key(Provider provider)
{
    switch (provider) {
    case Generic:
        return QStringLiteral("generic");
    case Cloudflare:
        return QStringLiteral("cloudflare");
    case Route53:
        return QStringLiteral("route53");
    case GoogleCloudDns:
        return QStringLiteral("google");
    case AzureDns:
        return QStringLiteral("azure");
    case DigitalOcean:
        return QStringLiteral("digitalocean");
    case Hetzner:
        return QStringLiteral("hetzner");
    case GoDaddy:
        return QStringLiteral("godaddy");
    case Namecheap:
        return QStringLiteral("namecheap");
    case Ovh:
        return QStringLiteral("ovh");
    case Dnsimple:
        return QStringLiteral("dnsimple");
    }
    return {};
}

std::optional<ProviderForms::Provider> ProviderForms::fromKey(const QString& key)
{
    for (const Provider p : all()) {
        if (ProviderForms::key(p).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QString ProviderForms::formText(Provider provider, const Fix& fix)
{
    auto fields = [provider](const RecordEdit& e, const CaaRecord& r) -> QStringList {
        const QString owner = formName(e, provider);
        const QString tag = QString::fromLatin1(r.tag);
        switch (provider) {
        case Cloudflare: {
            // Cloudflare's tag menu speaks in plain words.
            QString tagLabel = tag;
            if (r.tagIs("issue"))
                tagLabel = tr("Only allow specific hostnames (issue)");
            else if (r.tagIs("issuewild"))
                tagLabel = tr("Only allow wildcards (issuewild)");
            else if (r.tagIs("iodef"))
                tagLabel = tr("Send violation reports to URL (iodef)");
            return { tr("Type: CAA"), tr("Name: %1").arg(owner), tr("Flags: %1").arg(r.flags),
                     tr("Tag: %1").arg(tagLabel),
                     (isIssuerTag(r) ? tr("CA domain name: %1") : tr("Value: %1")).arg(bare(r)) };
        }
        case Route53:
            return { tr("Record name: %1").arg(owner), tr("Record type: CAA"), tr("Value: %1").arg(recordData(r)) };
        case GoogleCloudDns:
            return { tr("DNS name: %1").arg(owner), tr("Resource record type: CAA"),
                     tr("Data: %1").arg(recordData(r)) };
        case Hetzner:
        case Namecheap:
            return { tr("Type: CAA"), tr("Name: %1").arg(owner), tr("Value: %1").arg(recordData(r)) };
        case DigitalOcean:
            // DigitalOcean's form wants the CA's domain with a final dot and publishes it without one.
            return {
                tr("Type: CAA"), tr("Hostname: %1").arg(owner), tr("Flags: %1").arg(r.flags), tr("Tag: %1").arg(tag),
                tr("Authority granted for: %1")
                    .arg(isIssuerTag(r) && !r.value.contains(';') && !r.value.isEmpty() ? bare(r) + u'.' : bare(r))
            };
        case GoDaddy:
            return { tr("Type: CAA"), tr("Name: %1").arg(owner), tr("Flag: %1").arg(r.flags), tr("Tag: %1").arg(tag),
                     (isIssuerTag(r) ? tr("Certificate authority: %1") : tr("Value: %1")).arg(bare(r)) };
        case Ovh:
            return { tr("Type: CAA"), tr("Sub-domain: %1").arg(owner), tr("Flags: %1").arg(r.flags),
                     tr("Tag: %1").arg(tag), tr("Target: %1").arg(bare(r)) };
        case Generic:
        case AzureDns:
        case Dnsimple:
            break;
        }
        return { tr("Name: %1").arg(owner), tr("Type: CAA"), tr("Flags: %1").arg(r.flags), tr("Tag: %1").arg(tag),
                 tr("Value: %1").arg(bare(r)) };
    };
    QStringList blocks;
    for (const RecordEdit& e : fix.edits) {
        switch (e.kind) {
        case RecordEdit::AddRecord:
            blocks.append(tr("Add a record:") + u'\n' + fields(e, e.after).join(u'\n'));
            break;
        case RecordEdit::ReplaceRecord:
            blocks.append(tr("Change the record %1 at %2 to:").arg(e.before.toPresentation(), e.owner) + u'\n'
                          + fields(e, e.after).join(u'\n'));
            break;
        case RecordEdit::RemoveRecord:
            blocks.append(tr("Delete the record %1 at %2.").arg(e.before.toPresentation(), e.owner));
            break;
        }
    }
    const QStringList providerNotes = notes(provider, fix);
    if (!providerNotes.isEmpty())
        blocks.append(tr("Note:") + QStringLiteral("\n- ") + providerNotes.join(QStringLiteral("\n- ")));
    return blocks.join(QStringLiteral("\n\n"));
}

QStringList ProviderForms::notes(Provider provider, const Fix& fix)
{
    bool denyAll = false, spaces = false;
    for (const RecordEdit& e : fix.edits) {
        if (e.kind == RecordEdit::RemoveRecord)
            continue;
        denyAll = denyAll || (isIssuerTag(e.after) && e.after.value.trimmed() == ";");
        spaces = spaces || e.after.value.contains(' ');
    }
    QStringList out;
    switch (provider) {
    case Generic:
        out << tr("Type the value without quotes and without “0 issue”: Flags, Tag and Value are separate fields.")
            << tr("Most panels want the name relative to the zone: “@” for the zone's own name.");
        break;
    case Cloudflare:
        out << tr("Do not type quotes or “0 issue” into the CA domain name field.")
            << tr("With Universal SSL or advanced certificates, Cloudflare adds CAA records for its own CAs as soon "
                  "as any CAA record exists. The dashboard does not show them; DNS answers (and this program) do.");
        break;
    case Route53:
        out << tr("Route 53 wants each record as flags, tag and the value in double quotes, one record per line of "
                  "the same record set: add the line to the existing CAA record set rather than creating a second "
                  "one.");
        break;
    case GoogleCloudDns:
        out << tr("All CAA records of a name are one record set: add the data as another item of it.");
        break;
    case AzureDns:
        out << tr("Keep Flags at 0. Azure's documentation calls flag 1 “issuer critical”; Let's Encrypt treats 1 as "
                  "critical too, so an unknown tag with flag 1 blocks issuance.");
        break;
    case DigitalOcean:
        out << tr("DigitalOcean's form asks for the CA's domain with a final dot and publishes it without one: check "
                  "the published record here after saving.");
        if (denyAll)
            out << tr("DigitalOcean cannot store “;” (no CA allowed): this record has to be made elsewhere.");
        break;
    case Hetzner:
        out << tr("Hetzner wants the value in double quotes.");
        if (spaces)
            out << tr("Hetzner rejects values with spaces (HTTP 422): write the parameters without spaces, such as "
                      "letsencrypt.org;accounturi=…");
        break;
    case GoDaddy:
        out << tr("Keep Flag at 0. GoDaddy's help suggests 128 for “non-standard” records, which makes every CA that "
                  "does not know the tag refuse.");
        break;
    case Namecheap:
        out << tr("Namecheap adds the quotes itself when they are missing; type them as shown.");
        break;
    case Ovh:
        out << tr("OVH's panel has kept quote characters inside values: after saving, check here that the "
                  "published value has no ' or \" in it.");
        break;
    case Dnsimple:
        out << tr("Choose the “Custom” mode: DNSimple does not accept the whole “0 issue \"…\"” text in one field.");
        break;
    }
    return out;
}

} // namespace caa
