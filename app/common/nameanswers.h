#pragma once

#include "caa/diagnosis.h"

#include <QString>

namespace caa {

// One name of the climb as every source answered it, side by side: the resolver, then each authoritative server asked
// directly (UDP and TCP, with the zone's serial), which answer the verdict was judged on, and where they differ. Each
// answer ends with its raw DNS message. For the window's "Selected name" tab.
QString nameAnswersText(const Diagnosis& diagnosis, int row);

} // namespace caa
