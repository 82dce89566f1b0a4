#pragma once

#include "caa/evaluator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace caa {

// A fix written the way a DNS provider's web form asks for it: the provider's own field names, the value quoted or
// not as that provider wants, and the provider's known pitfalls (ca-identifiers.md §6, peers.md §A3/§(c) 19).
class ProviderForms
{
    Q_DECLARE_TR_FUNCTIONS(ProviderForms)
public:
    enum Provider
    {
        Generic,
        Cloudflare,
        Route53,
        GoogleCloudDns,
        AzureDns,
        DigitalOcean,
        Hetzner,
        GoDaddy,
        Namecheap,
        Ovh,
        Dnsimple,
    };
    static QList<Provider> all();
    static QString name(Provider provider); // "Cloudflare", "AWS Route 53", …
    static QString key(Provider provider); // "cloudflare", "route53", …: for the command line
    static std::optional<Provider> fromKey(const QString& key);
    // The edits of `fix` as form fields, one block per record to add, change or delete, then the provider's notes.
    static QString formText(Provider provider, const Fix& fix);
    // The pitfalls of this provider worth knowing before typing (may be empty for Generic).
    static QStringList notes(Provider provider, const Fix& fix);
};

} // namespace caa
