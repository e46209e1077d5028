// Helper for tst_crash: imports generated documents into a workspace, one after another, until it is
// killed. Each document is a plan of 20 paragraphs with one target per paragraph.
//   store_writer WORKSPACE COUNT
#include "import/importer.h"
#include "store/workspace.h"
#include "storefixtures.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 2;
    auto ws = plens::Workspace::open(args.at(1));
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().toString()));
        return 1;
    }
    const int count = args.at(2).toInt();
    for (int i = 0; i < count; ++i) {
        const QString salt = QStringLiteral("（第%1号）").arg(i);
        const QString text = plens::test::planText(20, salt);
        auto doc = plens::importBytes(QStringLiteral("plan-%1.txt").arg(i), text.toUtf8());
        if (!doc) {
            std::fprintf(stderr, "%s\n", qPrintable(doc.error().toString()));
            return 1;
        }
        QList<plens::Figure> figures;
        for (int p = 0; p < 20; ++p) {
            const QString evidence = QStringLiteral("第%1项工作建成%2个示范项目").arg(p + 1).arg(10 + p);
            figures << plens::test::makeFigure(doc->displayText, evidence, plens::Figure::Kind::Target, 10 + p,
                                               QStringLiteral("示范项目"));
        }
        auto added = (*ws)->addDocument(*doc, figures);
        if (!added) {
            std::fprintf(stderr, "%s\n", qPrintable(added.error().toString()));
            return 1;
        }
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
