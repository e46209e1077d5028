#pragma once

#include <QColor>
#include <QList>
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

    // What the reader showed when the window closed, to show again on the next start: the workspace,
    // the document of each pane (left to right), the active pane, the panes' widths, synchronised
    // scrolling.
    struct Session
    {
        QString workspace;
        QList<qint64> documents;
        int active = 0;
        QByteArray splitter;
        bool syncScroll = false;
    };
    [[nodiscard]] Session session() const;
    void setSession(const Session &session);

    // The name written on annotations and status changes (default: the account's user name).
    [[nodiscard]] QString authorName() const;
    void setAuthorName(const QString &name);
    // "zh_CN", "en", or "" for the system language; takes effect at the next start.
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);
    // The five highlight colours of the annotation palette.
    [[nodiscard]] QList<QColor> highlightColours() const;
    static QList<QColor> defaultHighlightColours();
    void setHighlightColours(const QList<QColor> &colours);
    // The colours figures are drawn with in the reader: target, reported, forecast, parameter.
    [[nodiscard]] QList<QColor> figureColours() const;
    static QList<QColor> defaultFigureColours();
    void setFigureColours(const QList<QColor> &colours);

private:
    QSettings m_settings;
};

} // namespace plens::ui
