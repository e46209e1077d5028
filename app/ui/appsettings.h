#pragma once

#include <QSettings>
#include <QStringList>

namespace plens::ui {

// Typed access to the user's settings (QSettings: registry on Windows, ini file elsewhere).
class AppSettings
{
public:
    AppSettings();

    [[nodiscard]] QString lastWorkspace() const;
    void setLastWorkspace(const QString &path);
    [[nodiscard]] QStringList recentWorkspaces() const;
    void addRecentWorkspace(const QString &path);

    [[nodiscard]] QByteArray windowGeometry() const;
    [[nodiscard]] QByteArray windowState() const;
    void setWindowGeometry(const QByteArray &geometry, const QByteArray &state);

private:
    QSettings m_settings;
};

} // namespace plens::ui
