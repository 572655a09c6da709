#include "loadcontroller.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

LoadController::LoadController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<LoadController::Loaded>();
    m_pool.setMaxThreadCount(2); // the newest load, and one being cancelled
}

LoadController::~LoadController()
{
    if (m_cancel)
        m_cancel->store(true);
    for (auto &job : m_jobs)
        job.waitForFinished();
}

void LoadController::load(const QStringList &inputs)
{
    if (m_cancel)
        m_cancel->store(true); // the older load's results will be dropped anyway; let it stop early
    const int generation = ++m_generation;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    m_running = true;
    m_jobs.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    emit started();

    // Progress comes from the loader's worker threads: post it to this object's thread, and only send
    // it on when it still belongs to the newest load and the count moved by a visible step.
    auto lastShown = std::make_shared<std::atomic_int>(-1);
    const auto report = [this, generation, lastShown](int done, int total) {
        const int step = total > 0 ? done * 200 / total : 0;
        if (lastShown->exchange(step) == step && done != total)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, generation, done, total] {
                if (generation == m_generation)
                    emit progress(done, total);
            },
            Qt::QueuedConnection);
    };
    m_jobs << QtConcurrent::run(&m_pool, [this, inputs, generation, cancel, report] {
        Loaded loaded;
        loaded.inputs = inputs;
        loaded.result = inputs.isEmpty() ? DatasetLoader::load({DatasetLoader::builtinPath()}, report, cancel.get())
                                         : DatasetLoader::load(inputs, report, cancel.get());
        if (loaded.result.dataset && !cancel->load())
            loaded.searchIndex = std::make_shared<const TalkSearchIndex>(*loaded.result.dataset);
        const bool wasCancelled = loaded.result.cancelled || cancel->load();
        QMetaObject::invokeMethod(
            this,
            [this, generation, wasCancelled, loaded = std::move(loaded)] {
                if (generation != m_generation)
                    return;
                m_running = false;
                if (wasCancelled)
                    emit cancelled();
                else
                    emit finished(loaded);
            },
            Qt::QueuedConnection);
    });
}

void LoadController::cancel()
{
    if (!m_running || !m_cancel)
        return;
    m_cancel->store(true);
    // Forget the load now: the window goes back to what it showed, whatever the worker still does.
    ++m_generation;
    m_running = false;
    emit cancelled();
}
