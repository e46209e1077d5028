#pragma once
// The workspace bench_store and bench_team measure: `docs` distinct documents (as the duplicate
// detector sees them: 40 target sentences drawn from a vocabulary) with `perDoc` annotations each.

#include "store/workspace.h"
#include "text/normalize.h"

#include <QRandomGenerator>
#include <QStringList>

namespace plens::test {

inline void fillBenchWorkspace(Workspace &ws, int docs, int perDoc)
{
    const QStringList regions {QStringLiteral("南京市"), QStringLiteral("苏州市"), QStringLiteral("无锡市"),
                               QStringLiteral("常州市")};
    const QStringList things {
        QStringLiteral("数字经济示范项目"),   QStringLiteral("5G基站"),           QStringLiteral("数据中心标准机架"),
        QStringLiteral("工业互联网标杆工厂"), QStringLiteral("智能制造示范车间"), QStringLiteral("上云企业"),
        QStringLiteral("软件企业"),           QStringLiteral("专精特新企业"),     QStringLiteral("公共服务平台")};
    const QStringList verbs {QStringLiteral("建成"), QStringLiteral("培育"), QStringLiteral("新增"),
                             QStringLiteral("认定"), QStringLiteral("打造")};
    QRandomGenerator random(7);
    for (int d = 0; d < docs; ++d) {
        QStringList lines;
        for (int p = 0; p < 40; ++p)
            lines << QStringLiteral("%1、到%2年，%3%4%5%6个，带动投资%7亿元，培育标杆企业%8家。")
                         .arg(p + 1)
                         .arg(2023 + random.bounded(5))
                         .arg(regions.at(random.bounded(4)))
                         .arg(verbs.at(random.bounded(verbs.size())))
                         .arg(things.at(random.bounded(things.size())))
                         .arg(random.bounded(10, 5000))
                         .arg(random.bounded(1, 300))
                         .arg(random.bounded(1, 90));
        Document doc;
        doc.fileName = QStringLiteral("doc-%1.txt").arg(d);
        doc.meta.title = QStringLiteral("第%1号文件").arg(d);
        doc.displayText = lines.join(u'\n');
        doc.contentHash = contentHash(doc.displayText);
        const auto added = ws.addDocument(doc);
        if (!added)
            qFatal("%s", qPrintable(added.error().toString()));
        if (added->outcome != AddResult::Outcome::Added)
            qFatal("document %d was not added as new (outcome %d)", d, int(added->outcome));
        for (int a = 0; a < perDoc; ++a) {
            Annotation ann;
            ann.documentId = added->documentId;
            const qsizetype start = (a * 37) % (doc.displayText.size() - 20);
            ann.anchor = Anchor::fromRange(doc.displayText, start, start + 12);
            ann.note = QStringLiteral("批注%1：核对%2口径").arg(a).arg(regions.at(a % 4));
            if (!ws.addAnnotation(ann))
                qFatal("annotation not stored");
        }
    }
}

} // namespace plens::test
