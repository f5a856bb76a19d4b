// ProjectConfig and PyprojectConfig on the golden projects in tests/data/config/projects:
// discovery (-c, -n, ALEMBIC_CONFIG), ini/TOML precedence, path lists, script_location forms,
// and Alembic's error texts.
#include "config/projectconfig.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace retort;

class TestProjectConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void iniProject();
    void legacyIniProject();
    void relativeScriptLocationFollowsWorkingDir();
    void tomlOnlyProject();
    void iniWinsOverToml();
    void packageResourceLocation();
    void namedSections();
    void errors_data();
    void errors();
    void discovery_data();
    void discovery();
    void missingDirAllowedWhenAsked();
    void findProjectConfig_data();
    void findProjectConfig();
    void splitPathList_data();
    void splitPathList();
    void tomlValues();
};

static QString project(const QString &name)
{
    return test::dataPath(QStringLiteral("config/projects/") + name);
}

static ConfigOptions optionsFor(const QString &workingDir, const QStringList &configFiles = {},
                                const QString &section = QStringLiteral("alembic"))
{
    ConfigOptions o;
    o.workingDir = workingDir;
    o.configFiles = configFiles;
    o.section = section;
    o.environment = QProcessEnvironment();   // no ALEMBIC_CONFIG from the machine running the test
    return o;
}

static ProjectConfig loadOk(const ConfigOptions &o)
{
    Result<ProjectConfig> cfg = ProjectConfig::load(o);
    if (!cfg)
        qFatal("load failed: %s", qPrintable(cfg.error().toString()));
    return cfg.value();
}

void TestProjectConfig::iniProject()
{
    const QString d = project(QStringLiteral("ini_basic"));
    const ProjectConfig cfg = loadOk(optionsFor(d));
    QCOMPARE(cfg.iniPath(), d + QStringLiteral("/alembic.ini"));
    QCOMPARE(cfg.tomlPath(), QString());
    QCOMPARE(cfg.projectDir(), d);
    QCOMPARE(cfg.scriptLocation(), d + QStringLiteral("/migrations"));
    QCOMPARE(cfg.versionLocations(),
             (QStringList{d + QStringLiteral("/migrations/versions"), d + QStringLiteral("/extra_versions")}));
    QVERIFY(cfg.hasExplicitVersionLocations());
    QCOMPARE(cfg.prependSysPath(), QStringList{QStringLiteral(".")});
    QCOMPARE(cfg.fileTemplate(),
             QStringLiteral("%(year)d_%(month).2d_%(day).2d_%(hour).2d%(minute).2d-%(rev)s_%(slug)s"));
    QCOMPARE(cfg.truncateSlugLength(), 20);
    QCOMPARE(cfg.timezone(), QStringLiteral("UTC"));
    QCOMPARE(cfg.revisionEnvironment().value(), true);   // "yes"
    QCOMPARE(cfg.sourceless(), true);                    // exactly "true"
    QCOMPARE(cfg.recursiveVersionLocations(), false);    // "True" is not "true"
    QCOMPARE(cfg.outputEncoding(), QStringLiteral("latin-1"));
    QCOMPARE(cfg.sqlalchemyUrl().value(), QStringLiteral("postgresql://scott:p%40ss@localhost/test"));
    QCOMPARE(cfg.mainOption(QStringLiteral("here")).value(), d);
    QCOMPARE(cfg.mainOption(QStringLiteral("nosuch"), QStringLiteral("fb")).value(), QStringLiteral("fb"));
    QCOMPARE(cfg.sectionOption(QStringLiteral("loggers"), QStringLiteral("keys")).value(),
             QStringLiteral("root,sqlalchemy,alembic"));

    const QList<PostWriteHook> hooks = cfg.postWriteHooks();
    QCOMPARE(hooks.size(), 2);
    QCOMPARE(hooks[0].name, QStringLiteral("black"));
    QCOMPARE(hooks[0].option(QStringLiteral("type")), QStringLiteral("console_scripts"));
    QCOMPARE(hooks[0].option(QStringLiteral("entrypoint")), QStringLiteral("black"));
    QCOMPARE(hooks[0].option(QStringLiteral("options")), QStringLiteral("-l 79 REVISION_SCRIPT_FILENAME"));
    QCOMPARE(hooks[0].options.size(), 3);
    QCOMPARE(hooks[1].name, QStringLiteral("ruff"));
    QCOMPARE(hooks[1].option(QStringLiteral("executable")), d + QStringLiteral("/.venv/bin/ruff"));
    QCOMPARE(hooks[1].option(QStringLiteral("options")), QStringLiteral("check --fix REVISION_SCRIPT_FILENAME"));
}

void TestProjectConfig::legacyIniProject()
{
    const QString d = project(QStringLiteral("ini_legacy"));
    const ProjectConfig cfg = loadOk(optionsFor(d));
    QCOMPARE(cfg.scriptLocation(), d + QStringLiteral("/migrations"));
    QCOMPARE(cfg.scriptLocationConfigured(), QStringLiteral("migrations"));
    // no path_separator: legacy split on ", *" and " +"
    QCOMPARE(cfg.versionLocations(), (QStringList{d + QStringLiteral("/migrations/versions"),
                                                  d + QStringLiteral("/shared/versions"), d + QStringLiteral("/other")}));
    QCOMPARE(cfg.fileTemplate(), QStringLiteral("%(rev)s_%(slug)s"));
    QCOMPARE(cfg.truncateSlugLength(), 40);
    QCOMPARE(cfg.sourceless(), false);
    QCOMPARE(cfg.revisionEnvironment().value(), false);
    QCOMPARE(cfg.outputEncoding(), QStringLiteral("utf-8"));
    QCOMPARE(cfg.timezone(), QString());
    QVERIFY(cfg.postWriteHooks().isEmpty());
}

void TestProjectConfig::relativeScriptLocationFollowsWorkingDir()
{
    // §11 trap 14: a relative script_location is resolved against the CWD, not the ini's folder.
    const QString d = project(QStringLiteral("ini_legacy"));
    const Result<ProjectConfig> cfg =
        ProjectConfig::load(optionsFor(d + QStringLiteral("/migrations"), {QStringLiteral("../alembic.ini")}));
    QVERIFY(!cfg);
    QCOMPARE(cfg.error().code, ErrorCode::Command);
    QCOMPARE(cfg.error().message, QStringLiteral("Path doesn't exist: migrations.  Please use the 'init' command "
                                                 "to create a new scripts folder."));
}

void TestProjectConfig::tomlOnlyProject()
{
    const QString d = project(QStringLiteral("toml_only"));
    const ProjectConfig cfg = loadOk(optionsFor(d));
    QCOMPARE(cfg.iniPath(), QString());
    QCOMPARE(cfg.tomlPath(), d + QStringLiteral("/pyproject.toml"));
    QCOMPARE(cfg.projectDir(), d);
    QCOMPARE(cfg.scriptLocation(), d + QStringLiteral("/migrations"));
    QCOMPARE(cfg.versionLocations(),
             (QStringList{d + QStringLiteral("/migrations/versions"), d + QStringLiteral("/more")}));
    QCOMPARE(cfg.prependSysPath(), QStringList{QStringLiteral(".")});
    QCOMPARE(cfg.fileTemplate(), QStringLiteral("%(rev)s-%(slug)s"));
    QCOMPARE(cfg.truncateSlugLength(), 30);
    QCOMPARE(cfg.sourceless(), true);
    QCOMPARE(cfg.recursiveVersionLocations(), true);
    QCOMPARE(cfg.revisionEnvironment().value(), true);
    QCOMPARE(cfg.timezone(), QStringLiteral("Europe/Paris"));
    QCOMPARE(cfg.sqlalchemyUrl().value(), QString());   // never read from TOML
    const Result<void> main = cfg.requireMainSection();
    QVERIFY(!main);
    QCOMPARE(main.error().message,
             QStringLiteral("No config file 'alembic.ini' found, or file has no '[alembic]' section"));
    const QList<PostWriteHook> hooks = cfg.postWriteHooks();
    QCOMPARE(hooks.size(), 2);
    QCOMPARE(hooks[0].name, QStringLiteral("black"));
    QCOMPARE(hooks[0].option(QStringLiteral("type")), QStringLiteral("console_scripts"));
    QCOMPARE(hooks[0].option(QStringLiteral("options")), QStringLiteral("-l 79 REVISION_SCRIPT_FILENAME"));
    QCOMPARE(hooks[0].option(QStringLiteral("name")), QString());   // popped like Alembic does
    QCOMPARE(hooks[1].name, QStringLiteral("local"));
    QCOMPARE(hooks[1].option(QStringLiteral("executable")), d + QStringLiteral("/hook.sh"));
    QCOMPARE(cfg.mainOption(QStringLiteral("version_locations")).value(),
             d + QStringLiteral("/migrations/versions\n") + d + QStringLiteral("/more"));
}

void TestProjectConfig::iniWinsOverToml()
{
    const QString d = project(QStringLiteral("precedence"));
    const ProjectConfig cfg = loadOk(optionsFor(d));
    QCOMPARE(cfg.iniPath(), d + QStringLiteral("/alembic.ini"));
    QCOMPARE(cfg.tomlPath(), d + QStringLiteral("/pyproject.toml"));
    QCOMPARE(cfg.scriptLocation(), d + QStringLiteral("/from_ini"));
    QCOMPARE(cfg.sourceless(), false);          // ini "false" wins over TOML true
    QCOMPARE(cfg.truncateSlugLength(), 12);     // only in TOML
    QCOMPARE(cfg.fileTemplate(), QStringLiteral("%(rev)s"));
    QCOMPARE(cfg.sqlalchemyUrl().value(), QStringLiteral("sqlite:///") + d + QStringLiteral("/app.db"));
    QCOMPARE(cfg.versionLocations(), QStringList{d + QStringLiteral("/from_ini/versions")});
}

void TestProjectConfig::packageResourceLocation()
{
    const QString d = project(QStringLiteral("package"));
    const ProjectConfig cfg = loadOk(optionsFor(d));
    QCOMPARE(cfg.prependSysPath(), QStringList{QStringLiteral("src")});
    QCOMPARE(cfg.scriptLocation(), d + QStringLiteral("/src/myapp/db/migrations"));
    QCOMPARE(cfg.versionLocations(), (QStringList{d + QStringLiteral("/src/myapp/db/migrations/versions"),
                                                  d + QStringLiteral("/src/myapp/extra")}));

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(test::writeFile(tmp.filePath(QStringLiteral("alembic.ini")),
                            QStringLiteral("[alembic]\nscript_location = nopkg.sub:migrations\n")));
    const Result<ProjectConfig> missing = ProjectConfig::load(optionsFor(tmp.path()));
    QVERIFY(!missing);
    QCOMPARE(missing.error().message,
             QStringLiteral("ModuleNotFoundError: No module named 'nopkg' (from location 'nopkg.sub:migrations')"));
}

void TestProjectConfig::namedSections()
{
    const QString d = project(QStringLiteral("sections"));
    const ProjectConfig main = loadOk(optionsFor(d));
    QCOMPARE(main.scriptLocation(), d + QStringLiteral("/main"));
    QCOMPARE(main.sqlalchemyUrl().value(), QStringLiteral("sqlite:///default.db"));   // from [DEFAULT]

    const ProjectConfig pg = loadOk(optionsFor(d, {}, QStringLiteral("pg")));
    QCOMPARE(pg.section(), QStringLiteral("pg"));
    QCOMPARE(pg.scriptLocation(), d + QStringLiteral("/pg"));
    QCOMPARE(pg.sqlalchemyUrl().value(), QStringLiteral("postgresql://u:secret@db/pg"));
    QVERIFY(pg.requireMainSection());
}

void TestProjectConfig::errors_data()
{
    QTest::addColumn<QString>("projectName");
    QTest::addColumn<QStringList>("configFiles");
    QTest::addColumn<QString>("section");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("file");   // relative to the project; empty: none
    QTest::addColumn<int>("line");

    const int command = int(ErrorCode::Command);
    const int config = int(ErrorCode::Config);
    const QString noLocation = QStringLiteral("No 'script_location' key found in configuration.");
    QTest::newRow("toml string boolean") << "toml_bad_bool" << QStringList() << "alembic" << command
                                         << "boolean value expected for TOML parameter 'sourceless'"
                                         << "pyproject.toml" << 3;
    QTest::newRow("toml syntax") << "toml_syntax" << QStringList() << "alembic" << config << "" << "pyproject.toml"
                                 << 5;
    QTest::newRow("inline comment in separator")
        << "inline_comment" << QStringList() << "alembic" << config
        << "'os  # Use os.pathsep. Default configuration used for new projects.' is not a valid value for "
           "version_path_separator; expected 'space', 'newline', 'os', ':', ';'"
        << "alembic.ini" << 3;
    QTest::newRow("script dir missing") << "missing_dir" << QStringList() << "alembic" << command
                                        << "Path doesn't exist: does/not/exist.  Please use the 'init' command to "
                                           "create a new scripts folder."
                                        << "" << 0;
    QTest::newRow("no script_location") << "no_location" << QStringList() << "alembic" << command << noLocation
                                        << "" << 0;
    QTest::newRow("no config at all") << "" << QStringList() << "alembic" << command << noLocation << "" << 0;
    QTest::newRow("unrelated pyproject") << "unrelated_toml" << QStringList() << "alembic" << command << noLocation
                                         << "" << 0;
    QTest::newRow("-n unknown section") << "sections" << QStringList() << "nosuch" << command << noLocation << ""
                                        << 0;
    QTest::newRow("-c missing file") << "ini_basic" << QStringList{QStringLiteral("nope.ini")} << "alembic"
                                     << command << noLocation << "" << 0;
    QTest::newRow("bad int") << "bad_int" << QStringList() << "alembic" << config
                             << "ValueError: invalid literal for int() with base 10: 'forty' (truncate_slug_length)"
                             << "alembic.ini" << 3;
    QTest::newRow("-c twice ini") << "ini_basic" << QStringList{QStringLiteral("a.ini"), QStringLiteral("b.ini")}
                                  << "alembic" << command << "only one ini file may be indicated" << "" << 0;
    QTest::newRow("-c twice toml")
        << "ini_basic" << QStringList{QStringLiteral("pyproject.toml"), QStringLiteral("x/pyproject.toml")}
        << "alembic" << command << "pyproject.toml indicated more than once" << "" << 0;
}

void TestProjectConfig::errors()
{
    QFETCH(QString, projectName);
    QFETCH(QStringList, configFiles);
    QFETCH(QString, section);
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(QString, file);
    QFETCH(int, line);
    const QString d = projectName.isEmpty() ? test::dataPath(QStringLiteral("config/projects")) : project(projectName);
    const Result<ProjectConfig> cfg = ProjectConfig::load(optionsFor(d, configFiles, section));
    QVERIFY(!cfg);
    QCOMPARE(int(cfg.error().code), code);
    if (!message.isEmpty())
        QCOMPARE(cfg.error().message, message);
    else
        QVERIFY2(cfg.error().message.startsWith(QLatin1String("TOML syntax error: ")),
                 qPrintable(cfg.error().message));
    QCOMPARE(cfg.error().file, file.isEmpty() ? QString() : d + QLatin1Char('/') + file);
    QCOMPARE(cfg.error().line, line);
}

void TestProjectConfig::discovery_data()
{
    QTest::addColumn<QString>("workingDir");        // relative to config/projects
    QTest::addColumn<QStringList>("configFiles");   // relative to workingDir, as typed
    QTest::addColumn<QString>("alembicConfigEnv");
    QTest::addColumn<QString>("expectedIni");       // relative to config/projects; empty: none
    QTest::addColumn<QString>("expectedToml");
    QTest::addColumn<QString>("expectedScriptLocation");
    QTest::addColumn<int>("expectedTruncate");

    QTest::newRow("cwd alembic.ini") << "ini_basic" << QStringList() << "" << "ini_basic/alembic.ini" << ""
                                     << "ini_basic/migrations" << 20;
    QTest::newRow("cwd pyproject.toml") << "toml_only" << QStringList() << "" << "" << "toml_only/pyproject.toml"
                                        << "toml_only/migrations" << 30;
    QTest::newRow("cwd both") << "precedence" << QStringList() << "" << "precedence/alembic.ini"
                              << "precedence/pyproject.toml" << "precedence/from_ini" << 12;
    QTest::newRow("-c ini") << "." << QStringList{QStringLiteral("ini_basic/alembic.ini")} << ""
                            << "ini_basic/alembic.ini" << "" << "ini_basic/migrations" << 20;
    QTest::newRow("-c toml") << "." << QStringList{QStringLiteral("toml_only/pyproject.toml")} << "" << ""
                             << "toml_only/pyproject.toml" << "toml_only/migrations" << 30;
    QTest::newRow("-c ini -c toml")
        << "." << QStringList{QStringLiteral("precedence/alembic.ini"), QStringLiteral("toml_only/pyproject.toml")}
        << "" << "precedence/alembic.ini" << "toml_only/pyproject.toml" << "precedence/from_ini" << 30;
    QTest::newRow("-c toml -c ini (any order)")
        << "." << QStringList{QStringLiteral("toml_only/pyproject.toml"), QStringLiteral("precedence/alembic.ini")}
        << "" << "precedence/alembic.ini" << "toml_only/pyproject.toml" << "precedence/from_ini" << 30;
    QTest::newRow("-c ini keeps cwd pyproject")
        << "toml_only" << QStringList{QStringLiteral("../precedence/alembic.ini")} << ""
        << "toml_only/../precedence/alembic.ini" << "toml_only/pyproject.toml"
        << "toml_only/../precedence/from_ini" << 30;
    QTest::newRow("ALEMBIC_CONFIG ini") << "." << QStringList() << "sections/alembic.ini" << "sections/alembic.ini"
                                        << "" << "sections/main" << 40;
    QTest::newRow("ALEMBIC_CONFIG toml") << "." << QStringList() << "toml_only/pyproject.toml" << ""
                                         << "toml_only/pyproject.toml" << "toml_only/migrations" << 30;
    QTest::newRow("-c beats ALEMBIC_CONFIG") << "." << QStringList{QStringLiteral("ini_basic/alembic.ini")}
                                             << "sections/alembic.ini" << "ini_basic/alembic.ini" << ""
                                             << "ini_basic/migrations" << 20;
}

void TestProjectConfig::discovery()
{
    QFETCH(QString, workingDir);
    QFETCH(QStringList, configFiles);
    QFETCH(QString, alembicConfigEnv);
    QFETCH(QString, expectedIni);
    QFETCH(QString, expectedToml);
    QFETCH(QString, expectedScriptLocation);
    QFETCH(int, expectedTruncate);
    const QString root = test::dataPath(QStringLiteral("config/projects"));
    const auto abs = [&](const QString &rel) {
        if (rel.isEmpty())
            return QString();
        return rel == QLatin1String(".") ? root : root + QLatin1Char('/') + rel;
    };
    ConfigOptions o = optionsFor(abs(workingDir), configFiles);
    if (!alembicConfigEnv.isEmpty())
        o.environment.insert(QStringLiteral("ALEMBIC_CONFIG"), alembicConfigEnv);
    const ProjectConfig cfg = loadOk(o);
    QCOMPARE(cfg.iniPath(), abs(expectedIni));
    QCOMPARE(cfg.tomlPath(), abs(expectedToml));
    QCOMPARE(cfg.scriptLocation(), abs(expectedScriptLocation));
    QCOMPARE(cfg.truncateSlugLength(), expectedTruncate);
}

void TestProjectConfig::missingDirAllowedWhenAsked()
{
    const QString d = project(QStringLiteral("missing_dir"));
    ConfigOptions o = optionsFor(d);
    o.requireScriptLocation = false;
    const ProjectConfig cfg = loadOk(o);
    QCOMPARE(cfg.scriptLocation(), d + QStringLiteral("/does/not/exist"));
    QCOMPARE(cfg.versionLocations(), QStringList{d + QStringLiteral("/does/not/exist/versions")});
}

void TestProjectConfig::findProjectConfig_data()
{
    QTest::addColumn<QString>("projectName");
    QTest::addColumn<QString>("expected");   // file name in the project; empty: error
    QTest::newRow("ini") << "ini_basic" << "alembic.ini";
    QTest::newRow("ini before toml") << "precedence" << "alembic.ini";
    QTest::newRow("toml with [tool.alembic]") << "toml_only" << "pyproject.toml";
    QTest::newRow("toml without [tool.alembic]") << "unrelated_toml" << "";
    QTest::newRow("broken toml") << "toml_syntax" << "";
    QTest::newRow("nothing") << "ini_basic/migrations" << "";
}

void TestProjectConfig::findProjectConfig()
{
    QFETCH(QString, projectName);
    QFETCH(QString, expected);
    const QString d = project(projectName);
    const Result<QString> found = ProjectConfig::findProjectConfig(d);
    if (expected.isEmpty()) {
        QVERIFY(!found);
        QVERIFY(!found.error().message.isEmpty());
    } else {
        QVERIFY2(found, found ? "" : qPrintable(found.error().toString()));
        QCOMPARE(found.value(), d + QLatin1Char('/') + expected);
    }
}

void TestProjectConfig::splitPathList_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("separator");   // "<none>": legacy split
    QTest::addColumn<bool>("colon");          // prepend_sys_path's legacy split also splits on ':'
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("error");
    const QString none = QStringLiteral("<none>");
    QTest::newRow("legacy spaces") << "a b  c" << none << false << QStringList{"a", "b", "c"} << "";
    QTest::newRow("legacy commas") << "a, b,c" << none << false << QStringList{"a", "b", "c"} << "";
    QTest::newRow("legacy space comma") << "a ,b" << none << false << QStringList{"a", "", "b"} << "";
    QTest::newRow("legacy keeps colons") << "a:b c" << none << false << QStringList{"a:b", "c"} << "";
    QTest::newRow("legacy prepend colons") << "a:b c" << none << true << QStringList{"a", "b", "c"} << "";
    QTest::newRow("os") << "/x/a:/x/b" << "os" << false << QStringList{"/x/a", "/x/b"} << "";
    QTest::newRow("colon strips") << "a: :b" << ":" << false << QStringList{"a", "", "b"} << "";
    QTest::newRow("semicolon") << "a ; b;" << ";" << false << QStringList{"a", "b"} << "";
    QTest::newRow("space") << "a  b" << "space" << false << QStringList{"a", "b"} << "";
    QTest::newRow("newline") << "a\n b\nc d" << "newline" << false << QStringList{"a", "b", "c d"} << "";
    QTest::newRow("invalid") << "a b" << "bogus" << false << QStringList()
                             << "'bogus' is not a valid value for path_separator; expected 'space', 'newline', "
                                "'os', ':', ';'";
    QTest::newRow("empty separator") << "a b" << "" << false << QStringList()
                                     << "'' is not a valid value for path_separator; expected 'space', "
                                        "'newline', 'os', ':', ';'";
}

void TestProjectConfig::splitPathList()
{
    QFETCH(QString, value);
    QFETCH(QString, separator);
    QFETCH(bool, colon);
    QFETCH(QStringList, expected);
    QFETCH(QString, error);
    const std::optional<QString> sep =
        separator == QLatin1String("<none>") ? std::nullopt : std::optional<QString>(separator);
    const Result<QStringList> parts =
        ProjectConfig::splitPathList(value, sep, QStringLiteral("path_separator"), colon);
    if (!error.isEmpty()) {
        QVERIFY(!parts);
        QCOMPARE(parts.error().message, error);
    } else {
        QVERIFY(parts);
        QCOMPARE(parts.value(), expected);
    }
}

void TestProjectConfig::tomlValues()
{
    const QString text = QStringLiteral(
        "[tool.alembic]\n"
        "plain = \"%(here)s/x\"\n"
        "escaped = \"100%% at %(here)s\"\n"
        "width = \"[%(here)8s]\"\n"
        "missing = \"%(nope)s\"\n"
        "lone = \"50% off\"\n"
        "number = 7\n"
        "flag = false\n"
        "when = 1979-05-27\n"
        "list = [\"%(here)s/a\", \"b\"]\n"
        "mixed = [\"a\", 1]\n");
    const Result<PyprojectConfig> toml = PyprojectConfig::parse(text, QStringLiteral("p.toml"), QStringLiteral("/h"));
    QVERIFY(toml);
    QVERIFY(toml->hasAlembicTable());
    QCOMPARE(toml->string(QStringLiteral("plain")).value().value(), QStringLiteral("/h/x"));
    QCOMPARE(toml->string(QStringLiteral("escaped")).value().value(), QStringLiteral("100% at /h"));
    QCOMPARE(toml->string(QStringLiteral("width")).value().value(), QStringLiteral("[      /h]"));
    QCOMPARE(toml->string(QStringLiteral("number")).value().value(), QStringLiteral("7"));
    QVERIFY(!toml->string(QStringLiteral("absent")).value().has_value());
    const auto missing = toml->string(QStringLiteral("missing"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().line, 5);
    QCOMPARE(missing.error().message, QStringLiteral("cannot interpolate TOML parameter 'missing': KeyError: 'nope'"));
    QVERIFY(!toml->string(QStringLiteral("lone")));
    const auto when = toml->string(QStringLiteral("when"));
    QVERIFY(!when);
    QCOMPARE(when.error().message, QStringLiteral("unsupported TOML value type for key: 'when'"));
    QCOMPARE(toml->boolean(QStringLiteral("flag")).value(), false);
    QCOMPARE(toml->boolean(QStringLiteral("absent")).value(), false);
    QCOMPARE(toml->boolean(QStringLiteral("number")).error().message,
             QStringLiteral("boolean value expected for TOML parameter 'number'"));
    QCOMPARE(toml->stringList(QStringLiteral("list")).value().value(),
             (QStringList{QStringLiteral("/h/a"), QStringLiteral("b")}));
    QVERIFY(!toml->stringList(QStringLiteral("mixed")));

    const Result<PyprojectConfig> notTable =
        PyprojectConfig::parse(QStringLiteral("tool = 3\n"), QStringLiteral("p.toml"), QStringLiteral("/h"));
    QVERIFY(!notTable);
    QCOMPARE(notTable.error().message, QStringLiteral("Incorrect TOML format"));
    const Result<PyprojectConfig> none =
        PyprojectConfig::parse(QStringLiteral("[project]\nname = \"x\"\n"), QStringLiteral("p.toml"), QStringLiteral("/h"));
    QVERIFY(none);
    QVERIFY(!none->hasAlembicTable());
}

QTEST_GUILESS_MAIN(TestProjectConfig)
#include "tst_projectconfig.moc"
