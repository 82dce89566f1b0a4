#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>

namespace {

// macOS hands files opened with the app ("Open With", a drop on the Dock icon) to it as events, not arguments.
class Application : public QApplication
{
public:
    using QApplication::QApplication;
    caa::MainWindow* window = nullptr;
    QStringList early; // files that arrive before the window exists

protected:
    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::FileOpen) {
            const QString file = static_cast<QFileOpenEvent*>(event)->file();
            if (window)
                window->openPaths({ file });
            else
                early.append(file);
            return true;
        }
        return QApplication::event(event);
    }
};

} // namespace

// --help and --version print and end before any window exists, so that they work without a display.
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--")
            break;
        if (a == "-h" || a == "--help" || a == "-?" || a == "--help-all" || a == "-v" || a == "--version")
            return true;
    }
    return false;
}

struct Options
{
    QCommandLineOption demo { QStringLiteral("demo"),
                              QStringLiteral("Open a copy of the bundled demo (the trailing-dot lockout), checked "
                                             "offline; the window's status bar says where the copy is.") };
    QCommandLineOption resolver { QStringLiteral("resolver"), QStringLiteral("Use this resolver for live DNS."),
                                  QStringLiteral("ADDR[:PORT]") };
    // Not "--name": Qt takes -name/--name for itself (the X11 resource name).
    QCommandLineOption name { QStringLiteral("check"), QStringLiteral("Check this name at start."),
                              QStringLiteral("NAME") };
};

void describe(QCommandLineParser& parser, const Options& o)
{
    parser.setApplicationDescription(QStringLiteral("Explains why a CA refuses to issue because of DNS CAA records."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({ o.demo, o.resolver, o.name });
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("Zone files to open in the zone workspace (checked offline), or a list "
                                                "of names (.txt, .csv) or certificates/CSRs (.pem, .crt, .csr) to "
                                                "check live in the Batch tab, or an evidence bundle (.json) to "
                                                "reopen offline."),
                                 QStringLiteral("[files...]"));
}

int main(int argc, char* argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication core(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("CAA Doctor"));
        QCoreApplication::setApplicationVersion(QStringLiteral(CAA_VERSION));
        QCommandLineParser parser;
        const Options o;
        describe(parser, o);
        parser.process(core); // prints and exits
        return 0;
    }
    Application app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CAA Doctor"));
    QApplication::setApplicationVersion(QStringLiteral(CAA_VERSION));
    QApplication::setOrganizationName(QStringLiteral("CAA Doctor"));
    // The installed desktop entry (installer/linux): the window's icon and name on Wayland and in task bars.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.caadoctor.CaaDoctor"));
    // The user's language where a translation exists (compiled in; see resources/translations), and Qt's own dialogs'.
    // Without a translation for the language, English with its plural forms ("1 name", "2 names").
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("caa-doctor"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/caa-doctor_en")))
        QApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/caa/icons/caa-doctor.svg")));
    QCommandLineParser parser;
    const Options o;
    describe(parser, o);
    parser.process(app);

    caa::MainWindow window;
    app.window = &window;
    if (!parser.values(o.resolver).isEmpty())
        window.useCommandLineResolvers(parser.values(o.resolver));
    QStringList files = parser.positionalArguments() + app.early;
    QString start = parser.value(o.name);
    QString demoNote;
    if (parser.isSet(o.demo)) {
        // Installed: <prefix>/share/caa-doctor/examples; in the build tree: the source checkout.
        const QStringList candidates {
            QApplication::applicationDirPath()
                + QStringLiteral("/../share/caa-doctor/examples/trailing-dot.zone"), // Linux, Windows, AppImage
            QApplication::applicationDirPath() + QStringLiteral("/../Resources/examples/trailing-dot.zone"), // macOS
            QStringLiteral(CAA_SOURCE_EXAMPLES "/trailing-dot.zone"),
        };
        // Never the shipped file itself (read-only in a package, part of the checkout otherwise): a copy to edit.
        for (const QString& c : candidates) {
            if (!QFileInfo::exists(c))
                continue;
            QString error;
            const QString copy = caa::MainWindow::demoCopy(
                c, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo"), &error);
            files = { copy.isEmpty() ? c : copy };
            demoNote = copy.isEmpty()
                ? caa::MainWindow::tr("Demo: %1 (read only: %2)").arg(QDir::toNativeSeparators(c), error)
                : caa::MainWindow::tr("Demo: a copy of the shipped example, yours to edit and save: %1")
                      .arg(QDir::toNativeSeparators(copy));
            break;
        }
        if (start.isEmpty())
            start = QStringLiteral("www.example.com");
    }
    if (!files.isEmpty())
        window.openPaths(files);
    window.show();
    if (!demoNote.isEmpty()) // kept in the status bar: the check's own messages do not replace it
        window.showStandingNote(demoNote);
    if (!start.isEmpty()) {
        window.pages()->setCurrentIndex(0); // the diagnosis of that name
        window.setName(start);
        QTimer::singleShot(0, &window, &caa::MainWindow::check);
    }
    return app.exec();
}
