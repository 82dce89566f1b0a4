#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CAA Doctor"));
    QApplication::setApplicationVersion(QStringLiteral(CAA_VERSION));
    QApplication::setOrganizationName(QStringLiteral("CAA Doctor"));
    // The user's language where a translation exists (compiled in; see resources/translations), and Qt's own dialogs'.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("caa-doctor"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/caa/icons/caa-doctor.svg")));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Explains why a CA refuses to issue because of DNS CAA records."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Open the bundled demo: the trailing-dot lockout, checked offline."));
    const QCommandLineOption resolver(QStringLiteral("resolver"), QStringLiteral("Use this resolver for live DNS."),
                                      QStringLiteral("ADDR[:PORT]"));
    // Not "--name": Qt takes -name/--name for itself (the X11 resource name).
    const QCommandLineOption name(QStringLiteral("check"), QStringLiteral("Check this name at start."),
                                  QStringLiteral("NAME"));
    parser.addOptions({ demo, resolver, name });
    parser.addPositionalArgument(QStringLiteral("zone files"), QStringLiteral("Zone files to check offline."));
    parser.process(app);

    caa::MainWindow window;
    if (!parser.values(resolver).isEmpty())
        window.useLiveDns(parser.values(resolver));
    QStringList zones = parser.positionalArguments();
    QString start = parser.value(name);
    if (parser.isSet(demo)) {
        // Installed: <prefix>/share/caa-doctor/examples; in the build tree: the source checkout.
        const QStringList candidates {
            QApplication::applicationDirPath() + QStringLiteral("/../share/caa-doctor/examples/trailing-dot.zone"),
            QStringLiteral(CAA_SOURCE_EXAMPLES "/trailing-dot.zone"),
        };
        for (const QString& c : candidates) {
            if (QFileInfo::exists(c)) {
                zones = { c };
                break;
            }
        }
        if (start.isEmpty())
            start = QStringLiteral("www.example.com");
    }
    if (!zones.isEmpty())
        window.openZoneFiles(zones);
    window.show();
    if (!start.isEmpty()) {
        window.setName(start);
        QTimer::singleShot(0, &window, &caa::MainWindow::check);
    }
    return app.exec();
}
