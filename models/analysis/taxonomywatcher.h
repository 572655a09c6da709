#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

// Watches the user's topics file (Taxonomy::userFile()) and, when it appears, changes or goes away,
// reloads the taxonomy in force and emits taxonomyChanged(), so the window can load its inputs again
// and show the new classification. Editors save by replacing files, so the folder is watched too, and
// bursts of change notices are folded into one reload.
class TaxonomyWatcher : public QObject
{
    Q_OBJECT
public:
    explicit TaxonomyWatcher(QObject *parent = nullptr);

    QString file() const { return m_file; }

signals:
    void taxonomyChanged();

private:
    void rewatch();
    void check();

    QString m_file;
    QByteArray m_lastContent;
    bool m_existed = false;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
};
