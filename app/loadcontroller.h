#pragma once

#include "item/talksearchindex.h"
#include "read/datasetloader.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

// Runs DatasetLoader off the GUI thread and hands back results by value through queued signals. Each
// load gets a generation; progress and results of a load that a newer one replaced are dropped, and
// the replaced load is asked to stop. The search index for the filter is built in the worker too.
class LoadController : public QObject
{
    Q_OBJECT
public:
    struct Loaded
    {
        QStringList inputs; // empty: the built-in dataset
        DatasetLoader::Result result;
        std::shared_ptr<const TalkSearchIndex> searchIndex;
    };

    explicit LoadController(QObject *parent = nullptr);
    // Cancels what runs and waits for it: workers never outlive the controller.
    ~LoadController() override;

    void load(const QStringList &inputs);
    void cancel();
    bool isLoading() const { return m_running; }

signals:
    void started();
    // Files done of files in all, for the newest load only.
    void progress(int done, int total);
    void finished(const LoadController::Loaded &loaded);
    void cancelled();

private:
    int m_generation = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    // Loads wait for the files they read in parallel on the global pool; running the loads themselves
    // there could take every thread (and the raster engine paints with that pool too): a deadlock.
    QThreadPool m_pool;
    QList<QFuture<void>> m_jobs;
};
