// MakoTemplate against Mako itself (Debian's python3-mako, what Alembic renders with): each row's
// template is rendered by both with the same values and the texts must be identical; templates
// Mako rejects must be rejected too. Constructs outside the supported subset must fail with an
// error naming the template line.
#include "script/makotemplate.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;

namespace {

// A value given to both renderers.
struct V {
    TemplateValue value;
    QJsonObject json;
};

V S(const QString &s) { return {TemplateValue::string(s), {{QStringLiteral("str"), s}}}; }
V I(qint64 n) { return {TemplateValue::integer(n), {{QStringLiteral("int"), n}}}; }
V N() { return {TemplateValue::none(), {{QStringLiteral("none"), true}}}; }
V F() { return {TemplateValue::function(QStringLiteral("comma")), {{QStringLiteral("function"), QStringLiteral("comma")}}}; }
V seq(const QList<V> &items, bool list)
{
    std::vector<TemplateValue> values;
    QJsonArray json;
    for (const V &v : items) {
        values.push_back(v.value);
        json.append(v.json);
    }
    return {list ? TemplateValue::list(values) : TemplateValue::tuple(values),
            {{list ? QStringLiteral("list") : QStringLiteral("tuple"), json}}};
}
V T(const QList<V> &items) { return seq(items, false); }
V L(const QList<V> &items) { return seq(items, true); }

using Vars = QList<std::pair<QString, V>>;

struct Case {
    const char *name;
    QString text;
    Vars vars;
};

Vars revisionVars(const V &down, const V &labels, const V &deps)
{
    return {{QStringLiteral("message"), S(QStringLiteral("add 'quoted' \"thing\" é"))},
            {QStringLiteral("up_revision"), S(QStringLiteral("a1b2c3d4e5f6"))},
            {QStringLiteral("down_revision"), down},
            {QStringLiteral("branch_labels"), labels},
            {QStringLiteral("depends_on"), deps},
            {QStringLiteral("create_date"), S(QStringLiteral("2026-11-21 04:39:21.645798"))},
            {QStringLiteral("comma"), F()}};
}

QList<Case> cases()
{
    const QString untyped = test::readFile(test::dataPath(QStringLiteral("writer/templates/untyped/script.py.mako")));
    const QString typed = test::readFile(test::dataPath(QStringLiteral("writer/templates/typed/script.py.mako")));
    const QString custom = test::readFile(test::dataPath(QStringLiteral("writer/templates/custom/script.py.mako")));
    const Vars root = revisionVars(N(), N(), N());
    const Vars merge = revisionVars(T({S(QStringLiteral("c3d4aaaaaaaa")), S(QStringLiteral("c3d4e5f6a7b8"))}),
                                    T({S(QStringLiteral("audit"))}),
                                    L({S(QStringLiteral("audit")), S(QStringLiteral("e5f6a7b8c9d0"))}));
    const Vars single = revisionVars(S(QStringLiteral("b2c3d4e5f6a7")), N(), S(QStringLiteral("d4e5f6a7b8c9")));
    return {
        {"untyped root", untyped, root},
        {"untyped merge", untyped, merge},
        {"untyped single", untyped, single},
        {"typed root", typed, root},
        {"typed merge", typed, merge},
        {"typed single", typed, single},
        {"custom root", custom, root},
        {"custom merge", custom, merge},
        {"custom single", custom, single},
        {"plain text", QStringLiteral("no markup at all\n\n"), {}},
        {"crlf control lines", QStringLiteral("a\r\n% if x:\r\nb\r\n% else:\r\nc\r\n% endif\r\nd\r\n"), {{QStringLiteral("x"), I(0)}}},
        {"indented control", QStringLiteral("  % if x:  \nB\n  % endif\nC"), {{QStringLiteral("x"), S(QStringLiteral("y"))}}},
        {"elif chain", QStringLiteral("% if x == 1:\none\n% elif x == 2:\ntwo\n% elif x >= 3:\nmany\n% else:\nnone\n% endif\n"),
         {{QStringLiteral("x"), I(2)}}},
        {"nested if in for", QStringLiteral("% for a, b in pairs:\n% if a:\n${a}=${b}\n% endif\n% endfor\nend"),
         {{QStringLiteral("pairs"), L({T({S(QStringLiteral("k")), I(1)}), T({S(QString()), I(2)}), T({S(QStringLiteral("z")), N()})})}}},
        {"double percent", QStringLiteral("a\n%% b\n  %% c\n%%d"), {}},
        {"percent at start", QStringLiteral("%% a\n"), {}},
        {"comment lines", QStringLiteral("  ## gone\nkept ## not a comment\n##x\nend"), {}},
        {"line continuation", QStringLiteral("x \\\ny \\\r\nz\n"), {}},
        {"doc and text", QStringLiteral("<%doc>\n${nothing}\n</%doc>A<%text>${raw} <%def></%text>B"), {}},
        {"coding line", QStringLiteral("# -*- coding: utf-8 -*-\nq ${v}\n"), {{QStringLiteral("v"), S(QStringLiteral("é"))}}},
        {"filters", QStringLiteral("${v | n}|${t | comma,n}|${t | comma}|${t}|${s | trim}|${h | h}|${h | u}|${u | comma,n}"),
         {{QStringLiteral("v"), S(QStringLiteral("x"))}, {QStringLiteral("t"), T({S(QStringLiteral("a")), S(QStringLiteral("b"))})},
          {QStringLiteral("s"), S(QStringLiteral("  pad  "))}, {QStringLiteral("h"), S(QStringLiteral("<a href='x'>&\"</a> ü"))},
          {QStringLiteral("u"), N()}, {QStringLiteral("comma"), F()}}},
        {"braces and pipes in strings", QStringLiteral("${\"a}\" + '|' + \"{b}\" | n}"), {}},
        {"reprs", QStringLiteral("${repr(a)} ${repr(b)} ${repr(c)} ${repr(d)} ${repr(e)} ${repr(t1)} ${repr(t0)} ${repr(l)} ${repr(n)}"),
         {{QStringLiteral("a"), S(QStringLiteral("it's"))}, {QStringLiteral("b"), S(QStringLiteral("both ' and \""))},
          {QStringLiteral("c"), S(QStringLiteral("tab\there\nnl\\"))}, {QStringLiteral("d"), S(QStringLiteral("ünï \u0007 \u00a0"))},
          {QStringLiteral("e"), S(QStringLiteral("say \"hi\""))}, {QStringLiteral("t1"), T({S(QStringLiteral("one"))})},
          {QStringLiteral("t0"), T({})}, {QStringLiteral("l"), L({S(QStringLiteral("x")), I(3), N()})}, {QStringLiteral("n"), I(-7)}}},
        {"undefined in conditional", QStringLiteral("${upgrades if upgrades else \"pass\"}|${imports if imports else \"\"}|"
                                                    "${'yes' if not missing else 'no'}"), {}},
        {"expressions", QStringLiteral("${len(t)} ${t[0]} ${t[-1]} ${'-'.join(t)} ${str(3) + 'x'} ${1 + 2} ${'a' in t} "
                                       "${'q' not in t} ${x is None} ${x is not None} ${(1, 2)} ${[1, 2]} ${bool(t)} "
                                       "${'a' 'b'} ${r'\\n'} ${'\\x41\\u00e9'} ${'AbC'.lower()}${'AbC'.upper()} "
                                       "${' s '.strip()} ${'a,b'.split(',')} ${sorted(['b', 'a'])} ${context.get('zz', 'dflt')}"),
         {{QStringLiteral("t"), T({S(QStringLiteral("a")), S(QStringLiteral("b"))})}, {QStringLiteral("x"), N()}}},
        {"scalars", QStringLiteral("${n} ${None} ${True} ${-n + 2} ${n == 5}\n"), {{QStringLiteral("n"), I(5)}}},
        {"multi-line expression", QStringLiteral("a ${x if\n  x else\n 'none'} b\n"), {{QStringLiteral("x"), N()}}},
        {"continued control line", QStringLiteral("% if x and \\\n   y:\nboth\n% endif\nend\n"),
         {{QStringLiteral("x"), I(1)}, {QStringLiteral("y"), S(QStringLiteral("y"))}}},
        {"backslash at end", QStringLiteral("tail \\"), {}},
        {"text block over lines", QStringLiteral("<%text>\n% if x:\n## kept\n</%text>\n"), {}},
        {"hash in expression string", QStringLiteral("${'#' + x} ${\"}\"}\n"), {{QStringLiteral("x"), S(QStringLiteral("y"))}}},
        {"error undefined", QStringLiteral("line1\n${imports}\n"), {}},
        {"error n filter on tuple", QStringLiteral("${t | n}"), {{QStringLiteral("t"), T({S(QStringLiteral("a"))})}}},
        {"error unterminated if", QStringLiteral("% if x:\nabc\n"), {{QStringLiteral("x"), I(1)}}},
        {"error unmatched end", QStringLiteral("abc\n% endif\n"), {}},
        {"error mismatched end", QStringLiteral("% if x:\n% endfor\n"), {{QStringLiteral("x"), I(1)}}},
        {"error unclosed expression", QStringLiteral("abc ${x"), {{QStringLiteral("x"), I(1)}}},
        {"error calling undefined", QStringLiteral("${nothing(1)}"), {}},
    };
}

} // namespace

class TestMakoTemplate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oracle_data();
    void oracle();
    void unsupported_data();
    void unsupported();
    void loadFile();

private:
    QJsonArray m_results;
};

void TestMakoTemplate::initTestCase()
{
    QJsonArray requests;
    for (const Case &c : cases()) {
        QJsonObject vars;
        for (const auto &[name, v] : c.vars)
            vars.insert(name, v.json);
        requests.append(QJsonObject{{QStringLiteral("template"), c.text}, {QStringLiteral("variables"), vars}});
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString requestFile = dir.filePath(QStringLiteral("requests.json"));
    QVERIFY(test::writeFile(requestFile, QString::fromUtf8(QJsonDocument(requests).toJson())));
    const test::ProcessResult r = test::run(QStringLiteral("/usr/bin/python3"),
                                            {test::dataPath(QStringLiteral("writer/render_mako.py")), requestFile});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    m_results = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(m_results.size(), requests.size());
}

void TestMakoTemplate::oracle_data()
{
    QTest::addColumn<int>("index");
    const QList<Case> all = cases();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(all[i].name) << i;
}

void TestMakoTemplate::oracle()
{
    QFETCH(int, index);
    const Case c = cases().at(index);
    const QJsonObject mako = m_results.at(index).toObject();
    TemplateContext context;
    for (const auto &[name, v] : c.vars)
        context.variables.insert(name, v.value);
    Result<MakoTemplate> tmpl = MakoTemplate::parse(c.text, QStringLiteral("script.py.mako"));
    Result<QString> text = tmpl ? tmpl->render(context) : Result<QString>(tmpl.error());
    if (mako.value(QStringLiteral("ok")).toBool()) {
        QVERIFY2(text.ok(), qPrintable(text.ok() ? QString() : text.error().toString()));
        QCOMPARE(*text, mako.value(QStringLiteral("text")).toString());
    } else {
        QVERIFY2(!text.ok(), qPrintable(QStringLiteral("Mako failed (%1) but Retort rendered: %2")
                                            .arg(mako.value(QStringLiteral("error")).toString(), text.ok() ? *text : QString())));
        QCOMPARE(text.error().file, QStringLiteral("script.py.mako"));
        QVERIFY2(text.error().line > 0, qPrintable(text.error().toString()));
    }
}

void TestMakoTemplate::unsupported_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("python block") << QStringLiteral("a\nb\n<%\n x = 1\n%>\n") << 3 << QStringLiteral("<% %> Python blocks");
    QTest::newRow("module block") << QStringLiteral("<%!\nimport re\n%>x") << 1 << QStringLiteral("module-level");
    QTest::newRow("def tag") << QStringLiteral("a\n<%def name=\"f()\">x</%def>") << 2 << QStringLiteral("<%def> tags");
    QTest::newRow("include") << QStringLiteral("\n\n\n<%include file=\"x\"/>") << 4 << QStringLiteral("<%include> tags");
    QTest::newRow("while") << QStringLiteral("x\n% while True:\n% endwhile\n") << 2 << QStringLiteral("'% while' control lines");
    QTest::newRow("lambda") << QStringLiteral("\n${(lambda: 1)()}") << 2 << QStringLiteral("lambda");
    QTest::newRow("comprehension") << QStringLiteral("${[x for x in y]}") << 1 << QStringLiteral("comprehensions");
    QTest::newRow("f-string") << QStringLiteral("${f'{x}'}") << 1 << QStringLiteral("f-strings");
    QTest::newRow("filter call") << QStringLiteral("${x | decode.utf8}") << 1 << QStringLiteral("filter expression");
    QTest::newRow("unknown function at render") << QStringLiteral("\n\n${isinstance(x, str)}") << 3
                                                 << QStringLiteral("function 'isinstance' is not available");
}

void TestMakoTemplate::unsupported()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, mentions);
    Result<MakoTemplate> tmpl = MakoTemplate::parse(text, QStringLiteral("/p/script.py.mako"));
    Result<QString> out = tmpl ? tmpl->render(TemplateContext{}) : Result<QString>(tmpl.error());
    QVERIFY(!out.ok());
    QCOMPARE(out.error().file, QStringLiteral("/p/script.py.mako"));
    QCOMPARE(out.error().line, line);
    QVERIFY2(out.error().message.contains(mentions), qPrintable(out.error().message));
    QVERIFY(out.error().toString().startsWith(QStringLiteral("/p/script.py.mako:%1: ").arg(line)));
}

void TestMakoTemplate::loadFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("script.py.mako"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBF${m}\n");
    f.close();
    Result<MakoTemplate> t = MakoTemplate::load(path);
    QVERIFY(t.ok());
    TemplateContext c;
    c.variables.insert(QStringLiteral("m"), TemplateValue::string(QStringLiteral("ok")));
    QCOMPARE(*t->render(c), QStringLiteral("ok\n"));

    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("bad \xff byte\n");
    f.close();
    Result<MakoTemplate> bad = MakoTemplate::load(path);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message, QStringLiteral("Unicode decode operation of encoding 'utf-8' failed"));

    Result<MakoTemplate> missing = MakoTemplate::load(dir.filePath(QStringLiteral("nope.mako")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::Io);
}

QTEST_GUILESS_MAIN(TestMakoTemplate)
#include "tst_makotemplate.moc"
