#include "taxonomywatcher.h"

#include "taxonomy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
QByteArray readAll(const QString &path, bool *exists)
{
    QFile file(path);
    *exists = file.open(QIODevice::ReadOnly);
    return *exists ? file.readAll() : QByteArray();
}
} // namespace

TaxonomyWatcher::TaxonomyWatcher(QObject *parent) : QObject(parent), m_file(Taxonomy::userFile())
{
    m_lastContent = readAll(m_file, &m_existed);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &TaxonomyWatcher::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_debounce, qOverload<>(&QTimer::start));
    rewatch();
}

void TaxonomyWatcher::rewatch()
{
    const QString dir = QFileInfo(m_file).absolutePath();
    if (!m_watcher.files().isEmpty()) m_watcher.removePaths(m_watcher.files());
    if (QFileInfo::exists(m_file)) m_watcher.addPath(m_file);
    if (m_watcher.directories().isEmpty() && QFileInfo::exists(dir)) m_watcher.addPath(dir);
}

void TaxonomyWatcher::check()
{
    bool exists = false;
    const QByteArray content = readAll(m_file, &exists);
    rewatch();
    if (exists == m_existed && content == m_lastContent) return;
    m_existed = exists;
    m_lastContent = content;
    Taxonomy::reload();
    emit taxonomyChanged();
}
