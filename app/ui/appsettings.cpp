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

} // namespace plens::ui
