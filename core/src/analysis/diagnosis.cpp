#include "caa/diagnosis.h"

namespace caa {

QString Diagnosis::relevantName() const
{
    for (const Verdict& v : verdicts) {
        if (!v.relevantName.isEmpty())
            return v.relevantName;
    }
    return {};
}

bool Diagnosis::isComplete() const
{
    for (const Verdict& v : verdicts) {
        if (v.outcome == Outcome::Pending)
            return false;
    }
    return true;
}

} // namespace caa
