#pragma once

#include <QList>
#include <QString>

namespace plens {

// Text with, per character, the position it came from in the source (an index into the importer's
// own unit list, e.g. a PDF's character boxes), or -1 for characters the clean-up inserted
// (paragraph breaks). Clean-up keeps both in step, so display text maps back to the source.
struct MappedText
{
    QString text;
    QList<qint32> source;

    qsizetype size() const { return text.size(); }
    void append(QChar c, qint32 src)
    {
        text.append(c);
        source.append(src);
    }
    void append(const MappedText &other, qsizetype from, qsizetype count)
    {
        text.append(QStringView(other.text).sliced(from, count));
        source.append(other.source.sliced(from, count));
    }
    // Characters map to themselves (0, 1, 2 ...).
    static MappedText identity(const QString &text)
    {
        MappedText m;
        m.text = text;
        m.source.resize(text.size());
        for (qsizetype i = 0; i < text.size(); ++i)
            m.source[i] = qint32(i);
        return m;
    }
};

} // namespace plens
