#pragma once

#include "caa/evaluator.h"

namespace caa {

// The fixes for a refusal, each verified with verifyFix() before it is returned (check A): the first one repairs every
// cause at once (a wrong account and a wrong method together). Empty, with *whyNone set, when none survives.
QList<Fix> planFixes(const Climb& climb, const Request& request, const CaProfile& profile, const Verdict& verdict,
                     QString* whyNone);

} // namespace caa
