#pragma once

#include <QByteArrayView>
#include <QString>

namespace caa {

// Writes a whole file so that nothing is ever half-written or exposed:
// - a regular file (or a new one) is written to a temporary file beside it and renamed over it (QSaveFile); an
//   existing file keeps its permissions and, where the system allows (running as root), its owner and group, so a
//   zone owned by the name server's user stays readable by it;
// - a new file that should look like another one (a backup beside a zone: `likePath`) gets that file's permissions,
//   owner and group instead of the defaults;
// - a device, pipe or socket (/dev/stdout, /dev/full, a FIFO) is written directly, never replaced by a file; so is a
//   file with other hard links, which every name keeps seeing;
// - a write that the disk or a file-size limit cuts short is an error, and the earlier file stays.
// False with `error` (the system's reason) when anything could not be written; an earlier file is then unchanged.
bool writeWholeFile(const QString& path, QByteArrayView bytes, QString* error, const QString& likePath = QString());

} // namespace caa
