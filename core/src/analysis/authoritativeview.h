#pragma once

#include "caa/climb.h"
#include "caa/nsmatrix.h"

namespace caa {

// One name for which the authoritative servers answer differently: each distinct answer with its servers and the
// highest zone serial among them.
struct ServerSplit
{
    struct Side
    {
        LookupResult answer; // as a climb node
        QStringList servers; // "ns (address)"
        QStringList addresses;
        bool serialKnown = false;
        quint32 serial = 0;
    };
    int node = -1;
    QList<Side> sides;
    int newest = -1; // the side with the highest serial, -1 when the serials do not tell
};

// The climb as the zones' own servers answer it, from the nameserver matrix's direct (RD=0) answers. A name no probe
// covers stays Pending; a name no server answers usably is a ServFail; where the servers disagree, the newest copy of
// the zone (highest serial) is taken and the split is listed.
struct AuthoritativeClimb
{
    Climb climb;
    QList<ServerSplit> splits;
};
AuthoritativeClimb authoritativeClimb(const Climb& resolverClimb, const NsMatrix& matrix);

// The doubled owners among `candidates` as the servers answer them (NsMatrix::ownerProbes): records a server
// publishes at the name, unless the wildcard probe beside it (wildcardProbeName) gets the same set from that server.
QList<LookupResult> doubledOwnersFromServers(const NsMatrix& matrix, const QStringList& candidates);

} // namespace caa
