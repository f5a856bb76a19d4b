#include <QTest>
class Testonlinereflection : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Testonlinereflection)
#include "tst_onlinereflection.moc"
