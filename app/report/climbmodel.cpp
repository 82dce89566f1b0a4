#include "climbmodel.h"

#include "messagecatalogue.h"

namespace caa {

void ClimbModel::setDiagnosis(const Diagnosis& source)
{
    // The climb the verdict was judged on (the nameservers' answers where they decide), as the records tab and the
    // verdict read it: a green headline beside a "LOOKUP FAILED" rung of a resolver that fails CAA contradicted it.
    // Names the servers were not asked about (above the deciding one) keep the resolver's answer: they would read
    // "asking…" for ever.
    Diagnosis diagnosis = source;
    if (!source.verdicts.isEmpty()) {
        const Climb judged = source.climbFor(source.verdicts.first());
        for (int i = 0; i < judged.nodes.size() && i < diagnosis.climb.nodes.size(); ++i) {
            if (judged.nodes[i].status != LookupStatus::Pending)
                diagnosis.climb.nodes[i] = judged.nodes[i];
        }
    }
    const bool sameShape = diagnosis.climb.nodes.size() == m_diagnosis.climb.nodes.size()
        && diagnosis.request.name == m_diagnosis.request.name;
    if (!sameShape) {
        beginResetModel();
        m_cancelled = false;
        m_diagnosis = diagnosis;
        endResetModel();
        return;
    }
    m_diagnosis = diagnosis;
    if (!m_diagnosis.climb.nodes.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_diagnosis.climb.nodes.size()) - 1));
}

void ClimbModel::setCancelled(bool cancelled)
{
    if (cancelled == m_cancelled)
        return;
    m_cancelled = cancelled;
    if (!m_diagnosis.climb.nodes.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_diagnosis.climb.nodes.size()) - 1));
}

int ClimbModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_diagnosis.climb.nodes.size());
}

ClimbModel::RungState ClimbModel::stateOf(int row) const
{
    const LookupResult& n = m_diagnosis.climb.nodes[row];
    if (!n.isAnswered())
        return m_cancelled ? RungState::Unanswered : RungState::Waiting;
    if (m_diagnosis.climb.resolverUnreachable) // nothing decided: every name failed on its own
        return n.isFailure() ? RungState::Failed : RungState::Empty;
    const Verdict* v = m_diagnosis.verdicts.isEmpty() ? nullptr : &m_diagnosis.verdicts.first();
    int deciding = v ? v->relevantNode : -1;
    if (deciding < 0) {
        for (int i = 0; i < m_diagnosis.climb.nodes.size(); ++i) {
            if (m_diagnosis.climb.nodes[i].isFailure()) {
                deciding = i;
                break;
            }
        }
    }
    // A failure the CA meets where this resolver got an answer (the servers' empty answer without SOA, which a
    // lenient resolver accepts): the rung the verdict's finding names.
    const bool caFails = v && v->outcome == Outcome::Error && !v->findings.isEmpty() && v->findings.first().node >= 0;
    if (deciding < 0 && caFails)
        deciding = v->findings.first().node;
    if (deciding >= 0 && row > deciding)
        return RungState::NotConsulted;
    if (row == deciding) {
        if (n.isFailure() || (v && v->outcome == Outcome::Error))
            return RungState::Failed;
        if (v && v->outcome == Outcome::Forbid && v->reason == QLatin1String(code::NsDisagree))
            return RungState::DependsOnServer;
        return v && v->outcome == Outcome::Permit ? RungState::Allows : RungState::Blocks;
    }
    return RungState::Empty;
}

QVariant ClimbModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_diagnosis.climb.nodes.size())
        return {};
    const LookupResult& n = m_diagnosis.climb.nodes[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return n.name;
    case StatusRole:
        return int(n.status);
    case StateRole:
        return QVariant::fromValue(stateOf(index.row()));
    case DnssecRole:
        return int(n.dnssec);
    case AliasesRole:
        return n.aliases;
    case DnameOwnerRole:
        return n.dnameOwner;
    case RecordsRole: {
        QStringList lines;
        for (const CaaResourceRecord& r : n.records)
            lines.append(r.rdata.toPresentation());
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    case SummaryRole: {
        if (!n.isAnswered())
            return MessageCatalogue::tr("waiting for the answer");
        QStringList parts;
        if (n.status == LookupStatus::Records)
            parts.append(n.records.size() == 1 ? MessageCatalogue::tr("1 CAA record")
                                               : MessageCatalogue::tr("%1 CAA records").arg(n.records.size()));
        else
            parts.append(MessageCatalogue::status(n.status));
        if (m_diagnosis.sourceKind == QLatin1String("live"))
            parts.append(MessageCatalogue::dnssec(n.dnssec));
        if (!n.records.isEmpty())
            parts.append(MessageCatalogue::tr("TTL %1").arg(n.records.first().ttl));
        if (n.elapsedMs >= 0 && m_diagnosis.sourceKind == QLatin1String("live"))
            parts.append(MessageCatalogue::tr("%1 ms").arg(n.elapsedMs));
        if (stateOf(index.row()) == RungState::NotConsulted)
            parts.append(MessageCatalogue::tr("not consulted: a closer name decided"));
        return parts.join(QStringLiteral(" · "));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ClimbModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(StatusRole, "status");
    names.insert(SummaryRole, "summary");
    names.insert(RecordsRole, "records");
    names.insert(StateRole, "state");
    names.insert(DnssecRole, "dnssec");
    names.insert(AliasesRole, "aliases");
    names.insert(DnameOwnerRole, "dnameOwner");
    return names;
}

} // namespace caa
