#include "caa/filewriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace caa {

namespace {

// Who owns a file and who may read it, taken before it is replaced.
struct Ownership
{
    bool known = false;
    QFileDevice::Permissions permissions;
#ifdef Q_OS_UNIX
    uid_t uid = 0;
    gid_t gid = 0;
    // The mode bits exactly (setgid and read-only included): Qt's permission flags have no setgid, and for root they
    // report "writable by the user" for a read-only file, which made a 0444 zone 0644 after a save.
    mode_t mode = 0;
    bool modeKnown = false;
#endif

    static Ownership of(const QString& path)
    {
        Ownership o;
        const QFileInfo info(path);
        if (!info.isFile())
            return o;
        o.known = true;
        o.permissions = info.permissions();
#ifdef Q_OS_UNIX
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
            o.uid = st.st_uid;
            o.gid = st.st_gid;
            o.mode = st.st_mode & 07777;
            o.modeKnown = true;
        }
#endif
        return o;
    }

    // The new file, still under its temporary name, gets the mode before it takes the name: never wider, not even for
    // a moment.
    void applyTo(QSaveFile& file) const
    {
        if (!known)
            return;
#ifdef Q_OS_UNIX
        if (modeKnown && ::fchmod(file.handle(), mode & 0777) == 0)
            return;
#endif
        file.setPermissions(permissions);
    }

    // Only root can give a file away; for anyone else it stays theirs, as the file they replaced was readable to them.
    void applyTo(const QString& path) const
    {
        if (!known)
            return;
#ifdef Q_OS_UNIX
        struct stat st
        {
        };
        const QByteArray name = QFile::encodeName(path);
        if (::stat(name.constData(), &st) == 0 && (st.st_uid != uid || st.st_gid != gid))
            (void)!::chown(name.constData(), uid, gid);
        if (modeKnown) { // after chown, which clears setuid and setgid
            (void)::chmod(name.constData(), mode);
            return;
        }
#endif
        QFile::setPermissions(path, permissions);
    }
};

} // namespace

bool writeWholeFile(const QString& path, QByteArrayView bytes, QString* error, const QString& likePath)
{
    const QFileInfo info(path);
    bool inPlace = info.exists() && !info.isFile() && !info.isDir();
#ifdef Q_OS_UNIX
    // A file with other hard links: replacing it would cut them off (the other names would keep the old text).
    struct stat links
    {
    };
    if (info.isFile() && ::lstat(QFile::encodeName(path).constData(), &links) == 0 && links.st_nlink > 1)
        inPlace = true;
#endif
    if (inPlace) {
        // A device or a pipe: replacing it by a file would destroy it (as root, /dev/full became a PDF). A hard-linked
        // file is written through, too: not atomic, but every name keeps seeing the same file.
        QFile direct(path);
        if (!direct.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)
            || direct.write(bytes.data(), bytes.size()) != bytes.size()) {
            if (error)
                *error = direct.errorString();
            return false;
        }
        return true;
    }
    const Ownership keep = Ownership::of(info.isFile() ? path : likePath);
    QSaveFile out(path);
    // Every byte on disk before the file takes the name: a buffered write can report success for bytes that a full
    // disk or a file-size limit then refuses (the zone was cut at 1,024 bytes and "saved").
    errno = 0;
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes.data(), bytes.size()) != bytes.size() || !out.flush()
        || out.error() != QFileDevice::NoError || out.size() != bytes.size()) {
        const int cause = errno; // Qt says "Unknown error" for a full disk or a file-size limit; the system knows
        if (error)
            *error = out.errorString().isEmpty() || out.errorString() == QLatin1String("Unknown error")
                ? (cause != 0 ? qt_error_string(cause) : QStringLiteral("the data could not all be written"))
                : out.errorString();
        out.cancelWriting();
        return false;
    }
    keep.applyTo(out);
    if (!out.commit()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    keep.applyTo(path);
    return true;
}

} // namespace caa
