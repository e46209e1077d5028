#pragma once
// The outbox of a team workspace: edits made while the server could not be reached, kept in the
// user's data folder (one JSON line each, written whole with QSaveFile) until they are sent. Edits
// the server refuses when they are sent (someone changed the item meanwhile, rights) are moved to a
// second file beside it and reported: nothing is dropped silently.

#include "model/items.h"
#include "model/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace plens::store {

class Outbox
{
public:
    explicit Outbox(const QString &workspaceUrl);

    struct Entry
    {
        QString op;
        QJsonObject args;
    };
    [[nodiscard]] int count() const { return int(m_entries.size()); }
    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString rejectedPath() const { return m_rejectedPath; }
    Status append(const QString &op, const QJsonObject &args);
    // The first entry was sent (or set aside): drop it from the file.
    Status takeFirst();
    // The first entry was refused by the server: moved to the rejected file.
    Status rejectFirst(const QString &why);

    // The value types as JSON (what an outbox line holds).
    static QJsonObject toJson(const Annotation &a);
    static Annotation annotationFrom(const QJsonObject &o);
    static QJsonObject toJson(const Commitment &c);
    static Commitment commitmentFrom(const QJsonObject &o);
    static QJsonObject toJson(const Link &l);
    static Link linkFrom(const QJsonObject &o);

private:
    Status save();
    QString m_path;
    QString m_rejectedPath;
    QList<Entry> m_entries;
};

} // namespace plens::store
