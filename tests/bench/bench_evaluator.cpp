// Evaluator throughput on one core: full evaluations (verdict, findings, fixes) and bare decisions per second for a
// typical three-record set, permitted and refused. Prints figures; not a pass/fail test.
#include "caa/evaluator.h"

#include <QElapsedTimer>
#include <cstdio>

using namespace caa;

namespace {

Climb typicalClimb(const char* issuer)
{
    Climb climb = Climb::forName(DomainName::parse(u"www.example.com"));
    climb.nodes[0].status = LookupStatus::NoData;
    climb.nodes[2].status = LookupStatus::NoData;
    LookupResult& apex = climb.nodes[1];
    apex.status = LookupStatus::Records;
    const char* const records[] = { "0 issue \"pki.goog\"", nullptr, "0 iodef \"mailto:security@example.com\"" };
    for (int i = 0; i < 3; ++i) {
        CaaResourceRecord rr;
        rr.owner = QStringLiteral("example.com");
        rr.ttl = 3600;
        const QByteArray text = records[i] ? QByteArray(records[i]) : "0 issue \"" + QByteArray(issuer) + '"';
        parseCaaPresentation(text, &rr.rdata);
        apex.records.append(rr);
    }
    return climb;
}

template <typename F>
void measure(const char* label, F&& f)
{
    // Warm up, then run for about a second.
    for (int i = 0; i < 10000; ++i)
        f();
    QElapsedTimer timer;
    timer.start();
    qint64 count = 0;
    while (timer.elapsed() < 1000) {
        for (int i = 0; i < 10000; ++i)
            f();
        count += 10000;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("%-48s %12.0f /s  %8.0f ns each\n", label, double(count) / seconds, seconds * 1e9 / double(count));
}

} // namespace

int main()
{
    const Request request { DomainName::parse(u"www.example.com"), {}, {} };
    const CaProfile le = letsEncryptProfile();
    const CaProfile rfc = rfc8659Profile();
    const Climb permit = typicalClimb("letsencrypt.org");
    const Climb forbid = typicalClimb("letsencrypt.org.");
    volatile int sink = 0;
    std::printf("Evaluator, one core, 3-record set at the parent (issue pki.goog, issue <X>, iodef):\n");
    measure("evaluate() Let's Encrypt, permitted", [&] { sink = sink + int(evaluate(permit, request, le).outcome); });
    measure("evaluate() Let's Encrypt, trailing dot refused",
            [&] { sink = sink + int(evaluate(forbid, request, le).outcome); });
    measure("evaluate() RFC 8659 profile, permitted",
            [&] { sink = sink + int(evaluate(permit, request, rfc).outcome); });
    measure("decide() Let's Encrypt, permitted", [&] { sink = sink + int(decide(permit, request, le)); });
    measure("decide() Let's Encrypt, refused", [&] { sink = sink + int(decide(forbid, request, le)); });
    return sink == -1;
}
