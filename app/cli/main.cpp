#include "cli.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("caa-doctor-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAA_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("CAA Doctor"));
    return caa::Cli().run(QCoreApplication::arguments());
}
