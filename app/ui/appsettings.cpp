#include "ui/appsettings.h"

namespace plens::ui {

namespace {
constexpr int kMaxRecent = 8;
}

AppSettings::AppSettings() = default;

QString AppSettings::lastWorkspace() const
{
    return m_settings.value(QStringLiteral("workspace/last")).toString();
}

void AppSettings::setLastWorkspace(const QString &path)
{
    m_settings.setValue(QStringLiteral("workspace/last"), path);
    addRecentWorkspace(path);
}

QStringList AppSettings::recentWorkspaces() const
{
    return m_settings.value(QStringLiteral("workspace/recent")).toStringList();
}

void AppSettings::addRecentWorkspace(const QString &path)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    m_settings.setValue(QStringLiteral("workspace/recent"), recent);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
    m_settings.setValue(QStringLiteral("window/state"), state);
}

AppSettings::Session AppSettings::session() const
{
    Session s;
    s.workspace = m_settings.value(QStringLiteral("session/workspace")).toString();
    for (const QVariant &v : m_settings.value(QStringLiteral("session/documents")).toList())
        s.documents.append(v.toLongLong());
    s.active = m_settings.value(QStringLiteral("session/active"), 0).toInt();
    s.splitter = m_settings.value(QStringLiteral("session/splitter")).toByteArray();
    s.syncScroll = m_settings.value(QStringLiteral("session/sync"), false).toBool();
    return s;
}

void AppSettings::setSession(const Session &session)
{
    QVariantList documents;
    for (qint64 id : session.documents)
        documents.append(id);
    m_settings.setValue(QStringLiteral("session/workspace"), session.workspace);
    m_settings.setValue(QStringLiteral("session/documents"), documents);
    m_settings.setValue(QStringLiteral("session/active"), session.active);
    m_settings.setValue(QStringLiteral("session/splitter"), session.splitter);
    m_settings.setValue(QStringLiteral("session/sync"), session.syncScroll);
}

QString AppSettings::authorName() const
{
    QString fallback = qEnvironmentVariable("USERNAME"); // Windows
    if (fallback.isEmpty())
        fallback = qEnvironmentVariable("USER");
    return m_settings.value(QStringLiteral("user/author"), fallback).toString();
}

void AppSettings::setAuthorName(const QString &name)
{
    m_settings.setValue(QStringLiteral("user/author"), name.trimmed());
}

QString AppSettings::language() const
{
    const QString lang = m_settings.value(QStringLiteral("ui/language")).toString();
    return lang == QLatin1String("zh_CN") || lang == QLatin1String("en") ? lang : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("ui/language"), language);
}

namespace {
QList<QColor> colours(const QSettings &s, const QString &key, const QList<QColor> &defaults)
{
    const QStringList names = s.value(key).toStringList();
    QList<QColor> result = defaults;
    for (qsizetype i = 0; i < names.size() && i < result.size(); ++i) {
        const QColor c = QColor::fromString(names.at(i));
        if (c.isValid())
            result[i] = c;
    }
    return result;
}

void setColours(QSettings &s, const QString &key, const QList<QColor> &colours)
{
    QStringList names;
    for (const QColor &c : colours)
        names << c.name();
    s.setValue(key, names);
}
} // namespace

QList<QColor> AppSettings::highlightColours() const
{
    return colours(m_settings, QStringLiteral("ui/highlightColours"), defaultHighlightColours());
}

QList<QColor> AppSettings::defaultHighlightColours()
{
    return {QColor(255, 221, 87), QColor(140, 220, 140), QColor(130, 190, 255), QColor(255, 150, 150),
            QColor(200, 160, 255)};
}

void AppSettings::setHighlightColours(const QList<QColor> &list)
{
    setColours(m_settings, QStringLiteral("ui/highlightColours"), list);
}

QList<QColor> AppSettings::figureColours() const
{
    return colours(m_settings, QStringLiteral("ui/figureColours"), defaultFigureColours());
}

QList<QColor> AppSettings::defaultFigureColours()
{
    return {QColor(255, 140, 0), QColor(0, 160, 90), QColor(70, 120, 220), QColor(150, 150, 150)};
}

void AppSettings::setFigureColours(const QList<QColor> &list)
{
    setColours(m_settings, QStringLiteral("ui/figureColours"), list);
}

} // namespace plens::ui
