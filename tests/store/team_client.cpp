// Helper for tst_team_data: one officer's client making EDITS edits to a team workspace, as fast as it
// can, at the same time as others. Each edit is a new annotation whose note names the client and the
// edit; every tenth edit also adds one to a shared figure's value (read, change, write; refused when
// another client wrote first, then read again and retried). Prints "done ADDED RETRIES".
//   team_client URL CLIENT EDITS FIGURE_ID
#include "store/workspace.h"
#include "storefixtures.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5)
        return 2;
    auto ws = plens::Workspace::open(args.at(1));
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().toString()));
        return 1;
    }
    const int client = args.at(2).toInt();
    const int edits = args.at(3).toInt();
    const qint64 figureId = args.at(4).toLongLong();
    const qint64 doc = (*ws)->documents().first().id;
    int retries = 0;
    for (int i = 0; i < edits; ++i) {
        plens::Annotation a;
        a.documentId = doc;
        a.anchor.start = i % 50;
        a.anchor.end = a.anchor.start + 3;
        a.note = QStringLiteral("客户%1-编辑%2").arg(client).arg(i);
        if (auto id = (*ws)->addAnnotation(a); !id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error().toString()));
            return 1;
        }
        if (i % 10 != 0)
            continue;
        for (;;) {
            auto c = (*ws)->commitment(figureId);
            if (!c) {
                std::fprintf(stderr, "%s\n", qPrintable(c.error().toString()));
                return 1;
            }
            c->figure.value += 1;
            const auto st = (*ws)->updateCommitment(*c);
            if (st)
                break;
            if (st.error().kind != plens::Error::Kind::Stale) {
                std::fprintf(stderr, "%s\n", qPrintable(st.error().toString()));
                return 1;
            }
            ++retries;
        }
    }
    std::printf("done %d %d\n", edits, retries);
    return 0;
}
